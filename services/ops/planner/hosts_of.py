"""The hosts one named CI runs on, asked about as a group ("mongo-panseo 노드 셋중 디스크 젤 높은거", "which of
orders-db's hosts has the highest CPU?"): a ranking over a database's or service's own machines, whose
metrics its hosts carry rather than it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.ops.planner import lexicon as lx

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

MIN_HOSTS = 2  # one host is no group to rank: "X의 서버 CPU" asks for that host's
# how many hosts there are ("노드 3대 중에", "셋중"): the group's size, neither a count to rank nor a `nodes: 3`
GROUP_SIZE = re.compile(r"(?:\d{1,2}\s*+(?:대|개)|둘|셋|넷|[두세네]\s*+대)\s*+중(?:에서|에)?")


def read_hosts_of(parsed: Parsed, index: EntityIndex) -> None:
    """Ask about the hosts of the one named CI instead of it, when the question ranks hosts by a metric."""
    cis = parsed.of("ci")
    # "노드" may also be a key some CIs hold (`nodes: 3`): beside a ranking it says the machines
    host_keys = [
        m
        for m in parsed.mentions
        if m.kind == "attribute"
        and any(lx.word_pattern(w).fullmatch(parsed.question[m.start : m.end]) for w in lx.TYPE_WORDS["host"])
    ]
    said_keys = {m.value for m in host_keys}
    if len(cis) != 1 or not ("host" in parsed.types or host_keys) or not parsed.of("metric"):
        return
    name = cis[0].lower()
    hosts = index.ci_hosts.get(name, ())
    if index.ci_types.get(name) == "host" or len(hosts) < MIN_HOSTS:
        return
    if not (lx.TOP_WORDS.search(parsed.question) or lx.BOTTOM_WORDS.search(parsed.question)):
        return
    parsed.filters["names"] = sorted(index.ci_names.get(h, h) for h in hosts)
    parsed.filters["described"] = f"{index.ci_names.get(name, name)} hosts"
    parsed.mentions = [
        m for m in parsed.mentions if not (m.kind == "ci" and m.value.lower() == name) and m not in host_keys
    ]
    attributes = {k: v for k, v in (parsed.filters.get("attributes") or {}).items() if k not in said_keys}
    parsed.filters.pop("attributes", None)
    if attributes:
        parsed.filters["attributes"] = attributes
    for size in GROUP_SIZE.finditer(parsed.residual):
        blank = " " * (size.end() - size.start())
        parsed.residual = parsed.residual[: size.start()] + blank + parsed.residual[size.end() :]
        parsed.structure = parsed.structure[: size.start()] + blank + parsed.structure[size.end() :]
    parsed.types = []

"""The hosts one named CI runs on, asked about as a group ("mongo-panseo 노드 셋중 디스크 젤 높은거", "which of
orders-db's hosts has the highest CPU?"): a ranking over a database's or service's own machines, whose
metrics its hosts carry rather than it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.ops.planner import lexicon as lx
from services.ops.planner.described import GENERIC_WORDS, MAX_WORDS, TROUBLE_WORDS, holds_word
from services.ops.planner.unknown_words import content_words
from services.ops.planner.value_words import PRODUCT_ALIASES
from services.ops.tools.contracts import MAX_NAMED

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

PRODUCT_WORDS = frozenset(
    {*PRODUCT_ALIASES, *(alias for aliases in PRODUCT_ALIASES.values() for alias in aliases)}
)
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
    ranked = lx.TOP_WORDS.search(parsed.question) or lx.BOTTOM_WORDS.search(parsed.question)
    if not (ranked or lx.ACROSS.search(parsed.question)):  # "average CPU across the clmdb nodes": all of them
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
    _blank_group_size(parsed)
    parsed.types = []


def _blank_group_size(parsed: Parsed) -> None:
    """ "노드 3대 중에": the group's size is read with the group."""
    parsed.blank([size.span() for size in GROUP_SIZE.finditer(parsed.residual)])


def read_hosts_of_described(parsed: Parsed, index: EntityIndex) -> None:
    """The hosts of the one CI the question's words describe, ranked by a metric ("카프카 브로커 서버들
    디스크 젤 높은거"): read as read_hosts_of reads a named CI's, the words standing for its name."""
    if parsed.of("ci") or "names" in parsed.filters or not parsed.of("metric") or "host" not in parsed.types:
        return
    if not (lx.TOP_WORDS.search(parsed.question) or lx.BOTTOM_WORDS.search(parsed.question)):
        return
    words = [w for w in content_words(parsed, index) if w[2].lower() not in TROUBLE_WORDS | GENERIC_WORDS]
    words += [  # a product by name ("카프카"), a planner word elsewhere
        (m.start(), m.end(), m.group())
        for m in re.finditer(r"[가-힣]+|[a-z][a-z0-9]*", parsed.residual.lower())
        if m.group() in PRODUCT_WORDS
    ]
    if not words or len(words) > MAX_WORDS:
        return
    held = [
        name
        for name, ci_type in index.ci_types.items()
        if ci_type != "host"
        and len(index.ci_hosts.get(name, ())) >= MIN_HOSTS
        and all(holds_word(index.ci_texts.get(name, ""), word) for _, _, word in words)
    ]
    prod = [name for name in held if index.ci_environments.get(name) == "prod"]
    if len(prod or held) != 1:
        return
    name = (prod or held)[0]
    # "브로커": a key of that CI (`brokers`) said beside it names its members, whose machines are asked
    kinds = [m for m in parsed.mentions if m.kind == "attribute" and m.value in index.ci_keys.get(name, ())]
    parsed.mentions = [m for m in parsed.mentions if m not in kinds]
    shown = index.ci_names.get(name, name)
    parsed.filters["names"] = sorted(index.ci_names.get(h, h) for h in index.ci_hosts[name])
    parsed.filters["described"] = f"{shown} 호스트" if parsed.lang == "ko" else f"{shown}'s hosts"
    parsed.types = []
    said = [(a, b) for a, b, _ in words] + [(m.start, m.end) for m in kinds]
    parsed.blank(said)
    parsed.read_words += said  # they describe the CI: no unknown name
    _blank_group_size(parsed)


HOST_NOUN_EN = r"(?:underlying\s++)?(?:host|server|machine|node|box|vm)s?"
HOST_NOUN_KO = r"(?:호스트|서버|머신|노드|장비|vm)"
PLACED_KO = (  # "X가 도는 서버", "X 올라가 있는 노드": the verb that puts X on the machine
    r"(?:도는|돌아가는|돌고\s?있는|떠\s?있는|올라가\s?있는|올라간|설치된|깔린|깔려\s?있는|구동(?:되는|중인|하는)"
    r"|실행(?:되는|중인|하는)|배포된|있는|돌리는|돌리고\s?있는|띄운|띄워\s?(?:져\s?)?있는|올린|올려\s?(?:져\s?)?있는)"
)
# said right after the CI: "X's host", "X의 서버", "X 호스트", "X가 도는 서버" ("X 서버" alone may be X itself)
HOST_AFTER = re.compile(
    rf"(?:'s\s++{HOST_NOUN_EN}\b|\s*+의\s*+{HOST_NOUN_KO}|\s++(?:호스트|노드|머신)"
    rf"|(?:[가이]|의)?\s*+{PLACED_KO}\s*+{HOST_NOUN_KO})(?![가-힣a-z])",
    re.I,
)
# said before it: "the host of X", "the server under X", or "the host X runs on" with RUNS_ON after X
HOST_BEFORE = re.compile(rf"\b{HOST_NOUN_EN}\s++(?:(of|for|under|behind)\s++(?:the\s++)?)?$", re.I)
RUNS_ON = re.compile(r"\s++(?:runs|is\s++running|lives|sits|is\s++hosted|is\s++deployed|is)\s++on\b", re.I)


def read_host_of_ci(parsed: Parsed, index: EntityIndex) -> None:
    """Ask about the machines a named database or service runs on, when the question asks a metric of them
    ("how full is orders-db's host disk?", "orders-db가 도는 서버 cpu", "the cpu of the host X runs on")."""
    cis = [m for m in parsed.mentions if m.kind == "ci"]
    if len({m.value.lower() for m in cis}) != 1 or not parsed.of("metric") or "names" in parsed.filters:
        return
    ci = cis[0]
    name = ci.value.lower()
    hosts = index.ci_hosts.get(name, ())
    if index.ci_types.get(name) == "host" or not hosts:
        return
    said = _host_words(parsed.question, ci.start, ci.end)
    if not said:
        return
    parsed.filters["names"] = sorted(index.ci_names.get(h, h) for h in hosts)
    shown = index.ci_names.get(name, name)
    parsed.filters["described"] = f"{shown} 호스트" if parsed.lang == "ko" else f"{shown}'s hosts"
    parsed.mentions = [m for m in parsed.mentions if m.kind != "ci"]
    parsed.types = [t for t in parsed.types if t != "host"]
    parsed.blank(said)


def _host_words(question: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the question says that the CI at [start, end) is asked about through its machines, if it does."""
    if after := HOST_AFTER.match(question, end):
        return [after.span()]
    before = HOST_BEFORE.search(question, 0, start)
    if before is None:
        return []
    if before.group(1):  # "the host of X"
        return [before.span()]
    runs = RUNS_ON.match(question, end)  # "the host X runs on"
    return [before.span(), runs.span()] if runs else []


KIND_TYPES = ("database", "cache", "queue", "service", "load_balancer", "batch")
# "servers that host a …", "machines running any …": the verb after the host noun, up to the kind's word
HOST_HOSTS_A = re.compile(
    rf"\b{HOST_NOUN_EN}(?:\s++(?:at|in)(?=\s))?\s++((?:that\s++|which\s++)?"  # "hosts at <place> that run"
    r"(?:hosts?|runs?|running|carry|carries|carrying|with)"
    r"\s++(?:an?\s++|any\s++)?)$",
    re.I,
)


def read_hosts_of_kind(parsed: Parsed, index: EntityIndex) -> None:
    """The machines that carry CIs of a kind ("db 올라간 서버", "which servers host a database?"): the hosts
    of every CI of that type, asked about as a described group — not the CIs of that kind, nor every host."""
    kinds = [t for t in parsed.types if t in KIND_TYPES]
    if parsed.of("ci") or "names" in parsed.filters or len(kinds) != 1:  # "DB 서버" left one type, not host
        return
    kind = kinds[0]
    said = _kind_on_host(parsed.residual, kind)
    if said is None:
        return
    hosts = sorted(
        {
            index.ci_names.get(h, h)
            for name, t in index.ci_types.items()
            if t == kind
            for h in index.ci_hosts.get(name, ())
        }
    )
    if not hosts or len(hosts) > MAX_NAMED:
        return
    parsed.filters["names"] = hosts
    shown = lx.TYPE_WORDS[kind][0] if parsed.lang == "ko" else kind.replace("_", " ")
    parsed.filters["described"] = f"{shown} 올라간 호스트" if parsed.lang == "ko" else f"hosts of a {shown}"
    parsed.types = ["host"]
    parsed.blank([said])


def _kind_on_host(residual: str, kind: str) -> tuple[int, int] | None:
    """Where the residual says a CI of `kind` is on the machines asked about: "db가 올라간" before a host
    noun, or "servers that host a database" after one."""
    for word in lx.TYPE_WORDS[kind]:
        for m in lx.word_pattern(word).finditer(residual):
            if on := re.match(rf"(?:[가이]|들이)?\s*+{PLACED_KO}\s*+(?={HOST_NOUN_KO})", residual[m.end() :]):
                return m.start(), m.end() + on.end()
            if verb := HOST_HOSTS_A.search(residual, 0, m.start()):
                return verb.start(1), m.end()
    return None

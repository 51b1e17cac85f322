"""Kinds of host a CMDB tells by a key only they hold, said as a compound noun: "lane controllers" and
"차로제어기" are the hosts holding a `lane_*` key, "projection servers" and "영사서버" those holding a
`projector`, "EC2 instances" those holding an `instance_type` or `ami`.

A word right before a device noun (servers, controllers, 서버, 제어기 …) that names nothing else is read as
a part of a key some hosts hold — in English (singular, or sharing a long stem: projection ~ projector) or
through the Korean glossary — and the hosts are filtered on any value of that key.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from services.infra.attribute_filter import ANY_VALUE
from services.ops.planner.described import spellings

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

DEVICE_NOUNS = (
    r"servers?|controllers?|devices?|boxes|machines?|hosts?|units?|terminals?|appliances?"
    r"|서버|제어기|컨트롤러|장비|단말기?|호스트|머신"
)
# "lane controllers", "차로제어기", "영사 서버들", "projection servers"
KIND_PHRASE = re.compile(
    rf"(?<![\w-])([a-z][a-z0-9]{{2,}}|[가-힣]{{2,}}?)\s*+({DEVICE_NOUNS})(?:들)?(?![a-z])"
)
# cloud instances: a key only an instance records
CLOUD_INSTANCE = re.compile(
    r"(?<![\w-])(?:ec2|gce|vm)\s*+(?:instances?|인스턴스)(?:들)?|(?<![\w-])ec2(?![\w-])|클라우드\s*+인스턴스",
    re.I,
)
INSTANCE_KEYS = ("instance_type", "ami", "instance_id", "machine_type", "vm_size")
SAME_STEM = 6  # "projection" and "projector" share "project": one thing


@dataclass
class KindByKey:
    """The key the kind said is told by, and the span of the words that said it."""

    key: str
    start: int
    end: int


def _host_key_counts(index: EntityIndex) -> Counter[str]:
    return Counter(
        key for name, keys in index.ci_keys.items() if index.ci_types.get(name) == "host" for key in keys
    )


def _part_of(word: str, part: str) -> bool:
    if word == part or (word.endswith("s") and word[:-1] == part) or part == f"{word}s":
        return True
    shared = next(
        (i for i, (a, b) in enumerate(zip(word, part, strict=False)) if a != b), min(len(word), len(part))
    )
    return shared >= SAME_STEM


def kind_by_key(p: Parsed, index: EntityIndex, taken: list[tuple[int, int]]) -> KindByKey | None:
    """The kind of host the question names by a key its hosts hold, if it names one."""
    counts = _host_key_counts(index)
    if not counts:
        return None
    lowered = p.question.lower()
    if m := CLOUD_INSTANCE.search(lowered):
        held = [key for key in INSTANCE_KEYS if counts[key]]  # the rarest: a managed broker has no AMI
        return KindByKey(min(held, key=lambda k: counts[k]), m.start(), m.end()) if held else None
    for m in KIND_PHRASE.finditer(lowered):
        word = m.group(1)
        if any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue  # a name, a metric or a value said: "redis servers" are by their value
        forms = {w for w in spellings(word) if re.fullmatch(r"[a-z]+", w)} | {word}
        keys = [key for key in counts if any(_part_of(f, part) for f in forms for part in key.split("_"))]
        if keys:
            key = max(keys, key=lambda k: (counts[k], k))
            return KindByKey(key, m.start(), m.end())
    return None


def read_kind_by_key(p: Parsed, index: EntityIndex, taken: list[tuple[int, int]]) -> dict[str, str]:
    """The filter of a kind of host said by its key ({key: any value}), its words read and `host` typed."""
    kind = kind_by_key(p, index, taken)
    if kind is None:
        return {}
    p.mentions = [m for m in p.mentions if not (m.kind == "attribute" and kind.start <= m.start < kind.end)]
    p.residual = f"{p.residual[: kind.start]}{' ' * (kind.end - kind.start)}{p.residual[kind.end :]}"
    if "host" not in p.types:
        p.types = [*p.types, "host"]
    taken.append((kind.start, kind.end))
    p.kind_said = (kind.key, kind.start, kind.end)
    p.read_words.append((kind.start, kind.end))
    return {kind.key: ANY_VALUE}

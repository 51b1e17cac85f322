"""A named CI's quantity asked by its unit: "chl-gs1-03 냉동톤 몇RT짜리야" (`capacity_rt`), "ups-gs1-a 배터리로
몇분 버팀" (`runtime_min`). The unit after 몇 / "how many" is read as the key of that CI that ends with it,
when exactly one does: "RT" is then no response time, and 배터리 no `battery` chemistry.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.ops.planner.entities import Mention
from services.ops.planner.moments import mentions_now

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

# the unit asked: "몇RT", "몇 kW", "몇분", "how many minutes"
UNIT_ASKED = re.compile(
    r"몇\s*+([a-z][a-z0-9]{0,3}|분|시간|리터|톤)(?![a-z0-9])|\bhow many (minutes|hours|litres|liters|tons)\b",
    re.I,
)
# how a unit said in words ends a key
UNIT_KEY_PARTS = {
    "분": ("min", "mins", "minutes"),
    "minutes": ("min", "mins", "minutes"),
    "시간": ("h", "hr", "hrs", "hours"),
    "hours": ("h", "hr", "hrs", "hours"),
    "리터": ("l", "liters", "litres"),
    "litres": ("l", "liters", "litres"),
    "liters": ("l", "liters", "litres"),
    "톤": ("t", "ton", "tons", "rt"),
    "tons": ("t", "ton", "tons", "rt"),
}


def _same_family(said: str, key: str) -> bool:
    """Whether a metric or key said names what `key` sizes ("memory_usage" and `mem_gb`: memory)."""
    sized = [part for part in key.lower().split("_")[:-1] if len(part) >= 3]
    return any(
        part.startswith(other) or other.startswith(part)
        for part in said.lower().split("_")
        if len(part) >= 3
        for other in sized
    )


def read_asked_unit(parsed: Parsed, index: EntityIndex) -> None:
    """Read the unit asked of the one named CI as its key ending with that unit, in place of what else
    the question's words were read as (a metric of that spelling, another key)."""
    cis = [m for m in parsed.mentions if m.kind == "ci"]
    m = UNIT_ASKED.search(parsed.structure)
    if len(cis) != 1 or m is None or mentions_now(parsed.structure):
        return  # "지금 수위 몇 m": a measure now, not a recorded size
    unit = (m.group(1) or m.group(2)).lower()
    parts = UNIT_KEY_PARTS.get(unit, (unit,))
    keys = [k for k in index.ci_keys.get(cis[0].value.lower(), ()) if k.lower().rsplit("_", 1)[-1] in parts]
    others = [
        x
        for x in parsed.mentions
        if x.kind in ("metric", "attribute") and not (x.start < m.end() and x.end > m.start())
    ]
    if len(keys) != 1 or not all(_same_family(x.value, keys[0]) for x in others):
        return  # no such key, or another measure asked ("응답 몇분", "디스크 몇 GB" of `mem_gb`)
    span = m.span(1) if m.group(1) else m.span(2)
    parsed.mentions = [x for x in parsed.mentions if x.kind not in ("metric", "attribute")]
    parsed.mentions.append(Mention("attribute", keys[0], *span))
    parsed.read_words.append(span)

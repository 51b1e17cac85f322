"""Owners as people say them: a team's word in either language ("HPC/EDA팀" is "the HPC/EDA team", "F2
CIM파트" "the F2 CIM part"). Kept out of the planner's word tables: "파트" is no word of a question's own
("아파트" holds it)."""

from __future__ import annotations

import re
from functools import lru_cache

# what a team is called in either language: "HPC/EDA팀" is "the HPC/EDA team", "F2 CIM파트" "the F2 CIM part"
TEAM_WORDS = {"팀": "team", "파트": "part", "그룹": "group", "스쿼드": "squad"}
TEAM_TAIL = re.compile(
    r"^(.+?)(?<!\s)\s*+(" + "|".join(sorted({*TEAM_WORDS, *TEAM_WORDS.values()}, key=len)[::-1]) + r")$"
)


@lru_cache(maxsize=8)
def owner_aliases(owners: tuple[str, ...]) -> dict[str, str]:
    """Each lower-cased owner and the other ways its team word is said ("hpc/eda팀": "hpc/eda team",
    "hpc/eda 팀"): alias → owner; an alias two owners share is dropped. Cached: every question reads it."""
    found: dict[str, set[str]] = {owner: {owner} for owner in owners}
    english = {v: k for k, v in TEAM_WORDS.items()}
    for owner in owners:
        if not (m := TEAM_TAIL.match(owner)) or len(m.group(1)) < 2:
            continue
        head, word = m.group(1), m.group(2)
        other = TEAM_WORDS.get(word) or english[word]
        for alias in (f"{head} {other}", f"{head}{other}" if other in TEAM_WORDS else "", f"{head} {word}"):
            if alias:
                found.setdefault(alias, set()).add(owner)
    return {alias: next(iter(held)) for alias, held in found.items() if len(held) == 1}

"""Pronouns standing for the CI discussed: where a follow-up says "it", "그거", "거기" or "그 서비스", and
the question with that CI put in its place."""

from __future__ import annotations

import re

from services.ops.followup_answered import EN_DEMONSTRATIVE, KO_DEMONSTRATIVE
from services.ops.planner.lexicon import TYPE_WORDS

# "there" standing for the previous CI ("거기 같이 올라간건", "거기서 뭐 돌아"): the place of a relation
THERE = re.compile(r"(?<![가-힣])거기\s*+(?:(에서|서)|에)?")
HOSTED_AFTER = re.compile(r"올라|돌아|도는|떠\s*있|깔려|설치|실행|구동")
# A pronoun standing for one CI ("which host is it on?", "걔 담당 누구야"): the previous CI, even when the
# question could be answered on its own (it would be about every CI instead).
PRONOUN = re.compile(
    r"\b(?:it|its|it's|this one|that one)\b|그거|그것|그건|그게|그걸|걔|얘|이거|이것|저거|그랬|그런 ?거|(?<![가-힣])거기"
    r"|(?:(?<=\bwas )|(?<=\bis )|(?<=\bdid )|(?<=\bcaused )|(?<=\bcauses )|(?<=\bbehind )|(?<=\bexplains ))that\s*+[?.!]*+$",
    re.I,
)
# "그 서비스", "that database": a demonstrative before the previous CI's own type word stands for that CI.
DEMONSTRATIVE = rf"(?:{KO_DEMONSTRATIVE}\s*|{EN_DEMONSTRATIVE}\s+)"


def pronoun_at(question: str, ci_type: str) -> re.Match[str] | None:
    """Where the question says "it", "그거", or "그 서비스" / "that database" of a CI of type `ci_type`."""
    if m := PRONOUN.search(question):
        return m
    words = sorted(TYPE_WORDS.get(ci_type, ()), key=len, reverse=True)
    said = "|".join(re.escape(w) for w in words)
    return re.search(rf"{DEMONSTRATIVE}(?:{said})(?![a-z0-9_])", question, re.I) if words else None


def with_ci_named(question: str, ci: str, ci_type: str = "") -> str:
    """The question with its pronoun replaced by the CI of type `ci_type` ("what depends on it?" → "what
    depends on orders-db?": the CI keeps the pronoun's place in the relation), or the CI put before it."""
    if there := THERE.search(question):  # "거기 같이 올라간건": on that CI; "거기 담당 누구야": that CI's
        at = ("에서" if there.group(1) else "에") if HOSTED_AFTER.search(question, there.end()) else ""
        return f"{question[: there.start()]}{ci}{at} {question[there.end() :].lstrip()}"
    if (m := pronoun_at(question, ci_type)) and not m.group().startswith(
        ("그랬", "그런")
    ):  # a verb: CI before
        said = m.group().lower()
        name = f"{ci}'s" if said == "its" else f"{ci} is" if said == "it's" else ci
        return f"{question[: m.start()]}{name}{question[m.end() :]}"
    return f"{ci} {question}"

"""CIs named by what their records say they do ("간편인증 왜 안 됐어?", "why can't the call centre transfer
calls?"): the words of a question that name nothing else, looked up in the CIs' text attribute values
(`description`, `system`, `function` …), as written or in their Korean spellings (value_glossary).

The CIs holding all of those words are the problem's candidates; the answer names the words and the CIs
they matched, so a reading the engineer did not mean is visible, never silent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.ops.planner.entities import EntityIndex
from services.ops.planner.value_glossary import GLOSSARY

MAX_DESCRIBED = 12  # more CIs than this holding the words: the words say too little to pick from
# words of the trouble itself, not of what the CI does ("카드결제 실패": the failing is no function)
TROUBLE_WORDS = frozenset(
    {"실패", "에러", "오류", "장애", "먹통", "지연", "느림", "타임아웃", "문제", "이상", "원인", "안됨"}
    | {"fail", "failing", "failed", "failure", "failures", "error", "errors", "slow", "slowness", "timeout"}
    | {"timeouts", "down", "outage", "problem", "problems", "issue", "issues", "broken", "cause", "going"}
    | {"work", "working", "worked", "happen", "happened", "happening", "could", "couldn", "weren", "wasn"}
)
KO_PART = 2  # a long Korean compound is held when each of its two-syllable parts is ("카드결제")


@dataclass
class Described:
    """The CIs whose records hold every one of the question's unread words, and those words."""

    names: list[str]
    words: list[str]


def _spellings(word: str) -> tuple[str, ...]:
    singular = word[:-1] if word.endswith("s") and len(word) > 4 else word
    return (singular, *GLOSSARY.get(word, ()), *GLOSSARY.get(singular, ()))


def _holds(text: str, spelling: str) -> bool:
    if re.fullmatch(r"[a-z0-9 -]+", spelling):  # an English word starts a word of the text
        return re.search(rf"(?<![a-z0-9]){re.escape(spelling)}", text) is not None
    compact, spelling = text.replace(" ", ""), spelling.replace(" ", "")
    if spelling in compact:
        return True
    parts = [spelling[i : i + KO_PART] for i in range(0, len(spelling), KO_PART)]
    return len(spelling) >= 2 * KO_PART and all(len(part) == KO_PART and part in compact for part in parts)


def described_cis(words: list[str], index: EntityIndex) -> Described | None:
    """The CIs whose text values hold every one of `words` (trouble words aside), or None when none
    does ("why is the sky blue?" is no CI's description) or more than MAX_DESCRIBED do."""
    words = [w for w in words if w.lower() not in TROUBLE_WORDS]
    lowered = [w.lower() for w in words]
    if not lowered:
        return None
    names = sorted(
        index.ci_names.get(name, name)
        for name, text in index.ci_texts.items()
        if all(any(_holds(text, s) for s in _spellings(w)) for w in lowered)
    )
    return Described(names=names, words=words) if 0 < len(names) <= MAX_DESCRIBED else None

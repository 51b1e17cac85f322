"""CIs named by what their records say they do ("간편인증 왜 안 됐어?", "why can't the call centre transfer
calls?"): the words of a question that name nothing else, looked up in the CIs' text attribute values
(`description`, `system`, `function` …), as written or in their Korean spellings (value_glossary).

The CIs holding all of those words are the problem's candidates; the answer names the words and the CIs
they matched, so a reading the engineer did not mean is visible, never silent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from services.ops.planner.entities import EntityIndex
from services.ops.planner.value_glossary import GLOSSARY
from services.ops.planner.value_words import PRODUCT_ALIASES

MAX_DESCRIBED = 12  # more CIs than this holding the words: the words say too little to pick from
MAX_LOOSELY = 50  # a why looks among at most this many CIs holding any of its words
# words of the trouble itself, not of what the CI does ("카드결제 실패": the failing is no function)
TROUBLE_WORDS = frozenset(
    {"실패", "에러", "오류", "장애", "먹통", "지연", "느림", "타임아웃", "문제", "이상", "원인", "안됨"}
    | {"fail", "failing", "failed", "failure", "failures", "error", "errors", "slow", "slowness", "timeout"}
    | {"timeouts", "down", "outage", "problem", "problems", "issue", "issues", "broken", "cause", "going"}
    | {"timing", "timed", "hanging", "hung", "stuck", "dropped", "dropping", "끊김", "끊긴", "끊겼", "멈춤"}
    | {"work", "working", "worked", "happen", "happened", "happening", "could", "couldn", "weren", "wasn"}
)
# words any record could say of itself ("기숙사 시스템 먹통"): they pick no CI
GENERIC_WORDS = frozenset(
    {"시스템", "system", "systems", "쪽", "관련", "related", "stuff", "side", "app", "apps", "앱"}
    | {"api", "apis", "프로그램", "program", "platform", "플랫폼", "분석", "analysis", "analyse", "analyze"}
)
MAX_WORDS = 6  # a problem is named in a few words; the subsets tried grow as 2^n
HANGUL_WORD = re.compile(r"[가-힣]{2,}")
KO_PART = 2  # a long Korean compound is held when each of its two-syllable parts is ("카드결제")


@dataclass
class Described:
    """The CIs whose records hold the chosen ones of the question's unread words, and those words."""

    names: list[str]
    words: list[str]


@lru_cache(maxsize=1024)
def _english_of(korean: str) -> tuple[str, ...]:
    """The glossary's English words one of whose Korean spellings is `korean` or ends with it."""
    return tuple(
        english for english, spellings in GLOSSARY.items() if any(s.endswith(korean) for s in spellings)
    )


def spellings(word: str) -> tuple[str, ...]:
    """A word as records may write it: singular, its Korean spellings, and for a Korean word the English
    glossary words written with it ("클래스" of 이클래스 → e-class); a product by its other names too
    ("카프카" of Apache Kafka)."""
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word
    english = _english_of(word) if HANGUL_WORD.fullmatch(word) else ()
    products = [family for family, aliases in PRODUCT_ALIASES.items() if word in aliases]
    return (
        singular,
        *GLOSSARY.get(word, ()),
        *GLOSSARY.get(singular, ()),
        *english,
        *products,
        *PRODUCT_ALIASES.get(singular, ()),
    )


def _holds(text: str, spelling: str) -> bool:
    if re.fullmatch(r"[a-z0-9 -]+", spelling):  # an English word starts a word of the text
        return re.search(rf"(?<![a-z0-9]){re.escape(spelling)}", text) is not None
    compact, spelling = text.replace(" ", ""), spelling.replace(" ", "")
    if spelling in compact:
        return True
    parts = [spelling[i : i + KO_PART] for i in range(0, len(spelling), KO_PART)]
    return len(spelling) >= 2 * KO_PART and all(len(part) == KO_PART and part in compact for part in parts)


def holds_word(text: str, word: str) -> bool:
    """Whether a CI's text values hold `word` in one of its spellings."""
    return any(_holds(text, s) for s in spellings(word.lower()))


def described_cis(words: list[str], index: EntityIndex, within: set[str] | None = None) -> Described | None:
    """The CIs whose text values hold the most of `words` (trouble and generic words aside): all of them,
    or a majority, or the first — the problem's subject ("logins" in "why were logins slow on the first
    day of classes") — when the rest is context no record holds; None when none does ("why is the sky
    blue?" is no CI's description) or more than MAX_DESCRIBED do. `within`: only these CIs (lower-cased)."""
    words = [w for w in words if w.lower() not in TROUBLE_WORDS | GENERIC_WORDS][:MAX_WORDS]
    if not words:
        return None
    holders = {
        w: {
            name
            for name, text in index.ci_texts.items()
            if (within is None or name in within) and any(_holds(text, s) for s in spellings(w.lower()))
        }
        for w in words
    }
    for size in range(len(words), 0, -1):
        for chosen in combinations(words, size):
            if size <= len(words) // 2 and chosen[0] != words[0]:
                continue  # a minority of the words stands for the subject only when it is the first
            names = set.intersection(*(holders[w] for w in chosen))
            if 0 < len(names) <= MAX_DESCRIBED:
                return Described(names=sorted(index.ci_names.get(n, n) for n in names), words=list(chosen))
    return None


def loosely_described(
    words: list[str], index: EntityIndex, within: set[str] | None = None
) -> Described | None:
    """The CIs holding any of `words` when each word is held by some CI but no few CIs hold them together
    ("객실 검색 느렸던 원인": rooms are many CIs' business, search one cache's): a why looks for the one in
    trouble among them ("order failures": the one in trouble of the CIs orders are the business of). None
    when a word is no CI's ("우리집 전기요금": not the estate's) or more than MAX_LOOSELY CIs hold them."""
    words = [w for w in words if w.lower() not in TROUBLE_WORDS | GENERIC_WORDS][:MAX_WORDS]
    holders = [
        {
            name
            for name, text in index.ci_texts.items()
            if (within is None or name in within) and any(_holds(text, s) for s in spellings(w.lower()))
        }
        for w in words
    ]
    names = set().union(*holders)
    if not words or not all(holders) or len(names) > MAX_LOOSELY:
        return None
    return Described(names=sorted(index.ci_names.get(n, n) for n in names), words=words)

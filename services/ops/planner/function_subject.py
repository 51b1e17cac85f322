"""A CI named by what it does for its users ("수강신청 어느 서버에서 돌아?", "SSO response time on Monday",
"이클래스 어제 평균 응답시간"): when a question names no CI and its unread words are all words of what one
production CI's function attribute (`system`, `function` …) says, that CI is the question's subject.

The words must pick exactly one CI; a why-question keeps its own reading (the RCA looks among every CI
the words describe) unless they describe too many CIs to look among; the answer names the CI, so the
reading is visible.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.ops.planner import lexicon as lx
from services.ops.planner.described import GENERIC_WORDS, TROUBLE_WORDS, described_cis, spellings
from services.ops.planner.entities import Mention
from services.ops.planner.unknown_words import content_words

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

VALUE_WORDS = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*|[가-힣]+")
HANGUL = re.compile(r"[가-힣]")


def _says(value: str, word: str) -> bool:
    """Whether a function value says `word`: as one of its words, or a Korean word anywhere in it ("좌석"
    of "도서관 좌석예약", "발급" of "증명서발급")."""
    words, compact = VALUE_WORDS.findall(value), value.replace(" ", "")
    return any(s in words or (HANGUL.match(s) and s in compact) for s in spellings(word.lower()))


def _exactly(value: str, words: list[str]) -> bool:
    return value.replace(" ", "") == "".join(words).lower()


def read_function_subject(parsed: Parsed, index: EntityIndex) -> None:
    """Make the one CI whose function the unread words say the subject of `parsed` (a CI mention)."""
    if parsed.of("ci") or not index.ci_functions:
        return
    words = [w for w in content_words(parsed, index) if w[2].lower() not in TROUBLE_WORDS | GENERIC_WORDS]
    if not words or (parsed.has(lx.WHY) and described_cis([w[2] for w in words], index)):
        return  # a why looks among every CI its words describe, when they are few enough to look among
    named = [
        name
        for name, values in index.ci_functions.items()
        if any(all(_says(value, w[2]) for w in words) for value in values)
    ]
    if len(named) > 1:  # "수강신청": the CI whose function is just that, not "수강신청 대기열"
        said = [w[2] for w in words]
        named = [name for name in named if any(_exactly(v, said) for v in index.ci_functions[name])]
    if len(named) != 1:
        return
    ci = index.ci_names.get(named[0], named[0])
    parsed.mentions = sorted([*parsed.mentions, Mention("ci", ci, *words[0][:2])], key=lambda m: m.start)
    chars = list(parsed.residual)
    for start, end, _ in words:
        chars[start:end] = " " * (end - start)
    parsed.residual = "".join(chars)

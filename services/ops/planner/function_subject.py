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

from services.ops.planner.attribute_values import normalised
from services.ops.planner.described import GENERIC_WORDS, TROUBLE_WORDS, described_cis, spellings
from services.ops.planner.entities import Mention
from services.ops.planner.lexicon_oncall import WHY
from services.ops.planner.own_keys import MAX_READ
from services.ops.planner.unknown_words import content_words
from services.ops.planner.value_glossary import FUNCTION_KEYS

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

VALUE_WORDS = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*|[가-힣]+")
HANGUL = re.compile(r"[가-힣]")
MIN_VERBATIM = 4  # characters of a function said whole: "SSO" or "웹" alone are read as words


def _says(value: str, word: str) -> bool:
    """Whether a function value says `word`: as one of its words, or a Korean word anywhere in it ("좌석"
    of "도서관 좌석예약", "발급" of "증명서발급")."""
    words, compact = VALUE_WORDS.findall(value), value.replace(" ", "")
    return any(s in words or (HANGUL.match(s) and s in compact) for s in spellings(word.lower()))


def _exactly(value: str, words: list[str]) -> bool:
    return value.replace(" ", "") == "".join(words).lower()


def _one(named: list[str], said: list[str], index: EntityIndex) -> str | None:
    """The one CI of `named`: itself, or the one whose function is just the words said ("수강신청", not
    "수강신청 대기열"), or the one whose name the others' extend (`yogeum_johoe`, not `yogeum_johoe_dr`)."""
    if len(named) > 1:
        named = [name for name in named if any(_exactly(v, said) for v in index.ci_functions[name])]
    if len(named) > 1 and (base := min(named, key=len)) and all(name.startswith(base) for name in named):
        named = [base]
    return index.ci_names.get(named[0], named[0]) if len(named) == 1 else None


def read_function_subject(parsed: Parsed, index: EntityIndex) -> None:
    """Make the one CI whose function the unread words (or a function value read as a filter: "MDMS
    product and vendor?") say the subject of `parsed` (a CI mention)."""
    if parsed.of("ci") or not index.ci_functions or len(parsed.question) > MAX_READ:
        return
    words = [w for w in content_words(parsed, index) if w[2].lower() not in TROUBLE_WORDS | GENERIC_WORDS]
    # a why looks among every CI its words describe, when they are few enough to look among
    looks_among = parsed.has(WHY) and bool(words) and bool(described_cis([w[2] for w in words], index))
    if not looks_among and _verbatim_function(parsed, index):
        return
    if not parsed.has(WHY) and _function_value_subject(parsed, index):
        return
    if not words or looks_among:
        return
    named = [
        name
        for name, values in index.ci_functions.items()
        if any(all(_says(value, w[2]) for w in words) for value in values)
    ]
    if ci := _one(named, [w[2] for w in words], index):
        _make_subject(parsed, ci, [w[:2] for w in words])


def _verbatim_function(parsed: Parsed, index: EntityIndex) -> bool:
    """A function said whole ("도착정보 API 에러율", "교통카드 충전 왜 느렸어"): the one CI whose function it is,
    the longest such function first. Words already read as something else are not a function's."""
    taken = [(m.start, m.end) for m in parsed.mentions]
    lowered = parsed.question.lower()
    found: dict[str, list[tuple[int, int]]] = {}
    for name, values in index.ci_functions.items():
        for value in (v for v in values if len(v.replace(" ", "")) >= MIN_VERBATIM):
            for m in index.pattern(value).finditer(lowered):
                if not any(m.start() < end and start < m.end() for start, end in taken):
                    found.setdefault(name, []).append(m.span())
    if not found:
        return False
    longest = max(end - start for spans in found.values() for start, end in spans)
    named = [name for name, spans in found.items() if any(e - s == longest for s, e in spans)]
    span = next(sp for sp in found[named[0]] if sp[1] - sp[0] == longest)
    if ci := _one(named, lowered[span[0] : span[1]].split(), index):
        _make_subject(parsed, ci, [span])
        return True
    return False


def _function_value_subject(parsed: Parsed, index: EntityIndex) -> bool:
    """A value of a function key read as a filter that is one CI's function: that CI."""
    filters = parsed.filters.get("attributes") or {}
    for m in parsed.mentions:
        keys = [key for key, value in filters.items() if value == m.value and key in FUNCTION_KEYS]
        if m.kind != "value" or not keys:
            continue
        named = [
            n for n, values in index.ci_functions.items() if any(normalised(v) == m.value for v in values)
        ]
        if ci := _one(named, [m.value], index):
            parsed.mentions = [x for x in parsed.mentions if x is not m]
            parsed.filters["attributes"] = {k: v for k, v in filters.items() if k not in keys}
            if not parsed.filters["attributes"]:
                del parsed.filters["attributes"]
            _make_subject(parsed, ci, [(m.start, m.end)])
            return True
    return False


def _make_subject(parsed: Parsed, ci: str, spans: list[tuple[int, int]]) -> None:
    parsed.mentions = sorted([*parsed.mentions, Mention("ci", ci, *spans[0])], key=lambda m: m.start)
    chars = list(parsed.residual)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    parsed.residual = "".join(chars)

"""An occasion a why places its trouble by, with no time of its own ("during the Les Mis on-sale", "호우때",
"쿠키 50% 프로모션때", "수능날", "on billing day"): the words the events on record (or a CI's attribute
recording the day: "billing_day": "매월 18일") are searched for to find when that was.
The rca tool places the window by them (services/ops/rca_occasion.py); this module reads them from the
question and offers the questions to ask when no record or several records place it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.ops.planner.parsing import Parsed

# "그럴때", "이번때", "요즘", "어느날", a change's own time ("배포때" is on record as the deploy)
_NOT_OCCASION = "(?:그|이|저)(?:럴|런|번)|요즘|어느|배포|릴리[스즈]|패치|업그레이드|반영"
OCCASION_EN = re.compile(
    r"\bduring (?:the |that |our |a |an )?(?P<what>[a-z][\w'% -]{2,40}?)(?=[?.!,]|$)", re.I
)
# "on billing day", "on launch night": a day known by its name (not a weekday's or "the same day")
_NOT_DAY_NAME = (
    r"(?:same|that|this|which|what|any|one|first|last|next|previous|other|following|whole|late|early|a|the"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
OCCASION_DAY_EN = re.compile(
    rf"\bon (?:the |our |that )?(?P<what>(?!{_NOT_DAY_NAME})[a-z][a-z'-]{{2,20}}(?: (?!{_NOT_DAY_NAME})"
    r"[a-z][a-z'-]{2,20})?) (?:day|night)\b",
    re.I,
)
OCCASION_KO = re.compile(  # a change's own time is on record ("배포때": the deploy's events anchor the analysis)
    rf"(?<![가-힣])(?P<what>(?!{_NOT_OCCASION})[가-힣]{{2,8}})\s?때(?:에|엔|도)?(?![가-힣])"
    # "수능날", "시즌 피날레 이벤트날": a day known by what happened on it ("다음날", "그런날" are no occasion)
    rf"|(?<![가-힣])(?P<day>(?!{_NOT_OCCASION}|다음|마지막|오늘)[가-힣]{{2,8}})날(?:에|엔|도|은|이)?(?![가-힣])"
)
HAPPENING_NOW = re.compile(r"\b(?:right now|currently|at the moment|now)\b|지금|현재", re.I)
WORDS_BEFORE = 2  # words said before the occasion's head that narrow it ("쿠키 50% 프로모션때")
WORD = re.compile(r"[0-9a-z가-힣%][0-9a-z가-힣%+.-]*", re.I)
EN_FILLER = frozenset({"the", "a", "an", "our", "that", "this", "of", "big", "last", "whole"})


@dataclass(frozen=True)
class Occasion:
    said: str  # as written: "쿠키 50% 프로모션때"
    words: list[str]  # what event messages are searched for, the occasion's head word last


def _modifier(word: str) -> bool:
    """Whether a Korean word ends as a verb's modifier ("터진", "할"): "터진날" is no named day."""
    last = ord(word[-1]) - 0xAC00
    return 0 <= last < 11172 and last % 28 in (4, 8)


def occasion_said(p: Parsed) -> Occasion | None:
    """The occasion a question places its trouble by when it says no time; None when a time is said or
    no occasion is."""
    if p.window is not None or p.moment is not None or HAPPENING_NOW.search(p.structure):
        return None  # "during the handbag show right now": the occasion is now
    text = p.structure
    if m := OCCASION_EN.search(text) or OCCASION_DAY_EN.search(text):
        words = [w.removesuffix("'s") for w in WORD.findall(m.group("what"))]
        words = [w for w in words if w.lower() not in EN_FILLER][-1 - WORDS_BEFORE :]
        return Occasion(p.question[m.start() : m.end()].strip(), words) if words else None
    for m in OCCASION_KO.finditer(text):
        head = m.group("what") or m.group("day")
        if m.group("day") and _modifier(head):
            continue
        clause = re.split(r"[?.!,]", text[: m.start()])[-1]
        before = [w for w in WORD.findall(clause) if not w.endswith(("에", "에서", "때"))][-WORDS_BEFORE:]
        start = clause_start = m.start() - len(clause)
        if before:
            start = clause_start + clause.rfind(before[0])
        return Occasion(p.question[start : m.end()].strip(), [*before, head])
    return None


def occasion_options(ci: str, ko: bool) -> list[str]:
    """Questions that can be asked instead: the cause over a window the analysis scans, and what happened."""
    if ci:
        return (
            [f"{ci} 지난 24시간 동안 왜 문제였어?", f"{ci} 최근 7일 동안 무슨 일 있었어?"]
            if ko
            else [f"why was {ci} failing in the last 24 hours?", f"what happened to {ci} in the last 7 days?"]
        )
    return (
        ["지난 24시간 동안 뭐가 문제였어?", "최근 7일 동안 무슨 일 있었어?"]
        if ko
        else ["what went wrong in the last 24 hours?", "what happened in the last 7 days?"]
    )

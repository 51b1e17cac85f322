"""Where an elliptic question names what it replaces: its CIs and metrics, time, aggregation, ranking,
comparison and answer shape — spans of the parsed question that follow-ups edit into the previous one."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from services.ops.followup_context import with_then
from services.ops.planner.entities import EntityIndex, Mention
from services.ops.planner.lexicon import AGG_WORDS, BOTTOM_WORDS, COUNT_WORDS, SERIES, TOP_WORDS, word_pattern
from services.ops.planner.moments import AGO, CLOCK_TIME, SAME_TIME_AGO, same_time_back
from services.ops.planner.parsing import Parsed, parse
from services.ops.planner.time_words import EXPLICIT, NOW_WORDS

BARE_DAY_OF_MONTH = re.compile(r"\d{1,2}\s*+일")  # "14일": alone, a date; beside a figure, a duration
DATED = re.compile(r"\d{4}-\d{2}-\d{2}")  # a window on a named day carries its date in its label
# A comparison with the CIs the follow-up names ("orders-db와 비교하면?", "compared with orders-db?").
COMPARE = re.compile(
    r"(?:와|과|랑|이랑|하고)?\s*+(?:비교|대비)(?:하면|해 ?줘|해 ?봐|해)?|\bcompared?(?:\s++(?:with|to))?\b"
    r"|\bversus\b|\bvs\b\.?",
    re.I,
)


def mentions_of(p: Parsed, kind: str) -> list[Mention]:
    return [m for m in p.mentions if m.kind == kind]


def blanked(text: str, spans: list[tuple[int, int] | None]) -> str:
    for span in spans:
        if span:
            a, b = span
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def agg_span(p: Parsed) -> tuple[int, int] | None:
    """Where the question names an aggregation ("최대는?", "and the average?")."""
    found = [
        m.span() for words in AGG_WORDS.values() for w in words if (m := word_pattern(w).search(p.residual))
    ]
    return min(found) if found else None


def rank_span(p: Parsed) -> tuple[int, int] | None:
    """Where the question ranks CIs ("top 5는?", "and the lowest?")."""
    found = [m.span() for pattern in (TOP_WORDS, BOTTOM_WORDS) if (m := pattern.search(p.residual))]
    return min(found) if found else None


def ranks_cis(p: Parsed, prev: Parsed) -> bool:
    """Whether the follow-up ranks CIs: not "and the highest in the last 10 days?" after one CI's figure,
    which asks that CI's peak; a type or a count ("top 5 hosts") ranks."""
    if rank_span(p) is None:
        return False
    counted = re.search(
        r"\d|\b(?:ones|cis)\b", blanked(p.residual, [p.window_span])
    )  # "top 5", "lowest ones"
    return len(prev.of("ci")) != 1 or bool(p.types) or counted is not None


def shapes(p: Parsed) -> dict[str, re.Match[str]]:
    """The other shapes the question asks the previous answer in: its count ("몇 개야?", "how many?")
    or its trend ("추이는?", "and the trend?")."""
    counted = [m for w in COUNT_WORDS if (m := word_pattern(w).search(p.residual))]
    found = {"count": min(counted, key=lambda m: m.start())} if counted else {}
    if trend := SERIES.search(p.residual):
        found["series"] = trend
    return found


def shape_span(p: Parsed) -> tuple[int, int] | None:
    """Where the question names another shape of the answer."""
    spans = [m.span() for m in shapes(p).values()]
    return min(spans) if spans else None


def compare_span(p: Parsed) -> tuple[int, int] | None:
    """Where the question compares with the CIs it names."""
    m = COMPARE.search(p.residual)
    return m.span() if m else None


def time_span(p: Parsed) -> tuple[int, int] | None:
    """Where the question names its time: a window ("last 7 days", "오늘 아침") or a moment ("at 09:00")."""
    if m := SAME_TIME_AGO.search(p.question):  # "7 days ago, roughly at this time": all of it, not the day
        return m.span()
    if p.window_span:
        return p.window_span
    for pattern in (EXPLICIT, AGO, CLOCK_TIME, NOW_WORDS):
        if m := pattern.search(p.question):
            return m.span()
    return None


def span_text(p: Parsed, span: tuple[int, int]) -> str:
    return p.question[span[0] : span[1]]


def time_said(p: Parsed, span: tuple[int, int]) -> str:
    """The follow-up's time as it reads inside another question: a day of the month said alone ("14일은")
    keeps its particle ("14일에"), for "14일" beside a figure reads as 14 days."""
    said = span_text(p, span)
    if BARE_DAY_OF_MONTH.fullmatch(said) and p.window and DATED.search(p.window.label):
        return f"{said}에"
    return said


def shifted_window(p: Parsed, prev: Parsed, span: tuple[int, int]) -> str | None:
    """ "the same hour a week ago" after "over the last hour": the previous window that far back, said as
    a day and its clock times ("on Oct 13 between 23:35 and 00:35"); None for another time or window."""
    back = same_time_back(span_text(p, span))
    if back is None or prev.window is None or prev.window.end - prev.window.start > timedelta(days=1):
        return None
    if prev.moment is not None or SAME_TIME_AGO.search(prev.question):  # a moment: the moment back instead
        return None
    zone = ZoneInfo(p.tz)
    start, end = ((t - back).astimezone(zone) for t in (prev.window.start, prev.window.end))
    if prev.lang == "ko":
        return f"{start.month}월 {start.day}일 {start:%H:%M}~{end:%H:%M}"
    return f"on {start:%b} {start.day} between {start:%H:%M} and {end:%H:%M}"


def with_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(edits, key=lambda e: -e[0]):
        text = text[:start] + new + text[end:]
    return text


def then_said(
    question: str, previous: str, index: EntityIndex, now: datetime, tz: str, earlier: str | None = None
) -> str:
    """The question naming its own CI with "그때" / "at that time" said as the time the previous question
    named, else the time the conversation said `earlier` ("8월2일 오후 X 에러 얼마까지 갔어" then "그때 Y엔 무슨
    이벤트"); one naming none is an elliptic follow-up, read against the whole previous question — unless
    that one named no time ("그 서버 그때 cpu 최고" after "어느 서버에서 돌아"): then the earlier time."""
    if not previous or with_then(question, "-") == question:
        return question
    prev = parse(previous, index, now, tz)
    span = time_span(prev)
    if not parse(question, index, now, tz).of("ci") and (span or not earlier):
        return question
    said = span_text(prev, span) if span else earlier
    return with_then(question, said) if said else question

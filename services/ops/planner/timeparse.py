"""Time expressions in Korean and English → a half-open UTC window [start, end).

Relative days (today, yesterday, 오늘, 어제) are calendar days in the configured timezone;
"last N hours" is [now − N h, now). Explicit moments ("2026-03-01 15:20 KST") are parsed too.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from services.ops.planner import named_days
from services.ops.planner.clock_windows import (
    TimeWindow,
    clock_range,
    dated_clock_range,
    day_part,
    dayed_clock_range,
    hour_of,
    month_days,
)
from services.ops.planner.named_days import (
    MONTHS_EN,
    WEEKDAYS_EN,
    NamedDay,
    named_day,
    said_again,
    trouble_day_after,
    trouble_relative_after,
)
from services.ops.planner.time_words import (
    AFTERNOON_HOURS,
    BARE_DAY_AFTER,
    BARE_DURATION,
    CLOCK_RANGE,
    DATED_CLOCK_RANGE,
    DAY_OF_MONTH_RANGE,
    DAY_PART,
    DAY_PARTS,
    DAY_RANGE_TO,
    DAYED_CLOCK_RANGE,
    EN_NUMBERS,
    FEW_DAYS,
    KO_DAY_COUNT,
    KO_DAY_COUNTS,
    KO_NUMBERS,
    LAST_MONTH,
    MONTH_NAMED,
    MORNING,
    PART_RANGE_TO,
    PART_WORD,
    RELATIVE_EN,
    RELATIVE_KO,
    RELATIVE_KO_SUFFIX,
    SINCE_AFTER,
    SINCE_BEFORE,
    SINCE_EN,
    SINCE_KO,
    SINCE_UP_TO_NOW,
    SINGLE_UNIT_EN,
    SINGLE_UNIT_KO,
    STILL_YESTERDAY,
    THIS_MONTH,
    THIS_WEEK,
    TODAY,
    UNIT_SECONDS,
    UNIT_WORDS,
    YESTERDAY,
)


def _number(token: str) -> float:
    token = token.lower()
    if token in KO_NUMBERS:
        return KO_NUMBERS[token]
    if token in EN_NUMBERS:
        return EN_NUMBERS[token]
    return float(token)


def _relative(now: datetime, amount: float, unit: str) -> TimeWindow:
    seconds = amount * UNIT_SECONDS[unit]
    label = f"last {amount:g} {unit}{'s' if amount != 1 else ''}"
    return TimeWindow(now - timedelta(seconds=seconds), now, label)


# "last week", "지난주", "저번 주": the calendar week before this one; "the past week", "최근 일주일", "지난 한 주"
# are the last seven days
CALENDAR_WEEK = re.compile(r"(?:last|previous)\s++week$|(?:지난|저번)\s*+주$", re.I)
# "over the last week", "in the last week": the last seven days after all
ROLLING_BEFORE = re.compile(r"\b(?:in|over|within|for|during|throughout) the\s++$", re.I)


def _last_week(now: datetime, zone: ZoneInfo) -> TimeWindow:
    """Monday 00:00 of the week before `now`'s to Monday 00:00 of `now`'s week, local time."""
    local = now.astimezone(zone)
    monday = local.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=local.weekday())
    return TimeWindow((monday - timedelta(days=7)).astimezone(UTC), monday.astimezone(UTC), "last week")


YEAR_BEFORE = re.compile(r"\d\s*+년\s*+$|\d{4}\s*+$")


def parse_window(
    text: str, now: datetime, tz: str, latest: datetime | None = None, past_midnight: bool = False
) -> tuple[TimeWindow | None, tuple[int, int] | None]:
    """The time window the question names, and the span of text it came from (None when none); `latest`:
    how far a clock range past midnight may run (now itself unless a named day is read as today), and a
    night when the next day is said too (`past_midnight`: "3일 밤~4일 새벽")."""
    zone = ZoneInfo(tz)
    named = named_day(text, now.astimezone(zone))
    m = DAY_OF_MONTH_RANGE.search(text)  # "15~21일": those days, not the last one alone
    if (
        m
        and (not named or (m.start() <= named.start < m.end() and not named.last))
        and (window := month_days(m, now.astimezone(zone)))
    ):
        return window, (m.start() + len(m.group()) - len(m.group().lstrip()), m.end())  # "지난주(15~21일)"
    if (m := DATED_CLOCK_RANGE.search(text)) and (
        window := dated_clock_range(m, now.astimezone(zone), (latest or now).astimezone(zone))
    ):
        return window, m.span()  # "from Mar 2 23:00 to Mar 3 05:00": each end's own date
    if named and named.last and (counted := _days_counted(text, named)):
        window, span = _on_named_day(named, text, now, tz)  # "추석 연휴 사흘동안": the period's days, counted
        return window, span and (span[0], max(span[1], counted))
    for pattern in (RELATIVE_KO, RELATIVE_EN, RELATIVE_KO_SUFFIX):
        if m := pattern.search(text):
            half = 0.5 if m.group(3) else 0
            return _relative(now, _number(m.group(1)) + half, UNIT_WORDS[m.group(2).lower()]), m.span()
    if m := SINGLE_UNIT_EN.search(text):
        if CALENDAR_WEEK.match(m.group()) and not ROLLING_BEFORE.search(text[: m.start()]):  # "last week"
            return _last_week(now, zone), m.span()
        return _relative(now, 1, m.group(1).lower()), m.span()
    if m := SINGLE_UNIT_KO.search(text):
        if CALENDAR_WEEK.match(m.group()):  # "지난주": the week before this one, not the last 7 days
            return _last_week(now, zone), m.span()
        unit = {"시간": "hour", "한 시간": "hour", "한시간": "hour", "하루": "day", "주": "week"}.get(
            m.group(1),
            "week",  # 일주일, 한 주
        )
        return _relative(now, 1, unit), m.span()
    if m := KO_DAY_COUNT.search(text):
        return _relative(now, KO_DAY_COUNTS[m.group(1) or m.group(2)], "day"), m.span()
    if m := FEW_DAYS.search(text):
        return _relative(now, 2 if m.group(1) else 3, "day"), m.span()
    if (m := DAYED_CLOCK_RANGE.search(text)) and (
        window := dayed_clock_range(m, now.astimezone(zone), (latest or now).astimezone(zone))
    ):
        return window, m.span()
    if named := named_day(text, now.astimezone(zone)):
        window, span = _on_named_day(named, text, now, tz)
        return window, _with_gloss(window, span, text, tz)
    if (m := CLOCK_RANGE.search(text)) and (
        window := clock_range(m, text, now.astimezone(zone), (latest or now).astimezone(zone))
    ):
        return window, m.span()
    if m := BARE_DURATION.search(
        text
    ):  # "24시간 평균", "CPU for 6 hours": a duration alone means the last one
        return _relative(now, _number(m.group(1)), UNIT_WORDS[m.group(2).lower()]), m.span()
    local_now = now.astimezone(zone)
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    for pattern in (SINCE_EN, SINCE_KO):  # "since 15:00 today", "어제 14시부터": from that clock time on
        if m := pattern.search(text):
            hour, minute = (
                (hour_of(m.group(1), int(m.group(2)), None), m.group(3))
                if pattern is SINCE_KO
                else (hour_of(None, int(m.group(1)), m.group(3) or m.group(4)), m.group(2))
            )
            start = local_now.replace(hour=hour, minute=int(minute or 0), second=0, microsecond=0)
            said_bare = pattern is SINCE_KO and not m.group(1) and not MORNING.search(text + " ")
            said_bare = said_bare and not re.search(r"새벽\s*+$", text[: m.start()])
            if said_bare and 1 <= hour <= AFTERNOON_HOURS and start + timedelta(hours=12) <= local_now:
                start += timedelta(hours=12)  # "1시 넘어서" in the afternoon: 13:00, as a moment said so is
            if start > local_now or YESTERDAY.search(text):
                start -= timedelta(days=1)
            return TimeWindow(start.astimezone(UTC), now, f"since {start:%H:%M}"), m.span()
    if m := DAY_PART.search(text):
        window = day_part(
            m,
            local_now,
            midnight,
            (latest or now).astimezone(zone) if past_midnight else local_now,
            latest is None,
        )
        if (to := PART_RANGE_TO.match(text, m.end())) and (last := PART_WORD.match(text, to.end())):
            # "새벽~아침", "yesterday morning to afternoon": the first part's start to the last one's end
            first_hour = window.start.astimezone(zone).hour
            last_hour = DAY_PARTS[last.group().lower()][1]
            if last_hour > first_hour:
                end = min(window.start + timedelta(hours=last_hour - first_hour), latest or now)
                label = f"{m.group(0).strip()}~{last.group()}"
                return TimeWindow(window.start, end, label), (m.start(), last.end())
        if not past_midnight and (SINCE_BEFORE.search(text[: m.start()]) or SINCE_AFTER.match(text, m.end())):
            # "since last night", "어젯밤부터": from the start of that part of the day up to now ("3일 밤부터
            # 4일 새벽까지": that night)
            return TimeWindow(window.start, now, f"since {m.group(0).strip()}"), m.span()
        return window, m.span()
    if m := YESTERDAY.search(text):
        if SINCE_BEFORE.search(text[: m.start()]) or SINCE_AFTER.match(text, m.end()):
            # "since yesterday", "어제부터": from the start of yesterday up to now
            return TimeWindow(
                (midnight - timedelta(days=1)).astimezone(UTC), now, "since yesterday"
            ), m.span()
        return TimeWindow(
            (midnight - timedelta(days=1)).astimezone(UTC), midnight.astimezone(UTC), "yesterday"
        ), m.span()
    if m := TODAY.search(text):
        return TimeWindow(midnight.astimezone(UTC), now, "today"), m.span()
    if m := THIS_WEEK.search(text):
        monday = midnight - timedelta(days=midnight.weekday())
        return TimeWindow(monday.astimezone(UTC), now, "this week"), m.span()
    first = midnight.replace(day=1)  # "이번 달", "last month": calendar months
    if m := THIS_MONTH.search(text):
        return TimeWindow(first.astimezone(UTC), now, "this month"), m.span()
    if m := LAST_MONTH.search(text):
        before = (first - timedelta(days=1)).replace(day=1)
        return TimeWindow(before.astimezone(UTC), first.astimezone(UTC), "last month"), m.span()
    if (m := MONTH_NAMED.search(text)) and not YEAR_BEFORE.search(text[: m.start()]):  # "2027년 9월": unread
        said = next(g for g in m.groups() if g)
        month = int(said) if said.isdigit() else MONTHS_EN.index(said[:3].lower()) + 1
        start = first.replace(month=month, year=first.year - (month > first.month))
        end = (start + timedelta(days=32)).replace(day=1)
        return TimeWindow(start.astimezone(UTC), min(end.astimezone(UTC), now), f"{start:%Y-%m}"), m.span()
    return None, None


def as_today(named: NamedDay, text: str) -> str:
    """`text` with the named day said as today ("27일 오전" → "오늘 오전", "Monday morning" → "this
    morning"), for the rest of the phrase to be read against that day."""
    rest = text[named.end :]
    part_follows = re.match(r"\s*+(?:dawn|morning|noon|afternoon|evening|night)\b", rest, re.I)
    part_before = re.search(  # "the night of August 3"
        r"\b(dawn|morning|afternoon|evening|night)\s++of\s++(?:the\s++)?$", text[: named.start], re.I
    )
    edge = None if part_follows else re.search(r"\b(early|late)\s++$", text[: named.start], re.I)
    start = named.start
    if re.search(r"[가-힣]", text[named.start : named.end]):
        word = "오늘"
    elif part_follows:
        word = "this"
    elif part_before:
        word, start = f"this {part_before.group(1)}", part_before.start()
    elif edge and edge.group(1).lower() == "early":  # "early Saturday": its small hours
        word = "this morning"
    elif edge:  # "late Friday": its evening
        word, start = "this evening", edge.start()
    else:
        word = "today"
    return f"{text[:start]}{word}{' ' * (named.end - start - len(word))}{rest}"


# "the night of June 3": that evening and the small hours after it ("June 3 night" stays on June 3)
NIGHT_OF = re.compile(r"\bnight\s++of\s++(?:the\s++)?$", re.I)


def _next_day_unsaid(named: NamedDay, text: str) -> tuple[str, bool]:
    """`text` with the day after the named day blanked ("Monday night into Tuesday (23:00 to 01:00)",
    "월요일 밤 11시부터 화요일 새벽 1시", "3일 밤~4일 새벽", "the night of August 3 into the 4th"): the range
    runs past midnight, it names no day of its own. Also whether it was said."""
    following = named.day + timedelta(days=1)
    month, day = MONTHS_EN[following.month - 1], following.day
    english = (
        rf"\b(?:into |to |till |until )?{WEEKDAYS_EN[following.weekday()]}\b"
        rf"|(?:\b(?:into|to|till|until)\s++|[~–-]\s*+)(?:the\s++)?(?:{month}[a-z]*\.?\s++)?{day}(?:st|nd|rd|th)?\b"
        r"(?!\s*+(?:[ap]\.?m\b|:|시|o'?clock))"
    )
    korean = rf"{'월화수목금토일'[following.weekday()]}(?:요일|욜)|(?<!\d)(?:{following.month}월\s*+)?{day}일"
    blanked = re.sub(f"{english}|{korean}", lambda m: " " * len(m.group(0)), text, flags=re.I)
    return blanked, blanked != text


def _days_counted(text: str, named: NamedDay) -> int | None:
    """The end of a count of days said right after a period ("추석 연휴 사흘동안", "연휴 3일 동안")."""
    after = re.compile(r"\s*+").match(text, named.end)
    start = after.end() if after else named.end
    counted = KO_DAY_COUNT.match(text, start) or RELATIVE_KO.match(text, start)
    return counted.end() if counted else None


def _with_gloss(
    window: TimeWindow | None, span: tuple[int, int] | None, text: str, tz: str
) -> tuple[int, int] | None:
    """The span of a named day grown over a bracketed gloss of the same days ("(14~16일)", "(Wed 15th)"):
    every date it says is one of the window's days, so it is read with it."""
    if window is None or span is None or not (m := named_days.GLOSS.match(text, span[1])):
        return span
    if not named_days.DAYS_GLOSS.fullmatch(m.group(1)):  # (not imported: no planner word)
        return span
    zone = ZoneInfo(tz)
    first, last = window.start.astimezone(zone).date(), window.end.astimezone(zone).date()
    days = {(first + timedelta(days=i)).day for i in range((last - first).days + 1)}
    said = {int(n) for n in re.findall(r"\d{1,2}", m.group(1))}
    return (span[0], m.end()) if said and said <= days else span


def _same_month_day(named: NamedDay, text: str, to: re.Match[str]) -> NamedDay | None:
    """The later day of "August 3 to 4" (its month unsaid), read from the end of `to`; no clock hour."""
    m = BARE_DAY_AFTER.match(text, to.end())
    if not m or not named.day.day < int(m.group(1)) <= monthrange(named.day.year, named.day.month)[1]:
        return None
    return NamedDay(named.day.replace(day=int(m.group(1))), 0, m.end() - to.end())


def day_end(named: NamedDay, now: datetime, tz: str) -> datetime:
    """The last moment of the named day (still on that day), or now when it is today."""
    midnight = datetime.combine(named.day + timedelta(days=1), datetime.min.time(), ZoneInfo(tz))
    return min(midnight.astimezone(UTC) - timedelta(microseconds=1), now)


def _on_named_day(
    named: NamedDay, text: str, now: datetime, tz: str
) -> tuple[TimeWindow | None, tuple[int, int] | None]:
    """The window of the phrase on a named day: its part of the day or clock range, else the whole day;
    a holiday period is its days."""
    if named.last:
        start = datetime.combine(named.day, datetime.min.time(), ZoneInfo(tz)).astimezone(UTC)
        end = day_end(NamedDay(named.last, named.start, named.end), now, tz)
        label = f"{named.day:%Y-%m-%d}–{named.last:%m-%d}"
        return TimeWindow(start, end, label), (named.start, named.end)
    if (to := DAY_RANGE_TO.match(text, named.end)) and (
        (
            last := named_day(text[to.end() :], now.astimezone(ZoneInfo(tz)))
            or _same_month_day(named, text, to)
        )
        and last.start == 0
    ):  # "19일부터 21일까지", "Monday to Wednesday": from the first day's start to the last one's end
        end, first = day_end(NamedDay(last.day, 0, 0), now, tz), min(named.day, last.day)
        start = datetime.combine(first, datetime.min.time(), ZoneInfo(tz)).astimezone(UTC)
        label = f"{first:%Y-%m-%d}–{max(named.day, last.day):%m-%d}"
        return TimeWindow(start, end, label), (named.start, to.end() + last.end)
    if SINCE_BEFORE.search(text[: named.start]) or SINCE_UP_TO_NOW.match(text, named.end):
        # "since Tuesday", "수요일 이후로", "19일부터 지금까지": from the start of that day up to now
        start = datetime.combine(named.day, datetime.min.time(), ZoneInfo(tz)).astimezone(UTC)
        return TimeWindow(start, now, f"since {named.day:%Y-%m-%d}"), (named.start, named.end)
    if again := said_again(named, text, now.astimezone(ZoneInfo(tz))):  # "last Saturday evening (June 12)"
        said_first, said_then = sorted((named, again), key=lambda d: d.start)
        dated = next((d for d in (named, again) if re.search(r"\d", text[d.start : d.end])), said_first)
        said_first = replace(said_first, day=dated.day)  # "14일 금요일": the date, not that weekday's latest
        unsaid = f"{text[: said_then.start]}{' ' * (said_then.end - said_then.start)}{text[said_then.end :]}"
        window, span = _on_named_day(said_first, unsaid, now, tz)
        return window, (span and (min(span[0], said_then.start), max(span[1], said_then.end)))
    if trouble_day := trouble_day_after(named, text, now.astimezone(ZoneInfo(tz))):
        # "토욜 저녁에 배포했잖아 그거땜에 일욜 새벽에 터진거?": the trouble's day, not the change's
        unsaid = f"{text[: named.start]}{' ' * (trouble_day.start - named.start)}{text[trouble_day.start :]}"
        return _on_named_day(trouble_day, unsaid, now, tz)
    if trouble_relative_after(named, text):  # the change's day blanked, the trouble's read from today
        return parse_window(
            f"{text[: named.start]}{' ' * (named.end - named.start)}{text[named.end :]}", now, tz
        )
    said, into_next_day = _next_day_unsaid(named, as_today(named, text))
    into_next_day = into_next_day or bool(NIGHT_OF.search(text[: named.start]))
    window, span = parse_window(said, day_end(named, now, tz), tz, latest=now, past_midnight=into_next_day)
    if window is None or span is None:
        return None, None
    grown = len(said) - len(text)  # "today" said for "12/3": offsets after it move back
    span = (
        span[0] - grown if span[0] > named.start else span[0],
        span[1] - grown if span[1] > named.start else span[1],
    )
    part = re.sub(rf"\b(?:today|this)\b|오늘|{named.day:%Y-%m-%d}", "", window.label)
    label = " ".join(f"{named.day:%Y-%m-%d} {part}".split())
    local_now = now.astimezone(ZoneInfo(tz))
    end = window.end
    if part.startswith("since") and named.day == (local_now - STILL_YESTERDAY).date() < local_now.date():
        end = now  # "수요일 14시 이후" asked at 00:35 on Thursday: from then up to now
    return (
        TimeWindow(window.start, end, label, window.clock_range),
        (min(span[0], named.start), max(span[1], named.end)),
    )

"""Windows read from clock times and parts of the day ("09:00~11:00", "오늘 아침", "last night"), and the
window type every time reader returns."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from services.ops.planner import named_days
from services.ops.planner.named_days import latest_day
from services.ops.planner.time_words import (
    DATE_SAID,
    DAY_PARTS,
    DAYS_BACK,
    EARLY_MORNING,
    STILL_YESTERDAY,
    TIME_SAID,
    YESTERDAY,
)

# the ends of a dated clock range (time_words.DATED_CLOCK_RANGE), read apart: kept out of time_words, whose
# patterns are the planner's vocabulary (a bare number is no word of it)
DATE_IN = re.compile(DATE_SAID, re.I)
TIME_IN = re.compile(TIME_SAID, re.I)
DATED_TIME = re.compile(
    r"(?:(오전|오후|새벽|저녁|밤)\s*+)?(\d{1,2})(?::(\d{2})|\s*+시(?:\s*+(\d{1,2})\s*+분|\s*+(반))?)?\s*+(am|pm)?",
    re.I,
)


@dataclass(frozen=True)
class TimeWindow:
    """A window [start, end) in UTC and how it was phrased."""

    start: datetime
    end: datetime
    label: str  # e.g. "last 1 hour", "today"
    clock_range: bool = False  # between two clock times the question names ("09:00–11:00")

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


def month_days(m: re.Match[str], local_now: datetime) -> TimeWindow | None:
    """Days `first`–`last` of this month ("15~21일"), or of last month when they have not come yet."""
    first, last = int(m.group(1)), int(m.group(2))
    day = latest_day(None, first, local_now.date()) if first <= last else None
    if day is None or last > monthrange(day.year, day.month)[1]:
        return None
    start = datetime.combine(day, datetime.min.time(), local_now.tzinfo)
    end = min(start + timedelta(days=last - first + 1, microseconds=-1), local_now)
    return TimeWindow(start.astimezone(UTC), end.astimezone(UTC), f"{start:%Y-%m-%d}~{last:02d}")


def hour_of(period: str | None, hour: int, suffix: str | None, after: int | None = None) -> int:
    """A clock hour in 24 h: 오후/pm add 12; an end without a period follows its start's half of the day."""
    if ((period or "") in ("오후", "저녁", "밤") or (suffix or "").lower() == "pm") and hour < 12:
        return hour + 12
    if (period == "새벽" or (suffix or "").lower() == "am") and hour == 12:  # "새벽 12시": midnight
        return 0
    # "10 to 2": the end in its start's half of the day; "23:00 to 01:00" runs past midnight instead
    if after is not None and hour < after < hour + 12 < 24 and not period and not suffix:
        return hour + 12
    return hour


def clock_range(m: re.Match[str], text: str, local_now: datetime, latest: datetime) -> TimeWindow | None:
    """The window between two clock times of today (yesterday when the question says so or it has not
    begun yet), ending no later than `latest` (now)."""
    p1, h1, mm1, mk1, half1, s1, p2, h2, mm2, mk2, half2, s2 = m.groups()
    hours_between = m.group(0).lower().startswith("between") and not named_days.UNIT_AFTER.match(
        text, m.end()
    )
    if (
        not ((mm1 or "시" in m.group(0) or s1 or s2) and (mm2 or "시" in m.group(0) or s2))
        and not hours_between
    ):
        return None  # two bare numbers ("3-5") are no clock range; "9 to 11 am", "between 8 and 9" are
    start_hour = hour_of(p1, int(h1), s1 or s2)  # "9 to 11 am": the start shares the end's half of the day
    if not s1 and s2 and start_hour > hour_of(p2 or p1, int(h2), s2):
        start_hour = int(h1)  # "11 to 1 pm"
    end_hour = hour_of(p2 or p1, int(h2), s2 or s1, after=start_hour)
    start_minute = 30 if half1 else int(mm1 or mk1 or 0)
    end_minute = 30 if half2 else int(mm2 or mk2 or 0)
    if start_hour > 23 or end_hour > 24 or start_minute > 59 or end_minute > 59:
        return None
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    day = midnight - timedelta(days=1) if YESTERDAY.search(text) else midnight
    start = day + timedelta(hours=start_hour, minutes=start_minute)
    end = day + timedelta(hours=end_hour, minutes=end_minute)
    if end <= start and end_hour < start_hour:  # "23:00~01:00", "11시반부터 새벽1시": past midnight
        if start_hour < 12 and not (p1 or s1):  # … from the evening: "11:30 to 1 am" is 23:30–01:00
            start += timedelta(hours=12)
        end += timedelta(days=1)
    if start >= local_now:
        start, end = start - timedelta(days=1), end - timedelta(days=1)
    if end <= start:
        return None
    end = min(end, latest)
    return TimeWindow(start.astimezone(UTC), end.astimezone(UTC), f"{start:%H:%M}–{end:%H:%M}", True)


def dayed_clock_range(m: re.Match[str], local_now: datetime, latest: datetime) -> TimeWindow | None:
    """The window between two clock times whose days are said ("어제 22시부터 오늘 6시까지"): an end without
    its day is on the other end's day, or the day after when its clock is earlier."""
    d1, p1, h1, mm1, mk1, half1, s1, d1b, d2, p2, h2, mm2, mk2, half2, s2, d2b = m.groups()
    start_day, end_day = (d1 or d1b or "").lower(), (d2 or d2b or "").lower()
    if not (start_day or end_day):
        return None  # no day said: clock_range reads it
    if not (mm1 or mk1 or half1 or s1 or s2 or p1 or "시" in m.group(0)) or not (
        mm2 or mk2 or half2 or s2 or p2 or "시" in m.group(0)
    ):
        return None  # a bare number is no clock time
    start_hour = hour_of(p1, int(h1), s1 or s2)  # "9 to 11 am": the start shares the end's half of the day
    if start_day in ("어젯밤", "last night", "tonight") and 6 <= start_hour < 12:
        start_hour += 12  # "어젯밤 10시": the evening's
    end_hour = hour_of(p2 or p1, int(h2), s2 or s1, after=start_hour)  # "11시반부터 1시반까지": 13:30
    start_minute = 30 if half1 else int(mm1 or mk1 or 0)
    end_minute = 30 if half2 else int(mm2 or mk2 or 0)
    if start_hour > 23 or end_hour > 24 or start_minute > 59 or end_minute > 59:
        return None
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    past_midnight = 1 if end_hour < start_hour else 0  # "22시부터 6시까지": into the next day
    if start_day:
        start_back = DAYS_BACK.get(start_day, 0)
        end_back = DAYS_BACK.get(end_day, 0) if end_day else start_back - past_midnight
    else:
        end_back = DAYS_BACK.get(end_day, 0)
        start_back = end_back + past_midnight
    start = midnight - timedelta(days=start_back) + timedelta(hours=start_hour, minutes=start_minute)
    end = midnight - timedelta(days=end_back) + timedelta(hours=end_hour, minutes=end_minute)
    if not start < end or start >= local_now:
        return None
    end = min(end, latest)
    said = (
        f"{start:%H:%M}–{end:%H:%M}"
        if start.date() == end.date()
        else f"{start:%m-%d %H:%M}–{end:%m-%d %H:%M}"
    )
    return TimeWindow(start.astimezone(UTC), end.astimezone(UTC), said, True)


def day_part(
    m: re.Match[str], local_now: datetime, midnight: datetime, latest: datetime, said_of_today: bool
) -> TimeWindow:
    """'this morning', '오늘 아침', 'last night', '어젯밤': that part of today (or yesterday), up to now; a
    named day's night runs into the next morning, up to `latest` (`said_of_today`: no named day)."""
    day_word, part = (
        (m.group(1) or m.group(3) or "").lower(),
        (m.group(2) or m.group(4) or m.group(5) or m.group(7) or "밤"),
    )
    part = part.lower()
    first, last = EARLY_MORNING if m.group(0).lower().startswith("early") else DAY_PARTS[part]
    back = (
        2
        if day_word in ("그제", "그저께", "엊그제")
        else 1
        if day_word in ("어제", "어젯", "yesterday", "last") or m.group(6) or part == "overnight"
        else 0
    )
    start, length = midnight - timedelta(days=back) + timedelta(hours=first), timedelta(hours=last - first)
    if (
        local_now < midnight + timedelta(hours=EARLY_MORNING[1])
        and back == 0
        and part in ("아침", "morning")
        and local_now - midnight >= STILL_YESTERDAY
    ):
        # "this morning" asked at 05:50 or 06:30: today's small hours too, not yesterday's morning (at
        # 00:06 it is) nor the half hour since 06:00
        start, length = midnight, local_now - midnight
    elif start >= local_now:  # "tonight" asked in the morning: the one before
        start -= timedelta(days=1)
    elif part == "오후" and said_of_today and back == 0 and local_now >= start + length:
        length = local_now - start  # "오늘 오후" asked at 19:40: 오후 is all of p.m., so since noon
    end = min(start + length, latest)
    return TimeWindow(start.astimezone(UTC), end.astimezone(UTC), m.group(0).strip())


def dated_clock_range(m: re.Match[str], local_now: datetime, latest: datetime) -> TimeWindow | None:
    """The window between two clock times each said with its date ("from Mar 2 23:00 to Mar 3 05:00"), the
    dates the latest up to today, ending no later than `latest` (now)."""
    ends = []
    for said in (m.group(1), m.group(2)):
        date_said, time_said = DATE_IN.search(said), TIME_IN.search(said)
        day = named_days.named_day(date_said.group(), local_now) if date_said else None
        clock = DATED_TIME.fullmatch(time_said.group().strip()) if time_said else None
        if day is None or clock is None:
            return None
        period, hour, minute, minute_ko, half, suffix = clock.groups()
        hour = hour_of(period, int(hour), suffix)
        minute = 30 if half else int(minute or minute_ko or 0)
        if hour > 23 or minute > 59:
            return None
        ends.append(
            datetime.combine(day.day, datetime.min.time(), local_now.tzinfo)
            + timedelta(hours=hour, minutes=minute)
        )
    start, end = ends
    if not start < end or start >= local_now:
        return None
    end = min(end, latest)
    return TimeWindow(
        start.astimezone(UTC), end.astimezone(UTC), f"{start:%m-%d %H:%M}–{end:%m-%d %H:%M}", True
    )

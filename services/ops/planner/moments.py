"""Moments a question names ("at 15:20", "오후 3시 20분", "어제 21시", "30 minutes ago", "around 8?"), whether
its hour was said without am/pm, and whether it asks about now; clock times a setting was changed to are no
moment asked."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from services.ops.planner.named_days import named_day
from services.ops.planner.time_words import (
    AFTERNOON_HOURS,
    EN_NUMBERS,
    EXPLICIT,
    MORNING,
    NOW_WORDS,
    UNIT_SECONDS,
    UNIT_WORDS,
    YESTERDAY,
)
from services.ops.planner.timeparse import as_today, day_end

CLOCK_TIME = re.compile(
    r"(?:(오전|오후|새벽|저녁|밤)\s*+)?(?<![\d.])(\d{1,2})\s*+(?::\s*+(\d{2})|시(?!간)\s*+(?:(\d{1,2})\s*+분|반)?"
    r"|(?=(?:am|pm|a\.m\.|p\.m\.)(?![a-z])))"
    r"\s*+(am|pm|kst|utc|a\.m\.|p\.m\.)?",
    re.I,
)
# a clock time a setting was changed to ("22시로 옮긴거", "04:30으로 바꾼거", "moved it to 22:00"): a value of the
# change, not the time the question asks about
CHANGED_TO = re.compile(
    r"(?<![\d.])\d{1,2}(?::\d{2}|시(?!간)(?:\s*+\d{1,2}\s*+분|반)?)\s*+(?:으로|로)\s*+"
    r"(?:바꾼|바꿨|바꾸|옮긴|옮겼|옮기|변경|조정|당긴|당겼|미룬|미뤘|늦춘|늦췄|앞당긴|설정한|설정했|잡은|잡았)"
    r"|\b(?:moved|changed|rescheduled|shifted|set|bumped|pushed|pulled)\b(?:\s++[\w-]++){0,4}?\s++to\s++"
    r"\d{1,2}(?::\d{2})?(?:\s*+[ap]\.?m\b)?",
    re.I,
)


def without_changed_to(text: str) -> str:
    """`text` with the clock times a setting was changed to blanked (they keep their length)."""
    return CHANGED_TO.sub(lambda m: " " * len(m.group()), text)


# "half past nine", "quarter to 10", "around 8": a clock time said in words or as a bare hour
_HOUR_WORD = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
SPOKEN_TIME = re.compile(rf"\b(half past|quarter past|quarter to)\s++{_HOUR_WORD}\b", re.I)
BARE_HOUR = re.compile(  # the hour ends the phrase: "around 8?", "at 9 this morning", "about 10, why"
    r"\b(?:around|about|at|near|approximately|circa)\s++(\d{1,2})"
    r"(?=\s*+(?:$|[?!,;—–]|\.(?!\d)|-\s|o'?clock|this\b|today|yesterday|last\b|tonight|kst\b|when\b|and\b|or\b))",
    re.I,
)
# "월요일 밤 자정", "Monday night at midnight" (자정 and midnight are normalised to clock times)
NIGHT_MIDNIGHT = re.compile(r"\s*+(?:밤|night)\s*+(?:at\s++)?(?:0시|12시|00:00|12\s*+am)", re.I)
# an evening hour said bare within this of it is that evening's, not the morning's
JUST_PAST = timedelta(hours=3)
_HOURS = {"eleven": 11, **{k: v for k, v in EN_NUMBERS.items() if k not in ("a", "an")}}
# "30 minutes ago", "an hour ago", "a week ago", "일주일 전", "한 시간 전" (a day ago is a day, below)
AGO = re.compile(
    r"(\d{1,3}|\ban?\b|한|일)\s*+(분|시간|주일?|minutes?|mins?|hours?|hrs?|weeks?)\s*+(?:전|ago)", re.I
)
_ONE = ("a", "an", "한", "일")
_SAME_TIME = r"(?:this|the same|same) (?:time|hour)|이맘때|이\s*+시간|같은\s*+시간|이\s*+시각|같은\s*+시각"
# "7 days ago, roughly at this time", "어제 이맘때", "same time last week": now, that many days back
SAME_TIME_AGO = re.compile(
    r"(?:(\d{1,2})\s*+(days?|weeks?)\s++ago|(\d{1,2})\s*+(일|주일?)\s*+전|(yesterday|a day ago|어제|하루\s*+전)"
    r"|(a week ago|last week|일주일\s*+전|지난\s*+주|저번\s*+주))"
    rf"[,\s]*+(?:(?:roughly|about|around|at|쯤)\s++)*(?:{_SAME_TIME})"
    rf"|(?:{_SAME_TIME})\s++(?:(yesterday|a day ago)|(last week|a week ago))",
    re.I,
)


def same_time_back(text: str) -> timedelta | None:
    """How far back "the same time" a question names is ("어제 이맘때": a day), or None."""
    if not (m := SAME_TIME_AGO.search(text)):
        return None
    if m.group(1) or m.group(3):
        count, unit = int(m.group(1) or m.group(3)), (m.group(2) or m.group(4)).lower()
        return timedelta(weeks=count) if unit.startswith(("week", "주")) else timedelta(days=count)
    return timedelta(days=1) if m.group(5) or m.group(7) else timedelta(weeks=1)


def parse_moment(text: str, tz: str, now: datetime | None = None, day_named: bool = False) -> datetime | None:
    """A moment the question names, in UTC: "2026-03-01 15:20 KST", "at 15:20", "오후 3시 20분", "어제 21시",
    "30 minutes ago". Dates default to the day of `now` in `tz` (the day before when the time is later)."""
    if m := EXPLICIT.search(text):
        year, month, day, hour, minute, zone_word = m.groups()
        zone = (
            UTC if (zone_word or "").upper() in ("UTC", "Z") else ZoneInfo("Asia/Seoul" if zone_word else tz)
        )
        local = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), tzinfo=zone)
        return local.astimezone(UTC)
    if now is None:
        return None
    if back := same_time_back(text):
        return now - back
    if not day_named and (named := named_day(text, now.astimezone(ZoneInfo(tz)))):  # named once
        if NIGHT_MIDNIGHT.match(text, named.end):  # "월요일 밤 자정": the midnight that ends Monday
            midnight = datetime.combine(named.day + timedelta(days=1), datetime.min.time(), ZoneInfo(tz))
            return min(midnight.astimezone(UTC), now)
        return parse_moment(as_today(named, text), tz, day_end(named, now, tz), day_named=True)
    if not day_named and (m := AGO.search(text)):  # "a week ago Friday (Nov 10)": the day says it all
        count = 1.0 if m.group(1).lower() in _ONE else float(m.group(1))
        return now - timedelta(seconds=count * UNIT_SECONDS[UNIT_WORDS[m.group(2).lower()]])
    m = CLOCK_TIME.search(text)  # "15:20", "3시 반", "8am"
    if m:
        period, hour, minute = m.group(1), int(m.group(2)), int(m.group(3) or m.group(4) or 0)
        minute = 30 if "반" in m.group(0) else minute
        suffix = (m.group(5) or "").lower().replace(".", "")
    elif spoken := SPOKEN_TIME.search(text):
        said, word = spoken.group(1).lower(), spoken.group(2).lower()
        hour = _HOURS.get(word) or int(word)
        hour, minute = (hour - 1, 45) if said == "quarter to" else (hour, 30 if said == "half past" else 15)
        period, suffix = None, ""
    elif bare := BARE_HOUR.search(text):
        period, hour, minute, suffix = None, int(bare.group(1)), 0, ""
    else:
        return None
    if (period in ("오후", "저녁", "밤") or suffix == "pm") and hour < 12:
        hour += 12
    elif (period == "새벽" or suffix == "am") and hour == 12:  # "새벽 12시반", "12:30am": just past midnight
        hour = 0
    if hour > 23 or minute > 59:
        return None
    zone = UTC if suffix == "utc" else ZoneInfo(tz)
    local_now = now.astimezone(zone)
    moment = local_now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if m and "시" in m.group(0) and not period and 1 <= hour <= AFTERNOON_HOURS:  # "어제 2시쯤": 14:00
        afternoon = moment + timedelta(hours=12)
        if afternoon <= local_now or YESTERDAY.search(text):
            moment = afternoon
    elif (
        m
        and "시" in m.group(0)
        and not (period or day_named or YESTERDAY.search(text) or MORNING.search(text))
    ):
        evening = moment + timedelta(hours=12)  # "9시반에 배포하고" asked at 23:25: 21:30, not the morning
        if AFTERNOON_HOURS < hour < 12 and timedelta(0) <= local_now - evening <= JUST_PAST:
            moment = evening
    if YESTERDAY.search(text) or moment > local_now:
        moment -= timedelta(days=1)
    return moment.astimezone(UTC)


HALF_OF_DAY = re.compile(
    r"새벽|아침|오전|점심|오후|저녁|밤|출근|퇴근|\b(?:dawn|morning|noon|afternoon|evening|night|tonight|am|pm|a\.m\.|p\.m\.)\b",
    re.I,
)


def hour_guessed(text: str) -> bool:
    """Whether the question's clock time is an hour from 1 to 11 said in Korean with no half of the day
    ("토욜 2시쯤"): parse_moment guessed which half; the reading 12 hours apart is as likely."""
    m = CLOCK_TIME.search(text)
    return bool(m and "시" in m.group(0) and 1 <= int(m.group(2)) <= 11 and not HALF_OF_DAY.search(text))


def mentions_now(text: str) -> bool:
    """Whether the question asks for the current/latest value."""
    return bool(NOW_WORDS.search(text))


# "students can't enter their classes", "앱에서 결제가 안돼": a trouble told as going on
TROUBLE_NOW = re.compile(
    r"\b(?:can't|cannot|can not|unable to|won't|isn't|aren't|is down|are down|(?:is|are|keeps?) failing)\b"
    r"|(?<![가-힣])안\s*+(?:돼|됨|열려|열림)(?![가-힣])|못\s*+들어가(?:요|고\s*+있)?(?![가-힣])",
    re.I,
)


def tells_trouble_now(text: str) -> bool:
    """Whether the question tells of a trouble going on ("can't log in", "결제가 안돼"): asked about now."""
    return bool(TROUBLE_NOW.search(text))

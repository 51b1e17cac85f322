"""Days named by date, weekday or holiday ("27일 오전", "8/27 10시", "31일 9시쯤", "월요일 아침", "on Aug 27
around 10:10", "Thursday morning", "그저께", "추석날 밤", "over the Chuseok holidays"): the most recent such
day up to today in the configured timezone; English "last Monday" is the Monday of last week. timeparse
reads the rest of the phrase as if that day were today, so "27일 오전" is the morning of the 27th and
"Monday morning" Monday's morning, not this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from services.ops.planner.holiday_days import holiday_days

WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "지난 월요일": the latest one before today; "지난주 월요일": the previous calendar week's (weeks start on Monday)
WEEKDAY_KO = re.compile(r"(?:(지난|저번)\s*+(주\s*+)?)?([월화수목금토일])(?:요일|욜)")  # 월욜: spoken
WEEKDAY_EN = re.compile(  # "black friday", "cyber monday" are sales seasons, not days
    rf"(?<!black )(?<!cyber )\b(?:(last|this past|past|on)\s++)?({'|'.join(WEEKDAYS_EN)})\b", re.I
)
LAST_WEEK_EN = re.compile(  # "Monday last week", "last week's Monday": the previous calendar week's
    rf"\b(?:on\s++)?({'|'.join(WEEKDAYS_EN)})\s++(?:of\s++)?last week\b"
    # "Monday morning last week": the weekday named (its part of the day read as after any day)
    rf"|\b(?:on\s++)?({'|'.join(WEEKDAYS_EN)})(?=\s++(?:morning|afternoon|evening|night)\s++(?:of\s++)?last week\b)"
    rf"|\blast week'?s?\s++({'|'.join(WEEKDAYS_EN)})\b"
    # "a week ago Friday", "Friday a week ago": the previous calendar week's, as "last Friday" reads
    rf"|\ba week ago\s++(?:last\s++|on\s++)?({'|'.join(WEEKDAYS_EN)})\b|\b({'|'.join(WEEKDAYS_EN)})\s++a week ago\b",
    re.I,
)
# "주말에", "지난 주말", "over the weekend": the latest Saturday and Sunday up to today ("지난"/"last" on a
# weekend day: the one before)
WEEKEND = re.compile(r"(?:(지난|저번)\s*+)?주말|\b(?:(last|this past|past)\s++)?weekend\b", re.I)
OF_DATE = re.compile(r"\s++of\s++(?:the\s++)?", re.I)  # "the weekend of March 6"
DAY_RANGE_TAIL = re.compile(r"\s*+[-–~]\s*+\d{1,2}(?!\d)")  # "March 6-7": the weekend's second day
SATURDAY = 5
MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = rf"({'|'.join(MONTHS_EN)})[a-z]*\.?"
# "8월 27일", "27일에", "27일 오전", "31일 9시", "월급날(25일)", "19일부터": a day of the month; without its month
# only before a particle, a part of the day, a clock time or a closing parenthesis ("7일 평균" is a duration)
# ... or, from the 8th on (14 and 30 are counts of days), before any word but a duration's ("16일 응답시간"),
# and from the 1st to the 7th before any word but a duration's, in a sentence asking no span's figure
# ("6일 에러율 최고", not "7일 평균" or "3일 cpu 추이")
_DURATION_AFTER = r"동안|간|이내|내|전|후|째|치|만에|뒤|정도|가량|넘게|이상"
_DATE_NOT_COUNT = (
    rf"(?:[89]|1[0-35-9]|2\d|3[01])\s*+일\s++(?!{_DURATION_AFTER})"
    rf"|[1-7]\s*+일\s++(?!{_DURATION_AFTER}|이동|간격|주기|기준|보관|유지|연속|분량|데이터)"
    r"(?![^?.!]{0,30}?(?:평균|추이|트렌드|그래프))"
)
_DAY_SAID = r"\d{1,2}\s*+일(?=\s*+(?:에|엔|날|오전|오후|아침|저녁|밤|새벽|점심|낮|하루|부터|이후|까지|\d|\))|(?:은|는|도)\s*+[?？]?\s*+$)"
DAY_OF_MONTH_KO = re.compile(
    r"(?<![\d.])(?:(\d{1,2})\s*+월\s*+(\d{1,2})\s*+일"
    rf"|(?=(?:{_DATE_NOT_COUNT})|(?:{_DAY_SAID}))(\d{{1,2}})\s*+일)"
)
SLASH_DATE = re.compile(r"(?<![\d/.:-])(\d{1,2})/(\d{1,2})(?![\d/])")  # 8/27
DATE_EN = re.compile(
    rf"\b{_MONTH}\s++(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*+(?:am|pm|:|%|ms))"
    rf"|\b(\d{{1,2}})(?:st|nd|rd|th)?\s++(?:of\s++)?{_MONTH}(?![a-z])"
    r"|\bthe\s++(\d{1,2})(?:st|nd|rd|th)\b",
    re.I,
)
# "그저께 밤" alone is read by timeparse's parts of the day (a night runs into the next morning)
TWO_DAYS_AGO = re.compile(
    r"(?:그저께|엊그제|그제(?!서))(?!\s*+(?:새벽|아침|오전|점심|오후|저녁|밤)(?!\s*+\d))|\bthe day before yesterday\b",
    re.I,
)
# "3일전 오후 2시쯤", "사흘 전 밤", "5 days ago": that day (not "3일 전부터", a window up to now)
_KO_DAYS = {"이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "일주일": 7}
_EN_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
DAYS_AGO = re.compile(
    rf"(?<![\d.])(?:(\d{{1,2}})\s*+일|({'|'.join(_KO_DAYS)}))\s*+전(?!\s*+(?:부터|이후|까지))(?![가-힣])"
    rf"|(?<!since )\b(\d{{1,2}}|{'|'.join(_EN_DAYS)})\s++days?\s++ago\b",
    re.I,
)
# "월말에", "at month-end": the latest last day of a month; "월급날", "payday": the latest 25th, the usual
# Korean payday (a day said with it, "월급날(25일)", is read as that date first)
MONTH_END = re.compile(
    r"월말\s*+(?=에|엔|쯤|즈음|때)|\b(?:at|on|during|over|around)\s++(?:the\s++)?month[- ]end\b"
    r"|\b(?:at\s++)?the end of (?:the|last) month\b",
    re.I,
)
PAYDAY = re.compile(r"(?:월급날|\bpay\s?day\b)(?!\s*+\()", re.I)  # "월급날(25일)": its date says it
ASKS_THE_DAY = re.compile(
    r"며칠|몇\s*+일|언제|\bwhat day\b|\bwhich day\b|\bwhen\b", re.I
)  # "월급날 며칠이야"
PAYDAY_OF_MONTH = 25
RELATIVE_BEFORE = re.compile(r"(?:지난|최근|직전|과거|last|past)\s*+$", re.I)  # "지난 27일": a duration


@dataclass(frozen=True)
class NamedDay:
    """A day the question names and the span of text naming it."""

    day: date
    start: int
    end: int
    last: date | None = None  # the last day of a holiday period ("추석 연휴")


def latest_day(month: int | None, day: int, today: date) -> date | None:
    """The latest date up to today with this day (of this month, when given)."""
    if not 1 <= day <= 31 or (month is not None and not 1 <= month <= 12):
        return None
    for back in range(0, 13):
        year, mon = (today.year, today.month - back) if month is None else (today.year - back, month)
        while mon < 1:
            year, mon = year - 1, mon + 12
        try:
            candidate = date(year, mon, day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def named_day(text: str, local_now: datetime) -> NamedDay | None:
    """The day `text` names by date or weekday, if any."""
    today = local_now.date()
    if holiday := holiday_days(text, today, getattr(local_now.tzinfo, "key", "UTC")):
        last = holiday.last if holiday.last != holiday.first else None
        return NamedDay(holiday.first, holiday.start, holiday.end, last)
    if weekend := WEEKEND.search(text):
        end = weekend.end()
        of = OF_DATE.match(text, end)
        dated = named_day(text[of.end() :], local_now) if of else None
        if dated and of:  # "the weekend of March 6-7": that date's weekend
            saturday = dated.day - timedelta(days=(dated.day.weekday() - SATURDAY) % 7)
            end = of.end() + dated.end
            end += m.end() if (m := DAY_RANGE_TAIL.match(text[end:])) else 0
        else:
            saturday = _weekend(today, bool(weekend.group(1) or weekend.group(2)))
        sunday = min(saturday + timedelta(days=1), today)
        return NamedDay(saturday, weekend.start(), end, sunday if sunday != saturday else None)
    for m in DAY_OF_MONTH_KO.finditer(text):
        month, day = (int(m.group(1)), m.group(2)) if m.group(1) else (None, m.group(3))
        if not RELATIVE_BEFORE.search(text[: m.start()]) and (found := latest_day(month, int(day), today)):
            return NamedDay(found, *m.span())
    if ago := DAYS_AGO.search(text):
        back = ago.group(1) or ago.group(3)
        days = (
            int(back)
            if back and back.isdigit()
            else _KO_DAYS.get(ago.group(2) or "") or _EN_DAYS[back.lower()]
        )
        return NamedDay(today - timedelta(days=days), *ago.span())
    if two_days := TWO_DAYS_AGO.search(text):
        return NamedDay(today - timedelta(days=2), *two_days.span())
    return _english_or_slashed_date(text, today) or _weekday_named(text, today) or _month_day(text, today)


def _month_day(text: str, today: date) -> NamedDay | None:
    """A day a month's calendar names: its end ("월말에") or its payday ("월급날")."""
    if said := MONTH_END.search(text):
        this_ends = (today + timedelta(days=1)).day == 1 and "last" not in said.group().lower()
        last = today if this_ends else today.replace(day=1) - timedelta(days=1)
        return NamedDay(last, *said.span())
    said = PAYDAY.search(text)
    if said and not ASKS_THE_DAY.search(text) and (found := latest_day(None, PAYDAY_OF_MONTH, today)):
        return NamedDay(found, *said.span())
    return None


def _english_or_slashed_date(text: str, today: date) -> NamedDay | None:
    if (slash := SLASH_DATE.search(text)) and (
        found := latest_day(int(slash.group(1)), int(slash.group(2)), today)
    ):
        return NamedDay(found, *slash.span())
    if said := DATE_EN.search(text):
        month_word, day = (said.group(1), said.group(2)) if said.group(1) else (said.group(4), said.group(3))
        month = MONTHS_EN.index(month_word[:3].lower()) + 1 if month_word else None
        if found := latest_day(month, int(day or said.group(5)), today):
            return NamedDay(found, *said.span())
    return None


def _weekday_named(text: str, today: date) -> NamedDay | None:
    if ko := WEEKDAY_KO.search(text):
        weekday = "월화수목금토일".index(ko.group(3))
        if ko.group(2):  # "지난주 월요일"
            return NamedDay(_last_week(today, weekday), *ko.span())
        said_last = bool(ko.group(1))
        return NamedDay(_weekday(today, weekday, said_last, not_yesterday=said_last), *ko.span())
    if en := LAST_WEEK_EN.search(text):
        return NamedDay(
            _last_week(today, WEEKDAYS_EN.index(next(g for g in en.groups() if g).lower())), *en.span()
        )
    if en := WEEKDAY_EN.search(text):
        said = (en.group(1) or "").lower()
        weekday = WEEKDAYS_EN.index(en.group(2).lower())
        if said == "last" and (today.weekday() - weekday) % 7 != 1:
            # "last Monday" said on a Wednesday: the Monday of last week (every blind set read it so);
            # "this past Monday" is the latest one, and "last Tuesday" on a Wednesday is a week back
            return NamedDay(_last_week(today, weekday), *en.span())
        last = said in ("last", "this past", "past")
        return NamedDay(_weekday(today, weekday, last, not_yesterday=said == "last"), *en.span())
    return None


def _weekend(today: date, last: bool) -> date:
    """The Saturday of the latest weekend up to today (of the one before when `last` is said on a weekend)."""
    back = (today.weekday() - 5) % 7  # Saturday 0, Sunday 1, Monday 2 …
    return today - timedelta(days=back + (7 if last and back < 2 else 0))


def _last_week(today: date, weekday: int) -> date:
    """That weekday of the calendar week (Monday to Sunday) before this one."""
    return today - timedelta(days=today.weekday() + 7 - weekday)


def _weekday(today: date, weekday: int, last: bool, *, not_yesterday: bool = False) -> date:
    """The latest such weekday up to today (before today when it is "last Monday"; before yesterday too
    when `not_yesterday`: "last Tuesday" said on a Wednesday is a week back, yesterday has its own word)."""
    back = (today.weekday() - weekday) % 7
    if not_yesterday and back == 1:
        return today - timedelta(days=8)
    return today - timedelta(days=back or (7 if last else 0))


def said_again(named: NamedDay, text: str, local_now: datetime) -> NamedDay | None:
    """Another naming of the same day in `text` ("last Saturday evening (June 12)"): read against that
    day it would name the week before, so the first one said is read and the other left out."""
    blank = " " * (named.end - named.start)
    other = named_day(f"{text[: named.start]}{blank}{text[named.end :]}", local_now)
    if other and other.day == named.day and not other.last and not named.last:
        return other
    if (  # "8월26일 토요일", "Saturday (Aug 26)": the weekday of the date said beside it, not the latest one
        other
        and not (other.last or named.last)
        and other.day.weekday() == named.day.weekday()
        and BESIDE.fullmatch(text[min(named.end, other.end) : max(named.start, other.start)])
    ):
        return other  # the caller reads the earlier of the two days: a weekday alone is the latest one
    for m in DAY_SAID_RELATIVELY.finditer(text):  # "어제 … (일요일이라)": yesterday is that Sunday
        back = 1 if (m.group(1) or m.group(2) or "").lower() in ("어제", "yesterday") else 0
        if not named.last and local_now.date() - timedelta(days=back) == named.day:
            return NamedDay(named.day, *m.span())
    return None


BESIDE = re.compile(r"[\s,(（]*+")  # nothing but a space, a comma or a bracket between two namings of a day
DAY_SAID_RELATIVELY = re.compile(r"(?<![가-힣])(어제|오늘)(?![가-힣])|\b(yesterday|today)\b", re.I)


# a day said apart from another (no range between), right before the trouble's verb (kept out of timeparse:
# its patterns are the planner's vocabulary, and a trouble verb is no time word)
RANGE_BETWEEN = re.compile(r"부터|까지|~|–|\b(?:to|into|till|until|through)\b|[-–]\s*+$", re.I)
TROUBLE_VERB = re.compile(
    r"[^?.!]{0,16}?(?:터진|터졌|죽은|죽었|뻗은|뻗었|멈춘|멈췄|끊긴|끊겼|장애|에러|오류|느려|안\s?된|난\s?거|났)"
    r"|[^?.!]{0,24}?\b(?:fail|failed|broke|crashed|went down|died|outage|errors?)\b",
    re.I,
)


def trouble_day_after(named: NamedDay, text: str, local_now: datetime) -> NamedDay | None:
    """The other day said later, apart from `named` and before the trouble's verb: a change on one day
    blamed for trouble on the next names the trouble's window by the second."""
    rest = text[named.end :]
    later = named_day(rest, local_now)
    if later is None or later.day == named.day or later.last or named.last:
        return None
    if RANGE_BETWEEN.search(rest[: later.start]) or not TROUBLE_VERB.match(rest, later.end):
        return None
    return NamedDay(later.day, named.end + later.start, named.end + later.end)


# a day said relative to today, later than a blamed change's named day: the trouble's ("일요일에 병렬도
# 바꾼거 때문에 어제 마감 터진거야?": yesterday's close, not the day before Sunday)
RELATIVE_DAY = re.compile(
    r"어제|어젯|오늘|그제|그저께|엊그제|\b(?:yesterday|today|this\s++morning|last\s++night|tonight)\b", re.I
)


def trouble_relative_after(named: NamedDay, text: str) -> bool:
    """Whether a day relative to today is said after `named` and before the trouble's verb."""
    rest = text[named.end :]
    m = RELATIVE_DAY.search(rest)
    return bool(
        m
        and not named.last
        and not RANGE_BETWEEN.search(rest[: m.start()])
        and TROUBLE_VERB.match(rest, m.end())
    )


# a day's gloss in brackets, read with it (kept out of timeparse: its patterns are the planner's vocabulary)
GLOSS = re.compile(r"\s*+\(([^()]{1,40})\)")  # "추석연휴(14~16일)", "Chuseok day (Wed 15th)"
# a gloss of days only: dates, weekdays and the marks between them
DAYS_GLOSS = re.compile(
    r"(?:\d{1,2}(?:일|st|nd|rd|th)?|[a-z]{3,9}\.?|[월화수목금토일](?:요일|욜)?|[~\-–,/\s])+", re.I
)


# a unit after "between 8 and 9": bounds of a value, not clock hours
UNIT_AFTER = re.compile(r"\s*+(?:%|퍼|ms\b|[kmgt]b\b|개|대|건|req|rps|tps|qps|errors?\b)", re.I)

"""The time vocabulary of the planner, in Korean and English: units and numbers, relative windows, clock
times and ranges, day counts, named periods and parts of the day (patterns and tables; timeparse.py
reads them)."""

from __future__ import annotations

import re
from datetime import timedelta

UNIT_SECONDS = {"minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400}
UNIT_WORDS = {
    "분": "minute",
    "min": "minute",
    "mins": "minute",
    "minute": "minute",
    "minutes": "minute",
    "시간": "hour",
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "hour": "hour",
    "hours": "hour",
    "일": "day",
    "d": "day",
    "day": "day",
    "days": "day",
    "주": "week",
    "주일": "week",
    "week": "week",
    "weeks": "week",
}
KO_NUMBERS = {
    "한": 1,
    "두": 2,
    "세": 3,
    "네": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "열": 10,
}
EN_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "a": 1,
    "an": 1,
}
# Linear-time patterns: numbers start where a digit run starts, digit and whitespace runs are possessive
# (what follows them never starts with a digit or a space), optional prefixes carry their own spaces.
_NUM = (
    r"((?<![\d.])\d++(?:\.\d++)?|"
    + "|".join(sorted({*KO_NUMBERS, *EN_NUMBERS} - {"a", "an"}, key=len, reverse=True))
    + ")"
)
_UNIT = r"(" + "|".join(sorted(UNIT_WORDS, key=len, reverse=True)) + r")"
_HALF = r"(\s*+반|\s++and a half\b)?"  # "한시간 반", "two hours and a half": half a unit more
RELATIVE_KO = re.compile(rf"(?:지난|최근|직전|과거)\s*+{_NUM}\s*+{_UNIT}{_HALF}")
RELATIVE_KO_SUFFIX = re.compile(rf"{_NUM}\s*+{_UNIT}{_HALF}\s*+(?:동안|간|전부터|이내|내)")
RELATIVE_EN = re.compile(
    rf"\b(?:last|past|previous|recent|within the last|over the last)\s++{_NUM}\s*+{_UNIT}\b{_HALF}", re.I
)
SINGLE_UNIT_EN = re.compile(  # "Monday last week", "last week's Tuesday": that weekday (named_days)
    r"(?<!day )(?<!day of )(?<!morning )(?<!afternoon )(?<!evening )(?<!night )"  # "Monday morning last week"
    r"\b(?:last|past|previous)\s++(minute|hour|day|week)\b(?!'s)(?!s\b)"
    r"(?!\s++(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    re.I,
)
# "지난주": the last week, but "지난주 목요일" is that weekday (named_days)
SINGLE_UNIT_KO = re.compile(
    r"(?:지난|최근|직전|저번)\s*+(시간|하루|일주일|한 ?주|주(?!\s*+[월화수목금토일](?:요일|욜))(?!말)|한 시간|한시간)"
)
# words after a duration that make it a delay after something ("배포하고 20분만에", "20 minutes after the deploy")
DELAY_WORDS = r"(?:만에|만|뒤|후|있다가|지나서|정도 ?(?:뒤|후|지나)|after\b|later\b|into\b)"
DELAY_AFTER = re.compile(
    rf"(?<!\d)\d++\s*+(?:분|초|시간|minutes?|mins?|seconds?|hours?)\s*+{DELAY_WORDS}", re.I
)
BARE_DURATION = re.compile(  # a duration alone, not a delay
    r"(?<![\d.:])(?<!시)(?<!시 )(\d++)\s*+(분|시간|일|minutes?|mins?|hours?|hrs?|days?|weeks?)(?![a-z])"
    rf"(?!\s*+{DELAY_WORDS})",
    re.I,
)
EXPLICIT = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?\s*+(KST|UTC|Z)?", re.I)
SINCE_EN = re.compile(r"\bsince\s++(\d{1,2})(?::(\d{2})(?:\s*+([ap]m))?|\s*+([ap]m))\b", re.I)  # 14:00, 7pm
SINCE_KO = re.compile(  # "14시부터", "오후 2시 넘어서", "9시 뉴스 시작하고부터": from then on
    r"(?:(오후|저녁|밤)\s*+)?(\d{1,2})\s*+시\s*+(?:(\d{1,2})\s*+분)?\s*+"
    r"(?:부터|이후|넘어서|지나서|(?:[가-힣]{1,6}\s*+){1,2}?"
    r"(?:시작(?:하고|되고|해서)?\s*+(?:부터|이후|나서)|시작한\s*+(?:뒤|후|다음)(?:로|에|부터)?))"
)
_CLOCK = (
    r"(?:(오전|오후|새벽|저녁|밤)\s*+)?(?<![\d.])(\d{1,2})(?:\s*+:\s*+(\d{2})|\s*+시(?!간)(?:\s*+(\d{1,2})\s*+분|\s*+(반))?)?"
    r"\s*+(am|pm)?"
)
CLOCK_RANGE = re.compile(  # "between 09:00 and 11:00", "from 9am to 11am", "9시부터 11시까지", "09:00~11:00"
    rf"(?:\b(?:between|from)\s++)?{_CLOCK}\s*+(?:부터|에서|~|-|–|\band\b|\bto\b|\buntil\b|\btill\b)\s*+"
    rf"{_CLOCK}\s*+(?:까지|사이)?",
    re.I,
)
# a clock range whose ends name their days ("어제 22시부터 오늘 6시까지", "from 22:00 yesterday to 06:00 today")
_DAY = r"(어젯밤|어제|오늘|그저께|그제|엊그제|yesterday|today|last night|tonight)"
_DAYED_CLOCK = rf"(?:{_DAY}\s*+(?:아침\s*+)?)?{_CLOCK}(?:\s*+{_DAY}\b)?"
DAYED_CLOCK_RANGE = re.compile(
    rf"(?:\bfrom\s++)?{_DAYED_CLOCK}\s*+(?:부터|에서|~|-|–|\bto\b|\buntil\b|\btill\b)\s*+{_DAYED_CLOCK}\s*+(?:까지|사이)?",
    re.I,
)
# a clock range whose ends name their dates: "from Mar 2 23:00 to Mar 3 05:00", "between 23:00 on Mar 2 and
# 05:00 on Mar 3", "3/2 23:00 ~ 3/3 05:00", "3월 2일 23시부터 3월 3일 5시까지"
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\.?"
DATE_SAID = (
    rf"(?:{_MONTH_WORD}\s*+\d{{1,2}}(?:st|nd|rd|th)?|(?<![\d:])\d{{1,2}}(?:st|nd|rd|th)?\s++(?:of\s++)?{_MONTH_WORD}"
    r"|(?<![\d:])\d{1,2}/\d{1,2}|(?<![\d:])\d{1,2}\s*+월\s*+\d{1,2}\s*+일)"
)
TIME_SAID = r"(?:(?:오전|오후|새벽|저녁|밤)\s*+)?\d{1,2}(?::\d{2}\s*+(?:[ap]m)?|\s*+[ap]m|\s*+시(?:\s*+\d{1,2}\s*+분|\s*+반)?)"
_DATED_END = rf"(?:(?:on\s++)?{DATE_SAID}[,\s]*+(?:at\s++)?{TIME_SAID}|{TIME_SAID}\s*+(?:on\s++)?{DATE_SAID})"
DATED_CLOCK_RANGE = re.compile(
    rf"(?:\b(?:from|between)\s++)?({_DATED_END})\s*+(?:\bto\b|\buntil\b|\btill\b|\band\b|~|-|–|부터)\s*+"
    rf"({_DATED_END})\s*+(?:까지|사이)?",
    re.I,
)
DAYS_BACK = {"어젯밤": 1, "어제": 1, "yesterday": 1, "last night": 1, "그저께": 2, "그제": 2, "엊그제": 2}
SINCE_BEFORE = re.compile(r"\bsince\s*+$", re.I)
SINCE_AFTER = re.compile(r"\s*+(?:부터|이후)")
# ... after a named day, unless a clock time or an end follows ("19일부터 21일까지", "수요일부터 목요일 사이")
SINCE_UP_TO_NOW = re.compile(
    r"\s*+(?:부터|이후)(?!\s*+\d)(?![^?.!]{0,25}?(?:\d\s*+(?:일|시|분)|요일|욜|날)\s*+(?:까지|사이|전까지))"
)
# between two parts of a day: "새벽~아침", "아침부터 점심까지", "morning to afternoon"
PART_RANGE_TO = re.compile(r"\s*+(?:~|-|–|부터|\bto\b|\bthrough\b|\buntil\b|\btill\b|\binto\b)\s*+", re.I)
DAY_RANGE_TO = re.compile(r"\s*+(?:부터|~|–|\bto\b|\bthrough\b|\buntil\b)\s*+", re.I)  # a second day follows
BARE_DAY_AFTER = re.compile(
    r"(?<![A-Za-z0-9])(\d{1,2})(?:일|st|nd|rd|th)?(?![\d:.]|\s*+(?:[ap]\.?m\b|시|분|o'?clock|h\b|hours?\b))"
)
TODAY = re.compile(r"오늘|today|this day", re.I)
YESTERDAY = re.compile(r"어제|어젯|yesterday|last night", re.I)  # "어젯밤 11시부터": yesterday's clock
# "지난 열흘", "사흘간", "보름 동안", "열흘 중": days counted in words (not "사흘 전", that day)
KO_DAY_COUNTS = {"이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10, "보름": 15}
_KO_DAY_WORD = "|".join(KO_DAY_COUNTS)
KO_DAY_COUNT = re.compile(
    rf"(?:지난|최근|직전)\s*+({_KO_DAY_WORD})(?!\s*+전)|(?<![가-힣])({_KO_DAY_WORD})\s*+(?:간|동안|사이|새|중|내)(?![가-힣])"
)
THIS_WEEK = re.compile(r"이번\s*주(?!말)|this week(?!end)", re.I)
THIS_MONTH = re.compile(r"이번\s*달|(?<![가-힣])이달|\bthis month\b|\bmonth[- ]to[- ]date\b", re.I)
LAST_MONTH = re.compile(r"(?:지난|저번)\s*달|(?<![가-힣])전월|\b(?:last|previous) month\b", re.I)
# a month named alone ("9월 정기권", "in September"): that calendar month, this year's or, not yet come, last
# year's; not a day of it ("9월 3일"), a month's bill ("2월분") or its end ("월말")
MONTH_NAMED = re.compile(
    r"(?<![\d가-힣.])(1[0-2]|[1-9])\s*+월(?![가-힣]|\s*+\d)|(?<![\d가-힣])(1[0-2]|[1-9])월(?=에|달|중|부터|까지|은|는)"
    r"|\b(january|february|march|april|june|july|august|september|october|november|december)\b(?!\s*+\d)"
    r"|\b(?:in|during) (may)\b(?!\s*+\d)",
    re.I,
)
# Parts of a day in local hours [from, to); a clock time after 오전/오후 is a moment, not a part of the day.
MORNING = re.compile(r"아침|오전|출근|\b(?:morning|am|a\.m\.)\b", re.I)  # the morning said: its hour stays
AFTERNOON_HOURS = 6  # "2시" said without 오전/새벽 is the afternoon's, once it has come (working hours)
DAY_PARTS = {
    "새벽": (0, 6),
    "dawn": (0, 6),
    "아침": (6, 12),
    "morning": (6, 12),
    "오전": (0, 12),
    "점심": (11, 14),
    "noon": (11, 14),
    "lunch": (11, 14),
    "lunchtime": (11, 14),
    "오후": (12, 18),
    "afternoon": (12, 18),
    "저녁": (18, 24),
    "evening": (18, 24),
    "밤": (18, 30),
    "night": (18, 30),
    "tonight": (18, 30),
    "overnight": (18, 30),
    "밤사이": (18, 30),
    "밤새": (18, 30),
}
# a part of the day said bare, after the first of a range ("새벽~아침", "morning to afternoon")
PART_WORD = re.compile(
    "|".join(word if word[0] >= "가" else rf"{word}\b" for word in sorted(DAY_PARTS, key=len, reverse=True)),
    re.I,
)
# before 03:00 "this morning" is the morning of the day not yet slept off
STILL_YESTERDAY = timedelta(hours=3)
EARLY_MORNING = (0, 9)  # "early this morning": the small hours too, not only from 06:00
# "요 며칠", "the last few days": three days (two for "a couple of days")
FEW_DAYS = re.compile(
    r"(?:요|최근|지난|이번)\s*+며칠|며칠\s*+(?:사이|새|동안|간)|\b(?:last|past) (?:few|(couple)(?: of)?) days\b"
    r"|\bthese (?:last |past )?(?:few )?days\b",
    re.I,
)
# a part of a day; "하룻밤" is one night, a span ("하룻밤에 웨이브 몇 개"), no window
DAY_PART = re.compile(
    r"(?:(오늘|어제|어젯|그저께|엊그제|그제)\s*+)?(?<!하룻)(새벽|아침|오전|점심|오후|저녁|밤)(?! ?\d)(?! ?(?:에|엔)? ?\d)"
    r"|\b(?:early\s++)?(?:(this|yesterday|last)\s++)(dawn|morning|noon|afternoon|evening|night)\b|\b(tonight|overnight)\b"
    r"|(간밤|지난밤|밤사이|밤새)|\b(?:at|around|during|over)\s++(?:the\s++)?(lunch(?:time)?)\b",
    re.I,
)
NOW_WORDS = re.compile(
    r"현재|지금|(?<![ㄱ-ㅎ])ㅈㄱ(?![ㄱ-ㅎ])|최신|실시간|방금|right now|currently|current|latest|now\b|\brn\b|at the moment|most recent"
    r"|\bat this (?:point|moment)\b"
    r"|\batm(?=\s*[?？.!]*\s*$)",  # "ㅈㄱ": 지금, as chat shortens it
    re.I,
)
# "15~21일", "지난주(15~21일)": days of a month, the week word beside them only glossing them
DAY_OF_MONTH_RANGE = re.compile(
    r"(?:(?:지난|저번|이번)\s*+주|\b(?:last|this) week)?\s*+\(?\s*+"
    r"(?<![\d.:])(\d{1,2})\s*+일?\s*+[~∼–-]\s*+(\d{1,2})\s*+일(?![가-힣])\s*+\)?",
    re.I,
)

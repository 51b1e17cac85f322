"""Public holidays named as days ("추석날 밤", "설 전날", "대체공휴일 오후 5시", "on Christmas Day",
"the day before Chuseok") and holiday periods ("추석 연휴", "over the Chuseok holidays"): the most recent
such day up to today, from the `holidays` calendar of the configured timezone's country (Korea where the
timezone names no country).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import holidays

ZONE_TAB = Path("/usr/share/zoneinfo/zone.tab")  # IANA: country code, coordinates, timezone
HOME_COUNTRY = "KR"
# spoken names → the calendar's own names (ko, en_US); None for any substitute holiday
ALIASES: dict[str, str | tuple[str, ...] | None] = {
    "명절": ("추석", "설날"),  # the holiday: whichever of the two came last
    "명절 당일": ("추석", "설날"),
    "명절 전날": ("추석 전날", "설날 전날"),
    "명절 다음날": ("추석 다음날", "설날 다음날"),
    "추석날": "추석",
    "추석당일": "추석",
    "추석 당일": "추석",
    "한가위": "추석",
    "추석 전날": "추석 전날",
    "추석 다음날": "추석 다음날",
    "구정": "설날",
    "설 당일": "설날",
    "설 전날": "설날 전날",
    "설 다음날": "설날 다음날",
    "크리스마스": "기독탄신일",
    "성탄절": "기독탄신일",
    "석가탄신일": "부처님오신날",
    "초파일": "부처님오신날",
    "신정": "신정연휴",
    "새해 첫날": "신정연휴",
    "대체공휴일": None,
    "대체 공휴일": None,
    "대체휴일": None,
    "대체 휴일": None,
    "christmas": "christmas day",
    "xmas": "christmas day",
    "lunar new year": "korean new year",
    "seollal": "korean new year",
    "new year": "new year's day",
    "the day before chuseok": "the day preceding chuseok",
    "chuseok eve": "the day preceding chuseok",
    "the day after chuseok": "the second day of chuseok",
    "substitute holiday": None,
    "alternative holiday": None,
}
KO_PARTICLE = (
    "(?:에|엔|때|날|의|부터|까지|쯤|이|은|는|연휴|당일|오전|오후|아침|저녁|밤|새벽|점심|낮|전|다음|지나)"
)
DAY_AFTER = re.compile(r"\s++day\b", re.I)  # "Chuseok day": the holiday itself
PERIOD_AFTER = re.compile(r"\s*+(?:연휴|holidays?\b|break\b|weekend\b)", re.I)  # "추석 연휴"


@dataclass(frozen=True)
class HolidayDays:
    """The first and last day a holiday word names, and the span of text naming it."""

    first: date
    last: date
    start: int
    end: int


def holiday_days(text: str, today: date, timezone: str) -> HolidayDays | None:
    """The holiday (or holiday period) `text` names, its most recent occurrence up to today."""
    calendar = _calendar(_country(timezone), today.year)
    best: tuple[int, int, str | tuple[str, ...] | None] | None = None
    spoken_names = {name for names in calendar.values() for name in names} | set(ALIASES)
    for spoken, pattern in _patterns(tuple(sorted(spoken_names))):
        for m in pattern.finditer(text):
            if best is None or (m.end() - m.start()) > (best[1] - best[0]):
                best = (m.start(), m.end(), ALIASES.get(spoken, spoken) if spoken in ALIASES else spoken)
    if best is None:
        return None
    start, end, name = best
    wanted = (name,) if isinstance(name, str) else name
    days = sorted(
        day
        for day, names in calendar.items()
        for day_name in names
        if day <= today and (day_name in (wanted or ()) or (name is None and _is_substitute(day_name)))
    )
    if (day_word := DAY_AFTER.match(text, end)) and not re.search(r"[가-힣]|day$", text[start:end], re.I):
        end = day_word.end()  # "Chuseok Day", "on Christmas day"
    if not days:
        return None
    day = days[-1]
    if period := PERIOD_AFTER.match(text, end):
        first, last = _days_off_around(day, calendar)
        return HolidayDays(first, min(last, today), start, period.end())
    return HolidayDays(day, day, start, end)


def _is_substitute(name: str) -> bool:
    return "대체" in name or "alternative" in name or "substitute" in name


def _days_off_around(day: date, calendar: dict[date, set[str]]) -> tuple[date, date]:
    """The run of holidays and weekends that `day` falls in (a holiday period)."""

    def off(d: date) -> bool:
        return d in calendar or d.weekday() >= 5

    first, last = day, day
    while off(first - timedelta(days=1)):
        first -= timedelta(days=1)
    while off(last + timedelta(days=1)):
        last += timedelta(days=1)
    return first, last


@cache
def _calendar(country: str, year: int) -> dict[date, set[str]]:
    """Each holiday of this and last year, by day: its Korean and English names, lower-cased."""
    names: dict[date, set[str]] = {}
    for language in ("ko", "en_US"):
        try:
            calendar = holidays.country_holidays(country, years=[year - 1, year], language=language)
        except NotImplementedError:  # no such country or language in the calendar
            continue
        for day, name in calendar.items():
            for one in name.split("; "):  # two holidays on one day
                names.setdefault(day, set()).add(one.lower())
    return names


@cache
def _patterns(spoken: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    """A pattern per spoken holiday name: Korean letters may be spaced apart, English words need
    their boundaries and may drop an apostrophe."""
    patterns = []
    for name in spoken:
        parts = []
        for word in name.split():
            if re.search(r"[가-힣]", word):
                parts.append(r"\s*+".join(map(re.escape, word)))
            else:
                parts.append(re.escape(word).replace("'", "'?"))
        body = r"\s*+".join(parts) if re.search(r"[가-힣]", name) else r"\s++".join(parts)
        if re.search(r"[가-힣]", name):  # "신정동" is a place, "추석에" the holiday
            pattern = rf"(?<![가-힣]){body}(?![가-힣])|(?<![가-힣]){body}(?={KO_PARTICLE})"
        else:
            pattern = rf"\b{body}\b"
        patterns.append((name, re.compile(pattern, re.I)))
    return patterns


@cache
def _country(timezone: str) -> str:
    """The country of an IANA timezone (zone.tab), Korea when it names none (UTC) or is unknown."""
    if ZONE_TAB.is_file():
        for line in ZONE_TAB.read_text().splitlines():
            fields = line.split("\t")
            if len(fields) >= 3 and not line.startswith("#") and fields[2] == timezone:
                return fields[0]
    return HOME_COUNTRY

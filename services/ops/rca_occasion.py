"""When an occasion was ("호우때", "during the cookie promo", "수능날"): the events whose messages name it,
or the day of the month a CI's attribute records for it ("on billing day": "billing_day": "매월 18일").

One run of such events (no two further apart than SAME_OCCASION) places the window a why is analysed
in; none, or several runs on different days, leave the question `unclear` with questions to ask instead:
analysing now, or one of the days, would answer a question that was not asked.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlmodel import Session

from services.infra import event_queries
from services.ops.compose import josa
from services.ops.planner.named_days import latest_day
from services.ops.planner.occasions import occasion_options
from services.ops.rca_scan import symptom_onset
from services.ops.tools import AskedOtherwise
from services.ops.tools.contracts import Occasion

LOOKBACK = timedelta(days=31)  # how far back the events that name an occasion are looked for
SAME_OCCASION = timedelta(hours=12)  # events closer than this are one occasion ("호우경보", then "집중관측")
LEAD, TRAIL = timedelta(hours=1), timedelta(hours=8)  # the window around them: trouble follows the occasion
MAX_EVENTS = 200
MAX_OFFERED = 3  # days offered to choose from


def _naming(session: Session, words: list[str], now: datetime) -> tuple[list[str], list[dict[str, Any]]]:
    """The events naming the occasion, oldest first, with the words that found them: every word said,
    else fewer (the leading ones dropped first: "쿠키 50% 프로모션" → "50% 프로모션" → "프로모션")."""
    for first in range(len(words)):
        tried = words[first:]
        rows = event_queries.events(
            session, start=now - LOOKBACK, end=now, limit=MAX_EVENTS, said=[[w] for w in tried]
        )
        if rows:
            return tried, sorted(rows, key=lambda r: (r["ts"], r["id"]))
    return words, []


def _runs(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The events split where SAME_OCCASION passes between two of them."""
    runs: list[list[dict[str, Any]]] = []
    for row in rows:
        if runs and row["ts"] - runs[-1][-1]["ts"] <= SAME_OCCASION:
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


# a CI's attribute recording an occasion's day of the month: "billing_day": "매월 18일" / "the 18th"
DAY_KEY = re.compile(r"[_\s-]+")
MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*+(?:일|st\b|nd\b|rd\b|th\b)", re.I)


def _recorded_day(
    session: Session, words: list[str], now: datetime, tz: str
) -> tuple[datetime, datetime, dict[str, Any]] | None:
    """The latest day up to `now` that a CI's attribute records as the occasion's day of the month (its key
    the occasion's words and "day"/"date": "billing day" → `billing_day`), as a local calendar day."""
    wanted = {w.lower() for w in words}
    rows = session.execute(
        text("SELECT c.name, a.key, a.value FROM cis c CROSS JOIN LATERAL jsonb_each_text(c.attributes) a")
    )
    for ci, key, value in rows:
        *named, last = DAY_KEY.split(key.lower())
        if last not in ("day", "date") or not wanted or not wanted <= set(named):
            continue
        zone = ZoneInfo(tz)
        if not (m := MONTH_DAY.search(str(value))) or not (
            day := latest_day(None, int(m.group(1)), now.astimezone(zone).date())
        ):
            continue
        start = datetime.combine(day, datetime.min.time(), zone)
        placed = {"attribute": {"ci": ci, "key": key, "value": str(value)}}
        return start.astimezone(UTC), min(start.astimezone(UTC) + timedelta(days=1), now), placed
    return None


# an occasion told by a metric of the CI rising ("cpu 튀었을때", "when its memory spiked")
METRIC_ROSE = re.compile(r"튀|치솟|솟았|급증|폭증|뛰었|spik|surg|jump|shot up", re.I)
METRIC_LOOKBACK = timedelta(days=14)


def _metric_rose(
    session: Session, occasion: Occasion, ci: str | None, metric: str | None, now: datetime
) -> tuple[datetime, datetime, dict[str, Any]] | None:
    """The window around the strongest anomaly of the CI's metric in the last two weeks, when the
    occasion is that metric rising."""
    if not (ci and metric and METRIC_ROSE.search(occasion.said)):
        return None
    onset = symptom_onset(session, ci=ci, start=now - METRIC_LOOKBACK, end=now, metric=metric)
    if onset is None:
        return None
    placed = {"said": occasion.said, "metric": {"ci": ci, "metric": metric, "onset": onset.isoformat()}}
    return onset - LEAD, min(onset + TRAIL, now), placed


def place_occasion(
    session: Session,
    occasion: Occasion,
    *,
    ci: str | None,
    now: datetime,
    tz: str,
    lang: str,
    metric: str | None = None,
) -> tuple[datetime, datetime, dict[str, Any]]:
    """The window around the one occasion on record, with what placed it (a CI attribute recording its day
    of the month, else the events naming it, else — "cpu 튀었을때" — the CI's `metric` rising); raises
    AskedOtherwise when none places it or events on several occasions do."""
    if recorded := _recorded_day(session, occasion.words, now, tz):
        start, end, placed = recorded
        return start, end, {"said": occasion.said, **placed}
    words, rows = _naming(session, occasion.words, now)
    if not rows and (rose := _metric_rose(session, occasion, ci, metric, now)):
        return rose
    runs, ko, zone = _runs(rows), lang == "ko", ZoneInfo(tz)
    if len(runs) == 1:
        run = runs[0]
        first = run[0]
        placed = {
            "said": occasion.said,
            "words": words,
            "count": len(run),
            "first": {"ts": first["ts"].isoformat(), "ci": first["ci"], "message": first["message"]},
        }
        return first["ts"] - LEAD, min(run[-1]["ts"] + TRAIL, now), placed
    said, named = occasion.said, " ".join(words)
    if not runs:
        message = (
            f"'{said}'{josa(said, '이가')[-1]} 언제였는지 알 수 없습니다: 최근 {LOOKBACK.days}일 이벤트 중 "
            f"'{named}'{josa(named, '을를')[-1]} 말하는 것이 "
            "없습니다. 날짜나 시각을 넣어 다시 물어보세요."
            if ko
            else f"I cannot tell when '{said}' was: no event of the last {LOOKBACK.days} days mentions "
            f"'{named}'. Ask again with a date or a time."
        )
        raise AskedOtherwise(message, occasion_options(ci or "", ko))
    days = [run[0]["ts"].astimezone(zone) for run in reversed(runs)][:MAX_OFFERED]  # the latest first
    listed = ", ".join(f"{d:%m-%d %H:%M}" for d in days)
    message = (
        f"'{said}'에 해당하는 때가 기록에 {len(runs)}번 있습니다 ({listed}, '{named}'{josa(named, '을를')[-1]} "
        "말하는 이벤트 기준). "
        "어느 날인지 골라 다시 물어보세요."
        if ko
        else f"'{said}' is on record {len(runs)} times ({listed}, by the events mentioning '{named}'). "
        "Ask again with the day."
    )
    raise AskedOtherwise(message, [_on_day(ci, day, ko) for day in days])


def _on_day(ci: str | None, day: datetime, ko: bool) -> str:
    """The why asked of one day."""
    if ko:
        return (
            f"{ci} {day.month}월 {day.day}일에 왜 문제였어?"
            if ci
            else f"{day.month}월 {day.day}일 장애 원인 뭐야?"
        )
    on = f"{day:%B} {day.day}"
    return f"why was {ci} failing on {on}?" if ci else f"what caused the trouble on {on}?"

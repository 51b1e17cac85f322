"""A problem said to follow a change ("X 1.7.0 배포하고 바로 터졌던데", "ownerapp-bff 6시45분에 배포하고 나서"):
the change's own time, from the CI's events, anchors the scan for the problem's onset."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from services.infra import event_queries
from services.ops.rca_evidence import CHANGE_EVENTS

LOOK_BACK = timedelta(days=14)  # no time said: the CI's newest change in the last two weeks
NEAR_SAID = timedelta(
    minutes=45
)  # a time said ("9시반에 배포하고"): a change this close to it, morning or evening
FOLLOWS = timedelta(hours=3)  # the trouble a change caused begins within hours of it
MAX_EVENTS = 500
CHANGE_WORDS = re.compile(
    r"배포|릴리스|패치|트랜스포트|업그레이드|deploy|release|rollout|transport|upgrade", re.I
)


def _is_change(event: dict[str, Any], said: str | None) -> bool:
    changed = event["type"] in CHANGE_EVENTS or CHANGE_WORDS.search(event["message"] or "") is not None
    return changed and (said is None or said.lower() in (event["message"] or "").lower())


def change_anchor(
    session: Session, *, ci: str, at: datetime, now: datetime, said: str | None
) -> tuple[datetime, datetime] | None:
    """(scan start, scan end) from the change of `ci` the question means: with a version `said`, its change
    nearest the time of day said (on any day of the last two weeks); else the one within NEAR_SAID of the
    time said (read as morning or evening, 12 hours apart) when `at` is in the past, else the newest change at
    that time of day on another day; with no time said, the newest. None when the CI has no such change."""
    rows = event_queries.events(session, ci=ci, start=now - LOOK_BACK, end=now, limit=MAX_EVENTS)
    changes = [r for r in rows if _is_change(r, said)]
    if said and changes:  # the version names the change: of its deploys, the one at the time of day said
        return _following(min(changes, key=lambda r: (_clock_apart(r["ts"], at), now - r["ts"]))["ts"], now)
    if at < now - timedelta(minutes=5):
        readings = [at + timedelta(hours=h) for h in (0, -12, 12) if at + timedelta(hours=h) <= now]
        near = [
            (abs(r["ts"] - reading), r["ts"])
            for r in changes
            for reading in readings
            if abs(r["ts"] - reading) <= NEAR_SAID
        ]
        if not near:  # "1시20분 배포 후": that time of day on another day (the newest such change)
            other_days = [r["ts"] for r in changes if _clock_apart(r["ts"], at) <= NEAR_SAID]
            return _following(max(other_days), now) if other_days else None
        changed = min(near)[1]
    elif changes:
        changed = changes[0]["ts"]  # newest first
    else:
        return None
    return _following(changed, now)


def change_within(
    session: Session, *, ci: str, start: datetime, end: datetime, said: str | None
) -> tuple[datetime, datetime] | None:
    """(scan start, scan end) from the first change of `ci` inside the window the question named ("수욜 X
    배포 후에 터졌는데"): the trouble it caused follows it; None when the CI changed nothing then."""
    rows = event_queries.events(session, ci=ci, start=start, end=end, limit=MAX_EVENTS)
    changes = [r["ts"] for r in rows if _is_change(r, said)]
    return _following(min(changes), end) if changes else None


def _following(changed: datetime, now: datetime) -> tuple[datetime, datetime]:
    return changed, min(changed + FOLLOWS, now)


def _clock_apart(ts: datetime, at: datetime) -> timedelta:
    """How far apart the times of day of `ts` and `at` are, morning or evening (12 hours apart) alike."""
    minutes = abs((ts - at).total_seconds() / 60) % (12 * 60)
    return timedelta(minutes=min(minutes, 12 * 60 - minutes))

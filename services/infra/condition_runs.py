"""Since when a metric condition has held: "since when has db-01's disk been above 80%?".

The answer is the current run: the samples of one CI and metric up to `at` that satisfy `value <op>
bound`, where a break shorter than BRIEF_DIP (a value hovering around the bound) does not end it. When
the newest sample does not satisfy it, the answer is when it last did. Only `LOOKBACK` is read, as a
range scan of the primary key.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.core.errors import ValidationFailed
from services.infra.queries import as_utc, ci_id_of, metric_of

LOOKBACK = timedelta(days=30)
BRIEF_DIP = timedelta(minutes=15)  # a shorter break does not end a run (noise around the bound)
OPERATORS: dict[str, Callable[[float, float], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}

_SAMPLES_SQL = """
SELECT ts, value FROM metric_samples
WHERE ci_id = :c AND metric_id = :m AND ts > :floor AND ts <= :at ORDER BY ts
"""


def _run_start(stamps: list[datetime], holds: list[bool]) -> tuple[int, int]:
    """Index where the run ending at the newest sample began, and how many brief dips it spans."""
    start, dips, k = len(stamps) - 1, 0, len(stamps) - 1
    while k >= 0:
        if holds[k]:
            start, k = k, k - 1
            continue
        first = k
        while first > 0 and not holds[first - 1]:
            first -= 1
        if stamps[k + 1] - stamps[first] >= BRIEF_DIP:
            break
        dips, k = dips + 1, first - 1
    return start, dips


def condition_since(
    session: Session,
    ci: str,
    metric: str,
    op: str,
    bound: float,
    at: datetime,
    lookback: timedelta = LOOKBACK,
) -> dict[str, Any] | None:
    """The current run of `metric <op> bound` on `ci` up to `at`, or None without samples in `lookback`.

    {ci, metric, unit, op, bound, value, ts, holds, since, dips, whole_lookback, last_held}: `since` is the
    first sample of the run ending at the newest sample, breaks shorter than BRIEF_DIP (`dips`) aside (None
    when the newest sample does not hold); `whole_lookback` says the run reaches back to the oldest sample
    read, so `since` is a lower bound.
    """
    if op not in OPERATORS:
        raise ValidationFailed(f"unknown operator '{op}'; expected one of {', '.join(OPERATORS)}")
    metric_id, unit = metric_of(session, metric)
    at = as_utc(at)
    rows = session.execute(
        text(_SAMPLES_SQL), {"c": ci_id_of(session, ci), "m": metric_id, "floor": at - lookback, "at": at}
    ).all()
    if not rows:
        return None
    stamps = [row[0] for row in rows]
    holds = [OPERATORS[op](float(row[1]), bound) for row in rows]
    run = {"ci": ci, "metric": metric, "unit": unit, "op": op, "bound": float(bound)}
    run |= {"value": float(rows[-1][1]), "ts": stamps[-1], "holds": holds[-1]}
    if not holds[-1]:
        last = next((stamps[k] for k in range(len(rows) - 1, -1, -1) if holds[k]), None)
        return run | {"since": None, "dips": 0, "whole_lookback": False, "last_held": last}
    start, dips = _run_start(stamps, holds)
    return run | {"since": stamps[start], "dips": dips, "whole_lookback": start == 0, "last_held": stamps[-1]}

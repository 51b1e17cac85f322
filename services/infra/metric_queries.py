"""Metric queries: the latest sample, window aggregates, top-N, thresholds and bucketed series.

Every per-CI query names one CI, one metric and a time window, so it runs as a range scan of the primary
key (ci_id, metric_id, ts). Estate-wide queries (top-N, thresholds) do the same once per candidate CI
through a LATERAL join instead of scanning the whole time range of the table.
Windows are half-open: [start, end). Naive datetimes are taken as UTC.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.core.clock import utcnow
from services.core.errors import ValidationFailed
from services.infra.queries import (
    OPERATORS,
    aggregate_sql,
    aggregate_value,
    as_utc,
    checked_window,
    ci_filter_sql,
    ci_id_of,
    metric_of,
)


def latest(session: Session, ci: str, metric: str, at: datetime | None = None) -> dict[str, Any] | None:
    """The last sample of `metric` on `ci` at or before `at` (default now), or None when there is none."""
    ci_id = ci_id_of(session, ci)
    metric_id, unit = metric_of(session, metric)
    row = session.execute(
        text(
            "SELECT ts, value FROM metric_samples WHERE ci_id = :c AND metric_id = :m AND ts <= :at "
            "ORDER BY ts DESC LIMIT 1"
        ),
        {"c": ci_id, "m": metric_id, "at": as_utc(at or utcnow())},
    ).first()
    if row is None:
        return None
    return {"ci": ci, "metric": metric, "value": float(row[1]), "ts": row[0], "unit": unit}


def window_aggregate(
    session: Session, ci: str, metric: str, agg: str, start: datetime, end: datetime
) -> float | None:
    """`agg` (avg, min, max, sum, count, p95) of `metric` on `ci` over [start, end); None without samples.

    count returns 0 for an empty window; p95 interpolates linearly between samples.
    """
    expr = aggregate_sql(agg)
    start, end = checked_window(start, end)
    ci_id = ci_id_of(session, ci)
    metric_id, _ = metric_of(session, metric)
    value = session.execute(
        text(
            f"SELECT {expr} FROM metric_samples s WHERE s.ci_id = :c AND s.metric_id = :m "
            "AND s.ts >= :start AND s.ts < :end"
        ),
        {"c": ci_id, "m": metric_id, "start": start, "end": end},
    ).scalar_one()
    return aggregate_value(value, agg)


def _per_ci_aggregates(
    session: Session,
    metric: str,
    agg: str,
    start: datetime,
    end: datetime,
    filters: dict[str, Any] | None,
    extra: str,
    params: dict[str, Any],
) -> list[dict[str, Any]]:
    expr = aggregate_sql(agg)
    start, end = checked_window(start, end)
    metric_id, _ = metric_of(session, metric)
    params.update({"m": metric_id, "start": start, "end": end})
    where = ci_filter_sql(filters, params)
    sql = (
        "SELECT c.name AS ci, a.value FROM cis c CROSS JOIN LATERAL ("
        f"  SELECT {expr} AS value, count(*) AS n FROM metric_samples s"
        "   WHERE s.ci_id = c.id AND s.metric_id = :m AND s.ts >= :start AND s.ts < :end) a"
        f" WHERE a.n > 0{where} {extra}"
    )
    return [
        {"ci": row[0], "value": aggregate_value(row[1], agg)} for row in session.execute(text(sql), params)
    ]


def top_n(
    session: Session,
    metric: str,
    agg: str,
    start: datetime,
    end: datetime,
    n: int = 10,
    filters: dict[str, Any] | None = None,
    order: str = "desc",
) -> list[dict[str, Any]]:
    """The `n` CIs with the highest (order="desc") or lowest `agg` of `metric` over [start, end)."""
    if order not in ("asc", "desc"):
        raise ValidationFailed("order must be 'asc' or 'desc'")
    params: dict[str, Any] = {"n": max(1, int(n))}
    return _per_ci_aggregates(
        session,
        metric,
        agg,
        start,
        end,
        filters,
        f"ORDER BY a.value {order.upper()}, c.name LIMIT :n",
        params,
    )


def fleet_aggregate(
    session: Session,
    metric: str,
    agg: str,
    start: datetime,
    end: datetime,
    filters: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """`agg` of `metric` over every sample in [start, end) of the CIs matching `filters`, and how many CIs."""
    expr = aggregate_sql(agg)
    start, end = checked_window(start, end)
    metric_id, _ = metric_of(session, metric)
    params: dict[str, Any] = {"m": metric_id, "start": start, "end": end}
    where = ci_filter_sql(filters, params)
    row = session.execute(
        text(
            f"SELECT {expr}, count(DISTINCT s.ci_id) FROM metric_samples s JOIN cis c ON c.id = s.ci_id "
            f"WHERE s.metric_id = :m AND s.ts >= :start AND s.ts < :end{where}"
        ),
        params,
    ).one()
    return {"value": aggregate_value(row[0], agg), "cis": int(row[1])}


def threshold(
    session: Session,
    metric: str,
    agg: str,
    op: str,
    value: float,
    start: datetime,
    end: datetime,
    filters: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """CIs whose `agg` of `metric` over [start, end) satisfies `<agg> <op> value`, most extreme first."""
    if op not in OPERATORS:
        raise ValidationFailed(f"unknown operator '{op}'; expected one of {', '.join(OPERATORS)}")
    direction = "DESC" if op.startswith(">") else "ASC"
    params: dict[str, Any] = {"v": float(value)}
    return _per_ci_aggregates(
        session,
        metric,
        agg,
        start,
        end,
        filters,
        f"AND a.value {op} :v ORDER BY a.value {direction}, c.name",
        params,
    )


def series(
    session: Session,
    ci: str,
    metric: str,
    start: datetime,
    end: datetime,
    step_seconds: int,
    agg: str = "avg",
) -> list[dict[str, Any]]:
    """`agg` of `metric` on `ci` per `step_seconds` bucket of [start, end), buckets aligned on `start`.

    Buckets without samples are omitted.
    """
    expr = aggregate_sql(agg)
    if int(step_seconds) < 1:
        raise ValidationFailed("step must be at least 1 second")
    start, end = checked_window(start, end)
    ci_id = ci_id_of(session, ci)
    metric_id, _ = metric_of(session, metric)
    rows = session.execute(
        text(
            f"SELECT date_bin(make_interval(secs => :step), s.ts, :start) AS bucket, {expr} AS value "
            "FROM metric_samples s WHERE s.ci_id = :c AND s.metric_id = :m "
            "AND s.ts >= :start AND s.ts < :end "
            "GROUP BY bucket ORDER BY bucket"
        ),
        {"step": int(step_seconds), "c": ci_id, "m": metric_id, "start": start, "end": end},
    )
    return [{"ts": row[0], "value": aggregate_value(row[1], agg)} for row in rows]

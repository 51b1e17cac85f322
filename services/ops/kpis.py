"""OPS observability: KPIs of the questions asked over a window, from the traces and their spans.

Outcomes: `ok`; `unclear` (the question was not understood: status `unclear` or an unclear reason on
the route_plan span); `refused` (any other refusal); `error`. Latency p50/p95 per stage and for the whole
run; LLM calls, tokens and cost from the planner's usage when an LLM planned; the most frequent unclear
questions (what users ask that OPS cannot answer yet). `platform_metrics` gives the same numbers as flat
values for CEP rules to watch.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session

from services.core.clock import utcnow
from services.core.errors import ValidationFailed
from services.core.security import Principal, require
from services.ops.service import STAGES, UNCLEAR_REASONS

READ = "ops:watch"
WINDOWS: dict[str, timedelta] = {
    "1h": timedelta(hours=1),
    "24h": timedelta(hours=24),
    "7d": timedelta(days=7),
    "30d": timedelta(days=30),
}
OUTCOMES = ("ok", "unclear", "refused", "error")
TOP_UNCLEAR = 10

_WINDOW = "t.created_at >= :since AND t.created_at < :until"
_UNCLEAR_REASONS = ", ".join(f"'{reason}'" for reason in UNCLEAR_REASONS)
_OUTCOME = f"""CASE WHEN t.status = 'ok' THEN 'ok' WHEN t.status = 'error' THEN 'error'
  WHEN t.status = 'unclear' OR p.output_summary->>'reason' IN ({_UNCLEAR_REASONS}) THEN 'unclear'
  ELSE 'refused' END"""
_FROM = (
    f"FROM ops_traces t LEFT JOIN ops_spans p ON p.trace_id = t.id AND p.stage = 'route_plan' WHERE {_WINDOW}"
)
_OUTCOMES_SQL = f"SELECT t.route, {_OUTCOME} AS outcome, count(*) {_FROM} GROUP BY 1, 2"
_SERIES_SQL = f"SELECT date_trunc(:bucket, t.created_at) AS at, {_OUTCOME} AS outcome, count(*) {_FROM} GROUP BY 1, 2 ORDER BY 1"
_LATENCY_SQL = f"""
SELECT s.stage, count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY s.duration_ms),
       percentile_cont(0.95) WITHIN GROUP (ORDER BY s.duration_ms)
FROM ops_spans s JOIN ops_traces t ON t.id = s.trace_id WHERE {_WINDOW} GROUP BY s.stage
UNION ALL
SELECT 'total', count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY t.duration_ms),
       percentile_cont(0.95) WITHIN GROUP (ORDER BY t.duration_ms)
FROM ops_traces t WHERE {_WINDOW}
"""
_LLM_SQL = f"""
SELECT count(u), coalesce(sum((u->>'calls')::int), 0), coalesce(sum((u->>'prompt_tokens')::bigint), 0),
       coalesce(sum((u->>'completion_tokens')::bigint), 0), coalesce(sum((u->>'total_tokens')::bigint), 0),
       coalesce(sum((u->>'cost')::float8), 0), count(*) FILTER (WHERE u->>'fallback' NOT IN ('no_model'))
FROM (SELECT p.output_summary->'usage' AS u {_FROM}) x WHERE u IS NOT NULL AND u->>'model' IS NOT NULL
"""
_UNCLEAR_SQL = f"""
SELECT min(t.question), count(*), max(t.created_at) {_FROM} AND {_OUTCOME} = 'unclear'
GROUP BY lower(btrim(t.question)) ORDER BY 2 DESC, 3 DESC LIMIT :top
"""


class StageLatency(BaseModel):
    stage: str
    count: int
    p50_ms: float
    p95_ms: float


class LlmUsage(BaseModel):
    runs: int = 0
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    cost: float = 0.0
    fallbacks: int = 0


class UnclearQuestion(BaseModel):
    question: str
    count: int
    last_at: datetime


class SeriesPoint(BaseModel):
    at: datetime
    ok: int = 0
    unclear: int = 0
    refused: int = 0
    error: int = 0


class OpsKpis(BaseModel):
    """KPIs of the questions asked in [since, until)."""

    window: str
    since: datetime
    until: datetime
    questions: int
    outcomes: dict[str, int]
    rates: dict[str, float]
    per_route: dict[str, int]
    latency: list[StageLatency]
    llm: LlmUsage
    unclear_top: list[UnclearQuestion]
    series: list[SeriesPoint]


def _span(window: str, now: datetime | None) -> dict[str, Any]:
    if window not in WINDOWS:
        raise ValidationFailed(
            f"window: one of {', '.join(WINDOWS)}",
            details={"field": "window"},
            key="kpi_window",
            params={"allowed": ", ".join(WINDOWS)},
        )
    until = now or utcnow()
    return {"since": until - WINDOWS[window], "until": until}


def kpis(session: Session, *, actor: Principal, window: str = "24h", now: datetime | None = None) -> OpsKpis:
    """The OPS KPIs over the last `window` (1h, 24h, 7d, 30d) before `now`."""
    require(actor, READ)
    params = _span(window, now)
    outcomes = dict.fromkeys(OUTCOMES, 0)
    per_route: dict[str, int] = {}
    for route, outcome, count in session.execute(text(_OUTCOMES_SQL), params).all():
        outcomes[outcome] += count
        per_route[route] = per_route.get(route, 0) + count
    total = sum(outcomes.values())
    order = {stage: i for i, stage in enumerate((*STAGES, "total"))}
    latency = sorted(
        (
            StageLatency(stage=s, count=n, p50_ms=round(p50 or 0, 2), p95_ms=round(p95 or 0, 2))
            for s, n, p50, p95 in session.execute(text(_LATENCY_SQL), params).all()
            if n
        ),
        key=lambda row: order.get(row.stage, len(order)),
    )
    runs, calls, prompt, completion, tokens, cost, fallbacks = session.execute(text(_LLM_SQL), params).one()
    llm = LlmUsage(
        runs=runs,
        calls=calls,
        prompt_tokens=prompt,
        completion_tokens=completion,
        total_tokens=tokens,
        cost=round(float(cost), 6),
        fallbacks=fallbacks,
    )
    unclear = [
        UnclearQuestion(question=q, count=n, last_at=at)
        for q, n, at in session.execute(text(_UNCLEAR_SQL), {**params, "top": TOP_UNCLEAR}).all()
    ]
    bucket = "hour" if WINDOWS[window] <= timedelta(days=1) else "day"
    points: dict[datetime, SeriesPoint] = {}
    for at, outcome, count in session.execute(text(_SERIES_SQL), {**params, "bucket": bucket}).all():
        setattr(points.setdefault(at, SeriesPoint(at=at)), outcome, count)
    return OpsKpis(
        window=window,
        since=params["since"],
        until=params["until"],
        questions=total,
        outcomes=outcomes,
        rates={k: round(v / total, 4) if total else 0.0 for k, v in outcomes.items()},
        per_route=per_route,
        latency=latency,
        llm=llm,
        unclear_top=unclear,
        series=list(points.values()),
    )


PLATFORM_METRICS = (
    "ops_questions",
    *(f"ops_{outcome}_rate" for outcome in OUTCOMES),
    "ops_latency_p95_ms",
    "ops_llm_cost",
    "ops_llm_fallbacks",
)


def platform_metrics(session: Session, now: datetime | None = None) -> dict[str, float]:
    """The last hour's OPS numbers as flat metrics (for CEP rules): volume, outcome rates, p95, cost."""
    from services.core.security import SYSTEM

    hour = kpis(session, actor=SYSTEM, window="1h", now=now)
    total = next((row for row in hour.latency if row.stage == "total"), None)
    return {
        "ops_questions": float(hour.questions),
        **{f"ops_{outcome}_rate": rate * 100 for outcome, rate in hour.rates.items()},
        "ops_latency_p95_ms": total.p95_ms if total else 0.0,
        "ops_llm_cost": hour.llm.cost,
        "ops_llm_fallbacks": float(hour.llm.fallbacks),
    }

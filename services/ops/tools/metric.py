"""metric_query: latest value, window aggregate, top-N, threshold, series of a metric, and since when."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from services.infra import metric_queries, queries
from services.infra.condition_runs import OPERATORS, condition_since
from services.ops.thresholds import threshold_levels
from services.ops.tools import AskedOtherwise, ToolContext, ToolResult, captured_sql, register
from services.ops.tools.contracts import MetricQueryArgs


def _sql_reference(statements: list[str]) -> list[dict[str, str]]:
    """The statements that read samples (name lookups are not part of the answer)."""
    reads = [sql for sql in statements if "metric_samples" in sql] or statements
    return [{"kind": "sql", "text": sql} for sql in reads]


COMBINE: dict[str, Callable[[list[float]], float]] = {
    "avg": statistics.fmean,
    "max": max,
    "min": min,
    "sum": sum,
}


def _fleet(s: Any, args: MetricQueryArgs) -> dict[str, Any]:
    """One figure across many CIs, plus the per-CI values behind it."""
    metric, agg, start, end = args.needs("metric", "agg", "start", "end")
    filters = args.filter_values() or None
    rows = metric_queries.top_n(
        s, metric, "last" if args.latest else agg, start, end, n=args.n, filters=filters
    )
    if args.latest:  # the current value of each CI, combined
        values = [r["value"] for r in rows if r["value"] is not None]
        combine = COMBINE.get(agg, statistics.fmean)
        return {"value": combine(values) if values else None, "cis": len(values), "rows": rows}
    return {**metric_queries.fleet_aggregate(s, metric, agg, start, end, filters=filters), "rows": rows}


def _beyond(s: Any, args: MetricQueryArgs) -> dict[str, Any]:
    """How many 5-minute samples of one CI satisfy `cmp value` in the window, and when the first and last were."""
    ci, metric, agg, cmp, bound, start, end = args.needs(
        "ci", "metric", "agg", "cmp", "value", "start", "end"
    )
    points = metric_queries.series(s, ci, metric, start, end, 300, agg=agg)
    hits = [p for p in points if p["value"] is not None and OPERATORS[cmp](p["value"], bound)]
    return {
        "count": len(hits),
        "first": hits[0]["ts"] if hits else None,
        "last": hits[-1]["ts"] if hits else None,
    }


def _with_breach(s: Any, row: dict[str, Any]) -> dict[str, Any]:
    """A snapshot row with the worst threshold level its value is past (`breach`), if any."""
    levels = threshold_levels(s, row["metric"], row["unit"])
    level = next(((limit, severity) for limit, severity in levels if row["value"] >= limit), None)
    return {**row, "breach": {"threshold": level[0], "severity": level[1]} if level else None}


def _since(s: Any, args: MetricQueryArgs) -> dict[str, Any] | None:
    """The current run of `ci`'s metric beyond the bound asked for, else beyond its warning threshold;
    then, when the value is past a stricter level now, that level's run too (`worse`, with its severity)."""
    ci, metric, at = args.needs("ci", "metric", "at")
    if args.cmp is not None and args.value is not None:
        return condition_since(s, ci, metric, args.cmp, args.value, at)
    unit = next((m["unit"] for m in queries.metric_catalog(s) if m["name"] == metric), "")
    levels = threshold_levels(s, metric, unit)
    if not levels:
        return {"ci": ci, "metric": metric, "no_threshold": True}
    run = condition_since(s, ci, metric, ">=", levels[-1][0], at)  # the mildest: the first one crossed
    if run is None or not run["holds"]:
        return run
    worst = next(((limit, severity) for limit, severity in levels[:-1] if run["value"] >= limit), None)
    if worst is not None and (worse := condition_since(s, ci, metric, ">=", worst[0], at)):
        run["worse"] = worse | {"severity": worst[1]}
    return run


class NotMeasured(AskedOtherwise):
    """The CI never had a sample of the metric asked for: no answer as asked. `details` holds the
    questions about the metrics it does have."""


_MEASURED_SQL = text(
    "SELECT m.name FROM metric_catalog m JOIN cis c ON lower(c.name) = lower(:ci) WHERE EXISTS "
    "(SELECT 1 FROM metric_samples s WHERE s.ci_id = c.id AND s.metric_id = m.id) ORDER BY m.name"
)


def _check_measured(ctx: ToolContext, ci: str, metric: str) -> None:
    """Raise NotMeasured when `ci` has no sample of `metric` at all (a gap in a window is no reason)."""
    measured = list(ctx.session.execute(_MEASURED_SQL, {"ci": ci}).scalars())
    if metric in measured:
        return
    ko = ctx.lang == "ko"
    listed = ", ".join(measured) or ("없음" if ko else "none")
    message = (
        f"{ci}에는 {metric} 메트릭이 수집되지 않습니다. 수집되는 메트릭: {listed}."
        if ko
        else f"{ci} has no {metric} metric. Its metrics: {listed}."
    )
    asks = [f"{ci} {m} 지금 몇이야?" if ko else f"{m} of {ci} now?" for m in measured[:3]]
    hosts = list(ctx.session.execute(_HOSTS_MEASURED_SQL, {"ci": ci, "metric": metric}).scalars())
    if hosts:  # a database's disk is its server's: the question about the host it runs on, offered first
        message += (
            f" {ci}가 실행되는 {hosts[0]}에는 있습니다." if ko else f" {hosts[0]}, which it runs on, has it."
        )
        asks = [f"{hosts[0]} {metric} 지금 몇이야?" if ko else f"{metric} of {hosts[0]} now?", *asks[:2]]
    raise NotMeasured(message, asks)


_HOSTS_MEASURED_SQL = text(
    "SELECT h.name FROM cis c JOIN ci_relations r ON r.source_id = c.id AND r.type = 'RUNS_ON' "
    "JOIN cis h ON h.id = r.target_id JOIN metric_catalog m ON m.name = :metric "
    "WHERE lower(c.name) = lower(:ci) AND EXISTS "
    "(SELECT 1 FROM metric_samples s WHERE s.ci_id = h.id AND s.metric_id = m.id) ORDER BY h.name"
)


_ANY_MEASURED_SQL = text(
    "SELECT EXISTS (SELECT 1 FROM metric_samples s JOIN metric_catalog m ON m.id = s.metric_id "
    "JOIN cis c ON c.id = s.ci_id WHERE m.name = :metric AND c.name = ANY(:names))"
)
MAX_SCOPE = 10_000


def _check_scope_measured(ctx: ToolContext, metric: str, filters: dict[str, Any] | None) -> None:
    """Raise NotMeasured when no CI the filters pick has ever had a sample of `metric`: an empty ranking
    or "none above N" of queues' CPU would answer a question the data cannot."""
    names = [c["name"] for c in queries.search_cis(ctx.session, **(filters or {}), limit=MAX_SCOPE)[0]]
    if not names or ctx.session.execute(_ANY_MEASURED_SQL, {"metric": metric, "names": names}).scalar():
        return
    ko = ctx.lang == "ko"
    scope = ", ".join(f"{k}={v}" for k, v in (filters or {}).items() if k != "names") or "-"
    message = (
        f"조건({scope})에 맞는 CI {len(names)}개 중 {metric} 메트릭이 수집되는 CI가 없습니다."
        if ko
        else f"None of the {len(names)} CIs matching {scope} has a {metric} metric."
    )
    raise NotMeasured(message, [])


@register("metric_query", MetricQueryArgs)
def metric_query(ctx: ToolContext, args: MetricQueryArgs) -> ToolResult:
    op, s = args.op, ctx.session
    unit = next((m["unit"] for m in queries.metric_catalog(s) if m["name"] == args.metric), "")
    data: dict[str, Any] = {"op": op, "metric": args.metric, "unit": unit}
    with captured_sql(s) as statements:
        if op == "latest":
            ci, metric, at = args.needs("ci", "metric", "at")
            data["latest"] = metric_queries.latest(s, ci, metric, at=at)
            if data["latest"] is None:
                _check_measured(ctx, ci, metric)
        elif op == "snapshot":
            ci, at = args.needs("ci", "at")
            latest = [metric_queries.latest(s, ci, m["name"], at=at) for m in queries.metric_catalog(s)]
            data["rows"] = [_with_breach(s, row) for row in latest if row is not None]
        elif op == "aggregate":
            ci, metric, agg, start, end = args.needs("ci", "metric", "agg", "start", "end")
            data["value"] = metric_queries.window_aggregate(s, ci, metric, agg, start, end)
            if data["value"] is None:
                _check_measured(ctx, ci, metric)
            if args.cmp is not None:  # "ever above N": the samples beyond the bound, first and last
                data["beyond"] = _beyond(s, args)
        elif op == "top_n":
            metric, agg, start, end = args.needs("metric", "agg", "start", "end")
            filters = args.filter_values() or None
            data["rows"] = metric_queries.top_n(
                s, metric, agg, start, end, n=args.n, filters=filters, order=args.order
            )
            if not data["rows"] and filters:
                _check_scope_measured(ctx, metric, filters)
        elif op == "fleet":
            data.update(_fleet(s, args))
        elif op == "threshold":
            metric, agg, cmp, value, start, end = args.needs("metric", "agg", "cmp", "value", "start", "end")
            filters = args.filter_values() or None
            data["rows"] = metric_queries.threshold(s, metric, agg, cmp, value, start, end, filters=filters)
            if not data["rows"] and filters:
                _check_scope_measured(ctx, metric, filters)
        elif op == "since":
            data["run"] = _since(s, args)
        else:  # series
            ci, metric, start, end = args.needs("ci", "metric", "start", "end")
            data["points"] = metric_queries.series(s, ci, metric, start, end, args.step_seconds)
            if not data["points"]:
                _check_measured(ctx, ci, metric)
    return ToolResult(data, _sql_reference(statements))

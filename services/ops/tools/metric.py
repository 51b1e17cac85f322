"""metric_query: latest value, window aggregate, top-N, threshold and series of a metric."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from datetime import datetime
from typing import Any

from services.infra import queries
from services.ops.tools import ToolContext, ToolResult, captured_sql, register


def _t(value: str) -> datetime:
    return datetime.fromisoformat(value)


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


def _fleet(s: Any, metric: str, args: dict[str, Any]) -> dict[str, Any]:
    """One figure across many CIs, plus the per-CI values behind it."""
    start, end, filters = _t(args["start"]), _t(args["end"]), args.get("filters")
    per_ci_agg = "last" if args.get("latest") else args["agg"]
    rows = queries.top_n(s, metric, per_ci_agg, start, end, n=args.get("n", 100), filters=filters)
    if args.get("latest"):  # the current value of each CI, combined
        values = [r["value"] for r in rows if r["value"] is not None]
        combine = COMBINE.get(args["agg"], statistics.fmean)
        return {"value": combine(values) if values else None, "cis": len(values), "rows": rows}
    return {**queries.fleet_aggregate(s, metric, args["agg"], start, end, filters=filters), "rows": rows}


OPERATORS: dict[str, Callable[[float, float], bool]] = {
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
}


def _beyond(s: Any, args: dict[str, Any], metric: str) -> dict[str, Any]:
    """How many 5-minute samples of one CI satisfy `cmp value` in the window, and when the first and last were."""
    points = queries.series(s, args["ci"], metric, _t(args["start"]), _t(args["end"]), 300, agg=args["agg"])
    test = OPERATORS[args["cmp"]]
    hits = [p for p in points if p["value"] is not None and test(p["value"], float(args["value"]))]
    return {
        "count": len(hits),
        "first": hits[0]["ts"] if hits else None,
        "last": hits[-1]["ts"] if hits else None,
    }


@register("metric_query", "Metric values: latest, aggregate over a window, top-N, threshold, series")
def metric_query(ctx: ToolContext, args: dict[str, Any]) -> ToolResult:
    op, metric, s = args["op"], args.get("metric", ""), ctx.session
    unit = next((m["unit"] for m in queries.metric_catalog(s) if m["name"] == metric), "")
    data: dict[str, Any] = {"op": op, "metric": metric, "unit": unit}
    with captured_sql(s) as statements:
        if op == "latest":
            data["latest"] = queries.latest(s, args["ci"], metric, at=_t(args["at"]))
        elif op == "snapshot":
            latest = [
                queries.latest(s, args["ci"], m["name"], at=_t(args["at"])) for m in queries.metric_catalog(s)
            ]
            data["rows"] = [row for row in latest if row is not None]
        elif op == "aggregate":
            data["value"] = queries.window_aggregate(
                s, args["ci"], metric, args["agg"], _t(args["start"]), _t(args["end"])
            )
            if "cmp" in args:  # "ever above N": the samples beyond the bound, first and last
                data["beyond"] = _beyond(s, args, metric)
        elif op == "top_n":
            data["rows"] = queries.top_n(
                s,
                metric,
                args["agg"],
                _t(args["start"]),
                _t(args["end"]),
                n=args.get("n", 10),
                filters=args.get("filters"),
                order=args.get("order", "desc"),
            )
        elif op == "fleet":
            data.update(_fleet(s, metric, args))
        elif op == "threshold":
            data["rows"] = queries.threshold(
                s,
                metric,
                args["agg"],
                args["cmp"],
                args["value"],
                _t(args["start"]),
                _t(args["end"]),
                filters=args.get("filters"),
            )
        elif op == "series":
            data["points"] = queries.series(
                s, args["ci"], metric, _t(args["start"]), _t(args["end"]), args.get("step_seconds", 300)
            )
        else:
            raise ValueError(f"unknown metric_query op {op!r}")
    return ToolResult(data, _sql_reference(statements))

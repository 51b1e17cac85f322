"""One CI's metric over a period against the same period earlier: "orders-db 응답시간 지난주 대비 어때?",
"compare orders-db cpu today vs yesterday".

The earlier period is named by a shift word (yesterday, last week); the current one is the window the rest
of the question names (today, this week, the last 6 hours), else the last 24 hours. Both periods have the
same length and the same clock hours, so "today vs yesterday" at 10:00 compares 00:00–10:00 of each day.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from services.ops.plan import Plan, Route, Step
from services.ops.planner import lexicon as lx
from services.ops.planner.clock_windows import TimeWindow
from services.ops.planner.timeparse import parse_window

if TYPE_CHECKING:
    from services.ops.planner.parsing import Parsed

DEFAULT_PERIOD = timedelta(hours=24)
# "평소보다 느려?": now (the last hour) against the same hour the day before
USUAL_PERIOD = timedelta(hours=1)
COVERAGE_BUCKETS = 24


def period_compare_plan(p: Parsed, now: datetime, tz: str, agg: str | None) -> Plan | None:
    """Aggregate steps (the current period, the earlier one) and coarse series of both (to tell how much
    of each has data), or None when `p` is no such question."""
    cis, metrics = p.of("ci"), p.of("metric")
    shift_word = lx.PERIOD_SHIFT.search(p.residual)
    if len(cis) != 1 or len(metrics) != 1 or not shift_word or not lx.PERIOD_COMPARE.search(p.residual):
        return None
    shift = timedelta(days=7 if shift_word.group("week") else 1)
    a, b = shift_word.span()
    rest = p.residual[:a] + " " * (b - a) + p.residual[b:]
    current, _ = parse_window(rest, now, tz)
    if current is None or current.end <= now - shift:  # no current period named: the last 24 hours
        current = TimeWindow(now - DEFAULT_PERIOD, now, "last 24 hours")  # ("than usual": the last hour)
        if shift_word.group("usual"):
            current = TimeWindow(now - USUAL_PERIOD, now, "last 1 hour")
    args: dict[str, Any] = {"op": "aggregate", "ci": cis[0], "metric": metrics[0], "agg": agg or "avg"}
    periods = ((current.start, current.end), (current.start - shift, current.end - shift))
    steps = [
        Step(tool="metric_query", args={**args, "start": start.isoformat(), "end": end.isoformat()})
        for start, end in periods
    ]
    step_seconds = max(300, int((current.end - current.start).total_seconds() // COVERAGE_BUCKETS))
    steps += [  # coarse series: how much of each period has samples at all
        Step(
            tool="metric_query",
            args={
                **args,
                "op": "series",
                "start": s.args["start"],
                "end": s.args["end"],
                "step_seconds": step_seconds,
            },
        )
        for s in list(steps)
    ]
    return Plan(route=Route.AGGREGATE, steps=steps, intent="period_compare")

"""Since-when questions: "since when has db-01's disk been above 80%?", "report-service 언제부터 느렸어?".

One CI and one metric (named, or implied by a symptom word: slow → response time, full → disk) with a
since-when phrase; the bound is the one asked for, else the tool uses the metric's warning threshold.
A since-when phrase about one CI with no measure to read is unclear, never the CI's record.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from services.ops.plan import Plan, Route, Step
from services.ops.planner.lexicon_oncall import SINCE, SYMPTOM_METRICS

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed


RUN_STARTED = re.compile(r"\b(?:when|what time) did\b", re.I)  # a start asked of a run, not of a condition


def since_plan(p: Parsed, index: EntityIndex, now: datetime, bound: tuple[str, float] | None) -> Plan | None:
    """The plan of a since-when question, or None when `p` is not one."""
    cis = p.of("ci")
    if len(cis) != 1 or not p.says(SINCE):
        return None
    metrics = p.of("metric") or [
        metric
        for pattern, metric in SYMPTOM_METRICS
        if metric in index.metric_units and pattern.search(p.residual)
    ]
    if not metrics and RUN_STARTED.search(p.structure):
        return None  # "when did the batch start today?": its run's events say
    if not metrics:  # "since when has orders-db been like this?": the condition is not placed
        return Plan(route=Route.REJECT, intent="reject", reason="unclear")
    args: dict[str, Any] = {
        "op": "since",
        "ci": cis[0],
        "metric": metrics[0],
        "at": (p.moment or now).isoformat(),
    }
    if bound is not None:
        args.update(cmp=bound[0], value=bound[1])
    return Plan(route=Route.LOOKUP, steps=[Step(tool="metric_query", args=args)], intent="metric_since")

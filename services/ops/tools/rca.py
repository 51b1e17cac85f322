"""rca: ranked root-cause hypotheses for a CI's problem around a time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from services.ops.planner.entities import index_cache
from services.ops.rca import rank_causes
from services.ops.tools import ToolContext, ToolResult, register


def _labels(ctx: ToolContext) -> dict[str, str]:
    """Metric names as the answer's language calls them (Korean evidence reads '디스크 사용률')."""
    return {m: names.get(ctx.lang, m) for m, names in index_cache.get(ctx.session).metric_labels.items()}


@register(
    "rca",
    "Root-cause analysis: rank a CI and its dependencies as causes of a problem at a time or in a window",
)
def rca(ctx: ToolContext, args: dict[str, Any]) -> ToolResult:
    start, end = (datetime.fromisoformat(args[k]) if args.get(k) else None for k in ("start", "end"))
    result = rank_causes(
        ctx.session,
        ci=args["ci"],
        at=datetime.fromisoformat(args["at"]),
        metric=args.get("metric"),
        start=start,
        end=end,
        tz=ctx.tz,
        lang=ctx.lang,
        labels=_labels(ctx),
    )
    onset = result["onset"]
    return ToolResult(
        {
            "hypotheses": result["hypotheses"],
            "chain": result["chain"],
            "onset": onset.isoformat() if onset else None,
        },
        [{"kind": "sql", "text": s} for s in result["sql"]],
    )

"""rca: ranked root-cause hypotheses for a CI's problem around a time."""

from __future__ import annotations

from services.ops.planner.entities import index_cache
from services.ops.rca import rank_causes
from services.ops.tools import ToolContext, ToolResult, register
from services.ops.tools.contracts import RcaArgs


def _labels(ctx: ToolContext) -> dict[str, str]:
    """Metric names as the answer's language calls them (Korean evidence reads '디스크 사용률')."""
    return {m: names.get(ctx.lang, m) for m, names in index_cache.get(ctx.session).metric_labels.items()}


@register("rca", RcaArgs)
def rca(ctx: ToolContext, args: RcaArgs) -> ToolResult:
    result = rank_causes(
        ctx.session,
        ci=args.ci,
        at=args.at,
        metric=args.metric,
        start=args.start,
        end=args.end,
        tz=ctx.tz,
        lang=ctx.lang,
        labels=_labels(ctx),
        now=ctx.now,
    )
    onset, nearest = result["onset"], result.get("nearest")
    return ToolResult(
        {
            "hypotheses": result["hypotheses"],
            "chain": result["chain"],
            "onset": onset.isoformat() if onset else None,
            "nearest": nearest.isoformat() if nearest else None,
        },
        [{"kind": "sql", "text": s} for s in result["sql"]],
    )

"""rca: ranked root-cause hypotheses for a CI's problem around a time."""

from __future__ import annotations

from typing import Any

from services.infra.graph import get_graph_store
from services.ops.oncall import SEVERITY_RANK, threshold_breaches
from services.ops.planner.entities import index_cache
from services.ops.rca import rank_causes
from services.ops.tools import ToolContext, ToolResult, register
from services.ops.tools.contracts import RcaArgs

MAX_STANDING = 5


def _labels(ctx: ToolContext) -> dict[str, str]:
    """Metric names as the answer's language calls them (Korean evidence reads '디스크 사용률')."""
    return {m: names.get(ctx.lang, m) for m, names in index_cache.get(ctx.session).metric_labels.items()}


def _standing_breaches(ctx: ToolContext, args: RcaArgs) -> list[dict[str, Any]]:
    """Thresholds `args.ci` and what it depends on were past at the analysed moment although nothing
    changed against their baselines: a standing condition an empty analysis must not hide."""
    moment = min(args.end or args.at, ctx.now)
    names = [args.ci, *(r["name"] for r in get_graph_store().dependencies(args.ci, depth=6))]
    breaches = threshold_breaches(ctx.session, now=moment, names=names)
    breaches.sort(
        key=lambda b: (
            b["ci"] != args.ci,
            b["details"]["metric"] != args.metric,
            SEVERITY_RANK.get(b["severity"], 9),
            b["ci"],
        )
    )
    return [
        {"ci": b["ci"], "severity": b["severity"], "since": b["since"].isoformat(), **b["details"]}
        for b in breaches[:MAX_STANDING]
    ]


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
    standing = [] if result["hypotheses"] else _standing_breaches(ctx, args)
    return ToolResult(
        {
            "hypotheses": result["hypotheses"],
            "chain": result["chain"],
            "onset": onset.isoformat() if onset else None,
            "nearest": nearest.isoformat() if nearest else None,
            "standing": standing,
        },
        [{"kind": "sql", "text": s} for s in result["sql"]],
    )

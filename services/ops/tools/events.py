"""event_query: events of a CI or the estate in a window, listed or counted."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from services.infra import queries
from services.ops import oncall
from services.ops.tools import ToolContext, ToolResult, captured_sql, register


@register(
    "event_query",
    "Events by CI, severity and time window; listed or counted; a CI's timeline "
    "(events and metric changes); what is wrong across the estate now",
)
def event_query(ctx: ToolContext, args: dict[str, Any]) -> ToolResult:
    if args["op"] == "timeline":
        found = oncall.timeline(
            ctx.session,
            ci=args["ci"],
            start=datetime.fromisoformat(args["start"]),
            end=datetime.fromisoformat(args["end"]),
        )
        return ToolResult({"op": "timeline", **found}, [{"kind": "sql", "text": s} for s in found.pop("sql")])
    if args["op"] == "problems":
        found = oncall.estate_problems(ctx.session, now=datetime.fromisoformat(args["at"]))
        return ToolResult({"op": "problems", **found}, [{"kind": "sql", "text": s} for s in found.pop("sql")])
    limit = min(int(args.get("limit", 10**6)), int(ctx.policy.get("max_rows", 500)))
    with captured_sql(ctx.session) as statements:
        rows = queries.events(
            ctx.session,
            ci=args.get("ci"),
            severity=args.get("severity"),
            start=datetime.fromisoformat(args["start"]),
            end=datetime.fromisoformat(args["end"]),
            limit=limit,
            event_type=args.get("event_type"),
            min_severity=args.get("min_severity"),
        )
    filters = args.get("filters") or {}
    if filters:
        allowed = {c["name"] for c in queries.search_cis(ctx.session, **filters, limit=10_000)[0]}
        rows = [r for r in rows if r["ci"] in allowed]
    data = {
        "op": args["op"],
        "rows": rows,
        "count": len(rows),
        "ci": args.get("ci"),
        "severity": args.get("severity")
        or (f"{args['min_severity']}+" if args.get("min_severity") else None),
        "event_type": args.get("event_type"),
    }
    return ToolResult(data, [{"kind": "sql", "text": sql} for sql in statements if "events" in sql])

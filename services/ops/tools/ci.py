"""ci_lookup: one CI's fields and attributes, or a filtered search/count of CIs."""

from __future__ import annotations

from typing import Any

from services.core.errors import NotFound
from services.infra import queries
from services.ops.tools import ToolContext, ToolResult, captured_sql, register


@register("ci_lookup", "Configuration items: one CI's fields, or search/count by type, environment, status…")
def ci_lookup(ctx: ToolContext, args: dict[str, Any]) -> ToolResult:
    s, op = ctx.session, args["op"]
    with captured_sql(s) as statements:
        if op == "get":
            ci = queries.get_ci(s, args["name"])
            if ci is None:
                raise NotFound(f"unknown CI '{args['name']}'")
            data: dict[str, Any] = {"op": op, "ci": ci, "fields": args.get("fields", [])}
        else:
            limit = int(ctx.policy.get("max_rows", 500))
            rows, total = queries.search_cis(s, **args.get("filters", {}), limit=limit)
            data = {"op": op, "rows": rows, "total": total, "filters": args.get("filters", {})}
    return ToolResult(data, [{"kind": "sql", "text": sql} for sql in statements])

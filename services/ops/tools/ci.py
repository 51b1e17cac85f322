"""ci_lookup: one CI's fields and attributes, or a filtered search/count of CIs."""

from __future__ import annotations

from typing import Any

from services.core.errors import NotFound
from services.infra import queries
from services.ops.tools import ToolContext, ToolResult, captured_sql, register
from services.ops.tools.contracts import CiLookupArgs


@register("ci_lookup", CiLookupArgs)
def ci_lookup(ctx: ToolContext, args: CiLookupArgs) -> ToolResult:
    s = ctx.session
    with captured_sql(s) as statements:
        if args.op == "get":
            (name,) = args.needs("name")
            ci = queries.get_ci(s, name)
            if ci is None:
                raise NotFound(f"unknown CI '{name}'")
            expected = args.filter_values()
            data: dict[str, Any] = {"op": args.op, "ci": ci, "fields": args.fields, "expected": expected}
            data["differs"] = {  # the filters of a `get` are what the CI is checked against
                key: ci.get(key)
                for key, value in expected.items()
                if key != "attributes" and str(ci.get(key, "")).lower() != str(value).lower()
            }
        else:
            filters = args.filter_values()
            rows, total = queries.search_cis(s, **filters, limit=int(ctx.policy["max_rows"]))
            data = {"op": args.op, "rows": rows, "total": total, "filters": filters}
    return ToolResult(data, [{"kind": "sql", "text": sql} for sql in statements])

"""ci_lookup: one CI's fields and attributes, or a filtered search/count of CIs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlmodel import Session

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
            checks = _checks(s, ci, args.filter_values(), int(ctx.policy["max_rows"]))
            data: dict[str, Any] = {"op": args.op, "ci": ci, "fields": args.fields, "checks": checks}
            data["total"] = args.total
            asked = [f.removeprefix("attributes.") for f in args.fields or [] if f.startswith("attributes.")]
            if missing := [key for key in asked if key not in ci["attributes"]]:
                data["hosts"] = _host_values(s, ci["name"], missing)
        else:
            filters = args.filter_values()
            rows, total = queries.search_cis(s, **filters, limit=int(ctx.policy["max_rows"]))
            data = {"op": args.op, "rows": rows, "total": total, "filters": filters}
            if total:
                data["values_unmatched"] = _values_unmatched(s, filters)
            if args.op == "sum":  # "게이트웨이들 툴 수 다 합치면": one key's numbers added up
                (field,) = args.fields
                key = field.removeprefix("attributes.")
                data["key"] = key
                data["sum"], data["counted"], _ = queries.sum_attribute(s, key, **filters)
    return ToolResult(data, [{"kind": "sql", "text": sql} for sql in statements])


def _values_unmatched(s: Session, filters: dict[str, Any]) -> list[list[str]]:
    """[key, value] of each value of a list filter ("oracle or postgres") that no CI matches alone: the
    answer says so, since the CIs found hold only the others."""
    attributes = filters.get("attributes") or {}
    return [
        [key, str(value)]
        for key, values in attributes.items()
        if isinstance(values, list)
        for value in values
        if not queries.search_cis(s, **{**filters, "attributes": {**attributes, key: value}}, limit=1)[1]
    ]


_HOSTS_SQL = """
SELECT h.name, h.attributes FROM ci_relations r JOIN cis c ON c.id = r.source_id JOIN cis h ON h.id = r.target_id
WHERE c.name = :name AND r.type = 'RUNS_ON' ORDER BY h.name
"""


def _host_values(s: Session, name: str, keys: list[str]) -> list[dict[str, Any]]:
    """The `keys` a CI lacks, as recorded on the hosts it runs on ("the gate OCR server's IP" is its
    host's): [{host, key, value}]."""
    return [
        {"host": host, "key": key, "value": attributes[key]}
        for host, attributes in s.execute(text(_HOSTS_SQL), {"name": name})
        for key in keys
        if key in (attributes or {})
    ]


def _checks(s: Session, ci: dict[str, Any], expected: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    """The filters of a `get`, each checked against the CI: field, asked, actual value and whether it
    matches (attribute values by the search's own match rules)."""
    checks = [
        {
            "field": key,
            "asked": value,
            "actual": ci.get(key),
            "matches": str(ci.get(key, "")).lower() == str(value).lower(),
        }
        for key, value in expected.items()
        if key != "attributes"
    ]
    for key, value in (expected.get("attributes") or {}).items():
        rows, _ = queries.search_cis(s, q=ci["name"], attributes={key: value}, limit=limit)
        matches = ci["name"] in {row["name"] for row in rows}
        checks.append({"field": key, "asked": value, "actual": ci["attributes"].get(key), "matches": matches})
    return checks

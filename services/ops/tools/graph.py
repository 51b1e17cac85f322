"""graph_query: neighbours, dependencies, dependents (impact), paths and subgraphs via the graph store."""

from __future__ import annotations

from typing import Any

from services.infra.graph import get_graph_store
from services.ops.tools import ToolContext, ToolResult, register


@register(
    "graph_query", "Topology: neighbours, dependencies, dependents/impact, path between two CIs, subgraph"
)
def graph_query(ctx: ToolContext, args: dict[str, Any]) -> ToolResult:
    store = get_graph_store()
    op, ci = args["op"], args["ci"]
    rel_types = args.get("rel_types")
    depth = int(args.get("depth", 1))
    data: dict[str, Any] = {"op": op, "ci": ci}
    if op == "neighbors":
        rows = store.neighbors(ci, direction=args.get("direction", "both"), rel_types=rel_types)
        data["rows"] = [
            {"name": r["name"], "type": r["type"], "relation": r["relation"], "depth": 1} for r in rows
        ]
    elif op in ("dependencies", "dependents"):
        reach = store.dependencies if op == "dependencies" else store.dependents
        data["rows"] = reach(ci, depth=depth, rel_types=rel_types)
    elif op == "path":
        data["path"] = store.shortest_path(
            ci, args["target"], rel_types=rel_types, max_depth=int(ctx.policy.get("max_graph_depth", 6))
        )
        data["target"] = args["target"]
    elif op == "subgraph":
        data["graph"] = store.subgraph(
            ci, depth=depth, direction=args.get("direction", "both"), rel_types=rel_types
        )
    else:
        raise ValueError(f"unknown graph_query op {op!r}")
    if "rows" in data and args.get("types"):
        data["other_types"] = [r for r in data["rows"] if r["type"] not in args["types"]]
        data["rows"] = [r for r in data["rows"] if r["type"] in args["types"]]
    query = store.last_query()  # the answer's own query, before the drawing's subgraph query below
    if "rows" in data and op != "subgraph":
        data["graph"] = store.subgraph(
            ci,
            depth=max(1, min(depth, 6)),
            rel_types=rel_types,
            direction="out"
            if op == "dependencies"
            else "in"
            if op == "dependents"
            else args.get("direction", "both"),
        )
    references = [{"kind": store.query_kind, "text": query}] if query else []
    return ToolResult(data, references)

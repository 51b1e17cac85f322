"""graph_query: neighbours, dependencies, dependents (impact), paths and subgraphs via the graph store."""

from __future__ import annotations

from typing import Any

from services.infra.graph import get_graph_store
from services.ops.tools import ToolContext, ToolResult, register


def _follow(a: str, b: str, rel_types: list[str] | None, max_depth: int) -> list[dict[str, Any]] | None:
    """The edges of the shortest path a → b along edge directions (lexicographically smallest names)."""
    graph = get_graph_store().subgraph(a, depth=max_depth, direction="out", rel_types=rel_types)
    out: dict[str, list[dict[str, Any]]] = {}
    into: dict[str, list[str]] = {}
    for edge in graph["edges"]:
        out.setdefault(edge["source"], []).append(edge)
        into.setdefault(edge["target"], []).append(edge["source"])
    distance, frontier = {b: 0}, [b]  # hops to b, walking the edges backwards
    while frontier and a not in distance:
        reached = []
        for node in frontier:
            for source in into.get(node, []):
                if source not in distance:
                    distance[source] = distance[node] + 1
                    reached.append(source)
        frontier = reached
    if a not in distance:
        return None
    edges, at = [], a
    while at != b:
        step = min(
            (e for e in out.get(at, []) if distance.get(e["target"]) == distance[at] - 1),
            key=lambda e: (e["target"], e["type"]),
        )
        edges.append(step)
        at = step["target"]
    return edges


def directed_path(a: str, b: str, rel_types: list[str] | None, max_depth: int) -> dict[str, Any] | None:
    """A path that follows the edges' direction (a needs … needs b, or b needs … needs a), listed from a
    to b; None when neither exists, so the caller falls back to the store's undirected shortest path."""
    forward = _follow(a, b, rel_types, max_depth)
    if forward is not None:
        return {"nodes": [a, *(e["target"] for e in forward)], "edges": forward}
    backward = _follow(b, a, rel_types, max_depth)
    if backward is None:
        return None
    nodes = [b, *(e["target"] for e in backward)]
    return {"nodes": nodes[::-1], "edges": backward[::-1]}


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
        max_depth = int(ctx.policy.get("max_graph_depth", 6))
        data["path"] = directed_path(ci, args["target"], rel_types, max_depth) or store.shortest_path(
            ci, args["target"], rel_types=rel_types, max_depth=max_depth
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

"""graph_query: neighbours, dependencies, dependents (impact), paths and subgraphs via the graph store."""

from __future__ import annotations

import re
from typing import Any, Literal

from services.infra import queries
from services.infra.graph import get_graph_store
from services.ops.tools import ToolContext, ToolResult, register
from services.ops.tools.contracts import GraphQueryArgs


def _walk(graph: dict[str, Any], start: str, goal: str) -> list[dict[str, str]] | None:
    """The edges of the shortest path along edge directions in `graph` (ties: smaller names first)."""
    out: dict[str, list[dict[str, str]]] = {}
    for edge in sorted(graph["edges"], key=lambda e: (e["target"], e["type"])):
        out.setdefault(edge["source"], []).append(edge)
    came: dict[str, dict[str, str] | None] = {start: None}
    frontier = [start]
    while frontier and goal not in came:
        following = []
        for node in frontier:
            for edge in out.get(node, []):
                if edge["target"] not in came:
                    came[edge["target"]] = edge
                    following.append(edge["target"])
        frontier = following
    if goal not in came:
        return None
    edges, node = [], goal
    while (edge := came[node]) is not None:
        edges.append(edge)
        node = edge["source"]
    return edges[::-1]


def _directed_path(
    store: Any, a: str, b: str, rel_types: list[str] | None, depth: int
) -> dict[str, Any] | None:
    """A path that follows the dependency direction (a → … → b, else b → … → a shown from a), so a hop
    count means how far one depends on the other; None when neither reaches the other."""
    for source, goal in ((a, b), (b, a)):
        edges = _walk(store.subgraph(source, depth=depth, direction="out", rel_types=rel_types), source, goal)
        if edges is not None:
            nodes = [source, *(e["target"] for e in edges)]
            return {"nodes": nodes if source == a else nodes[::-1], "edges": edges}
    return None


def _reach(store: Any, a: str, b: str, rel_types: list[str] | None, depth: int) -> dict[str, Any] | None:
    """The shortest path a → … → b along edge directions within `depth` hops, None when a does not
    reach b."""
    edges = _walk(store.subgraph(a, depth=depth, direction="out", rel_types=rel_types), a, b)
    return None if edges is None else {"nodes": [a, *(e["target"] for e in edges)], "edges": edges}


def _matching(ctx: ToolContext, rows: list[dict[str, Any]], filters: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows whose CI matches `filters` (the CI search's own match rules)."""
    if not rows:
        return rows
    found, _ = queries.search_cis(ctx.session, **filters, first=[r["name"] for r in rows], limit=len(rows))
    keep = {r["name"] for r in found}
    return [r for r in rows if r["name"] in keep]


DRAWN: dict[str, Literal["out", "in"]] = {"dependencies": "out", "dependents": "in"}  # the drawing's way


def _narrowed(ctx: ToolContext, args: GraphQueryArgs, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The rows of the far end's types and fields, without the CIs left out ("who else …"), with what
    was set aside and why."""
    data: dict[str, Any] = {}
    if args.types:
        data["other_types"] = [r for r in rows if r["type"] not in args.types]
        rows = [r for r in rows if r["type"] in args.types]
    if args.besides:  # "who else depends on it?": not the CI already asked about
        left_out = {name.lower() for name in args.besides}
        rows = [r for r in rows if r["name"].lower() not in left_out]
        data["besides"] = args.besides
    if filters := args.filter_values():
        rows = _matching(ctx, rows, filters)
        data["filters"] = filters
    if args.which:  # "X 1번 서버", "X의 primary 호스트": the one of them asked for
        rows, data["picked_by"] = _picked(ctx, rows, args.which)
        data["which"] = args.which
    return {**data, "rows": rows}


ROLE_WORDS = {  # what records call the one that serves and the one that waits
    "primary": ("primary", "master", "active", "main"),
    "standby": ("standby", "secondary", "replica", "passive", "slave", "backup"),
}
TRAILING_NUMBER = re.compile(r"(\d+)[^\d]*$")
TRAILING_LETTER = re.compile(r"[-_.]([a-z])$", re.I)  # `hist-a`, `hist-b`: the first and second


def _picked(ctx: ToolContext, rows: list[dict[str, Any]], which: str) -> tuple[list[dict[str, Any]], str]:
    """The rows `which` picks, and how: by the number or letter a name ends with ("suffix"), else by
    the order of names ("name_order"), or by a role word their records hold ("role"); [] when none is
    that one."""
    if which.isdigit():
        n = int(which)
        numbered = [r for r in rows if (m := TRAILING_NUMBER.search(r["name"])) and int(m.group(1)) == n]
        lettered = [
            r for r in rows if (m := TRAILING_LETTER.search(r["name"])) and ord(m.group(1).lower()) - 96 == n
        ]
        if numbered or lettered:
            return numbered or lettered, "suffix"
        return sorted(rows, key=lambda r: r["name"])[n - 1 : n], "name_order"
    words = ROLE_WORDS.get(which.lower(), (which.lower(),))
    records, _ = queries.search_cis(ctx.session, names=[r["name"] for r in rows], limit=max(1, len(rows)))
    holding = {
        record["name"]
        for record in records
        if any(
            re.search(rf"(?<![a-z]){word}(?![a-z])", str(value).lower())
            for value in (record.get("attributes") or {}).values()
            for word in words
        )
    }
    return [r for r in rows if r["name"] in holding], "role"


@register("graph_query", GraphQueryArgs)
def graph_query(ctx: ToolContext, args: GraphQueryArgs) -> ToolResult:
    store = get_graph_store()
    op, ci, rel_types, depth = args.op, args.ci, args.rel_types, args.depth
    data: dict[str, Any] = {"op": op, "ci": ci}
    if op == "neighbors":
        rows = store.neighbors(ci, direction=args.direction, rel_types=rel_types)
        data["rows"] = [
            {"name": r["name"], "type": r["type"], "relation": r["relation"], "depth": 1} for r in rows
        ]
    elif op in ("dependencies", "dependents"):
        reach = store.dependencies if op == "dependencies" else store.dependents
        data["rows"] = reach(ci, depth=depth, rel_types=rel_types)
        if args.either_way:  # "X 의존하는거": nothing says which way, so the other way is answered too
            other_op = "dependents" if op == "dependencies" else "dependencies"
            other_reach = store.dependencies if other_op == "dependencies" else store.dependents
            data["other"] = {"op": other_op, "rows": other_reach(ci, depth=depth, rel_types=rel_types)}
    elif op == "shared":  # what both CIs reach (direction out: dependencies; in: dependents)
        (target,) = args.needs("target")
        reach = store.dependencies if args.direction == "out" else store.dependents
        first = reach(ci, depth=depth, rel_types=rel_types)
        second = {r["name"] for r in reach(target, depth=depth, rel_types=rel_types)}
        data["rows"] = [r for r in first if r["name"] in second and r["name"] != target]
        data["target"] = target
    elif op == "path" and args.direction == "out":  # "does A depend on B?": A → … → B only
        (target,) = args.needs("target")
        max_depth = int(ctx.policy["max_graph_depth"])
        data["path"] = _reach(store, ci, target, rel_types, min(depth, max_depth))
        if data["path"] is None:  # a "no" says what holds instead: further away, or the other way round
            data["farther"] = _reach(store, ci, target, rel_types, max_depth)
            data["reverse"] = _reach(store, target, ci, rel_types, max_depth)
        data["target"] = target
    elif op == "path":
        (target,) = args.needs("target")
        max_depth = int(ctx.policy["max_graph_depth"])
        data["path"] = _directed_path(store, ci, target, rel_types, max_depth) or store.shortest_path(
            ci, target, rel_types=rel_types, max_depth=max_depth
        )
        data["target"] = target
    else:  # subgraph
        data["graph"] = store.subgraph(ci, depth=depth, direction=args.direction, rel_types=rel_types)
    if "rows" in data:
        data.update(_narrowed(ctx, args, data["rows"]))
    if "other" in data:
        data["other"]["rows"] = _narrowed(ctx, args, data["other"]["rows"])["rows"]
    query = store.last_query()  # the answer's own query, before the drawing's subgraph query below
    if "rows" in data and op != "subgraph":
        data["graph"] = store.subgraph(
            ci,
            depth=max(1, min(depth, 6)),
            rel_types=rel_types,
            direction="both" if args.either_way else DRAWN.get(op, args.direction),  # both ways answered
        )
    references = [{"kind": store.query_kind, "text": query}] if query else []
    return ToolResult(data, references)

"""The graph contract's test data: a small estate with cycles, diamonds, parallel edges and islands."""

from __future__ import annotations

import itertools
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.infra.graph.neo4j_store import Neo4jGraphStore

# name: (type, environment, status)
CIS: dict[str, tuple[str, str, str]] = {
    "lb-1": ("load_balancer", "prod", "active"),
    "web": ("service", "prod", "active"),
    "api": ("service", "prod", "active"),
    "worker": ("service", "prod", "maintenance"),
    "db-main": ("database", "prod", "active"),
    "db-replica": ("database", "prod", "active"),
    "cache": ("cache", "prod", "active"),
    "queue": ("queue", "prod", "active"),
    "host-1": ("host", "prod", "active"),
    "host-2": ("host", "prod", "active"),
    "host-3": ("host", "prod", "active"),
    "svc-a": ("service", "staging", "active"),
    "svc-b": ("service", "staging", "active"),
    "svc-c": ("service", "staging", "active"),
    "loopy": ("service", "dev", "active"),
    "island": ("storage", "dev", "retired"),
    "iso-a": ("service", "dev", "active"),
    "iso-b": ("database", "dev", "active"),
    **{f"chain-{i:02d}": ("service", "dev", "active") for i in range(13)},
}
D, R, C = "DEPENDS_ON", "RUNS_ON", "CONNECTS_TO"
RELATIONS: list[tuple[str, str, str]] = [
    ("lb-1", "web", C),
    ("lb-1", "api", C),
    ("web", "api", D),
    ("web", "cache", D),
    ("web", "cache", C),  # parallel edges of two types
    ("api", "db-main", D),
    ("api", "cache", D),
    ("api", "queue", D),  # diamond web → {api, cache}
    ("worker", "queue", D),
    ("worker", "db-main", D),
    ("web", "host-1", R),
    ("api", "host-1", R),
    ("api", "host-2", R),
    ("worker", "host-2", R),
    ("db-main", "host-3", R),
    ("db-replica", "host-3", R),
    ("db-main", "db-replica", C),
    ("db-replica", "db-main", C),  # 2-cycle
    ("svc-a", "svc-b", D),
    ("svc-b", "svc-c", D),
    ("svc-c", "svc-a", D),
    ("svc-c", "db-main", D),  # 3-cycle
    ("loopy", "loopy", D),
    ("loopy", "queue", D),  # self-loop
    ("iso-a", "iso-b", D),  # separate component
    *[(f"chain-{i:02d}", f"chain-{i + 1:02d}", D) for i in range(12)],
]


def insert(
    session: Session, cis: dict[str, tuple[str, str, str]], relations: list[tuple[str, str, str]]
) -> None:
    """Write CIs and relations with plain SQL and commit."""
    if cis:
        session.execute(
            text(
                "INSERT INTO cis (name, type, environment, owner, location, status) "
                "VALUES (:n, :t, :e, '', '', :s)"
            ),
            [{"n": n, "t": t, "e": e, "s": s} for n, (t, e, s) in cis.items()],
        )
    if relations:
        session.execute(
            text(
                "INSERT INTO ci_relations (source_id, target_id, type) "
                "SELECT s.id, t.id, :type FROM cis s, cis t WHERE s.name = :s AND t.name = :t"
            ),
            [{"s": s, "t": t, "type": k} for s, t, k in relations],
        )
    session.commit()


def wipe(store: Neo4jGraphStore) -> None:
    """Delete every node and relationship (the schema stays)."""
    store.run("MATCH (n) DETACH DELETE n", {}, write=True, record=False)


def counts(store: Neo4jGraphStore) -> tuple[int, int]:
    """(CI nodes, relationships) in the Neo4j graph."""
    row = store.run(
        "MATCH (n:CI) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r", {}
    )
    return int(row[0]["n"]), int(row[0]["r"])


def nb(name: str, type_: str, relation: str, direction: str) -> dict[str, str]:
    """A neighbors() item."""
    return {"name": name, "type": type_, "relation": relation, "direction": direction}


def reach(*items: tuple[int, str]) -> list[dict[str, Any]]:
    """dependencies()/dependents() items from (depth, name) pairs."""
    return [{"name": name, "type": CIS[name][0], "depth": depth} for depth, name in items]


def path(nodes: list[str], *edges: tuple[str, str, str]) -> dict[str, Any]:
    """A shortest_path() answer."""
    return {"nodes": nodes, "edges": [{"source": s, "target": t, "type": k} for s, t, k in edges]}


def node(name: str) -> dict[str, str]:
    """A subgraph() node of the standard estate."""
    type_, env, status = CIS[name]
    return {"id": name, "type": type_, "environment": env, "status": status}


def reference_reach(
    edges: list[tuple[str, str, str]], start: str, depth: int, types: list[str], incoming: bool
) -> list[dict[str, Any]]:
    """dependencies()/dependents() computed in plain Python (breadth-first, minimum depth)."""
    adj: dict[str, set[str]] = {}
    for s, t, k in edges:
        if k in types:
            a, b = (t, s) if incoming else (s, t)
            adj.setdefault(a, set()).add(b)
    dist, frontier = {start: 0}, [start]
    for level in range(1, depth + 1):
        frontier = sorted({n for f in frontier for n in adj.get(f, ()) if n not in dist})
        dist.update((n, level) for n in frontier)
    return sorted(
        ({"name": n, "depth": d} for n, d in dist.items() if n != start),
        key=lambda x: (x["depth"], x["name"]),
    )


def reference_path(
    edges: list[tuple[str, str, str]], a: str, b: str, types: list[str], max_depth: int
) -> dict[str, Any] | None:
    """shortest_path() computed in plain Python: undirected, smallest name sequence, smallest edge."""
    adj: dict[str, set[str]] = {}
    for s, t, k in edges:
        if k in types:
            adj.setdefault(s, set()).add(t)
            adj.setdefault(t, set()).add(s)
    dist, frontier = {b: 0}, [b]
    while frontier and a not in dist:
        level = dist[frontier[0]] + 1
        frontier = sorted({n for f in frontier for n in adj.get(f, ()) if n not in dist})
        dist.update((n, level) for n in frontier)
    if a not in dist or dist[a] > max_depth:
        return None
    nodes = [a]
    while nodes[-1] != b:
        here = nodes[-1]
        nodes.append(min(n for n in adj[here] if dist.get(n) == dist[here] - 1))
    hops = []
    for u, v in itertools.pairwise(nodes):
        options = [(k, s, t) for s, t, k in edges if k in types and {s, t} == {u, v}]
        k, s, t = min(options)
        hops.append((s, t, k))
    return path(nodes, *hops)

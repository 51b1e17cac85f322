"""The CMDB graph store: one protocol, two implementations with identical behaviour.

`PostgresGraphStore` (recursive CTEs over `cis`/`ci_relations`, the embedded default) and
`Neo4jGraphStore` (Cypher over a graph kept in sync by `services.infra.graph.sync`).
All operations take CI names and return plain dicts; an unknown CI raises NotFound, a bad
argument ValidationFailed. Shared semantics:

- Relation types default to all of RELATION_TYPES; `rel_types` narrows them.
- `dependencies` follows outgoing edges (what X needs), `dependents` incoming edges (what breaks
  when X fails); each reachable CI is reported once with its minimum hop count, sorted by
  (depth, name); the start CI itself is never reported, even when a cycle leads back to it.
- `shortest_path` treats edges as undirected: impact and connectivity questions care that two
  CIs are linked, not which way the edge points. Among all shortest paths it returns the one
  whose node-name sequence is lexicographically smallest; between two consecutive nodes it
  reports the edge with the smallest (type, source name). Edges keep their real direction.
- `subgraph` returns the CIs within `depth` hops of the start (following `direction`) and every
  edge of the selected types between them (the induced subgraph), sorted by name.
- Depths are 1..MAX_DEPTH. Names are compared by code point (Python's `str` order).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal, Protocol, runtime_checkable

from services.core.errors import NotFound, ValidationFailed
from services.infra.models import RELATION_TYPES

MAX_DEPTH = 10
QUERY_TIMEOUT_S = 10.0  # a read that takes longer is cancelled by the database
DIRECTIONS = ("out", "in", "both")
Direction = Literal["out", "in", "both"]


@runtime_checkable
class GraphStore(Protocol):
    """Read operations over the CI graph; see the module docstring for the shared semantics."""

    backend: str  # "postgres" | "neo4j"
    query_kind: str  # "sql" | "cypher" — the OPS reference block's kind

    def neighbors(
        self, name: str, direction: str = "out", rel_types: Sequence[str] | None = None
    ) -> list[dict[str, Any]]:
        """Directly related CIs: [{"name", "type", "relation", "direction"}]."""
        ...

    def dependencies(
        self, name: str, depth: int = 3, rel_types: Sequence[str] | None = None
    ) -> list[dict[str, Any]]:
        """What `name` depends on (outgoing edges, transitively): [{"name", "type", "depth"}]."""
        ...

    def dependents(
        self, name: str, depth: int = 3, rel_types: Sequence[str] | None = None
    ) -> list[dict[str, Any]]:
        """Who depends on `name` (incoming edges, transitively): [{"name", "type", "depth"}]."""
        ...

    def reach_of(
        self,
        names: Sequence[str],
        depth: int = 3,
        direction: str = "out",
        rel_types: Sequence[str] | None = None,
    ) -> dict[str, list[dict[str, Any]]]:
        """`dependencies` (direction "out") or `dependents` ("in") of each of `names` at once: name → its
        rows ([] for a name no CI has)."""
        ...

    def shortest_path(
        self, a: str, b: str, rel_types: Sequence[str] | None = None, max_depth: int = 6
    ) -> dict[str, Any] | None:
        """{"nodes": [names], "edges": [{"source", "target", "type"}]} or None when not linked."""
        ...

    def subgraph(
        self, name: str, depth: int = 2, direction: str = "both", rel_types: Sequence[str] | None = None
    ) -> dict[str, Any]:
        """{"nodes": [{"id", "type", "environment", "status"}], "edges": [{"source", "target", "type"}]}."""
        ...

    def last_query(self) -> str | None:
        """The SQL or Cypher text of the last operation run by this thread (with its parameters)."""
        ...


def check_depth(depth: int, what: str = "depth") -> int:
    """`depth` when it is an int in 1..MAX_DEPTH, else ValidationFailed."""
    if isinstance(depth, bool) or not isinstance(depth, int):
        raise ValidationFailed(f"{what} must be an integer", details={what: depth})
    if not 1 <= depth <= MAX_DEPTH:
        raise ValidationFailed(
            f"{what} must be between 1 and {MAX_DEPTH}, got {depth}", details={what: depth}
        )
    return depth


def check_direction(direction: str) -> str:
    """`direction` when it is one of out, in, both."""
    if direction not in DIRECTIONS:
        raise ValidationFailed(
            f"direction must be one of {', '.join(DIRECTIONS)}, got '{direction}'",
            details={"direction": direction},
        )
    return direction


def check_reach_direction(direction: str) -> str:
    """`direction` when it is one a reach follows: out (dependencies) or in (dependents)."""
    if direction not in ("out", "in"):
        raise ValidationFailed(
            f"direction must be out or in, got '{direction}'", details={"direction": direction}
        )
    return direction


def check_rel_types(rel_types: Iterable[str] | None) -> list[str]:
    """The relation types to follow (sorted, deduplicated); all of them when None."""
    if rel_types is None:
        return sorted(RELATION_TYPES)
    if isinstance(rel_types, str):
        rel_types = [rel_types]
    chosen = sorted({str(t).upper() for t in rel_types})
    unknown = [t for t in chosen if t not in RELATION_TYPES]
    if unknown or not chosen:
        raise ValidationFailed(
            f"relation types must be among {', '.join(RELATION_TYPES)}, got {', '.join(unknown) or 'none'}",
            details={"rel_types": list(rel_types)},
        )
    return chosen


class TransitiveQueries:
    """`dependencies` and `dependents` for stores that implement `_reach(name, depth, rel_types, direction)`."""

    def _reach(
        self, name: str, depth: int, rel_types: Sequence[str] | None, direction: str
    ) -> list[dict[str, Any]]:
        raise NotImplementedError

    def dependencies(
        self, name: str, depth: int = 3, rel_types: Sequence[str] | None = None
    ) -> list[dict[str, Any]]:
        """What `name` depends on (outgoing edges, transitively): [{"name", "type", "depth"}]."""
        return self._reach(name, depth, rel_types, "out")

    def dependents(
        self, name: str, depth: int = 3, rel_types: Sequence[str] | None = None
    ) -> list[dict[str, Any]]:
        """Who depends on `name` (incoming edges, transitively): [{"name", "type", "depth"}]."""
        return self._reach(name, depth, rel_types, "in")

    def reach_of(
        self,
        names: Sequence[str],
        depth: int = 3,
        direction: str = "out",
        rel_types: Sequence[str] | None = None,
    ) -> dict[str, list[dict[str, Any]]]:
        """`dependencies` (direction "out") or `dependents` ("in") of each of `names`: one traversal each
        (a store that can do better overrides it); [] for a name no CI has."""
        check_reach_direction(direction)
        reached = {}
        for name in names:
            try:
                reached[name] = self._reach(name, depth, rel_types, direction)
            except NotFound:
                reached[name] = []
        return reached


def get_graph_store() -> GraphStore:
    """The configured store: Neo4j when `SPA_NEO4J_URI` is set, else PostgreSQL.

    Choosing Neo4j also registers the CMDB sync hook, so later CMDB writes reach the graph.
    """
    from services.core.settings import get_settings

    settings = get_settings()
    if settings.neo4j_uri:
        from services.infra.graph.neo4j_store import shared_store
        from services.infra.graph.sync import register_cmdb_hook

        register_cmdb_hook()
        return shared_store(settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password)
    from services.infra.graph.postgres import PostgresGraphStore

    return PostgresGraphStore()


__all__ = [
    "DIRECTIONS",
    "MAX_DEPTH",
    "QUERY_TIMEOUT_S",
    "Direction",
    "GraphStore",
    "TransitiveQueries",
    "check_depth",
    "check_direction",
    "check_rel_types",
    "get_graph_store",
]

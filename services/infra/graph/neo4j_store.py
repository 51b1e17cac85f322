"""The graph store over Neo4j (official driver, Cypher).

The graph mirrors the CMDB (see `services.infra.graph.sync`): one `:CI` node per CI keyed by its
unique `name` (with type, environment, owner, location, status), one relationship per CMDB
relation with the relation type as its Neo4j type. Relation types are interpolated into patterns
only after `check_rel_types` accepted them, and depths only after `check_depth`; every other value
is a parameter. Needs Neo4j 5.21 or later (`ANY SHORTEST` path selectors); tests use 5.26.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from neo4j import Driver, GraphDatabase, Query, RoutingControl

from services.core.errors import NotFound
from services.infra.graph import (
    QUERY_TIMEOUT_S,
    TransitiveQueries,
    check_depth,
    check_direction,
    check_rel_types,
)

_ARROWS = {"out": ("-", "->"), "in": ("<-", "-"), "both": ("-", "-")}
# the driver's defaults (30 s each) would hold an answer half a minute while Neo4j is down; a graph
# question fails within seconds instead, and the trace analysis names the unreachable database
CONNECT_TIMEOUT_S = 5.0
RETRY_TIME_S = 3.0


def _pattern(direction: str, types: list[str], variable: str = "", hops: str = "") -> tuple[str, str]:
    """Left and right halves of a relationship pattern, e.g. ("-[r:A|B*1..3]", "->")."""
    left, right = _ARROWS[direction]
    return f"{left}[{variable}:{'|'.join(types)}{hops}]", right


class Neo4jGraphStore(TransitiveQueries):
    """GraphStore over a Neo4j database; owns its driver unless one is passed in."""

    backend = "neo4j"
    query_kind = "cypher"

    def __init__(
        self,
        uri: str | None = None,
        user: str = "neo4j",
        password: str = "",
        *,
        driver: Driver | None = None,
        database: str | None = None,
    ) -> None:
        if driver is None:
            if not uri:
                raise ValueError("Neo4jGraphStore needs a bolt URI or a driver")
            driver = GraphDatabase.driver(
                uri,
                auth=(user, password) if password else None,
                connection_timeout=CONNECT_TIMEOUT_S,
                max_transaction_retry_time=RETRY_TIME_S,
            )
            self._owns_driver = True
        else:
            self._owns_driver = False
        self.driver = driver
        self.database = database
        self._local = threading.local()

    def close(self) -> None:
        """Close the driver if this store created it."""
        if self._owns_driver:
            self.driver.close()

    # --- plumbing ---------------------------------------------------------------------------------

    def last_query(self) -> str | None:
        """The Cypher of the last operation run by this thread, with its parameters as a comment."""
        return getattr(self._local, "query", None)

    @property
    def query_text(self) -> str | None:
        """Alias of `last_query()`."""
        return self.last_query()

    def run(
        self, cypher: str, params: dict[str, Any], *, write: bool = False, record: bool = True
    ) -> list[Any]:
        """Run one statement in a managed (retried) transaction and return its records."""
        if record:
            self._local.query = f"{cypher}\n// params: {json.dumps(params, default=str)}"
        query = cypher if write else Query(cypher, timeout=QUERY_TIMEOUT_S)  # type: ignore[arg-type]
        records, _, _ = self.driver.execute_query(
            query,
            params,
            database_=self.database,
            routing_=RoutingControl.WRITE if write else RoutingControl.READ,
        )
        return list(records)

    def _require(self, *names: str) -> None:
        rows = self.run("MATCH (n:CI) WHERE n.name IN $names RETURN n.name AS name", {"names": list(names)})
        found = {row["name"] for row in rows}
        for name in names:
            if name not in found:
                raise NotFound(f"unknown CI '{name}'", details={"name": name})

    # --- operations -------------------------------------------------------------------------------

    def neighbors(
        self, name: str, direction: str = "out", rel_types: Sequence[str] | None = None
    ) -> list[dict[str, Any]]:
        """Directly related CIs: [{"name", "type", "relation", "direction"}]."""
        direction = check_direction(direction)
        types = check_rel_types(rel_types)
        parts = []
        for d in ("out", "in"):
            if direction in (d, "both"):
                left, right = _pattern(d, types, "r")
                item = f"{{name: n.name, type: n.type, relation: type(r), direction: '{d}'}}"
                parts.append(f"[(s){left}{right}(n) | {item}]")
        cypher = f"MATCH (s:CI {{name: $name}})\nRETURN {' + '.join(parts)} AS found"
        rows = self.run(cypher, {"name": name})
        if not rows:
            raise NotFound(f"unknown CI '{name}'", details={"name": name})
        found = [dict(item) for item in rows[0]["found"]]
        return sorted(found, key=lambda n: (n["name"], n["relation"], n["direction"]))

    def _reach(
        self, name: str, depth: int, rel_types: Sequence[str] | None, direction: str
    ) -> list[dict[str, Any]]:
        depth = check_depth(depth)
        types = check_rel_types(rel_types)
        left, right = _pattern(direction, types)
        cypher = (
            "MATCH (s:CI {name: $name})\n"
            f"OPTIONAL MATCH p = ANY SHORTEST (s){left}{right}{{1,{depth}}}(n:CI)\n"
            "RETURN s.name AS start, n.name AS name, n.type AS type, length(p) AS depth"
        )
        rows = self.run(cypher, {"name": name})
        if not rows:
            raise NotFound(f"unknown CI '{name}'", details={"name": name})
        found = [
            {"name": r["name"], "type": r["type"], "depth": int(r["depth"])}
            for r in rows
            if r["name"] is not None and r["name"] != name
        ]
        return sorted(found, key=lambda n: (n["depth"], n["name"]))

    def shortest_path(
        self, a: str, b: str, rel_types: Sequence[str] | None = None, max_depth: int = 6
    ) -> dict[str, Any] | None:
        """The shortest undirected path a … b (see the package docstring for the tie-break), or None."""
        max_depth = check_depth(max_depth, "max_depth")
        types = check_rel_types(rel_types)
        self._require(a, b)
        if a == b:
            return {"nodes": [a], "edges": []}
        rel = ":" + "|".join(types)
        cypher = (
            "MATCH (a:CI {name: $a}), (b:CI {name: $b})\n"
            f"MATCH p = allShortestPaths((a)-[{rel}*..{max_depth}]-(b))\n"
            "WITH p ORDER BY [n IN nodes(p) | n.name] LIMIT 1\n"
            "WITH nodes(p) AS ns\n"
            "UNWIND range(0, size(ns) - 2) AS i\n"
            "WITH i, ns[i] AS u, ns[i + 1] AS v\n"
            f"RETURN i, [(u)-[r{rel}]-(v) | {{source: startNode(r).name, target: endNode(r).name, type: type(r)}}]"
            " AS options\n"
            "ORDER BY i"
        )
        rows = self.run(cypher, {"a": a, "b": b})
        if not rows:
            return None
        nodes = [a]
        edges = []
        for r in rows:  # of the edges between two consecutive nodes, the smallest (type, source)
            edge = min((dict(o) for o in r["options"]), key=lambda o: (o["type"], o["source"]))
            nodes.append(edge["target"] if edge["source"] == nodes[-1] else edge["source"])
            edges.append({"source": edge["source"], "target": edge["target"], "type": edge["type"]})
        return {"nodes": nodes, "edges": edges}

    def subgraph(
        self, name: str, depth: int = 2, direction: str = "both", rel_types: Sequence[str] | None = None
    ) -> dict[str, Any]:
        """CIs within `depth` hops and the edges among them: {"nodes": [...], "edges": [...]}."""
        depth = check_depth(depth)
        direction = check_direction(direction)
        types = check_rel_types(rel_types)
        left, right = _pattern(direction, types, hops=f"*1..{depth}")
        rel = ":" + "|".join(types)
        cypher = (
            "MATCH (s:CI {name: $name})\n"
            f"OPTIONAL MATCH (s){left}{right}(n:CI)\n"
            "WITH s, collect(DISTINCT n) AS found\n"
            "WITH [s] + [x IN found WHERE x <> s] AS picked\n"
            "UNWIND picked AS x\n"
            f"OPTIONAL MATCH (x)-[r{rel}]->(y:CI) WHERE y IN picked\n"
            "RETURN x.name AS id, x.type AS type, x.environment AS environment, x.status AS status,\n"
            "       [e IN collect({source: x.name, target: y.name, type: type(r)})\n"
            "        WHERE e.target IS NOT NULL] AS edges"
        )
        rows = self.run(cypher, {"name": name})
        if not rows:
            raise NotFound(f"unknown CI '{name}'", details={"name": name})
        nodes = [
            {"id": r["id"], "type": r["type"], "environment": r["environment"], "status": r["status"]}
            for r in rows
        ]
        edges = [dict(e) for r in rows for e in r["edges"]]
        return {
            "nodes": sorted(nodes, key=lambda n: n["id"]),
            "edges": sorted(edges, key=lambda e: (e["source"], e["target"], e["type"])),
        }


@lru_cache(maxsize=4)
def shared_store(uri: str, user: str, password: str) -> Neo4jGraphStore:
    """One store (and driver connection pool) per configured server, shared by the process."""
    return Neo4jGraphStore(uri, user, password)

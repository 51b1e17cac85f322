"""The graph store over PostgreSQL: recursive CTEs on `cis` / `ci_relations`.

Traversals are breadth-first with one row per level: each level carries its frontier (the CIs first
reached at that depth) and the array of every CI visited so far. A CI enters the frontier only if it
is not yet visited, so each CI is expanded once, at its minimum depth; cycles cannot loop and the
work is bounded by the edges of the visited CIs, never by the number of paths. Depth is capped as
well. Shortest paths search from both ends at once (see `_PATH_SQL`). Name ordering inside SQL
uses COLLATE "C" (code-point order, as Python and Neo4j).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, text

from services.core.errors import NotFound
from services.infra.graph import (
    QUERY_TIMEOUT_S,
    TransitiveQueries,
    check_depth,
    check_direction,
    check_reach_direction,
    check_rel_types,
)

_STEP = {
    "out": "SELECT r.target_id AS id FROM ci_relations r\n"
    "            WHERE r.source_id = ANY(b.frontier) AND r.type = ANY(:types)",
    "in": "SELECT r.source_id AS id FROM ci_relations r\n"
    "            WHERE r.target_id = ANY(b.frontier) AND r.type = ANY(:types)",
}


def _bfs_cte(direction: str, many: bool = False) -> str:
    """The `bfs(start, depth, frontier, visited)` CTE from :start (`many`: from each of :starts, a search
    of its own), following `direction`, up to :depth."""
    steps = [_STEP[d] for d in ("out", "in") if direction in (d, "both")]
    union = "\n            UNION ALL\n            ".join(steps)
    seed = (
        "SELECT s.id, 0, ARRAY[s.id], ARRAY[s.id] FROM unnest(CAST(:starts AS integer[])) AS s(id)"
        if many
        else "SELECT CAST(:start AS integer), 0, ARRAY[CAST(:start AS integer)], ARRAY[CAST(:start AS integer)]"
    )
    return f"""bfs(start, depth, frontier, visited) AS (
    {seed}
  UNION ALL
    SELECT b.start, b.depth + 1, nxt.ids, b.visited || nxt.ids
    FROM bfs b
    CROSS JOIN LATERAL (
        SELECT array_agg(DISTINCT step.id) AS ids
        FROM (
            {union}
        ) AS step
        WHERE NOT EXISTS (SELECT 1 FROM unnest(b.visited) AS v(id) WHERE v.id = step.id)
    ) AS nxt
    WHERE b.depth < :depth AND nxt.ids IS NOT NULL
)"""


_REACH_SQL = """WITH RECURSIVE {bfs}
SELECT c.name, c.type, b.depth
FROM bfs b
CROSS JOIN LATERAL unnest(b.frontier) AS f(id)
JOIN cis c ON c.id = f.id
WHERE b.depth > 0"""

# each start's reach, by a search of its own
_REACH_MANY_SQL = """WITH RECURSIVE {bfs}
SELECT s.name, c.name, c.type, b.depth
FROM bfs b
JOIN cis s ON s.id = b.start
CROSS JOIN LATERAL unnest(b.frontier) AS f(id)
JOIN cis c ON c.id = f.id
WHERE b.depth > 0"""

_NEIGHBOR_SQL = {
    "out": """SELECT c.name, c.type, r.type AS relation, 'out' AS direction
FROM ci_relations r JOIN cis c ON c.id = r.target_id
WHERE r.source_id = :start AND r.type = ANY(:types)""",
    "in": """SELECT c.name, c.type, r.type AS relation, 'in' AS direction
FROM ci_relations r JOIN cis c ON c.id = r.source_id
WHERE r.target_id = :start AND r.type = ANY(:types)""",
}


def _adjacent(ids: str) -> str:
    """CIs adjacent (either direction, selected types) to any CI of the int array `ids`."""
    return (
        f"SELECT r.target_id AS id FROM ci_relations r WHERE r.source_id = ANY({ids}) AND r.type = ANY(:types)\n"
        "            UNION ALL\n"
        f"            SELECT r.source_id AS id FROM ci_relations r WHERE r.target_id = ANY({ids}) "
        "AND r.type = ANY(:types)"
    )


# Bidirectional breadth-first search: each step expands the smaller frontier (a side or b side)
# and stops when the two visited sets meet (then the distance is da + db) or da + db reaches
# :depth. `back` walks from the meeting CIs towards a, keeping per level the CIs that lie on a
# shortest path; `walk` then goes from a to b, always to the smallest-named CI that stays on one.
_PATH_SQL = f"""WITH RECURSIVE search(da, db, front_a, front_b, seen_a, seen_b, met) AS (
    SELECT 0, 0, ARRAY[CAST(:a AS integer)], ARRAY[CAST(:b AS integer)],
           ARRAY[CAST(:a AS integer)], ARRAY[CAST(:b AS integer)], false
  UNION ALL
    SELECT s.da + CASE WHEN x.side_a THEN 1 ELSE 0 END,
           s.db + CASE WHEN x.side_a THEN 0 ELSE 1 END,
           CASE WHEN x.side_a THEN x.ids ELSE s.front_a END,
           CASE WHEN x.side_a THEN s.front_b ELSE x.ids END,
           CASE WHEN x.side_a THEN s.seen_a || x.ids ELSE s.seen_a END,
           CASE WHEN x.side_a THEN s.seen_b ELSE s.seen_b || x.ids END,
           EXISTS (
               SELECT 1 FROM unnest(x.ids) AS n(id)
               JOIN unnest(CASE WHEN x.side_a THEN s.seen_b ELSE s.seen_a END) AS o(id) ON o.id = n.id
           )
    FROM search s
    CROSS JOIN LATERAL (
        SELECT cur.side_a, array_agg(DISTINCT step.id) AS ids
        FROM (SELECT cardinality(s.front_a) <= cardinality(s.front_b) AS side_a) AS cur
        CROSS JOIN LATERAL (
            {_adjacent("CASE WHEN cur.side_a THEN s.front_a ELSE s.front_b END")}
        ) AS step
        WHERE NOT EXISTS (
            SELECT 1 FROM unnest(CASE WHEN cur.side_a THEN s.seen_a ELSE s.seen_b END) AS v(id)
            WHERE v.id = step.id
        )
        GROUP BY cur.side_a
    ) AS x
    WHERE NOT s.met AND s.da + s.db < :depth
),
fin AS (SELECT da, db FROM search WHERE met),
lev_a AS (SELECT DISTINCT ON (da) da AS depth, front_a AS ids FROM search ORDER BY da),
lev_b AS (SELECT DISTINCT ON (db) db AS depth, front_b AS ids FROM search ORDER BY db),
back(i, ids) AS (
    SELECT f.da, ARRAY(SELECT x.id FROM unnest(la.ids) AS x(id) JOIN unnest(lb.ids) AS y(id) ON y.id = x.id)
    FROM fin f JOIN lev_a la ON la.depth = f.da JOIN lev_b lb ON lb.depth = f.db
  UNION ALL
    SELECT k.i - 1, ARRAY(
        SELECT DISTINCT n.id
        FROM (
            {_adjacent("k.ids")}
        ) AS n
        JOIN lev_a la ON la.depth = k.i - 1
        CROSS JOIN LATERAL unnest(la.ids) AS u(id)
        WHERE u.id = n.id
    )
    FROM back k
    WHERE k.i > 0
),
walk(step, id, path) AS (
    SELECT 0, CAST(:a AS integer), ARRAY[CAST(:a AS integer)] FROM fin
  UNION ALL
    SELECT w.step + 1, nx.id, w.path || nx.id
    FROM walk w
    CROSS JOIN fin f
    CROSS JOIN LATERAL (
        SELECT c.id
        FROM (
            {_adjacent("ARRAY[w.id]")}
        ) AS n
        JOIN cis c ON c.id = n.id
        WHERE CASE WHEN w.step + 1 <= f.da
                   THEN EXISTS (SELECT 1 FROM back k WHERE k.i = w.step + 1 AND n.id = ANY(k.ids))
                   ELSE EXISTS (SELECT 1 FROM lev_b l
                                WHERE l.depth = f.da + f.db - w.step - 1 AND n.id = ANY(l.ids))
              END
        ORDER BY c.name COLLATE "C"
        LIMIT 1
    ) AS nx
    WHERE w.step < f.da + f.db
),
route AS (SELECT w.path FROM walk w CROSS JOIN fin f WHERE w.step = f.da + f.db),
hop AS (
    SELECT i, route.path[i] AS u, route.path[i + 1] AS v
    FROM route CROSS JOIN generate_series(1, cardinality(route.path) - 1) AS i
)
SELECT h.i, e.source, e.target, e.type
FROM hop h
CROSS JOIN LATERAL (
    SELECT s.name AS source, t.name AS target, r.type
    FROM ci_relations r
    JOIN cis s ON s.id = r.source_id
    JOIN cis t ON t.id = r.target_id
    WHERE r.type = ANY(:types)
      AND ((r.source_id = h.u AND r.target_id = h.v) OR (r.source_id = h.v AND r.target_id = h.u))
    ORDER BY r.type COLLATE "C", s.name COLLATE "C"
    LIMIT 1
) AS e
ORDER BY h.i"""

_SUBGRAPH_SQL = """WITH RECURSIVE {bfs},
picked AS (
    SELECT f.id FROM bfs b CROSS JOIN LATERAL unnest(b.frontier) AS f(id)
)
SELECT 'node' AS kind, c.name AS a, c.type AS b, c.environment AS c, c.status AS d
FROM picked p JOIN cis c ON c.id = p.id
UNION ALL
SELECT 'edge', s.name, t.name, r.type, NULL
FROM ci_relations r
JOIN picked ps ON ps.id = r.source_id
JOIN picked pt ON pt.id = r.target_id
JOIN cis s ON s.id = r.source_id
JOIN cis t ON t.id = r.target_id
WHERE r.type = ANY(:types)"""


class PostgresGraphStore(TransitiveQueries):
    """GraphStore over the CMDB tables; `bind` defaults to the process-wide engine at call time."""

    backend = "postgres"
    query_kind = "sql"

    def __init__(self, bind: Engine | Connection | None = None) -> None:
        self._bind = bind
        self._local = threading.local()

    # --- plumbing ---------------------------------------------------------------------------------

    def last_query(self) -> str | None:
        """The SQL of the last operation run by this thread, with its parameters as a comment."""
        return getattr(self._local, "query", None)

    @property
    def query_text(self) -> str | None:
        """Alias of `last_query()`."""
        return self.last_query()

    @contextmanager
    def _connect(self) -> Iterator[Connection]:
        """A connection for one operation; a connection owned here gets a statement timeout."""
        bind = self._bind
        if bind is None:
            from services.core.db import get_engine

            bind = get_engine()
        if isinstance(bind, Connection):
            yield bind
            return
        with bind.connect() as conn:  # read-only: the transaction is rolled back on exit
            conn.execute(text(f"SET LOCAL statement_timeout = {int(QUERY_TIMEOUT_S * 1000)}"))
            yield conn

    def _run(self, conn: Connection, sql: str, params: dict[str, Any]) -> list[Any]:
        self._local.query = f"{sql}\n-- params: {json.dumps(params, default=str)}"
        return list(conn.execute(text(sql), params).all())

    def _ids(self, conn: Connection, *names: str) -> list[int]:
        wanted = list(dict.fromkeys(names))
        rows = self._run(conn, "SELECT name, id FROM cis WHERE name = ANY(:names)", {"names": wanted})
        found = {row[0]: int(row[1]) for row in rows}
        for name in wanted:
            if name not in found:
                raise NotFound(f"unknown CI '{name}'", details={"name": name})
        return [found[name] for name in names]

    # --- operations -------------------------------------------------------------------------------

    def neighbors(
        self, name: str, direction: str = "out", rel_types: Sequence[str] | None = None
    ) -> list[dict[str, Any]]:
        """Directly related CIs: [{"name", "type", "relation", "direction"}]."""
        direction = check_direction(direction)
        types = check_rel_types(rel_types)
        sql = "\nUNION ALL\n".join(_NEIGHBOR_SQL[d] for d in ("out", "in") if direction in (d, "both"))
        with self._connect() as conn:
            (start,) = self._ids(conn, name)
            rows = self._run(conn, sql, {"start": start, "types": types})
        found = [{"name": r[0], "type": r[1], "relation": r[2], "direction": r[3]} for r in rows]
        return sorted(found, key=lambda n: (n["name"], n["relation"], n["direction"]))

    def _reach(
        self, name: str, depth: int, rel_types: Sequence[str] | None, direction: str
    ) -> list[dict[str, Any]]:
        depth = check_depth(depth)
        types = check_rel_types(rel_types)
        sql = _REACH_SQL.format(bfs=_bfs_cte(direction))
        with self._connect() as conn:
            (start,) = self._ids(conn, name)
            rows = self._run(conn, sql, {"start": start, "depth": depth, "types": types})
        found = [{"name": r[0], "type": r[1], "depth": int(r[2])} for r in rows]
        return sorted(found, key=lambda n: (n["depth"], n["name"]))

    def reach_of(
        self,
        names: Sequence[str],
        depth: int = 3,
        direction: str = "out",
        rel_types: Sequence[str] | None = None,
    ) -> dict[str, list[dict[str, Any]]]:
        """`dependencies` (direction "out") or `dependents` ("in") of each of `names`, in one statement."""
        depth = check_depth(depth)
        types = check_rel_types(rel_types)
        sql = _REACH_MANY_SQL.format(bfs=_bfs_cte(check_reach_direction(direction), many=True))
        with self._connect() as conn:
            found = self._run(conn, "SELECT id FROM cis WHERE name = ANY(:names)", {"names": list(names)})
            rows = self._run(conn, sql, {"starts": [r[0] for r in found], "depth": depth, "types": types})
        reached: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
        for start, name, ci_type, at in rows:
            reached[start].append({"name": name, "type": ci_type, "depth": int(at)})
        return {name: sorted(rows, key=lambda n: (n["depth"], n["name"])) for name, rows in reached.items()}

    def shortest_path(
        self, a: str, b: str, rel_types: Sequence[str] | None = None, max_depth: int = 6
    ) -> dict[str, Any] | None:
        """The shortest undirected path a … b (see the package docstring for the tie-break), or None.

        One statement: a bidirectional breadth-first search (it meets in the middle, so it visits
        far fewer CIs than a search from one end), then a walk from a that always steps to the
        smallest-named CI still on a shortest path.
        """
        max_depth = check_depth(max_depth, "max_depth")
        types = check_rel_types(rel_types)
        with self._connect() as conn:
            source, target = self._ids(conn, a, b)
            if source == target:
                return {"nodes": [a], "edges": []}
            params = {"a": source, "b": target, "depth": max_depth, "types": types}
            rows = self._run(conn, _PATH_SQL, params)
        if not rows:
            return None
        nodes = [a]
        edges = []
        for _, src, dst, rel in rows:
            nodes.append(dst if src == nodes[-1] else src)
            edges.append({"source": src, "target": dst, "type": rel})
        if nodes[-1] != b:
            raise RuntimeError(f"shortest path walk from {a!r} ended at {nodes[-1]!r}, not {b!r}")
        return {"nodes": nodes, "edges": edges}

    def subgraph(
        self, name: str, depth: int = 2, direction: str = "both", rel_types: Sequence[str] | None = None
    ) -> dict[str, Any]:
        """CIs within `depth` hops and the edges among them: {"nodes": [...], "edges": [...]}."""
        depth = check_depth(depth)
        direction = check_direction(direction)
        types = check_rel_types(rel_types)
        sql = _SUBGRAPH_SQL.format(bfs=_bfs_cte(direction))
        with self._connect() as conn:
            (start,) = self._ids(conn, name)
            rows = self._run(conn, sql, {"start": start, "depth": depth, "types": types})
        nodes = [
            {"id": r[1], "type": r[2], "environment": r[3], "status": r[4]} for r in rows if r[0] == "node"
        ]
        edges = [{"source": r[1], "target": r[2], "type": r[3]} for r in rows if r[0] == "edge"]
        return {
            "nodes": sorted(nodes, key=lambda n: n["id"]),
            "edges": sorted(edges, key=lambda e: (e["source"], e["target"], e["type"])),
        }

"""Keep the Neo4j graph in step with the PostgreSQL CMDB (PostgreSQL is the source of truth).

- `full_sync` copies every CI and relation in batches of idempotent `UNWIND … MERGE` statements,
  stamping each node and relationship with a fresh sync generation, then deletes CI nodes and
  relationships that did not get the stamp (gone from the CMDB). Running it twice changes nothing.
  It is not one transaction: readers may see a half-synced graph while it runs.
- `sync_ci` / `sync_relation` bring one CI or one edge to its current CMDB state (upsert or delete).
- `register_cmdb_hook` adds `cmdb_change_hook` to `services.infra.service.on_cmdb_change`. The hook
  only notes what changed inside the CMDB transaction; Neo4j is written after that transaction
  commits (nothing on rollback), reading the committed rows. A Neo4j failure is logged, never
  undoes the committed CMDB change; the next full sync repairs the graph.
- `startup_sync` (for app start and CLI commands that write the CMDB) registers the hook and, when
  Neo4j is configured, runs a full sync. `get_graph_store()` registers the hook too.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlmodel import Session

from services.core import on_commit
from services.infra.graph.neo4j_store import Neo4jGraphStore
from services.infra.models import RELATION_TYPES

log = logging.getLogger(__name__)

BATCH_SIZE = 2000
_CI_SQL = (
    "SELECT id, name, type, environment, owner, location, status, "
    "CAST(attributes AS text) AS attributes FROM cis"
)
_REL_SQL = (
    "SELECT s.name AS source, t.name AS target, r.type FROM ci_relations r "
    "JOIN cis s ON s.id = r.source_id JOIN cis t ON t.id = r.target_id"
)
SCHEMA = ("CREATE CONSTRAINT ci_name_unique IF NOT EXISTS FOR (n:CI) REQUIRE n.name IS UNIQUE",)


@contextmanager
def _connect(bind: Engine | Connection | Session | None) -> Iterator[Connection | Session]:
    if isinstance(bind, Connection | Session):
        yield bind
        return
    if bind is None:
        from services.core.db import get_engine

        bind = get_engine()
    with bind.connect() as conn:
        yield conn


def _batches(rows: Sequence[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield list(rows[start : start + size])


def _node(row: Any) -> dict[str, Any]:
    props = dict(row._mapping) if hasattr(row, "_mapping") else dict(row)
    props["pg_id"] = int(props.pop("id"))
    return props


def ensure_schema(store: Neo4jGraphStore) -> None:
    """Create the uniqueness constraint (and so the index) on `:CI(name)`."""
    for statement in SCHEMA:
        store.run(statement, {}, write=True, record=False)


def full_sync(
    store: Neo4jGraphStore, bind: Engine | Connection | Session | None = None, *, batch_size: int = BATCH_SIZE
) -> dict[str, int]:
    """Make the Neo4j graph equal to the CMDB; returns counts of synced and removed items."""
    ensure_schema(store)
    with _connect(bind) as conn:
        cis = [_node(row) for row in conn.execute(text(_CI_SQL)).all()]
        rels = [dict(row._mapping) for row in conn.execute(text(_REL_SQL)).all()]
    gen = uuid.uuid4().hex
    for batch in _batches(cis, batch_size):
        store.run(
            "UNWIND $rows AS row MERGE (n:CI {name: row.name}) SET n += row, n.sync_gen = $gen",
            {"rows": batch, "gen": gen},
            write=True,
            record=False,
        )
    for rel_type in RELATION_TYPES:  # validated constants: safe to place in the pattern
        typed = [r for r in rels if r["type"] == rel_type]
        for batch in _batches(typed, batch_size):
            store.run(
                "UNWIND $rows AS row "
                "MATCH (s:CI {name: row.source}) MATCH (t:CI {name: row.target}) "
                f"MERGE (s)-[r:{rel_type}]->(t) SET r.sync_gen = $gen",
                {"rows": batch, "gen": gen},
                write=True,
                record=False,
            )
    removed_rels = _delete_stale(
        store, "MATCH (:CI)-[r]->(:CI) WHERE r.sync_gen IS NULL OR r.sync_gen <> $gen", "DELETE r", gen
    )
    removed_cis = _delete_stale(
        store, "MATCH (n:CI) WHERE n.sync_gen IS NULL OR n.sync_gen <> $gen", "DETACH DELETE n", gen
    )
    return {
        "cis": len(cis),
        "relations": len(rels),
        "removed_cis": removed_cis,
        "removed_relations": removed_rels,
    }


def _delete_stale(store: Neo4jGraphStore, match: str, action: str, gen: str) -> int:
    """Delete what `match` finds, in transactions of 10 000 (auto-commit session)."""
    var = action.split()[-1]
    cypher = f"{match} CALL ({var}) {{ {action} }} IN TRANSACTIONS OF 10000 ROWS RETURN count(*) AS n"
    with store.driver.session(database=store.database) as session:
        record = session.run(cypher, {"gen": gen}).single()
    return int(record["n"]) if record else 0


def sync_ci(store: Neo4jGraphStore, name: str, bind: Engine | Connection | Session | None = None) -> bool:
    """Upsert the CI `name` from the CMDB, or delete its node when it is gone; True when it exists."""
    with _connect(bind) as conn:
        row = conn.execute(text(f"{_CI_SQL} WHERE name = :name"), {"name": name}).first()
    if row is None:
        store.run("MATCH (n:CI {name: $name}) DETACH DELETE n", {"name": name}, write=True, record=False)
        return False
    store.run(
        "MERGE (n:CI {name: $props.name}) SET n += $props", {"props": _node(row)}, write=True, record=False
    )
    return True


def sync_relation(
    store: Neo4jGraphStore,
    source: str,
    target: str,
    type: str,
    bind: Engine | Connection | Session | None = None,
) -> bool:
    """Create or delete the edge source -[type]-> target to match the CMDB; True when it exists."""
    if type not in RELATION_TYPES:
        raise ValueError(f"unknown relation type {type!r}")
    with _connect(bind) as conn:
        ends = {
            row.name: _node(row)
            for row in conn.execute(
                text(f"{_CI_SQL} WHERE name IN (:s, :t)"), {"s": source, "t": target}
            ).all()
        }
        exists = (
            len(ends) == 2
            and conn.execute(
                text(
                    "SELECT 1 FROM ci_relations r JOIN cis s ON s.id = r.source_id "
                    "JOIN cis t ON t.id = r.target_id WHERE s.name = :s AND t.name = :t AND r.type = :type"
                ),
                {"s": source, "t": target, "type": type},
            ).first()
            is not None
        )
    if not exists:
        store.run(
            f"MATCH (:CI {{name: $s}})-[r:{type}]->(:CI {{name: $t}}) DELETE r",
            {"s": source, "t": target},
            write=True,
            record=False,
        )
        return False
    store.run(
        "MERGE (s:CI {name: $s.name}) SET s += $s "
        "MERGE (t:CI {name: $t.name}) SET t += $t "
        f"MERGE (s)-[:{type}]->(t)",
        {"s": ends[source], "t": ends[target]},
        write=True,
        record=False,
    )
    return True


# --- CMDB change hook -------------------------------------------------------------------------------


def _configured_store() -> Neo4jGraphStore | None:
    from services.core.settings import get_settings
    from services.infra.graph.neo4j_store import shared_store

    settings = get_settings()
    if not settings.neo4j_uri:
        return None
    return shared_store(settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password)


def apply_changes(
    store: Neo4jGraphStore, changes: Sequence[tuple[str, ...]], bind: Engine | Connection
) -> None:
    """Apply noted changes ("ci", name) / ("relation", source, target, type) / ("full",) in order."""
    if any(change[0] == "full" for change in changes):
        full_sync(store, bind)
        return
    for change in dict.fromkeys(changes):
        if change[0] == "ci":
            sync_ci(store, change[1], bind)
        elif change[0] == "relation":
            sync_relation(store, change[1], change[2], change[3], bind)


def _flush(store: Neo4jGraphStore, engine: Engine, changes: list[tuple[str, ...]]) -> None:
    try:
        apply_changes(store, changes, engine)
    except Exception:  # the CMDB change is committed; a full sync repairs the graph
        log.exception("graph sync to Neo4j failed for %d change(s); run a full sync", len(changes))


def _touches_graph(payload: dict[str, Any]) -> bool:
    applied = payload.get("applied")
    if not isinstance(applied, dict):
        return True
    return any(str(name).rsplit("/", 1)[-1].startswith(("cis.", "relations.")) for name in applied)


def cmdb_change_hook(session: Session, kind: str, payload: dict[str, Any]) -> None:
    """`on_cmdb_change` hook: note the change; it reaches Neo4j when the transaction commits."""
    store = _configured_store()
    if store is None:
        return
    if kind in ("ci.upsert", "ci.delete"):
        change: tuple[str, ...] = ("ci", str(payload["name"]))
    elif kind in ("relation.add", "relation.remove"):
        change = ("relation", str(payload["source"]), str(payload["target"]), str(payload["type"]))
    elif kind == "import" and not _touches_graph(payload):
        return  # only metrics or events were imported
    else:  # an import of CIs/relations, or a kind this hook does not know: resynchronise everything
        change = ("full",)
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, Connection) else bind
    on_commit.batch(session, "graph_sync", partial(_flush, store, engine)).append(change)


def register_cmdb_hook() -> bool:
    """Add `cmdb_change_hook` to `services.infra.service.on_cmdb_change` (once); False if absent."""
    try:
        from services.infra import service
    except ImportError:
        return False
    hooks = getattr(service, "on_cmdb_change", None)
    if hooks is None:
        return False
    if cmdb_change_hook not in hooks:
        hooks.append(cmdb_change_hook)
    return True


def startup_sync() -> dict[str, int] | None:
    """At app start: register the hook and, when Neo4j is configured, run a full sync."""
    register_cmdb_hook()
    store = _configured_store()
    return full_sync(store) if store is not None else None

"""One contract for both graph stores: PostgreSQL (recursive CTEs) and Neo4j (a real server).

Every contract test runs once per store on the same CMDB rows (inserted with plain SQL and, for
Neo4j, copied by a full sync). The Neo4j server starts once per session; if it cannot start the
Neo4j tests fail. The graph is wiped before every test.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session

from services.core.errors import NotFound, ValidationFailed
from services.core.settings import reset_settings
from services.infra.graph import MAX_DEPTH, GraphStore, get_graph_store
from services.infra.graph.neo4j_store import Neo4jGraphStore, shared_store
from services.infra.graph.postgres import PostgresGraphStore
from services.infra.graph.sync import (
    cmdb_change_hook,
    ensure_schema,
    full_sync,
    register_cmdb_hook,
    sync_ci,
    sync_relation,
)
from services.infra.models import RELATION_TYPES
from tests.integration.graph_helpers import (
    CIS,
    RELATIONS,
    C,
    D,
    R,
    counts,
    insert,
    nb,
    node,
    path,
    reach,
    reference_path,
    reference_reach,
    wipe,
)
from tests.support.neo4j_server import running_neo4j

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Neo4j for the whole session; a failed start fails the tests that need it."""
    try:
        server = running_neo4j(tmp_path_factory.mktemp("neo4j"))
        uri = server.__enter__()
    except Exception as exc:  # turned into a test failure, never a skip
        pytest.fail(f"Neo4j test server did not start: {exc}")
    try:
        yield uri
    finally:
        server.__exit__(None, None, None)


@pytest.fixture(scope="session")
def neo4j_session_store(neo4j_uri: str) -> Iterator[Neo4jGraphStore]:
    store = Neo4jGraphStore(neo4j_uri)
    ensure_schema(store)
    yield store
    store.close()


@pytest.fixture
def neo4j_store(neo4j_session_store: Neo4jGraphStore) -> Neo4jGraphStore:
    """The session's Neo4j store with an empty graph."""
    wipe(neo4j_session_store)
    return neo4j_session_store


@pytest.fixture(params=["postgres", "neo4j"])
def graph_store(request: pytest.FixtureRequest, session: Session) -> GraphStore:
    """Each store over the standard estate (CIS / RELATIONS)."""
    insert(session, CIS, RELATIONS)
    if request.param == "postgres":
        return PostgresGraphStore()
    store: Neo4jGraphStore = request.getfixturevalue("neo4j_store")
    full_sync(store)
    return store


# --- neighbors -------------------------------------------------------------------------------------


def test_neighbors_by_direction_and_type(graph_store: GraphStore) -> None:
    out = [
        nb("api", "service", D, "out"),
        nb("cache", "cache", C, "out"),
        nb("cache", "cache", D, "out"),
        nb("host-1", "host", R, "out"),
    ]
    assert graph_store.neighbors("web") == out
    assert graph_store.neighbors("web", "in") == [nb("lb-1", "load_balancer", C, "in")]
    assert graph_store.neighbors("web", "both") == [*out, nb("lb-1", "load_balancer", C, "in")]
    assert graph_store.neighbors("web", rel_types=["DEPENDS_ON"]) == [out[0], out[2]]
    assert graph_store.neighbors("island", "both") == []
    assert graph_store.neighbors("loopy", "both") == [
        nb("loopy", "service", D, "in"),
        nb("loopy", "service", D, "out"),
        nb("queue", "queue", D, "out"),
    ]


# --- dependencies / dependents ---------------------------------------------------------------------


def test_dependencies_minimum_depth_through_diamonds(graph_store: GraphStore) -> None:
    assert graph_store.dependencies("web") == reach(
        (1, "api"),
        (1, "cache"),
        (1, "host-1"),
        (2, "db-main"),
        (2, "host-2"),
        (2, "queue"),
        (3, "db-replica"),
        (3, "host-3"),
    )
    assert graph_store.dependencies("web", depth=1) == reach((1, "api"), (1, "cache"), (1, "host-1"))
    assert graph_store.dependencies("web", depth=2, rel_types=["DEPENDS_ON"]) == reach(
        (1, "api"), (1, "cache"), (2, "db-main"), (2, "queue")
    )


def test_traversals_terminate_on_cycles_and_skip_the_start(graph_store: GraphStore) -> None:
    assert graph_store.dependencies("svc-a") == reach((1, "svc-b"), (2, "svc-c"), (3, "db-main"))
    deep = reach((1, "svc-b"), (2, "svc-c"), (3, "db-main"), (4, "db-replica"), (4, "host-3"))
    assert graph_store.dependencies("svc-a", depth=MAX_DEPTH) == deep
    assert graph_store.dependencies("loopy", depth=MAX_DEPTH) == reach((1, "queue"))
    assert graph_store.dependents("loopy", depth=MAX_DEPTH) == []
    assert graph_store.dependencies("db-main", depth=MAX_DEPTH) == reach((1, "db-replica"), (1, "host-3"))


def test_dependents_are_the_impact_set(graph_store: GraphStore) -> None:
    assert graph_store.dependents("db-main") == reach(
        (1, "api"),
        (1, "db-replica"),
        (1, "svc-c"),
        (1, "worker"),
        (2, "lb-1"),
        (2, "svc-b"),
        (2, "web"),
        (3, "svc-a"),
    )
    assert graph_store.dependents("host-3", depth=1) == reach((1, "db-main"), (1, "db-replica"))
    assert graph_store.dependents("host-3", depth=2) == reach(
        (1, "db-main"), (1, "db-replica"), (2, "api"), (2, "svc-c"), (2, "worker")
    )
    assert graph_store.dependents("host-3", rel_types=["RUNS_ON"]) == reach((1, "db-main"), (1, "db-replica"))
    assert graph_store.dependents("island") == []
    assert graph_store.dependencies("iso-a") == reach((1, "iso-b"))


def test_reach_of_many_is_each_ones_reach(graph_store: GraphStore, session: Session) -> None:
    """One call for several CIs (RCA asks it of every candidate) answers as one call per CI; a name no CI
    has reaches nothing, and a CI named twice is answered once."""
    names = ["web", "svc-a", "loopy", "db-main", "island", "no-such-ci", "web"]
    assert graph_store.reach_of(names, depth=MAX_DEPTH) == {
        "web": graph_store.dependencies("web", depth=MAX_DEPTH),
        "svc-a": graph_store.dependencies("svc-a", depth=MAX_DEPTH),
        "loopy": reach((1, "queue")),
        "db-main": reach((1, "db-replica"), (1, "host-3")),
        "island": [],
        "no-such-ci": [],
    }
    assert graph_store.reach_of(["host-3", "db-main"], depth=2, direction="in", rel_types=["RUNS_ON"]) == {
        "host-3": graph_store.dependents("host-3", depth=2, rel_types=["RUNS_ON"]),
        "db-main": graph_store.dependents("db-main", depth=2, rel_types=["RUNS_ON"]),
    }
    assert graph_store.reach_of([], depth=3) == {}
    with pytest.raises(ValidationFailed):
        graph_store.reach_of(["web"], direction="both")
    with pytest.raises(ValidationFailed):
        graph_store.reach_of(["web"], depth=0)
    many, edges = _random_graph(graph_store, session, random.Random(3), "m", 60, 150)
    for way in ("out", "in"):
        got = graph_store.reach_of(many, depth=4, direction=way, rel_types=["DEPENDS_ON"])
        for name in many:
            expected = reference_reach(edges, name, 4, ["DEPENDS_ON"], incoming=way == "in")
            assert [{"name": x["name"], "depth": x["depth"]} for x in got[name]] == expected, (way, name)


def test_depth_limits(graph_store: GraphStore) -> None:
    chain = [(i, f"chain-{i:02d}") for i in range(1, MAX_DEPTH + 1)]
    assert graph_store.dependencies("chain-00", depth=MAX_DEPTH) == reach(*chain)
    assert graph_store.dependents("chain-12", depth=2) == reach((1, "chain-11"), (2, "chain-10"))
    for bad in (0, -1, MAX_DEPTH + 1, 1000):
        with pytest.raises(ValidationFailed):
            graph_store.dependencies("chain-00", depth=bad)
        with pytest.raises(ValidationFailed):
            graph_store.subgraph("chain-00", depth=bad)
        with pytest.raises(ValidationFailed):
            graph_store.shortest_path("chain-00", "chain-01", max_depth=bad)


def test_bad_arguments(graph_store: GraphStore) -> None:
    with pytest.raises(ValidationFailed):
        graph_store.neighbors("web", direction="sideways")
    with pytest.raises(ValidationFailed):
        graph_store.dependents("web", rel_types=["OWNS"])
    with pytest.raises(ValidationFailed):
        graph_store.dependents("web", rel_types=[])
    with pytest.raises(ValidationFailed):
        graph_store.dependents("web", depth="3")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.neighbors("nope"),
        lambda s: s.dependencies("nope"),
        lambda s: s.dependents("nope"),
        lambda s: s.subgraph("nope"),
        lambda s: s.shortest_path("nope", "web"),
        lambda s: s.shortest_path("web", "nope"),
    ],
)
def test_unknown_ci_is_not_found(graph_store: GraphStore, call: Any) -> None:
    with pytest.raises(NotFound):
        call(graph_store)


# --- shortest path ---------------------------------------------------------------------------------


def test_shortest_path_is_undirected_with_real_edge_directions(graph_store: GraphStore) -> None:
    assert graph_store.shortest_path("web", "db-main") == path(
        ["web", "api", "db-main"], ("web", "api", D), ("api", "db-main", D)
    )
    assert graph_store.shortest_path("host-3", "api") == path(
        ["host-3", "db-main", "api"], ("db-main", "host-3", R), ("api", "db-main", D)
    )
    assert graph_store.shortest_path("svc-a", "svc-c") == path(["svc-a", "svc-c"], ("svc-c", "svc-a", D))
    assert graph_store.shortest_path("web", "web") == path(["web"])


def test_shortest_path_tie_breaks(graph_store: GraphStore) -> None:
    # two shortest paths (via api, via web): the smaller name sequence wins
    assert graph_store.shortest_path("lb-1", "host-1") == path(
        ["lb-1", "api", "host-1"], ("lb-1", "api", C), ("api", "host-1", R)
    )
    # three shortest paths through db-main, host-2 or queue
    assert graph_store.shortest_path("web", "worker") == path(
        ["web", "api", "db-main", "worker"],
        ("web", "api", D),
        ("api", "db-main", D),
        ("worker", "db-main", D),
    )
    # parallel edges: smallest type; opposite edges of one type: smallest source
    assert graph_store.shortest_path("web", "cache") == path(["web", "cache"], ("web", "cache", C))
    assert graph_store.shortest_path("db-replica", "db-main") == path(
        ["db-replica", "db-main"], ("db-main", "db-replica", C)
    )


def test_shortest_path_filters_and_limits(graph_store: GraphStore) -> None:
    assert graph_store.shortest_path("web", "db-main", rel_types=["RUNS_ON"]) is None
    assert graph_store.shortest_path("web", "host-2", rel_types=["RUNS_ON"]) == path(
        ["web", "host-1", "api", "host-2"], ("web", "host-1", R), ("api", "host-1", R), ("api", "host-2", R)
    )
    assert graph_store.shortest_path("island", "web") is None
    assert graph_store.shortest_path("iso-a", "web") is None
    assert graph_store.shortest_path("chain-00", "chain-07") is None  # 7 hops > default max_depth 6
    found = graph_store.shortest_path("chain-07", "chain-00", max_depth=7)
    assert found is not None
    assert found["nodes"] == [f"chain-{i:02d}" for i in range(7, -1, -1)]
    assert found["edges"][0] == {"source": "chain-06", "target": "chain-07", "type": D}


# --- subgraph --------------------------------------------------------------------------------------


def test_subgraph_is_induced_and_sorted(graph_store: GraphStore) -> None:
    got = graph_store.subgraph("api", depth=1)
    names = ["api", "cache", "db-main", "host-1", "host-2", "lb-1", "queue", "web"]
    assert got["nodes"] == [node(n) for n in names]
    induced = sorted((s, t, k) for s, t, k in RELATIONS if s in names and t in names)
    expected = [{"source": s, "target": t, "type": k} for s, t, k in induced]
    assert len(expected) == 11
    assert got["edges"] == expected


def test_subgraph_direction_cycles_and_isolated_nodes(graph_store: GraphStore) -> None:
    assert graph_store.subgraph("svc-a", depth=1, direction="out") == {
        "nodes": [node("svc-a"), node("svc-b")],
        "edges": [{"source": "svc-a", "target": "svc-b", "type": D}],
    }
    two = graph_store.subgraph("svc-a", depth=2, direction="out")
    assert [n["id"] for n in two["nodes"]] == ["svc-a", "svc-b", "svc-c"]
    assert [(e["source"], e["target"]) for e in two["edges"]] == [
        ("svc-a", "svc-b"),
        ("svc-b", "svc-c"),
        ("svc-c", "svc-a"),
    ]
    assert graph_store.subgraph("worker", depth=1, direction="in") == {"nodes": [node("worker")], "edges": []}
    assert graph_store.subgraph("island") == {"nodes": [node("island")], "edges": []}
    assert graph_store.subgraph("loopy", depth=1) == {
        "nodes": [node("loopy"), node("queue")],
        "edges": [
            {"source": "loopy", "target": "loopy", "type": D},
            {"source": "loopy", "target": "queue", "type": D},
        ],
    }
    runs = graph_store.subgraph("host-1", depth=2, rel_types=["RUNS_ON"])
    assert [n["id"] for n in runs["nodes"]] == ["api", "host-1", "host-2", "web"]
    assert {e["type"] for e in runs["edges"]} == {R}


def test_last_query_shows_what_ran(graph_store: GraphStore) -> None:
    graph_store.dependents("db-main", depth=2)
    shown = graph_store.last_query()
    assert shown is not None
    assert ("WITH RECURSIVE" in shown) if graph_store.query_kind == "sql" else ("MATCH" in shown)
    query, marker, params = shown.rpartition("params: ")
    assert marker, "the shown query carries its parameters"
    bound = json.loads(params)
    if graph_store.query_kind == "sql":  # the CI by its id, the depth as a parameter
        assert isinstance(bound["start"], int) and bound["depth"] == 2, bound
    else:  # the CI by name, the depth in the pattern
        assert bound == {"name": "db-main"} and "]-{1,2}(" in query, shown


# --- both stores agree on random graphs ------------------------------------------------------------


def test_stores_agree_on_a_random_graph(session: Session, neo4j_store: Neo4jGraphStore) -> None:
    rng = random.Random(7)
    names = [f"n{i:03d}" for i in range(120)]
    cis = {n: (rng.choice(["service", "host", "database"]), "prod", "active") for n in names}
    edges = {(rng.choice(names), rng.choice(names), rng.choice(RELATION_TYPES)) for _ in range(260)}
    insert(session, cis, sorted(edges))
    full_sync(neo4j_store)
    pg = PostgresGraphStore()
    for _ in range(60):
        a, b = rng.choice(names), rng.choice(names)
        types = rng.choice([None, ["DEPENDS_ON"], ["RUNS_ON", "CONNECTS_TO"]])
        depth = rng.randint(1, 5)
        way = rng.choice(["out", "in", "both"])
        calls: list[tuple[str, tuple[Any, ...]]] = [
            ("neighbors", (a, way, types)),
            ("dependencies", (a, depth, types)),
            ("dependents", (a, depth, types)),
            ("shortest_path", (a, b, types, depth + 1)),
            ("subgraph", (a, min(depth, 3), way, types)),
        ]
        for method, args in calls:
            assert getattr(pg, method)(*args) == getattr(neo4j_store, method)(*args), (method, args)


def _random_graph(
    store: GraphStore, session: Session, rng: random.Random, prefix: str, size: int, tries: int
) -> tuple[list[str], list[tuple[str, str, str]]]:
    """`size` services named `prefix`000… with up to `tries` random edges, in the CMDB and in `store`."""
    names = [f"{prefix}{i:03d}" for i in range(size)]
    edges = sorted({(rng.choice(names), rng.choice(names), rng.choice(RELATION_TYPES)) for _ in range(tries)})
    insert(session, {n: ("service", "prod", "active") for n in names}, edges)
    if isinstance(store, Neo4jGraphStore):
        full_sync(store)
    return names, edges


def test_answers_match_a_python_reference(graph_store: GraphStore, session: Session) -> None:
    """Random graphs of rising density: reach and shortest paths against plain-Python BFS."""
    rng = random.Random(11)
    names, edges = _random_graph(graph_store, session, rng, "r", 90, 200)
    for _ in range(80):
        a, b = rng.choice(names), rng.choice(names)
        types = rng.choice([list(RELATION_TYPES), ["DEPENDS_ON"], ["CONNECTS_TO", "RUNS_ON"]])
        depth = rng.randint(1, 8)
        assert graph_store.shortest_path(a, b, types, depth) == reference_path(edges, a, b, types, depth)
        got = [{"name": x["name"], "depth": x["depth"]} for x in graph_store.dependents(a, depth, types)]
        assert got == reference_reach(edges, a, depth, types, incoming=True)


# --- sync ------------------------------------------------------------------------------------------


def test_full_sync_is_idempotent_and_removes_stale_items(
    session: Session, neo4j_store: Neo4jGraphStore
) -> None:
    insert(session, CIS, RELATIONS)
    first = full_sync(neo4j_store, batch_size=7)
    assert first == {"cis": len(CIS), "relations": len(RELATIONS), "removed_cis": 0, "removed_relations": 0}
    assert counts(neo4j_store) == (len(CIS), len(RELATIONS))
    assert full_sync(neo4j_store)["removed_relations"] == 0
    assert counts(neo4j_store) == (len(CIS), len(RELATIONS))
    session.execute(text("DELETE FROM cis WHERE name = 'svc-b'"))  # cascades to 2 relations
    session.execute(text("DELETE FROM ci_relations WHERE type = 'RUNS_ON'"))
    session.commit()
    result = full_sync(neo4j_store)
    assert result["removed_cis"] == 1
    assert result["removed_relations"] == 2 + sum(1 for r in RELATIONS if r[2] == R)
    assert counts(neo4j_store) == (len(CIS) - 1, result["relations"])
    assert neo4j_store.dependencies("svc-a") == []


def test_incremental_sync_of_one_ci_and_one_relation(session: Session, neo4j_store: Neo4jGraphStore) -> None:
    insert(session, {"x": ("service", "prod", "active"), "y": ("host", "prod", "active")}, [])
    assert sync_ci(neo4j_store, "x") is True
    insert(session, {}, [("x", "y", R)])
    assert sync_relation(neo4j_store, "x", "y", R) is True  # creates the missing endpoint y as well
    assert neo4j_store.neighbors("x") == [nb("y", "host", R, "out")]
    session.execute(text("DELETE FROM ci_relations"))
    session.commit()
    assert sync_relation(neo4j_store, "x", "y", R) is False
    assert neo4j_store.neighbors("x") == []
    session.execute(text("DELETE FROM cis WHERE name = 'x'"))
    session.commit()
    assert sync_ci(neo4j_store, "x") is False
    with pytest.raises(NotFound):
        neo4j_store.neighbors("x")


@pytest.fixture
def neo4j_configured(
    neo4j_uri: str, neo4j_store: Neo4jGraphStore, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """SPA_NEO4J_URI points at the test server and the CMDB hook is registered."""
    from services.infra import service

    monkeypatch.setenv("SPA_NEO4J_URI", neo4j_uri)
    reset_settings()
    assert register_cmdb_hook() is True
    yield
    while cmdb_change_hook in service.on_cmdb_change:
        service.on_cmdb_change.remove(cmdb_change_hook)
    shared_store(neo4j_uri, "neo4j", "").close()
    shared_store.cache_clear()
    reset_settings()


def test_cmdb_changes_reach_neo4j(session: Session, neo4j_configured: None) -> None:
    from services.core.security import SYSTEM
    from services.infra import service

    store = get_graph_store()
    assert isinstance(store, Neo4jGraphStore)
    service.upsert_ci(session, actor=SYSTEM, name="app", type="service", environment="prod")
    service.upsert_ci(session, actor=SYSTEM, name="pg", type="database", environment="prod")
    service.add_relation(session, actor=SYSTEM, source="app", target="pg", type=D)
    with pytest.raises(NotFound):
        store.neighbors("app")  # nothing reaches Neo4j before the commit
    session.commit()
    assert store.neighbors("app") == [nb("pg", "database", D, "out")]

    service.upsert_ci(session, actor=SYSTEM, name="ghost", type="host", environment="dev")
    session.rollback()
    with pytest.raises(NotFound):
        store.neighbors("ghost")

    service.upsert_ci(
        session, actor=SYSTEM, name="pg", type="database", environment="prod", status="maintenance"
    )
    service.remove_relation(session, actor=SYSTEM, source="app", target="pg", type=D)
    session.commit()
    assert store.neighbors("app") == []
    assert store.subgraph("pg")["nodes"][0]["status"] == "maintenance"

    service.delete_ci(session, actor=SYSTEM, name="app")
    session.commit()
    with pytest.raises(NotFound):
        store.dependents("app")


def test_imports_reach_neo4j(session: Session, neo4j_configured: None) -> None:
    from services.core.security import SYSTEM
    from services.infra.importer import import_path

    report = import_path(session, FIXTURES / "infra-small", actor=SYSTEM)
    assert report.ok
    session.commit()
    store = get_graph_store()
    pg = PostgresGraphStore()
    n_cis = session.execute(text("SELECT count(*) FROM cis")).scalar_one()
    n_rels = session.execute(text("SELECT count(*) FROM ci_relations")).scalar_one()
    assert isinstance(store, Neo4jGraphStore)
    assert counts(store) == (n_cis, n_rels)
    some = session.execute(text("SELECT name FROM cis ORDER BY name LIMIT 5")).scalars().all()
    for name in some:
        assert store.dependents(name) == pg.dependents(name)
        assert store.subgraph(name) == pg.subgraph(name)


def test_factory_defaults_to_postgres(db_url: str) -> None:
    assert isinstance(get_graph_store(), PostgresGraphStore)

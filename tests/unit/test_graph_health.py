"""Dependency graph health: filters by relation type and hosts, alert rings behind firing nodes."""

from __future__ import annotations

from spa_ai.components.graph_view import filter_graph, graph_figure

NODES = [
    {"id": name, "type": kind, "environment": "prod", "status": "active"}
    for name, kind in {"lb": "load_balancer", "svc": "service", "db": "database", "host": "host"}.items()
]
EDGES = [
    {"source": "lb", "target": "svc", "type": "CONNECTS_TO"},
    {"source": "svc", "target": "db", "type": "DEPENDS_ON"},
    {"source": "db", "target": "host", "type": "RUNS_ON"},
]


def _ids(nodes: list[dict]) -> set[str]:
    return {n["id"] for n in nodes}


def test_filters_keep_the_center_and_what_still_links_to_it() -> None:
    nodes, edges = filter_graph(NODES, EDGES, "db", hide_hosts=True)
    assert _ids(nodes) == {"lb", "svc", "db"} and all(e["type"] != "RUNS_ON" for e in edges)
    nodes, edges = filter_graph(NODES, EDGES, "db", relation="RUNS_ON")
    assert _ids(nodes) == {"db", "host"} and [e["type"] for e in edges] == ["RUNS_ON"]
    nodes, _ = filter_graph(NODES, EDGES, "host", hide_hosts=True, relation="RUNS_ON")
    assert _ids(nodes) == {"db", "host"}  # the center stays even when it is a host
    assert filter_graph(NODES, EDGES, "db") == (NODES, EDGES)


def test_firing_nodes_get_a_ring_of_their_severity() -> None:
    fig, curves = graph_figure(NODES, EDGES, "db", {"db": "critical", "svc": "major"})
    rings = {
        trace.name: list(trace.hovertext) for trace in fig.data if (trace.name or "").startswith("alert:")
    }
    assert rings == {"alert: critical": ["db: critical"], "alert: major": ["svc: major"]}
    names = [n for curve in curves for n in curve]
    assert sorted(names) == ["db", "host", "lb", "svc"]  # rings are not clickable nodes
    assert len(curves) == len(fig.data)
    plain, _ = graph_figure(NODES, EDGES, "db")
    assert not any((trace.name or "").startswith("alert:") for trace in plain.data)

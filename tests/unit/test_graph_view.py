"""Layered layout of the dependency graph: direction, bends around nodes, cycles, click mapping."""

from __future__ import annotations

from spa_ai.components.graph_view import graph_figure, layered_layout


def _graph(edges: list[tuple[str, str, str]], types: dict[str, str]) -> tuple[list[dict], list[dict]]:
    nodes = [
        {"id": name, "type": kind, "environment": "prod", "status": "active"} for name, kind in types.items()
    ]
    return nodes, [{"source": s, "target": t, "type": k} for s, t, k in edges]


TYPES = {"lb": "load_balancer", "gw": "service", "svc": "service", "db": "database", "host": "host"}
EDGES = [
    ("lb", "gw", "CONNECTS_TO"),
    ("gw", "svc", "DEPENDS_ON"),
    ("svc", "db", "DEPENDS_ON"),
    ("gw", "db", "DEPENDS_ON"),
    ("db", "host", "RUNS_ON"),
]


def test_edges_point_left_to_right_and_long_edges_bend() -> None:
    coords, bends = layered_layout(*_graph(EDGES, TYPES))
    assert [coords[n][0] for n in ("lb", "gw", "svc", "db", "host")] == [0, 1, 2, 3, 4]
    assert len(bends[("gw", "db")]) == 1  # crosses the layer of svc through a bend point
    assert bends[("gw", "db")][0][0] == 2 and bends[("gw", "db")][0] != coords["svc"]
    assert bends[("svc", "db")] == []


def test_cycles_terminate_and_keep_every_node() -> None:
    edges = [*EDGES, ("host", "lb", "DEPENDS_ON")]
    coords, _ = layered_layout(*_graph(edges, TYPES))
    assert set(coords) == set(TYPES)
    assert coords["lb"][0] == 0  # the cycle is broken at the edge back into the front end


def test_figure_maps_points_back_to_nodes() -> None:
    fig, curves = graph_figure(*_graph(EDGES, TYPES), center="svc")
    assert len(curves) == len(fig.data)
    plotted = {name for curve in curves for name in curve}
    assert plotted == set(TYPES)
    for index, names in enumerate(curves):
        if names:
            assert list(fig.data[index].text) == names
    assert len(fig.layout.annotations) == len(EDGES)  # one arrow per edge

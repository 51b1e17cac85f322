"""Dependency graph drawn as a Plotly network: layered layout, nodes coloured by CI type, arrowed edges.

Edges point left to right (load balancer → service → database → host), so callers sit left of what
they call. `graph_figure` is plain Python (no state); it also returns which node each plotted point
is, so a click can be mapped back to a CI name.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from typing import Any

import plotly.graph_objects as go
import reflex as rx

TYPE_COLORS: dict[str, str] = {
    "load_balancer": "#0891b2",
    "service": "#3b82f6",
    "database": "#f59e0b",
    "cache": "#10b981",
    "queue": "#8b5cf6",
    "storage": "#a16207",
    "host": "#6b7280",
    "batch": "#db2777",
    "network": "#0f766e",
}
EDGE_COLORS: dict[str, str] = {"DEPENDS_ON": "#64748b", "RUNS_ON": "#d97706", "CONNECTS_TO": "#7c3aed"}
ALERT_COLORS: dict[str, str] = {
    "critical": "#dc2626",
    "major": "#ea580c",
    "minor": "#f59e0b",
    "warning": "#eab308",
    "info": "#3b82f6",
}
_TYPE_ORDER = {name: i for i, name in enumerate(TYPE_COLORS)}


def _acyclic_edges(names: list[str], edges: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`edges` without the back edges of a depth-first search (so layering terminates on cycles)."""
    out: dict[str, list[str]] = defaultdict(list)
    for source, target in edges:
        out[source].append(target)
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    back: set[tuple[str, str]] = set()
    for root in names:
        if root in state:
            continue
        stack = [(root, iter(sorted(out[root])))]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                back.add((node, child))
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(sorted(out[child]))))
    return [e for e in edges if e not in back]


Layout = tuple[dict[str, tuple[float, float]], dict[tuple[str, str], list[tuple[float, float]]]]


def layered_layout(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> Layout:
    """Node positions and the bend points of long edges.

    x = layer (longest path from a source); an edge spanning several layers gets a virtual node in
    each layer it crosses, so it bends around nodes instead of through them; y = position in the
    layer after a few barycentre sweeps (fewer crossings).
    """
    names = sorted(n["id"] for n in nodes)
    kinds = {n["id"]: n.get("type", "") for n in nodes}
    pairs = [(e["source"], e["target"]) for e in edges if e["source"] in kinds and e["target"] in kinds]
    pairs = [p for p in dict.fromkeys(pairs) if p[0] != p[1]]
    targets = {t for _, t in pairs}
    roots = sorted(names, key=lambda n: (n in targets, _TYPE_ORDER.get(kinds[n], 99), n))
    dag = _acyclic_edges(roots, pairs)  # DFS from sources and front-end types first
    layer = dict.fromkeys(names, 0)
    for _ in range(len(names)):  # longest path; at most |V| relaxation rounds on a DAG
        changed = False
        for source, target in dag:
            if layer[target] < layer[source] + 1:
                layer[target] = layer[source] + 1
                changed = True
        if not changed:
            break
    layers: dict[int, list[str]] = defaultdict(list)
    for name in sorted(names, key=lambda n: (_TYPE_ORDER.get(kinds[n], 99), n)):
        layers[layer[name]].append(name)
    neighbours: dict[str, list[str]] = defaultdict(list)
    chains: dict[tuple[str, str], list[str]] = {}
    for source, target in pairs:
        chain = [source]
        if (source, target) in dag:
            for k in range(layer[source] + 1, layer[target]):
                virtual = f"\0{source}\0{target}\0{k}"
                layers[k].append(virtual)
                chain.append(virtual)
        chain.append(target)
        chains[(source, target)] = chain[1:-1]
        for a, b in pairwise(chain):
            neighbours[a].append(b)
            neighbours[b].append(a)
    for _ in range(4):
        position = {n: i for members in layers.values() for i, n in enumerate(members)}
        for members in layers.values():

            def centre(n: str, pos: dict[str, int] = position, current: list[str] = members) -> float:
                linked = [pos[m] for m in neighbours[n] if m not in current]
                return sum(linked) / len(linked) if linked else pos[n]

            members.sort(key=lambda n: centre(n))
    coords: dict[str, tuple[float, float]] = {}
    for index, members in layers.items():
        offset = (len(members) - 1) / 2
        for i, name in enumerate(members):
            coords[name] = (float(index), offset - i)
    bends = {edge: [coords[v] for v in chain] for edge, chain in chains.items()}
    return {n: coords[n] for n in names}, bends


def _arrow(start: tuple[float, float], end: tuple[float, float], color: str, bent: bool) -> dict[str, Any]:
    return dict(
        x=end[0],
        y=end[1],
        ax=start[0],
        ay=start[1],
        xref="x",
        yref="y",
        axref="x",
        ayref="y",
        text="",
        showarrow=True,
        arrowhead=2,
        arrowsize=1.1,
        arrowwidth=1.4,
        standoff=11,
        startstandoff=0 if bent else 9,
        arrowcolor=color,
        opacity=0.85,
    )


def filter_graph(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    center: str,
    *,
    relation: str | None = None,
    hide_hosts: bool = False,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Only edges of `relation` (None: all) and, with `hide_hosts`, no host but `center`; nodes left
    without an edge are dropped (except `center`), so a hub CI stays readable."""
    dropped = {n["id"] for n in nodes if hide_hosts and n.get("type") == "host" and n["id"] != center}
    kept_edges = [
        e
        for e in edges
        if (relation is None or e["type"] == relation)
        and e["source"] not in dropped
        and e["target"] not in dropped
    ]
    linked = {center, *(e["source"] for e in kept_edges), *(e["target"] for e in kept_edges)}
    return [n for n in nodes if n["id"] in linked], kept_edges


def _alert_halos(
    nodes: list[dict[str, Any]], coords: dict[str, tuple[float, float]], health: dict[str, str], center: str
) -> list[go.Scatter]:
    """One trace per alert severity: a wide ring behind each node with a firing alert of that severity."""
    traces = []
    for severity, color in ALERT_COLORS.items():
        members = [n["id"] for n in nodes if health.get(n["id"]) == severity]
        if members:
            traces.append(
                go.Scatter(
                    x=[coords[m][0] for m in members],
                    y=[coords[m][1] for m in members],
                    mode="markers",
                    name=f"alert: {severity}",
                    marker={
                        "size": [46 if m == center else 34 for m in members],
                        "color": color,
                        "opacity": 0.35,
                        "line": {"width": 3, "color": color},
                    },
                    hovertext=[f"{m}: {severity}" for m in members],
                    hoverinfo="text",
                )
            )
    return traces


def graph_figure(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    center: str,
    health: dict[str, str] | None = None,
) -> tuple[go.Figure, list[list[str]]]:
    """The figure, and per trace the node names of its points (empty for non-node traces). `health`
    (CI → worst firing alert severity) rings those nodes in the severity's colour."""
    health = health or {}
    coords, bends = layered_layout(nodes, edges)
    fig = go.Figure()
    curves: list[list[str]] = []
    annotations = []
    for rel_type, color in EDGE_COLORS.items():
        rel_edges = [
            e for e in edges if e["type"] == rel_type and e["source"] in coords and e["target"] in coords
        ]
        if not rel_edges:
            continue
        line_x: list[float | None] = []
        line_y: list[float | None] = []
        for edge in rel_edges:
            path = [
                coords[edge["source"]],
                *bends.get((edge["source"], edge["target"]), []),
                coords[edge["target"]],
            ]
            if len(path) > 2:  # bent edge: plain segments up to the last bend, then the arrow
                line_x += [p[0] for p in path[:-1]] + [None]
                line_y += [p[1] for p in path[:-1]] + [None]
            annotations.append(_arrow(path[-2], path[-1], color, len(path) > 2))
        fig.add_trace(
            go.Scatter(
                x=line_x or [None],
                y=line_y or [None],
                mode="lines",
                name=rel_type,
                line={"color": color, "width": 1.4},
                opacity=0.85,
                hoverinfo="skip",
                legendgroup=rel_type,
            )
        )
        # Invisible midpoints carry the edge hover text.
        fig.add_trace(
            go.Scatter(
                x=[(coords[e["source"]][0] + coords[e["target"]][0]) / 2 for e in rel_edges],
                y=[(coords[e["source"]][1] + coords[e["target"]][1]) / 2 for e in rel_edges],
                mode="markers",
                marker={"size": 8, "color": color, "opacity": 0.0},
                showlegend=False,
                hovertext=[f"{e['source']} → {e['target']} ({rel_type})" for e in rel_edges],
                hoverinfo="text",
                legendgroup=rel_type,
            )
        )
        curves += [[], []]
    for halo in _alert_halos(nodes, coords, health, center):
        fig.add_trace(halo)
        curves.append([])
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in nodes:
        by_type[node.get("type", "")].append(node)
    for ci_type in sorted(by_type, key=lambda k: _TYPE_ORDER.get(k, 99)):
        members = by_type[ci_type]
        fig.add_trace(
            go.Scatter(
                x=[coords[n["id"]][0] for n in members],
                y=[coords[n["id"]][1] for n in members],
                mode="markers+text",
                name=ci_type,
                text=[n["id"] for n in members],
                textposition="bottom center",
                textfont={"size": 11},
                marker={
                    "size": [26 if n["id"] == center else 16 for n in members],
                    "color": TYPE_COLORS.get(ci_type, "#94a3b8"),
                    "opacity": [0.45 if n.get("status") == "retired" else 1.0 for n in members],
                    "line": {
                        "width": [4 if n["id"] == center else 1 for n in members],
                        "color": [
                            "#111827"
                            if n["id"] == center
                            else ("#f97316" if n.get("status") == "maintenance" else "#ffffff")
                            for n in members
                        ],
                    },
                },
                hovertext=[
                    f"<b>{n['id']}</b><br>{ci_type} · {n.get('environment', '')} · {n.get('status', '')}"
                    + (f"<br>alert: {health[n['id']]}" if n["id"] in health else "")
                    for n in members
                ],
                hoverinfo="text",
            )
        )
        curves.append([n["id"] for n in members])
    points = [*coords.values(), *(p for bend in bends.values() for p in bend)]
    n_layers = max((x for x, _ in points), default=0) + 1
    tallest = max((sum(1 for c in points if c[0] == x) for x in range(int(n_layers))), default=1)
    fig.update_layout(
        annotations=annotations,
        height=max(320, 70 * tallest + 110),
        margin={"l": 20, "r": 20, "t": 10, "b": 10},
        xaxis={"visible": False, "range": [-0.6, n_layers - 0.4]},
        yaxis={"visible": False, "range": [-(tallest / 2) - 0.3, tallest / 2 + 0.3]},
        hovermode="closest",
        dragmode="pan",
        showlegend=True,
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        legend={"orientation": "h", "y": -0.02, "yanchor": "top"},
    )
    return fig, curves


def graph_view(figure: rx.Var, on_click: Any) -> rx.Component:
    """The drawn graph; clicking a node calls `on_click` with the clicked points."""
    return rx.box(
        rx.plotly.basic(
            data=figure, on_click=on_click, width="100%", config={"displaylogo": False, "scrollZoom": True}
        ),
        width="100%",
        data_testid="dependency-graph",
    )

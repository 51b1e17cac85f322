"""The view models of one CI's page (/infra/[ci_name]): metric charts with rule thresholds and time
marks, the dependency graph with alert rings and filters, events and attributes. Plain functions that
open their own sessions; `spa_ai.state.infra` runs them in a worker thread."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import plotly.graph_objects as go
from sqlmodel import Session

from services.cep import health
from services.core.clock import display_timezone, format_local, utcnow
from services.core.db import session_scope
from services.infra import event_queries, metric_queries, queries
from services.infra.graph import get_graph_store
from spa_ai.components.charts import metric_figure
from spa_ai.components.graph_view import filter_graph, graph_figure

RANGES: dict[str, int] = {"1h": 3600, "6h": 6 * 3600, "24h": 86400, "7d": 7 * 86400}
DIRECTIONS = {"both": "both", "upstream": "in", "downstream": "out"}
RELATIONS = (ALL_RELATIONS := "all", "DEPENDS_ON", "RUNS_ON", "CONNECTS_TO")
HOSTS = ("show", "hide")
LIST_COLUMNS = ("name", "type", "environment", "status", "owner", "location")
POINTS_PER_CHART = 240
MAX_GRAPH_NODES = 150


def _attr_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


@dataclass
class ChartView:
    figure: go.Figure
    has_data: bool
    until: str


@dataclass
class GraphView:
    figure: go.Figure
    curves: list[list[str]]
    count: int
    truncated: bool


@dataclass
class DetailView:
    ci: dict[str, str]
    attributes: list[list[str]] = field(default_factory=list)
    events: list[dict[str, str]] = field(default_factory=list)
    chart: ChartView | None = None
    graph: GraphView | None = None


def build_chart(session: Session, name: str, range_key: str, lang: str) -> ChartView:
    span = RANGES[range_key]
    catalog = queries.metric_catalog(session)
    now = utcnow()
    stamps = [s["ts"] for m in catalog if (s := metric_queries.latest(session, name, m["name"], at=now))]
    end = now
    if stamps and max(stamps) < now - timedelta(seconds=span / 4):
        end = max(stamps) + timedelta(seconds=1)  # stale data: show its last window, not an empty one
    start, step = end - timedelta(seconds=span), max(60, span // POINTS_PER_CHART)
    series = {m["name"]: metric_queries.series(session, name, m["name"], start, end, step) for m in catalog}
    titles = {
        m["name"]: f"{m['description_en' if lang == 'en' else 'description_ko']} ({m['unit']})"
        for m in catalog
    }
    thresholds, marks = health.chart_overlays(session, name, start, end)
    marks += [
        {"at": e["ts"], "kind": "event", "text": f"{e['severity']} {e['type']}: {e['message']}"}
        for e in event_queries.events(session, ci=name, start=start, end=end, min_severity="major", limit=50)
    ]
    figure = metric_figure(series, titles, display_timezone(), thresholds, marks)
    return ChartView(figure, any(series.values()), format_local(end))


def build_graph(
    name: str, depth: str, direction: str, relation: str = ALL_RELATIONS, hosts: str = "show"
) -> GraphView:
    """The dependency graph around `name`, filtered by relation type and hosts, nodes ringed by the
    severity of their firing alerts."""
    store = get_graph_store()
    directions = ["in", "out"] if direction == "both" else [DIRECTIONS[direction]]
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for way in directions:
        part = store.subgraph(name, depth=int(depth), direction=way)
        nodes.update({n["id"]: n for n in part["nodes"]})
        edges.update({(e["source"], e["target"], e["type"]): e for e in part["edges"]})
    truncated = len(nodes) > MAX_GRAPH_NODES
    if truncated:
        keep = {name, *sorted(nodes)[: MAX_GRAPH_NODES - 1]}
        nodes = {k: v for k, v in nodes.items() if k in keep}
        edges = {k: e for k, e in edges.items() if k[0] in keep and k[1] in keep}
    shown, links = filter_graph(
        list(nodes.values()),
        list(edges.values()),
        name,
        relation=None if relation == ALL_RELATIONS else relation,
        hide_hosts=hosts == "hide",
    )
    with session_scope() as session:
        worst = health.ci_health(session, [n["id"] for n in shown])
    figure, curves = graph_figure(shown, links, name, worst)
    return GraphView(figure, curves, len(shown), truncated)


def read_detail(
    name: str, range_key: str, depth: str, direction: str, lang: str, relation: str, hosts: str
) -> DetailView | None:
    """Everything the CI page shows, or None when there is no such CI."""
    with session_scope() as session:
        ci = queries.get_ci(session, name) if name else None
        if ci is None:
            return None
        detail = DetailView(
            ci={k: str(ci[k]) for k in LIST_COLUMNS},
            attributes=[[k, _attr_text(v)] for k, v in sorted(ci["attributes"].items())],
            events=[
                {
                    "ts": format_local(e["ts"]),
                    "severity": e["severity"],
                    "type": e["type"],
                    "message": e["message"],
                }
                for e in event_queries.events(session, ci=name, limit=25)
            ],
            chart=build_chart(session, name, range_key, lang),
        )
    detail.graph = build_graph(name, depth, direction, relation, hosts)
    return detail


def read_chart(name: str, range_key: str, lang: str) -> ChartView:
    with session_scope() as session:
        return build_chart(session, name, range_key, lang)

"""Infrastructure page states: the CI list (/infra: filters, search, server-side paging) and one CI
(/infra/[ci_name]: metric charts over a time range, recent events, dependency graph).

Both read their view from the address (`?q=&type=…&page=` and `?range=&depth=&direction=`) on load and
write it back after each change, so a view can be shared and survives a reload. Every handler re-checks
`infra:read` on the server; database and graph work runs in a worker thread.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import quote

import plotly.graph_objects as go
import reflex as rx
from sqlmodel import Session

from services.cep import health
from services.core.clock import display_timezone, format_local, utcnow
from services.core.db import session_scope
from services.core.security import Principal
from services.infra import queries
from services.infra.graph import get_graph_store
from services.infra.models import CI_STATUSES, CI_TYPES, ENVIRONMENTS
from spa_ai.components.charts import metric_figure
from spa_ai.components.graph_view import filter_graph, graph_figure
from spa_ai.state import url_state
from spa_ai.state.page import PageState

READ = "infra:read"
LIST_ROUTE = "/infra"
PAGE_SIZE = 25
RANGES: dict[str, int] = {"1h": 3600, "6h": 6 * 3600, "24h": 86400, "7d": 7 * 86400}
DEFAULT_RANGE = "24h"
DEPTHS = ("1", "2", "3", "4")
DEFAULT_DEPTH = "2"
POINTS_PER_CHART = 240
MAX_GRAPH_NODES = 150
DIRECTIONS = {"both": "both", "upstream": "in", "downstream": "out"}
RELATIONS = (ALL_RELATIONS := "all", "DEPENDS_ON", "RUNS_ON", "CONNECTS_TO")
HOSTS = ("show", "hide")
FILTERS: dict[str, tuple[str, ...] | None] = {
    "type": CI_TYPES,
    "environment": ENVIRONMENTS,
    "status": CI_STATUSES,
    "owner": None,
    "location": None,
}
ALL = "all"
LIST_COLUMNS = ("name", "type", "environment", "status", "owner", "location")
SORTS = ("name", "health")


def _attr_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def list_query(q: str, filters: dict[str, str], page: int, sort: str = "name") -> str:
    """The query string of a list view (page is 1-based in the address)."""
    values: dict[str, str | int] = {"q": q, **filters, "page": page + 1, "sort": sort}
    return url_state.query_string(values, {**dict.fromkeys(FILTERS, ALL), "page": 1, "sort": "name"})


def list_view_from(params: dict[str, str]) -> tuple[str, dict[str, str], int, str]:
    """(search text, filters, 0-based page, sort) named by a list address; unknown values fall back."""
    q = url_state.choice(params, "q", None, "")
    filters = {key: url_state.choice(params, key, allowed, ALL) for key, allowed in FILTERS.items()}
    sort = url_state.choice(params, "sort", SORTS, "name")
    return q, filters, url_state.number(params, "page", 1, 1, 100_000) - 1, sort


def _search(
    q: str, filters: dict[str, str], page: int, sort: str = "name"
) -> tuple[list[dict[str, str]], int, dict, int]:
    """(rows, total, facets, page) — the page is moved back to the last one when beyond it. Each row
    carries its health (the worst firing alert severity, else "ok"); sort "health" puts the worst first."""
    chosen = {k: (None if v == ALL else v) for k, v in filters.items()}
    with session_scope() as session:
        facets = queries.ci_facets(session)
        first = health.worst_first(health.ci_health(session)) if sort == "health" else None
        rows, total = queries.search_cis(
            session, q=q or None, limit=PAGE_SIZE, offset=page * PAGE_SIZE, first=first, **chosen
        )
        if not rows and total and page > 0:
            page = (total - 1) // PAGE_SIZE
            rows, total = queries.search_cis(
                session, q=q or None, limit=PAGE_SIZE, offset=page * PAGE_SIZE, first=first, **chosen
            )
        worst = health.ci_health(session, [r["name"] for r in rows])
    return (
        [{**{k: str(r[k]) for k in LIST_COLUMNS}, "health": worst.get(r["name"], health.OK)} for r in rows],
        total,
        facets,
        page,
    )


class InfraListState(PageState, rx.State):
    """/infra: the CI list."""

    rows: list[dict[str, str]] = []
    total: int = 0
    page: int = 0
    q: str = ""
    filters: dict[str, str] = dict.fromkeys(FILTERS, ALL)
    sort: str = "name"
    owners: list[str] = []
    locations: list[str] = []

    @rx.var
    def page_label(self) -> str:
        if not self.total:
            return "0 / 0"
        first = self.page * PAGE_SIZE + 1
        return f"{first}–{min(self.total, first + PAGE_SIZE - 1)} / {self.total}"

    @rx.var
    def has_prev(self) -> bool:
        return self.page > 0

    @rx.var
    def has_next(self) -> bool:
        return (self.page + 1) * PAGE_SIZE < self.total

    @rx.var
    def filtered(self) -> bool:
        """Whether a search or filter narrows the list (an empty result then means 'no match')."""
        return self.q != "" or any(v != ALL for v in self.filters.values())

    async def _refresh(self, update_url: bool = True) -> Any:
        try:
            rows, total, facets, page = await asyncio.to_thread(
                _search, self.q, dict(self.filters), self.page, self.sort
            )
        except Exception as exc:
            return await self.fail_load(exc)
        self.rows, self.total, self.page = rows, total, page
        self.owners, self.locations = facets["owner"], facets["location"]
        self.error, self.loading = "", False
        if update_url:
            self.show_in_url(LIST_ROUTE, list_query(self.q, self.filters, self.page, self.sort))
        return None

    @rx.event
    async def load(self):
        """on_load of /infra: the view named by the address."""
        caller = await self.authorize(READ, quiet=True)
        if not isinstance(caller, Principal):
            return caller
        self.q, self.filters, self.page, self.sort = list_view_from(self.url_params())
        return await self._refresh(update_url=False)

    @rx.event
    async def search(self, form: dict):
        """Apply the search box (name contains, case-insensitive)."""
        if not isinstance(caller := await self.authorize(READ), Principal):
            return caller
        self.q = str(form.get("q", "")).strip()[: url_state.MAX_PARAM_LENGTH]
        self.page = 0
        return await self._refresh()

    @rx.event
    async def set_filter(self, key: str, value: str):
        """Change one filter (type, environment, status, owner, location); "all" clears it."""
        if not isinstance(caller := await self.authorize(READ), Principal):
            return caller
        allowed = FILTERS.get(key, ())
        if key not in FILTERS or (value != ALL and allowed is not None and value not in allowed):
            return await self.refuse("infra.invalid_filter", name=key, value=value)
        self.filters = {**self.filters, key: value[: url_state.MAX_PARAM_LENGTH]}
        self.page = 0
        return await self._refresh()

    @rx.event
    async def reset_filters(self):
        """Clear search and filters."""
        if not isinstance(caller := await self.authorize(READ), Principal):
            return caller
        self.q, self.page, self.filters = "", 0, dict.fromkeys(FILTERS, ALL)
        return await self._refresh()

    @rx.event
    async def set_sort(self, sort: str):
        """Order by name, or by health (CIs with the worst firing alerts first)."""
        if not isinstance(caller := await self.authorize(READ), Principal):
            return caller
        if sort not in SORTS:
            return await self.refuse("infra.invalid_filter", name="sort", value=sort)
        self.sort, self.page = sort, 0
        return await self._refresh()

    @rx.event
    async def turn_page(self, delta: int):
        """Previous (-1) or next (+1) page."""
        if not isinstance(caller := await self.authorize(READ), Principal):
            return caller
        last = max(0, (self.total - 1) // PAGE_SIZE)
        self.page = min(max(0, self.page + int(delta)), last)
        return await self._refresh()


# --- one CI -----------------------------------------------------------------------------------------------


@dataclass
class _Chart:
    figure: go.Figure
    has_data: bool
    until: str


@dataclass
class _Graph:
    figure: go.Figure
    curves: list[list[str]]
    count: int
    truncated: bool


@dataclass
class _Detail:
    ci: dict[str, str]
    attributes: list[list[str]] = field(default_factory=list)
    events: list[dict[str, str]] = field(default_factory=list)
    chart: _Chart | None = None
    graph: _Graph | None = None


def detail_query(
    range_key: str, depth: str, direction: str, relation: str = ALL_RELATIONS, hosts: str = "show"
) -> str:
    """The query string of a CI view."""
    return url_state.query_string(
        {"range": range_key, "depth": depth, "direction": direction, "relation": relation, "hosts": hosts},
        {
            "range": DEFAULT_RANGE,
            "depth": DEFAULT_DEPTH,
            "direction": "both",
            "relation": ALL_RELATIONS,
            "hosts": "show",
        },
    )


def _chart(session: Session, name: str, range_key: str, lang: str) -> _Chart:
    span = RANGES[range_key]
    catalog = queries.metric_catalog(session)
    now = utcnow()
    stamps = [s["ts"] for m in catalog if (s := queries.latest(session, name, m["name"], at=now))]
    end = now
    if stamps and max(stamps) < now - timedelta(seconds=span / 4):
        end = max(stamps) + timedelta(seconds=1)  # stale data: show its last window, not an empty one
    start, step = end - timedelta(seconds=span), max(60, span // POINTS_PER_CHART)
    series = {m["name"]: queries.series(session, name, m["name"], start, end, step) for m in catalog}
    titles = {
        m["name"]: f"{m['description_en' if lang == 'en' else 'description_ko']} ({m['unit']})"
        for m in catalog
    }
    thresholds, marks = health.chart_overlays(session, name, start, end)
    marks += [
        {"at": e["ts"], "kind": "event", "text": f"{e['severity']} {e['type']}: {e['message']}"}
        for e in queries.events(session, ci=name, start=start, end=end, min_severity="major", limit=50)
    ]
    figure = metric_figure(series, titles, display_timezone(), thresholds, marks)
    return _Chart(figure, any(series.values()), format_local(end))


def _graph(
    name: str, depth: str, direction: str, relation: str = ALL_RELATIONS, hosts: str = "show"
) -> _Graph:
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
    return _Graph(figure, curves, len(shown), truncated)


def _read_detail(
    name: str, range_key: str, depth: str, direction: str, lang: str, relation: str, hosts: str
) -> _Detail | None:
    """Everything the CI page shows, or None when there is no such CI."""
    with session_scope() as session:
        ci = queries.get_ci(session, name) if name else None
        if ci is None:
            return None
        detail = _Detail(
            ci={k: str(ci[k]) for k in LIST_COLUMNS},
            attributes=[[k, _attr_text(v)] for k, v in sorted(ci["attributes"].items())],
            events=[
                {
                    "ts": format_local(e["ts"]),
                    "severity": e["severity"],
                    "type": e["type"],
                    "message": e["message"],
                }
                for e in queries.events(session, ci=name, limit=25)
            ],
            chart=_chart(session, name, range_key, lang),
        )
    detail.graph = _graph(name, depth, direction, relation, hosts)
    return detail


def _read_chart(name: str, range_key: str, lang: str) -> _Chart:
    with session_scope() as session:
        return _chart(session, name, range_key, lang)


class CIDetailState(PageState, rx.State):
    """/infra/[ci_name]: one CI."""

    ci: dict[str, str] = {}
    attributes: list[list[str]] = []
    range_key: str = DEFAULT_RANGE
    chart: go.Figure = go.Figure()
    has_chart: bool = False
    chart_until: str = ""
    events: list[dict[str, str]] = []
    graph: go.Figure = go.Figure()
    graph_count: int = 0
    graph_truncated: bool = False
    depth: str = DEFAULT_DEPTH
    direction: str = "both"
    relation: str = ALL_RELATIONS
    hosts: str = "show"
    _curves: list[list[str]] = []

    def _name_from_url(self) -> str:
        return url_state.path_tail(self.url_path(), 2)

    def _show_view(self) -> None:
        path = f"{LIST_ROUTE}/{quote(self.ci.get('name', ''), safe='')}"
        self.show_in_url(
            path, detail_query(self.range_key, self.depth, self.direction, self.relation, self.hosts)
        )

    def _show_chart(self, chart: _Chart) -> None:
        self.chart, self.has_chart, self.chart_until = chart.figure, chart.has_data, chart.until

    def _show_graph(self, graph: _Graph) -> None:
        self.graph, self._curves = graph.figure, graph.curves
        self.graph_count, self.graph_truncated = graph.count, graph.truncated

    @rx.event
    async def load(self):
        """on_load of /infra/[ci_name]: the CI, its charts, events and graph, as the address says."""
        caller = await self.authorize(READ, quiet=True)
        if not isinstance(caller, Principal):
            yield caller
            return
        name = self._name_from_url()
        if name != self.ci.get("name") or self.not_found or self.error:
            self.loading, self.not_found, self.error = True, False, ""
            self.ci = {"name": name}
            yield
        params = self.url_params()
        self.range_key = url_state.choice(params, "range", RANGES, DEFAULT_RANGE)
        self.depth = url_state.choice(params, "depth", DEPTHS, DEFAULT_DEPTH)
        self.direction = url_state.choice(params, "direction", DIRECTIONS, "both")
        self.relation = url_state.choice(params, "relation", RELATIONS, ALL_RELATIONS)
        self.hosts = url_state.choice(params, "hosts", HOSTS, "show")
        try:
            detail = await asyncio.to_thread(
                _read_detail,
                name,
                self.range_key,
                self.depth,
                self.direction,
                await self.lang(),
                self.relation,
                self.hosts,
            )
        except Exception as exc:
            await self.fail_load(exc)
            return
        self.ci = {"name": name}
        self.not_found = detail is None
        if detail is not None:
            self.ci, self.attributes, self.events = detail.ci, detail.attributes, detail.events
            assert detail.chart is not None and detail.graph is not None
            self._show_chart(detail.chart)
            self._show_graph(detail.graph)
        self.error, self.loading = "", False

    @rx.event
    async def set_range(self, value: str | list[str]):
        """Time range of the charts: 1h, 6h, 24h or 7d."""
        if not isinstance(caller := await self.authorize(READ), Principal):
            return caller
        value = value[0] if isinstance(value, list) else value
        if value not in RANGES or not self.ci.get("type"):
            return None
        self.range_key = value
        try:
            chart = await asyncio.to_thread(_read_chart, self.ci["name"], value, await self.lang())
        except Exception as exc:
            return await self.toast_error(exc)
        self._show_chart(chart)
        self._show_view()
        return None

    @rx.event
    async def set_graph(self, key: str, value: str):
        """Graph controls: depth (1-4), direction (both, upstream, downstream), relation (all or one
        type) or hosts (show, hide)."""
        if not isinstance(caller := await self.authorize(READ), Principal):
            return caller
        if key == "depth" and value in DEPTHS:
            self.depth = value
        elif key == "direction" and value in DIRECTIONS:
            self.direction = value
        elif key == "relation" and value in RELATIONS:
            self.relation = value
        elif key == "hosts" and value in HOSTS:
            self.hosts = value
        else:
            return None
        if not self.ci.get("type"):
            return None
        try:
            graph = await asyncio.to_thread(
                _graph, self.ci["name"], self.depth, self.direction, self.relation, self.hosts
            )
        except Exception as exc:
            return await self.toast_error(exc)
        self._show_graph(graph)
        self._show_view()
        return None

    @rx.event
    async def open_node(self, points: list[dict]):
        """A click on the graph: open the clicked CI."""
        if not isinstance(caller := await self.authorize(READ), Principal):
            return caller
        for point in points or []:
            curve, index = point.get("curveNumber"), point.get("pointNumber")
            if isinstance(curve, int) and isinstance(index, int) and 0 <= curve < len(self._curves):
                names = self._curves[curve]
                if 0 <= index < len(names) and names[index] != self.ci.get("name"):
                    return rx.redirect(f"{LIST_ROUTE}/{quote(names[index], safe='')}")
        return None

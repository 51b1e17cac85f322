"""Infrastructure page states: the CI list (/infra: filters, search, server-side paging) and one CI
(/infra/[ci_name]: metric charts over a time range, recent events, dependency graph).

Both read their view from the address (`?q=&type=…&page=` and `?range=&depth=&direction=`) on load and
write it back after each change, so a view can be shared and survives a reload. Every handler re-checks
`infra:read` on the server; database and graph work runs in a worker thread.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import quote

import plotly.graph_objects as go
import reflex as rx

from services.cep import health
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.security import Principal
from services.infra import queries
from services.infra.models import CI_STATUSES, CI_TYPES, ENVIRONMENTS
from services.ops.oncall import problems_per_ci
from spa_ai.state import url_state
from spa_ai.state.infra_views import (
    ALL_RELATIONS,
    DIRECTIONS,
    HOSTS,
    LIST_COLUMNS,
    RANGES,
    RELATIONS,
    ChartView,
    GraphView,
    build_graph,
    read_chart,
    read_detail,
)
from spa_ai.state.page import PageState

READ = "infra:read"
LIST_ROUTE = "/infra"
PAGE_SIZE = 25
DEFAULT_RANGE = "24h"
DEPTHS = ("1", "2", "3", "4")
DEFAULT_DEPTH = "2"
FILTERS: dict[str, tuple[str, ...] | None] = {
    "type": CI_TYPES,
    "environment": ENVIRONMENTS,
    "status": CI_STATUSES,
    "owner": None,
    "location": None,
}
ALL = "all"
SORTS = ("name", "health")


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
    carries its health: the worst severity of its problems now (firing alerts, OPS thresholds, anomalies,
    events — one estate scan per page, not per row) and how many, else "ok"; sort "health" puts the
    worst first."""
    chosen: dict[str, Any] = {k: (None if v == ALL else v) for k, v in filters.items()}
    with session_scope() as session:
        facets = queries.ci_facets(session)
        per_ci = problems_per_ci(session, now=utcnow())
        first = worst_first(per_ci) if sort == "health" else None
        rows, total = queries.search_cis(
            session, q=q or None, limit=PAGE_SIZE, offset=page * PAGE_SIZE, first=first, **chosen
        )
        if not rows and total and page > 0:
            page = (total - 1) // PAGE_SIZE
            rows, total = queries.search_cis(
                session, q=q or None, limit=PAGE_SIZE, offset=page * PAGE_SIZE, first=first, **chosen
            )
    ok = (health.OK, 0)
    return (
        [
            {
                **{k: str(r[k]) for k in LIST_COLUMNS},
                "health": per_ci.get(r["name"], ok)[0],
                "problems": str(per_ci.get(r["name"], ok)[1]),
            }
            for r in rows
        ],
        total,
        facets,
        page,
    )


def worst_first(per_ci: dict[str, tuple[str, int]]) -> list[str]:
    """CI names by their worst problem's severity, then by how many problems, then by name."""
    rank = health.SEVERITY_RANK
    return sorted(per_ci, key=lambda name: (rank.get(per_ci[name][0], 9), -per_ci[name][1], name))


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
        """Order by name, or by health (CIs with the worst problems first)."""
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

    def _show_chart(self, chart: ChartView) -> None:
        self.chart, self.has_chart, self.chart_until = chart.figure, chart.has_data, chart.until

    def _show_graph(self, graph: GraphView) -> None:
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
                read_detail,
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
            chart = await asyncio.to_thread(read_chart, self.ci["name"], value, await self.lang())
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
                build_graph, self.ci["name"], self.depth, self.direction, self.relation, self.hosts
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

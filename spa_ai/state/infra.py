"""Infrastructure page state: the CI list (filters, search, server-side paging) and one CI's detail
(metric charts over a time range, recent events, dependency graph). Every handler re-checks
`infra:read` on the server."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote, unquote

import plotly.graph_objects as go
import reflex as rx
from sqlmodel import Session

from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.errors import DomainError
from services.core.security import Principal
from services.core.settings import get_settings
from services.infra import queries
from services.infra.graph import get_graph_store
from services.infra.models import CI_STATUSES, CI_TYPES, ENVIRONMENTS
from spa_ai.components.charts import metric_figure
from spa_ai.components.graph_view import graph_figure
from spa_ai.state.auth import AuthState, authorize

PAGE_SIZE = 25
RANGES: dict[str, int] = {"1h": 3600, "6h": 6 * 3600, "24h": 86400, "7d": 7 * 86400}
POINTS_PER_CHART = 240
MAX_GRAPH_NODES = 150
DIRECTIONS = {"both": "both", "upstream": "in", "downstream": "out"}
FILTERS: dict[str, tuple[str, ...] | None] = {
    "type": CI_TYPES,
    "environment": ENVIRONMENTS,
    "status": CI_STATUSES,
    "owner": None,
    "location": None,
}
ALL = "all"


def _attr_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class InfraState(rx.State):
    """CI list and CI detail."""

    denied: bool = False
    # --- list
    loading: bool = True
    error: str = ""
    rows: list[dict[str, str]] = []
    total: int = 0
    page: int = 0
    q: str = ""
    filters: dict[str, str] = dict.fromkeys(FILTERS, ALL)
    owners: list[str] = []
    locations: list[str] = []
    # --- detail
    d_loading: bool = True
    d_error: str = ""
    ci: dict[str, str] = {}
    attributes: list[list[str]] = []
    range_key: str = "24h"
    chart: go.Figure = go.Figure()
    has_chart: bool = False
    chart_until: str = ""
    events: list[dict[str, str]] = []
    graph: go.Figure = go.Figure()
    graph_count: int = 0
    graph_truncated: bool = False
    depth: str = "2"
    direction: str = "both"
    _curves: list[list[str]] = []

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

    async def _guard(self) -> Any:
        """None when the caller may read infrastructure, else the event that refuses them."""
        result = await authorize(self, "infra:read")
        if isinstance(result, Principal):
            self.denied = False
            return None
        self.denied, self.loading, self.d_loading = True, False, False
        return result

    # --- list ---------------------------------------------------------------------------------------

    def _load_page(self) -> None:
        try:
            chosen = {k: (None if v == ALL else v) for k, v in self.filters.items()}
            with session_scope() as session:
                facets = queries.ci_facets(session)
                self.owners, self.locations = facets["owner"], facets["location"]
                rows, self.total = queries.search_cis(
                    session, q=self.q or None, limit=PAGE_SIZE, offset=self.page * PAGE_SIZE, **chosen
                )
            self.rows = [
                {k: str(r[k]) for k in ("name", "type", "environment", "status", "owner", "location")}
                for r in rows
            ]
            self.error = ""
        except DomainError as exc:
            self.error = exc.message
        except Exception as exc:  # shown as the page's error state
            self.error = f"{type(exc).__name__}: {exc}"
        self.loading = False

    @rx.event
    async def load_list(self):
        """on_load of /infra."""
        if (refused := await self._guard()) is not None:
            return refused
        self._load_page()
        return None

    @rx.event
    async def search(self, form: dict):
        """Apply the search box (name contains, case-insensitive)."""
        if (refused := await self._guard()) is not None:
            return refused
        self.q = str(form.get("q", "")).strip()[:200]
        self.page = 0
        self._load_page()
        return None

    @rx.event
    async def set_filter(self, key: str, value: str):
        """Change one filter (type, environment, status, owner, location); "all" clears it."""
        if (refused := await self._guard()) is not None:
            return refused
        allowed = FILTERS.get(key, ())
        if key not in FILTERS or (value != ALL and allowed is not None and value not in allowed):
            return rx.toast.error(f"invalid filter {key}={value}")
        self.filters = {**self.filters, key: value}
        self.page = 0
        self._load_page()
        return None

    @rx.event
    async def reset_filters(self):
        """Clear search and filters."""
        if (refused := await self._guard()) is not None:
            return refused
        self.q, self.page, self.filters = "", 0, dict.fromkeys(FILTERS, ALL)
        self._load_page()
        return None

    @rx.event
    async def turn_page(self, delta: int):
        """Previous (-1) or next (+1) page."""
        if (refused := await self._guard()) is not None:
            return refused
        last = max(0, (self.total - 1) // PAGE_SIZE)
        self.page = min(max(0, self.page + int(delta)), last)
        self._load_page()
        return None

    # --- detail -------------------------------------------------------------------------------------

    def _name_from_url(self) -> str:
        path = str(self.router.url.path).rstrip("/")
        return unquote(path.rsplit("/", 1)[-1]) if path.count("/") >= 2 else ""

    @rx.event
    async def load_detail(self):
        """on_load of /infra/[ci_name]: the CI, its charts, events and graph."""
        if (refused := await self._guard()) is not None:
            yield refused
            return
        name = self._name_from_url()
        if name != self.ci.get("name"):
            self.d_loading = True
            yield
        lang = (await self.get_state(AuthState)).lang
        try:
            with session_scope() as session:
                ci = queries.get_ci(session, name) if name else None
                if ci is None:
                    self.ci, self.d_error = (
                        {"name": name},
                        (await self.get_state(AuthState)).t("infra.not_found"),
                    )
                    self.d_loading = False
                    return
                self.ci = {
                    k: str(ci[k]) for k in ("name", "type", "environment", "status", "owner", "location")
                }
                self.attributes = [[k, _attr_text(v)] for k, v in sorted(ci["attributes"].items())]
                self.events = [
                    {
                        "ts": _local(e["ts"]),
                        "severity": e["severity"],
                        "type": e["type"],
                        "message": e["message"],
                    }
                    for e in queries.events(session, ci=name, limit=25)
                ]
                self._load_chart(session, lang)
            self._load_graph()
            self.d_error = ""
        except DomainError as exc:
            self.d_error = exc.message
        except Exception as exc:  # shown as the page's error state
            self.d_error = f"{type(exc).__name__}: {exc}"
        self.d_loading = False

    def _load_chart(self, session: Session, lang: str) -> None:
        name, span = self.ci["name"], RANGES[self.range_key]
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
        self.chart = metric_figure(series, titles, get_settings().timezone)
        self.has_chart = any(series.values())
        self.chart_until = _local(end)

    def _load_graph(self) -> None:
        name = self.ci["name"]
        store = get_graph_store()
        directions = ["in", "out"] if self.direction == "both" else [DIRECTIONS[self.direction]]
        nodes: dict[str, dict[str, Any]] = {}
        edges: dict[tuple[str, str, str], dict[str, Any]] = {}
        for direction in directions:
            part = store.subgraph(name, depth=int(self.depth), direction=direction)
            nodes.update({n["id"]: n for n in part["nodes"]})
            edges.update({(e["source"], e["target"], e["type"]): e for e in part["edges"]})
        self.graph_truncated = len(nodes) > MAX_GRAPH_NODES
        if self.graph_truncated:
            keep = {name, *sorted(nodes)[: MAX_GRAPH_NODES - 1]}
            nodes = {k: v for k, v in nodes.items() if k in keep}
            edges = {k: e for k, e in edges.items() if k[0] in keep and k[1] in keep}
        self.graph, self._curves = graph_figure(list(nodes.values()), list(edges.values()), name)
        self.graph_count = len(nodes)

    @rx.event
    async def set_range(self, value: str | list[str]):
        """Time range of the charts: 1h, 6h, 24h or 7d."""
        if (refused := await self._guard()) is not None:
            return refused
        value = value[0] if isinstance(value, list) else value
        if value not in RANGES or not self.ci.get("type"):
            return None
        self.range_key = value
        lang = (await self.get_state(AuthState)).lang
        try:
            with session_scope() as session:
                self._load_chart(session, lang)
        except Exception as exc:  # shown as the page's error state
            self.d_error = f"{type(exc).__name__}: {exc}"
        return None

    @rx.event
    async def set_graph(self, key: str, value: str):
        """Graph controls: depth (1-4) or direction (both, upstream, downstream)."""
        if (refused := await self._guard()) is not None:
            return refused
        if key == "depth" and value in ("1", "2", "3", "4"):
            self.depth = value
        elif key == "direction" and value in DIRECTIONS:
            self.direction = value
        else:
            return None
        if self.ci.get("type"):
            try:
                self._load_graph()
            except Exception as exc:  # shown as the page's error state
                self.d_error = f"{type(exc).__name__}: {exc}"
        return None

    @rx.event
    async def open_node(self, points: list[dict]):
        """A click on the graph: open the clicked CI."""
        if (refused := await self._guard()) is not None:
            return refused
        for point in points or []:
            curve, index = point.get("curveNumber"), point.get("pointNumber")
            if isinstance(curve, int) and isinstance(index, int) and 0 <= curve < len(self._curves):
                names = self._curves[curve]
                if 0 <= index < len(names) and names[index] != self.ci.get("name"):
                    return rx.redirect(f"/infra/{quote(names[index], safe='')}")
        return None


def _local(moment: datetime) -> str:
    from services.core.clock import format_local

    return format_local(moment)

"""OPS overview page state (/ops/overview): the OPS KPIs over a window chosen in the address, as cards,
charts and the most frequent unclear questions. Needs `ops:watch`; database work runs in a worker thread."""

from __future__ import annotations

import asyncio
from typing import Any

import plotly.graph_objects as go
import reflex as rx

from services.core.clock import format_local
from services.core.db import session_scope
from services.core.security import Principal
from services.core.settings import get_settings
from services.ops import kpis
from spa_ai.state import url_state
from spa_ai.state.ops_watch_views import latency_figure, outcome_figure, percent, route_figure
from spa_ai.state.page import PageState

ROUTE = "/ops/overview"
DEFAULT_WINDOW = "24h"


def _read(principal: Principal, window: str) -> dict[str, Any]:
    with session_scope() as session:
        data = kpis.kpis(session, actor=principal, window=window).model_dump()
    tz = get_settings().timezone
    total = next((row for row in data["latency"] if row["stage"] == "total"), None)
    llm = data["llm"]
    return {
        "cards": {
            "questions": str(data["questions"]),
            "ok": percent(data["rates"]["ok"]),
            "unclear": percent(data["rates"]["unclear"]),
            "refused": percent(data["rates"]["refused"]),
            "error": percent(data["rates"]["error"]),
            "p95": f"{total['p95_ms']:.0f} ms" if total else "—",
            "llm_runs": str(llm["runs"]),
            "tokens": f"{llm['total_tokens']:,}",
            "cost": f"${llm['cost']:.4f}",
            "fallbacks": str(llm["fallbacks"]),
        },
        "outcomes": outcome_figure(data["series"], tz),
        "routes": route_figure(data["per_route"]),
        "latency": latency_figure(data["latency"]),
        "unclear": [
            {"question": u["question"], "count": str(u["count"]), "at": format_local(u["last_at"])}
            for u in data["unclear_top"]
        ],
    }


class OverviewState(PageState, rx.State):
    """/ops/overview."""

    window: str = DEFAULT_WINDOW
    cards: dict[str, str] = {}
    outcomes: go.Figure = go.Figure()
    routes: go.Figure = go.Figure()
    latency: go.Figure = go.Figure()
    unclear: list[dict[str, str]] = []

    async def _refresh(self, principal: Principal) -> Any:
        try:
            data = await asyncio.to_thread(_read, principal, self.window)
        except Exception as exc:
            return await self.fail_load(exc)
        self.cards, self.unclear = data["cards"], data["unclear"]
        self.outcomes, self.routes, self.latency = data["outcomes"], data["routes"], data["latency"]
        self.error, self.loading = "", False
        return None

    @rx.event
    async def load(self):
        """on_load: KPIs over the window in the address (`window=`, default 24h)."""
        principal = await self.authorize(kpis.READ, quiet=True)
        if not isinstance(principal, Principal):
            return principal
        self.window = url_state.choice(self.url_params(), "window", tuple(kpis.WINDOWS), DEFAULT_WINDOW)
        return await self._refresh(principal)

    @rx.event
    async def set_window(self, value: str | list[str]):
        principal = await self.authorize(kpis.READ)
        if not isinstance(principal, Principal):
            return principal
        value = value[0] if isinstance(value, list) else value
        self.window = value if value in kpis.WINDOWS else DEFAULT_WINDOW
        if (refused := await self._refresh(principal)) is not None:
            return refused
        self.show_in_url(ROUTE, url_state.query_string({"window": self.window}, {"window": DEFAULT_WINDOW}))
        return None

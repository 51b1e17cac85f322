"""System monitor page state: the platform's hosts (newest readings), threshold alerts, database and job
queue, and the history chart of one host over a chosen range; refreshed every sampling interval."""

from __future__ import annotations

import asyncio
from typing import Any

import plotly.graph_objects as go
import reflex as rx

from services.admin import host_sampler
from services.core.clock import format_local
from services.core.db import session_scope
from services.core.security import Principal
from spa_ai.state.infra import DEFAULT_RANGE
from spa_ai.state.infra_views import RANGES, read_chart
from spa_ai.state.page import PageState

MONITOR = "admin:settings"
METRIC_ORDER = ("cpu_usage", "memory_usage", "disk_usage", "net_in_kbps", "net_out_kbps")


def overview_view(overview: dict[str, Any]) -> dict[str, Any]:
    """The monitor overview as page rows (local times, values in a fixed metric order)."""
    hosts = [
        {
            "name": host["name"],
            "at": format_local(host["at"]),
            "values": [
                {"metric": metric, "value": f"{host['values'][metric]:.1f}"}
                for metric in METRIC_ORDER
                if metric in host["values"]
            ],
        }
        for host in overview["hosts"]
    ]
    problems = [
        {"severity": p["severity"], "summary": p["summary"], "ci": p["ci"] or ""}
        for p in overview["problems"]
    ]
    stats = {
        "db_size_mb": f"{overview['db_size_mb']:.1f}",
        "db_connections": str(overview["db_connections"]),
        "jobs_queued": str(overview["jobs_queued"]),
        "jobs_running": str(overview["jobs_running"]),
        "uptime_min": f"{overview['uptime_s'] / 60:.0f}",
        "version": overview["version"],
    }
    return {"hosts": hosts, "problems": problems, "stats": stats}


def _overview() -> dict[str, Any]:
    with session_scope() as session:
        return overview_view(host_sampler.overview(session))


class MonitorState(PageState, rx.State):
    """Hosts, alerts, platform figures and the chart of the chosen host."""

    hosts: list[dict[str, Any]] = []
    problems: list[dict[str, str]] = []
    stats: dict[str, str] = {}
    host: str = ""
    range_key: str = DEFAULT_RANGE
    chart: go.Figure = go.Figure()
    has_chart: bool = False

    async def _refresh(self) -> None:
        view = await asyncio.to_thread(_overview)
        self.hosts, self.problems, self.stats = view["hosts"], view["problems"], view["stats"]
        names = [h["name"] for h in self.hosts]
        if self.host not in names:
            self.host = names[0] if names else ""
        if self.host:
            chart = await asyncio.to_thread(read_chart, self.host, self.range_key, await self.lang())
            self.chart, self.has_chart = chart.figure, chart.has_data
        else:
            self.chart, self.has_chart = go.Figure(), False

    @rx.event
    async def load(self):
        """on_load: the overview and the first host's chart."""
        principal = await self.authorize(MONITOR, quiet=True)
        if not isinstance(principal, Principal):
            return principal
        try:
            await self._refresh()
        except Exception as exc:
            return await self.fail_load(exc)
        self.error, self.loading = "", False
        return None

    async def _guarded_refresh(self):
        principal = await self.authorize(MONITOR, quiet=True)
        if not isinstance(principal, Principal):
            return principal
        try:
            await self._refresh()
        except Exception as exc:
            return await self.toast_error(exc)
        return None

    @rx.event
    async def refresh(self):
        """Reload the figures (the page calls this every 30 s while open)."""
        return await self._guarded_refresh()

    @rx.event
    async def choose(self, host: str):
        """Chart another host."""
        self.host = host
        return await self._guarded_refresh()

    @rx.event
    async def set_range(self, value: str | list[str]):
        """Chart another time range (1h, 6h, 24h, 7d)."""
        if isinstance(value, str) and value in RANGES:
            self.range_key = value
        return await self._guarded_refresh()

"""System monitor page state: the platform's hosts (newest readings), the CEP alerts firing on them,
database, job queue and CEP scheduler, the history chart of one host over a chosen range (refreshed every 30 s), and backups: start one
as a durable job, list and download the archives."""

from __future__ import annotations

import asyncio
from typing import Any

import plotly.graph_objects as go
import reflex as rx

from services.admin import backup_job
from services.admin import monitor as admin_monitor
from services.core import jobs
from services.core.clock import format_local
from services.core.db import session_scope
from services.core.security import Principal
from spa_ai.state.infra import DEFAULT_RANGE
from spa_ai.state.infra_views import RANGES, read_chart
from spa_ai.state.page import PageState

MONITOR = "admin:settings"
UI_DOWNLOAD_MAX_BYTES = 200 * 1024**2  # larger archives: GET /api/admin/backups/{name} or the CLI
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
        {"severity": p["severity"], "summary": p["summary"], "ci": p["ci"] or "", "link": p["link"]}
        for p in overview["problems"]
    ]
    cep = overview["scheduler"]
    oldest = cep["oldest_pending_s"]
    stats = {
        "db_size_mb": f"{overview['db_size_mb']:.1f}",
        "db_connections": str(overview["db_connections"]),
        "jobs_queued": str(overview["jobs_queued"]),
        "jobs_running": str(overview["jobs_running"]),
        "uptime_min": f"{overview['uptime_s'] / 60:.0f}",
        "version": overview["version"],
        "leader": cep["leader"] or "",
        "epoch": str(cep["epoch"]) if cep["epoch"] is not None else "–",
        "lag_ms": f"{cep['lag_ms']:.0f} ms" if cep["lag_ms"] is not None else "–",
        "rules": f"{cep['rules_enabled']} / {cep['rules_failing']}",
        "outbox_depth": str(cep["outbox_depth"]),
        "oldest_pending_s": f"{oldest:.0f} s" if oldest is not None else "–",
    }
    return {"hosts": hosts, "problems": problems, "stats": stats}


def _overview() -> dict[str, Any]:
    with session_scope() as session:
        return overview_view(admin_monitor.overview(session))


def backup_rows(principal: Principal) -> list[dict[str, Any]]:
    """Kept archives as rows (size in MB, local time)."""
    return [
        {
            "name": item["name"],
            "size_mb": f"{item['size'] / 1024**2:.1f}",
            "created": format_local(item["created_at"]),
            "downloadable": item["size"] <= UI_DOWNLOAD_MAX_BYTES,
        }
        for item in backup_job.list_backups(actor=principal)
    ]


def _start_backup(principal: Principal) -> str:
    with session_scope() as session:
        return backup_job.start_backup(session, actor=principal).id


def _job_status(principal: Principal, job_id: str) -> str:
    with session_scope() as session:
        return jobs.get(session, actor=principal, job_id=job_id).status


class MonitorState(PageState, rx.State):
    """Hosts, alerts, platform figures and the chart of the chosen host."""

    hosts: list[dict[str, Any]] = []
    problems: list[dict[str, str]] = []
    stats: dict[str, str] = {}
    host: str = ""
    range_key: str = DEFAULT_RANGE
    chart: go.Figure = go.Figure()
    has_chart: bool = False
    backups: list[dict[str, Any]] = []
    backup_job_id: str = ""
    backup_status: str = ""  # queued | running | succeeded | failed of the backup started here

    async def _refresh(self, principal: Principal) -> None:
        view = await asyncio.to_thread(_overview)
        self.backups = await asyncio.to_thread(backup_rows, principal)
        if self.backup_job_id:
            self.backup_status = await asyncio.to_thread(_job_status, principal, self.backup_job_id)
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
        return await self.load_with(MONITOR, self._refresh)

    async def _guarded_refresh(self):
        principal = await self.authorize(MONITOR, quiet=True)
        if not isinstance(principal, Principal):
            return principal
        try:
            await self._refresh(principal)
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

    @rx.event
    async def start_backup(self):
        """Queue a backup job; the list shows the archive once a worker has written it."""
        principal = await self.authorize(MONITOR)
        if not isinstance(principal, Principal):
            return principal
        try:
            self.backup_job_id = await asyncio.to_thread(_start_backup, principal)
        except Exception as exc:
            return await self.toast_error(exc)
        self.backup_status = jobs.QUEUED
        return await self.toast_ok("backup.started")

    @rx.event
    async def download(self, name: str):
        """Send one archive to the browser (larger ones: the REST route or the CLI)."""
        principal = await self.authorize(MONITOR)
        if not isinstance(principal, Principal):
            return principal
        try:
            path = await asyncio.to_thread(lambda: backup_job.backup_file(actor=principal, name=name))
            if path.stat().st_size > UI_DOWNLOAD_MAX_BYTES:
                return await self.refuse("backup.too_large", name=name)
            data = await asyncio.to_thread(path.read_bytes)
        except Exception as exc:
            return await self.toast_error(exc)
        return rx.download(data=data, filename=name, mime_type="application/x-tar")

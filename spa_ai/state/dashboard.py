"""Dashboard state: live health and the counters the installed domains declared, refreshed while open."""

from __future__ import annotations

import asyncio

import reflex as rx

from services.admin import monitor
from services.core import audit
from services.core.clock import format_local
from services.core.db import session_scope
from services.core.i18n import translate
from services.core.security import Principal
from spa_ai.state.page import PageState


class DashboardState(PageState, rx.State):
    """Health, counts and recent activity for the overview page."""

    db_status: str = ""
    version: str = ""
    uptime: str = ""
    counters: list[dict[str, str]] = []
    recent: list[dict[str, str]] = []

    @rx.event
    async def load(self):
        """Read health and counts; the first load shows a spinner, refreshes update in place."""
        caller = await self.authorize()
        if not isinstance(caller, Principal):
            return caller
        try:
            health, counters, recent = await asyncio.to_thread(_read, caller)
        except Exception as exc:
            return await self.fail_load(exc)
        self.db_status = health["db"]
        self.version = health["version"]
        self.uptime = _format_uptime(health["uptime_s"])
        self.counters, self.recent = counters, recent
        self.error = ""
        self.loading = False
        return None


Rows = list[dict[str, str]]


def _read(caller: Principal) -> tuple[dict, Rows, Rows]:
    health = monitor.health()
    with session_scope() as session:
        counts = monitor.counts(session, actor=caller)
        rows = audit.list_entries(session, limit=8) if caller.can("admin:audit") else []
    counters = [
        {
            "key": key,
            "value": str(value),
            "ko": translate(f"dash.{key}", "ko"),
            "en": translate(f"dash.{key}", "en"),
        }
        for key, value in counts.items()
    ]
    recent = [{"ts": format_local(r.ts), "actor": r.actor, "action": r.action} for r in rows]
    return health, counters, recent


def _format_uptime(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return (
        f"{days}d {hours:02d}:{minutes:02d}:{secs:02d}" if days else f"{hours:02d}:{minutes:02d}:{secs:02d}"
    )

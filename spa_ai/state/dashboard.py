"""Dashboard state: live health and counts, refreshed while the page is open."""

from __future__ import annotations

import reflex as rx

from services.admin import monitor
from services.core import audit
from services.core.clock import format_local
from services.core.db import session_scope
from services.core.security import Principal
from spa_ai.state.auth import authorize


class DashboardState(rx.State):
    """Health, counts and recent activity for the overview page."""

    loading: bool = True
    error: str = ""
    db_status: str = ""
    version: str = ""
    uptime: str = ""
    counts: dict[str, int] = {}
    recent: list[dict[str, str]] = []

    @rx.event
    async def load(self):
        """Read health and counts; the first load shows a spinner, refreshes update in place."""
        principal = await authorize(self)
        if not isinstance(principal, Principal):
            return principal
        try:
            health = monitor.health()
            with session_scope() as session:
                self.counts = monitor.counts(session)
                rows = audit.list_entries(session, limit=8) if principal.can("admin:audit") else []
                self.recent = [{"ts": format_local(r.ts), "actor": r.actor, "action": r.action} for r in rows]
            self.db_status = health["db"]
            self.version = health["version"]
            self.uptime = _format_uptime(health["uptime_s"])
            self.error = ""
        except Exception as exc:
            self.error = f"{type(exc).__name__}: {exc}"
        self.loading = False
        return None


def _format_uptime(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return (
        f"{days}d {hours:02d}:{minutes:02d}:{secs:02d}" if days else f"{hours:02d}:{minutes:02d}:{secs:02d}"
    )

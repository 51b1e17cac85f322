"""The alerts page's groups tab (/cep/alerts): notification groups by state and label matcher, with their
alert counts, next notification and last message. Thin: rows come from `services.cep.group_reads`;
loaded when the tab opens and refreshed with the page while it is open."""

from __future__ import annotations

import asyncio

import reflex as rx

from services.cep import group_reads, service
from services.cep.group_reads import GroupRead
from services.core.clock import format_local
from services.core.db import session_scope
from services.core.errors import ValidationFailed
from services.core.security import Principal
from spa_ai.state.page import PageState

GROUP_STATES = ("active", "idle", "all")
MAX_GROUPS = 200
MAX_MATCHER = 300


def group_row(group: GroupRead) -> dict[str, str]:
    """What the groups table shows of one group (strings only)."""
    return {
        "id": str(group.id),
        "rule": group.rule_name,
        "route": group.route,
        "labels": ", ".join(f"{k}={v}" for k, v in sorted(group.labels.items()))[:300],
        "state": group.state,
        "alerts": str(group.alert_count),
        "firing": str(group.firing_count),
        "next": format_local(group.next_flush_at),
        "last": format_local(group.notified_at),
    }


def _groups(state: str, label: str) -> list[dict[str, str]]:
    with session_scope() as session:
        page = group_reads.list_groups(
            session,
            limit=MAX_GROUPS,
            state=None if state == "all" else state,  # type: ignore[arg-type]
            label=label or None,
        )
    return [group_row(group) for group in page.items]


class CepGroupsState(PageState, rx.State):
    """Groups tab: its rows, filters, and whether it has been opened (the page's refresh reloads it then)."""

    groups: list[dict[str, str]] = []
    group_state: str = "active"
    label: str = ""
    label_invalid: bool = False
    opened: bool = False

    @rx.event
    async def open_tab(self, value: str | list[str]):
        """The page's tabs changed: load the groups the first time their tab is shown."""
        chosen = value[0] if isinstance(value, list) and value else value
        if chosen == "groups" and not self.opened:
            self.opened = True
            return await self._reload()
        return None

    @rx.event
    async def refresh(self):
        return await self._reload() if self.opened else None

    @rx.event
    async def load(self):
        return await self._reload()

    async def _reload(self):
        caller = await self.authorize(service.READ, quiet=True)
        if not isinstance(caller, Principal):
            return caller
        try:
            self.groups = await asyncio.to_thread(_groups, self.group_state, self.label.strip())
            self.label_invalid = False
        except ValidationFailed as exc:
            if (exc.details or {}).get("field") != "label":
                return await self.fail_load(exc)
            self.groups, self.label_invalid = [], True
        except Exception as exc:
            return await self.fail_load(exc)
        self.error, self.loading = "", False
        return None

    @rx.event
    async def filter_state(self, value: str | list[str]):
        chosen = value[0] if isinstance(value, list) and value else value
        self.group_state = chosen if chosen in GROUP_STATES else "active"
        return await self._reload()

    @rx.event
    async def filter_label(self, value: str):
        self.label = value[:MAX_MATCHER]
        return await self._reload()

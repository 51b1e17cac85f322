"""The alerts page's groups tab (/cep/alerts): notification groups by state and label matcher, with their
alert counts, next notification and last message, and a group's detail (its timers and members, each
linking to its alert). Thin: rows come from `services.cep.group_reads`; loaded when the tab opens and
refreshed with the page while it is open."""

from __future__ import annotations

import asyncio

import reflex as rx

from services.cep import group_reads, service
from services.cep.group_reads import GroupDetail, GroupRead
from services.cep.promql import format_duration
from services.core.clock import format_local
from services.core.db import session_scope
from services.core.errors import ValidationFailed
from services.core.security import Principal
from spa_ai.state.page import PageState

GROUP_STATES = ("active", "idle", "all")
MAX_GROUPS = 200
MAX_MATCHER = 300


def _labels_text(labels: dict[str, str]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(labels.items()))[:300]


def group_row(group: GroupRead) -> dict[str, str]:
    """What the groups table shows of one group (strings only): `owner` is its rule, or the channel
    whose grouping gathers several rules' alerts (`channel` is then "yes")."""
    return {
        "id": str(group.id),
        "owner": group.rule_name or group.channel_name or "",
        "channel": "yes" if group.channel_id is not None else "",
        "route": group.route,
        "labels": _labels_text(group.labels),
        "state": group.state,
        "alerts": str(group.alert_count),
        "firing": str(group.firing_count),
        "next": format_local(group.next_flush_at),
        "last": format_local(group.notified_at),
    }


def group_detail_view(detail: GroupDetail) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The detail dialog of a group: its header (owner, labels, timers, last and next message) and its
    members (strings only), each linking to its alert on this page."""
    header = {
        **group_row(detail),
        "group_by": ", ".join(detail.group_by),
        "wait": format_duration(detail.group_wait_seconds),
        "interval": format_duration(detail.group_interval_seconds),
        "repeat": format_duration(detail.repeat_interval_seconds),
        "notified_firing": str(detail.notified_firing),
        "notified_resolved": str(detail.notified_resolved),
    }
    members = [
        {
            "id": str(alert.id),
            "rule": alert.rule_name,
            "ci": alert.ci or "",
            "state": alert.state,
            "severity": alert.severity,
            "labels": _labels_text(
                {k: v for k, v in alert.labels.items() if k not in ("alertname", "severity")}
            ),
            "since": format_local(alert.fired_at),
            "resolved": format_local(alert.resolved_at),
            "link": f"/cep/alerts?alert={alert.id}",
        }
        for alert in detail.alerts
    ]
    return header, members


def _detail(group_id: int) -> tuple[dict[str, str], list[dict[str, str]]]:
    with session_scope() as session:
        return group_detail_view(group_reads.get_group(session, group_id))


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
    detail_open: bool = False
    detail_loading: bool = False
    detail: dict[str, str] = {}
    members: list[dict[str, str]] = []

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
    async def open_group(self, group_id: str):
        """Open a group's detail: its timers, last and next message, and its members."""
        caller = await self.authorize(service.READ)
        if not isinstance(caller, Principal):
            yield caller
            return
        self.detail_open, self.detail_loading, self.detail, self.members = True, True, {}, []
        yield
        try:
            self.detail, self.members = await asyncio.to_thread(_detail, int(group_id))
        except Exception as exc:  # gone since the list was loaded (NotFound), or unexpected: say so
            self.detail_open = False
            await self.toast_error(exc)
        finally:
            self.detail_loading = False

    @rx.event
    def set_detail_open(self, value: bool):
        self.detail_open = value

    @rx.event
    async def filter_state(self, value: str | list[str]):
        chosen = value[0] if isinstance(value, list) and value else value
        self.group_state = chosen if chosen in GROUP_STATES else "active"
        return await self._reload()

    @rx.event
    async def filter_label(self, value: str):
        self.label = value[:MAX_MATCHER]
        return await self._reload()

"""Audit viewer state: filters (actor, action prefix, entity, time range in the display timezone,
request id), newest-first pages, a before/after diff of the chosen entry, and CSV export."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import reflex as rx

from services.admin import audit_view
from services.core import audit
from services.core.audit import AuditFilter
from services.core.clock import display_timezone
from services.core.db import session_scope
from services.core.errors import ValidationFailed
from services.core.security import Principal
from spa_ai.state.admin_views import audit_row
from spa_ai.state.page import PageState

AUDIT = "admin:audit"
PAGE_SIZE = 50
UI_EXPORT_ROWS = 10_000
FILTER_FIELDS = ("actor", "action", "entity_type", "entity_id", "since", "until", "request_id")


def _moment(text: str, field: str, tz: str) -> datetime | None:
    """A `datetime-local` input (in the display timezone) as an aware datetime."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz))
    except ValueError as exc:
        raise ValidationFailed(
            f"'{field}' is not a date and time", details={"field": field}, key="audit_bad_time"
        ) from exc


def audit_filter(form: dict[str, str], tz: str) -> AuditFilter:
    """The filter form as an AuditFilter (times read in `tz`); ValidationFailed for a reversed range."""
    since, until = _moment(form.get("since", ""), "since", tz), _moment(form.get("until", ""), "until", tz)
    if since and until and since >= until:
        raise ValidationFailed(
            "'since' must be before 'until'", details={"field": "since"}, key="audit_range"
        )
    text = {name: (form.get(name) or "").strip()[:120] or None for name in FILTER_FIELDS[:4]}
    request_id = (form.get("request_id") or "").strip()[:64] or None
    return AuditFilter(**text, since=since, until=until, request_id=request_id)


def _page(where: AuditFilter, cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
    tz = display_timezone()
    with session_scope() as session:
        page = audit.entries_page(session, limit=PAGE_SIZE, cursor=cursor, where=where)
        return [audit_row(entry, tz) for entry in page.items], page.next_cursor


def _export(principal: Principal, where: AuditFilter) -> str:
    with session_scope() as session:
        return "".join(audit_view.export_csv(session, actor=principal, where=where, max_rows=UI_EXPORT_ROWS))


class AuditState(PageState, rx.State):
    """Filtered audit entries, the next page's cursor and the entry whose diff is open."""

    filters: dict[str, str] = {}
    rows: list[dict[str, Any]] = []
    cursor: str = ""
    selected: dict[str, Any] = {}

    async def _fetch(self, more: bool) -> None:
        where = audit_filter(self.filters, display_timezone())
        rows, cursor = await asyncio.to_thread(_page, where, self.cursor if more else None)
        self.rows = [*self.rows, *rows] if more else rows
        self.cursor = cursor or ""

    @rx.event
    async def load(self):
        """on_load: the newest entries (filters from the address: ?actor=…&action=…)."""
        principal = await self.authorize(AUDIT, quiet=True)
        if not isinstance(principal, Principal):
            return principal
        params = self.url_params()
        self.filters = {name: params[name][:120] for name in FILTER_FIELDS if params.get(name)}
        self.selected = {}
        try:
            await self._fetch(more=False)
        except Exception as exc:
            return await self.fail_load(exc)
        self.error, self.loading = "", False
        return None

    @rx.event
    async def search(self, form_data: dict):
        """Apply the filter form."""
        principal = await self.authorize(AUDIT)
        if not isinstance(principal, Principal):
            return principal
        self.filters = {name: str(form_data.get(name) or "").strip() for name in FILTER_FIELDS}
        try:
            await self._fetch(more=False)
        except Exception as exc:
            return await self.toast_error(exc)
        return None

    @rx.event
    async def older(self):
        """The next page of older entries."""
        principal = await self.authorize(AUDIT)
        if not isinstance(principal, Principal):
            return principal
        if not self.cursor:
            return None
        try:
            await self._fetch(more=True)
        except Exception as exc:
            return await self.toast_error(exc)
        return None

    @rx.event
    def show(self, entry_id: int):
        """Open the before/after diff of one entry."""
        self.selected = next((row for row in self.rows if row["id"] == entry_id), {})

    @rx.event
    def close(self):
        self.selected = {}

    @rx.event
    async def export(self):
        """Download the filtered entries as CSV (formula-like cells neutralised)."""
        principal = await self.authorize(AUDIT)
        if not isinstance(principal, Principal):
            return principal
        try:
            where = audit_filter(self.filters, display_timezone())
            text = await asyncio.to_thread(_export, principal, where)
        except Exception as exc:
            return await self.toast_error(exc)
        return rx.download(data=text, filename="audit.csv")

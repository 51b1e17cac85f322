"""Settings page state: every runtime setting grouped by category; edits are saved together, all or
nothing (an invalid value names its key and stores nothing); a stored value can be reset."""

from __future__ import annotations

import asyncio
from typing import Any

import reflex as rx

from services.core import settings_registry
from services.core.db import session_scope
from services.core.security import Principal
from spa_ai.state.admin_views import edited, pending_values, setting_rows
from spa_ai.state.page import PageState

SETTINGS = "admin:settings"


def _read() -> list[dict[str, Any]]:
    with session_scope() as session:
        return setting_rows(settings_registry.describe(session))


def _save(principal: Principal, values: dict[str, str]) -> None:
    with session_scope() as session:
        settings_registry.update(session, actor=principal, values=values)


def _reset(principal: Principal, key: str) -> None:
    with session_scope() as session:
        settings_registry.reset(session, actor=principal, key=key)


class SettingsState(PageState, rx.State):
    """Rows of the settings page and the inputs being edited."""

    rows: list[dict[str, Any]] = []

    @rx.var
    def pending(self) -> int:
        return len(pending_values(self.rows))

    @rx.event
    async def load(self):
        """on_load: every setting with its effective value and source."""
        return await self.load_with(SETTINGS, self._fetch)

    async def _fetch(self, _caller: Principal) -> None:
        self.rows = await asyncio.to_thread(_read)

    @rx.event
    def set_value(self, key: str, value: str | bool):
        """An input changed (switches send booleans)."""
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)[:4000]
        self.rows = edited(self.rows, key, text)

    @rx.event
    def discard(self):
        """Forget every unsaved edit."""
        self.rows = [{**row, "value": row["saved"], "dirty": False} for row in self.rows]

    @rx.event
    async def save(self):
        """Store every edited value at once; one invalid value stores none and names its key."""
        principal = await self.authorize(SETTINGS)
        if not isinstance(principal, Principal):
            return principal
        values = pending_values(self.rows)
        if not values:
            return None
        try:
            await asyncio.to_thread(_save, principal, values)
            self.rows = await asyncio.to_thread(_read)
        except Exception as exc:
            return await self.toast_error(exc)
        return await self.toast_ok("settings.saved", count=len(values))

    @rx.event
    async def reset_setting(self, key: str):
        """Drop the stored value of `key`: the environment variable or the default applies again."""
        principal = await self.authorize(SETTINGS)
        if not isinstance(principal, Principal):
            return principal
        try:
            await asyncio.to_thread(_reset, principal, key)
            self.rows = await asyncio.to_thread(_read)
        except Exception as exc:
            return await self.toast_error(exc)
        return await self.toast_ok("settings.reset_done", setting=key)

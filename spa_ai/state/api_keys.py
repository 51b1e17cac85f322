"""API keys in the browser, for the caller's own keys (/account/api-keys, any signed-in user) and for
everyone's (/admin, `admin:users`): list with last use and caller address, create with scopes and an
expiry (the secret shown once, copyable), revoke. One mixin for both pages; every handler re-checks the
caller and goes through `services.admin.api_keys`, which checks scopes and writes the audit rows."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any, ClassVar

import reflex as rx

from services.admin import api_keys
from services.core.clock import format_local, utcnow
from services.core.db import session_scope
from services.core.security import Principal
from spa_ai.state.page import PageState

MAX_EXPIRY_DAYS = 3650


def _when(iso: str | None) -> str:
    """An ISO timestamp from a service view, shown in the configured timezone ('' for none)."""
    return format_local(datetime.fromisoformat(iso)) if iso else ""


def key_row(view: dict[str, Any], now: datetime) -> dict[str, Any]:
    """An API key (services.admin.api_keys.key_view) as a table row with local times and a status."""
    expires = datetime.fromisoformat(view["expires_at"]) if view.get("expires_at") else None
    if view.get("revoked_at"):
        status = "revoked"
    elif expires is not None and expires <= now:
        status = "expired"
    else:
        status = "active"
    return {
        "id": view["id"],
        "name": view["name"],
        "prefix": view["prefix"],
        "owner": view.get("owner") or "",
        "scopes": ", ".join(view.get("scopes") or []),
        "created": _when(view.get("created_at")),
        "expires": _when(view.get("expires_at")),
        "last_used": _when(view.get("last_used_at")),
        "last_ip": view.get("last_used_ip") or "",
        "status": status,
    }


def expiry(days: str) -> datetime | bool | None:
    """The expiry `days` (text of the form) from now; None for no expiry, False when not 1…MAX days."""
    days = days.strip()
    if not days:
        return None
    if not (days.isdigit() and 0 < int(days) <= MAX_EXPIRY_DAYS):
        return False
    return utcnow() + timedelta(days=int(days))


def key_rows(principal: Principal, everyone: bool) -> list[dict[str, Any]]:
    """The keys the page lists, newest first: everyone's or the caller's own."""
    with session_scope() as session:
        views = api_keys.list_api_keys(session, actor=principal, everyone=everyone)
    now = utcnow()
    return [key_row(view, now) for view in views]


def _call(fn: Any, principal: Principal, **kwargs: Any) -> Any:
    with session_scope() as session:
        return fn(session, actor=principal, **kwargs)


class ApiKeysMixin(PageState, mixin=True):
    """The key list and the new-key form; `KEYS_EVERYONE` chooses whose keys, `KEYS_PERMISSION` who may."""

    KEYS_EVERYONE: ClassVar[bool] = False
    KEYS_PERMISSION: ClassVar[str | None] = None

    keys: list[dict[str, Any]] = []
    new_key_secret: str = ""
    new_key_scopes: list[str] = []
    available_scopes: list[str] = []

    async def _load_keys(self, principal: Principal) -> None:
        self.keys = await asyncio.to_thread(key_rows, principal, self.KEYS_EVERYONE)
        self.available_scopes = sorted(principal.permissions)

    async def _keys_changed(self, principal: Principal, ok_key: str | None) -> None:
        """After a create or revoke: the list again (the admin page reloads all of its lists)."""
        try:
            await self._load_keys(principal)
        except Exception as exc:
            return await self.toast_error(exc)
        if ok_key:
            await self.toast_ok(ok_key)
        return None

    def _choose_scope(self, scope: str, checked: bool) -> None:
        kept = [s for s in self.new_key_scopes if s != scope]
        self.new_key_scopes = [*kept, scope] if checked and scope in self.available_scopes else kept

    @rx.event
    def set_scope(self, scope: str, checked: bool):
        """A scope box of the new-key form (set, not toggled: a form reset reports the boxes' start)."""
        self._choose_scope(scope, bool(checked))

    @rx.event
    async def create_key(self, form_data: dict):
        """Create a key owned by the caller; its secret is shown once in a dialog."""
        principal = await self.authorize(self.KEYS_PERMISSION)
        if not isinstance(principal, Principal):
            return principal
        expires = expiry(str(form_data.get("expires_days", "")))
        if expires is False:
            return await self.refuse("admin.expiry_invalid", max=MAX_EXPIRY_DAYS)
        try:
            secret, _ = await asyncio.to_thread(
                _call,
                api_keys.create_api_key,
                principal,
                name=str(form_data.get("name", ""))[:200],
                scopes=list(self.new_key_scopes),
                expires_at=expires,
            )
        except Exception as exc:
            return await self.toast_error(exc)
        self.new_key_secret = secret
        self.new_key_scopes = []
        return await self._keys_changed(principal, None)

    @rx.event
    def dismiss_secret(self):
        self.new_key_secret = ""

    @rx.event
    async def secret_copied(self):
        """Confirm the copy button (the browser wrote the secret to the clipboard)."""
        await self.toast_ok("account.copied")

    @rx.event
    async def revoke_key(self, key_id: int):
        """Revoke a key (the page confirms first); someone else's only with `admin:users`."""
        principal = await self.authorize(self.KEYS_PERMISSION)
        if not isinstance(principal, Principal):
            return principal
        try:
            await asyncio.to_thread(_call, api_keys.revoke_api_key, principal, key_id=int(key_id))
        except Exception as exc:
            return await self.toast_error(exc)
        return await self._keys_changed(principal, "admin.key_revoked")


class MyKeysState(ApiKeysMixin, rx.State):
    """/account/api-keys: the signed-in user's own keys."""

    @rx.event
    async def load(self):
        """on_load: the caller's keys and the scopes they may grant."""
        return await self.load_with(None, self._load_keys)

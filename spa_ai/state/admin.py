"""Admin page state: users, API keys and the audit log. Every handler re-checks permission on the server;
database work runs in a worker thread.

Changes that are hard to undo (deactivate, role change, revoke) are confirmed in the page first; the
signed-in admin's own row offers no deactivate or role change (the service refuses them as well).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import reflex as rx

from services.admin import api_keys, service
from services.core import audit
from services.core.clock import format_local, utcnow
from services.core.db import session_scope
from services.core.security import ROLE_PERMISSIONS, ROLES, Principal
from spa_ai.state.page import PageState

USERS, AUDIT = "admin:users", "admin:audit"
PAGE_SIZE = 25
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
        "status": status,
    }


def user_row(user: Any, me: str) -> dict[str, Any]:
    view = service.user_view(user)
    return {
        "username": view["username"],
        "display_name": view["display_name"],
        "role": view["role"],
        "is_active": bool(view["is_active"]),
        "is_self": view["username"] == me,
    }


def _audit_view(entry: Any) -> dict[str, str]:
    return {
        "id": str(entry.id),
        "ts": format_local(entry.ts),
        "actor": entry.actor,
        "action": entry.action,
        "entity": f"{entry.entity_type}:{entry.entity_id or ''}",
        "ip": entry.ip or "",
    }


def _read(principal: Principal, query: str) -> dict[str, Any]:
    with session_scope() as session:
        rows, _ = service.list_users(session, actor=principal, query=query, limit=200)
        keys = api_keys.list_api_keys(session, actor=principal)
        entries = audit.list_entries(session, limit=PAGE_SIZE) if principal.can(AUDIT) else []
    now = utcnow()
    return {
        "users": [user_row(u, principal.username) for u in rows],
        "keys": [key_row(k, now) for k in keys],
        "audit": [_audit_view(e) for e in entries],
        "cursor": (entries[-1].id or 0) if len(entries) == PAGE_SIZE else 0,
    }


def _older(before: int) -> tuple[list[dict[str, str]], int]:
    with session_scope() as session:
        entries = audit.list_entries(session, limit=PAGE_SIZE, before_id=before or None)
    return [_audit_view(e) for e in entries], (entries[-1].id or 0) if len(entries) == PAGE_SIZE else 0


def _call(fn: Any, principal: Principal, **kwargs: Any) -> Any:
    """One service call in its own transaction."""
    with session_scope() as session:
        return fn(session, actor=principal, **kwargs)


class AdminState(PageState, rx.State):
    """Lists and forms of the admin page."""

    users: list[dict[str, Any]] = []
    user_query: str = ""
    keys: list[dict[str, Any]] = []
    audit_rows: list[dict[str, str]] = []
    audit_cursor: int = 0
    new_key_secret: str = ""
    new_key_scopes: list[str] = []
    available_scopes: list[str] = []
    pending_role: dict[str, str] = {}  # {"username", "role"} waiting for confirmation

    async def _reload(self, principal: Principal) -> None:
        data = await asyncio.to_thread(_read, principal, self.user_query)
        self.users, self.keys = data["users"], data["keys"]
        self.audit_rows, self.audit_cursor = data["audit"], data["cursor"]
        self.available_scopes = sorted(ROLE_PERMISSIONS[principal.role])

    @rx.event
    async def load(self):
        """on_load: users, keys and the newest audit entries."""
        principal = await self.authorize(USERS, quiet=True)
        if not isinstance(principal, Principal):
            return principal
        try:
            await self._reload(principal)
        except Exception as exc:
            return await self.fail_load(exc)
        self.error, self.loading = "", False
        return None

    async def _after_change(self, principal: Principal, ok_key: str | None) -> Any:
        try:
            await self._reload(principal)
        except Exception as exc:
            return await self.toast_error(exc)
        return await self.toast_ok(ok_key) if ok_key else None

    @rx.event
    async def search_users(self, form_data: dict):
        principal = await self.authorize(USERS)
        if not isinstance(principal, Principal):
            return principal
        self.user_query = str(form_data.get("q", "")).strip()[:100]
        return await self._after_change(principal, None)

    @rx.event
    async def create_user(self, form_data: dict):
        """Create a user from the add-user form."""
        principal = await self.authorize(USERS)
        if not isinstance(principal, Principal):
            return principal
        try:
            await asyncio.to_thread(
                _call,
                service.create_user,
                principal,
                username=str(form_data.get("username", "")),
                password=str(form_data.get("password", "")),
                role=str(form_data.get("role", "viewer")),
                display_name=str(form_data.get("display_name", "")),
            )
        except Exception as exc:
            return await self.toast_error(exc)
        return await self._after_change(principal, "admin.user_created")

    @rx.event
    async def set_active(self, username: str, active: bool):
        """Activate or deactivate a user (the page confirms a deactivation first)."""
        return await self._update(username, is_active=bool(active))

    @rx.event
    def ask_role(self, username: str, role: str):
        """A role picked in a user's row: ask for confirmation before changing it."""
        row = next((u for u in self.users if u["username"] == username), None)
        if row is None or row["is_self"] or role not in ROLES or row["role"] == role:
            self.pending_role = {}
            return
        self.pending_role = {"username": username, "role": role, "from": str(row["role"])}

    @rx.event
    def cancel_role(self):
        self.pending_role = {}

    @rx.event
    async def confirm_role(self):
        """Apply the confirmed role change."""
        pending, self.pending_role = dict(self.pending_role), {}
        if not pending:
            return None
        return await self._update(pending["username"], role=pending["role"])

    @rx.event
    async def set_role(self, username: str, role: str):
        """Change a user's role (after confirmation)."""
        return await self._update(username, role=role)

    async def _update(self, username: str, **changes: Any):
        principal = await self.authorize(USERS)
        if not isinstance(principal, Principal):
            return principal
        if username == principal.username and (changes.get("is_active") is False or "role" in changes):
            return rx.toast.error(await self.message("admin.not_yourself"))
        try:
            await asyncio.to_thread(_call, service.update_user, principal, username=username, **changes)
        except Exception as exc:
            return await self.toast_error(exc)
        return await self._after_change(principal, "admin.user_updated")

    @rx.event
    def toggle_scope(self, scope: str):
        if scope in self.new_key_scopes:
            self.new_key_scopes = [s for s in self.new_key_scopes if s != scope]
        else:
            self.new_key_scopes = [*self.new_key_scopes, scope]

    @rx.event
    async def create_key(self, form_data: dict):
        """Create an API key; its secret is shown once in a dialog."""
        principal = await self.authorize(USERS)
        if not isinstance(principal, Principal):
            return principal
        days = str(form_data.get("expires_days", "")).strip()
        if days and not (days.isdigit() and 0 < int(days) <= MAX_EXPIRY_DAYS):
            return rx.toast.error(await self.message("admin.expiry_invalid", max=MAX_EXPIRY_DAYS))
        expires = utcnow() + timedelta(days=int(days)) if days else None
        try:
            secret, _ = await asyncio.to_thread(
                _call,
                api_keys.create_api_key,
                principal,
                name=str(form_data.get("name", "")),
                scopes=list(self.new_key_scopes),
                expires_at=expires,
            )
        except Exception as exc:
            return await self.toast_error(exc)
        self.new_key_secret = secret
        self.new_key_scopes = []
        return await self._after_change(principal, None)

    @rx.event
    def dismiss_secret(self):
        self.new_key_secret = ""

    @rx.event
    async def revoke_key(self, key_id: int):
        """Revoke a key (the page confirms first)."""
        principal = await self.authorize(USERS)
        if not isinstance(principal, Principal):
            return principal
        try:
            await asyncio.to_thread(_call, api_keys.revoke_api_key, principal, key_id=int(key_id))
        except Exception as exc:
            return await self.toast_error(exc)
        return await self._after_change(principal, "admin.key_revoked")

    @rx.event
    async def older_audit(self):
        """Load the next page of older audit entries."""
        principal = await self.authorize(AUDIT)
        if not isinstance(principal, Principal):
            return principal
        try:
            rows, cursor = await asyncio.to_thread(_older, self.audit_cursor)
        except Exception as exc:
            return await self.toast_error(exc)
        self.audit_rows, self.audit_cursor = [*self.audit_rows, *rows], cursor
        return None

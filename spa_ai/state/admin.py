"""Admin page state: users (searched, filtered by status, paged; their sessions) and API keys. Every handler
re-checks permission on the server; database work runs in a worker thread.

Changes that are hard to undo (deactivate, role change, revoke) are confirmed in the page first; the
signed-in admin's own row offers no deactivate or role change (the service refuses them as well).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import reflex as rx

from services.admin import api_keys, auth, roles, service, sessions, throttle
from services.core.clock import format_local, utcnow
from services.core.db import session_scope
from services.core.security import Principal
from spa_ai.state.page import PageState

USERS = "admin:users"
PAGE_SIZE = 50  # users per page
STATUS_FILTERS = {"all": None, "active": True, "inactive": False}
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


def user_row(user: Any, me: str, lock: dict[str, Any] | None = None) -> dict[str, Any]:
    """A user as a table row; `lock` is `throttle.lock_state` (any address or every address locked)."""
    view = service.user_view(user)
    return {
        "username": view["username"],
        "display_name": view["display_name"],
        "role": view["role"],
        "is_active": bool(view["is_active"]),
        "is_self": view["username"] == me,
        "must_change": bool(view.get("must_change_password")),
        "locked": bool(lock and (lock.get("addresses") or lock.get("everywhere_until"))),
    }


def _read(principal: Principal, query: str, status: str, cursor: str | None) -> dict[str, Any]:
    with session_scope() as session:
        page = service.users_page(
            session,
            actor=principal,
            query=query,
            active=STATUS_FILTERS.get(status),
            limit=PAGE_SIZE,
            cursor=cursor,
        )
        users = page.items
        locks = {u.username: throttle.lock_state(session, u.username) for u in users}
        keys = api_keys.list_api_keys(session, actor=principal)
        role_options = roles.role_names(session)
    now = utcnow()
    return {
        "users": [user_row(u, principal.username, locks[u.username]) for u in users],
        "next": page.next_cursor or "",
        "total": page.total or 0,
        "keys": [key_row(k, now) for k in keys],
        "roles": role_options,
    }


def session_rows(views: list[dict[str, Any]]) -> list[dict[str, str]]:
    """A user's live sessions (services.admin.sessions.session_view) with local times."""
    return [
        {
            "ref": view["ref"],
            "created": format_local(view["created_at"]),
            "expires": format_local(view["expires_at"]),
            "ip": view["ip"] or "",
        }
        for view in views
    ]


def _call(fn: Any, principal: Principal, **kwargs: Any) -> Any:
    """One service call in its own transaction."""
    with session_scope() as session:
        return fn(session, actor=principal, **kwargs)


class AdminState(PageState, rx.State):
    """Lists and forms of the admin page."""

    users: list[dict[str, Any]] = []
    user_query: str = ""
    user_status: str = "all"  # all | active | inactive
    users_total: int = 0
    users_next: str = ""  # cursor of the next page of users ("" on the last)
    role_options: list[str] = []
    keys: list[dict[str, Any]] = []
    sessions_for: str = ""  # whose sessions the dialog shows
    user_sessions: list[dict[str, str]] = []
    new_key_secret: str = ""
    new_key_scopes: list[str] = []
    available_scopes: list[str] = []
    pending_role: dict[str, str] = {}  # {"username", "role"} waiting for confirmation
    reset_for: str = ""  # whose one-time password the dialog shows (cleared when it closes)
    reset_secret: str = ""

    async def _reload(self, principal: Principal) -> None:
        data = await asyncio.to_thread(_read, principal, self.user_query, self.user_status, None)
        self.users, self.keys, self.role_options = data["users"], data["keys"], data["roles"]
        self.users_next, self.users_total = data["next"], data["total"]
        self.available_scopes = sorted(principal.permissions)

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

    async def _after_change(self, principal: Principal, ok_key: str | None, **params: object) -> None:
        try:
            await self._reload(principal)
        except Exception as exc:
            return await self.toast_error(exc)
        if ok_key:
            await self.toast_ok(ok_key, **params)
        return None

    @rx.event
    async def search_users(self, form_data: dict):
        principal = await self.authorize(USERS)
        if not isinstance(principal, Principal):
            return principal
        self.user_query = str(form_data.get("q", "")).strip()[:100]
        status = str(form_data.get("status", "all"))
        self.user_status = status if status in STATUS_FILTERS else "all"
        return await self._after_change(principal, None)

    @rx.event
    async def more_users(self):
        """Append the next page of users."""
        principal = await self.authorize(USERS)
        if not isinstance(principal, Principal):
            return principal
        if not self.users_next:
            return None
        try:
            data = await asyncio.to_thread(
                _read, principal, self.user_query, self.user_status, self.users_next
            )
        except Exception as exc:
            return await self.toast_error(exc)
        self.users, self.users_next = [*self.users, *data["users"]], data["next"]
        return None

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
        if row is None or row["is_self"] or role not in self.role_options or row["role"] == role:
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
            return await self.refuse("admin.not_yourself")
        try:
            await asyncio.to_thread(_call, service.update_user, principal, username=username, **changes)
        except Exception as exc:
            return await self.toast_error(exc)
        return await self._after_change(principal, "admin.user_updated")

    @rx.event
    async def reset_password(self, username: str):
        """Give a user a one-time password, shown once in a dialog (the page confirms first)."""
        principal = await self.authorize(USERS)
        if not isinstance(principal, Principal):
            return principal
        try:
            secret = await asyncio.to_thread(_call, service.reset_password, principal, username=username)
        except Exception as exc:
            return await self.toast_error(exc)
        self.reset_for, self.reset_secret = username, secret
        return await self._after_change(principal, None)

    @rx.event
    def dismiss_reset(self):
        """The one-time password dialog closed: forget the password."""
        self.reset_for, self.reset_secret = "", ""

    @rx.event
    async def unlock(self, username: str):
        """Lift a user's sign-in locks."""
        principal = await self.authorize(USERS)
        if not isinstance(principal, Principal):
            return principal
        try:
            await asyncio.to_thread(_call, auth.unlock, principal, username=username)
        except Exception as exc:
            return await self.toast_error(exc)
        return await self._after_change(principal, "admin.unlocked", user=username)

    def _choose_scope(self, scope: str, checked: bool) -> None:
        kept = [s for s in self.new_key_scopes if s != scope]
        self.new_key_scopes = [*kept, scope] if checked and scope in self.available_scopes else kept

    @rx.event
    def toggle_scope(self, scope: str):
        self._choose_scope(scope, scope not in self.new_key_scopes)

    @rx.event
    def set_scope(self, scope: str, checked: bool):
        """A scope box of the new-key form (set, not toggled: a form reset reports the boxes' start)."""
        self._choose_scope(scope, bool(checked))

    @rx.event
    async def create_key(self, form_data: dict):
        """Create an API key; its secret is shown once in a dialog."""
        principal = await self.authorize(USERS)
        if not isinstance(principal, Principal):
            return principal
        days = str(form_data.get("expires_days", "")).strip()
        if days and not (days.isdigit() and 0 < int(days) <= MAX_EXPIRY_DAYS):
            return await self.refuse("admin.expiry_invalid", max=MAX_EXPIRY_DAYS)
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

    async def _load_sessions(self, principal: Principal) -> None:
        views = await asyncio.to_thread(_call, sessions.live_sessions, principal, username=self.sessions_for)
        self.user_sessions = session_rows(views)

    @rx.event
    async def open_sessions(self, username: str):
        """Show a user's live sessions in a dialog."""
        principal = await self.authorize(USERS)
        if not isinstance(principal, Principal):
            return principal
        self.sessions_for = username
        try:
            await self._load_sessions(principal)
        except Exception as exc:
            self.sessions_for = ""
            return await self.toast_error(exc)
        return None

    @rx.event
    def close_sessions(self):
        self.sessions_for, self.user_sessions = "", []

    @rx.event
    async def end_session(self, ref: str):
        """End one session of the user in the dialog ("" ends all of them)."""
        principal = await self.authorize(USERS)
        if not isinstance(principal, Principal):
            return principal
        try:
            ended = await asyncio.to_thread(
                _call, sessions.end_sessions, principal, username=self.sessions_for, ref=ref or None
            )
            await self._load_sessions(principal)
        except Exception as exc:
            return await self.toast_error(exc)
        return await self.toast_ok("admin.sessions_ended", count=ended)

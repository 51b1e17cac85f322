"""Admin page state: users (searched, filtered by status, paged; their sessions) and API keys. Every handler
re-checks permission on the server; database work runs in a worker thread.

Changes that are hard to undo (deactivate, role change, revoke) are confirmed in the page first; the
signed-in admin's own row offers no deactivate or role change (the service refuses them as well).
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

import reflex as rx

from services.admin import auth, roles, service, sessions, throttle
from services.core.clock import format_local
from services.core.db import session_scope
from services.core.security import Principal
from spa_ai.state.api_keys import ApiKeysMixin

USERS = "admin:users"
PAGE_SIZE = 50  # users per page
STATUS_FILTERS = {"all": None, "active": True, "inactive": False}


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
        role_options = roles.role_names(session)
    return {
        "users": [user_row(u, principal.username, locks[u.username]) for u in users],
        "next": page.next_cursor or "",
        "total": page.total or 0,
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


class AdminState(ApiKeysMixin, rx.State):
    """Lists and forms of the admin page (the key list and form: `ApiKeysMixin`, everyone's keys)."""

    KEYS_EVERYONE: ClassVar[bool] = True
    KEYS_PERMISSION: ClassVar[str | None] = USERS

    users: list[dict[str, Any]] = []
    user_query: str = ""
    user_status: str = "all"  # all | active | inactive
    users_total: int = 0
    users_next: str = ""  # cursor of the next page of users ("" on the last)
    role_options: list[str] = []
    sessions_for: str = ""  # whose sessions the dialog shows
    user_sessions: list[dict[str, str]] = []
    pending_role: dict[str, str] = {}  # {"username", "role"} waiting for confirmation
    reset_for: str = ""  # whose one-time password the dialog shows (cleared when it closes)
    reset_secret: str = ""

    async def _reload(self, principal: Principal) -> None:
        data = await asyncio.to_thread(_read, principal, self.user_query, self.user_status, None)
        self.users, self.role_options = data["users"], data["roles"]
        self.users_next, self.users_total = data["next"], data["total"]
        await self._load_keys(principal)

    @rx.event
    async def load(self):
        """on_load: users, keys and the newest audit entries."""
        return await self.load_with(USERS, self._reload)

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

"""Admin page state: users, API keys and the audit log. Every handler re-checks permission."""

from __future__ import annotations

from datetime import timedelta

import reflex as rx
from reflex_base.event import EventSpec

from services.admin import api_keys, service
from services.core import audit
from services.core.clock import format_local, utcnow
from services.core.db import session_scope
from services.core.errors import DomainError
from services.core.security import ROLE_PERMISSIONS, Principal
from spa_ai.state.auth import AuthState, authorize

PAGE_SIZE = 25


class AdminState(rx.State):
    """Lists and forms of the admin page."""

    loading: bool = True
    error: str = ""
    forbidden: bool = False
    users: list[dict] = []
    user_query: str = ""
    keys: list[dict] = []
    audit_rows: list[dict] = []
    audit_cursor: int = 0
    new_key_secret: str = ""
    new_key_scopes: list[str] = []
    available_scopes: list[str] = []

    async def _principal(self) -> Principal | EventSpec:
        auth_state = await self.get_state(AuthState)
        principal = auth_state.principal()
        if principal is None:
            return rx.redirect("/login")
        self.forbidden = not principal.can("admin:users")
        if self.forbidden:
            return rx.toast.error(auth_state.t("common.forbidden"))
        return principal

    async def _toast_error(self, exc: DomainError):
        auth_state = await self.get_state(AuthState)
        key = "common.forbidden" if exc.status == 403 else None
        return rx.toast.error(auth_state.t(key) if key else exc.message)

    @rx.event
    async def load(self):
        """Load users, keys and the newest audit entries."""
        self.loading = True
        principal = await self._principal()
        if not isinstance(principal, Principal):
            self.loading = False
            return principal
        try:
            self._reload(principal)
            self.available_scopes = sorted(ROLE_PERMISSIONS[principal.role])
            self.error = ""
        except Exception as exc:
            self.error = f"{type(exc).__name__}: {exc}"
        self.loading = False
        return None

    def _reload(self, principal: Principal) -> None:
        with session_scope() as session:
            rows, _ = service.list_users(session, actor=principal, query=self.user_query, limit=200)
            self.users = [service.user_view(u) for u in rows]
            self.keys = api_keys.list_api_keys(session, actor=principal)
            entries = audit.list_entries(session, limit=PAGE_SIZE) if principal.can("admin:audit") else []
            self.audit_rows = [_audit_view(e) for e in entries]
            self.audit_cursor = entries[-1].id or 0 if len(entries) == PAGE_SIZE else 0

    @rx.event
    async def search_users(self, form_data: dict):
        self.user_query = str(form_data.get("q", ""))
        return AdminState.load

    @rx.event
    async def create_user(self, form_data: dict):
        """Create a user from the add-user form."""
        principal = await self._principal()
        if not isinstance(principal, Principal):
            return principal
        try:
            with session_scope() as session:
                service.create_user(
                    session,
                    actor=principal,
                    username=str(form_data.get("username", "")),
                    password=str(form_data.get("password", "")),
                    role=str(form_data.get("role", "viewer")),
                    display_name=str(form_data.get("display_name", "")),
                )
        except DomainError as exc:
            return await self._toast_error(exc)
        self._reload(principal)
        auth_state = await self.get_state(AuthState)
        return rx.toast.success(auth_state.t("admin.user_created"))

    @rx.event
    async def set_active(self, username: str, active: bool):
        """Activate or deactivate a user."""
        return await self._update(username, is_active=active)

    @rx.event
    async def set_role(self, username: str, role: str):
        """Change a user's role."""
        return await self._update(username, role=role)

    async def _update(self, username: str, **changes):
        principal = await self._principal()
        if not isinstance(principal, Principal):
            return principal
        try:
            with session_scope() as session:
                service.update_user(session, actor=principal, username=username, **changes)
        except DomainError as exc:
            return await self._toast_error(exc)
        self._reload(principal)
        auth_state = await self.get_state(AuthState)
        return rx.toast.success(auth_state.t("admin.user_updated"))

    @rx.event
    def toggle_scope(self, scope: str):
        if scope in self.new_key_scopes:
            self.new_key_scopes = [s for s in self.new_key_scopes if s != scope]
        else:
            self.new_key_scopes = [*self.new_key_scopes, scope]

    @rx.event
    async def create_key(self, form_data: dict):
        """Create an API key; its secret is shown once in a dialog."""
        principal = await self._principal()
        if not isinstance(principal, Principal):
            return principal
        days = str(form_data.get("expires_days", "")).strip()
        try:
            if days and not days.isdigit():
                raise DomainError("expiry must be a whole number of days")
            expires = utcnow() + timedelta(days=int(days)) if days else None
            with session_scope() as session:
                secret, _ = api_keys.create_api_key(
                    session,
                    actor=principal,
                    name=str(form_data.get("name", "")),
                    scopes=self.new_key_scopes,
                    expires_at=expires,
                )
        except DomainError as exc:
            return await self._toast_error(exc)
        self.new_key_secret = secret
        self.new_key_scopes = []
        self._reload(principal)
        return None

    @rx.event
    def dismiss_secret(self):
        self.new_key_secret = ""

    @rx.event
    async def revoke_key(self, key_id: int):
        principal = await self._principal()
        if not isinstance(principal, Principal):
            return principal
        try:
            with session_scope() as session:
                api_keys.revoke_api_key(session, actor=principal, key_id=key_id)
        except DomainError as exc:
            return await self._toast_error(exc)
        self._reload(principal)
        return None

    @rx.event
    async def older_audit(self):
        """Load the next page of older audit entries."""
        principal = await authorize(self, "admin:audit")
        if not isinstance(principal, Principal):
            return principal
        with session_scope() as session:
            entries = audit.list_entries(session, limit=PAGE_SIZE, before_id=self.audit_cursor or None)
        self.audit_rows = [*self.audit_rows, *(_audit_view(e) for e in entries)]
        self.audit_cursor = entries[-1].id or 0 if len(entries) == PAGE_SIZE else 0
        return None


def _audit_view(entry) -> dict[str, str]:
    return {
        "id": str(entry.id),
        "ts": format_local(entry.ts),
        "actor": entry.actor,
        "action": entry.action,
        "entity": f"{entry.entity_type}:{entry.entity_id or ''}",
        "ip": entry.ip or "",
    }

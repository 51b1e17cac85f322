"""Roles page state: the permission matrix (built-in roles fixed, custom roles editable cell by cell),
creating and deleting custom roles. A change applies to the role's users on their next request."""

from __future__ import annotations

import asyncio
from typing import Any

import reflex as rx

from services.admin import roles
from services.core.db import session_scope
from services.core.security import PERMISSIONS, Principal
from spa_ai.state.admin_views import matrix_rows
from spa_ai.state.page import PageState

USERS = "admin:users"


def _read(principal: Principal) -> list[dict[str, Any]]:
    with session_scope() as session:
        return roles.list_roles(session, actor=principal)


def _call(fn: Any, principal: Principal, **kwargs: Any) -> None:
    with session_scope() as session:
        fn(session, actor=principal, **kwargs)


class RolesState(PageState, rx.State):
    """The matrix, the role columns and the new-role form's chosen permissions."""

    role_cols: list[dict[str, Any]] = []
    matrix: list[dict[str, Any]] = []
    new_permissions: list[str] = []
    all_permissions: list[str] = list(PERMISSIONS)

    async def _reload(self, principal: Principal) -> None:
        listed = await asyncio.to_thread(_read, principal)
        self.role_cols = [
            {"name": r["name"], "builtin": r["builtin"], "users": r["users"], "description": r["description"]}
            for r in listed
        ]
        self.matrix = matrix_rows(listed)

    @rx.event
    async def load(self):
        """on_load: every role and what it grants."""
        return await self.load_with(USERS, self._reload)

    async def _change(self, ok_key: str, fn: Any, **kwargs: Any):
        principal = await self.authorize(USERS)
        if not isinstance(principal, Principal):
            return principal
        try:
            await asyncio.to_thread(_call, fn, principal, **kwargs)
            await self._reload(principal)
        except Exception as exc:
            return await self.toast_error(exc)
        return await self.toast_ok(ok_key, role=str(kwargs.get("name", "")))

    @rx.event
    async def toggle(self, role: str, permission: str, granted: bool):
        """Grant or withdraw one permission of a custom role."""
        current = next((c for c in self.role_cols if c["name"] == role), None)
        if current is None or current["builtin"]:
            return None
        held = [
            row["permission"]
            for row in self.matrix
            for cell in row["cells"]
            if cell["role"] == role and cell["granted"]
        ]
        wanted = sorted({*held, permission}) if granted else [p for p in held if p != permission]
        return await self._change("roles.updated", roles.update_role, name=role, permissions=wanted)

    @rx.event
    def choose(self, permission: str, checked: bool):
        """A permission box of the new-role form."""
        kept = [p for p in self.new_permissions if p != permission]
        self.new_permissions = [*kept, permission] if checked and permission in PERMISSIONS else kept

    @rx.event
    async def create(self, form_data: dict):
        """Create a custom role from the form."""
        result = await self._change(
            "roles.created",
            roles.create_role,
            name=str(form_data.get("name", ""))[:40],
            description=str(form_data.get("description", ""))[:300],
            permissions=list(self.new_permissions),
        )
        if any(c["name"] == str(form_data.get("name", "")).strip().lower() for c in self.role_cols):
            self.new_permissions = []
        return result

    @rx.event
    async def delete(self, role: str):
        """Delete a custom role no user holds (the page confirms first)."""
        return await self._change("roles.deleted", roles.delete_role, name=role)

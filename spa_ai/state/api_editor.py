"""/apis/[id] state: edit and validate the logic, save versions, publish, change the settings.

The page's values and their loading are in `api_editor_data`, the Test and Versions tabs' handlers in
`api_editor_tabs`. Handlers re-check the caller on the server and call `services.api_manager` only;
the editor keeps what was typed when a save fails. Problems from validation become editor diagnostics
at their offsets.
"""

from __future__ import annotations

import asyncio
from typing import Any

import reflex as rx

from services.api_manager import service
from services.api_manager.executors import executor_for
from services.api_manager.executors.sql import check_sql, explain_warnings
from services.api_manager.models import READ, WRITE, ApiUpdate
from services.core.db import session_scope
from services.core.errors import DomainError
from services.core.security import ROLES, Principal
from spa_ai.state import api_views
from spa_ai.state.api_editor_data import load_api_page, whole_number
from spa_ai.state.api_editor_tabs import ApiEditorTabs


def _validate(
    logic_type: str, body: str, row_limit: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    if logic_type != "sql":
        return [p.__dict__ for p in executor_for(logic_type).check(body)], []
    verdict = check_sql(body)
    warnings = [w.__dict__ for w in verdict.warnings]
    if verdict.is_safe:
        warnings += [w.__dict__ for w in explain_warnings(body, row_limit=row_limit)]
    return [e.__dict__ for e in verdict.errors], warnings


class ApiEditorState(ApiEditorTabs, rx.State):
    """One API: its editor, test runner, versions, logs and settings."""

    # --- editing and validation ------------------------------------------------------------------------

    @rx.event
    def set_body(self, value: str):
        self._body, self.validated = value, False
        self.problems = []

    @rx.event
    def set_schema_text(self, value: str):
        self._schema_text = value

    @rx.event
    def set_timeout_ms(self, value: str):
        self.timeout_ms = value

    @rx.event
    def set_row_limit(self, value: str):
        self.row_limit = value

    @rx.event
    def set_save_note(self, value: str):
        self.save_note = value[:500]

    @rx.event
    async def validate(self):
        caller = await self.authorize(READ)
        if not isinstance(caller, Principal):
            return caller
        row_limit = int(self.row_limit) if self.row_limit.isdigit() else 200
        errors, warnings = await asyncio.to_thread(
            _validate, self.api.get("logic_type", "sql"), self._body, row_limit
        )
        self.problems = api_views.diagnostics(self._body, errors)
        self.warnings = api_views.diagnostics(self._body, warnings, "warning")
        self.validated = True
        return None

    @rx.event
    async def save(self, publish: bool = False):
        caller = await self.authorize(WRITE)
        if not isinstance(caller, Principal):
            return caller
        api_id = int(self.api["id"])
        before = self.api.get("latest")
        try:
            content = await self._content()
            update = ApiUpdate(content=content, message=self.save_note, publish=publish)
            await asyncio.to_thread(_save, caller, api_id, update)
            data = await asyncio.to_thread(load_api_page, caller, api_id)
        except DomainError as exc:
            return await self.toast_error(exc)
        await self._show(data, keep_editor=True)
        self.save_note = ""
        key = (
            "apis.published_ok"
            if publish
            else ("apis.saved" if self.api["latest"] != before else "apis.unchanged")
        )
        return await self.toast_ok(key)

    @rx.event
    async def publish(self, version: str = ""):
        caller = await self.authorize(WRITE)
        if not isinstance(caller, Principal):
            return caller
        api_id = int(self.api["id"])
        try:
            await asyncio.to_thread(_publish, caller, api_id, int(version) if version.isdigit() else None)
            data = await asyncio.to_thread(load_api_page, caller, api_id)
        except DomainError as exc:
            return await self.toast_error(exc)
        await self._show(data, keep_editor=True)
        return await self.toast_ok("apis.published_ok")

    # --- settings --------------------------------------------------------------------------------------

    @rx.event
    def set_description(self, value: str):
        self.description = value[:2000]

    @rx.event
    def set_tags(self, value: str):
        self.tags = value[:500]

    @rx.event
    def toggle_role(self, role: str):
        if role in ROLES:
            self.allowed_roles = sorted(set(self.allowed_roles) ^ {role})

    @rx.event
    def set_required_scopes(self, value: str):
        self.required_scopes = value[:500]

    @rx.event
    def set_rate_limit(self, value: str):
        self.rate_limit = value

    @rx.event
    def set_ops_tool(self, value: bool):
        self.ops_tool = bool(value)

    @rx.event
    async def save_settings(self):
        caller = await self.authorize(WRITE)
        if not isinstance(caller, Principal):
            return caller
        api_id = int(self.api["id"])
        try:
            update = ApiUpdate(
                description=self.description,
                tags=[t.strip() for t in self.tags.split(",") if t.strip()],
                allowed_roles=self.allowed_roles,
                required_scopes=[s.strip() for s in self.required_scopes.split(",") if s.strip()],
                rate_limit_per_minute=whole_number(self.rate_limit, "rate_limit_per_minute"),
                ops_tool=self.ops_tool,
            )
            await asyncio.to_thread(_save, caller, api_id, update)
            data = await asyncio.to_thread(load_api_page, caller, api_id)
        except DomainError as exc:
            return await self.toast_error(exc)
        await self._show(data, keep_editor=True)
        return await self.toast_ok("apis.settings_saved")


def _save(caller: Principal, api_id: int, update: ApiUpdate) -> None:
    with session_scope() as session:
        service.update_api(session, actor=caller, api_id=api_id, body=update)


def _publish(caller: Principal, api_id: int, version: int | None) -> None:
    with session_scope() as session:
        service.publish(session, actor=caller, api_id=api_id, version=version)

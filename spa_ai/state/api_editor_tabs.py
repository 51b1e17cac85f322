"""The Test and Versions tabs of /apis/[id]: dry runs of the typed logic, test cases, diffs, rollbacks.

Each handler re-checks the caller, calls `services.api_manager` in a thread and shows the page again.
"""

from __future__ import annotations

import asyncio
from typing import Any

import reflex as rx

from services.api_manager import cases, reads, runs, service
from services.api_manager.models import EXECUTE, READ, WRITE, ApiContent
from services.core.db import session_scope
from services.core.errors import DomainError
from services.core.security import Principal
from spa_ai.state import api_views
from spa_ai.state.api_editor_data import ApiEditorData, load_api_page
from spa_ai.state.diff_view import diff_lines


class ApiEditorTabs(ApiEditorData, mixin=True):
    """Handlers of the Test tab (dry run, test cases) and the Versions tab (diff, rollback)."""

    # --- running ---------------------------------------------------------------------------------------

    @rx.event
    def set_params_text(self, value: str):
        self._params_text = value

    @rx.event
    async def dry_run(self):
        caller = await self.authorize(EXECUTE)
        if not isinstance(caller, Principal):
            yield caller
            return
        self.running = True
        yield
        try:
            content, params = await self._content(), self._params()
            view = await asyncio.to_thread(
                _dry_run, caller, int(self.api["id"]), self.api["logic_type"], content, params
            )
            self.result = api_views.result_view(view)
        except DomainError as exc:
            self.running = False
            await self.toast_error(exc)
            return
        self.running = False

    @rx.event
    def set_case_name(self, value: str):
        self.case_name = value[:120]

    @rx.event
    async def add_case(self):
        caller = await self.authorize(WRITE)
        if not isinstance(caller, Principal):
            return caller
        api_id = int(self.api["id"])
        try:
            params = self._params()
            name = self.case_name.strip() or f"case {len(self.cases) + 1}"
            await asyncio.to_thread(_add_case, caller, api_id, name, params)
            data = await asyncio.to_thread(load_api_page, caller, api_id)
        except DomainError as exc:
            return await self.toast_error(exc)
        self.case_name = ""
        await self._show(data, keep_editor=True)
        return None

    @rx.event
    async def delete_case(self, case_id: str):
        caller = await self.authorize(WRITE)
        if not isinstance(caller, Principal):
            return caller
        api_id = int(self.api["id"])
        try:
            await asyncio.to_thread(_delete_case, caller, api_id, int(case_id))
            data = await asyncio.to_thread(load_api_page, caller, api_id)
        except DomainError as exc:
            return await self.toast_error(exc)
        await self._show(data, keep_editor=True)
        return None

    @rx.event
    async def run_tests(self):
        caller = await self.authorize(WRITE)
        if not isinstance(caller, Principal):
            yield caller
            return
        api_id = int(self.api["id"])
        self.running = True
        yield
        try:
            report = await asyncio.to_thread(_run_tests, caller, api_id)
            data = await asyncio.to_thread(load_api_page, caller, api_id)
        except DomainError as exc:
            self.running = False
            await self.toast_error(exc)
            return
        self.running = False
        self.test_summary = f"v{report['version']}: {report['passed']} ✓ · {report['failed']} ✗"
        await self._show(data, keep_editor=True)

    # --- versions --------------------------------------------------------------------------------------

    @rx.event
    def set_diff_from(self, value: str):
        self.diff_from, self.diff_done = value, False

    @rx.event
    def set_diff_to(self, value: str):
        self.diff_to, self.diff_done = value, False

    @rx.event
    async def show_diff(self):
        caller = await self.authorize(READ)
        if not isinstance(caller, Principal):
            return caller
        if not (self.diff_from.isdigit() and self.diff_to.isdigit()):
            return None
        try:
            text = await asyncio.to_thread(
                _diff, caller, int(self.api["id"]), int(self.diff_from), int(self.diff_to)
            )
        except DomainError as exc:
            return await self.toast_error(exc)
        self.diff, self.diff_done = diff_lines(text), True
        return None

    @rx.event
    async def rollback(self, version: str):
        caller = await self.authorize(WRITE)
        if not isinstance(caller, Principal):
            return caller
        api_id = int(self.api["id"])
        try:
            await asyncio.to_thread(_rollback, caller, api_id, int(version))
            data = await asyncio.to_thread(load_api_page, caller, api_id)
        except DomainError as exc:
            return await self.toast_error(exc)
        await self._show(data)
        return await self.toast_ok("apis.rolled_back")


def _dry_run(
    caller: Principal, api_id: int, logic_type: str, content: ApiContent, params: dict[str, Any]
) -> dict[str, Any]:
    with session_scope() as session:
        return runs.dry_run(
            session, actor=caller, logic_type=logic_type, content=content, params=params, api_id=api_id
        )


def _add_case(caller: Principal, api_id: int, name: str, params: dict[str, Any]) -> None:
    with session_scope() as session:
        cases.add_case(
            session, actor=caller, api_id=api_id, name=name, params=params, expect={"status": "ok"}
        )


def _delete_case(caller: Principal, api_id: int, case_id: int) -> None:
    with session_scope() as session:
        cases.delete_case(session, actor=caller, api_id=api_id, case_id=case_id)


def _run_tests(caller: Principal, api_id: int) -> dict[str, Any]:
    with session_scope() as session:
        return cases.run_tests(session, actor=caller, api_id=api_id)


def _diff(caller: Principal, api_id: int, old: int, new: int) -> str:
    with session_scope() as session:
        return reads.diff(session, actor=caller, api_id=api_id, from_version=old, to_version=new)


def _rollback(caller: Principal, api_id: int, version: int) -> None:
    with session_scope() as session:
        service.rollback(session, actor=caller, api_id=api_id, version=version)

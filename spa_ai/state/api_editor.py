"""/apis/[id] state: edit and validate the logic, test it, save versions, publish, diff, roll back, read logs.

Handlers re-check the caller on the server and call `services.api_manager` only; the editor keeps
what was typed when a save fails. Problems from validation become editor diagnostics at their offsets.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import plotly.graph_objects as go
import reflex as rx

from services.api_manager import cases, logs, reads, runs, sandbox, service
from services.api_manager.executors import executor_for
from services.api_manager.executors.sql import check_sql, explain_warnings
from services.api_manager.models import EXECUTE, READ, WRITE, ApiContent, ApiUpdate
from services.core.clock import display_timezone
from services.core.db import session_scope
from services.core.errors import DomainError, NotFound, ValidationFailed
from services.core.security import ROLES, Principal
from spa_ai.state import api_views
from spa_ai.state.diff_view import diff_lines
from spa_ai.state.page import PageState


def _load(caller: Principal, api_id: int) -> dict[str, Any]:
    with session_scope() as session:
        detail = reads.get_api(session, actor=caller, api_id=api_id)
        test_cases = cases.list_cases(session, actor=caller, api_id=api_id)
        versions = reads.list_versions(session, actor=caller, api_id=api_id)
        page = logs.execution_logs(session, actor=caller, api_id=api_id, limit=50, cursor=None)
        stats = logs.latency(session, actor=caller, api_id=api_id)
        series = logs.latency_series(session, actor=caller, api_id=api_id)
    return {
        "detail": detail,
        "cases": test_cases,
        "versions": versions,
        "logs": page.items,
        "stats": stats,
        "series": series,
    }


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


class ApiEditorState(PageState, rx.State):
    """One API: its editor, test runner, versions, logs and settings."""

    api: dict[str, str] = {}
    body: str = ""
    schema_text: str = ""
    timeout_ms: str = "3000"
    row_limit: str = "200"
    save_note: str = ""
    problems: list[dict[str, Any]] = []
    warnings: list[dict[str, Any]] = []
    validated: bool = False
    params_text: str = "{}"
    result: dict[str, Any] = {}
    running: bool = False
    cases: list[dict[str, str]] = []
    case_name: str = ""
    test_summary: str = ""
    versions: list[dict[str, str]] = []
    diff_from: str = ""
    diff_to: str = ""
    diff: list[dict[str, str]] = []
    diff_done: bool = False
    logs: list[dict[str, str]] = []
    stats: dict[str, str] = {}
    latency: go.Figure = go.Figure()
    description: str = ""
    tags: str = ""
    allowed_roles: list[str] = []
    required_scopes: str = ""
    rate_limit: str = "60"
    ops_tool: bool = False
    isolated: bool = True

    @rx.var
    def editor_language(self) -> str:
        return api_views.EDITOR_LANGUAGE.get(self.api.get("logic_type", "sql"), "sql")

    @rx.var
    def version_numbers(self) -> list[str]:
        return [v["version"] for v in self.versions]

    @rx.var
    def is_sandboxed(self) -> bool:
        return self.api.get("logic_type") in ("python", "script")

    def _api_id(self) -> int | None:
        tail = self.url_path().rstrip("/").rsplit("/", 1)[-1]
        return int(tail) if tail.isdigit() else None

    async def _caller(self, permission: str) -> Principal | Any:
        return await self.authorize(permission)

    # --- loading ---------------------------------------------------------------------------------------

    @rx.event
    async def load(self):
        caller = await self.authorize(READ, quiet=True)
        if not isinstance(caller, Principal):
            return caller
        api_id = self._api_id()
        if api_id is None:
            self.not_found, self.loading = True, False
            return None
        if str(api_id) != self.api.get("id"):
            self.loading = True
            self.problems, self.warnings, self.validated, self.result, self.diff, self.diff_done = (
                [],
                [],
                False,
                {},
                [],
                False,
            )
        try:
            data = await asyncio.to_thread(_load, caller, api_id)
        except NotFound:
            self.not_found, self.loading = True, False
            return None
        except Exception as exc:
            return await self.fail_load(exc)
        await self._show(data, keep_editor=str(api_id) == self.api.get("id") and not self.loading)
        self.not_found, self.error, self.loading = False, "", False
        return None

    async def _show(self, data: dict[str, Any], keep_editor: bool = False) -> None:
        detail = data["detail"]
        tz = display_timezone()
        self.api = {
            "id": str(detail["id"]),
            "name": detail["name"],
            "slug": detail["slug"],
            "logic_type": detail["logic_type"],
            "owner": detail["owner"],
            "published": str(detail["published_version"] or ""),
            "latest": str(detail["latest_version"]),
        }
        if not keep_editor:
            content = detail["content"]
            self.body = content["body"]
            self.schema_text = json.dumps(content["params_schema"], indent=2, ensure_ascii=False)
            self.timeout_ms, self.row_limit = str(content["timeout_ms"]), str(content["row_limit"])
            defaults = {
                k: p.get("default")
                for k, p in content["params_schema"].get("properties", {}).items()
                if "default" in p
            }
            self.params_text = json.dumps(defaults, ensure_ascii=False)
        self.description, self.tags = detail["description"], ", ".join(detail["tags"])
        self.allowed_roles, self.required_scopes = (
            list(detail["allowed_roles"]),
            ", ".join(detail["required_scopes"]),
        )
        self.rate_limit, self.ops_tool = str(detail["rate_limit_per_minute"]), detail["ops_tool"]
        self.cases = [
            {
                "id": str(c["id"]),
                "name": c["name"],
                "params": json.dumps(c["params"], ensure_ascii=False),
                "last": ""
                if not c["last_result"]
                else ("passed" if c["last_result"]["passed"] else "failed"),
                "failures": "; ".join(c["last_result"]["failures"]) if c["last_result"] else "",
            }
            for c in data["cases"]
        ]
        self.versions = [
            {
                "version": str(v["version"]),
                "message": v["message"],
                "author": v["author"],
                "created": api_views.local_time(v["created_at"], tz),
                "hash": v["content_hash"][:12],
                "published": "yes" if v["published"] else "",
            }
            for v in data["versions"]
        ]
        numbers = [v["version"] for v in self.versions]  # newest first: compare the two newest
        self.diff_to = numbers[0] if numbers else ""
        self.diff_from = numbers[1] if len(numbers) > 1 else self.diff_to
        self.diff, self.diff_done = [], False
        self.logs = api_views.log_rows(data["logs"], tz)
        stats = data["stats"]
        self.stats = {
            "calls": str(stats["calls"]),
            "errors": str(stats["errors"]),
            "p50": "—" if stats["p50_ms"] is None else f"{stats['p50_ms']:.1f} ms",
            "p95": "—" if stats["p95_ms"] is None else f"{stats['p95_ms']:.1f} ms",
        }
        self.latency = api_views.latency_figure(data["series"], tz)
        self.isolated = sandbox.isolation()["network"]

    @rx.event
    async def tab_opened(self, tab: str):
        """Logs and versions change while the page is open (calls by key, other editors): re-read them."""
        if tab not in ("logs", "versions") or not self.api.get("id"):
            return None
        caller = await self.authorize(READ)
        if not isinstance(caller, Principal):
            return caller
        try:
            data = await asyncio.to_thread(_load, caller, int(self.api["id"]))
        except DomainError as exc:
            return await self.toast_error(exc)
        await self._show(data, keep_editor=True)
        return None

    # --- editing and validation ------------------------------------------------------------------------

    @rx.event
    def set_body(self, value: str):
        self.body, self.validated = value, False
        self.problems = []

    @rx.event
    def set_schema_text(self, value: str):
        self.schema_text = value

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
    def set_params_text(self, value: str):
        self.params_text = value

    async def _content(self) -> ApiContent:
        try:
            schema = json.loads(self.schema_text or "{}")
        except json.JSONDecodeError as exc:
            raise ValidationFailed(
                f"params_schema: {exc.msg} ({exc.lineno}:{exc.colno})",
                key="api_bad_schema",
                params={"problem": f"{exc.msg} ({exc.lineno}:{exc.colno})"},
            ) from exc
        timeout, rows = (
            _whole_number(self.timeout_ms, "timeout_ms"),
            _whole_number(self.row_limit, "row_limit"),
        )
        try:
            return ApiContent(body=self.body, params_schema=schema, timeout_ms=timeout, row_limit=rows)
        except ValueError as exc:  # pydantic: out of range
            problem = str(exc).split("\n")[1].strip() if "\n" in str(exc) else str(exc)
            raise ValidationFailed(problem, key="api_param_invalid", params={"problem": problem}) from exc

    @rx.event
    async def validate(self):
        caller = await self.authorize(READ)
        if not isinstance(caller, Principal):
            return caller
        row_limit = int(self.row_limit) if self.row_limit.isdigit() else 200
        errors, warnings = await asyncio.to_thread(
            _validate, self.api.get("logic_type", "sql"), self.body, row_limit
        )
        self.problems = api_views.diagnostics(self.body, errors)
        self.warnings = api_views.diagnostics(self.body, warnings, "warning")
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
            data = await asyncio.to_thread(_load, caller, api_id)
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
            data = await asyncio.to_thread(_load, caller, api_id)
        except DomainError as exc:
            return await self.toast_error(exc)
        await self._show(data, keep_editor=True)
        return await self.toast_ok("apis.published_ok")

    # --- running ---------------------------------------------------------------------------------------

    def _params(self) -> dict[str, Any]:
        try:
            value = json.loads(self.params_text or "{}")
        except json.JSONDecodeError as exc:
            raise ValidationFailed(
                f"params: {exc.msg}", key="api_param_invalid", params={"problem": exc.msg}
            ) from exc
        if not isinstance(value, dict):
            raise ValidationFailed(
                "params must be a JSON object", key="api_param_invalid", params={"problem": "{…}"}
            )
        return value

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
            data = await asyncio.to_thread(_load, caller, api_id)
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
            data = await asyncio.to_thread(_load, caller, api_id)
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
            data = await asyncio.to_thread(_load, caller, api_id)
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
            data = await asyncio.to_thread(_load, caller, api_id)
        except DomainError as exc:
            return await self.toast_error(exc)
        await self._show(data)
        return await self.toast_ok("apis.rolled_back")

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
                rate_limit_per_minute=_whole_number(self.rate_limit, "rate_limit_per_minute"),
                ops_tool=self.ops_tool,
            )
            await asyncio.to_thread(_save, caller, api_id, update)
            data = await asyncio.to_thread(_load, caller, api_id)
        except DomainError as exc:
            return await self.toast_error(exc)
        await self._show(data, keep_editor=True)
        return await self.toast_ok("apis.settings_saved")


def _whole_number(text: str, field: str) -> int:
    if not text.strip().isdigit():
        raise ValidationFailed(
            f"{field} must be a whole number", key="api_param_invalid", params={"problem": field}
        )
    return int(text)


def _save(caller: Principal, api_id: int, update: ApiUpdate) -> None:
    with session_scope() as session:
        service.update_api(session, actor=caller, api_id=api_id, body=update)


def _publish(caller: Principal, api_id: int, version: int | None) -> None:
    with session_scope() as session:
        service.publish(session, actor=caller, api_id=api_id, version=version)


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

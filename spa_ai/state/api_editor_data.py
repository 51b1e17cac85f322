"""What the /apis/[id] page shows and how it loads: one API with its logic, test cases, versions, logs
and settings, read in one session (`load_api_page`) and put into the state's values by `_show`.

The typed schema, limits and parameters are read back here too, refused with the field named.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import plotly.graph_objects as go
import reflex as rx

from services.api_manager import cases, logs, reads, sandbox
from services.api_manager.models import READ, ApiContent
from services.core.clock import display_timezone
from services.core.db import session_scope
from services.core.errors import DomainError, NotFound, ValidationFailed
from services.core.security import Principal
from spa_ai.state import api_views
from spa_ai.state.page import PageState


def load_api_page(caller: Principal, api_id: int) -> dict[str, Any]:
    """Everything the page shows of one API, read in one session."""
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


class ApiEditorData(PageState, mixin=True):
    """The API page's values, their loading, and what was typed read back as service input."""

    api: dict[str, str] = {}
    # The editors open with these (set when content is loaded, each load a new revision that remounts
    # them); what is typed goes to the backend-only copies, so keystrokes are never echoed back into an
    # editor, where a late echo would replace newer text.
    editor_body: str = ""
    editor_schema: str = ""
    editor_params: str = "{}"
    editor_revision: int = 0
    _body: str = ""
    _schema_text: str = ""
    _params_text: str = "{}"
    timeout_ms: str = "3000"
    row_limit: str = "200"
    save_note: str = ""
    problems: list[dict[str, Any]] = []
    warnings: list[dict[str, Any]] = []
    validated: bool = False
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
            data = await asyncio.to_thread(load_api_page, caller, api_id)
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
            self._body = self.editor_body = content["body"]
            schema = json.dumps(content["params_schema"], indent=2, ensure_ascii=False)
            self._schema_text = self.editor_schema = schema
            self.timeout_ms, self.row_limit = str(content["timeout_ms"]), str(content["row_limit"])
            defaults = {
                k: p.get("default")
                for k, p in content["params_schema"].get("properties", {}).items()
                if "default" in p
            }
            self._params_text = self.editor_params = json.dumps(defaults, ensure_ascii=False)
            self.editor_revision += 1
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
            data = await asyncio.to_thread(load_api_page, caller, int(self.api["id"]))
        except DomainError as exc:
            return await self.toast_error(exc)
        await self._show(data, keep_editor=True)
        return None

    # --- what was typed --------------------------------------------------------------------------------

    async def _content(self) -> ApiContent:
        try:
            schema = json.loads(self._schema_text or "{}")
        except json.JSONDecodeError as exc:
            raise ValidationFailed(
                f"params_schema: {exc.msg} ({exc.lineno}:{exc.colno})",
                key="api_bad_schema",
                params={"problem": f"{exc.msg} ({exc.lineno}:{exc.colno})"},
            ) from exc
        timeout, rows = (
            whole_number(self.timeout_ms, "timeout_ms"),
            whole_number(self.row_limit, "row_limit"),
        )
        try:
            return ApiContent(body=self._body, params_schema=schema, timeout_ms=timeout, row_limit=rows)
        except ValueError as exc:  # pydantic: out of range
            problem = str(exc).split("\n")[1].strip() if "\n" in str(exc) else str(exc)
            raise ValidationFailed(problem, key="api_param_invalid", params={"problem": problem}) from exc

    def _params(self) -> dict[str, Any]:
        try:
            value = json.loads(self._params_text or "{}")
        except json.JSONDecodeError as exc:
            raise ValidationFailed(
                f"params: {exc.msg}", key="api_param_invalid", params={"problem": exc.msg}
            ) from exc
        if not isinstance(value, dict):
            raise ValidationFailed(
                "params must be a JSON object", key="api_param_invalid", params={"problem": "{…}"}
            )
        return value


def whole_number(text: str, field: str) -> int:
    if not text.strip().isdigit():
        raise ValidationFailed(
            f"{field} must be a whole number", key="api_param_invalid", params={"problem": field}
        )
    return int(text)

"""OPS trace viewer state: the list of traces (own; every user's with `admin:audit`) and one trace
with its span timeline, plan and answer. Every handler re-checks `ops:ask` on the server."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from urllib.parse import unquote

import reflex as rx

from services.core.clock import format_local
from services.core.db import session_scope
from services.core.errors import DomainError
from services.core.security import Principal
from services.ops import service as ops
from spa_ai.state.auth import AuthState
from spa_ai.state.ops import BlockActions
from spa_ai.state.ops_blocks import SpanBar, finish_message, ms_text, new_message, span_bars

LIST_LIMIT = 200
MINE, EVERYONE = "mine", "all"


def list_traces(principal: Principal, everyone: bool, limit: int = LIST_LIMIT) -> list[dict[str, str]]:
    """Recent traces as display rows: the caller's own, or everyone's for `admin:audit` holders."""
    with session_scope() as session:
        rows = ops.history(session, actor=principal, limit=limit, everyone=everyone)
    return [
        {"trace_id": r["trace_id"], "question": r["question"], "username": r["username"], "route": r["route"],
         "status": r["status"], "planner": r["planner"], "duration": ms_text(r["duration_ms"]),
         "at": format_local(r["created_at"])}
        for r in rows
    ]  # fmt: skip


class TraceState(BlockActions, rx.State):
    """/ops/traces and /ops/traces/[trace_id]."""

    denied: bool = False
    can_see_all: bool = False
    scope: str = MINE
    loading: bool = True
    error: str = ""
    traces: list[dict[str, str]] = []
    # --- detail
    d_loading: bool = True
    d_error: str = ""
    trace: dict[str, str] = {}
    spans: list[SpanBar] = []

    def _forget(self) -> None:
        self.messages, self.traces, self.trace, self.spans, self.scope = [], [], {}, [], MINE

    async def _guard(self) -> Any:
        """The caller, or the event refusing them (and the page switched to its forbidden state)."""
        result = await self._caller()
        if isinstance(result, Principal):
            self.denied, self.can_see_all = False, result.can("admin:audit")
            return result
        self.denied, self.loading, self.d_loading = True, False, False
        return result

    @rx.event
    async def load_list(self):
        """on_load of /ops/traces."""
        principal = await self._guard()
        if not isinstance(principal, Principal):
            return principal
        self._load(principal)
        return None

    def _load(self, principal: Principal) -> None:
        try:
            self.traces = list_traces(principal, self.scope == EVERYONE)
            self.error = ""
        except Exception as exc:  # shown as the page's error state
            self.error = f"{type(exc).__name__}: {exc}"
        self.loading = False

    @rx.event
    async def set_scope(self, value: str | list[str]):
        """Admins: own traces or everyone's."""
        principal = await self._guard()
        if not isinstance(principal, Principal):
            return principal
        value = value[0] if isinstance(value, list) else value
        self.scope = EVERYONE if value == EVERYONE and principal.can("admin:audit") else MINE
        self._load(principal)
        return None

    def _trace_id_from_url(self) -> str:
        path = str(self.router.url.path).rstrip("/")
        return unquote(path.rsplit("/", 1)[-1]) if path.count("/") >= 3 else ""

    @rx.event
    async def load_detail(self):
        """on_load of /ops/traces/[trace_id]: the trace, its spans, plan and answer."""
        principal = await self._guard()
        if not isinstance(principal, Principal):
            return principal
        trace_id = self._trace_id_from_url()
        if trace_id != self.trace.get("trace_id"):
            self.d_loading = True
            self.trace, self.spans, self.messages = {}, [], []
        try:
            with session_scope() as session:
                data = ops.get_trace(session, actor=principal, trace_id=trace_id)
        except DomainError:
            self.d_error = (await self.get_state(AuthState)).t("traces.not_found")
            self.d_loading = False
            return None
        except Exception as exc:  # shown as the page's error state
            self.d_error = f"{type(exc).__name__}: {exc}"
            self.d_loading = False
            return None
        answer: dict[str, Any] = data.get("answer") or {}
        self.trace = {
            "trace_id": data["trace_id"], "question": data["question"], "username": data["username"],
            "route": data["route"], "status": data["status"], "planner": data["planner"],
            "duration": ms_text(data["duration_ms"]), "error": data.get("error") or "",
            "at": format_local(_parse(data.get("created_at"))),
            "plan": json.dumps(answer.get("plan") or {}, ensure_ascii=False, indent=2),
            "answer": json.dumps(answer, ensure_ascii=False, indent=2)[:20000],
        }  # fmt: skip
        self.spans = span_bars(data.get("spans") or [])
        self.messages = (
            [finish_message(new_message(0, data["question"]), answer, source="history")] if answer else []
        )
        self.d_error = ""
        self.d_loading = False
        return None


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None

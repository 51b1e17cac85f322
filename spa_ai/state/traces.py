"""OPS trace viewer states: the list of traces (/ops/traces: own; every user's with `admin:audit`, the
scope kept in the address) and one trace (/ops/traces/[trace_id]) with its span timeline, plan and
answer. Every handler re-checks `ops:ask` on the server; database work runs in a worker thread."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import reflex as rx

from services.core.clock import format_local
from services.core.db import session_scope
from services.core.errors import NotFound
from services.core.security import Principal
from services.ops import service as ops
from services.ops import trace_rca
from spa_ai.state import url_state
from spa_ai.state.ops import ASK, BlockActions
from spa_ai.state.ops_blocks import SpanBar, finish_message, ms_text, new_message, span_bars
from spa_ai.state.page import PageState

LIST_ROUTE = "/ops/traces"
LIST_LIMIT = 200
MINE, EVERYONE = "mine", "all"


def list_traces(
    principal: Principal, everyone: bool, failed: bool = False, limit: int = LIST_LIMIT
) -> list[dict[str, str]]:
    """Recent traces as display rows: the caller's own, or everyone's for `admin:audit` holders;
    only failed or slow runs with `failed`."""
    with session_scope() as session:
        rows = ops.history(session, actor=principal, limit=limit, everyone=everyone, failed=failed)
    return [
        {
            "trace_id": r["trace_id"],
            "question": r["question"],
            "username": r["username"],
            "route": r["route"],
            "status": r["status"],
            "planner": r["planner"],
            "duration": ms_text(r["duration_ms"]),
            "at": format_local(r["created_at"]),
        }
        for r in rows
    ]


class TraceListState(PageState, rx.State):
    """/ops/traces."""

    can_see_all: bool = False
    scope: str = MINE
    failed_only: bool = False
    traces: list[dict[str, str]] = []
    _owner: str = ""

    async def _refresh(self, principal: Principal) -> Any:
        try:
            self.traces = await asyncio.to_thread(
                list_traces, principal, self.scope == EVERYONE, self.failed_only
            )
        except Exception as exc:
            return await self.fail_load(exc)
        self.error, self.loading = "", False
        return None

    def _caller_changed(self, principal: Principal) -> None:
        if principal.username != self._owner:  # another user on this tab sees nothing of the previous one
            self.traces, self._owner = [], principal.username
        self.can_see_all = principal.can("admin:audit")

    @rx.event
    async def load(self):
        """on_load of /ops/traces: own traces, or everyone's when the address says so (auditors)."""
        principal = await self.authorize(ASK, quiet=True)
        if not isinstance(principal, Principal):
            return principal
        self._caller_changed(principal)
        wanted = url_state.choice(self.url_params(), "scope", (MINE, EVERYONE), MINE)
        self.scope = wanted if self.can_see_all else MINE
        self.failed_only = url_state.choice(self.url_params(), "failed", ("1", "0"), "0") == "1"
        return await self._refresh(principal)

    def _show_filters(self) -> None:
        values = {"scope": self.scope, "failed": "1" if self.failed_only else "0"}
        self.show_in_url(LIST_ROUTE, url_state.query_string(values, {"scope": MINE, "failed": "0"}))

    @rx.event
    async def set_scope(self, value: str | list[str]):
        """Admins: own traces or everyone's."""
        principal = await self.authorize(ASK)
        if not isinstance(principal, Principal):
            return principal
        self._caller_changed(principal)
        value = value[0] if isinstance(value, list) else value
        self.scope = EVERYONE if value == EVERYONE and self.can_see_all else MINE
        if (refused := await self._refresh(principal)) is not None:
            return refused
        self._show_filters()
        return None

    @rx.event
    async def set_failed_only(self, value: bool):
        """Only runs that failed or were slow (kept in the address as `failed=1`)."""
        principal = await self.authorize(ASK)
        if not isinstance(principal, Principal):
            return principal
        self._caller_changed(principal)
        self.failed_only = bool(value)
        if (refused := await self._refresh(principal)) is not None:
            return refused
        self._show_filters()
        return None


def _read_trace(principal: Principal, trace_id: str) -> dict[str, Any] | None:
    """The trace, or None when the caller may not see it or it does not exist."""
    try:
        with session_scope() as session:
            return ops.get_trace(session, actor=principal, trace_id=trace_id)
    except NotFound:
        return None


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass
class RcaHypothesis:
    """One hypothesis of the trace's analysis, as the page shows it."""

    kind: str
    label: str
    score: str
    cause: str
    action: str
    evidence: list[str]


def _analyse(principal: Principal, trace_id: str, lang: str) -> list[RcaHypothesis]:
    with session_scope() as session:
        result = trace_rca.analyse(
            session, actor=principal, trace_id=trace_id, lang="ko" if lang == "ko" else "en"
        )
    return [
        RcaHypothesis(
            kind=h.kind,
            label=h.label,
            score=f"{h.score:.2f}",
            cause=h.cause,
            action=h.action,
            evidence=h.evidence,
        )
        for h in result.hypotheses
    ]


class TraceDetailState(BlockActions, rx.State):
    """/ops/traces/[trace_id]."""

    trace: dict[str, str] = {}
    spans: list[SpanBar] = []
    rca: list[RcaHypothesis] = []
    rca_status: str = ""  # "" (not asked) | running | done

    def _forget(self) -> None:
        self.messages, self.trace, self.spans = [], {}, []
        self.rca, self.rca_status = [], ""

    @rx.event
    async def analyse(self):
        """Trace RCA: ranked hypotheses of why this run failed or was slow."""
        principal = await self._caller()
        if not isinstance(principal, Principal):
            yield principal
            return
        trace_id = self.trace.get("trace_id", "")
        self.rca_status = "running"
        yield
        try:
            self.rca = await asyncio.to_thread(_analyse, principal, trace_id, await self.lang())
        except Exception as exc:
            self.rca_status = ""
            await self.toast_error(exc)
            return
        self.rca_status = "done"

    def _trace_id_from_url(self) -> str:
        return url_state.path_tail(self.url_path(), 3)

    @rx.event
    async def load(self):
        """on_load of /ops/traces/[trace_id]: the trace, its spans, plan and answer."""
        principal = await self._caller(quiet=True)
        if not isinstance(principal, Principal):
            return principal
        trace_id = self._trace_id_from_url()
        if trace_id != self.trace.get("trace_id"):
            self.loading = True
            self._forget()
        try:
            data = await asyncio.to_thread(_read_trace, principal, trace_id) if trace_id else None
        except Exception as exc:
            return await self.fail_load(exc)
        self.error, self.loading, self.not_found = "", False, data is None
        if data is None:
            self.trace, self.spans, self.messages = {}, [], []
            return None
        answer: dict[str, Any] = data.get("answer") or {}
        self.trace = {
            "trace_id": data["trace_id"],
            "question": data["question"],
            "username": data["username"],
            "route": data["route"],
            "status": data["status"],
            "planner": data["planner"],
            "duration": ms_text(data["duration_ms"]),
            "error": data.get("error") or "",
            "at": format_local(_parse(data.get("created_at"))),
            "plan": json.dumps(answer.get("plan") or {}, ensure_ascii=False, indent=2),
            "answer": json.dumps(answer, ensure_ascii=False, indent=2)[:20000],
        }
        self.spans = span_bars(data.get("spans") or [])
        self.messages = (
            [finish_message(new_message(0, data["question"]), answer, source="history")] if answer else []
        )
        return None

"""Regression Watch page state (/ops/regression): runs with their pass-rate history, one run's per-query
results and diffs, the golden queries; running now, accepting a baseline, importing and deleting golden
queries need `ops:watch` (re-checked here and in the services). Database work runs in a worker thread."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import plotly.graph_objects as go
import reflex as rx

from services.core.db import session_scope
from services.core.errors import ValidationFailed
from services.core.security import Principal
from services.core.settings import get_settings
from services.ops import regression
from spa_ai.state import url_state
from spa_ai.state.ops_watch_views import ResultRow, pass_rate_figure, result_rows, run_rows
from spa_ai.state.page import PageState

ROUTE = "/ops/regression"
RUNS_SHOWN = 60
MAX_IMPORT_BYTES = 5 * 1024 * 1024
UPLOAD_ID = "golden-upload"


def _read(principal: Principal, run_id: int | None) -> dict[str, Any]:
    """Runs, the chosen (or latest) run's results and the golden queries."""
    with session_scope() as session:
        runs = regression.list_runs(session, actor=principal, limit=RUNS_SHOWN)
        chosen = run_id if run_id and any(r.id == run_id for r in runs) else (runs[0].id if runs else None)
        results = regression.run_results(session, actor=principal, run_id=chosen)[1] if chosen else []
        queries = regression.list_queries(session, actor=principal)
        return {
            "runs": run_rows(runs),
            "chart": pass_rate_figure(runs, get_settings().timezone),
            "run_id": str(chosen or ""),
            "results": result_rows(results),
            "queries": [
                {
                    "key": q.key,
                    "question": q.question,
                    "tags": ", ".join(q.tags),
                    "routes": ", ".join(q.routes),
                    "baseline": "✓" if q.has_baseline else "",
                    "pinned": "✓" if q.now else "",
                }
                for q in queries
            ],
        }


def _run_now(principal: Principal, tags: list[str]) -> int:
    with session_scope() as session:
        run = regression.run_watch(session, tags=tags, actor=principal, trigger="ui")
        session.commit()
        return run.id or 0


def _accept(principal: Principal, result_id: int) -> str:
    with session_scope() as session:
        return regression.accept_baseline(session, actor=principal, result_id=result_id).key


def _delete(principal: Principal, key: str) -> None:
    with session_scope() as session:
        regression.delete_query(session, actor=principal, key=key)


def _import(principal: Principal, raw: bytes) -> int:
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationFailed("file: not a JSON golden file", details={"field": "file"}) from exc
    with session_scope() as session:
        return len(regression.import_golden(session, actor=principal, payload=payload).keys)


class RegressionState(PageState, rx.State):
    """/ops/regression."""

    can_write: bool = False
    runs: list[dict[str, str]] = []
    chart: go.Figure = go.Figure()
    run_id: str = ""
    results: list[ResultRow] = []
    queries: list[dict[str, str]] = []
    tags: str = ""
    running: bool = False

    async def _refresh(self, principal: Principal, run_id: int | None) -> Any:
        try:
            data = await asyncio.to_thread(_read, principal, run_id)
        except Exception as exc:
            return await self.fail_load(exc)
        self.runs, self.chart, self.run_id = data["runs"], data["chart"], data["run_id"]
        self.results, self.queries = data["results"], data["queries"]
        self.error, self.loading = "", False
        return None

    @rx.event
    async def load(self):
        """on_load: the runs, the run named in the address (`run=`) or the latest, the golden queries."""
        principal = await self.authorize(regression.READ, quiet=True)
        if not isinstance(principal, Principal):
            return principal
        self.can_write = principal.can(regression.WRITE)
        return await self._refresh(principal, url_state.number(self.url_params(), "run", 0, 0, 2**31 - 1))

    @rx.event
    async def select_run(self, run_id: str):
        """Show one run's results (kept in the address)."""
        principal = await self.authorize(regression.READ)
        if not isinstance(principal, Principal):
            return principal
        chosen = int(run_id) if run_id.isdigit() else None
        if (refused := await self._refresh(principal, chosen)) is not None:
            return refused
        self.show_in_url(ROUTE, url_state.query_string({"run": self.run_id}))
        return None

    @rx.event
    def set_tags(self, value: str):
        self.tags = value[:200]

    @rx.event
    async def run_now(self):
        """Run Regression Watch over the golden queries (with any of the typed tags)."""
        principal = await self.authorize(regression.WRITE)
        if not isinstance(principal, Principal):
            yield principal
            return
        self.running = True
        yield
        try:
            tags = [t.strip() for t in self.tags.split(",") if t.strip()]
            run_id = await asyncio.to_thread(_run_now, principal, tags)
        except Exception as exc:
            self.running = False
            await self.toast_error(exc)
            return
        self.running = False
        await self._refresh(principal, run_id)
        self.show_in_url(ROUTE, url_state.query_string({"run": self.run_id}))

    @rx.event
    async def accept(self, result_id: int):
        """Make this result the query's new baseline (audited)."""
        principal = await self.authorize(regression.WRITE)
        if not isinstance(principal, Principal):
            return principal
        try:
            key = await asyncio.to_thread(_accept, principal, int(result_id))
        except Exception as exc:
            return await self.toast_error(exc)
        await self.toast_ok("regression.accepted", name=key)
        return await self._refresh(principal, int(self.run_id or 0) or None)

    @rx.event
    async def delete_query(self, key: str):
        """Remove a golden query and its results."""
        principal = await self.authorize(regression.WRITE)
        if not isinstance(principal, Principal):
            return principal
        try:
            await asyncio.to_thread(_delete, principal, key[:64])
        except Exception as exc:
            return await self.toast_error(exc)
        await self.toast_ok("regression.deleted", name=key)
        return await self._refresh(principal, int(self.run_id or 0) or None)

    @rx.event
    async def import_file(self, files: list[rx.UploadFile]):
        """Upsert the cases of an uploaded golden JSON file."""
        principal = await self.authorize(regression.WRITE)
        if not isinstance(principal, Principal):
            return principal
        if not files:
            return await self.refuse("regression.no_file")
        raw = await files[0].read(MAX_IMPORT_BYTES + 1)
        if len(raw) > MAX_IMPORT_BYTES:
            return await self.refuse("regression.too_big")
        try:
            count = await asyncio.to_thread(_import, principal, raw)
        except Exception as exc:
            return await self.toast_error(exc)
        await self.toast_ok("regression.imported", count=count)
        await self._refresh(principal, int(self.run_id or 0) or None)
        return rx.clear_selected_files(UPLOAD_ID)

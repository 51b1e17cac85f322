"""OPS watch REST: trace RCA and failed traces, Regression Watch (golden queries, runs, baselines), KPIs."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel

from services.core.errors import ValidationFailed
from services.core.pagination import Page, page_from_list
from services.core.security import Principal
from services.ops import kpis, regression, service, trace_rca
from services.ops.regression_models import (
    GoldenFile,
    GoldenQueryIn,
    GoldenQueryRead,
    ImportReport,
    WatchResultRead,
    WatchRunDetail,
    WatchRunRead,
)
from spa_ai.api.deps import PageQuery, Requires, SessionDep

router = APIRouter(prefix="/api/ops", tags=["ops"])

Asker = Annotated[Principal, Requires(regression.READ)]
Watcher = Annotated[Principal, Requires(regression.WRITE)]
TagsQuery = Annotated[str, Query(max_length=500, description="comma-separated; any of them matches")]


class TraceRow(BaseModel):
    trace_id: str
    question: str
    username: str
    route: str
    status: str
    planner: str
    duration_ms: float
    created_at: datetime | None


class TraceRows(BaseModel):
    items: list[TraceRow]


@router.post("/traces/{trace_id}/rca", response_model=trace_rca.TraceRca)
def analyse_trace(
    trace_id: str, caller: Asker, session: SessionDep, lang: Literal["ko", "en"] | None = None
) -> trace_rca.TraceRca:
    """Why a run failed or was slow: ranked hypotheses with evidence and a suggested action."""
    return trace_rca.analyse(session, actor=caller, trace_id=trace_id[:64], lang=lang)


@router.get("/failed-traces", response_model=TraceRows)
def failed_traces(
    caller: Asker,
    session: SessionDep,
    limit: int = Query(50, ge=1, le=500),
    everyone: bool = Query(False, description="every user's runs (needs admin:audit)"),
) -> TraceRows:
    """Recent runs that failed or were slow, newest first: the caller's own, or everyone's for auditors."""
    rows = service.history(session, actor=caller, limit=limit, everyone=everyone, failed=True)
    return TraceRows(items=[TraceRow(**row) for row in rows])


# --- Regression Watch ---------------------------------------------------------------------------------


def _tags(value: str) -> list[str]:
    return [t.strip() for t in value.split(",") if t.strip()][:16]


def _run_detail(session: SessionDep, caller: Principal, run_id: int) -> WatchRunDetail:
    run, results = regression.run_results(session, actor=caller, run_id=run_id)
    return WatchRunDetail(**run.model_dump(), results=[WatchResultRead(**r) for r in results])


@router.get("/golden", response_model=Page[GoldenQueryRead])
def list_golden(caller: Asker, session: SessionDep, page: PageQuery, tags: TagsQuery = "") -> Page:
    """Golden queries by key (those with any of `tags`)."""
    rows = regression.list_queries(session, actor=caller, tags=_tags(tags))
    return page_from_list(rows, page.limit, page.cursor, key_of=lambda row: (row.key,))


@router.put("/golden/{key}", response_model=GoldenQueryRead)
def put_golden(key: str, body: GoldenQueryIn, caller: Watcher, session: SessionDep) -> GoldenQueryRead:
    """Create or replace a golden query (its baseline stays until a run result is accepted)."""
    if key != body.key:
        raise ValidationFailed("key: the body's key must match the address", details={"field": "key"})
    return regression.query_view(regression.upsert_query(session, actor=caller, data=body))


@router.delete("/golden/{key}", status_code=204, response_class=Response)
def delete_golden(key: str, caller: Watcher, session: SessionDep) -> Response:
    """Remove a golden query and its results."""
    regression.delete_query(session, actor=caller, key=key[:64])
    return Response(status_code=204)


@router.post("/golden/import", response_model=ImportReport)
def import_golden(
    body: GoldenFile, caller: Watcher, session: SessionDep, tags: TagsQuery = ""
) -> ImportReport:
    """Upsert the cases of a golden JSON file; `tags` are added to every case."""
    return regression.import_golden(session, actor=caller, payload=body.model_dump(), tags=_tags(tags))


@router.get("/golden/export", response_model=GoldenFile)
def export_golden(caller: Asker, session: SessionDep, tags: TagsQuery = "") -> dict:
    """The golden queries as a golden JSON file."""
    return regression.export_golden(session, actor=caller, tags=_tags(tags))


@router.post("/regression/runs", status_code=201, response_model=WatchRunDetail)
def run_regression(caller: Watcher, session: SessionDep, tags: TagsQuery = "") -> WatchRunDetail:
    """Run Regression Watch now over the enabled golden queries (with any of `tags`)."""
    run = regression.run_watch(session, tags=_tags(tags), actor=caller, trigger="api")
    session.commit()
    assert run.id is not None
    return _run_detail(session, caller, run.id)


@router.get("/regression/runs", response_model=Page[WatchRunRead])
def list_runs(caller: Asker, session: SessionDep, page: PageQuery) -> Page:
    """Runs, newest first."""
    rows = [WatchRunRead(**r.model_dump()) for r in regression.list_runs(session, actor=caller, limit=500)]
    return page_from_list(rows, page.limit, page.cursor, key_of=lambda row: (-row.id,))


@router.get("/regression/runs/{run_id}", response_model=WatchRunDetail)
def get_run(run_id: int, caller: Asker, session: SessionDep) -> WatchRunDetail:
    """A run with its per-query results (regressions first) and their diffs."""
    return _run_detail(session, caller, run_id)


@router.post("/regression/results/{result_id}/accept", response_model=GoldenQueryRead)
def accept_result(result_id: int, caller: Watcher, session: SessionDep) -> GoldenQueryRead:
    """Make this result's answer its query's new baseline (audited)."""
    return regression.query_view(regression.accept_baseline(session, actor=caller, result_id=result_id))


# --- KPIs ---------------------------------------------------------------------------------------------


@router.get("/kpis", response_model=kpis.OpsKpis)
def ops_kpis(
    caller: Annotated[Principal, Requires(kpis.READ)],
    session: SessionDep,
    window: Literal["1h", "24h", "7d", "30d"] = "24h",
) -> kpis.OpsKpis:
    """OPS KPIs over the window: questions per route, outcome rates, latency per stage, LLM usage,
    the most frequent unclear questions and an outcome series."""
    return kpis.kpis(session, actor=caller, window=window)

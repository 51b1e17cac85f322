"""OPS watch REST: trace RCA and failed traces, Regression Watch (golden queries, runs, baselines), KPIs."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel

from services.core.security import Principal
from services.ops import service, trace_rca
from spa_ai.api.deps import Requires, SessionDep

router = APIRouter(prefix="/api/ops", tags=["ops"])

Asker = Annotated[Principal, Requires("ops:ask")]


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

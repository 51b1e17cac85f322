"""Durable jobs REST: the state of one job (its owner or an auditor may read it)."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlmodel import Session

from services.core import jobs
from services.core.security import Principal
from spa_ai.api.deps import current_principal, db_session

router = APIRouter(tags=["jobs"])


@router.get("/api/jobs/{job_id}")
def get_job(
    job_id: str,
    principal: Principal = Depends(current_principal),
    session: Session = Depends(db_session),
) -> dict:
    """Status (queued|running|succeeded|failed), progress 0..1, message, result and error of a job."""
    return jobs.job_view(jobs.get(session, actor=principal, job_id=job_id))

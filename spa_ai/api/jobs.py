"""Durable jobs REST: the state of one job (its owner or an auditor may read it)."""

from __future__ import annotations

from fastapi import APIRouter

from services.core import jobs
from services.core.models import JobRead
from spa_ai.api.deps import CallerDep, SessionDep

router = APIRouter(tags=["jobs"])


@router.get("/api/jobs/{job_id}", response_model=JobRead)
def get_job(job_id: str, caller: CallerDep, session: SessionDep) -> dict:
    """Status (queued|running|succeeded|failed), progress 0..1, message, result and error of a job."""
    return jobs.job_view(jobs.get(session, actor=caller, job_id=job_id))

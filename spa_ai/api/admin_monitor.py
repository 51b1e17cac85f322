"""Admin REST for the system monitor (`/api/admin/monitor`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from services.admin import host_sampler
from services.admin.schemas import MonitorRead
from services.core.security import Principal
from spa_ai.api.deps import Requires, SessionDep

router = APIRouter(prefix="/api/admin", tags=["admin"])


@router.get("/monitor", response_model=MonitorRead)
def monitor(caller: Annotated[Principal, Requires("admin:settings")], session: SessionDep) -> MonitorRead:
    """The platform's hosts (newest CPU, memory, disk, network), threshold alerts, database and job queue."""
    return MonitorRead.model_validate(host_sampler.overview(session))

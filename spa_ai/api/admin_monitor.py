"""Admin REST for the system monitor (`/api/admin/monitor`) and backups (`/api/admin/backups`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from fastapi.responses import FileResponse

from services.admin import backup_job
from services.admin import monitor as admin_monitor
from services.admin.schemas import BackupQueued, BackupRead, MonitorRead
from services.core.security import Principal
from spa_ai.api.deps import Requires, SessionDep

router = APIRouter(prefix="/api/admin", tags=["admin"])

SettingsAdmin = Annotated[Principal, Requires("admin:settings")]


@router.get("/monitor", response_model=MonitorRead)
def monitor(caller: SettingsAdmin, session: SessionDep) -> MonitorRead:
    """The platform's hosts (newest CPU, memory, disk, network), the CEP alerts firing on them, database,
    job queue and CEP scheduler (leader, epoch, lag, outbox)."""
    return MonitorRead.model_validate(admin_monitor.overview(session))


@router.post("/backups", status_code=202, response_model=BackupQueued)
def start_backup(caller: SettingsAdmin, session: SessionDep) -> BackupQueued:
    """Queue a backup (database dump + files) as a durable job."""
    return BackupQueued(job_id=backup_job.start_backup(session, actor=caller).id)


@router.get("/backups", response_model=list[BackupRead])
def list_backups(caller: SettingsAdmin) -> list[BackupRead]:
    """Kept backup archives, newest first."""
    return [BackupRead.model_validate(item) for item in backup_job.list_backups(actor=caller)]


@router.get(
    "/backups/{name}", response_class=FileResponse, responses={200: {"content": {"application/x-tar": {}}}}
)
def download_backup(name: str, caller: SettingsAdmin) -> FileResponse:
    """One archive (restore it with `spa-ai restore ARCHIVE`)."""
    path = backup_job.backup_file(actor=caller, name=name)
    return FileResponse(path, media_type="application/x-tar", filename=path.name)

"""Backups as durable jobs: an admin asks for one (`start_backup`), any worker writes the archive into
`$SPA_DATA_DIR/backups/` (outside `files/`, so a backup never contains older backups), and admins list
and download the archives. Needs `admin:settings`; starting one is audited with the job."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from services.admin import backup
from services.core import jobs
from services.core.clock import utcnow
from services.core.errors import NotFound
from services.core.models import Job
from services.core.security import Principal, require
from services.core.settings import get_settings

KIND = "admin.backup"
NAME_RE = re.compile(r"^spa-backup-\d{8}T\d{6}Z(-[0-9a-f]{6})?\.tar$")


def backups_dir() -> Path:
    """Where backup archives are kept (created on first use)."""
    path = get_settings().resolved_data_dir / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def start_backup(session: Session, *, actor: Principal) -> Job:
    """Queue a backup of this instance; its result names the archive."""
    require(actor, "admin:settings")
    job_id = jobs.new_job_id()
    name = f"spa-backup-{utcnow():%Y%m%dT%H%M%SZ}-{job_id[:6]}.tar"
    return jobs.enqueue(session, kind=KIND, payload={"name": name}, actor=actor, job_id=job_id)


def run_backup(payload: dict[str, Any], progress: jobs.ProgressFn) -> dict[str, Any]:
    """Job handler: write the archive named in the payload."""
    from services.core.db import database_url

    name = str(payload["name"])
    if not NAME_RE.match(name):
        raise jobs.JobFailed(f"invalid backup name {name!r}")
    progress(0.05, "dumping the database")
    manifest = backup.backup(
        backups_dir() / name, url=database_url(), data_dir=get_settings().resolved_data_dir
    )
    return {
        "name": name,
        "rows": sum(manifest["row_counts"].values()),
        "files": len(manifest["checksums"]) - 1,
    }


def list_backups(*, actor: Principal) -> list[dict[str, Any]]:
    """The archives kept, newest first: name, size in bytes, when written."""
    require(actor, "admin:settings")
    found = [p for p in backups_dir().iterdir() if p.is_file() and NAME_RE.match(p.name)]
    return [
        {
            "name": path.name,
            "size": path.stat().st_size,
            "created_at": datetime.fromtimestamp(path.stat().st_mtime, tz=UTC),
        }
        for path in sorted(found, key=lambda p: p.name, reverse=True)
    ]


def backup_file(*, actor: Principal, name: str) -> Path:
    """The path of a kept archive; NotFound for any other name (never a path outside the backups dir)."""
    require(actor, "admin:settings")
    path = backups_dir() / name
    if not NAME_RE.match(name) or not path.is_file():
        raise NotFound(f"no backup '{name}'", key="unknown_backup", params={"name": name[:80]})
    return path

"""Interchange import as a durable job: the upload is stored under the job id, a worker imports it.

The archive lives in `$SPA_DATA_DIR/files/imports/<job id>.zip` (replicas share the data dir) until the
job has run. The job runs as the user who enqueued it, re-resolved when it starts (a user disabled
meanwhile cannot import). Its result is the import report; an unusable archive fails the job with the
report kept as its result. Files without rejected rows are applied, exactly as on the CLI.

No archive outlives its job: the handler removes it whatever the outcome, and `sweep_archives` (run
before every enqueue and every import job) removes those of jobs that finished without running the
handler (abandoned by dead workers) and those whose job was never committed.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from typing import Any, BinaryIO

from sqlmodel import Session, col, select

from services.admin.service import get_user, principal_for
from services.core import jobs
from services.core.db import session_scope
from services.core.errors import ValidationFailed
from services.core.files import TooLarge
from services.core.models import Job
from services.core.security import Principal, require
from services.core.settings import get_settings
from services.infra.importer import import_path

log = logging.getLogger(__name__)

KIND = "infra.import"
_STORED_NAME = re.compile(r"^[0-9a-f]{32}\.zip$")
ORPHAN_AFTER_S = 3600  # an archive without a job row this long after its last write was never committed


def imports_dir() -> Path:
    """Where uploaded archives wait for their job (created on first use)."""
    path = get_settings().resolved_data_dir / "files" / "imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def sweep_archives() -> int:
    """Remove stored archives whose job has finished, or that no committed job names; returns how many."""
    stored = {path.name[:-4]: path for path in imports_dir().glob("*.zip") if _STORED_NAME.match(path.name)}
    if not stored:
        return 0
    with session_scope() as session:
        rows = session.exec(select(Job.id, Job.status).where(col(Job.id).in_(list(stored)))).all()
    status = dict(rows)
    removed = 0
    for job_id, path in stored.items():
        try:
            orphan = job_id not in status and time.time() - path.stat().st_mtime > ORPHAN_AFTER_S
        except FileNotFoundError:
            continue
        if status.get(job_id) in jobs.FINISHED or orphan:
            path.unlink(missing_ok=True)
            removed += 1
    if removed:
        log.info("removed %d stored import archive(s) of finished or uncommitted jobs", removed)
    return removed


def enqueue_import(
    session: Session,
    *,
    actor: Principal,
    source: BinaryIO,
    filename: str,
    max_bytes: int | None = None,
) -> Job:
    """Store the uploaded zip under a new job id and queue its import (audited with the job).

    The upload may have at most `max_bytes` (default: SPA_MAX_UPLOAD_MB).
    """
    require(actor, "infra:write")
    max_bytes = max_bytes or get_settings().max_upload_bytes
    sweep_archives()
    job_id = jobs.new_job_id()
    target = imports_dir() / f"{job_id}.zip"
    try:
        with target.open("wb") as out:
            written = 0
            while chunk := source.read(1024 * 1024):
                written += len(chunk)
                if written > max_bytes:
                    raise TooLarge(
                        f"upload larger than {max_bytes // 1024**2} MiB (SPA_MAX_UPLOAD_MB)",
                        details={"limit_bytes": max_bytes},
                        key="file_too_large",
                        params={"name": Path(filename).name[:200], "limit": f"{max_bytes // 1024**2} MiB"},
                    )
                out.write(chunk)
        payload = {"file": target.name, "filename": Path(filename).name[:200], "username": actor.username}
        return jobs.enqueue(session, kind=KIND, payload=payload, actor=actor, job_id=job_id)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def run_import(payload: dict[str, Any], progress: jobs.ProgressFn) -> dict[str, Any]:
    """Job handler: import the stored archive as its uploader; the result is the import report."""
    stored = str(payload.get("file", ""))
    if not _STORED_NAME.match(stored):
        raise ValidationFailed(f"invalid stored archive name '{stored}'")
    try:
        sweep_archives()
    except Exception:  # housekeeping must never fail the import itself
        log.exception("sweeping stored import archives failed")
    path = imports_dir() / stored
    if not path.exists():
        raise jobs.JobFailed("the uploaded archive is missing (is the data dir shared by all replicas?)")
    try:
        progress(0.0, "start")
        with session_scope() as session:
            user = get_user(session, str(payload.get("username", "")))
            if user is None or not user.is_active:
                raise jobs.JobFailed(f"user '{payload.get('username')}' is no longer active")
            actor = principal_for(user, via="job")
            report = import_path(session, path, actor=actor, progress=progress)
        # Committed: the audit row, and files without rejected rows, stay applied (as on the CLI).
    finally:
        path.unlink(missing_ok=True)
    body = report.to_dict()
    body["source"] = str(payload.get("filename") or body["source"])
    if report.errors:
        raise jobs.JobFailed("; ".join(report.errors), result=body)
    return body

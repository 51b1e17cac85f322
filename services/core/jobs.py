"""Durable jobs (ARCHITECTURE §5): long work as a `jobs` row that any worker on any replica can run.

A job is enqueued in the caller's transaction (audited), claimed with `FOR UPDATE SKIP LOCKED`
(oldest first), run by its kind's registered handler outside the claim transaction, and finished as
`succeeded` (with a result) or `failed` (with the error text). While a handler runs, a heartbeat thread
keeps `heartbeat_at` fresh; `requeue_stale` (called at worker start) puts jobs of dead workers back in
the queue and fails them after `MAX_ATTEMPTS`. Progress is written in its own short transaction so
pollers see it while the job runs.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from services.core import audit
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.errors import DomainError, Forbidden, NotFound, ValidationFailed
from services.core.models import Job
from services.core.security import Principal

log = logging.getLogger(__name__)

QUEUED, RUNNING, SUCCEEDED, FAILED = "queued", "running", "succeeded", "failed"
FINISHED = (SUCCEEDED, FAILED)
MAX_ATTEMPTS = 3
STALE_AFTER = timedelta(minutes=2)
HEARTBEAT_S = 15.0
POLL_S = 1.0
REQUEUE_EVERY = 60  # worker rounds between stale-job sweeps

ProgressFn = Callable[[float, str], None]
Handler = Callable[[dict[str, Any], ProgressFn], dict[str, Any]]
_handlers: dict[str, Handler] = {}


class JobFailed(Exception):
    """Raised by a handler to fail its job with a message and still keep a result (e.g. a report)."""

    def __init__(self, message: str, result: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.result = result


def register(kind: str, handler: Handler) -> None:
    """Make `handler(payload, report_progress) -> result` run the jobs of `kind`."""
    _handlers[kind] = handler


def new_job_id() -> str:
    """A fresh job id (callers that store files under the id before enqueueing pass it back)."""
    return uuid.uuid4().hex


def enqueue(
    session: Session, *, kind: str, payload: dict[str, Any], actor: Principal, job_id: str | None = None
) -> Job:
    """Add a queued job to `session` (it starts once the caller commits); the audit row goes with it."""
    if kind not in _handlers:
        raise ValidationFailed(f"unknown job kind '{kind}'")
    job = Job(
        id=job_id or new_job_id(), kind=kind, payload=payload, created_by=actor.username, created_at=utcnow()
    )
    session.add(job)
    session.flush()
    audit.record(
        session,
        actor=actor.username,
        action="job.enqueue",
        entity_type="job",
        entity_id=job.id,
        after={"kind": kind, "payload": payload},
    )
    return job


def claim(session: Session, worker: str) -> Job | None:
    """Take the oldest queued job for `worker` (skipping rows other workers hold); None when idle."""
    query = (
        select(Job)
        .where(Job.status == QUEUED)
        .order_by(col(Job.created_at), col(Job.id))
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    job = session.exec(query).first()
    if job is None:
        return None
    now = utcnow()
    job.status, job.worker, job.started_at, job.heartbeat_at = RUNNING, worker[:120], now, now
    job.progress, job.message, job.error = 0.0, "", None
    session.add(job)
    session.flush()
    return job


def report_progress(job_id: str, fraction: float, message: str = "") -> None:
    """Record progress (0..1) and a message in a separate short transaction."""
    with session_scope() as session:
        session.execute(
            update(Job)
            .where(col(Job.id) == job_id, col(Job.status) == RUNNING)
            .values(
                progress=min(max(float(fraction), 0.0), 1.0), message=message[:500], heartbeat_at=utcnow()
            )
        )


def _heartbeat(job_id: str, stop: threading.Event) -> None:
    while not stop.wait(HEARTBEAT_S):
        try:
            with session_scope() as session:
                session.execute(
                    update(Job)
                    .where(col(Job.id) == job_id, col(Job.status) == RUNNING)
                    .values(heartbeat_at=utcnow())
                )
        except Exception:
            log.exception("heartbeat of job %s failed", job_id)


def _finish(job_id: str, worker: str, **values: Any) -> None:
    with session_scope() as session:
        session.execute(
            update(Job)
            .where(col(Job.id) == job_id, col(Job.status) == RUNNING, col(Job.worker) == worker[:120])
            .values(finished_at=utcnow(), heartbeat_at=utcnow(), **values)
        )


def _error_text(exc: BaseException) -> str:
    """What the job's owner reads: a domain error's or JobFailed's message, never a class name or trace."""
    if isinstance(exc, DomainError):
        return exc.message[:4000]
    if isinstance(exc, JobFailed):
        return str(exc)[:4000]
    return "unexpected error while running the job; the server log has the details"


def run_one(worker: str) -> bool:
    """Claim and run one job; False when the queue was empty.

    The handler runs outside the claim transaction (it opens its own); its outcome is written in a
    new transaction. If even that fails, the job stays `running` and `requeue_stale` recovers it.
    """
    with session_scope() as session:
        job = claim(session, worker)
        if job is None:
            return False
        job_id, kind, payload = job.id, job.kind, dict(job.payload or {})
    stop = threading.Event()
    beat = threading.Thread(
        target=_heartbeat, args=(job_id, stop), name=f"job-heartbeat-{job_id[:8]}", daemon=True
    )
    beat.start()
    try:
        handler = _handlers.get(kind)
        if handler is None:
            raise ValidationFailed(f"no handler registered for job kind '{kind}'")
        result = handler(payload, functools.partial(report_progress, job_id))
        values: dict[str, Any] = {"status": SUCCEEDED, "progress": 1.0, "result": result}
    except JobFailed as exc:
        values = {"status": FAILED, "error": _error_text(exc), "result": exc.result}
    except Exception as exc:
        log.exception("job %s (%s) failed", job_id, kind)
        values = {"status": FAILED, "error": _error_text(exc)}
    finally:
        stop.set()
        beat.join()
    try:
        _finish(job_id, worker, **values)
    except Exception:
        log.exception("could not record the outcome of job %s; it will be requeued when stale", job_id)
    return True


def requeue_stale(session: Session, older_than: timedelta = STALE_AFTER) -> int:
    """Put running jobs whose heartbeat is older than `older_than` back in the queue (attempts + 1);
    fail them once they reach `MAX_ATTEMPTS`. Returns how many jobs were touched."""
    cutoff = utcnow() - older_than
    query = (
        select(Job)
        .where(Job.status == RUNNING, col(Job.heartbeat_at) < cutoff)
        .with_for_update(skip_locked=True)
    )
    stale = list(session.exec(query).all())
    for job in stale:
        job.attempts += 1
        if job.attempts >= MAX_ATTEMPTS:
            job.status, job.finished_at = FAILED, utcnow()
            job.error = f"abandoned: its worker stopped {job.attempts} times ({job.worker})"
        else:
            job.status, job.message = QUEUED, f"requeued after worker {job.worker} stopped"
        session.add(job)
    session.flush()
    return len(stale)


def get(session: Session, *, actor: Principal, job_id: str) -> Job:
    """A job, visible to whoever enqueued it and to holders of `admin:audit`."""
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound(f"unknown job '{job_id}'", key="job_unknown")
    if job.created_by != actor.username and not actor.can("admin:audit"):
        raise Forbidden("only the job's owner or an auditor may see it", key="job_not_yours")
    return job


def job_view(job: Job) -> dict[str, Any]:
    """A job as JSON-safe data (without its payload)."""

    def stamp(value: Any) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": job.id,
        "kind": job.kind,
        "status": job.status,
        "progress": job.progress,
        "message": job.message,
        "result": job.result,
        "error": job.error,
        "created_by": job.created_by,
        "created_at": stamp(job.created_at),
        "started_at": stamp(job.started_at),
        "finished_at": stamp(job.finished_at),
        "attempts": job.attempts,
    }


def worker_name() -> str:
    """A name unique to this process: host, pid and a random suffix."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


async def run_worker(poll_s: float = POLL_S) -> None:
    """Lifespan task: recover stale jobs, then run queued jobs one at a time, in a thread."""
    worker = worker_name()
    try:
        recovered = await asyncio.to_thread(_requeue_all)
        if recovered:
            log.info("job worker %s requeued or failed %d stale job(s)", worker, recovered)
    except Exception:
        log.exception("job worker %s could not requeue stale jobs", worker)
    log.info("job worker %s started", worker)
    rounds = 0
    while True:
        rounds += 1
        try:
            if rounds % REQUEUE_EVERY == 0:  # replicas that never restart still recover dead workers' jobs
                await asyncio.to_thread(_requeue_all)
            busy = await asyncio.to_thread(run_one, worker)
        except Exception:
            log.exception("job worker %s: claiming a job failed", worker)
            busy = False
        if not busy:
            await asyncio.sleep(poll_s)


def _requeue_all() -> int:
    with session_scope() as session:
        return requeue_stale(session)

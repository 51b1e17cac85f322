"""Durable jobs on a real PostgreSQL: enqueue, claim, run, failures, concurrency, stale recovery, access."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from services.core import jobs
from services.core.db import get_engine
from services.core.errors import Forbidden, NotFound, ValidationFailed
from services.core.models import AuditLog, Job
from services.core.security import ROLE_PERMISSIONS, Principal

ALICE = Principal(user_id=1, username="alice", role="operator", permissions=ROLE_PERMISSIONS["operator"])
BOB = Principal(user_id=2, username="bob", role="viewer", permissions=ROLE_PERMISSIONS["viewer"])
AUDITOR = Principal(user_id=3, username="root", role="admin", permissions=ROLE_PERMISSIONS["admin"])
seen_progress: list[tuple[float, str]] = []


def _ok(payload: dict[str, Any], progress: jobs.ProgressFn) -> dict[str, Any]:
    progress(0.5, "half way")
    with Session(get_engine()) as other:  # progress is committed while the handler still runs
        row = other.exec(select(Job).where(Job.status == jobs.RUNNING)).one()
        seen_progress.append((row.progress, row.message))
    return {"doubled": payload["n"] * 2}


def _boom(payload: dict[str, Any], progress: jobs.ProgressFn) -> dict[str, Any]:
    raise RuntimeError(f"disk on fire ({payload['n']})")


jobs.register("test.ok", _ok)
jobs.register("test.boom", _boom)


def _enqueue(session: Session, kind: str = "test.ok", actor: Principal = ALICE, n: int = 21) -> str:
    job = jobs.enqueue(session, kind=kind, payload={"n": n}, actor=actor)
    session.commit()
    return job.id


def _fresh(session: Session, job_id: str) -> Job:
    session.expire_all()
    job = session.get(Job, job_id)
    assert job is not None
    return job


def test_enqueue_run_success_and_audit(session: Session) -> None:
    job_id = _enqueue(session)
    queued = _fresh(session, job_id)
    assert (queued.status, queued.progress, queued.attempts) == ("queued", 0.0, 0)
    entry = session.exec(select(AuditLog).where(AuditLog.action == "job.enqueue")).one()
    assert (entry.actor, entry.entity_type, entry.entity_id) == ("alice", "job", job_id)
    assert entry.after == {"kind": "test.ok", "payload": {"n": 21}}

    seen_progress.clear()
    assert jobs.run_one("w1") is True
    assert seen_progress == [(0.5, "half way")]
    done = _fresh(session, job_id)
    assert (done.status, done.progress, done.result, done.error) == ("succeeded", 1.0, {"doubled": 42}, None)
    assert (
        done.worker == "w1" and done.started_at and done.finished_at and done.finished_at >= done.started_at
    )
    assert jobs.run_one("w1") is False  # queue empty


def test_failure_keeps_the_error_text(session: Session) -> None:
    job_id = _enqueue(session, kind="test.boom", n=7)
    assert jobs.run_one("w1") is True
    failed = _fresh(session, job_id)
    assert failed.status == "failed" and failed.finished_at is not None
    # The owner reads a plain sentence; the exception (class, text, trace) goes to the server log only.
    assert failed.error == "unexpected error while running the job; the server log has the details"
    with pytest.raises(ValidationFailed):
        jobs.enqueue(session, kind="no.such.kind", payload={}, actor=ALICE)


def test_oldest_first_and_concurrent_claimers_never_share_a_job(session: Session) -> None:
    ids = [_enqueue(session, n=i) for i in range(2)]
    barrier = threading.Barrier(3)
    claimed: list[str | None] = []
    lock = threading.Lock()

    def claimer(name: str) -> None:
        with Session(get_engine()) as own:
            job = jobs.claim(own, name)
            with lock:
                claimed.append(job.id if job else None)
            barrier.wait(timeout=20)  # all three hold their claim transaction open at once
            own.commit()

    threads = [threading.Thread(target=claimer, args=(f"w{i}",)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(c for c in claimed if c) == sorted(ids) and claimed.count(None) == 1
    assert {_fresh(session, i).status for i in ids} == {"running"}

    later = _enqueue(session, n=9)
    earlier = _enqueue(session, n=8)
    session.execute(
        text("UPDATE jobs SET created_at = created_at - interval '1 hour' WHERE id = :i"), {"i": earlier}
    )
    session.commit()
    first = jobs.claim(session, "w9")
    assert first is not None and first.id == earlier and later != earlier
    session.rollback()


def test_stale_running_job_is_requeued_then_failed_after_three_attempts(session: Session) -> None:
    job_id = _enqueue(session)
    for attempt in (1, 2, 3):
        claimed = jobs.claim(session, f"dead-{attempt}")
        assert claimed is not None and claimed.id == job_id
        session.commit()
        assert jobs.requeue_stale(session, timedelta(minutes=2)) == 0  # fresh heartbeat: left alone
        session.execute(
            text("UPDATE jobs SET heartbeat_at = now() - interval '10 minutes' WHERE id = :i"), {"i": job_id}
        )
        assert jobs.requeue_stale(session, timedelta(minutes=2)) == 1
        session.commit()
        job = _fresh(session, job_id)
        assert job.attempts == attempt
        assert job.status == ("failed" if attempt == 3 else "queued")
    assert "dead-3" in (_fresh(session, job_id).error or "")
    assert jobs.run_one("w1") is False


def test_only_the_owner_or_an_auditor_sees_a_job(session: Session) -> None:
    job_id = _enqueue(session)
    assert jobs.get(session, actor=ALICE, job_id=job_id).id == job_id
    assert jobs.job_view(jobs.get(session, actor=AUDITOR, job_id=job_id))["status"] == "queued"
    with pytest.raises(Forbidden):
        jobs.get(session, actor=BOB, job_id=job_id)
    with pytest.raises(NotFound):
        jobs.get(session, actor=AUDITOR, job_id="0" * 32)

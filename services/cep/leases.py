"""Leases on outbox rows: claim due rows for one worker, settle finished attempts, reclaim expired leases.

`claim` takes due rows with `FOR UPDATE SKIP LOCKED` and leases them (`locked_by`, `locked_until`,
attempt + 1), committing *before* anything is sent, so no other replica sends them while the lease
lasts. A per-channel rate limit (deliveries per minute, counted across replicas in the delivery log,
serialised per channel with an advisory lock) defers rows without spending an attempt. `settle_many`
writes one `cep_delivery_log` row per attempt and moves each row on: delivered; retried with
exponential backoff and jitter (`server`, `timeout`, `network`, …) or after `Retry-After`
(`rate_limited`); dead at once for non-retryable classes (`auth` — which also marks the channel broken —
`client`, `blocked`, `template`, …) or once `max_attempts` is reached. A worker that lost its lease
only logs its attempt. `reap_expired` returns rows whose lease ran out (a killed worker) to the queue.
Times come from the database clock, so replicas with skewed clocks agree.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from services.cep import channel_service
from services.cep import delivery_settings as keys
from services.cep.channels import DeliveryResult
from services.cep.delivery_models import (
    DEAD,
    DELIVERED,
    PENDING,
    SENDING,
    Channel,
    DeliveryAttempt,
    OutboxRow,
)
from services.core import settings_registry
from services.core.db import session_scope

log = logging.getLogger(__name__)

NON_RETRYABLE = frozenset(
    {
        "auth",
        "client",
        "blocked",
        "config",
        "template",
        "tls",
        "rejected",
        "channel_broken",
        "channel_disabled",
    }
)
RATE_WINDOW_S = 60.0
MAX_RESPONSE = 1000


def backoff_seconds(attempt: int, retry_after: float | None, base: float, cap: float) -> float:
    """Delay before the next attempt: `Retry-After` when given, else base·2^(attempt-1) with equal jitter."""
    if retry_after is not None:
        return min(max(retry_after, 0.0), cap)
    delay = min(cap, base * 2 ** max(attempt - 1, 0))
    return delay / 2 + random.uniform(0, delay / 2)


@dataclass(frozen=True)
class Claimed:
    """A leased row, copied out of the claim transaction."""

    id: int
    dedup_key: str
    action_kind: str
    channel_id: int | None
    target: dict[str, Any]
    payload: dict[str, Any]
    attempt: int


CLAIM_SQL = text(
    """
    SELECT id, channel_id FROM cep_outbox
    WHERE status = 'pending' AND next_attempt_at <= now()
    ORDER BY next_attempt_at, id
    LIMIT :limit
    FOR UPDATE SKIP LOCKED
    """
)
RATE_SQL = text(
    """
    SELECT
      (SELECT count(*) FROM cep_delivery_log
        WHERE channel_id = :cid AND started_at > now() - make_interval(secs => :window))
      + (SELECT count(*) FROM cep_outbox WHERE channel_id = :cid AND status = 'sending') AS used,
      (SELECT min(started_at) FROM cep_delivery_log
        WHERE channel_id = :cid AND started_at > now() - make_interval(secs => :window)) AS oldest
    """
)


def _rate_admitted(session: Session, due: list[tuple[int, int | None]]) -> tuple[list[int], dict[int, Any]]:
    """Ids admitted under their channel's per-minute limit, and {deferred id: when} for the rest."""
    channel_ids = sorted({cid for _, cid in due if cid is not None})
    limits: dict[int, int] = {}
    if channel_ids:
        found = session.exec(select(Channel).where(col(Channel.id).in_(channel_ids))).all()
        limits = {int(c.id or 0): c.rate_limit_per_minute for c in found}
    room: dict[int, int] = {}
    next_slot: dict[int, Any] = {}
    for cid in channel_ids:
        session.execute(text("SELECT pg_advisory_xact_lock(7337, :cid)"), {"cid": cid})
        used, oldest = session.execute(RATE_SQL, {"cid": cid, "window": RATE_WINDOW_S}).one()
        room[cid] = max(0, limits.get(cid, 60) - int(used))
        next_slot[cid] = (oldest or _db_now(session)) + timedelta(seconds=RATE_WINDOW_S)
    admitted, deferred = [], {}
    for row_id, channel in due:
        if channel is None or room.get(channel, 1) > 0:
            admitted.append(row_id)
            if channel is not None:
                room[channel] -= 1
        else:
            deferred[row_id] = next_slot[channel]
    return admitted, deferred


def claim(worker: str, limit: int, lease_s: float) -> list[Claimed]:
    """Lease up to `limit` due rows for `worker` (committed before returning)."""
    with session_scope() as session:
        due = [(int(r.id), r.channel_id) for r in session.execute(CLAIM_SQL, {"limit": limit})]
        if not due:
            return []
        admitted, deferred = _rate_admitted(session, due)
        for row_id, when in deferred.items():
            session.execute(
                text("UPDATE cep_outbox SET next_attempt_at = :when WHERE id = :id"),
                {"when": when, "id": row_id},
            )
        if not admitted:
            return []
        rows = session.execute(
            text(
                """
                UPDATE cep_outbox SET status = 'sending', locked_by = :worker, attempts = attempts + 1,
                       locked_until = now() + make_interval(secs => :lease)
                WHERE id = ANY(:ids)
                RETURNING id, dedup_key, action_kind, channel_id, target, payload, attempts
                """
            ),
            {"worker": worker[:120], "lease": lease_s, "ids": admitted},
        ).all()
        return [
            Claimed(int(r.id), r.dedup_key, r.action_kind, r.channel_id, r.target, r.payload, r.attempts)
            for r in rows
        ]


def _db_now(session: Session) -> datetime:
    return session.execute(text("SELECT clock_timestamp()")).scalar_one()  # not the transaction start


@dataclass(frozen=True)
class Outcome:
    """One finished attempt, waiting to be written."""

    claimed: Claimed
    result: DeliveryResult
    started: datetime
    latency_ms: float


def settle(claimed: Claimed, worker: str, result: DeliveryResult, started: Any, latency_ms: float) -> str:
    """Log one attempt and move its row on; returns the row's new status (see `settle_many`)."""
    return settle_many([Outcome(claimed, result, started, latency_ms)], worker)[0]


DELIVERED_SQL = text(
    """
    UPDATE cep_outbox SET status = 'delivered', delivered_at = statement_timestamp(), last_error = NULL,
           last_error_class = NULL, locked_by = NULL, locked_until = NULL
    WHERE id = ANY(:ids) AND status = 'sending' AND locked_by = :worker
    RETURNING id
    """
)


def settle_many(outcomes: list[Outcome], worker: str) -> list[str]:
    """Log the attempts and move their rows on, in one transaction; each row's new status (unchanged
    when its lease was lost meanwhile: the attempt is then only logged).

    The log rows are one multi-row INSERT and the delivered rows one UPDATE (which checks the lease),
    so a batch of successes costs two statements; failures go row by row (backoff, dead letters)."""
    worker = worker[:120]
    with session_scope() as session:
        session.execute(
            DeliveryAttempt.__table__.insert(),  # type: ignore[attr-defined]
            [_log_row(outcome, worker) for outcome in outcomes],
        )
        delivered = [o.claimed.id for o in outcomes if o.result.ok]
        settled: dict[int, str] = {}
        if delivered:
            found = session.execute(DELIVERED_SQL, {"ids": delivered, "worker": worker}).scalars()
            settled = dict.fromkeys(found, DELIVERED)
        failed = {o.claimed.id: o.result for o in outcomes if not o.result.ok}
        if failed:
            settled.update(_settle_failed(session, failed, worker))
        lost = [row_id for row_id in (o.claimed.id for o in outcomes) if row_id not in settled]
        if lost:
            log.warning("outbox rows %s: lease lost before the attempt finished; attempt logged only", lost)
            found_rows = session.execute(
                text("SELECT id, status FROM cep_outbox WHERE id = ANY(:ids)"), {"ids": lost}
            )
            settled.update({int(r.id): r.status for r in found_rows})
        return [settled.get(o.claimed.id, "gone") for o in outcomes]


def _log_row(outcome: Outcome, worker: str) -> dict[str, Any]:
    claimed, result = outcome.claimed, outcome.result
    return {
        "outbox_id": claimed.id,
        "channel_id": claimed.channel_id,
        "attempt": claimed.attempt,
        "worker": worker,
        "ok": result.ok,
        "error_class": None if result.ok else (result.error_class or "error")[:40],
        "response": result.response[:MAX_RESPONSE],
        "latency_ms": round(outcome.latency_ms, 2),
        "started_at": outcome.started,
    }


def _settle_failed(session: Session, failed: dict[int, DeliveryResult], worker: str) -> dict[int, str]:
    """Retry or bury the failed rows this worker still leases; {id: new status} of those."""
    now = _db_now(session)  # one clock for every replica: the database's
    query = select(OutboxRow).where(col(OutboxRow.id).in_(list(failed))).order_by(col(OutboxRow.id))
    settled = {}
    for row in session.exec(query.with_for_update()).all():
        if row.status == SENDING and row.locked_by == worker and row.id is not None:
            _move_on(session, row, failed[row.id], now)
            settled[row.id] = row.status
    return settled


def _move_on(session: Session, row: OutboxRow, result: DeliveryResult, now: datetime) -> None:
    """A failed attempt: retry later with backoff, or dead (non-retryable class, out of attempts)."""
    row.locked_by, row.locked_until = None, None
    row.last_error = result.response[:MAX_RESPONSE]
    row.last_error_class = (result.error_class or "error")[:40]
    if row.last_error_class in NON_RETRYABLE or row.attempts >= row.max_attempts:
        row.status = DEAD
    else:
        base = float(settings_registry.get(keys.RETRY_BASE_SECONDS, session))
        cap = float(settings_registry.get(keys.RETRY_MAX_SECONDS, session))
        delay = backoff_seconds(row.attempts, result.retry_after, base, cap)
        row.status, row.next_attempt_at = PENDING, now + timedelta(seconds=delay)
    if result.error_class == "auth" and row.channel_id is not None:
        channel_service.mark_broken(session, row.channel_id, result.response)
    session.add(row)


def reap_expired(session: Session) -> int:
    """Return `sending` rows whose lease has expired to the queue (dead once out of attempts)."""
    now = _db_now(session)
    rows = list(
        session.exec(
            select(OutboxRow)
            .where(OutboxRow.status == SENDING, OutboxRow.locked_until < now)  # type: ignore[operator]
            .with_for_update(skip_locked=True)
        ).all()
    )
    for row in rows:
        assert row.id is not None
        session.add(
            DeliveryAttempt(
                outbox_id=row.id,
                channel_id=row.channel_id,
                attempt=row.attempts,
                worker=(row.locked_by or "?")[:120],
                ok=False,
                error_class="lease_expired",
                response=f"the lease of {row.locked_by} expired before the attempt finished",
            )
        )
        row.last_error, row.last_error_class = "lease expired (worker stopped?)", "lease_expired"
        row.status = DEAD if row.attempts >= row.max_attempts else PENDING
        row.next_attempt_at, row.locked_by, row.locked_until = now, None, None
        session.add(row)
    session.flush()
    return len(rows)

"""The durable notification outbox: enqueue in the caller's transaction, drain on any replica.

`enqueue` resolves each action's targets and inserts one row per target in the caller's session,
keyed by a hash of (caller's dedup key, action index, target index): the same key enqueued twice adds
nothing. `drain_once` claims due rows with `FOR UPDATE SKIP LOCKED`, leases them (`locked_by`,
`locked_until`, attempt + 1) and commits *before* sending, so no other replica sends them while the
lease lasts; it then delivers, writes one `cep_delivery_log` row per attempt and settles the row:
delivered; retried with exponential backoff and jitter (`server`, `timeout`, `network`, …); after
`Retry-After` (`rate_limited`); dead at once for non-retryable classes (`auth` — which also marks the
channel broken — `client`, `blocked`, `template`, …) or once `max_attempts` is reached. `reap_expired`
returns rows whose lease ran out (a killed worker) to the queue. A per-channel rate limit (deliveries
per minute, counted across replicas in the delivery log) defers rows without spending an attempt.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import random
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.dialects.postgresql import insert
from sqlmodel import Session, col, select

from services.cep import channel_service
from services.cep import delivery_settings as keys
from services.cep.actions import ACTIONS, DeliveryContext, parse_action
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
from services.cep.templates import TemplateFailed
from services.core import on_commit, settings_registry
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.errors import DomainError

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
_wakers: set[asyncio.Event] = set()


def _row_key(dedup_key: str, action_index: int, target_index: int, kind: str, channel_id: int | None) -> str:
    raw = f"{dedup_key}\x1f{action_index}\x1f{target_index}\x1f{kind}\x1f{channel_id}"
    return hashlib.sha256(raw.encode()).hexdigest()


def enqueue(
    session: Session, *, actions: list[dict[str, Any]], payload: dict[str, Any], dedup_key: str
) -> list[int]:
    """Add one outbox row per action target to the caller's transaction; ids of the rows added
    (a dedup key already enqueued adds none). They are sent once the caller commits."""
    clean_payload = json.loads(json.dumps(payload, default=str))
    max_attempts = int(settings_registry.get(keys.MAX_ATTEMPTS, session))
    rows = []
    for action_index, action in enumerate(actions):
        action_type, params = parse_action(action, field=f"actions.{action_index}")
        for target_index, target in enumerate(action_type.targets(session, params)):
            rows.append(
                {
                    "dedup_key": _row_key(
                        dedup_key, action_index, target_index, action_type.kind, target.channel_id
                    ),
                    "group_key": dedup_key[:200],
                    "action_kind": action_type.kind,
                    "channel_id": target.channel_id,
                    "target": target.target,
                    "payload": clean_payload,
                    "max_attempts": max_attempts,
                }
            )
    if not rows:
        return []
    statement = (
        insert(OutboxRow.__table__)  # type: ignore[attr-defined]
        .values(rows)
        .on_conflict_do_nothing(index_elements=["dedup_key"])
        .returning(OutboxRow.__table__.c.id)  # type: ignore[attr-defined]
    )
    ids = [int(row_id) for row_id in session.execute(statement).scalars().all()]
    if ids:
        on_commit.on_commit(session, wake)
    return ids


def wake() -> None:
    """Tell this process's notification loops that new rows are waiting (after a commit)."""
    for event in list(_wakers):
        loop = getattr(event, "_spa_loop", None)
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(event.set)


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
        next_slot[cid] = (oldest or utcnow()) + timedelta(seconds=RATE_WINDOW_S)
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


def settle(claimed: Claimed, worker: str, result: DeliveryResult, started: Any, latency_ms: float) -> str:
    """Log the attempt and move the row on; returns its new status (unchanged when the lease was lost)."""
    with session_scope() as session:
        session.add(
            DeliveryAttempt(
                outbox_id=claimed.id,
                channel_id=claimed.channel_id,
                attempt=claimed.attempt,
                worker=worker[:120],
                ok=result.ok,
                error_class=(result.error_class or None) if not result.ok else None,
                response=result.response[:MAX_RESPONSE],
                latency_ms=round(latency_ms, 2),
                started_at=started,
            )
        )
        row = session.exec(select(OutboxRow).where(OutboxRow.id == claimed.id).with_for_update()).first()
        if row is None or row.status != SENDING or row.locked_by != worker[:120]:
            log.warning(
                "outbox row %s: lease lost before the attempt finished; attempt logged only", claimed.id
            )
            return row.status if row is not None else "gone"
        row.locked_by, row.locked_until = None, None
        if result.ok:
            row.status, row.delivered_at, row.last_error, row.last_error_class = (
                DELIVERED,
                utcnow(),
                None,
                None,
            )
        else:
            row.last_error, row.last_error_class = (
                result.response[:MAX_RESPONSE],
                (result.error_class or "error")[:40],
            )
            if row.last_error_class in NON_RETRYABLE or row.attempts >= row.max_attempts:
                row.status = DEAD
            else:
                base = float(settings_registry.get(keys.RETRY_BASE_SECONDS, session))
                cap = float(settings_registry.get(keys.RETRY_MAX_SECONDS, session))
                delay = backoff_seconds(row.attempts, result.retry_after, base, cap)
                row.status, row.next_attempt_at = PENDING, utcnow() + timedelta(seconds=delay)
            if result.error_class == "auth" and row.channel_id is not None:
                channel_service.mark_broken(session, row.channel_id, result.response)
        session.add(row)
        return row.status


async def _attempt(claimed: Claimed, worker: str, timeout: float, budget: float) -> str:
    started, clock = utcnow(), time.perf_counter()
    action = ACTIONS.get(claimed.action_kind)
    ctx = DeliveryContext(
        target=claimed.target,
        payload=claimed.payload,
        outbox_id=claimed.id,
        attempt=claimed.attempt,
        idempotency_key=claimed.dedup_key,
        timeout=timeout,
        channel_id=claimed.channel_id,
    )
    try:
        if action is None:
            result = DeliveryResult(False, "config", f"unknown action kind '{claimed.action_kind}'")
        else:
            result = await asyncio.wait_for(action.deliver(ctx), timeout=budget)
    except TemplateFailed as exc:
        result = DeliveryResult(False, "template", exc.message)
    except DomainError as exc:
        result = DeliveryResult(False, "config", exc.message)
    except TimeoutError:
        result = DeliveryResult(False, "timeout", f"delivery took longer than {budget:g} s")
    except Exception as exc:
        log.exception("delivery of outbox row %s failed unexpectedly", claimed.id)
        result = DeliveryResult(False, "error", f"unexpected {type(exc).__name__}")
    latency_ms = (time.perf_counter() - clock) * 1000
    return await asyncio.to_thread(settle, claimed, worker, result, started, latency_ms)


async def drain_once(limit: int | None = None, *, worker: str | None = None) -> int:
    """Claim, deliver and settle one batch of due rows; how many were attempted."""
    from services.core.jobs import worker_name

    worker = worker or worker_name()

    def read() -> tuple[int, float, float]:
        return (
            int(settings_registry.get(keys.DRAIN_BATCH)),
            float(settings_registry.get(keys.LEASE_SECONDS)),
            float(settings_registry.get(keys.TIMEOUT_SECONDS)),
        )

    batch, lease_s, timeout = await asyncio.to_thread(read)
    claimed = await asyncio.to_thread(claim, worker, limit or batch, lease_s)
    if claimed:
        budget = max(timeout, lease_s * 0.8)
        await asyncio.gather(*(_attempt(row, worker, timeout, budget) for row in claimed))
    return len(claimed)


def reap_expired(session: Session) -> int:
    """Return `sending` rows whose lease has expired to the queue (dead once out of attempts)."""
    rows = list(
        session.exec(
            select(OutboxRow)
            .where(OutboxRow.status == SENDING, OutboxRow.locked_until < utcnow())  # type: ignore[operator]
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
        row.next_attempt_at, row.locked_by, row.locked_until = utcnow(), None, None
        session.add(row)
    session.flush()
    return len(rows)


def _reap() -> int:
    with session_scope() as session:
        return reap_expired(session)


async def notification_loop() -> None:
    """Lifespan task (every replica): reap expired leases now and then, drain due rows, sleep until
    the next tick or an enqueue in this process wakes it."""
    from services.core.jobs import worker_name

    worker = worker_name()
    event = asyncio.Event()
    event._spa_loop = asyncio.get_running_loop()  # type: ignore[attr-defined]
    _wakers.add(event)
    log.info("CEP notification loop %s started", worker)
    last_reap = 0.0
    try:
        while True:
            attempted = 0
            try:
                if time.monotonic() - last_reap > 10:
                    last_reap = time.monotonic()
                    reaped = await asyncio.to_thread(_reap)
                    if reaped:
                        log.warning("CEP outbox: reclaimed %d row(s) with expired leases", reaped)
                attempted = await drain_once(worker=worker)
                interval = float(await asyncio.to_thread(settings_registry.get, keys.DRAIN_INTERVAL_SECONDS))
            except Exception:
                log.exception("CEP notification loop %s: a round failed", worker)
                interval = 5.0
            if attempted:
                continue
            event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), timeout=interval)
    finally:
        _wakers.discard(event)

"""The durable notification outbox: enqueue in the caller's transaction, drain on any replica.

`enqueue` resolves each action's targets and inserts one row per target in the caller's session,
keyed by a hash of (caller's dedup key, action index, target index): the same key enqueued twice adds
nothing. `drain_once` first flushes the notification groups whose timer is due (their messages are
enqueued here), then leases a batch of due rows (`leases.claim`), runs their actions concurrently
and settles them as they finish (`leases.settle_many`); `notification_loop` — a lifespan task on every
replica — drains whenever an enqueue in this process commits or a tick passes, and reclaims expired
leases now and then (`leases.reap_expired`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import time
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.cep import delivery_settings as keys
from services.cep import groups, http_delivery, leases
from services.cep.actions import ACTIONS, DeliveryContext, Target, parse_action
from services.cep.bulk import rows_json
from services.cep.channels import DeliveryResult
from services.cep.delivery_models import DEAD, PENDING
from services.cep.templates import TemplateFailed
from services.core import on_commit, settings_registry
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.errors import DomainError

log = logging.getLogger(__name__)

_wakers: set[asyncio.Event] = set()


def _row_key(dedup_key: str, action_index: int, target_index: int, kind: str, channel_id: int | None) -> str:
    raw = f"{dedup_key}\x1f{action_index}\x1f{target_index}\x1f{kind}\x1f{channel_id}"
    return hashlib.sha256(raw.encode()).hexdigest()


def enqueue(
    session: Session, *, actions: list[dict[str, Any]], payload: dict[str, Any], dedup_key: str
) -> list[int]:
    """Add one outbox row per action target to the caller's transaction; ids of the rows added
    (a dedup key already enqueued adds none). They are sent once the caller commits. An action that
    no longer validates (unknown kind, bad params) becomes a dead letter naming the problem instead
    of failing the caller's transaction."""
    return enqueue_many(session, [(actions, payload, dedup_key)])


def enqueue_many(
    session: Session, messages: list[tuple[list[dict[str, Any]], dict[str, Any], str]]
) -> list[int]:
    """`enqueue` for several (actions, payload, dedup key) messages in one INSERT (a flush of many
    notification groups); each distinct action's targets are resolved once."""
    max_attempts = int(settings_registry.get(keys.MAX_ATTEMPTS))  # the process cache: no query per enqueue
    resolved: dict[str, tuple[str, list[Target]] | DomainError] = {}
    rows: list[dict[str, Any]] = []
    for actions, payload, dedup_key in messages:
        base = {"group_key": dedup_key[:200], "payload": payload}
        for action_index, action in enumerate(actions):
            targets = _targets(session, action, action_index, resolved)
            if isinstance(targets, DomainError):  # a broken action must not block the alert: a dead letter
                kind = str(action.get("kind") if isinstance(action, dict) else "?")[:40]
                rows.append(
                    {
                        **base,
                        "dedup_key": _row_key(dedup_key, action_index, 0, kind, None),
                        "action_kind": kind,
                        "target": {},
                        "status": DEAD,
                        "last_error": targets.message[: leases.MAX_RESPONSE],
                        "last_error_class": "config",
                    }
                )
                continue
            kind, found = targets
            for target_index, target in enumerate(found):
                rows.append(
                    {
                        **base,
                        "dedup_key": _row_key(dedup_key, action_index, target_index, kind, target.channel_id),
                        "action_kind": kind,
                        "channel_id": target.channel_id,
                        "target": target.target,
                        "status": PENDING,
                    }
                )
    if not rows:
        return []
    params = {"rows": rows_json(rows), "max_attempts": max_attempts}
    ids = [int(i) for i in session.execute(_INSERT, params).scalars()]
    if ids:
        on_commit.on_commit(session, wake)
    return ids


_INSERT = text(
    """
    INSERT INTO cep_outbox (dedup_key, group_key, action_kind, channel_id, target, payload, status,
                            last_error, last_error_class, max_attempts)
    SELECT u.dedup_key, u.group_key, u.action_kind, u.channel_id, u.target, u.payload, u.status,
           u.last_error, u.last_error_class, :max_attempts
    FROM ROWS FROM (json_to_recordset(CAST(:rows AS json))
         AS (dedup_key text, group_key text, action_kind text, channel_id int, target jsonb,
              payload jsonb, status text, last_error text, last_error_class text)) WITH ORDINALITY
         AS u(dedup_key, group_key, action_kind, channel_id, target, payload, status, last_error,
              last_error_class, n)
    ORDER BY u.n
    ON CONFLICT (dedup_key) DO NOTHING
    RETURNING id
    """
)  # one short statement, one JSON parameter (`services.cep.bulk`); keys a row lacks are null


def _targets(
    session: Session,
    action: dict[str, Any],
    index: int,
    resolved: dict[str, tuple[str, list[Target]] | DomainError],
) -> tuple[str, list[Target]] | DomainError:
    """The action's kind and targets, or why it does not validate; memoised in `resolved` by content."""
    memo = json.dumps([index, action], sort_keys=True, default=str)
    if memo not in resolved:
        try:
            action_type, params = parse_action(action, field=f"actions.{index}")
            resolved[memo] = (action_type.kind, action_type.targets(session, params))
        except DomainError as exc:
            resolved[memo] = exc
    return resolved[memo]


def annotate_alert(session: Session, *, alert_id: int, fields: dict[str, Any]) -> int:
    """Add `fields` (e.g. a root-cause line computed after the enqueue) to the payload of the rows
    about alert `alert_id` (the message's first alert) not yet attempted; rows already sent or in
    flight keep theirs, so nothing waits for the addition."""
    if not fields:
        return 0
    result = session.execute(
        text(
            """
            UPDATE cep_outbox SET payload = payload || CAST(:fields AS jsonb)
            WHERE status = 'pending' AND attempts = 0
              AND payload -> 'instance' ->> 'id' = CAST(:alert_id AS text)
            """
        ),
        {"fields": json.dumps(fields, default=str), "alert_id": alert_id},
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def wake() -> None:
    """Tell this process's notification loops that new rows are waiting (after a commit)."""
    for event in list(_wakers):
        loop = getattr(event, "_spa_loop", None)
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(event.set)


async def _attempt(claimed: leases.Claimed, timeout: float, budget: float) -> leases.Outcome:
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
    return leases.Outcome(claimed, result, started, (time.perf_counter() - clock) * 1000)


async def drain_once(
    limit: int | None = None, *, worker: str | None = None, clients: http_delivery.Clients | None = None
) -> int:
    """Flush the due notification groups (`groups.flush_due`), then claim, deliver and settle one batch
    of due rows; how many were attempted.

    Attempts run concurrently; whatever has finished is settled together in one transaction while the
    rest are still sending, so one slow receiver delays nobody's bookkeeping. `clients`: the caller's
    kept-alive HTTP clients (a loop's, reused across rounds); else this round opens and closes its own.
    """
    from services.core.jobs import worker_name

    worker = worker or worker_name()

    def read() -> tuple[int, float, float]:
        return (
            int(settings_registry.get(keys.DRAIN_BATCH)),
            float(settings_registry.get(keys.LEASE_SECONDS)),
            float(settings_registry.get(keys.TIMEOUT_SECONDS)),
        )

    batch, lease_s, timeout = await asyncio.to_thread(read)
    await asyncio.to_thread(groups.flush_due)
    claimed = await asyncio.to_thread(leases.claim, worker, limit or batch, lease_s)
    budget = (
        lease_s * 0.8
    )  # an attempt ends before its lease does, so no other worker sends the row meanwhile
    async with http_delivery.client_pool(clients):
        running = {asyncio.create_task(_attempt(row, min(timeout, budget), budget)) for row in claimed}
        while running:
            done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            await asyncio.to_thread(leases.settle_many, [task.result() for task in done], worker)
    return len(claimed)


def _reap() -> int:
    with session_scope() as session:
        return leases.reap_expired(session)


async def notification_loop() -> None:
    """Lifespan task (every replica): reap expired leases now and then, drain due rows, sleep until
    the next tick or an enqueue in this process wakes it."""
    from services.core.jobs import worker_name

    worker = worker_name()
    clients = http_delivery.Clients()
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
                attempted = await drain_once(worker=worker, clients=clients)
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
        clients.close()

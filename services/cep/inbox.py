"""The durable event inbox between `POST /api/cep/events` (and the Alertmanager webhook) and evaluation.

Ingestion: `append` hands a request's events to this process's group-commit writer, a thread that
takes everything queued since its last commit (up to WRITE_BATCH_ROWS events) and writes it as one
multi-row INSERT and one commit; each request's future resolves with its inbox ids only after that
commit, so an event is durable before the request answers 202, and concurrent requests share a commit.

Evaluation: `consume_batch` (the leader's `run_consumer` loop) checks the leader epoch first —
`assert_epoch` holds the epoch row FOR SHARE, so a new leader cannot raise the epoch until this batch's
transaction ends, and batches of an old and a new leader never overlap — then claims the oldest
queued events (FOR UPDATE SKIP LOCKED), evaluates them with `events.evaluate_batch` and marks them
evaluated, all in one transaction: a crash anywhere before the commit leaves the events queued with
nothing of their evaluation written, and a committed batch is never evaluated again. Batches run one
after another in inbox order, so events on one rule instance are evaluated in the order accepted.
Evaluated rows are kept EVALUATED_RETENTION (the status `GET /api/cep/events/{id}` reads), then pruned.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import queue
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlmodel import Session

from services.cep.events import EventIn, evaluate_batch
from services.core.clock import utcnow
from services.core.db import database_url, session_scope
from services.core.leader import LockKey, StaleLeader, assert_epoch

log = logging.getLogger(__name__)
WRITE_BATCH_ROWS = 5000
CONSUME_BATCH = 500
IDLE_POLL_S = 0.2
EVALUATED_RETENTION = timedelta(minutes=15)
PRUNE_EVERY_S = 60.0

_INSERT = text(
    "INSERT INTO cep_event_inbox (received_at, source, labels, value, status, message) "
    "SELECT u.received_at, u.source, CAST(u.labels AS jsonb), u.value, u.status, u.message FROM unnest("
    "CAST(:received_at AS timestamptz[]), CAST(:source AS text[]), CAST(:labels AS text[]), "
    "CAST(:value AS float8[]), CAST(:status AS text[]), CAST(:message AS text[])) WITH ORDINALITY "
    "AS u(received_at, source, labels, value, status, message, n) ORDER BY u.n RETURNING id"
)  # one statement for the whole batch; ids follow the ORDER BY, so sorted ids are in row order


def inbox_rows(events: list[EventIn], source: str) -> list[dict[str, Any]]:
    """The inbox rows of one request's events (received now)."""
    now = utcnow()
    return [
        {
            "received_at": now,
            "source": source,
            "labels": e.labels,
            "value": e.value,
            "status": e.status,
            "message": e.message,
        }
        for e in events
    ]


@dataclass
class _Pending:
    rows: list[dict[str, Any]]
    done: concurrent.futures.Future[list[int]] = field(default_factory=concurrent.futures.Future)


class InboxWriter:
    """The group-commit writer of this process (one daemon thread, started on first use)."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[_Pending] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._engine: tuple[str, Engine] | None = None
        self.batches = 0
        self.rows = 0

    def submit(self, events: list[EventIn], source: str) -> concurrent.futures.Future[list[int]]:
        """Queue `events` for the next commit; the future gives their inbox ids once committed."""
        pending = _Pending(inbox_rows(events, source))
        self._queue.put(pending)
        self._ensure_thread()
        return pending.done

    def _ensure_thread(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="cep-inbox-writer", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            batch = self._take()
            if batch:
                self._write(batch)

    def _take(self) -> list[_Pending]:
        """Everything queued (at least one request's events, up to WRITE_BATCH_ROWS), minus requests
        whose caller gave up meanwhile (they are not stored and were never acknowledged); the rest can
        no longer be cancelled, so each gets its answer."""
        batch: list[_Pending] = []
        size = 0
        pending: _Pending | None = self._queue.get()
        while pending is not None:
            if pending.done.set_running_or_notify_cancel():
                batch.append(pending)
                size += len(pending.rows)
            if size >= WRITE_BATCH_ROWS:
                break
            try:
                pending = self._queue.get_nowait()
            except queue.Empty:
                pending = None
        return batch

    def _connection(self) -> Connection:
        """A connection of the writer's own (one, kept): requests never wait for the app's shared pool."""
        url = database_url()
        if self._engine is None or self._engine[0] != url:  # tests switch databases
            if self._engine is not None:
                self._engine[1].dispose()
            self._engine = (url, create_engine(url, pool_size=1, max_overflow=0, pool_pre_ping=True))
        return self._engine[1].connect()

    def _write(self, batch: list[_Pending]) -> None:
        rows = [row for pending in batch for row in pending.rows]
        try:
            columns = {name: [row[name] for row in rows] for name in rows[0]}
            columns["labels"] = [json.dumps(labels) for labels in columns["labels"]]
            with self._connection() as conn, conn.begin():
                ids = sorted(int(i) for i in conn.execute(_INSERT, columns).scalars())
        except Exception as exc:  # every waiting request answers with the error; the writer goes on
            log.exception("CEP inbox: writing %s events failed", len(rows))
            for pending in batch:
                pending.done.set_exception(exc)
            return
        self.batches += 1
        self.rows += len(rows)
        start = 0
        for pending in batch:
            pending.done.set_result(ids[start : start + len(pending.rows)])
            start += len(pending.rows)
        QUEUED.set()


WRITER = InboxWriter()
QUEUED = threading.Event()  # set after each commit: wakes this process's consumer at once


async def append(events: list[EventIn], source: str) -> list[int]:
    """Store `events` durably (group-committed with concurrent requests); their inbox ids."""
    return await asyncio.wrap_future(WRITER.submit(events, source))


def consume_batch(
    session: Session, *, epoch: int | None, fenced: bool = True, limit: int = CONSUME_BATCH
) -> int:
    """Evaluate the oldest queued events in the caller's transaction (see the module docstring); how many."""
    if fenced:
        assert_epoch(session, LockKey.CEP_SCHEDULER, epoch)
    claimed = session.execute(
        text(
            "SELECT id, received_at, labels, value, status, message FROM cep_event_inbox "
            "WHERE evaluated_at IS NULL ORDER BY id LIMIT :n FOR UPDATE SKIP LOCKED"
        ),
        {"n": limit},
    ).all()
    if not claimed:
        return 0
    items = [
        (row.received_at, EventIn(labels=row.labels, value=row.value, status=row.status, message=row.message))
        for row in claimed
    ]
    outcome = evaluate_batch(session, items, epoch=epoch)
    session.execute(
        text(
            "UPDATE cep_event_inbox AS i SET evaluated_at = :now, rules_evaluated = v.r, transitions = v.t "
            "FROM (SELECT unnest(CAST(:ids AS bigint[])) AS id, unnest(CAST(:r AS int[])) AS r, "
            "unnest(CAST(:t AS int[])) AS t) AS v WHERE i.id = v.id"
        ),
        {
            "now": utcnow(),
            "ids": [row.id for row in claimed],
            "r": [o.rules_evaluated for o in outcome],
            "t": [o.transitions for o in outcome],
        },
    )
    return len(claimed)


def drain(*, epoch: int | None = None, fenced: bool = False) -> int:
    """Evaluate every queued event now, batch after batch (tests, the bench, a single process)."""
    total = 0
    while True:
        with session_scope() as session:
            done = consume_batch(session, epoch=epoch, fenced=fenced)
        total += done
        if not done:
            return total


def prune(now: datetime | None = None) -> int:
    """Delete evaluated events older than EVALUATED_RETENTION."""
    with session_scope() as session:
        result = session.execute(
            text("DELETE FROM cep_event_inbox WHERE evaluated_at < :before"),
            {"before": (now or utcnow()) - EVALUATED_RETENTION},
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def status_of(session: Session, event_id: int) -> dict[str, Any] | None:
    """One accepted event: queued or evaluated, and what its evaluation did."""
    row = session.execute(
        text(
            "SELECT id, received_at, evaluated_at, rules_evaluated, transitions, error "
            "FROM cep_event_inbox WHERE id = :id"
        ),
        {"id": event_id},
    ).first()
    return dict(row._mapping) if row is not None else None


def queued_count(session: Session) -> int:
    return int(
        session.execute(text("SELECT count(*) FROM cep_event_inbox WHERE evaluated_at IS NULL")).scalar_one()
    )


async def run_consumer() -> None:
    """Lifespan task: while this process leads the CEP scheduler, evaluate the inbox batch after batch
    (woken by this process's writer, else polling every IDLE_POLL_S); prune old rows now and then."""
    from services.cep import scheduler

    last_prune = 0.0
    loop = asyncio.get_running_loop()
    while True:
        leader = scheduler.SCHEDULER
        if leader is None or not leader.is_leader:
            await asyncio.sleep(1.0)
            continue
        epoch = leader.lock.epoch
        QUEUED.clear()
        try:
            done = await asyncio.to_thread(_one_round, epoch)
        except StaleLeader:
            log.warning("CEP inbox: epoch %s is stale; stepping down", epoch)
            leader.lock.step_down()
            continue
        if loop.time() - last_prune > PRUNE_EVERY_S:
            last_prune = loop.time()
            await asyncio.to_thread(prune)
        if not done:
            await asyncio.to_thread(QUEUED.wait, IDLE_POLL_S)


def _one_round(epoch: int | None) -> int:
    """One batch; when it fails, the oldest event alone — and if that fails too, it is set aside as
    failed (its error kept on its row) so one bad event never stops the inbox."""
    try:
        with session_scope() as session:
            return consume_batch(session, epoch=epoch)
    except StaleLeader:
        raise
    except Exception:
        log.exception("CEP inbox: a batch failed; retrying its oldest event alone")
    try:
        with session_scope() as session:
            return consume_batch(session, epoch=epoch, limit=1)
    except StaleLeader:
        raise
    except Exception as exc:
        log.exception("CEP inbox: an event cannot be evaluated; setting it aside")
        with session_scope() as session:
            assert_epoch(session, LockKey.CEP_SCHEDULER, epoch)
            session.execute(
                text(
                    "UPDATE cep_event_inbox SET evaluated_at = :now, error = :err WHERE id = "
                    "(SELECT min(id) FROM cep_event_inbox WHERE evaluated_at IS NULL)"
                ),
                {"now": utcnow(), "err": f"{type(exc).__name__}: {exc}"[:1000]},
            )
        return 1

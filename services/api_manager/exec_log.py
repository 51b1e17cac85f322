"""The execution log's batching writer: calls queue their row, a thread writes them in one COPY.

A call's log row used to cost an INSERT and a COMMIT on the caller's path. Now `record` gives the row
an id (from a block reserved with one `nextval` query per `ID_BLOCK` calls, so the caller can still
return its `execution_id`) and its timestamp, and queues it; a daemon thread writes what is queued
with one COPY every `FLUSH_INTERVAL_S` or as soon as `BATCH_ROWS` are waiting. No row is
dropped on purpose: when the queue is full the call writes its row itself; `flush()` writes
everything queued (readers of the log call it first, so a process reads its own calls); the app's
lifespan hook and `atexit` flush at shutdown. A failed batch is retried; it is abandoned (with an
error in the log) only when its database is no longer the one the app uses (tests drop theirs).
Rows carry their database URL, so a process that switches databases writes each row where it ran.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import threading
import time
from collections import deque
from datetime import datetime
from typing import Any, cast

import psycopg
from psycopg.types.json import Jsonb
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import NullPool

from services.api_manager.models import ApiExecution
from services.core import db

FLUSH_INTERVAL_S = 0.1
BATCH_ROWS = 200
QUEUE_MAX = 5000
ID_BLOCK = 64
log = logging.getLogger(__name__)
TABLE = ApiExecution.__table__  # type: ignore[attr-defined]


COLUMNS = tuple(column.name for column in TABLE.columns)
COPY_ROWS = f"COPY {TABLE.name} ({', '.join(COLUMNS)}) FROM STDIN"


def _insert(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """COPY the rows in: a multi-row INSERT built by SQLAlchemy cost ~0.3 ms of CPU per row to compile
    (a new statement for every batch size), on a thread that shares the GIL with the calls."""
    # A log row is not worth a disk flush per batch: losing the last rows in a crash is acceptable.
    conn.execute(text("SET LOCAL synchronous_commit = off"))
    driver = cast("psycopg.Connection[Any]", conn.connection.driver_connection)  # the engine's psycopg 3
    with driver.cursor() as cursor, cursor.copy(COPY_ROWS) as copy:
        for row in rows:
            copy.write_row([Jsonb(row[name]) if name == "params" else row[name] for name in COLUMNS])


def write_rows(url: str, rows: list[dict[str, Any]]) -> None:
    """Write `rows` into the database at `url` in one transaction (the app's engine when it is current)."""
    engine = db.get_engine()
    if engine.url == make_url(url):  # parsed: the rendered text quotes a socket path, the setting may not
        with engine.begin() as conn:
            _insert(conn, rows)
        return
    own = create_engine(url, poolclass=NullPool)
    try:
        with own.begin() as conn:
            _insert(conn, rows)
    finally:
        own.dispose()


class _Ids:
    """Execution ids reserved from the table's sequence in blocks, per database."""

    def __init__(self) -> None:
        self._free: dict[str, deque[int]] = {}
        self._lock = threading.Lock()

    def next(self, url: str) -> int:
        with self._lock:
            free = self._free.setdefault(url, deque())
            if not free:
                with db.get_engine().connect() as conn:
                    free.extend(
                        conn.execute(
                            text(
                                "SELECT nextval(pg_get_serial_sequence('api_executions', 'id')) "
                                "FROM generate_series(1, :n)"
                            ),
                            {"n": ID_BLOCK},
                        ).scalars()
                    )
            return free.popleft()


class BatchWriter:
    """A bounded queue of (database URL, row) and the thread that writes it in batches."""

    def __init__(self, *, max_rows: int = QUEUE_MAX) -> None:
        self.max_rows = max_rows
        self.ids = _Ids()
        self._queue: deque[tuple[str, dict[str, Any]]] = deque()
        self._writing: list[tuple[str, dict[str, Any]]] = []  # the batch being written, still counted
        self._cond = threading.Condition()
        self._write_lock = threading.Lock()  # one batch at a time, so rows land in queue order
        self._thread: threading.Thread | None = None
        self.synchronous_writes = 0

    def record(self, row: dict[str, Any]) -> int:
        """Queue `row` (an `api_executions` row without id) for the current database; returns its id."""
        url = db.database_url()
        row = {**row, "id": self.ids.next(url)}
        with self._cond:
            queued = len(self._queue) < self.max_rows
            if queued:
                self._queue.append((url, row))
                self._start()
                if len(self._queue) in (1, BATCH_ROWS):
                    self._cond.notify()
        if not queued:  # full: the caller pays for its own row rather than lose it
            self.synchronous_writes += 1
            write_rows(url, [row])
        return int(row["id"])

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._loop, name="api-exec-log", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: bool(self._queue))  # idle: asleep until a row comes
                # then gather for up to FLUSH_INTERVAL_S, or until a batch is full
                self._cond.wait_for(lambda: len(self._queue) >= BATCH_ROWS, timeout=FLUSH_INTERVAL_S)
            try:
                self.flush()
            except Exception:  # kept queued and retried on the next tick
                log.exception("writing the API execution log failed; retrying")
                time.sleep(FLUSH_INTERVAL_S)

    def flush(self) -> None:
        """Write every queued row now (grouped by database, in order)."""
        with self._write_lock:
            while True:
                with self._cond:
                    if not self._queue:
                        return
                    url = self._queue[0][0]
                    batch: list[dict[str, Any]] = []
                    while self._queue and self._queue[0][0] == url and len(batch) < BATCH_ROWS:
                        batch.append(self._queue.popleft()[1])
                    self._writing = [(url, row) for row in batch]
                try:
                    write_rows(url, batch)
                except Exception:
                    if url == db.database_url():
                        with self._cond:  # back at the front, in order, for the next attempt
                            self._queue.extendleft(reversed(self._writing))
                        raise
                    log.error("dropped %d API execution log rows: their database is gone", len(batch))
                finally:
                    with self._cond:
                        self._writing = []

    def queued_runs(self, *, api_id: int | None, since: datetime, modes: tuple[str, ...]) -> int:
        """Queued rows of `api_id` in `modes` since `since`, for the current database (rate limits)."""
        url = db.database_url()
        with self._cond:
            return sum(
                1
                for row_url, row in [*self._writing, *self._queue]
                if row_url == url and row["api_id"] == api_id and row["mode"] in modes and row["ts"] > since
            )

    def pending(self) -> int:
        with self._cond:
            return len(self._queue)

    def forget_after_fork(self) -> None:
        """In a forked child: the parent writes its own queue and owns its reserved ids."""
        self._queue.clear()
        self._writing = []
        self._cond = threading.Condition()
        self._write_lock = threading.Lock()
        self._thread = None
        self.ids = _Ids()


WRITER = BatchWriter()
atexit.register(lambda: WRITER.flush() if WRITER.pending() else None)
os.register_at_fork(after_in_child=WRITER.forget_after_fork)


async def flush_at_shutdown() -> None:
    """Lifespan task: idle for the life of the app, then write what is still queued."""
    try:
        await asyncio.Event().wait()
    finally:
        await asyncio.to_thread(WRITER.flush)

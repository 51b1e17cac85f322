"""Leadership among app processes through PostgreSQL advisory locks, with fencing epochs.

Every process may try to lead a role (the CEP scheduler, the demo simulator); the one that holds the
role's session-level `pg_try_advisory_lock` on a dedicated connection leads. The lock dies with that
connection, so a crashed or killed leader is replaced by the next `try_acquire` of another process.
Each new leadership raises the role's epoch in `leader_epochs`; writers that must not act on stale
leadership (a paused ex-leader) check their epoch with `assert_epoch` in the same transaction as
their write. All advisory lock ids live in `LockKey`, so two features never share one by accident.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
from enum import IntEnum

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from services.core.errors import Conflict

log = logging.getLogger(__name__)


class LockKey(IntEnum):
    """Every PostgreSQL advisory lock id the platform uses."""

    MIGRATIONS = 7_120_001
    STARTUP_STEPS = 7_120_002
    SEED_ASSETS = 7_120_003
    DEMO_SIMULATOR = 7_120_042
    CEP_SCHEDULER = 7_120_100
    CEP_GROUP_ROUTES = 7_120_101  # with a rule id: joins of a rule with several notification routes
    CEP_CHANNEL_GROUPS = 7_120_102  # with a channel id: joins of the groups a channel shares across rules
    ADMIN_MONITOR = 7_120_110


class StaleLeader(Conflict):
    """A write by a process whose leadership has been taken over."""

    code = "stale_leader"


def process_identity() -> str:
    """A readable name of this process: host and pid."""
    return f"{socket.gethostname()}:{os.getpid()}"


class LeaderLock:
    """Try to lead one role; `try_acquire` is cheap to call every round (it re-checks a held lock)."""

    def __init__(self, key: LockKey, *, url: str | None = None) -> None:
        self.key = key
        self.epoch: int | None = None
        self._url = url
        self._engine: Engine | None = None
        self._conn: Connection | None = None

    @property
    def engine(self) -> Engine:
        """A private engine without pooling: closing the connection really ends the lock's session."""
        if self._engine is None:
            from services.core import db

            self._engine = create_engine(self._url or db.database_url(), poolclass=NullPool)
        return self._engine

    @property
    def is_leader(self) -> bool:
        """Whether this process held the lock at the last check."""
        return self._conn is not None

    def try_acquire(self) -> bool:
        """Hold the lock (checking that a held one is still alive); False when another process leads."""
        if self._conn is not None:
            try:
                self._conn.execute(text("SELECT 1"))
                self._conn.commit()
                return True
            except SQLAlchemyError:
                log.warning("%s: lost the leader connection; retrying", self.key.name)
                self._close()
        conn = self.engine.connect()
        try:
            got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": int(self.key)}).scalar())
            conn.commit()  # the lock is session-level: it outlives the transaction
            if got:
                self.epoch = _raise_epoch(conn, self.key.name.lower())
        except SQLAlchemyError:
            conn.close()
            raise
        if not got:
            conn.close()
            return False
        self._conn = conn
        log.info("%s: this process leads (epoch %s)", self.key.name, self.epoch)
        return True

    def release(self) -> None:
        """Give up leadership and the private engine."""
        if self._conn is not None:
            with contextlib.suppress(SQLAlchemyError):  # closing the connection releases it anyway
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": int(self.key)})
                self._conn.commit()
        self._close()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def step_down(self) -> None:
        """Drop the lock connection (e.g. nothing to do) so another process may lead."""
        self._close()

    def _close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(SQLAlchemyError):
                self._conn.close()
            self._conn = None
            self.epoch = None


def _raise_epoch(conn: Connection, name: str) -> int:
    epoch = conn.execute(
        text(
            "INSERT INTO leader_epochs (name, epoch, holder, acquired_at) VALUES (:n, 1, :h, now()) "
            "ON CONFLICT (name) DO UPDATE SET epoch = leader_epochs.epoch + 1, holder = :h, "
            "acquired_at = now() RETURNING epoch"
        ),
        {"n": name, "h": process_identity()},
    ).scalar_one()
    conn.commit()
    return int(epoch)


def current_epoch(session: Session, key: LockKey) -> tuple[int, str] | None:
    """The role's newest epoch and its holder, or None when nobody ever led it."""
    row = session.execute(
        text("SELECT epoch, holder FROM leader_epochs WHERE name = :n"), {"n": key.name.lower()}
    ).first()
    return (int(row[0]), str(row[1])) if row else None


def assert_epoch(session: Session, key: LockKey, epoch: int | None) -> None:
    """Refuse a leader's write when a newer leader exists (locks the epoch row until commit)."""
    row = session.execute(
        text("SELECT epoch FROM leader_epochs WHERE name = :n FOR SHARE"), {"n": key.name.lower()}
    ).first()
    if epoch is None or row is None or int(row[0]) != epoch:
        raise StaleLeader(f"{key.name}: leadership epoch {epoch} is no longer current")

"""The low-privilege role SQL APIs run as, its connection pool and its grants.

`spa_api_reader` (created by migration api_manager_0002) logs in with a password derived from the
app's secret key, set at start by `enable_login`; an external database names a DBA-made role in the
`api_sql_reader_url` setting instead. The pool is separate from the app's: connections are
autocommit, each run opens its own READ ONLY transaction, and `DISCARD ALL` resets every connection
before it returns (see `connection`) (settings, advisory locks, prepared statements). `sync_grants` keeps SELECT grants
equal to the readable-tables setting (never the platform's credential tables).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

import psycopg
from psycopg.pq import TransactionStatus
from psycopg_pool import ConnectionPool
from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from services.api_manager import settings as keys
from services.api_manager.sql_readable import NEVER_READABLE, Readable
from services.core import db, settings_registry
from services.core.settings import get_settings

ROLE = "spa_api_reader"
POOL_MAX = 8
log = logging.getLogger(__name__)

_pools: dict[str, ConnectionPool] = {}  # by the app's database URL
_synced: dict[str, str] = {}
_lock = threading.Lock()


class ReaderUnavailable(RuntimeError):
    """The read-only role cannot connect (not created, no login, or no URL configured)."""


def reader_password() -> str:
    """The reader's password: an HMAC of the app's signing key (never stored)."""
    key = get_settings().signing_key().encode()
    return hmac.new(key, ROLE.encode(), hashlib.sha256).hexdigest()


def reader_conninfo() -> str:
    """libpq URI of the reader: the configured URL, else the app database as `spa_api_reader`."""
    configured = settings_registry.get(keys.READER_URL)
    if configured:
        return str(configured).replace("postgresql+psycopg://", "postgresql://")
    return _derived_conninfo(db.database_url(), get_settings().signing_key())


@lru_cache(maxsize=8)
def _derived_conninfo(app_url: str, signing_key: str) -> str:
    url = make_url(app_url).set(drivername="postgresql", username=ROLE, password=reader_password())
    return url.render_as_string(hide_password=False)


def enable_login(conn: Connection) -> bool:
    """Let the reader log in with the derived password (when we may alter roles); True when done."""
    if settings_registry.get(keys.READER_URL):
        return False
    allowed = conn.execute(
        text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": ROLE}).first()
    if not (allowed and exists):
        log.warning("SQL APIs: role %s missing or not alterable; see README 'External database'", ROLE)
        return False
    conn.execute(text(f"ALTER ROLE {ROLE} WITH LOGIN PASSWORD '{reader_password()}'"))
    return True


@dataclass(frozen=True)
class SessionDefaults:
    """What a reader connection starts with (and returns to after DISCARD ALL): the role's defaults."""

    statement_timeout_ms: int
    idle_in_transaction_timeout_ms: int


_UNITS_MS = {"ms": 1, "s": 1000, "min": 60_000, "h": 3_600_000, "d": 86_400_000}
_defaults: weakref.WeakKeyDictionary[psycopg.Connection, SessionDefaults] = weakref.WeakKeyDictionary()


def _milliseconds(shown: str) -> int:
    """`SHOW`'s rendering of a time setting ('3s', '1500ms', '0') in milliseconds."""
    number = shown.rstrip("abcdefghijklmnopqrstuvwxyz")
    return int(float(number) * _UNITS_MS.get(shown[len(number) :], 1))


def _configure(conn: psycopg.Connection) -> None:
    """Note the new connection's defaults (SHOW: the reader may not call current_setting)."""
    timeout = conn.execute("SHOW statement_timeout").fetchone()
    idle = conn.execute("SHOW idle_in_transaction_session_timeout").fetchone()
    _defaults[conn] = SessionDefaults(
        _milliseconds(timeout[0] if timeout else "0"), _milliseconds(idle[0] if idle else "0")
    )


def session_defaults(conn: psycopg.Connection) -> SessionDefaults:
    """The defaults `conn` started with (none known: no timeout, so every limit is set explicitly)."""
    return _defaults.get(conn) or SessionDefaults(0, 0)


class Lease:
    """A reader connection borrowed for one run; `reset_done` when its flight ended with DISCARD ALL."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        self.reset_done = False


@contextmanager
def connection(timeout: float = 5) -> Iterator[Lease]:
    """A reader connection, reset before it goes back to the pool.

    The reset is DISCARD ALL (settings, advisory locks, temporary tables, prepared statements,
    LISTEN): a query that got past the validator could change any of those, and on an external
    database the DBA may not have revoked the functions that do. A run sends it in its own pipeline
    flight (`reset_done`), so it costs no extra round trip; otherwise it runs here. It is done on the
    caller's thread rather than as the pool's `reset` callback, which would hand every returned
    connection to a pool worker thread (a thread switch per call). A connection that cannot be
    reset is closed, so the pool replaces it.
    """
    with pool().connection(timeout=timeout) as conn:
        lease = Lease(conn)
        try:
            yield lease
        finally:
            if not lease.reset_done and not conn.closed:
                try:
                    if conn.info.transaction_status != TransactionStatus.IDLE:
                        conn.execute("ROLLBACK")
                    conn.execute("DISCARD ALL")
                except psycopg.Error:
                    conn.close()


def pool() -> ConnectionPool:
    """The reader pool of the current database, one per process and database, opened on first use.

    Found by the app's database URL: the reader URL setting takes effect after a restart, so it is read
    once, when the pool opens, not on every call.
    """
    database = db.database_url()
    found = _pools.get(database)
    if found is not None:
        return found
    with _lock:
        found = _pools.get(database)
        if found is None:
            found = ConnectionPool(
                reader_conninfo(),
                min_size=1,
                max_size=POOL_MAX,
                kwargs={"autocommit": True, "application_name": "spa-api-reader", "prepare_threshold": None},
                configure=_configure,
                open=False,
                name="spa-api-reader",
            )
            try:
                found.open(wait=True, timeout=10)
            except Exception as exc:
                found.close()
                raise ReaderUnavailable(f"the SQL reader role cannot connect: {exc}") from exc
            _pools[database] = found
    return found


def close_pools() -> None:
    """Close every reader pool, write the queued log rows and stop the API cache (tests switch databases)."""
    from services.api_manager import exec_log, published

    exec_log.WRITER.flush()
    published.CACHE.close()
    with _lock:
        for found in _pools.values():
            found.close()
        _pools.clear()
        _synced.clear()


def readable() -> Readable:
    """The readable-tables setting, parsed (once per value)."""
    return _parsed(str(settings_registry.get(keys.READABLE_TABLES) or ""))


@lru_cache(maxsize=8)
def _parsed(value: str) -> Readable:
    return Readable.parse(value)


def sync_grants(conn: Connection) -> tuple[list[str], list[str]]:
    """Make the reader's SELECT grants equal the readable set; returns (granted, revoked) names."""
    if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": ROLE}).first():
        return [], []
    allowed = readable()
    rows = conn.execute(
        text(
            "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') "
            "AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
        )
    ).all()
    wanted = {(s, t) for s, t in rows if allowed.allows(s, t) and not (s == "public" and t in NEVER_READABLE)}
    current = set(
        conn.execute(
            text(
                "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, "
                "aclexplode(c.relacl) a WHERE a.grantee = CAST(:r AS regrole) AND a.privilege_type = 'SELECT'"
            ),
            {"r": ROLE},
        ).all()
    )
    granted, revoked = [], []
    for schema, table in sorted(wanted - current):
        conn.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO {ROLE}'))
        conn.execute(text(f'GRANT SELECT ON "{schema}"."{table}" TO {ROLE}'))
        granted.append(f"{schema}.{table}")
    for schema, table in sorted(current - wanted):
        conn.execute(text(f'REVOKE SELECT ON "{schema}"."{table}" FROM {ROLE}'))
        revoked.append(f"{schema}.{table}")
    return granted, revoked


def ensure_grants_current() -> Readable:
    """Re-sync grants when the readable-tables setting changed since this process last synced; returns
    the readable set (the setting is read once per call)."""
    url = db.database_url()
    value = str(settings_registry.get(keys.READABLE_TABLES) or "")
    if _synced.get(url) != value:
        with db.get_engine().begin() as conn:
            sync_grants(conn)
        _synced[url] = value
    return _parsed(value)


def prepare_reader() -> None:
    """Start-up: let the reader log in and give it exactly the readable tables."""
    with db.get_engine().begin() as conn:
        enable_login(conn)
        sync_grants(conn)
    _synced[db.database_url()] = str(settings_registry.get(keys.READABLE_TABLES) or "")

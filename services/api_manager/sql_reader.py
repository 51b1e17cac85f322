"""The low-privilege role SQL APIs run as, its connection pool and its grants.

`spa_api_reader` (created by migration api_manager_0002) logs in with a password derived from the
app's secret key, set at start by `enable_login`; an external database names a DBA-made role in the
`api_sql_reader_url` setting instead. The pool is separate from the app's: connections are
autocommit, each run opens its own READ ONLY transaction, and `DISCARD ALL` resets every connection
when it returns (settings, advisory locks, prepared statements). `sync_grants` keeps SELECT grants
equal to the readable-tables setting (never the platform's credential tables).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
import weakref

import psycopg
from psycopg_pool import ConnectionPool
from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from services.api_manager import settings as keys
from services.api_manager.sql_validator import NEVER_READABLE, Readable
from services.core import db, settings_registry
from services.core.settings import get_settings

ROLE = "spa_api_reader"
POOL_MAX = 8
log = logging.getLogger(__name__)

_pools: dict[str, ConnectionPool] = {}
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
    url = make_url(db.database_url()).set(drivername="postgresql", username=ROLE, password=reader_password())
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


_reset_in_flight: weakref.WeakSet[psycopg.Connection] = weakref.WeakSet()


def reset_in_flight(conn: psycopg.Connection) -> None:
    """Note that `conn` already ran DISCARD ALL in its last flight, sparing the pool's reset a round trip."""
    _reset_in_flight.add(conn)


def _discard(conn: psycopg.Connection) -> None:
    if conn in _reset_in_flight:
        _reset_in_flight.discard(conn)
        return
    conn.execute("DISCARD ALL")


def pool() -> ConnectionPool:
    """The reader pool for the current database (one per reader URL per process)."""
    conninfo = reader_conninfo()
    with _lock:
        found = _pools.get(conninfo)
        if found is None:
            found = ConnectionPool(
                conninfo,
                min_size=1,
                max_size=POOL_MAX,
                kwargs={"autocommit": True, "application_name": "spa-api-reader", "prepare_threshold": None},
                reset=_discard,
                open=False,
                name="spa-api-reader",
            )
            try:
                found.open(wait=True, timeout=10)
            except Exception as exc:
                found.close()
                raise ReaderUnavailable(f"the SQL reader role cannot connect: {exc}") from exc
            _pools[conninfo] = found
    return found


def close_pools() -> None:
    """Close every reader pool (tests switch databases; shutdown)."""
    with _lock:
        for found in _pools.values():
            found.close()
        _pools.clear()
        _synced.clear()


def readable() -> Readable:
    """The readable-tables setting, parsed."""
    return Readable.parse(str(settings_registry.get(keys.READABLE_TABLES) or ""))


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


def ensure_grants_current() -> None:
    """Re-sync grants when the readable-tables setting changed since this process last synced."""
    url = db.database_url()
    value = str(settings_registry.get(keys.READABLE_TABLES) or "")
    if _synced.get(url) == value:
        return
    with db.get_engine().begin() as conn:
        sync_grants(conn)
    _synced[url] = value


def prepare_reader() -> None:
    """Start-up: let the reader log in and give it exactly the readable tables."""
    with db.get_engine().begin() as conn:
        enable_login(conn)
        sync_grants(conn)
    _synced[db.database_url()] = str(settings_registry.get(keys.READABLE_TABLES) or "")

"""Database access: the engine, sessions, embedded PostgreSQL and migrations."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from services.core import pg_supervisor
from services.core.leader import LockKey
from services.core.settings import get_settings

log = logging.getLogger(__name__)

APP_DATABASE = "spa"
ALEMBIC_DIR = Path(__file__).resolve().parents[2] / "alembic"


def start_embedded_postgres(data_dir: Path) -> str:
    """Start (or reuse) the embedded PostgreSQL in `data_dir/pg`; return a SQLAlchemy URL.

    A second process on the same data dir reuses the running server; the last process
    holding it stops it on exit (also on SIGINT/SIGTERM). See `services.core.pg_supervisor`.
    """
    socket_dir = pg_supervisor.start(data_dir / "pg")
    admin_url = f"postgresql+psycopg://postgres@/postgres?host={socket_dir}"
    ensure_database(admin_url, APP_DATABASE)
    return f"postgresql+psycopg://postgres@/{APP_DATABASE}?host={socket_dir}"


def ensure_database(admin_url: str, name: str, template: str | None = None) -> None:
    """Create database `name` (optionally from a template) when it does not exist."""
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
            if not exists:
                clause = f' TEMPLATE "{template}"' if template else ""
                conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
    finally:
        engine.dispose()


def database_url() -> str:
    """The configured database URL, starting embedded PostgreSQL when none is set.

    The URL of a started embedded server is exported as `SPA_DATABASE_URL`, so child and
    forked worker processes connect to the same server instead of starting their own; its data
    dir is exported too, so the app's workers supervise it (`pg_supervisor.watch`).
    """
    settings = get_settings()
    if settings.database_url:
        return settings.database_url
    url = start_embedded_postgres(settings.resolved_data_dir)
    os.environ["SPA_DATABASE_URL"] = url
    os.environ[pg_supervisor.OWNED_ENV] = str(settings.resolved_data_dir / "pg")
    settings.database_url = url
    return url


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    """The process-wide engine (psycopg 3, pooled)."""
    return create_engine(database_url(), pool_size=5, max_overflow=10, pool_pre_ping=True)


def reset_engine() -> None:
    """Dispose the cached engine (tests switch databases; forked workers need fresh sockets)."""
    if get_engine.cache_info().currsize:
        get_engine().dispose()
    get_engine.cache_clear()


@contextmanager
def session_scope() -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with Session(get_engine(), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise


def upgrade_database(url: str | None = None) -> None:
    """Apply all Alembic migrations to `url` (default: the configured database)."""
    from alembic.config import Config

    from alembic import command

    engine = create_engine(url or database_url(), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            # Several workers or replicas may start at once: one migrates, the others wait.
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": int(LockKey.MIGRATIONS)})
            conn.commit()
            config = Config()
            config.set_main_option("script_location", str(ALEMBIC_DIR))
            config.attributes["connection"] = conn
            command.upgrade(config, "heads")  # domain branches merge as separate heads
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": int(LockKey.MIGRATIONS)})
            conn.commit()
    finally:
        engine.dispose()


def ping() -> bool:
    """True when the database answers a trivial query."""
    try:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:
        log.exception("database ping failed")
        return False

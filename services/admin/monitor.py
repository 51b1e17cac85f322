"""System health and counts for the dashboard and `/api/health`."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import func, text
from sqlmodel import Session, col, select

from services.admin.models import ApiKey, User
from services.core import db, pg_supervisor
from services.core.registry import REGISTRY
from services.core.security import Principal
from services.core.settings import VERSION

STARTED_AT = time.time()


def health() -> dict[str, Any]:
    """Liveness: database reachability, version and process uptime."""
    database_ok = db.ping()
    return {
        "status": "ok" if database_ok else "degraded",
        "db": "ok" if database_ok else "down",
        "version": VERSION,
        "uptime_s": round(time.time() - STARTED_AT, 1),
    }


def readiness(session: Session) -> dict[str, Any]:
    """Readiness: the schema is migrated to the newest revision this code knows.

    With the embedded database, `embedded_db` also tells whether its server runs and how often the
    watchdog had to restart it.
    """
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(db.ALEMBIC_DIR))
    heads = sorted(ScriptDirectory.from_config(config).get_heads())  # one per merged domain branch
    rows = session.exec(text("SELECT version_num FROM alembic_version")).all()  # type: ignore[call-overload]
    current = sorted(row[0] for row in rows)
    state: dict[str, Any] = {
        "ready": current == heads,
        "schema": ",".join(current) or None,
        "expected_schema": ",".join(heads),
    }
    if (embedded := pg_supervisor.status()) is not None:
        state["embedded_db"] = embedded
    return state


def count_users(session: Session) -> int:
    """All user accounts."""
    return int(session.exec(select(func.count()).select_from(User)).one())


def count_active_api_keys(session: Session) -> int:
    """API keys not revoked."""
    query = select(func.count()).select_from(ApiKey).where(col(ApiKey.revoked_at).is_(None))
    return int(session.exec(query).one())


def counts(session: Session, *, actor: Principal) -> dict[str, int]:
    """The dashboard counters the installed domains declared, those `actor` may see."""
    return {
        counter.key: counter.count(session)
        for counter in REGISTRY.counters
        if counter.permission is None or actor.can(counter.permission)
    }

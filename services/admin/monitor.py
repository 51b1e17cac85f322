"""System health and counts for the dashboard and `/api/health`."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import func, text
from sqlmodel import Session, select

from services.admin.models import ApiKey, User
from services.core import db
from services.core.models import AuditLog
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
    """Readiness: the schema is migrated to the newest revision this code knows."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(db.ALEMBIC_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    current = session.exec(text("SELECT version_num FROM alembic_version")).first()  # type: ignore[call-overload]
    current_rev = current[0] if current else None
    return {"ready": current_rev == head, "schema": current_rev, "expected_schema": head}


def counts(session: Session) -> dict[str, int]:
    """Row counts shown on the dashboard."""
    return {
        "users": int(session.exec(select(func.count()).select_from(User)).one()),
        "api_keys": int(
            session.exec(select(func.count()).select_from(ApiKey).where(ApiKey.revoked_at == None)).one()  # noqa: E711
        ),
        "audit_entries": int(session.exec(select(func.count()).select_from(AuditLog)).one()),
        **{
            key: int(session.execute(text(sql)).scalar_one())
            for key, sql in (
                ("cis", "SELECT count(*) FROM cis"),
                ("events_24h", "SELECT count(*) FROM events WHERE ts >= now() - interval '24 hours'"),
                ("ops_questions", "SELECT count(*) FROM ops_traces"),
            )
        },
    }

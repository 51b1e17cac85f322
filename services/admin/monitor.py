"""System health and counts for the dashboard and `/api/health`."""

from __future__ import annotations

import time
from typing import Any

import psutil
from sqlalchemy import func, text
from sqlmodel import Session, col, select

from services.admin.models import ApiKey, User
from services.core import db, jobs, pg_supervisor
from services.core.clock import utcnow
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
    """Readiness: the schema is migrated to the newest revision this code knows and the data dir has at
    least `health_min_free_disk_mb` free. Also reported: the job queue (queued, running, and running jobs
    whose worker stopped beating: `stale`).

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
    disk = _disk()
    state: dict[str, Any] = {
        "ready": current == heads and disk["ok"],
        "schema": ",".join(current) or None,
        "expected_schema": ",".join(heads),
        "disk": disk,
        "jobs": _job_queue(session),
    }
    if (embedded := pg_supervisor.status()) is not None:
        state["embedded_db"] = embedded
    return state


def _disk() -> dict[str, Any]:
    from services.admin.settings import HEALTH_MIN_FREE_DISK_MB
    from services.core import settings_registry
    from services.core.settings import get_settings

    free_mb = psutil.disk_usage(str(get_settings().resolved_data_dir)).free / 1024**2
    minimum = int(settings_registry.get(HEALTH_MIN_FREE_DISK_MB))
    return {"free_mb": round(free_mb), "min_free_mb": minimum, "ok": free_mb >= minimum}


def _job_queue(session: Session) -> dict[str, int]:
    stale_before = utcnow() - jobs.STALE_AFTER
    row = session.execute(
        text(
            "SELECT count(*) FILTER (WHERE status = 'queued'), count(*) FILTER (WHERE status = 'running'), "
            "count(*) FILTER (WHERE status = 'running' AND heartbeat_at < :stale) FROM jobs"
        ),
        {"stale": stale_before},
    ).one()
    return {"queued": int(row[0]), "running": int(row[1]), "stale": int(row[2])}


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

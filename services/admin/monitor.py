"""System health and counts for the dashboard and `/api/health`, and the system monitor's overview."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import psutil
from sqlalchemy import func, text
from sqlmodel import Session, col, select

from services.admin import host_sampler
from services.admin import settings as admin_settings
from services.admin.models import ApiKey, User
from services.core import db, jobs, pg_supervisor, settings_registry
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


def platform_status(session: Session) -> dict[str, Any]:
    """Database size and connections, and the durable job queue, right now."""
    size, connections = session.execute(
        text(
            "SELECT pg_database_size(current_database()), "
            "(SELECT count(*) FROM pg_stat_activity WHERE datname = current_database())"
        )
    ).one()
    queue = _job_queue(session)
    return {
        "db_size_mb": round(int(size) / 1024**2, 1),
        "db_connections": int(connections),
        "jobs_queued": queue["queued"],
        "jobs_running": queue["running"],
    }


def scheduler_status(session: Session) -> dict[str, Any]:
    """The CEP scheduler as the monitor shows it (from `services.cep.monitor.status`): the leading
    instance and its fencing epoch, the evaluation lag the leader recorded, the notification outbox."""
    from services.cep import monitor as cep_monitor

    cep = cep_monitor.status(session)
    return {
        "leader": cep["leader"],
        "epoch": cep["leader_epoch"],
        "lag_ms": cep["max_rule_lag_ms"],
        "rules_enabled": cep["rules_enabled"],
        "rules_failing": cep["rules_failing"],
        "outbox_depth": cep["outbox_depth"],
        "oldest_pending_s": cep["oldest_pending_s"],
    }


def overview(session: Session) -> dict[str, Any]:
    """What the monitor page and `GET /api/admin/monitor` show: the platform hosts' newest readings (of
    the last 3 sampling intervals), the CEP alerts firing on them, database, job queue and scheduler."""
    from services.admin.platform_alerts import firing_on_platform

    within = timedelta(seconds=3 * int(settings_registry.get(admin_settings.MONITOR_INTERVAL_S)))
    readings = host_sampler.latest_readings(session, within=within)
    alive = health()
    return {
        "hosts": [{"name": name, **reading} for name, reading in sorted(readings.items())],
        "problems": firing_on_platform(session, utcnow()),
        **platform_status(session),
        "scheduler": scheduler_status(session),
        "uptime_s": alive["uptime_s"],
        "version": alive["version"],
    }

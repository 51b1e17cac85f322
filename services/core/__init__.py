"""Shared platform services: settings, database, security, audit, errors, clock, i18n, jobs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.core.registry import Registry


def install(registry: Registry) -> None:
    """The durable-job worker and the embedded-database watchdog in every process; the audit-log counter;
    the platform-wide runtime settings (timezone)."""
    from sqlalchemy import func
    from sqlmodel import select

    from services.core import pg_supervisor, runtime_settings, settings_registry
    from services.core.jobs import run_worker
    from services.core.models import AuditLog

    settings_registry.declare(*runtime_settings.SPECS)
    registry.lifespan(run_worker)
    registry.lifespan(pg_supervisor.watch)  # returns at once unless the app owns an embedded server
    registry.counter(
        "audit_entries",
        lambda session: int(session.exec(select(func.count()).select_from(AuditLog)).one()),
        permission="admin:audit",
    )

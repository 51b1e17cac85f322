"""What trace RCA, Regression Watch and the OPS KPIs add to the platform (called from `services.ops.install`)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from services.core.clock import utcnow
from services.core.registry import Registry

DAY = timedelta(days=1)


def install_watch(registry: Registry) -> None:
    """UI strings, Regression Watch's problem source ("what is wrong now"), the failed-runs counter and
    its CEP wiring (scheduled runs on the leader, the "OPS regression" alert, the KPIs as `platform` metrics)."""
    from services.cep import platform_source
    from services.core.i18n import add_strings
    from services.ops import kpis, regression
    from services.ops.watch_cep import install_watch_cep
    from services.ops.watch_strings import STRINGS

    add_strings(STRINGS)
    registry.problems("ops.regression", regression.problems)
    registry.counter("ops_failed_24h", failed_last_day, permission="ops:watch")
    install_watch_cep(registry)
    platform_source.register(kpis.PLATFORM_METRICS, kpis.platform_metrics)


def failed_last_day(session: Session) -> int:
    """OPS runs of the last 24 hours that went wrong (the trace list's failed filter)."""
    from services.ops.models import OpsTrace
    from services.ops.service import went_wrong

    recent = col(OpsTrace.created_at) >= utcnow() - DAY
    return int(session.exec(select(func.count()).select_from(OpsTrace).where(went_wrong(), recent)).one())

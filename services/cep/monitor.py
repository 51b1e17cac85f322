"""The CEP engine's health: who leads the scheduler, its loop lag, rule errors and the outbox depth.

`status(session)` is what `/api/health/ready` and the dashboard show; it never changes readiness.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.cep import scheduler
from services.core.clock import utcnow
from services.core.leader import LockKey, current_epoch


def status(session: Session) -> dict[str, Any]:
    """Leader (epoch, holder), this process's loops, rule monitor totals, outbox depth and oldest age."""
    newest = current_epoch(session, LockKey.CEP_SCHEDULER)
    rules = session.execute(
        text(
            "SELECT count(*) FILTER (WHERE enabled), count(*) FILTER (WHERE last_error IS NOT NULL), "
            "coalesce(sum(evaluations), 0), max(last_lag_ms) FROM cep_rules"
        )
    ).one()
    outbox = session.execute(
        text("SELECT count(*), min(created_at) FROM cep_outbox WHERE status IN ('pending', 'sending')")
    ).one()
    oldest = outbox[1]
    local = scheduler.SCHEDULER.status() if scheduler.SCHEDULER is not None else {"running": False}
    return {
        "leader_epoch": newest[0] if newest else None,
        "leader": newest[1] if newest else None,
        "this_process": local,
        "rules_enabled": int(rules[0]),
        "rules_failing": int(rules[1]),
        "evaluations": int(rules[2]),
        "max_rule_lag_ms": float(rules[3]) if rules[3] is not None else None,
        "outbox_depth": int(outbox[0]),
        "oldest_pending_s": round((utcnow() - oldest).total_seconds(), 1) if oldest else None,
    }

"""An API's execution log and its latency (p50/p95 over a window, and as a series for the chart)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, cast

from sqlalchemy import text
from sqlmodel import Session, col, select

from services.api_manager import exec_log, reads
from services.api_manager.models import READ, ApiExecution
from services.core.clock import utcnow
from services.core.pagination import Page, paginate
from services.core.security import Principal, require


def log_view(row: ApiExecution) -> dict[str, Any]:
    return {
        "id": row.id,
        "ts": row.ts.isoformat() if row.ts else None,
        "version": row.version,
        "mode": row.mode,
        "caller": row.caller,
        "via": row.via,
        "params": row.params,
        "status": row.status,
        "error": row.error,
        "duration_ms": row.duration_ms,
        "row_count": row.row_count,
        "truncated": row.truncated,
    }


def execution_logs(
    session: Session,
    *,
    actor: Principal,
    api_id: int,
    limit: int,
    cursor: str | None,
    status: str | None = None,
) -> Page:
    """The API's runs, newest first."""
    require(actor, READ)
    exec_log.WRITER.flush()
    reads.get_row(session, api_id)
    query = select(ApiExecution).where(ApiExecution.api_id == api_id)
    if status:
        query = query.where(ApiExecution.status == status)
    return paginate(
        session,
        query,
        keys=[cast(Any, col(ApiExecution.id))],
        limit=limit,
        cursor=cursor,
        descending=True,
        to_item=log_view,
    )


def latency(session: Session, *, actor: Principal, api_id: int, window_minutes: int = 60) -> dict[str, Any]:
    """Calls, errors, p50 and p95 duration of the API's runs in the last `window_minutes`."""
    require(actor, READ)
    exec_log.WRITER.flush()
    reads.get_row(session, api_id)
    row = session.execute(
        text(
            "SELECT count(*), count(*) FILTER (WHERE status <> 'ok'), "
            "percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms), "
            "percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms) "
            "FROM api_executions WHERE api_id = :a AND ts > :since AND status <> 'rate_limited'"
        ),
        {"a": api_id, "since": utcnow() - timedelta(minutes=window_minutes)},
    ).one()
    return {
        "window_minutes": window_minutes,
        "calls": int(row[0]),
        "errors": int(row[1]),
        "p50_ms": round(row[2], 3) if row[2] is not None else None,
        "p95_ms": round(row[3], 3) if row[3] is not None else None,
    }


def latency_series(
    session: Session, *, actor: Principal, api_id: int, limit: int = 200
) -> list[dict[str, Any]]:
    """The last runs' (time, duration, status), oldest first (the latency chart)."""
    require(actor, READ)
    exec_log.WRITER.flush()
    rows = session.exec(
        select(ApiExecution)
        .where(ApiExecution.api_id == api_id)
        .order_by(col(ApiExecution.id).desc())
        .limit(limit)
    ).all()
    return [
        {"ts": r.ts.isoformat() if r.ts else None, "duration_ms": r.duration_ms, "status": r.status}
        for r in reversed(rows)
    ]

"""The audit trail: every mutation records actor, action, entity and before/after state."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col, select

from services.core.models import AuditLog
from services.core.pagination import Page, paginate

SECRET_MARKERS = ("password", "secret", "token", "hash", "api_key", "apikey", "credential")
REDACTED = "***"


@dataclass(frozen=True)
class RequestContext:
    """Where a mutation came from: client address and request id."""

    ip: str | None = None
    request_id: str | None = None


_NO_REQUEST = RequestContext()
current_request: ContextVar[RequestContext] = ContextVar("current_request", default=_NO_REQUEST)


def _secret_key(key: Any, item: Any) -> bool:
    # A flag such as `must_change_password` holds no secret: only non-boolean values are hidden.
    return not isinstance(item, bool) and any(m in str(key).lower() for m in SECRET_MARKERS)


def redact(value: Any) -> Any:
    """A copy of `value` with the value of every secret-looking key replaced by `***`."""
    if isinstance(value, dict):
        return {key: REDACTED if _secret_key(key, item) else redact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: Any = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditLog:
    """Add an audit row to `session`; it commits with the change it describes."""
    ctx = current_request.get()
    row = AuditLog(
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=None if entity_id is None else str(entity_id),
        before=redact(before) if before is not None else None,
        after=redact(after) if after is not None else None,
        ip=ctx.ip[:64] if ctx.ip else None,  # the columns' widths: an odd value never breaks the write
        request_id=ctx.request_id[:64] if ctx.request_id else None,
    )
    session.add(row)
    return row


@dataclass(frozen=True)
class AuditFilter:
    """Which audit rows to show: exact actor, action prefix, entity, time range [since, until), request id."""

    actor: str | None = None
    action: str | None = None
    entity_type: str | None = None
    entity_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    request_id: str | None = None

    def apply(self, query: Any) -> Any:
        """`query` narrowed to the rows this filter admits."""
        exact = (
            (AuditLog.actor, self.actor),
            (AuditLog.entity_type, self.entity_type),
            (AuditLog.entity_id, self.entity_id),
            (AuditLog.request_id, self.request_id),
        )
        for column, value in exact:
            if value:
                query = query.where(column == value)
        if self.action:
            query = query.where(col(AuditLog.action).startswith(self.action, autoescape=True))
        if self.since is not None:
            query = query.where(col(AuditLog.ts) >= self.since)
        if self.until is not None:
            query = query.where(col(AuditLog.ts) < self.until)
        return query


def entries_page(
    session: Session,
    *,
    limit: int = 50,
    cursor: str | None = None,
    actor: str | None = None,
    action: str | None = None,
    where: AuditFilter | None = None,
) -> Page[AuditLog]:
    """One page of audit rows, newest first (keyset on the id), filtered by `where` (or actor/action)."""
    where = where or AuditFilter(actor=actor, action=action)
    return paginate(
        session,
        where.apply(select(AuditLog)),
        keys=[cast(ColumnElement[Any], col(AuditLog.id))],
        limit=limit,
        cursor=cursor,
        descending=True,
    )


def list_entries(
    session: Session,
    *,
    limit: int = 50,
    before_id: int | None = None,
    actor: str | None = None,
    action: str | None = None,
) -> list[AuditLog]:
    """Newest audit rows first, paginated by id cursor and optionally filtered."""
    query = select(AuditLog).order_by(col(AuditLog.id).desc()).limit(limit)
    if before_id is not None:
        query = query.where(col(AuditLog.id) < before_id)
    if actor:
        query = query.where(AuditLog.actor == actor)
    if action:
        query = query.where(col(AuditLog.action).startswith(action))
    return list(session.exec(query).all())

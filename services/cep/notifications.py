"""Reading the outbox and its delivery log (cep:read), manual replay (cep:write, audited), health.

Views never carry secrets: webhook-action header values are shown as `***`. `problems` reports
broken channels and recent dead letters to "what is wrong now"; `stats` gives the outbox depth and
the age of the oldest due row for the scheduler status.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import func, text
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col, select

from services.cep.delivery_models import DEAD, OUTBOX_STATUSES, PENDING, Channel, DeliveryAttempt, OutboxRow
from services.core import audit
from services.core.clock import utcnow
from services.core.errors import Conflict, NotFound, ValidationFailed
from services.core.pagination import Page, paginate
from services.core.registry import Problem
from services.core.security import Principal, require

READ, WRITE = "cep:read", "cep:write"
REPLAYABLE = (DEAD,)
DEAD_LETTER_WINDOW = timedelta(hours=24)


def _summary(payload: dict[str, Any]) -> str:
    rule = payload.get("rule") or {}
    parts = [str(rule.get("name") or "?"), str(payload.get("state") or "")]
    if payload.get("ci"):
        parts.append(str(payload["ci"]))
    return " · ".join(p for p in parts if p)[:300]


def _public_target(target: dict[str, Any]) -> dict[str, Any]:
    shown = dict(target)
    if isinstance(shown.get("headers"), dict):
        shown["headers"] = {name: audit.REDACTED for name in shown["headers"]}
    return audit.redact(shown)


def notification_view(row: OutboxRow, channel_name: str | None) -> dict[str, Any]:
    return {
        "id": row.id,
        "dedup_key": row.dedup_key,
        "group_key": row.group_key,
        "action_kind": row.action_kind,
        "channel_id": row.channel_id,
        "channel_name": channel_name,
        "summary": _summary(row.payload),
        "status": row.status,
        "attempts": row.attempts,
        "max_attempts": row.max_attempts,
        "next_attempt_at": row.next_attempt_at,
        "last_error": row.last_error,
        "last_error_class": row.last_error_class,
        "created_at": row.created_at,
        "delivered_at": row.delivered_at,
    }


def attempt_view(row: DeliveryAttempt) -> dict[str, Any]:
    return {
        "id": row.id,
        "attempt": row.attempt,
        "worker": row.worker,
        "ok": row.ok,
        "error_class": row.error_class,
        "response": row.response,
        "latency_ms": row.latency_ms,
        "started_at": row.started_at,
    }


def list_notifications(
    session: Session,
    *,
    actor: Principal,
    limit: int = 50,
    cursor: str | None = None,
    status: str | None = None,
    channel_id: int | None = None,
) -> Page:
    """Outbox rows, newest first, optionally by status and channel."""
    require(actor, READ)
    if status is not None and status not in OUTBOX_STATUSES:
        raise ValidationFailed(
            f"status: must be one of {', '.join(OUTBOX_STATUSES)}", details={"field": "status"}
        )
    query = select(OutboxRow, Channel.name).join(
        Channel, col(Channel.id) == col(OutboxRow.channel_id), isouter=True
    )
    if status:
        query = query.where(OutboxRow.status == status)
    if channel_id is not None:
        query = query.where(OutboxRow.channel_id == channel_id)
    return paginate(
        session,
        cast(Any, query),
        keys=[cast(ColumnElement[Any], col(OutboxRow.id))],
        limit=limit,
        cursor=cursor,
        descending=True,
        to_item=lambda pair: notification_view(pair[0], pair[1]),
    )


def _row(session: Session, outbox_id: int, *, lock: bool = False) -> OutboxRow:
    query = select(OutboxRow).where(OutboxRow.id == outbox_id)
    row = session.exec(query.with_for_update() if lock else query).first()
    if row is None:
        raise NotFound(
            f"unknown notification {outbox_id}", key="cep_notification_unknown", params={"id": outbox_id}
        )
    return row


def get_notification(session: Session, *, actor: Principal, outbox_id: int) -> dict[str, Any]:
    """One outbox row with its target (secrets masked), payload and every attempt."""
    require(actor, READ)
    row = _row(session, outbox_id)
    channel = session.get(Channel, row.channel_id) if row.channel_id is not None else None
    attempts = session.exec(
        select(DeliveryAttempt)
        .where(DeliveryAttempt.outbox_id == outbox_id)
        .order_by(col(DeliveryAttempt.id))
    ).all()
    return {
        **notification_view(row, channel.name if channel else None),
        "target": _public_target(row.target),
        "payload": row.payload,
        "log": [attempt_view(a) for a in attempts],
    }


def replay(session: Session, *, actor: Principal, outbox_id: int) -> OutboxRow:
    """Put a dead letter back in the queue with fresh attempts (same idempotency key)."""
    require(actor, WRITE)
    row = _row(session, outbox_id, lock=True)
    if row.status not in REPLAYABLE:
        raise Conflict(
            f"notification {outbox_id} is {row.status}; only dead letters can be replayed",
            details={"status": row.status},
            key="cep_notification_not_replayable",
            params={"status": row.status},
        )
    before = {"status": row.status, "attempts": row.attempts, "last_error_class": row.last_error_class}
    row.status, row.attempts, row.next_attempt_at = PENDING, 0, utcnow()
    session.add(row)
    audit.record(
        session,
        actor=actor.username,
        action="cep.notification.replay",
        entity_type="cep_outbox",
        entity_id=outbox_id,
        before=before,
        after={"status": PENDING},
    )
    from services.cep.outbox import wake
    from services.core.on_commit import on_commit

    on_commit(session, wake)
    return row


def stats(session: Session) -> dict[str, Any]:
    """Outbox depth by status and the age (s) of the oldest row due now."""
    counts = dict(
        session.execute(select(OutboxRow.status, func.count()).group_by(OutboxRow.status)).all()  # type: ignore[call-overload]
    )
    oldest = session.execute(
        text(
            "SELECT extract(epoch FROM now() - min(next_attempt_at)) FROM cep_outbox WHERE status = 'pending' AND next_attempt_at <= now()"
        )
    ).scalar()
    return {
        "by_status": {status: int(counts.get(status, 0)) for status in OUTBOX_STATUSES},
        "oldest_due_age_s": float(oldest) if oldest is not None else 0.0,
    }


def problems(session: Session, now: datetime) -> list[Problem]:
    """Broken channels (major) and dead letters of the last day (warning)."""
    found = [
        Problem(
            source="cep.channel",
            severity="major",
            summary=f"Notification channel '{channel.name}' is broken: its credentials were refused",
            since=channel.broken_at,
            link="/cep/channels",
            details={"channel_id": channel.id, "reason": channel.broken_reason},
        )
        for channel in session.exec(
            select(Channel).where(col(Channel.broken_at).is_not(None), col(Channel.deleted_at).is_(None))
        ).all()
    ]
    dead = session.execute(
        select(func.count(), func.min(OutboxRow.created_at)).where(
            OutboxRow.status == DEAD, col(OutboxRow.created_at) > now - DEAD_LETTER_WINDOW
        )
    ).one()
    if dead[0]:
        found.append(
            Problem(
                source="cep.outbox",
                severity="warning",
                summary=f"{dead[0]} notification(s) could not be delivered in the last 24 h (dead letters)",
                since=dead[1],
                link="/cep/notifications?status=dead",
                details={"count": int(dead[0])},
            )
        )
    return found

"""Durable Alertmanager aggregation groups: alerts join a group in their transition's transaction; a
flush writes the group's outbox rows.

`join` (called by `notify.record_transition`) upserts, for each route of the rule (`grouping.routes`:
the rule's timers, and each action's own), the route's group for the alert's group labels
(`grouping.group_labels`), bumps its `seq` and stamps it on the alert's membership row; a new group's
timer is `group_wait` (at once when the alert fired longer ago than that). A rule with several routes
takes a transaction lock on the rule first, so two evaluations never lock its groups in opposite
orders. `flush` runs at the timer, under the group row's lock: its members are its firing alerts plus
those that stopped firing since the last flush (their membership `seq` is newer than the group's
`flushed_seq`); silenced, inhibited and flapping members are left out (`muting`);
`grouping.needs_update` decides against the notification log kept on the row; the route's actions get
a message in the outbox in the same transaction; the timer moves on by `group_interval`, and a group
left without firing members goes idle (no timer: the next alert starts it again with a fresh
`group_wait`, as Alertmanager's new group would; the row and its log stay, as Alertmanager's
notification log outlives the group, and a flush never deletes what an evaluation may be joining).
`flush_due` claims due groups `FOR UPDATE SKIP LOCKED`, so every replica's notification loop may run
it and each group flushes once; an evaluation flushes a group it touched that is already due
(group_wait 0) before it commits. `delete_idle` (a leader job) removes groups idle for longer than
`cep_group_retention_seconds` after their last message.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from services.cep import grouping
from services.cep.models import CepAlert, CepAlertGroup, CepAlertGroupMember, CepRule
from services.cep.muting import Muting
from services.cep.schema import RuleSpec
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.leader import LockKey

FLUSH_BATCH = 50


def join(session: Session, *, rule: CepRule, spec: RuleSpec, alert: CepAlert, now: datetime) -> list[int]:
    """Put `alert` in its group on every route of the rule (created with its group_wait timer if
    new); the groups' ids."""
    assert rule.id is not None and alert.id is not None
    rule_routes = grouping.routes(spec)
    if len(rule_routes) > 1:
        lock = (int(LockKey.CEP_GROUP_ROUTES) << 32) | rule.id
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": lock})
    started = alert.fired_at or now
    ids = []
    for route in rule_routes:
        labels = grouping.group_labels(route.grouping.group_by, alert.labels)
        wait = timedelta(seconds=route.grouping.group_wait_seconds)
        row = session.execute(
            text(
                """
                INSERT INTO cep_alert_groups (group_key, rule_id, route, labels, next_flush_at, seq)
                VALUES (:key, :rule_id, :route, CAST(:labels AS jsonb), :first_flush, 1)
                ON CONFLICT (group_key) DO UPDATE SET seq = cep_alert_groups.seq + 1,
                    next_flush_at = coalesce(cep_alert_groups.next_flush_at, EXCLUDED.next_flush_at)
                RETURNING id, seq
                """
            ),
            {
                "key": grouping.group_key(rule.id, labels, route.key),
                "rule_id": rule.id,
                "route": route.key,
                "labels": json.dumps(labels),
                "first_flush": now if started + wait < now else now + wait,
            },
        ).one()
        session.execute(
            text(
                """
                INSERT INTO cep_alert_group_members (group_id, alert_id, seq) VALUES (:group_id, :alert_id, :seq)
                ON CONFLICT (group_id, alert_id) DO UPDATE SET seq = EXCLUDED.seq
                """
            ),
            {"group_id": row.id, "alert_id": alert.id, "seq": row.seq},
        )
        ids.append(int(row.id))
    return ids


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _alert_item(alert: CepAlert, firing: bool) -> dict[str, Any]:
    return {
        "id": alert.id,
        "status": "firing" if firing else "resolved",
        "labels": dict(alert.labels),
        "ci": alert.ci,
        "value": alert.value,
        "started_at": _iso(alert.fired_at or alert.active_at),
        "ended_at": None if firing else _iso(alert.resolved_at or alert.updated_at),
        "rca": (alert.context or {}).get("line"),
        "link": f"/cep/alerts?alert={alert.id}",
    }


def group_payload(
    rule: CepRule, spec: RuleSpec, group: CepAlertGroup, sent: list[CepAlert], firing: set[str], now: datetime
) -> dict[str, Any]:
    """The message context: the first alert's fields (as a single-alert message has them) plus the
    group's `alerts`, `group_labels` and counts."""
    from services.cep.notify import payload_of

    ordered = sorted(sent, key=lambda a: (a.fingerprint not in firing, a.fired_at or now, a.id or 0))
    head = ordered[0]
    status = "firing" if firing else "resolved"
    items = [_alert_item(a, a.fingerprint in firing) for a in ordered]
    n_firing = sum(1 for item in items if item["status"] == "firing")
    payload = payload_of(rule, spec, head, status, now)
    payload["rca"] = (head.context or {}).get("line")
    if len(items) > 1:
        payload["summary"] = f"{rule.name}: {n_firing} firing, {len(items) - n_firing} resolved"
    return {
        **payload,
        "group_key": group.group_key,
        "group_labels": dict(group.labels),
        "alerts": items,
        "firing_count": n_firing,
        "resolved_count": len(items) - n_firing,
    }


def _dedup_key(group: CepAlertGroup) -> str:
    return hashlib.sha256(f"group|{group.group_key}|{group.id}|{group.flushes}".encode()).hexdigest()


def flush(session: Session, group: CepAlertGroup, now: datetime, muting: Muting | None = None) -> list[int]:
    """One flush of a locked group (see the module docstring); the outbox ids it wrote."""
    rule = session.get(CepRule, group.rule_id)
    assert rule is not None and group.id is not None
    spec = RuleSpec.model_validate(rule.spec)
    route = grouping.route_of(spec, group.route)
    members = session.exec(
        select(CepAlert)
        .join(CepAlertGroupMember, col(CepAlertGroupMember.alert_id) == col(CepAlert.id))
        .where(col(CepAlertGroupMember.group_id) == group.id)
        .where((col(CepAlert.state) == "firing") | (col(CepAlertGroupMember.seq) > group.flushed_seq))
        .execution_options(populate_existing=True)
    ).all()
    muting = muting or Muting.load(session, now)
    shown = [
        a
        for a in members
        if not a.flapping
        and muting.silenced_by(a.labels) is None
        and muting.inhibited_by(a.rule_id, a.labels) is None
    ]
    firing = {a.fingerprint for a in shown if a.state == "firing"}
    resolved = {a.fingerprint for a in shown if a.state != "firing"}
    entry = None
    if group.notified_at is not None:
        entry = grouping.NotifyLog(
            frozenset(group.notified_firing), frozenset(group.notified_resolved), group.notified_at
        )
    reason = None
    if shown:  # Alertmanager's pipeline stops when every alert is muted: the log stays as it was
        reason = grouping.needs_update(
            entry,
            firing,
            resolved,
            send_resolved=spec.notify_resolved,
            repeat=timedelta(seconds=route.grouping.repeat_interval_seconds),
            now=now,
        )
    outbox_ids: list[int] = []
    group.flushes += 1
    if reason is not None:
        sent = shown if spec.notify_resolved else [a for a in shown if a.state == "firing"]
        if sent and route.actions:
            from services.cep import outbox

            payload = group_payload(rule, spec, group, sent, firing, now)
            payload["notify_reason"] = reason
            outbox_ids = outbox.enqueue(
                session,
                actions=[action.delivery() for action in route.actions],
                payload=payload,
                dedup_key=_dedup_key(group),
            )
        group.notified_firing, group.notified_resolved = sorted(firing), sorted(resolved)
        group.notified_at = now
    group.has_flushed, group.flushed_seq = True, group.seq
    if not any(a.state == "firing" for a in members):  # Alertmanager destroys the group: it goes idle
        group.next_flush_at, group.has_flushed = None, False  # the log stays, as Alertmanager's nflog does
        session.add(group)
    else:
        group.next_flush_at = now + timedelta(seconds=route.grouping.group_interval_seconds)
        session.add(group)
    session.flush()
    return outbox_ids


def flush_touched(session: Session, group_ids: set[int], now: datetime) -> list[int]:
    """Flush, in the caller's transaction, those of the groups it just joined that are due already."""
    ids: list[int] = []
    for group_id in sorted(group_ids):
        group = session.get(CepAlertGroup, group_id, populate_existing=True)
        if group is not None and group.next_flush_at is not None and group.next_flush_at <= now:
            ids += flush(session, group, now)
    return ids


def flush_due(limit: int = FLUSH_BATCH, now: datetime | None = None) -> int:
    """Flush every due group not locked by another transaction (one transaction); how many."""
    at = now or utcnow()
    with session_scope() as session:
        groups = session.exec(
            select(CepAlertGroup)
            .where(col(CepAlertGroup.next_flush_at) <= at)
            .order_by(col(CepAlertGroup.next_flush_at))
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        if groups:
            muting = Muting.load(session, at)
            for group in groups:
                flush(session, group, at, muting)
        return len(groups)


def delete_idle(now: datetime | None = None, retention: timedelta | None = None) -> int:
    """Delete the groups with no timer and no firing member whose last message (or creation, when
    none was sent) is older than the retention setting; how many. A group an evaluation is joining
    is locked by it and skipped."""
    from services.cep.rule_settings import GROUP_RETENTION
    from services.core import settings_registry

    at = now or utcnow()
    keep = retention or timedelta(seconds=float(settings_registry.get(GROUP_RETENTION)))
    with session_scope() as session:
        deleted = session.execute(
            text(
                """
                DELETE FROM cep_alert_groups WHERE id IN (
                    SELECT g.id FROM cep_alert_groups g
                    WHERE g.next_flush_at IS NULL AND coalesce(g.notified_at, g.created_at) < :before
                      AND NOT EXISTS (
                          SELECT 1 FROM cep_alert_group_members m JOIN cep_alerts a ON a.id = m.alert_id
                          WHERE m.group_id = g.id AND a.state = 'firing')
                    FOR UPDATE SKIP LOCKED)
                RETURNING id
                """
            ),
            {"before": at - keep},
        ).all()
        return len(deleted)

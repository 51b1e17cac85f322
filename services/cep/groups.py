"""Durable Alertmanager aggregation groups: alerts join a group in their transition's transaction; a
flush writes the group's outbox rows.

`join` (called once per evaluation with every alert that started or stopped firing) upserts, for each
route of the rule (`grouping.routes`: the rule's timers, each action's own, and the routes of channels
with their own grouping), the route's group for each alert's group labels (`grouping.group_labels`),
bumps its `seq` once per alert and stamps it on the alerts' membership rows — two statements in all; a new group's timer is `group_wait` (at once when the alert fired
longer ago than that). A rule with several routes takes a transaction lock on the rule first, so two
evaluations never lock its groups in opposite orders; a channel's groups, which every rule notifying
it joins, are guarded by the channel's lock, which evaluations take before any other
(`lock_channel_routes`). A channel's group sends its message through the notify action of its first
alert's rule; its timers are the channel's. `flush` runs at the timer, under the group rows' locks,
for many groups at once (members, rules and outbox rows each one statement): a group's members are
its firing alerts plus those that stopped firing since the last flush (their membership `seq` is newer than the group's
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
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from services.cep import grouping
from services.cep.bulk import rows_json
from services.cep.delivery_models import Channel
from services.cep.grouping import Route
from services.cep.models import CepAlert, CepAlertGroup, CepAlertGroupMember, CepRule
from services.cep.muting import Muting
from services.cep.notify import Rules, group_payload
from services.cep.schema import Grouping, RuleSpec
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.leader import LockKey

FLUSH_BATCH = 50


_TX_STATE = "cep_groups_tx"


def _tx_state(session: Session) -> dict[str, Any]:
    """Per-transaction memo: the shared channel groupings read and the channel locks taken."""
    tx = session.get_transaction()
    held = session.info.get(_TX_STATE)
    if held is None or held[0] is not tx:
        held = (tx, {"locked": set()})
        session.info[_TX_STATE] = held
    return held[1]


def shared_groupings(session: Session) -> dict[int, Grouping]:
    """Channel id → grouping of every live channel with its own grouping, read once per transaction
    (so the routes a transaction locks are the routes it joins)."""
    state = _tx_state(session)
    if "shared" not in state:
        rows = session.exec(
            select(Channel.id, Channel.grouping).where(
                col(Channel.grouping).is_not(None), col(Channel.deleted_at).is_(None)
            )
        ).all()
        state["shared"] = {int(cid): Grouping.model_validate(raw) for cid, raw in rows if cid is not None}
    return dict(state["shared"])


def lock_channel_routes(session: Session, specs: list[RuleSpec]) -> None:
    """Take, in channel id order, the transaction locks of the shared channel routes these rules join.

    A channel's groups are joined by many rules' evaluations, which lock other rows in their own
    orders; holding the channel's lock first (callers take it before any other lock of the
    evaluation) keeps two evaluations from locking a channel's groups in opposite orders."""
    wanted = set().union(*(grouping.notify_channels(spec) for spec in specs)) if specs else set()
    if not wanted:
        return
    state = _tx_state(session)
    for channel_id in sorted(wanted & set(shared_groupings(session)) - state["locked"]):
        lock = (int(LockKey.CEP_CHANNEL_GROUPS) << 32) | channel_id
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": lock})
        state["locked"].add(channel_id)


_UPSERT_GROUPS = text(
    """
    INSERT INTO cep_alert_groups (group_key, rule_id, channel_id, route, labels, next_flush_at, seq)
    SELECT u.key, u.rule_id, u.channel_id, u.route, u.labels, u.first_flush, u.joins
    FROM ROWS FROM (json_to_recordset(CAST(:rows AS json))
         AS (key text, rule_id int, channel_id int, route text, labels jsonb, first_flush timestamptz,
              joins bigint)) WITH ORDINALITY
         AS u(key, rule_id, channel_id, route, labels, first_flush, joins, n)
    ORDER BY u.n
    ON CONFLICT (group_key) DO UPDATE SET seq = cep_alert_groups.seq + EXCLUDED.seq,
        next_flush_at = coalesce(cep_alert_groups.next_flush_at, EXCLUDED.next_flush_at)
    RETURNING id, seq, group_key
    """
)  # rows in the caller's order: concurrent evaluations lock their groups in one order
_UPSERT_MEMBERS = text(
    """
    INSERT INTO cep_alert_group_members (group_id, alert_id, seq)
    SELECT * FROM unnest(CAST(:group_id AS bigint[]), CAST(:alert_id AS bigint[]), CAST(:seq AS bigint[]))
    ON CONFLICT (group_id, alert_id) DO UPDATE SET seq = EXCLUDED.seq
    """
)


def join(
    session: Session, *, rule: CepRule, spec: RuleSpec, alerts: list[CepAlert], now: datetime
) -> set[int]:
    """Put `alerts` in their groups on every route of the
    rule — a new group with its group_wait timer — in two statements, groups in key order; the groups'
    ids. Each join bumps its group's `seq`; a member's `seq` is its group's after all of them, newer than
    any flush saw."""
    assert rule.id is not None
    if not alerts or not spec.actions:
        return set()
    shared = shared_groupings(session) if grouping.notify_channels(spec) else {}
    rule_routes = grouping.routes(spec, shared)
    lock_channel_routes(session, [spec])  # a no-op when the evaluation took them first, as it should
    if sum(1 for route in rule_routes if route.channel_id is None) > 1:
        lock = (int(LockKey.CEP_GROUP_ROUTES) << 32) | rule.id
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": lock})
    rows: dict[str, dict[str, Any]] = {}  # group key → its row (the first joiner sets a new group's timer)
    members: list[tuple[str, int]] = []
    for route in rule_routes:
        wait = timedelta(seconds=route.grouping.group_wait_seconds)
        for alert in alerts:
            assert alert.id is not None
            labels = grouping.group_labels(route.grouping.group_by, alert.labels)
            key = (
                grouping.group_key(rule.id, labels, route.key)
                if route.channel_id is None
                else grouping.channel_group_key(route.channel_id, labels)
            )
            started = alert.fired_at or now
            row = rows.setdefault(
                key,
                {
                    "key": key,
                    "rule_id": rule.id if route.channel_id is None else None,
                    "channel_id": route.channel_id,
                    "route": route.key,
                    "labels": labels,
                    "first_flush": now if started + wait < now else now + wait,
                    "joins": 0,
                },
            )
            row["joins"] += 1
            members.append((key, alert.id))
    ordered = [rows[key] for key in sorted(rows)]  # one lock order for every evaluation
    upserted = {
        r.group_key: (int(r.id), int(r.seq))
        for r in session.execute(_UPSERT_GROUPS, {"rows": rows_json(ordered)})
    }
    unique = dict.fromkeys(members)
    session.execute(
        _UPSERT_MEMBERS,
        {
            "group_id": [upserted[key][0] for key, _ in unique],
            "alert_id": [alert_id for _, alert_id in unique],
            "seq": [upserted[key][1] for key, _ in unique],
        },
    )
    return {group_id for group_id, _ in upserted.values()}


def _dedup_key(group: CepAlertGroup) -> str:
    return hashlib.sha256(f"group|{group.group_key}|{group.id}|{group.flushes}".encode()).hexdigest()


def _rules(session: Session, rule_ids: set[int]) -> Rules:
    rows = session.exec(select(CepRule).where(col(CepRule.id).in_(rule_ids))).all()
    return {rule.id: (rule, RuleSpec.model_validate(rule.spec)) for rule in rows if rule.id is not None}


def _routes(session: Session, group: CepAlertGroup, rules: Rules) -> tuple[dict[int, Route], Grouping]:
    """The route each rule of `rules` (the group's and its members') sends this group's messages
    through, and the group's timers. A rule's own group follows that rule's route; a channel's group
    follows the channel's grouping and each member rule's notify action to the channel (a rule that no
    longer notifies the channel through its grouping — edited since, or the channel lost its grouping —
    has none)."""
    if group.channel_id is None:
        assert group.rule_id is not None
        if group.rule_id not in rules:
            return {}, Grouping()
        _, spec = rules[group.rule_id]
        shared = shared_groupings(session) if grouping.notify_channels(spec) else {}
        own = grouping.route_of(spec, group.route, shared)
        return {group.rule_id: own}, own.grouping
    shared = shared_groupings(session)
    by_rule = {
        rule_id: via
        for rule_id, (_, spec) in rules.items()
        if (via := grouping.channel_route_of(spec, group.channel_id, shared)) is not None
    }
    return by_rule, shared.get(group.channel_id, Grouping())


def _members(session: Session, groups: list[CepAlertGroup]) -> dict[int, list[CepAlert]]:
    """Group id → its members a flush looks at: its firing alerts and those that changed since its last
    flush (membership `seq` newer than the group's `flushed_seq`), freshly read, in one query."""
    rows = session.exec(
        select(CepAlert, CepAlertGroupMember.group_id)
        .join(CepAlertGroupMember, col(CepAlertGroupMember.alert_id) == col(CepAlert.id))
        .join(CepAlertGroup, col(CepAlertGroup.id) == col(CepAlertGroupMember.group_id))
        .where(col(CepAlertGroupMember.group_id).in_([g.id for g in groups]))
        .where(
            (col(CepAlert.state) == "firing")
            | (col(CepAlertGroupMember.seq) > col(CepAlertGroup.flushed_seq))
        )
        .order_by(col(CepAlertGroupMember.group_id), col(CepAlert.id))
        .execution_options(populate_existing=True)
    ).all()
    members: dict[int, list[CepAlert]] = {}
    for alert, group_id in rows:
        members.setdefault(group_id, []).append(alert)
    return members


Message = tuple[list[dict[str, Any]], dict[str, Any], str]  # actions, payload, dedup key (outbox.enqueue)


def _flush_one(
    session: Session,
    group: CepAlertGroup,
    members: list[CepAlert],
    rules: Rules,
    muting: Muting,
    now: datetime,
) -> Message | None:
    """One flush of a locked group, in memory (see the module docstring): the group's log and timer
    move on; the message to enqueue, if it notifies."""
    by_rule, timers = _routes(session, group, {r: rules[r] for r in _rule_ids(group, members) if r in rules})
    members = [a for a in members if a.rule_id in by_rule]
    shown = [
        a
        for a in members
        if not a.flapping
        and muting.silenced_by(a.labels, at=now) is None
        and muting.inhibited_by(a.rule_id, a.labels) is None
    ]

    def key(alert: CepAlert) -> str:  # fingerprints are per rule; a channel's group spans rules
        return alert.fingerprint if group.channel_id is None else f"{alert.rule_id}/{alert.fingerprint}"

    firing = {key(a) for a in shown if a.state == "firing"}
    resolved = {key(a) for a in shown if a.state != "firing" and rules[a.rule_id][1].notify_resolved}
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
            send_resolved=True,  # `resolved` holds only alerts whose rule sends resolved notices
            repeat=timedelta(seconds=timers.repeat_interval_seconds),
            now=now,
        )
    message: Message | None = None
    group.flushes += 1
    if reason is not None:
        sent = sorted(
            (a for a in shown if key(a) in firing or key(a) in resolved),
            key=lambda a: (key(a) not in firing, a.fired_at or now, a.id or 0),
        )
        actions = by_rule[sent[0].rule_id].actions if sent else ()
        if actions:
            payload = group_payload(rules, group, sent, [key(a) in firing for a in sent], now)
            payload["notify_reason"] = reason
            message = ([action.delivery() for action in actions], payload, _dedup_key(group))
        group.notified_firing, group.notified_resolved = sorted(firing), sorted(resolved)
        group.notified_at = now
    group.has_flushed, group.flushed_seq = True, group.seq
    if not any(a.state == "firing" for a in members):  # Alertmanager destroys the group: it goes idle
        group.next_flush_at, group.has_flushed = None, False  # the log stays, as Alertmanager's nflog does
    else:
        group.next_flush_at = now + timedelta(seconds=timers.group_interval_seconds)
    session.add(group)
    return message


def _rule_ids(group: CepAlertGroup, members: list[CepAlert]) -> set[int]:
    """The rules a group's flush reads: a rule's own group its rule's, a channel's group its members'."""
    if group.channel_id is None:
        assert group.rule_id is not None
        return {group.rule_id}
    return {a.rule_id for a in members}


def flush(
    session: Session, groups: list[CepAlertGroup], now: datetime, muting: Muting | None = None
) -> list[int]:
    """One flush of each of the locked `groups` (see the module docstring), set-based: their members in
    one query, their rules in one, every message in one outbox insert; the outbox ids written."""
    if not groups:
        return []
    from services.cep import outbox

    members = _members(session, groups)
    rules = _rules(session, set().union(*(_rule_ids(g, members.get(g.id or 0, [])) for g in groups)))
    muting = muting or Muting.load(session, now)
    messages = [
        message
        for group in groups
        if (message := _flush_one(session, group, members.get(group.id or 0, []), rules, muting, now))
    ]
    ids = outbox.enqueue_many(session, messages)
    session.flush()
    return ids


def flush_touched(
    session: Session, group_ids: set[int], now: datetime, muting: Muting | None = None
) -> list[int]:
    """Flush, in the caller's transaction, those of the groups it just joined that are due already."""
    if not group_ids:
        return []
    due = session.exec(
        select(CepAlertGroup)
        .where(col(CepAlertGroup.id).in_(group_ids), col(CepAlertGroup.next_flush_at) <= now)
        .order_by(col(CepAlertGroup.id))
        .execution_options(populate_existing=True)
    ).all()
    return flush(session, list(due), now, muting)


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
        flush(session, list(groups), at)
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

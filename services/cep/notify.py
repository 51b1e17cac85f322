"""What a transition does to notifications, in the transition's transaction.

An alert that starts or stops firing joins its notification groups (`joins_groups`; the evaluation
calls `groups.join` for all its alerts at once: one group per route); a flush
sends the message (Alertmanager's grouping, see `services.cep.groups`). The transition's note records
how things stood: `grouped`, `silenced:<silence id>`, `inhibited:<alert id>` (`muting`), `flapping`.
More than the rule's `flap.max_transitions` firing/resolved changes within `flap.window_seconds` marks
the instance flapping: one `flapping` notice straight to the outbox (dedup key of rule, fingerprint,
status and moment), then the alert is left out of its group's messages until it settles.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy import func, text
from sqlmodel import Session, col, select

from services.cep import explain
from services.cep.bulk import rows_json
from services.cep.explain import question
from services.cep.models import CepAlert, CepAlertGroup, CepRule, CepTransition
from services.cep.muting import Muting
from services.cep.reads import ops_link
from services.cep.schema import RuleSpec


def alert_labels(rule: CepRule, spec: RuleSpec, identity: dict[str, str]) -> dict[str, str]:
    """The instance's labels as Alertmanager sees them: series labels, rule labels, alertname, severity."""
    return {**identity, **spec.labels, "alertname": rule.name, "severity": spec.severity}


def dedup_key(rule_id: int, fingerprint: str, status: str, episode: datetime | None) -> str:
    """One key per rule, instance, status and episode: enqueueing it twice sends once."""
    raw = f"{rule_id}|{fingerprint}|{status}|{episode.isoformat() if episode else '-'}"
    return hashlib.sha256(raw.encode()).hexdigest()


def payload_of(rule: CepRule, spec: RuleSpec, alert: CepAlert, status: str, now: datetime) -> dict[str, Any]:
    """The notification context documented in services/cep/templates.py (`CONTEXT_DOC`)."""

    def iso(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment else None

    where = f" on {alert.ci}" if alert.ci else ""
    value = f" (value {alert.value:g})" if alert.value is not None else ""
    return {
        "rule": {
            "id": rule.id,
            "name": rule.name,
            "severity": spec.severity,
            "owner": spec.owner,
            "runbook_url": spec.runbook_url,
            "revision": alert.rule_revision,
            "labels": dict(spec.labels),
        },
        "instance": {
            "id": alert.id,
            "key": alert.fingerprint,
            "state": alert.state,
            "acknowledged": alert.ack_at is not None,
        },
        "labels": dict(alert.labels),
        "annotations": dict(spec.annotations),
        "value": alert.value,
        "threshold": spec.condition.threshold,
        "state": status,
        "severity": spec.severity,
        "ci": alert.ci,
        "started_at": iso(alert.fired_at or alert.active_at),
        "ended_at": iso(alert.resolved_at) if status == "resolved" else None,
        "links": {
            "instance": f"/cep/alerts?alert={alert.id}",
            "rule": f"/cep/rules/{rule.id}",
            "ops": ops_link(question(alert.ci, alert.fired_at)) if alert.ci and alert.fired_at else "/ops",
        },
        "rca": None,
        "summary": f"{rule.name} {status}{where}{value}",
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _alert_item(alert: CepAlert, firing: bool, rule_name: str) -> dict[str, Any]:
    return {
        "id": alert.id,
        "rule": rule_name,
        "status": "firing" if firing else "resolved",
        "labels": dict(alert.labels),
        "ci": alert.ci,
        "value": alert.value,
        "started_at": _iso(alert.fired_at or alert.active_at),
        "ended_at": None if firing else _iso(alert.resolved_at or alert.updated_at),
        "rca": (alert.context or {}).get("line"),
        "link": f"/cep/alerts?alert={alert.id}",
    }


Rules = dict[int, tuple[CepRule, RuleSpec]]


def group_payload(
    rules: Rules, group: CepAlertGroup, ordered: list[CepAlert], firing: list[bool], now: datetime
) -> dict[str, Any]:
    """The message context: the first alert's fields (as a single-alert message has them, its rule's
    included) plus the group's `alerts` (each naming its rule), `group_labels` and counts."""
    head = ordered[0]
    rule, spec = rules[head.rule_id]
    items = [_alert_item(a, up, rules[a.rule_id][0].name) for a, up in zip(ordered, firing, strict=True)]
    n_firing = sum(firing)
    payload = payload_of(rule, spec, head, "firing" if n_firing else "resolved", now)
    payload["rca"] = (head.context or {}).get("line")
    if len(items) > 1:
        names = " / ".join(dict.fromkeys(item["rule"] for item in items))
        payload["summary"] = f"{names}: {n_firing} firing, {len(items) - n_firing} resolved"
    return {
        **payload,
        "group_key": group.group_key,
        "group_labels": dict(group.labels),
        "alerts": items,
        "firing_count": n_firing,
        "resolved_count": len(items) - n_firing,
    }


def recent_changes(session: Session, alert_ids: list[int], since: datetime) -> dict[int, int]:
    """{alert id: its firing/resolved transitions after `since`} for the alerts that have any (one
    query for an evaluation's instances: the flap count of each)."""
    if not alert_ids:
        return {}
    query = (
        select(CepTransition.alert_id, func.count())
        .where(
            col(CepTransition.alert_id).in_(alert_ids),
            col(CepTransition.at) > since,
            col(CepTransition.to_state).in_(("firing", "resolved")),
        )
        .group_by(col(CepTransition.alert_id))
    )
    return {int(alert_id): int(count) for alert_id, count in session.exec(query).all()}


def notice(spec: RuleSpec, from_state: str, to_state: str) -> str | None:
    """What a transition announces ("firing" or "resolved") under `spec`, or None for a silent one."""
    if to_state == "firing":
        return "firing"
    if to_state == "resolved" and from_state == "firing" and spec.notify_resolved:
        return "resolved"
    return None


def record_transition(
    session: Session,
    *,
    rule: CepRule,
    spec: RuleSpec,
    alert: CepAlert,
    from_state: str,
    to_state: str,
    now: datetime,
    epoch: int | None,
    recent: int,
    muting: Muting | None = None,
) -> dict[str, Any]:
    """The transition's row, for `insert_transitions` (the caller joins the alert's notification groups:
    `joins_groups`).

    `recent`: the alert's firing/resolved transitions within the rule's flap window before this one
    (`recent_changes`). What the transition's note says (silenced, inhibited, flapping, grouped) is
    how things stood at this moment; the group's flush decides again when it sends."""
    assert rule.id is not None and alert.id is not None
    status = notice(spec, from_state, to_state)
    flap = spec.flap
    if flap.max_transitions and to_state in ("firing", "resolved"):
        count = recent + 1
        if count > flap.max_transitions and not alert.flapping:
            alert.flapping = True
            status = "flapping"
        elif count > flap.max_transitions:
            status = "flapping_muted" if status else None
        elif alert.flapping:
            alert.flapping = False
    notification, outbox_ids = "none", []
    muting = muting or Muting.load(session, now)
    silence = muting.silenced_by(alert.labels, at=now) if status else None
    inhibitor = muting.inhibited_by(rule.id, alert.labels) if status and silence is None else None
    if status == "flapping_muted":
        notification = "flapping"
    elif silence is not None:
        notification = f"silenced:{silence.id}"
    elif inhibitor is not None:
        notification = f"inhibited:{inhibitor.alert_id}"
    elif status == "flapping" and spec.actions:
        from services.cep import outbox

        outbox_ids = outbox.enqueue(
            session,
            actions=[action.delivery() for action in spec.actions],
            payload=payload_of(rule, spec, alert, status, now),
            dedup_key=dedup_key(rule.id, alert.fingerprint, status, now),
        )
        notification = "flapping_notice"
    elif status and joins_groups(spec, from_state, to_state):
        notification = "grouped"
    if to_state == "firing":
        explain.after_firing(session, alert=alert, spec=spec)
    return {
        "alert_id": alert.id,
        "rule_id": rule.id,
        "from_state": from_state,
        "to_state": to_state,
        "at": now,
        "value": alert.value,
        "rule_revision": alert.rule_revision,
        "notification": notification,
        "outbox_ids": outbox_ids,
        "epoch": epoch,
    }


_INSERT_TRANSITIONS = text(
    """
    INSERT INTO cep_transitions (alert_id, rule_id, from_state, to_state, at, value, rule_revision,
                                 notification, outbox_ids, epoch)
    SELECT u.alert_id, u.rule_id, u.from_state, u.to_state, u.at, u.value, u.rule_revision, u.notification,
           u.outbox_ids, u.epoch
    FROM ROWS FROM (json_to_recordset(CAST(:rows AS json))
         AS (alert_id int, rule_id int, from_state text, to_state text, at timestamptz, value float8,
              rule_revision int, notification text, outbox_ids jsonb, epoch int)) WITH ORDINALITY
         AS u(alert_id, rule_id, from_state, to_state, at, value, rule_revision, notification,
              outbox_ids, epoch, n)
    ORDER BY u.n
    """
)  # ids in the order recorded


def insert_transitions(session: Session, rows: list[dict[str, Any]]) -> None:
    """Write an evaluation's transitions (`record_transition`'s rows), in order, in one statement."""
    if rows:
        session.execute(_INSERT_TRANSITIONS, {"rows": rows_json(rows)})


def joins_groups(spec: RuleSpec, from_state: str, to_state: str) -> bool:
    """Whether the transition puts the alert in its notification groups (`groups.join`): it starts or
    stops firing, and the rule has actions (every action belongs to a route)."""
    return bool(spec.actions) and "firing" in (from_state, to_state)

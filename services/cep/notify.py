"""What a transition sends: silences, flap detection and the outbox rows, in the transition's transaction.

`firing` and (with `notify_resolved`) `resolved` transitions notify the rule's actions through
`outbox.enqueue` with a dedup key of rule, fingerprint, status and episode (`active_at`), so a
repeated enqueue for the same episode is a no-op. A silence whose matchers all match the alert's
labels and whose window covers `now` turns the notice into `silenced`. More than the rule's
`flap.max_transitions` firing/resolved changes within `flap.window_seconds` marks the instance flapping: one
`flapping` notice, then silence until it settles (its next notice is sent normally).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from services.cep import explain
from services.cep.explain import question
from services.cep.models import CepAlert, CepRule, CepSilence, CepTransition
from services.cep.reads import ops_link
from services.cep.schema import Matcher, RuleSpec


def alert_labels(rule: CepRule, spec: RuleSpec, identity: dict[str, str]) -> dict[str, str]:
    """The instance's labels as Alertmanager sees them: series labels, rule labels, alertname, severity."""
    return {**identity, **spec.labels, "alertname": rule.name, "severity": spec.severity}


def active_silence(session: Session, labels: dict[str, str], now: datetime) -> CepSilence | None:
    """The first silence covering `now` whose matchers all match `labels`."""
    silences = session.exec(
        select(CepSilence).where(col(CepSilence.starts_at) <= now, col(CepSilence.ends_at) > now)
    ).all()
    for silence in silences:
        matchers = [Matcher.model_validate(m) for m in silence.matchers]
        if matchers and all(m.matches(labels) for m in matchers):
            return silence
    return None


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


def _recent_transitions(session: Session, alert_id: int, since: datetime) -> int:
    query = select(func.count()).where(
        col(CepTransition.alert_id) == alert_id,
        col(CepTransition.at) > since,
        col(CepTransition.to_state).in_(("firing", "resolved")),
    )
    return int(session.exec(query).one())


def _notice(spec: RuleSpec, from_state: str, to_state: str) -> str | None:
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
) -> CepTransition:
    """Persist the transition and enqueue its notification (or say why none was sent)."""
    assert rule.id is not None and alert.id is not None
    status = _notice(spec, from_state, to_state)
    flap = spec.flap
    if flap.max_transitions and to_state in ("firing", "resolved"):
        count = _recent_transitions(session, alert.id, now - timedelta(seconds=flap.window_seconds)) + 1
        if count > flap.max_transitions and not alert.flapping:
            alert.flapping = True
            status = "flapping"
        elif count > flap.max_transitions:
            status = "flapping_muted" if status else None
        elif alert.flapping:
            alert.flapping = False
    notification, outbox_ids = "none", []
    if status == "flapping_muted":
        notification = "flapping"
    elif status:
        silence = active_silence(session, alert.labels, now)
        if silence is not None:
            notification = f"silenced:{silence.id}"
        elif spec.actions:
            from services.cep import outbox

            episode = now if status == "flapping" else alert.active_at
            outbox_ids = outbox.enqueue(
                session,
                actions=[action.model_dump(mode="json") for action in spec.actions],
                payload=payload_of(rule, spec, alert, status, now),
                dedup_key=dedup_key(rule.id, alert.fingerprint, status, episode),
            )
            notification = "queued" if status != "flapping" else "flapping_notice"
    if to_state == "firing":
        explain.after_firing(session, alert=alert, spec=spec, outbox_ids=list(outbox_ids))
    row = CepTransition(
        alert_id=alert.id,
        rule_id=rule.id,
        from_state=from_state,
        to_state=to_state,
        at=now,
        value=alert.value,
        rule_revision=alert.rule_revision,
        notification=notification,
        outbox_ids=list(outbox_ids),
        epoch=epoch,
    )
    session.add(row)
    return row

"""Alert instances (list, detail, acknowledge), silences, dry runs and the dashboard's view of alerts."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Select, func
from sqlmodel import Session, col, select

from services.cep import engine, sources
from services.cep.models import CepAlert, CepRule, CepSilence, CepTransition
from services.cep.muting import Muting
from services.cep.reads import (
    AlertDetail,
    AlertRead,
    DryRunInstance,
    DryRunResult,
    InhibitedBy,
    SilenceRead,
    TransitionRead,
    alert_read,
    silence_read,
)
from services.cep.schema import Matcher, RuleSpec
from services.cep.service import READ, WRITE
from services.core import audit
from services.core.clock import utcnow
from services.core.errors import NotFound, ValidationFailed
from services.core.pagination import Page, paginate
from services.core.registry import Problem
from services.core.security import Principal, require

STATE_ORDER = {"firing": 0, "pending": 1, "resolved": 2, "inactive": 3}


def _alert(session: Session, alert_id: int) -> CepAlert:
    alert = session.get(CepAlert, alert_id)
    if alert is None:
        raise NotFound(
            f"alert {alert_id} not found",
            details={"field": "alert_id"},
            key="cep_alert_not_found",
            params={"id": alert_id},
        )
    return alert


def _view(muting: Muting, alert: CepAlert, rule_name: str) -> AlertRead:
    """The alert with what mutes it now (only pending and firing alerts are muted)."""
    if alert.state not in ("pending", "firing"):
        return alert_read(alert, rule_name)
    silence = muting.silenced_by(alert.labels)
    inhibitor = muting.inhibited_by(alert.rule_id, alert.labels)
    inhibited = (
        InhibitedBy(alert_id=inhibitor.alert_id, rule_id=inhibitor.rule_id, rule_name=inhibitor.rule_name)
        if inhibitor
        else None
    )
    return alert_read(alert, rule_name, silence.id if silence else None, inhibited)


def list_alerts(
    session: Session,
    *,
    limit: int,
    cursor: str | None = None,
    state: str | None = None,
    severity: str | None = None,
    rule_id: int | None = None,
    alert_id: int | None = None,
) -> Page[AlertRead]:
    """Alert instances, newest change first; `state` filters (firing, pending, resolved, inactive),
    `alert_id` picks one (a link to an instance)."""
    query = select(CepAlert, CepRule.name).join(CepRule, col(CepRule.id) == col(CepAlert.rule_id))
    if alert_id is not None:
        query = query.where(col(CepAlert.id) == alert_id)
    if state:
        query = query.where(col(CepAlert.state) == state)
    if severity:
        query = query.where(col(CepAlert.severity) == severity)
    if rule_id is not None:
        query = query.where(col(CepAlert.rule_id) == rule_id)
    muting = Muting.load(session, utcnow())
    return paginate(
        session,
        cast(Select[Any], query),
        keys=[col(CepAlert.updated_at), col(CepAlert.id)],
        limit=limit,
        cursor=cursor,
        descending=True,
        to_item=lambda row: _view(muting, *row),
    )


def get_alert(session: Session, alert_id: int) -> AlertDetail:
    alert = _alert(session, alert_id)
    rule = session.get(CepRule, alert.rule_id)
    transitions = session.exec(
        select(CepTransition)
        .where(col(CepTransition.alert_id) == alert_id)
        .order_by(col(CepTransition.id).desc())
        .limit(100)
    ).all()
    view = _view(Muting.load(session, utcnow()), alert, rule.name if rule else "?")
    return AlertDetail(
        **view.model_dump(),
        transitions=[
            TransitionRead(
                from_state=t.from_state,
                to_state=t.to_state,
                at=t.at,
                value=t.value,
                notification=t.notification,
                rule_revision=t.rule_revision,
            )
            for t in transitions
        ],
    )


def acknowledge(session: Session, *, actor: Principal, alert_id: int, comment: str = "") -> CepAlert:
    """Acknowledge the alert's current episode (a new episode clears it)."""
    require(actor, WRITE)
    alert = _alert(session, alert_id)
    if alert.state not in ("pending", "firing"):
        raise ValidationFailed(
            f"alert {alert_id} is {alert.state}; only pending or firing alerts can be acknowledged",
            details={"field": "alert_id"},
            key="cep_alert_not_active",
            params={"state": alert.state},
        )
    alert.ack_by, alert.ack_at, alert.ack_comment = actor.username, utcnow(), comment
    session.add(alert)
    audit.record(
        session,
        actor=actor.username,
        action="cep.alert.ack",
        entity_type="cep_alert",
        entity_id=alert_id,
        after={"comment": comment},
    )
    return alert


# --- silences ------------------------------------------------------------------------------------------


def create_silence(
    session: Session,
    *,
    actor: Principal,
    matchers: list[Matcher],
    ends_at: datetime,
    starts_at: datetime | None = None,
    comment: str = "",
) -> CepSilence:
    """A silence over `matchers` from `starts_at` (default now) to `ends_at`."""
    require(actor, WRITE)
    start = starts_at or utcnow()
    if ends_at <= start:
        raise ValidationFailed(
            "ends_at must be after starts_at", details={"field": "ends_at"}, key="cep_silence_window"
        )
    silence = CepSilence(
        matchers=[m.model_dump() for m in matchers],
        starts_at=start,
        ends_at=ends_at,
        author=actor.username,
        comment=comment,
    )
    session.add(silence)
    session.flush()
    audit.record(
        session,
        actor=actor.username,
        action="cep.silence.create",
        entity_type="cep_silence",
        entity_id=silence.id,
        after={
            "matchers": silence.matchers,
            "starts_at": start.isoformat(),
            "ends_at": ends_at.isoformat(),
            "comment": comment,
        },
    )
    return silence


def alert_matchers(session: Session, alert_id: int) -> list[Matcher]:
    """Equality matchers on every label of the alert (what "silence this alert" starts from)."""
    alert = _alert(session, alert_id)
    return [Matcher(name=name, op="=", value=value) for name, value in sorted(alert.labels.items())]


def silence_alert(
    session: Session, *, actor: Principal, alert_id: int, duration_seconds: int, comment: str
) -> CepSilence:
    """Silence exactly this alert's labels for `duration_seconds`."""
    matchers = alert_matchers(session, alert_id)
    now = utcnow()
    return create_silence(
        session,
        actor=actor,
        matchers=matchers,
        ends_at=now + timedelta(seconds=duration_seconds),
        starts_at=now,
        comment=comment,
    )


def expire_silence(session: Session, *, actor: Principal, silence_id: int) -> CepSilence:
    """End a silence now."""
    require(actor, WRITE)
    silence = session.get(CepSilence, silence_id)
    if silence is None:
        raise NotFound(
            f"silence {silence_id} not found",
            details={"field": "silence_id"},
            key="cep_silence_not_found",
            params={"id": silence_id},
        )
    now = utcnow()
    if silence.ends_at > now:
        silence.ends_at = max(now, silence.starts_at + timedelta(microseconds=1))
        session.add(silence)
        audit.record(
            session,
            actor=actor.username,
            action="cep.silence.expire",
            entity_type="cep_silence",
            entity_id=silence_id,
        )
    return silence


def list_silences(
    session: Session,
    *,
    limit: int,
    cursor: str | None = None,
    active_only: bool = False,
    expired_only: bool = False,
) -> Page[SilenceRead]:
    """Silences, newest first: those not yet over (`active_only`: active or pending) or over."""
    now = utcnow()
    query = select(CepSilence)
    if active_only:
        query = query.where(col(CepSilence.ends_at) > now)
    if expired_only:
        query = query.where(col(CepSilence.ends_at) <= now)
    return paginate(
        session,
        query,
        keys=[col(CepSilence.id)],
        limit=limit,
        cursor=cursor,
        descending=True,
        to_item=lambda silence: silence_read(silence, now),
    )


# --- dry run -------------------------------------------------------------------------------------------


def dry_run(
    session: Session, *, actor: Principal, spec: RuleSpec, value: float | None, now: datetime | None = None
) -> DryRunResult:
    """Evaluate a draft rule against `value`, or against the source's latest data; nothing is stored."""
    require(actor, READ)
    at = now or utcnow()
    cond = spec.condition
    if value is not None:
        readings = [sources.Sample({}, value)]
    elif spec.source is None:
        raise ValidationFailed(
            "an event rule needs a value to test against", details={"field": "value"}, key="cep_dry_run_value"
        )
    else:
        try:
            readings = sources.read(session, spec.source, cond, at)
        except sources.SourceError as exc:
            return DryRunResult(instances=[], error=str(exc))
    out = []
    for sample in readings:
        active = (
            engine.policy_observation(cond.no_data)
            if sample.value is None
            else engine.compare(cond, sample.value)
        )
        out.append(
            DryRunInstance(
                labels=sample.labels,
                value=sample.value,
                active=active,
                would_fire_after_seconds=cond.for_seconds if active else None,
            )
        )
    return DryRunResult(instances=out)


# --- dashboard ------------------------------------------------------------------------------------------


def count_firing(session: Session) -> int:
    """Alert instances firing now."""
    return int(
        session.exec(select(func.count()).select_from(CepAlert).where(col(CepAlert.state) == "firing")).one()
    )


def _internal_metric(spec: Mapping[str, Any]) -> str | None:
    source = spec.get("source") or {}
    return source.get("metric") if source.get("kind") == "internal" else None


def firing_problems(session: Session, now: datetime) -> list[Problem]:
    """Firing alerts as "what is wrong now", most severe and oldest first; an alert of an internal-store
    rule names its metric, so OPS shows a breach it already found once."""
    rows = session.exec(
        select(CepAlert, CepRule.name, CepRule.spec)
        .join(CepRule, col(CepRule.id) == col(CepAlert.rule_id))
        .where(col(CepAlert.state) == "firing")
        .order_by(col(CepAlert.fired_at))
        .limit(200)
    ).all()
    problems = [
        Problem(
            source="cep.alert",
            severity=alert.severity,
            summary=f"{name}{' on ' + alert.ci if alert.ci else ''}"
            + (f" (value {alert.value:g})" if alert.value is not None else ""),
            ci=alert.ci,
            since=alert.fired_at,
            link=f"/cep/alerts?alert={alert.id}",
            details={
                "alert_id": alert.id,
                "rule": name,
                "acknowledged": alert.ack_at is not None,
                "labels": alert.labels,
                "rca": (alert.context or {}).get("line"),  # the attached root-cause line (or None)
                "metric": _internal_metric(spec),
            },
        )
        for alert, name, spec in rows
    ]
    rank = {s: i for i, s in enumerate(("critical", "major", "minor", "warning", "info"))}
    return sorted(problems, key=lambda p: (rank.get(p.severity, 9), p.since or now))

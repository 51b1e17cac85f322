"""Alert health as the other views show it: firing alerts for the dashboard, the worst firing severity
per CI (CI list, dependency graph), and the thresholds and alert transitions of one CI (metric charts).

Read-only; every function takes an open session and returns plain data (no Reflex, no pydantic).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from services.cep.models import CepAlert, CepRule, CepTransition

SEVERITY_ORDER = ("critical", "major", "minor", "warning", "info")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITY_ORDER)}
OK = "ok"
MAX_FIRING = 200
MAX_TRANSITIONS = 200


def firing_alerts(session: Session, now: datetime, limit: int = 50) -> list[dict[str, Any]]:
    """Firing alerts, most severe then oldest first: id, rule, severity, ci, fired_at, age_seconds,
    acknowledged, ack_by, value, summary (the rule's annotation), rca (the attached root-cause line)."""
    rows = session.exec(
        select(CepAlert, CepRule)
        .join(CepRule, col(CepRule.id) == col(CepAlert.rule_id))
        .where(col(CepAlert.state) == "firing")
        .order_by(col(CepAlert.fired_at))
        .limit(MAX_FIRING)
    ).all()
    alerts = [
        {
            "id": alert.id,
            "rule": rule.name,
            "severity": alert.severity,
            "ci": alert.ci,
            "fired_at": alert.fired_at,
            "age_seconds": max(0, int((now - alert.fired_at).total_seconds())) if alert.fired_at else 0,
            "acknowledged": alert.ack_at is not None,
            "ack_by": alert.ack_by,
            "value": alert.value,
            "summary": str((rule.spec.get("annotations") or {}).get("summary", "")),
            "rca": (alert.context or {}).get("line"),  # the attached root-cause line, when ready
        }
        for alert, rule in rows
    ]
    return sorted(alerts, key=_worst_oldest)[:limit]


def _worst_oldest(alert: dict[str, Any]) -> tuple[int, int]:
    return SEVERITY_RANK.get(alert["severity"], 9), -int(alert["age_seconds"])


def severity_counts(alerts: list[dict[str, Any]]) -> dict[str, int]:
    """How many of `alerts` per severity, in severity order (severities without alerts left out)."""
    counts = {name: 0 for name in SEVERITY_ORDER}
    for alert in alerts:
        counts[alert["severity"]] = counts.get(alert["severity"], 0) + 1
    return {name: n for name, n in counts.items() if n}


def ci_health(session: Session, names: list[str] | None = None) -> dict[str, str]:
    """The worst firing severity per CI (of `names`, or of every CI with a firing alert)."""
    query = select(CepAlert.ci, CepAlert.severity).where(
        col(CepAlert.state) == "firing", col(CepAlert.ci).is_not(None)
    )
    if names is not None:
        query = query.where(col(CepAlert.ci).in_(names))
    worst: dict[str, str] = {}
    for ci, severity in session.exec(query).all():
        assert ci is not None
        if ci not in worst or SEVERITY_RANK.get(severity, 9) < SEVERITY_RANK.get(worst[ci], 9):
            worst[ci] = severity
    return worst


def worst_first(health: dict[str, str]) -> list[str]:
    """CI names of a `ci_health` map, worst severity first, then by name."""
    return sorted(health, key=lambda name: (SEVERITY_RANK.get(health[name], 9), name))


def rule_thresholds(
    session: Session, ci: str, ci_type: str, environment: str
) -> dict[str, list[dict[str, Any]]]:
    """Per metric, the thresholds of enabled internal-source rules aimed at this CI (by name or by a
    selector of its type/environment, or one with an alert on it): [{"rule", "severity", "op", "value"}]."""
    out: dict[str, list[dict[str, Any]]] = {}
    for rule in session.exec(select(CepRule).where(col(CepRule.enabled))).all():
        source = rule.spec.get("source") or {}
        condition = rule.spec.get("condition") or {}
        if source.get("kind") != "internal" or condition.get("threshold") is None:
            continue
        selector = source.get("selector") or {}
        aimed = source.get("ci") == ci or (
            not source.get("ci")
            and selector.get("type") in (None, ci_type)
            and selector.get("environment") in (None, environment)
            and not selector.get("labels")
            and not selector.get("owner")
        )
        if not aimed and not _has_alert_on(session, rule.id, ci):
            continue
        values = [condition["threshold"]]
        if condition.get("threshold_high") is not None:
            values.append(condition["threshold_high"])
        out.setdefault(source["metric"], []).extend(
            {"rule": rule.name, "severity": rule.severity, "op": condition.get("op", ""), "value": float(v)}
            for v in values
        )
    return out


def _has_alert_on(session: Session, rule_id: int | None, ci: str) -> bool:
    """Whether the rule has an alert instance on `ci` (a label selector matched it)."""
    query = select(CepAlert.id).where(col(CepAlert.rule_id) == rule_id, col(CepAlert.ci) == ci)
    return session.exec(query.limit(1)).first() is not None


def ci_transitions(session: Session, ci: str, start: datetime, end: datetime) -> list[dict[str, Any]]:
    """Alert transitions on `ci` in [start, end], oldest first: at, rule, severity, from_state, to_state."""
    rows = session.exec(
        select(CepTransition, CepAlert.severity, CepRule.name)
        .join(CepAlert, col(CepAlert.id) == col(CepTransition.alert_id))
        .join(CepRule, col(CepRule.id) == col(CepTransition.rule_id))
        .where(col(CepAlert.ci) == ci, col(CepTransition.at) >= start, col(CepTransition.at) <= end)
        .where(col(CepTransition.to_state).in_(("firing", "resolved")))
        .order_by(col(CepTransition.at))
        .limit(MAX_TRANSITIONS)
    ).all()
    return [
        {"at": t.at, "rule": name, "severity": severity, "from_state": t.from_state, "to_state": t.to_state}
        for t, severity, name in rows
    ]


def chart_overlays(
    session: Session, ci: str, start: datetime, end: datetime
) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    """What a CI's metric charts draw besides the data: the rule thresholds per metric, and the alert
    transitions in [start, end] as time marks ({"at", "kind": firing | resolved, "text"})."""
    row = session.execute(text("SELECT type, environment FROM cis WHERE name = :name"), {"name": ci}).first()
    thresholds = rule_thresholds(session, ci, row[0], row[1]) if row else {}
    marks = [
        {"at": t["at"], "kind": t["to_state"], "text": f"{t['rule']} → {t['to_state']} ({t['severity']})"}
        for t in ci_transitions(session, ci, start, end)
    ]
    return thresholds, marks

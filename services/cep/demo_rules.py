"""Demo rules (latency, error rate, disk) that fire on the demo estate's incident.

At start, when the demo estate is loaded and the demo rules are not there yet, they are created and
replayed over the stored history (the incident lies hours in the past): the real evaluator runs at
every `REPLAY_STEP` from `REPLAY_HOURS` ago until now, so a new user finds the alerts, their
transitions and resolutions on first start, and the scheduler continues live from there.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlmodel import Session, col, select

from services.cep.evaluate import evaluate_rule
from services.cep.models import CepRule
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core.clock import utcnow
from services.core.security import SYSTEM

REPLAY_HOURS = 9
REPLAY_STEP = timedelta(minutes=5)

# name, description, severity, owner (also the `team` label), summary, metric, CI type, condition
_DEMO_TABLE: tuple[tuple[str, str, str, str, str, str, str, dict[str, Any]], ...] = (
    (
        "Database latency high",
        "Average response time of a production database above 250 ms for 10 minutes.",
        "critical",
        "dba",
        "Database responds slowly",
        "response_time_ms",
        "database",
        {
            "op": ">",
            "threshold": 250,
            "aggregation": "avg",
            "window_seconds": 600,
            "for_seconds": 600,
            "recovery_threshold": 150,
        },
    ),
    (
        "Service error rate high",
        "Error rate of a service above 5 % (5-minute average) for 5 minutes.",
        "major",
        "sre",
        "Requests are failing",
        "error_rate",
        "service",
        {"op": ">", "threshold": 5, "aggregation": "avg", "window_seconds": 300, "for_seconds": 300},
    ),
    (
        "Disk almost full",
        "Disk usage of a database or host at 95 % or more for 5 minutes.",
        "critical",
        "infra",
        "Disk is almost full",
        "disk_usage",
        "database",
        {"op": ">=", "threshold": 95, "for_seconds": 300, "keep_firing_for_seconds": 300},
    ),
)


def _demo_spec(
    name: str,
    description: str,
    severity: str,
    owner: str,
    summary: str,
    metric: str,
    ci_type: str,
    condition: dict[str, Any],
) -> dict[str, Any]:
    """A demo rule's spec: a metric rule on the internal store over every CI of `ci_type`."""
    return {
        "name": name,
        "description": description,
        "severity": severity,
        "owner": owner,
        "labels": {"team": owner, "demo": "true"},
        "annotations": {"summary": summary},
        "trigger": {"kind": "metric", "poll_interval_seconds": 60},
        "source": {"kind": "internal", "metric": metric, "selector": {"type": ci_type}},
        "condition": condition,
    }


DEMO_RULES: tuple[dict[str, Any], ...] = tuple(_demo_spec(*row) for row in _DEMO_TABLE)


def seed_demo_rules(session: Session) -> int:
    """Create and replay the demo rules when the demo estate exists and they do not; how many were made."""
    from services.infra.demo import has_demo_cis

    if not has_demo_cis(session):
        return 0
    names = [rule["name"] for rule in DEMO_RULES]
    if session.exec(select(CepRule.id).where(col(CepRule.name).in_(names))).first() is not None:
        return 0
    now = utcnow()
    rule_ids = []
    for raw in DEMO_RULES:
        rule = create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(raw), message="demo rule")
        assert rule.id is not None
        rule_ids.append(rule.id)
    replay(session, rule_ids, start=now - timedelta(hours=REPLAY_HOURS), end=now)
    return len(rule_ids)


def replay(session: Session, rule_ids: list[int], *, start: Any, end: Any) -> None:
    """Evaluate the rules at every step of [start, end] as if the scheduler had run then."""
    moment = start
    while moment <= end:
        for rule_id in rule_ids:
            evaluate_rule(session, rule_id, now=moment)
        moment += REPLAY_STEP
    for rule_id in rule_ids:
        rule = session.get(CepRule, rule_id)
        assert rule is not None
        rule.next_run_at = end
        session.add(rule)

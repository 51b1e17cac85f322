"""CEP page handlers: rules with live state, enable/disable and acknowledge checked on the server."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session

from services.cep.evaluate import evaluate_rule
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core.clock import utcnow
from services.core.i18n import translate
from services.core.security import SYSTEM
from spa_ai.state.cep import CepAlertsState, CepRulesState
from tests.integration.cep_helpers import MetricsServer, http_rule, loopback_sources  # noqa: F401 - fixture
from tests.integration.ui_state_helpers import signed_in_root, substate, toasts

pytestmark = pytest.mark.usefixtures("loopback_sources")


def _states(session: Session, username: str, role: str) -> tuple[CepRulesState, CepAlertsState]:
    root = signed_in_root(session, username, role)
    return substate(root, CepRulesState), substate(root, CepAlertsState)


def _firing_rule(session: Session, server: MetricsServer) -> int:
    server.value = 9
    rule = create_rule(
        session,
        actor=SYSTEM,
        spec=RuleSpec.model_validate(http_rule(f"{server.url}/value", op=">", threshold=1)),
    )
    session.commit()
    assert rule.id is not None
    evaluate_rule(session, rule.id, now=utcnow() - timedelta(seconds=1))
    session.commit()
    return rule.id


async def test_operator_sees_state_toggles_and_acknowledges(session: Session) -> None:
    with MetricsServer() as server:
        rule_id = _firing_rule(session, server)
    rules, alerts = _states(session, "ops", "operator")
    await rules.load()
    assert not rules.error and [(r["name"], r["state"], r["enabled"]) for r in rules.rules] == [
        ("http rule", "firing", "yes")
    ]
    await rules.set_enabled(str(rule_id), False)
    assert rules.rules[0]["enabled"] == "" and toasts(rules) == [translate("cep.rule_disabled", "ko")]
    await rules.filter_severity("critical")
    assert rules.rules == []

    await alerts.load()
    assert [(a["rule"], a["state"], a["acked"]) for a in alerts.alerts] == [("http rule", "firing", "")]
    alerts.open_ack(alerts.alerts[0]["id"])
    alerts.set_ack_comment("on it")
    await alerts.acknowledge()
    assert alerts.alerts[0]["acked"] == "yes" and alerts.alerts[0]["ack_by"] == "ops" and not alerts.ack_open


async def test_viewer_reads_but_cannot_toggle_or_acknowledge(session: Session) -> None:
    with MetricsServer() as server:
        rule_id = _firing_rule(session, server)
    rules, alerts = _states(session, "view", "viewer")
    await rules.load()
    assert rules.rules and rules.rules[0]["enabled"] == "yes"
    await rules.set_enabled(str(rule_id), False)
    await alerts.load()
    alerts.open_ack(alerts.alerts[0]["id"])
    await alerts.acknowledge()
    await rules.load()
    await alerts.load()
    assert rules.rules[0]["enabled"] == "yes" and alerts.alerts[0]["acked"] == ""
    assert toasts(rules) == [translate("common.forbidden", "ko")] * 2


def test_firing_alerts_reach_the_dashboard_problems_and_health(session: Session) -> None:
    from services.admin.monitor import counts
    from services.cep.alerts import firing_problems
    from tests.integration.helpers import api_client

    with MetricsServer() as server:
        _firing_rule(session, server)
    assert counts(session, actor=SYSTEM)["cep_firing"] == 1
    (problem,) = firing_problems(session, utcnow())
    assert problem.source == "cep.alert" and problem.severity == "warning" and problem.link
    assert problem.summary.startswith("http rule") and problem.details["acknowledged"] is False
    with api_client() as client:
        ready = client.get("/api/health/ready").json()
    assert ready["ready"] and ready["cep"]["rules_enabled"] == 1 and ready["cep"]["evaluations"] == 1
    assert ready["cep"]["outbox_depth"] == 0 and "this_process" in ready["cep"]

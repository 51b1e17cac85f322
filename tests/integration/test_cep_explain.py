"""Alerts that explain themselves: a firing alert on a CI gets the OPS root-cause hypotheses and runbook
hits after its notification is committed; a slow analysis never holds the notification back."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from services.cep import explain
from services.cep.alerts import get_alert
from services.cep.demo_rules import seed_demo_rules
from services.cep.events import EventIn, ingest
from services.cep.models import CepAlert, CepRule
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core import settings_registry
from services.core.clock import utcnow
from services.core.db import get_engine
from services.core.security import SYSTEM
from services.infra.demo import INCIDENT_ROOT, load_demo
from spa_ai.state.cep import alert_row
from tests.integration.cep_delivery_helpers import (
    Receiver,
    drain_until,
    fast_delivery_fixture,  # noqa: F401
    receiver_fixture,  # noqa: F401
    webhook_channel,
)


def _event_rule(session: Session, channel_id: int) -> int:
    spec = RuleSpec.model_validate(
        {
            "name": "Orders API down",
            "severity": "critical",
            "trigger": {
                "kind": "event",
                "match": {"alertname": "OrdersDown"},
                "group_by": ["alertname", "ci"],
            },
            "condition": {},
            "actions": [{"kind": "notify", "params": {"channel_ids": [channel_id]}}],
        }
    )
    rule = create_rule(session, actor=SYSTEM, spec=spec, message="test")
    session.commit()
    assert rule.id is not None
    return rule.id


def _incident_moment(session: Session) -> Any:
    """When the demo's order-service error rate peaked (the incident, hours before now)."""
    return session.execute(
        text(
            "SELECT s.ts FROM metric_samples s JOIN cis c ON c.id = s.ci_id "
            "JOIN metric_catalog m ON m.id = s.metric_id "
            "WHERE c.name = 'order-service' AND m.name = 'error_rate' ORDER BY s.value DESC LIMIT 1"
        )
    ).scalar_one()


def test_demo_incident_alerts_name_orders_db(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPA_CEP_RCA_TIMEOUT_SECONDS", "90")  # a shared, busy test machine
    settings_registry.invalidate()
    load_demo(session, actor=SYSTEM, end=utcnow(), days=1)
    session.commit()
    seed_demo_rules(session)
    session.commit()
    assert explain.wait_idle(300)
    session.expire_all()
    alerts = session.exec(
        select(CepAlert)
        .join(CepRule)
        .where(CepRule.name == "Service error rate high", CepAlert.ci == "order-service")
    ).all()
    assert len(alerts) == 1 and alerts[0].fired_at is not None, (
        "the demo error-rate rule fired on order-service"
    )
    context = alerts[0].context
    assert context is not None and context["status"] == "ready", context
    assert 1 <= len(context["hypotheses"]) <= 3
    assert context["hypotheses"][0]["ci"] == INCIDENT_ROOT
    assert context["hypotheses"][0]["evidence"]
    assert context["line"].startswith(f"{INCIDENT_ROOT}: ")
    view = get_alert(session, alerts[0].id or 0)
    assert view.context is not None and view.context.ops_link.startswith("/ops?q=")
    assert "order-service" in view.context.question
    assert alert_row(view)["rca"] == context["line"] and alert_row(view)["ops_link"] == view.context.ops_link


def test_unsent_notification_gets_the_rca_line(
    session: Session, fast_delivery: None, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPA_CEP_RCA_TIMEOUT_SECONDS", "90")  # a shared, busy test machine
    settings_registry.invalidate()
    load_demo(session, actor=SYSTEM, end=utcnow(), days=1)
    session.commit()
    channel = webhook_channel(session, receiver.url)
    _event_rule(session, channel.id or 0)
    ingest(
        session,
        [EventIn(labels={"alertname": "OrdersDown", "ci": "order-service"})],
        now=_incident_moment(session),
    )
    session.commit()
    assert explain.wait_idle(60)
    drain_until(lambda: len(receiver.received) == 1)
    body = receiver.received[0].json()
    assert body["payload"]["rca"] and body["payload"]["rca"].startswith(f"{INCIDENT_ROOT}: ")
    assert body["payload"]["rca"] in body["text"]  # the default message template shows it


def test_slow_analysis_never_delays_the_notification(
    session: Session, fast_delivery: None, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_demo(session, actor=SYSTEM, end=utcnow(), days=1)
    session.commit()
    channel = webhook_channel(session, receiver.url)
    rule_id = _event_rule(session, channel.id or 0)
    at = _incident_moment(session)
    session.commit()  # the lock below must not wait on this session's read
    monkeypatch.setenv("SPA_CEP_RCA_TIMEOUT_SECONDS", "1.5")
    settings_registry.invalidate()
    locked, release = threading.Event(), threading.Event()

    def hold_samples() -> None:  # a real slow database: the analysis waits on this lock
        with get_engine().connect() as conn, conn.begin():
            conn.execute(text("SET LOCAL lock_timeout = '10s'"))
            conn.execute(text("LOCK TABLE metric_samples IN ACCESS EXCLUSIVE MODE"))
            locked.set()
            release.wait(30)

    holder = threading.Thread(target=hold_samples)
    holder.start()
    try:
        assert locked.wait(10)
        ingest(session, [EventIn(labels={"alertname": "OrdersDown", "ci": "order-service"})], now=at)
        session.commit()
        drain_until(lambda: len(receiver.received) == 1, timeout_s=5)
        assert receiver.received[0].json()["payload"]["rca"] is None  # sent before any analysis
        assert explain.wait_idle(15)
    finally:
        release.set()
        holder.join()
        settings_registry.invalidate()
    alert = session.exec(select(CepAlert).where(CepAlert.rule_id == rule_id)).one()
    session.refresh(alert)
    assert alert.context is not None and alert.context["status"] == "timeout"
    assert alert.context["hypotheses"] == [] and alert.context["line"] is None

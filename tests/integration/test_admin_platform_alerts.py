"""The monitor's threshold alerts are built-in CEP rules whose thresholds follow the monitor settings: a
platform host above the critical threshold fires through the real scheduler and evaluator, reaches a
real webhook receiver through the CEP outbox, and shows on the monitor page with the scheduler's leader."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlmodel import Session, col, select

from services.admin import host_sampler, platform_alerts
from services.admin import monitor as admin_monitor
from services.admin.service import principal_for
from services.cep.evaluate import evaluate_rule
from services.cep.models import CepAlert, CepRule
from services.cep.scheduler import CepScheduler
from services.cep.schema import RuleSpec
from services.cep.service import DEFAULT_CHANNELS_ACTION, update_rule
from services.core import db, settings_registry
from services.core.clock import utcnow
from services.core.leader import process_identity
from services.core.models import AuditLog
from services.core.security import SYSTEM
from tests.integration.cep_delivery_helpers import (
    Receiver,
    drain_until,
    receiver_fixture,  # noqa: F401
    webhook_channel,
)
from tests.integration.helpers import make_user

HOST = "spa-ai-alerting"


@pytest.fixture
def session(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    monkeypatch.setenv("SPA_CEP_HTTP_ALLOWED_NETWORKS", "127.0.0.1/32")  # the receiver is local
    settings_registry.invalidate()
    with Session(db.get_engine(), expire_on_commit=False) as s:
        yield s
    settings_registry.invalidate()


def _rule(session: Session, metric: str, severity: str) -> CepRule:
    session.expire_all()
    name = platform_alerts.rule_name(metric, severity)
    return session.exec(select(CepRule).where(col(CepRule.name) == name)).one()


def test_rules_are_seeded_once_and_follow_the_threshold_settings(session: Session) -> None:
    assert platform_alerts.sync_rules(session) == 6  # CPU, memory, disk × warning, critical
    session.commit()
    assert platform_alerts.sync_rules(session) == 0
    disk = _rule(session, "disk_usage", "warning")
    assert disk.spec["condition"]["threshold"] == 85.0 and disk.severity == "warning"
    assert disk.spec["source"]["selector"] == {
        "type": "host",
        "environment": None,
        "owner": None,
        "labels": {"label": "spa-ai"},
    }
    assert _rule(session, "cpu_usage", "critical").spec["condition"]["threshold"] == 95.0
    assert disk.spec["actions"] == [DEFAULT_CHANNELS_ACTION]  # routed by the setting cep_default_channels

    admin = principal_for(make_user(session, "root", "admin"))
    settings_registry.update(session, actor=admin, values={"monitor_warning_percent": 70})
    session.commit()
    disk = _rule(session, "disk_usage", "warning")
    assert disk.spec["condition"]["threshold"] == 70.0 and disk.latest_revision == 2
    assert "70 %" in disk.spec["annotations"]["summary"]
    assert _rule(session, "cpu_usage", "critical").latest_revision == 1  # critical unchanged
    change = session.exec(
        select(AuditLog).where(
            col(AuditLog.action) == "cep.rule.update", col(AuditLog.entity_id) == str(disk.id)
        )
    ).one()
    assert change.before["condition"]["threshold"] == 85.0 and change.after["condition"]["threshold"] == 70.0

    settings_registry.reset(session, actor=admin, key="monitor_warning_percent")
    session.commit()
    assert _rule(session, "disk_usage", "warning").spec["condition"]["threshold"] == 85.0

    refused = {"monitor_warning_percent": 80, "monitor_critical_percent": 500}  # all or nothing
    with pytest.raises(Exception, match="monitor_critical_percent"):
        settings_registry.update(session, actor=admin, values=refused)
    session.rollback()
    assert _rule(session, "disk_usage", "warning").spec["condition"]["threshold"] == 85.0


def test_rules_seeded_without_actions_adopt_the_default_channels_unless_a_person_saved_them(
    session: Session,
) -> None:
    platform_alerts.sync_rules(session)
    cpu, disk = _rule(session, "cpu_usage", "warning"), _rule(session, "disk_usage", "warning")
    for rule, actor in ((cpu, SYSTEM), (disk, principal_for(make_user(session, "ops-lead", "admin")))):
        silent = RuleSpec.model_validate({**rule.spec, "actions": []})  # as seeded before the action existed
        update_rule(session, actor=actor, rule_id=rule.id or 0, spec=silent, message="no actions")
    session.commit()
    assert platform_alerts.sync_rules(session) == 1
    session.commit()
    assert _rule(session, "cpu_usage", "warning").spec["actions"] == [DEFAULT_CHANNELS_ACTION]
    assert _rule(session, "disk_usage", "warning").spec["actions"] == []  # the person's choice stands


def test_a_breached_host_threshold_notifies_the_rules_channel(session: Session, receiver: Receiver) -> None:
    platform_alerts.sync_rules(session)
    host_sampler.ensure_catalog(session)
    session.commit()
    channel = webhook_channel(session, receiver.url)
    rule = _rule(session, "memory_usage", "critical")
    notify = [{"kind": "notify", "params": {"channel_ids": [channel.id]}}]
    at_once = {**rule.spec["grouping"], "group_wait_seconds": 0}  # the message goes with the transition
    spec = RuleSpec.model_validate({**rule.spec, "actions": notify, "grouping": at_once})
    update_rule(session, actor=SYSTEM, rule_id=rule.id or 0, spec=spec, message="page the on-call hook")
    settings_registry.update(session, actor=SYSTEM, values={"monitor_critical_percent": 90})
    session.commit()
    rule = _rule(session, "memory_usage", "critical")
    assert rule.spec["actions"] == spec.model_dump(mode="json")["actions"]  # the threshold change kept it
    assert rule.spec["condition"]["threshold"] == 90.0

    # The host has been above 90 % since just over `for` ago: pending then, firing at the scheduler's tick.
    then = utcnow() - timedelta(seconds=platform_alerts.FOR_SECONDS + 5)
    values = {"cpu_usage": 20.0, "memory_usage": 93.0, "disk_usage": 40.0}
    host_sampler.record(session, ci_name=HOST, values=values, at=then)
    session.commit()
    evaluate_rule(session, rule.id or 0, now=then)
    session.commit()
    alert = session.exec(select(CepAlert).where(col(CepAlert.rule_id) == rule.id)).one()
    assert alert.state == "pending" and alert.ci == HOST and not receiver.received
    scheduler = CepScheduler()
    try:
        assert scheduler.check_leader()
        assert asyncio.run(scheduler.run_due("metric", ("metric",), 2)) == 6  # every built-in rule was due
        session.expire_all()
        assert session.get(CepAlert, alert.id).state == "firing"  # type: ignore[union-attr]
        drain_until(lambda: len(receiver.received) == 1)
        body = receiver.received[0].json()
        assert body["state"] == "firing" and body["payload"]["ci"] == HOST
        assert body["payload"]["rule"]["name"] == "SPA AI host memory critical"
        assert body["payload"]["value"] == 93.0

        overview = admin_monitor.overview(session)
        assert [(p["ci"], p["rule"], p["severity"]) for p in overview["problems"]] == [
            (HOST, "SPA AI host memory critical", "critical")
        ]
        cep = overview["scheduler"]
        assert cep["leader"] == process_identity() and cep["epoch"] == scheduler.lock.epoch
        assert cep["lag_ms"] is not None and cep["rules_enabled"] == 6
        assert cep["outbox_depth"] == 0 and cep["oldest_pending_s"] is None  # delivered
        assert overview["db_connections"] >= 1 and overview["jobs_queued"] == 0
    finally:
        scheduler.lock.release()

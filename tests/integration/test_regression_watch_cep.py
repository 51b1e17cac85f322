"""Regression Watch on the CEP leader: the scheduler's leader job re-runs the golden queries; a broken
planner raises the built-in "OPS regression" alert, delivered to a real webhook receiver."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from services.cep.models import CepAlert, CepRule
from services.cep.scheduler import CepScheduler
from services.cep.schema import RuleSpec
from services.cep.service import DEFAULT_CHANNELS_ACTION, update_rule
from services.core import db, settings_registry
from services.core.clock import utcnow
from services.core.security import SYSTEM
from services.ops import golden
from services.ops import reading as ops_reading
from services.ops.plan import Plan
from services.ops.regression_models import WatchRun
from services.ops.watch_cep import JOB_ID, RULE_NAME, seed_regression_rule
from tests.integration.cep_delivery_helpers import (
    Receiver,
    drain_until,
    receiver_fixture,  # noqa: F401
    webhook_channel,
)

GOLDEN = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "ops-golden-public.json").read_text())


@pytest.fixture
def session(infra_small_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    monkeypatch.setenv("SPA_CEP_HTTP_ALLOWED_NETWORKS", "127.0.0.1/32")  # the receiver is local
    settings_registry.invalidate()
    with Session(db.get_engine(), expire_on_commit=False) as s:
        yield s
    settings_registry.invalidate()


def _reversed_direction(plan: Plan) -> Plan:
    swap = {"dependencies": "dependents", "dependents": "dependencies", "in": "out", "out": "in"}
    for step in plan.steps:
        if step.tool == "graph_query":
            step.args = {k: swap.get(v, v) if k in ("op", "direction") else v for k, v in step.args.items()}
    return plan


def test_scheduled_regression_raises_a_delivered_cep_alert(
    session: Session, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    cases = [c for c in GOLDEN["cases"] if c["kind"] == "graph"]
    golden.import_golden(session, actor=SYSTEM, payload={**GOLDEN, "cases": cases})
    seed_regression_rule(session)
    session.commit()
    assert seed_regression_rule(session) == 0  # once
    rule = session.exec(select(CepRule).where(CepRule.name == RULE_NAME)).one()
    assert rule.spec["actions"] == [DEFAULT_CHANNELS_ACTION] and rule.trigger_kind == "event"
    webhook_channel(session, receiver.url, name="oncall-hook")
    settings_registry.update(session, actor=SYSTEM, values={"cep_default_channels": "oncall-hook, retired"})
    at_once = RuleSpec.model_validate({**rule.spec, "grouping": {"group_wait_seconds": 0}})
    update_rule(session, actor=SYSTEM, rule_id=rule.id or 0, spec=at_once, message="it fires 31 minutes on")
    session.commit()

    monkeypatch.setenv("SPA_OPS_WATCH_INTERVAL_MINUTES", "30")
    settings_registry.invalidate()
    scheduler = CepScheduler()
    follower = CepScheduler()
    assert scheduler.check_leader() and not follower.check_leader()
    try:
        assert asyncio.run(follower.run_leader_jobs()) == []  # only the leader runs them
        assert JOB_ID in asyncio.run(scheduler.run_leader_jobs())  # the first run sets the baselines
        assert JOB_ID not in asyncio.run(scheduler.run_leader_jobs())  # not due again for 30 minutes
        real = ops_reading.make_plan
        monkeypatch.setattr(ops_reading, "make_plan", lambda *a, **kw: _reversed_direction(real(*a, **kw)))
        later = utcnow() + timedelta(minutes=31)
        assert JOB_ID in asyncio.run(scheduler.run_leader_jobs(now=later))
    finally:
        scheduler.lock.release()
        follower.lock.release()
        settings_registry.invalidate()
    runs = session.exec(select(WatchRun).order_by(WatchRun.id)).all()  # type: ignore[arg-type]
    assert [(r.trigger, r.status) for r in runs] == [("schedule", "ok"), ("schedule", "regressed")]
    alert = session.exec(select(CepAlert).where(CepAlert.rule_id == rule.id)).one()
    assert alert.state == "firing" and alert.labels["alertname"] == RULE_NAME
    drain_until(lambda: len(receiver.received) == 1)
    body = receiver.received[0].json()
    assert body["state"] == "firing" and body["payload"]["rule"]["name"] == RULE_NAME
    assert runs[-1].regressed > 0 and RULE_NAME in body["text"]
    assert receiver.received[0].headers.get("Idempotency-Key")


def test_watch_interval_zero_turns_the_job_off(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPA_OPS_WATCH_INTERVAL_MINUTES", "0")
    settings_registry.invalidate()
    scheduler = CepScheduler()
    assert scheduler.check_leader()
    try:
        assert JOB_ID not in asyncio.run(scheduler.run_leader_jobs())
    finally:
        scheduler.lock.release()
        settings_registry.invalidate()
    assert session.exec(select(WatchRun)).all() == []

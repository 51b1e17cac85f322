"""Alertmanager grouping and inhibition on real PostgreSQL, delivered to a real webhook receiver:
group_wait collects, group_interval rate-limits, repeat_interval re-sends, the timers survive a
restart, groups are claimed SKIP LOCKED, and an inhibited alert changes state but sends nothing."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlmodel import Session, col, select

from services.cep import explain, groups
from services.cep.alerts import get_alert, list_alerts
from services.cep.events import EventIn, ingest
from services.cep.models import CepAlert, CepAlertGroup, CepTransition
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core import db
from services.core.clock import utcnow
from services.core.security import SYSTEM
from tests.integration.cep_delivery_helpers import (
    Receiver,
    drain_until,
    fast_delivery_fixture,  # noqa: F401
    receiver_fixture,  # noqa: F401
    webhook_channel,
)

pytestmark = pytest.mark.usefixtures("fast_delivery")


def _rule(session: Session, name: str, channel_id: int, grouping: dict[str, Any], **extra: Any) -> int:
    spec = RuleSpec.model_validate(
        {
            "name": name,
            "trigger": {"kind": "event", "match": {"kind": name}, "group_by": ["ci"]},
            "condition": {},
            "actions": [{"kind": "notify", "params": {"channel_ids": [channel_id]}}],
            "grouping": grouping,
            **extra,
        }
    )
    rule = create_rule(session, actor=SYSTEM, spec=spec, message="test")
    session.commit()
    assert rule.id is not None
    return rule.id


def _event(session: Session, name: str, ci: str, at: datetime, status: str = "firing") -> None:
    ingest(session, [EventIn(labels={"kind": name, "ci": ci}, status=status)], now=at)  # type: ignore[arg-type]
    session.commit()


def _flush(at: datetime) -> int:
    return groups.flush_due(now=at)


def _deliver(receiver: Receiver, count: int) -> list[dict[str, Any]]:
    drain_until(lambda: len(receiver.received) >= count)
    time.sleep(0.2)  # nothing more arrives
    assert len(receiver.received) == count
    return [r.json() for r in receiver.received]


@pytest.fixture(autouse=True)
def _explanations_settle() -> Any:
    yield
    explain.wait_idle(30)  # firing alerts on a CI are explained in the background


def test_group_wait_collects_alerts_into_one_message(session: Session, receiver: Receiver) -> None:
    channel = webhook_channel(session, receiver.url)
    wait = {"group_by": ["alertname"], "group_wait_seconds": 2}
    _rule(session, "disk", channel.id or 0, wait)
    t0 = utcnow()
    _event(session, "disk", "db-01", t0)
    _event(session, "disk", "db-02", t0 + timedelta(seconds=0.3))
    assert _flush(t0 + timedelta(seconds=1.9)) == 0, "nothing is sent before group_wait ends"
    body = _deliver(receiver, 1)[0]  # the real notification loop's round, once the wait is over
    payload = body["payload"]
    assert [a["ci"] for a in payload["alerts"]] == ["db-01", "db-02"]
    assert (payload["firing_count"], payload["resolved_count"]) == (2, 0)
    assert payload["group_labels"] == {"alertname": "disk"}
    assert "- 발생 db-01" in body["text"] and "- 발생 db-02" in body["text"]  # the default (Korean) body
    assert body["title"] == "[FIRING] disk · 2건"
    notes = session.exec(select(CepTransition.notification).where(CepTransition.to_state == "firing")).all()
    assert notes == ["grouped", "grouped"]


def test_group_interval_rate_limits_updates_and_repeat_interval_resends(
    session: Session, receiver: Receiver
) -> None:
    channel = webhook_channel(session, receiver.url)
    timers = {
        "group_by": ["alertname"],
        "group_wait_seconds": 0,
        "group_interval_seconds": 60,
        "repeat_interval_seconds": 100,
    }
    _rule(session, "lag", channel.id or 0, timers)
    t0 = utcnow()
    _event(session, "lag", "q-01", t0)  # group_wait 0: the message is written with the transition
    assert _deliver(receiver, 1)[0]["payload"]["firing_count"] == 1
    _event(session, "lag", "q-02", t0 + timedelta(seconds=5))
    assert _flush(t0 + timedelta(seconds=30)) == 0, "the group's next flush is group_interval after the first"
    assert _flush(t0 + timedelta(seconds=61)) == 1
    update = _deliver(receiver, 2)[1]["payload"]
    assert (update["firing_count"], update["notify_reason"]) == (2, "new_alerts_in_group")
    assert _flush(t0 + timedelta(seconds=122)) == 1  # nothing changed, repeat not yet due: no message
    _deliver(receiver, 2)
    assert _flush(t0 + timedelta(seconds=183)) == 1  # last sent at 61 < 183 - 100: sent again
    repeat = _deliver(receiver, 3)[2]["payload"]
    assert (repeat["notify_reason"], repeat["firing_count"]) == ("repeat_interval_elapsed", 2)
    _event(session, "lag", "q-01", t0 + timedelta(seconds=190), status="resolved")
    assert _flush(t0 + timedelta(seconds=244)) == 1
    resolved = _deliver(receiver, 4)[3]["payload"]
    assert (resolved["firing_count"], resolved["resolved_count"]) == (1, 1)
    assert {a["ci"]: a["status"] for a in resolved["alerts"]} == {"q-01": "resolved", "q-02": "firing"}


def test_the_group_timers_survive_a_restart_and_one_replica_claims_a_group(
    session: Session, receiver: Receiver
) -> None:
    channel = webhook_channel(session, receiver.url)
    _rule(session, "cpu", channel.id or 0, {"group_wait_seconds": 30})
    t0 = utcnow()
    _event(session, "cpu", "web-01", t0)
    db.reset_engine()  # a restart: new engine, new sessions; the group lives in the database only
    with Session(db.get_engine()) as other:
        group = other.exec(select(CepAlertGroup)).one()
        assert group.next_flush_at == t0 + timedelta(seconds=30) and not group.has_flushed
        other.exec(select(CepAlertGroup).with_for_update())  # another replica is flushing it
        assert _flush(t0 + timedelta(seconds=31)) == 0, "a locked group is skipped, not flushed twice"
        other.rollback()
    assert _flush(t0 + timedelta(seconds=29)) == 0
    assert _flush(t0 + timedelta(seconds=31)) == 1
    assert [b["payload"]["ci"] for b in _deliver(receiver, 1)] == ["web-01"]
    assert _flush(t0 + timedelta(seconds=32)) == 0  # next flush: group_interval (300 s) later
    session.expire_all()
    group = session.exec(select(CepAlertGroup)).one()
    assert group.next_flush_at == t0 + timedelta(seconds=331) and group.has_flushed


def test_resolved_within_group_wait_sends_nothing(session: Session, receiver: Receiver) -> None:
    channel = webhook_channel(session, receiver.url)
    _rule(session, "blip", channel.id or 0, {"group_wait_seconds": 30})
    t0 = utcnow()
    _event(session, "blip", "web-01", t0)
    _event(session, "blip", "web-01", t0 + timedelta(seconds=5), status="resolved")
    assert _flush(t0 + timedelta(seconds=31)) == 1
    drain_until(lambda: True)
    assert receiver.received == []
    session.expire_all()
    assert session.exec(select(CepAlertGroup.next_flush_at)).one() is None  # the group went idle


def test_an_inhibited_alert_changes_state_but_sends_nothing(session: Session, receiver: Receiver) -> None:
    channel = webhook_channel(session, receiver.url)
    now = {"group_wait_seconds": 0, "group_interval_seconds": 60}
    service = _rule(session, "svc-slow", channel.id or 0, now)
    _rule(session, "host-down", channel.id or 0, now, inhibits=[{"rule_ids": [service], "equal": ["ci"]}])
    t0 = utcnow()
    _event(session, "host-down", "db-01", t0)
    _event(session, "svc-slow", "db-01", t0 + timedelta(seconds=1))
    _event(session, "svc-slow", "db-02", t0 + timedelta(seconds=2))  # another CI: not inhibited
    sent = [(b["payload"]["rule"]["name"], b["payload"]["ci"]) for b in _deliver(receiver, 2)]
    assert sorted(sent) == [("host-down", "db-01"), ("svc-slow", "db-02")]
    muted = session.exec(
        select(CepAlert).where(col(CepAlert.rule_id) == service, col(CepAlert.ci) == "db-01")
    ).one()
    assert muted.state == "firing" and muted.id is not None
    detail = get_alert(session, muted.id)
    assert detail.inhibited_by is not None and detail.inhibited_by.rule_name == "host-down"
    assert [t.notification for t in detail.transitions if t.to_state == "firing"] == [
        f"inhibited:{detail.inhibited_by.alert_id}"
    ]
    listed = {(a.rule_name, a.ci): a.inhibited_by for a in list_alerts(session, limit=10).items}
    assert listed[("svc-slow", "db-02")] is None and listed[("host-down", "db-01")] is None
    # The host comes back: the service alert is no longer muted and its group's next flush sends it.
    _event(session, "host-down", "db-01", t0 + timedelta(seconds=10), status="resolved")
    assert get_alert(session, muted.id).inhibited_by is None
    _flush(t0 + timedelta(seconds=62))
    bodies = _deliver(receiver, 4)[2:]
    assert sorted((b["payload"]["rule"]["name"], b["payload"]["state"]) for b in bodies) == [
        ("host-down", "resolved"),
        ("svc-slow", "firing"),
    ]

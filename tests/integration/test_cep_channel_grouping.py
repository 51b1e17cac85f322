"""Grouping on the channel (Alertmanager's receiver route) on real PostgreSQL, delivered to a real HTTP
receiver: alerts of two rules with the same group labels on one channel go out in one message, the
channel's repeat_interval re-sends it, a channel without grouping and an action with its own grouping
keep per-rule groups, and the channel's grouping is set and cleared through audited REST."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from services.cep import explain, groups
from services.cep.delivery_models import Channel
from services.cep.events import EventIn, ingest
from services.cep.group_reads import get_group, list_groups
from services.cep.models import CepAlertGroup
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core.clock import utcnow
from services.core.i18n import translate
from services.core.models import AuditLog
from services.core.security import SYSTEM
from spa_ai.api.app import create_api
from spa_ai.state.cep_delivery import ChannelsState
from spa_ai.state.cep_groups import CepGroupsState
from tests.integration.cep_delivery_helpers import (
    Receiver,
    drain_until,
    fast_delivery_fixture,  # noqa: F401
    receiver_fixture,  # noqa: F401
    webhook_channel,
)
from tests.integration.helpers import auth_headers, make_user
from tests.integration.ui_state_helpers import signed_in_root, substate, toasts

pytestmark = pytest.mark.usefixtures("fast_delivery")

TEAM_TIMERS = {
    "group_by": ["ci"],
    "group_wait_seconds": 30,
    "group_interval_seconds": 60,
    "repeat_interval_seconds": 100,
}


@pytest.fixture(autouse=True)
def _explanations_settle() -> Iterator[None]:
    yield
    explain.wait_idle(30)


def _rule(session: Session, name: str, actions: list[dict[str, Any]]) -> int:
    spec = RuleSpec.model_validate(
        {
            "name": name,
            "trigger": {"kind": "event", "match": {"kind": name}, "group_by": ["ci"]},
            "actions": actions,
            "grouping": {"group_by": ["alertname", "ci"], "group_wait_seconds": 30},
        }
    )
    rule = create_rule(session, actor=SYSTEM, spec=spec, message="test")
    session.commit()
    assert rule.id is not None
    return rule.id


def _event(session: Session, name: str, ci: str, at: datetime, status: str = "firing") -> None:
    ingest(session, [EventIn(labels={"kind": name, "ci": ci}, status=status)], now=at)  # type: ignore[arg-type]
    session.commit()


def _received(receiver: Receiver, count: int) -> Counter[str]:
    drain_until(lambda: len(receiver.received) >= count)
    time.sleep(0.2)  # nothing more arrives
    assert len(receiver.received) == count
    return Counter(r.path for r in receiver.received)


def _notify(*channel_ids: int | None, **grouping: Any) -> dict[str, Any]:
    action: dict[str, Any] = {"kind": "notify", "params": {"channel_ids": list(channel_ids)}}
    return {**action, "grouping": grouping} if grouping else action


def test_alerts_of_two_rules_share_the_channel_group_and_its_repeat(
    session: Session, receiver: Receiver
) -> None:
    team = webhook_channel(session, f"{receiver.url}/team", name="team", grouping=TEAM_TIMERS)
    other = webhook_channel(session, f"{receiver.url}/other", name="other")
    _rule(session, "disk", [_notify(team.id, other.id)])
    cpu = _rule(session, "cpu", [_notify(team.id)])
    t0 = utcnow()
    _event(session, "disk", "db-01", t0)
    _event(session, "cpu", "db-01", t0 + timedelta(seconds=1))
    _event(session, "disk", "db-02", t0 + timedelta(seconds=2))
    assert groups.flush_due(now=t0 + timedelta(seconds=29)) == 0, "the channel's group_wait holds them"
    # Due: the team channel's two groups (ci=db-01 holds both rules' alerts) and disk's own two groups
    # for the channel without grouping.
    assert groups.flush_due(now=t0 + timedelta(seconds=33)) == 4
    assert _received(receiver, 4) == {"/hook/team": 2, "/hook/other": 2}
    team_bodies = {
        r.json()["payload"]["group_labels"]["ci"]: r.json()["payload"]
        for r in receiver.received
        if r.path == "/hook/team"
    }
    shared = team_bodies["db-01"]
    assert sorted((a["rule"], a["ci"], a["status"]) for a in shared["alerts"]) == [
        ("cpu", "db-01", "firing"),
        ("disk", "db-01", "firing"),
    ]
    assert (shared["firing_count"], shared["group_labels"]) == (2, {"ci": "db-01"})
    assert shared["summary"] == "disk / cpu: 2 firing, 0 resolved"
    shared_text = next(r.json()["text"] for r in receiver.received if r.json()["payload"] == shared)
    assert "- 발생 db-01\n" in shared_text and "- 발생 db-01 [cpu]\n" in shared_text, shared_text
    assert [a["rule"] for a in team_bodies["db-02"]["alerts"]] == ["disk"]
    other_labels = sorted(
        r.json()["payload"]["group_labels"]["ci"] for r in receiver.received if r.path == "/hook/other"
    )
    assert other_labels == ["db-01", "db-02"], "a channel without grouping keeps the rule's groups"
    stored = session.exec(select(CepAlertGroup).where(col(CepAlertGroup.channel_id) == team.id)).all()
    assert sorted(g.labels["ci"] for g in stored) == ["db-01", "db-02"]
    assert all(g.rule_id is None for g in stored)
    db01 = next(g for g in stored if g.labels["ci"] == "db-01")
    assert db01.id is not None
    detail = get_group(session, db01.id)
    assert (detail.channel_name, detail.rule_id, detail.repeat_interval_seconds) == ("team", None, 100)
    assert sorted(a.rule_name for a in detail.alerts) == ["cpu", "disk"]
    of_cpu = list_groups(session, limit=10, rule_id=cpu).items
    assert [(g.channel_name, g.labels, g.rule_name) for g in of_cpu] == [("team", {"ci": "db-01"}, None)]
    # The channel's timers: nothing changed, repeat (100 s) not yet due at the next interval...
    assert groups.flush_due(now=t0 + timedelta(seconds=93)) == 2
    assert _received(receiver, 4) == {"/hook/team": 2, "/hook/other": 2}
    # ...and due at the one after: both channel groups are sent again; disk's own groups (300 s) wait.
    assert groups.flush_due(now=t0 + timedelta(seconds=153)) == 2
    assert _received(receiver, 6) == {"/hook/team": 4, "/hook/other": 2}
    repeats = [r.json()["payload"] for r in receiver.received[4:]]
    assert {p["notify_reason"] for p in repeats} == {"repeat_interval_elapsed"}
    # cpu resolves on db-01: the shared group tells it at its next interval, disk still firing beside it.
    _event(session, "cpu", "db-01", t0 + timedelta(seconds=160), status="resolved")
    assert groups.flush_due(now=t0 + timedelta(seconds=213)) == 2
    assert _received(receiver, 7) == {"/hook/team": 5, "/hook/other": 2}
    update = receiver.received[-1].json()["payload"]
    assert update["notify_reason"] == "new_resolved_alerts"
    assert {a["rule"]: a["status"] for a in update["alerts"]} == {"disk": "firing", "cpu": "resolved"}


def test_an_action_with_its_own_grouping_keeps_a_rule_group_on_a_grouped_channel(
    session: Session, receiver: Receiver
) -> None:
    team = webhook_channel(session, f"{receiver.url}/team", name="team", grouping=TEAM_TIMERS)
    _rule(session, "disk", [_notify(team.id)])
    _rule(session, "pager", [_notify(team.id, group_wait_seconds=0)])
    t0 = utcnow()
    _event(session, "disk", "db-01", t0)
    _event(session, "pager", "db-01", t0)
    assert _received(receiver, 1) == {"/hook/team": 1}, "the override sends at once, in its own group"
    assert [a["rule"] for a in receiver.received[0].json()["payload"]["alerts"]] == ["pager"]
    owners = session.exec(select(CepAlertGroup.rule_id, CepAlertGroup.channel_id)).all()
    assert sorted((rule_id is None, channel_id is None) for rule_id, channel_id in owners) == [
        (False, True),
        (True, False),
    ]


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    make_user(session, "ops", "operator")
    with TestClient(create_api()) as c:
        yield c


def test_the_channel_grouping_is_set_and_cleared_through_audited_rest(
    session: Session, receiver: Receiver, client: TestClient
) -> None:
    headers = auth_headers(client, "ops")
    created = client.post(
        "/api/cep/channels",
        headers=headers,
        json={"name": "team", "kind": "webhook", "config": {"url": receiver.url}, "grouping": TEAM_TIMERS},
    )
    assert created.status_code == 201, created.text
    channel = created.json()
    assert channel["grouping"] == TEAM_TIMERS
    url = f"/api/cep/channels/{channel['id']}"
    bad = client.patch(url, headers=headers, json={"grouping": {"group_wait_seconds": -1}})
    assert bad.status_code == 422 and "grouping" in bad.text, bad.text
    unknown = client.patch(url, headers=headers, json={"grouping": {"group_by": ["ci"], "wait": 3}})
    assert unknown.status_code == 422 and "grouping" in unknown.text, unknown.text
    assert client.get(url, headers=headers).json()["grouping"] == TEAM_TIMERS, "nothing stored"
    renamed = client.patch(url, headers=headers, json={"name": "team-2"})
    assert renamed.json()["grouping"] == TEAM_TIMERS, "a change without grouping keeps it"
    cleared = client.patch(url, headers=headers, json={"grouping": None})
    assert cleared.status_code == 200 and cleared.json()["grouping"] is None
    session.expire_all()
    audit = session.exec(
        select(AuditLog).where(AuditLog.action == "cep.channel.update").order_by(col(AuditLog.id))
    ).all()
    assert [(row.before or {}).get("grouping") for row in audit] == [TEAM_TIMERS, TEAM_TIMERS]
    assert (audit[-1].after or {}).get("grouping") is None


async def test_the_groups_tab_opens_a_channel_group_with_its_members(
    session: Session, receiver: Receiver
) -> None:
    team = webhook_channel(session, f"{receiver.url}/team", name="team", grouping=TEAM_TIMERS)
    _rule(session, "disk", [_notify(team.id)])
    _rule(session, "cpu", [_notify(team.id)])
    t0 = utcnow()
    _event(session, "disk", "db-01", t0)
    _event(session, "cpu", "db-01", t0)
    assert groups.flush_due(now=t0 + timedelta(seconds=31)) == 1  # the message is in the outbox
    root = signed_in_root(session, "view", "viewer")
    tab = substate(root, CepGroupsState)
    await tab.open_tab("groups")
    assert [(g["owner"], g["channel"], g["labels"], g["firing"]) for g in tab.groups] == [
        ("team", "yes", "ci=db-01", "2")
    ]
    async for _ in tab.open_group(tab.groups[0]["id"]):
        pass
    assert tab.detail_open and not tab.detail_loading
    detail = tab.detail
    assert (detail["owner"], detail["group_by"], detail["state"]) == ("team", "ci", "active")
    assert (detail["wait"], detail["interval"], detail["repeat"]) == ("30s", "1m", "1m40s")
    assert (detail["notified_firing"], detail["notified_resolved"]) == ("2", "0")
    assert detail["last"] and detail["next"], "last message and next flush are shown"
    assert sorted((m["rule"], m["ci"], m["state"]) for m in tab.members) == [
        ("cpu", "db-01", "firing"),
        ("disk", "db-01", "firing"),
    ]
    assert all(m["link"] == f"/cep/alerts?alert={m['id']}" for m in tab.members)
    async for _ in tab.open_group("999999"):
        pass
    assert not tab.detail_open and toasts(tab) == [translate("errors.cep_group_not_found", "ko", id=999999)]


async def test_the_channel_form_sets_checks_and_clears_the_grouping(
    session: Session, receiver: Receiver
) -> None:
    root = signed_in_root(session, "ops", "operator")
    form = substate(root, ChannelsState)
    await form.load()
    form.open_new()
    form.set_form_name("team")
    form.set_form_config(json.dumps({"url": receiver.url}))
    form.set_grouping("on", True)
    form.set_grouping("group_by", "ci, alertname")
    form.set_grouping("wait", "soon")
    await form.save()
    assert form.form_open and "grouping.group_wait_seconds" in toasts(root)[-1], "nothing saved"
    form.set_grouping("wait", "10")
    await form.save()
    assert not form.form_open, toasts(root)
    [row] = form.channels
    assert row["grouping"] == "ci, alertname · 10s / 5m / 4h"
    session.expire_all()
    stored = session.exec(select(Channel.grouping)).one()
    assert stored == {
        "group_by": ["ci", "alertname"],
        "group_wait_seconds": 10,
        "group_interval_seconds": 300,
        "repeat_interval_seconds": 14400,
    }
    form.open_edit(row["id"])
    assert form.form_grouping == {
        "on": "yes",
        "group_by": "ci, alertname",
        "wait": "10",
        "interval": "300",
        "repeat": "14400",
    }
    form.set_grouping("on", False)
    await form.save()
    session.expire_all()
    assert session.exec(select(Channel.grouping)).one() is None and form.channels[0]["grouping"] == ""

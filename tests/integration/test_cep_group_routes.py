"""Notification routes and groups on real PostgreSQL, delivered to a real HTTP receiver: an action's
own grouping overrides the rule's (its own groups, timers and messages), idle groups are deleted after
the retention, and `GET /api/cep/groups[/{id}]` pages, filters and checks permissions."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from services.admin.roles import create_role
from services.cep import explain, groups
from services.cep.events import EventIn, ingest
from services.cep.models import CepAlertGroup
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core.clock import utcnow
from services.core.security import SYSTEM
from spa_ai.api.app import create_api
from tests.integration.cep_delivery_helpers import (
    Receiver,
    drain_until,
    fast_delivery_fixture,  # noqa: F401
    receiver_fixture,  # noqa: F401
    webhook_channel,
)
from tests.integration.helpers import auth_headers, make_user

pytestmark = pytest.mark.usefixtures("fast_delivery")


@pytest.fixture(autouse=True)
def _explanations_settle() -> Iterator[None]:
    yield
    explain.wait_idle(30)


def _rule(session: Session, name: str, actions: list[dict[str, Any]], grouping: dict[str, Any]) -> int:
    spec = RuleSpec.model_validate(
        {
            "name": name,
            "trigger": {"kind": "event", "match": {"kind": name}, "group_by": ["ci"]},
            "actions": actions,
            "grouping": grouping,
        }
    )
    rule = create_rule(session, actor=SYSTEM, spec=spec, message="test")
    session.commit()
    assert rule.id is not None
    return rule.id


def _event(session: Session, name: str, ci: str, at: datetime, status: str = "firing") -> None:
    ingest(session, [EventIn(labels={"kind": name, "ci": ci}, status=status)], now=at)  # type: ignore[arg-type]
    session.commit()


def _by_path(receiver: Receiver, count: int) -> Counter[str]:
    drain_until(lambda: len(receiver.received) >= count)
    time.sleep(0.2)  # nothing more arrives
    assert len(receiver.received) == count
    return Counter(r.path for r in receiver.received)


def _notify(channel_id: int, **grouping: Any) -> dict[str, Any]:
    action: dict[str, Any] = {"kind": "notify", "params": {"channel_ids": [channel_id]}}
    return {**action, "grouping": grouping} if grouping else action


def test_an_action_route_overrides_the_rule_grouping(session: Session, receiver: Receiver) -> None:
    team = webhook_channel(session, f"{receiver.url}/team", name="team")
    pager = webhook_channel(session, f"{receiver.url}/pager", name="pager")
    rule_timers = {"group_by": ["alertname"], "group_wait_seconds": 30, "group_interval_seconds": 300}
    # The team channel follows the rule (one message for the rule's alerts after 30 s); the pager route
    # groups per CI, sends at once and looks again every 60 s.
    per_ci = {"group_by": ["ci"], "group_wait_seconds": 0, "group_interval_seconds": 60}
    _rule(session, "disk", [_notify(team.id or 0), _notify(pager.id or 0, **per_ci)], rule_timers)
    t0 = utcnow()
    _event(session, "disk", "db-01", t0)
    _event(session, "disk", "db-02", t0 + timedelta(seconds=1))
    assert _by_path(receiver, 2) == {"/hook/pager": 2}, "the pager route sent each CI at once"
    assert groups.flush_due(now=t0 + timedelta(seconds=31)) == 1  # the rule route's group_wait is over
    assert _by_path(receiver, 3) == {"/hook/pager": 2, "/hook/team": 1}
    team_body = next(r.json() for r in receiver.received if r.path == "/hook/team")["payload"]
    assert sorted(a["ci"] for a in team_body["alerts"]) == ["db-01", "db-02"]
    assert team_body["group_labels"] == {"alertname": "disk"}
    # db-01 resolves: the pager route's own interval (60 s) tells it first; the rule route waits 300 s.
    _event(session, "disk", "db-01", t0 + timedelta(seconds=40), status="resolved")
    assert groups.flush_due(now=t0 + timedelta(seconds=61)) == 2  # both pager groups are due
    assert _by_path(receiver, 4) == {"/hook/pager": 3, "/hook/team": 1}
    resolved = receiver.received[-1].json()["payload"]
    assert (resolved["ci"], resolved["state"]) == ("db-01", "resolved")
    # The rule route's interval is over; db-02's pager group is looked at too but has nothing new.
    assert groups.flush_due(now=t0 + timedelta(seconds=331)) == 2
    assert _by_path(receiver, 5) == {"/hook/pager": 3, "/hook/team": 2}
    stored = session.exec(select(CepAlertGroup.route, CepAlertGroup.labels)).all()
    assert sorted((route != "", sorted(labels.items())) for route, labels in stored) == [
        (False, [("alertname", "disk")]),
        (True, [("ci", "db-01")]),
        (True, [("ci", "db-02")]),
    ]


def test_an_override_equal_to_the_rule_timers_shares_the_rule_route(
    session: Session, receiver: Receiver
) -> None:
    a = webhook_channel(session, f"{receiver.url}/a", name="a")
    b = webhook_channel(session, f"{receiver.url}/b", name="b")
    timers = {"group_by": ["alertname"], "group_wait_seconds": 0}
    _rule(session, "cpu", [_notify(a.id or 0), _notify(b.id or 0, group_wait_seconds=0)], timers)
    _event(session, "cpu", "web-01", utcnow())
    assert _by_path(receiver, 2) == {"/hook/a": 1, "/hook/b": 1}
    assert len(session.exec(select(CepAlertGroup)).all()) == 1


def test_idle_groups_are_deleted_after_the_retention(session: Session, receiver: Receiver) -> None:
    channel = webhook_channel(session, receiver.url)
    _rule(session, "lag", [_notify(channel.id or 0)], {"group_by": ["ci"], "group_wait_seconds": 0})
    t0 = utcnow()
    _event(session, "lag", "q-01", t0)
    _event(session, "lag", "q-02", t0)
    _event(session, "lag", "q-01", t0 + timedelta(seconds=10), status="resolved")
    assert groups.flush_due(now=t0 + timedelta(seconds=310)) == 2  # q-01 sends its resolve and goes idle
    _by_path(receiver, 3)
    hour = timedelta(hours=1)
    assert groups.delete_idle(now=t0 + timedelta(seconds=310) + hour - timedelta(seconds=5)) == 0
    assert groups.delete_idle(now=t0 + timedelta(seconds=311) + hour) == 1
    session.expire_all()
    left = session.exec(select(CepAlertGroup.labels)).all()
    assert left == [{"ci": "q-02"}], "a group with a firing alert stays, however old"
    # The CI fires again: a new group starts with a fresh wait, and its message goes out.
    _event(session, "lag", "q-01", t0 + timedelta(seconds=311) + hour)
    assert _by_path(receiver, 4) == {"/hook": 4}


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    make_user(session, "view", "viewer")
    create_role(session, actor=SYSTEM, name="docsonly", permissions=["docs:read"])
    make_user(session, "docs", "docsonly")
    with TestClient(create_api()) as c:
        yield c


def test_groups_rest_pages_filters_and_details(
    session: Session, receiver: Receiver, client: TestClient
) -> None:
    channel = webhook_channel(session, receiver.url)
    timers = {"group_by": ["ci"], "group_wait_seconds": 0, "group_interval_seconds": 60}
    disk = _rule(session, "disk", [_notify(channel.id or 0)], timers)
    _rule(session, "cpu", [_notify(channel.id or 0)], timers)
    t0 = utcnow()
    for ci in ("db-01", "db-02", "web-01"):
        _event(session, "disk", ci, t0)
    _event(session, "cpu", "web-01", t0)
    _event(session, "disk", "db-02", t0 + timedelta(seconds=5), status="resolved")
    groups.flush_due(now=t0 + timedelta(seconds=61))  # db-02's group sends its resolve and goes idle
    _by_path(receiver, 5)
    viewer = auth_headers(client, "view")

    def get(path: str, **params: Any) -> Any:
        response = client.get(f"/api/cep{path}", headers=viewer, params=params)
        assert response.status_code == 200, response.text
        return response.json()

    first = get("/groups", limit=3)
    assert len(first["items"]) == 3 and first["next_cursor"]
    rest = get("/groups", limit=3, cursor=first["next_cursor"])
    assert len(rest["items"]) == 1 and rest["next_cursor"] is None
    listed = {(g["rule_name"], g["labels"]["ci"]): g for g in first["items"] + rest["items"]}
    assert set(listed) == {("disk", "db-01"), ("disk", "db-02"), ("disk", "web-01"), ("cpu", "web-01")}
    idle = listed[("disk", "db-02")]
    assert (idle["state"], idle["alert_count"], idle["firing_count"], idle["next_flush_at"]) == (
        "idle",
        1,
        0,
        None,
    )
    active = listed[("disk", "db-01")]
    assert (active["state"], active["firing_count"]) == ("active", 1) and active["notified_at"]
    assert {g["labels"]["ci"] for g in get("/groups", rule_id=disk)["items"]} == {"db-01", "db-02", "web-01"}
    assert [g["labels"]["ci"] for g in get("/groups", state="idle")["items"]] == ["db-02"]
    assert len(get("/groups", state="active")["items"]) == 3
    assert {g["rule_name"] for g in get("/groups", label="ci=web-01")["items"]} == {"disk", "cpu"}
    assert {g["labels"]["ci"] for g in get("/groups", label='ci=~"db-.*"')["items"]} == {"db-01", "db-02"}
    assert len(get("/groups", label="ci!~db-.*")["items"]) == 2
    detail = get(f"/groups/{active['id']}")
    assert [a["ci"] for a in detail["alerts"]] == ["db-01"] and detail["alerts"][0]["state"] == "firing"
    assert (detail["group_by"], detail["group_interval_seconds"], detail["notified_firing"]) == (
        ["ci"],
        60,
        1,
    )
    assert detail["next_flush_at"] == active["next_flush_at"]
    bad = client.get("/api/cep/groups", headers=viewer, params={"label": "ci~db"})
    assert bad.status_code == 422 and "label:" in bad.text, bad.text
    assert client.get("/api/cep/groups", headers=viewer, params={"state": "asleep"}).status_code == 422
    missing = client.get("/api/cep/groups/999999", headers=viewer)
    assert missing.status_code == 404
    assert client.get("/api/cep/groups").status_code == 401
    docs_only = auth_headers(client, "docs")
    assert client.get("/api/cep/groups", headers=docs_only).status_code == 403
    assert client.get(f"/api/cep/groups/{active['id']}", headers=docs_only).status_code == 403
    schema = client.get("/api/openapi.json").json()
    assert (
        "/api/cep/groups/{group_id}" in schema["paths"] and "GroupDetail" in schema["components"]["schemas"]
    )

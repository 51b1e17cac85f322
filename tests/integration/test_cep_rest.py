"""CEP rules and alerts over REST with real users: revisions, diff, restore, enable/disable, dry runs,
bad input refused naming the field with nothing stored, permissions, audit rows; alerts listed as
pages, acknowledged and silenced; notifications reach a real HTTP receiver once per transition."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, select

from services.cep.delivery_models import OutboxRow
from services.cep.evaluate import evaluate_rule
from services.cep.models import CepTransition
from services.core.clock import utcnow
from services.core.models import AuditLog
from spa_ai.api.app import create_api
from tests.integration.cep_delivery_helpers import (  # noqa: F401 - fixtures
    Receiver,
    drain_until,
    fast_delivery_fixture,
    receiver_fixture,
)
from tests.integration.cep_helpers import MetricsServer, http_rule, loopback_sources  # noqa: F401 - fixture
from tests.integration.helpers import auth_headers, make_user

pytestmark = pytest.mark.usefixtures("loopback_sources")

BASE = "/api/cep"


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    make_user(session, "root", "admin")
    make_user(session, "ops", "operator")
    make_user(session, "view", "viewer")
    with TestClient(create_api()) as c:
        yield c


@pytest.fixture
def metrics() -> Iterator[MetricsServer]:
    with MetricsServer() as server:
        yield server


def _count(session: Session, table: str) -> int:
    return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _create(
    client: TestClient, headers: dict[str, str], spec: dict[str, Any], message: str = ""
) -> dict[str, Any]:
    response = client.post(f"{BASE}/rules", headers=headers, json={"spec": spec, "message": message})
    assert response.status_code == 201, response.text
    return response.json()


def test_rule_lifecycle_revisions_diff_restore(
    client: TestClient, session: Session, metrics: MetricsServer
) -> None:
    ops = auth_headers(client, "ops")
    spec = http_rule(f"{metrics.url}/value", name="cpu high", op=">", threshold=80, for_seconds=60)
    rule = _create(client, ops, spec, "first")
    assert (
        rule["revision"] == 1 and rule["state"] == "inactive" and rule["spec"]["condition"]["threshold"] == 80
    )

    spec["condition"]["threshold"] = 90
    spec["severity"] = "critical"
    saved = client.put(f"{BASE}/rules/{rule['id']}", headers=ops, json={"spec": spec, "message": "stricter"})
    assert (
        saved.status_code == 200 and saved.json()["revision"] == 2 and saved.json()["severity"] == "critical"
    )
    same = client.put(f"{BASE}/rules/{rule['id']}", headers=ops, json={"spec": spec, "message": "again"})
    assert same.json()["revision"] == 2  # nothing changed: no new revision

    revisions = client.get(f"{BASE}/rules/{rule['id']}/revisions", headers=ops).json()
    assert [(r["revision"], r["author"], r["message"]) for r in revisions] == [
        (2, "ops", "stricter"),
        (1, "ops", "first"),
    ]
    diff = client.get(f"{BASE}/rules/{rule['id']}/diff", headers=ops, params={"from": 1, "to": 2}).json()
    assert {c["path"]: (c["before"], c["after"]) for c in diff["changes"]} == {
        "condition.threshold": (80.0, 90.0),
        "severity": ("warning", "critical"),
    }
    restored = client.post(f"{BASE}/rules/{rule['id']}/restore", headers=ops, json={"revision": 1})
    assert restored.json()["revision"] == 3 and restored.json()["spec"]["condition"]["threshold"] == 80
    assert (
        client.get(f"{BASE}/rules/{rule['id']}/revisions", headers=ops).json()[0]["message"]
        == "restored revision 1"
    )
    with pytest.raises(Exception, match="immutable"):
        session.execute(text("UPDATE cep_rule_revisions SET message = 'x'"))
    session.rollback()

    disabled = client.post(f"{BASE}/rules/{rule['id']}/disable", headers=ops).json()
    assert disabled["enabled"] is False and disabled["next_run_at"] is None
    assert client.post(f"{BASE}/rules/{rule['id']}/enable", headers=ops).json()["enabled"] is True
    page = client.get(f"{BASE}/rules", headers=auth_headers(client, "view"), params={"q": "cpu"}).json()
    assert [r["name"] for r in page["items"]] == ["cpu high"]
    assert client.delete(f"{BASE}/rules/{rule['id']}", headers=ops).json() == {"deleted": True}
    assert client.get(f"{BASE}/rules/{rule['id']}", headers=ops).status_code == 404

    actions = [
        a.action for a in session.exec(select(AuditLog).where(AuditLog.entity_type == "cep_rule")).all()
    ]
    assert actions == [
        "cep.rule.create",
        "cep.rule.update",
        "cep.rule.update",
        "cep.rule.disable",
        "cep.rule.enable",
        "cep.rule.delete",
    ]


BAD_RULES = [
    ({"bogus": 1}, "spec.bogus"),
    ({"trigger": {"kind": "schedule", "cron": "61 * * * *"}}, "spec.trigger.schedule.cron"),
    ({"condition": {"op": ">", "threshold": "80"}}, "spec.condition.threshold"),
    ({"condition": {"op": ">", "threshold": 80, "for_seconds": -1}}, "spec.condition.for_seconds"),
    (
        {"source": {"kind": "http", "url": "http://x.example/v", "json_path": "$[[["}},
        "spec.source.http.json_path",
    ),
    ({"actions": [{"kind": "teleport", "params": {}}]}, "spec.actions.0.kind"),
    (
        {"actions": [{"kind": "notify", "params": {"channel_ids": [1], "body_template": "{{ nope }}"}}]},
        "spec.actions.0.params.body_template",
    ),
]


@pytest.mark.parametrize(("change", "field"), BAD_RULES)
def test_bad_rules_are_refused_naming_the_field(
    client: TestClient, session: Session, metrics: MetricsServer, change: dict[str, Any], field: str
) -> None:
    spec = http_rule(f"{metrics.url}/value", op=">", threshold=80)
    for key, value in change.items():
        if isinstance(value, dict) and isinstance(spec.get(key), dict) and key != "trigger":
            spec[key] = {**spec[key], **value}
        else:
            spec[key] = value
    response = client.post(f"{BASE}/rules", headers=auth_headers(client, "ops"), json={"spec": spec})
    assert 400 <= response.status_code < 500, response.text
    assert field in response.text, response.text
    assert _count(session, "cep_rules") == 0 and _count(session, "cep_rule_revisions") == 0


def test_viewers_read_but_cannot_write(client: TestClient, session: Session, metrics: MetricsServer) -> None:
    view = auth_headers(client, "view")
    spec = http_rule(f"{metrics.url}/value", op=">", threshold=80)
    assert client.post(f"{BASE}/rules", headers=view, json={"spec": spec}).status_code == 403
    assert client.get(f"{BASE}/rules", headers=view).status_code == 200
    assert client.get(f"{BASE}/rules").status_code == 401
    assert _count(session, "cep_rules") == 0


def test_dry_run_against_a_typed_value_and_the_latest_data(
    client: TestClient, metrics: MetricsServer
) -> None:
    view = auth_headers(client, "view")
    spec = http_rule(f"{metrics.url}/value", op=">", threshold=80, for_seconds=120)
    typed = client.post(f"{BASE}/rules/dry-run", headers=view, json={"spec": spec, "value": 85}).json()
    assert typed["instances"] == [
        {"labels": {}, "value": 85.0, "active": True, "would_fire_after_seconds": 120}
    ]
    metrics.value = 42
    latest = client.post(f"{BASE}/rules/dry-run", headers=view, json={"spec": spec}).json()
    assert latest["instances"][0]["value"] == 42.0 and latest["instances"][0]["active"] is False
    assert metrics.requests == 1


def _webhook_rule(url: str, receiver: Receiver, **condition: Any) -> dict[str, Any]:
    spec = http_rule(url, op=">", threshold=1, **condition)
    spec["actions"] = [{"kind": "webhook", "params": {"url": receiver.url}}]
    # one message per change: no group_wait, and group_interval shorter than the minutes between evaluations
    spec["grouping"] = {"group_wait_seconds": 0, "group_interval_seconds": 1}
    return spec


def _evaluate(session: Session, rule_id: int, minute: int) -> None:
    evaluate_rule(session, rule_id, now=utcnow().replace(microsecond=0) + timedelta(minutes=minute))
    session.commit()


def test_alerts_ack_silence_and_one_notification_per_transition(
    client: TestClient, session: Session, metrics: MetricsServer, receiver: Receiver, fast_delivery: None
) -> None:
    ops = auth_headers(client, "ops")
    rule = _create(client, ops, _webhook_rule(f"{metrics.url}/value", receiver))
    metrics.value = 5
    for minute in range(3):  # fires once, then stays firing: one notification
        _evaluate(session, rule["id"], minute)
    drain_until(lambda: len(receiver.received) >= 1)
    assert [r.json()["payload"]["state"] for r in receiver.received] == ["firing"]
    assert receiver.received[0].headers.get("Idempotency-Key")

    alerts = client.get(f"{BASE}/alerts", headers=ops, params={"state": "firing"}).json()
    assert len(alerts["items"]) == 1 and alerts["items"][0]["rule_name"] == "http rule"
    alert_id = alerts["items"][0]["id"]
    acked = client.post(f"{BASE}/alerts/{alert_id}/ack", headers=ops, json={"comment": "looking"}).json()
    assert acked["acknowledged"] and acked["ack_by"] == "ops" and acked["ack_comment"] == "looking"
    assert client.get(f"{BASE}/rules/{rule['id']}", headers=ops).json()["state"] == "firing"

    silence = client.post(f"{BASE}/alerts/{alert_id}/silence", headers=ops, json={"duration_seconds": 3600})
    assert silence.status_code == 201 and silence.json()["active"]
    metrics.value = 0
    _evaluate(session, rule["id"], 3)  # resolved while silenced: no notification
    metrics.value = 5
    _evaluate(session, rule["id"], 4)  # fires again, still silenced
    detail = client.get(f"{BASE}/alerts/{alert_id}", headers=ops).json()
    notes = [(t["to_state"], t["notification"]) for t in detail["transitions"] if t["to_state"] != "pending"]
    silenced = f"silenced:{silence.json()['id']}"
    assert notes[:2] == [("firing", silenced), ("resolved", silenced)]
    assert detail["acknowledged"] is False  # a new episode clears the acknowledgement
    assert _count(session, "cep_outbox") == 1

    assert client.delete(f"{BASE}/silences/{silence.json()['id']}", headers=ops).json()["active"] is False
    metrics.value = 0
    _evaluate(session, rule["id"], 5)
    drain_until(lambda: len(receiver.received) >= 2)
    assert [r.json()["payload"]["state"] for r in receiver.received] == ["firing", "resolved"]
    audit = {a.action for a in session.exec(select(AuditLog)).all()}
    assert {"cep.alert.ack", "cep.silence.create", "cep.silence.expire"} <= audit


def test_a_flapping_alert_sends_one_flapping_notice(
    client: TestClient, session: Session, metrics: MetricsServer, receiver: Receiver, fast_delivery: None
) -> None:
    spec = _webhook_rule(f"{metrics.url}/value", receiver)
    spec["flap"] = {"window_seconds": 3600, "max_transitions": 3}
    rule = _create(client, auth_headers(client, "ops"), spec)
    for minute in range(10):
        metrics.value = 5 if minute % 2 == 0 else 0
        _evaluate(session, rule["id"], minute)
    rows = session.exec(select(OutboxRow).order_by(OutboxRow.id)).all()
    assert [row.payload["state"] for row in rows] == ["firing", "resolved", "firing", "flapping"]
    notes = [t.notification for t in session.exec(select(CepTransition).order_by(CepTransition.id)).all()]
    assert notes.count("flapping") == 6 and notes.count("flapping_notice") == 1


def test_every_route_declares_a_permission_and_a_response_model(client: TestClient) -> None:
    from fastapi.routing import APIRoute, iter_route_contexts

    from spa_ai.api.app import _declared_permissions

    routes = [
        context.original_route
        for context in iter_route_contexts(create_api().routes)
        if isinstance(context.original_route, APIRoute)
    ]
    engine_routes = [r for r in routes if r.path.startswith(BASE + "/") and r.tags == ["cep"]]
    assert len(engine_routes) >= 18
    for route in engine_routes:
        assert _declared_permissions(route), route.path
        assert route.response_model is not None, route.path

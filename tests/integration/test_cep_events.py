"""CEP events: `POST /api/cep/events` with an API key (stored in the inbox, then evaluated by the
consumer; the event's status tells what its evaluation did), bad and oversized bodies refused naming
the field with nothing stored, Alertmanager's webhook payload v4 — as documented and as sent by a real
Alertmanager pointing at the app served on a real port."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, select

from services.cep.inbox import drain
from services.cep.models import CepAlert
from spa_ai.api.app import create_api
from tests.integration.cep_helpers import free_port, running_alertmanager
from tests.integration.helpers import auth_headers, make_user

EVENT_RULE = {
    "name": "disk full events",
    "severity": "critical",
    "trigger": {"kind": "event", "match": {"alertname": "DiskFull"}, "group_by": ["alertname", "instance"]},
    "condition": {"op": ">=", "threshold": 90, "for_seconds": 0},
}


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    make_user(session, "root", "admin")
    make_user(session, "ops", "operator")
    with TestClient(create_api()) as c:
        yield c


def _api_key(client: TestClient, scopes: list[str]) -> dict[str, str]:
    created = client.post(
        "/api/admin/api-keys", headers=auth_headers(client, "root"), json={"name": "events", "scopes": scopes}
    )
    assert created.status_code == 201, created.text
    return {"X-API-Key": created.json()["secret"]}


def _rule(client: TestClient, spec: dict[str, Any]) -> int:
    response = client.post("/api/cep/rules", headers=auth_headers(client, "ops"), json={"spec": spec})
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def _states(session: Session) -> dict[str, str]:
    """The instances' states once every accepted event has been evaluated (what the leader's consumer
    does within moments; no consumer runs beside these test clients, so the test drains the inbox)."""
    drain()
    session.expire_all()
    return {a.labels["instance"]: a.state for a in session.exec(select(CepAlert)).all()}


def test_events_with_an_api_key_fire_and_resolve_at_once(client: TestClient, session: Session) -> None:
    _rule(client, EVENT_RULE)
    key = _api_key(client, ["cep:write"])
    event = {"labels": {"alertname": "DiskFull", "instance": "db-1"}, "value": 97}
    answer = client.post("/api/cep/events", headers=key, json=event)
    assert answer.status_code == 202, answer.text
    assert answer.json()["accepted"] == 1 and len(answer.json()["ids"]) == 1
    first = answer.json()["ids"][0]
    assert client.get(f"/api/cep/events/{first}", headers=key).json()["status"] == "queued"
    low = {"labels": {"alertname": "DiskFull", "instance": "db-2"}, "value": 50}
    other = {"labels": {"alertname": "Other", "instance": "db-3"}, "value": 99}
    pair = client.post("/api/cep/events", headers=key, json=[low, other]).json()
    assert pair["accepted"] == 2 and pair["ids"][0] < pair["ids"][1] and first < pair["ids"][0]
    assert _states(session) == {"db-1": "firing", "db-2": "inactive"}
    evaluated = [client.get(f"/api/cep/events/{n}", headers=key).json() for n in (first, *pair["ids"])]
    assert [(e["status"], e["rules_evaluated"], e["transitions"]) for e in evaluated] == [
        ("evaluated", 1, 2),  # inactive → pending → firing
        ("evaluated", 1, 0),
        ("evaluated", 0, 0),
    ]
    assert client.get("/api/cep/events/999999", headers=key).status_code == 404
    resolved = {"labels": {"alertname": "DiskFull", "instance": "db-1"}, "status": "resolved"}
    client.post("/api/cep/events", headers=key, json=resolved)
    assert _states(session)["db-1"] == "resolved"

    reader = _api_key(client, ["cep:read"])
    assert client.post("/api/cep/events", headers=reader, json=event).status_code == 403
    assert client.post("/api/cep/events", json=event).status_code == 401


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"labels": {"alertname": "DiskFull"}, "bogus": 1}, 422, "bogus"),
        ({"labels": {"alertname": "DiskFull"}, "value": "97"}, 422, "value"),
        ({"labels": {}}, 422, "labels"),
        ({"labels": {"bad name": "x"}}, 422, "labels"),
        ({"labels": {"alertname": "DiskFull"}, "message": "x" * 70_000}, 413, "body"),
    ],
)
def test_bad_events_are_refused_naming_the_field(
    client: TestClient, session: Session, body: dict[str, Any], status: int, field: str
) -> None:
    _rule(client, EVENT_RULE)
    answer = client.post("/api/cep/events", headers=auth_headers(client, "ops"), json=body)
    assert answer.status_code == status, answer.text
    assert answer.json()["error"]["details"]["field"].endswith(field) or field in answer.text
    assert int(session.execute(text("SELECT count(*) FROM cep_alerts")).scalar_one()) == 0
    assert int(session.execute(text("SELECT count(*) FROM cep_event_inbox")).scalar_one()) == 0


def _am_payload(status: str, instance: str) -> dict[str, Any]:
    """A webhook notification exactly as Alertmanager's documentation describes version 4."""
    alert = {
        "status": status,
        "labels": {"alertname": "DiskFull", "instance": instance, "severity": "critical"},
        "annotations": {"summary": "disk almost full"},
        "startsAt": "2026-12-02T01:00:00Z",
        "endsAt": "2026-12-02T01:05:00Z" if status == "resolved" else "0001-01-01T00:00:00Z",
        "generatorURL": "http://prometheus:9090/graph",
        "fingerprint": "c6b4f2b1a0f7e6d5",
    }
    return {
        "version": "4",
        "groupKey": '{}:{alertname="DiskFull"}',
        "truncatedAlerts": 0,
        "status": status,
        "receiver": "spa",
        "groupLabels": {"alertname": "DiskFull"},
        "commonLabels": alert["labels"],
        "commonAnnotations": alert["annotations"],
        "externalURL": "http://alertmanager:9093",
        "alerts": [alert],
    }


def test_alertmanager_webhook_payload_v4_is_accepted(client: TestClient, session: Session) -> None:
    _rule(client, dict(EVENT_RULE, condition={"for_seconds": 0}))
    ops = auth_headers(client, "ops")
    answer = client.post("/api/cep/events/alertmanager", headers=ops, json=_am_payload("firing", "db-9"))
    assert answer.status_code == 202, answer.text
    assert _states(session) == {"db-9": "firing"}
    client.post("/api/cep/events/alertmanager", headers=ops, json=_am_payload("resolved", "db-9"))
    assert _states(session) == {"db-9": "resolved"}
    wrong = dict(_am_payload("firing", "db-9"), version="3")
    refused = client.post("/api/cep/events/alertmanager", headers=ops, json=wrong)
    assert refused.status_code == 422 and "version" in refused.text


class _Server(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # runs in a thread
        pass


def test_a_real_alertmanager_delivers_to_the_receiver(
    client: TestClient, session: Session, tmp_path: Path
) -> None:
    _rule(client, dict(EVENT_RULE, condition={"for_seconds": 0}))
    token = auth_headers(client, "ops")["Authorization"].split(" ", 1)[1]
    app_port = free_port()
    server = _Server(uvicorn.Config(create_api(), host="127.0.0.1", port=app_port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    config = (
        "route:\n  receiver: spa\n  group_by: [alertname]\n  group_wait: 1s\n  group_interval: 1s\n"
        "  repeat_interval: 1h\nreceivers:\n  - name: spa\n    webhook_configs:\n"
        f"      - url: http://127.0.0.1:{app_port}/api/cep/events/alertmanager\n        send_resolved: true\n"
        f"        http_config:\n          authorization:\n            type: Bearer\n            credentials: {token}\n"
    )
    try:
        with running_alertmanager(tmp_path, config) as am_url:
            now = datetime.now(UTC)
            alert = {"labels": {"alertname": "DiskFull", "instance": "db-7"}, "startsAt": now.isoformat()}
            assert httpx.post(f"{am_url}/api/v2/alerts", json=[alert], timeout=5).status_code == 200
            _wait(lambda: _states(session).get("db-7") == "firing", "firing delivered", tmp_path)
            ended = dict(alert, endsAt=(datetime.now(UTC) - timedelta(seconds=1)).isoformat())
            assert httpx.post(f"{am_url}/api/v2/alerts", json=[ended], timeout=5).status_code == 200
            _wait(lambda: _states(session).get("db-7") == "resolved", "resolved delivered", tmp_path)
    finally:
        server.should_exit = True
        thread.join(10)


def _wait(predicate: Any, what: str, tmp: Path, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.3)
    raise AssertionError(f"{what} not reached:\n{(tmp / 'alertmanager.log').read_text()[-2000:]}")


def test_event_rules_advance_for_and_resolve_after_on_timer_ticks(session: Session) -> None:
    from services.cep.evaluate import evaluate_rule
    from services.cep.events import EventIn, ingest
    from services.cep.scheduler import event_rules_with_instances
    from services.cep.schema import RuleSpec
    from services.cep.service import create_rule
    from services.core.security import SYSTEM

    spec = dict(EVENT_RULE, condition={"for_seconds": 60})
    spec["trigger"] = dict(EVENT_RULE["trigger"], resolve_after_seconds=300)  # type: ignore[arg-type]
    rule = create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(spec))
    session.commit()
    assert rule.id is not None
    t0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    ingest(session, [EventIn(labels={"alertname": "DiskFull", "instance": "db-5"})], now=t0)
    session.commit()
    assert _states(session) == {"db-5": "pending"} and event_rules_with_instances(session) == [rule.id]
    expected = {30: "pending", 60: "firing", 299: "firing", 300: "resolved"}
    for seconds, state in expected.items():
        evaluate_rule(session, rule.id, now=t0 + timedelta(seconds=seconds))  # a scheduler timer tick
        session.commit()
        assert _states(session) == {"db-5": state}, seconds
    assert event_rules_with_instances(session) == []


def test_concurrent_events_fire_each_instance_exactly_once(session: Session, db_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from services.cep.events import EventIn, ingest
    from services.cep.models import CepRule, CepTransition
    from services.cep.schema import RuleSpec
    from services.cep.service import create_rule
    from services.core.db import session_scope
    from services.core.security import SYSTEM

    rule = create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(dict(EVENT_RULE, condition={})))
    session.commit()
    now = datetime.now(UTC)

    def post(n: int) -> None:
        with session_scope() as s:
            ingest(s, [EventIn(labels={"alertname": "DiskFull", "instance": f"db-{n % 20}"})], now=now)

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(post, range(60)))  # each of 20 instances three times, concurrently
    assert set(_states(session).values()) == {"firing"} and len(_states(session)) == 20
    fired = session.exec(select(CepTransition).where(CepTransition.to_state == "firing")).all()
    assert len(fired) == 20
    session.expire_all()
    stored = session.get(CepRule, rule.id)
    assert stored is not None and stored.evaluations == 60 and stored.matches == 60

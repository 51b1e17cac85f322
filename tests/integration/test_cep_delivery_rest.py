"""CEP delivery REST end to end: channels (secrets write-only, audited, validated), send test, the
notification log with filters and replay, template preview, permissions — against real receivers."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, select

from services.cep import outbox
from services.cep.delivery_models import Channel
from services.cep.notifications import problems
from services.core import settings_registry
from services.core.clock import utcnow
from services.core.models import AuditLog
from tests.integration.cep_delivery_helpers import (
    PAYLOAD,
    Receiver,
    drain_until,
    fast_delivery_fixture,  # noqa: F401
    receiver_fixture,  # noqa: F401
)
from tests.integration.helpers import api_client, auth_headers, make_user

pytestmark = pytest.mark.usefixtures("fast_delivery")
BASE = "/api/cep"
SIGNING = "whsec-Do-Not-Leak-7781"
BEARER = "Bearer gateway-token-Do-Not-Leak"


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    make_user(session, "root", "admin")
    make_user(session, "ops", "operator")
    make_user(session, "view", "viewer")
    with api_client() as c:
        yield c


def _create(client: TestClient, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    response = client.post(f"{BASE}/channels", headers=headers, json=body)
    assert response.status_code == 201, response.text
    return response.json()


def _webhook(client: TestClient, headers: dict[str, str], url: str, name: str = "ops-hook") -> dict[str, Any]:
    return _create(
        client,
        headers,
        name=name,
        kind="webhook",
        config={"url": url, "headers": {"X-Team": "ops"}},
        secrets={"signing_secret": SIGNING, "authorization": BEARER},
    )


def test_channel_secrets_are_write_only_encrypted_and_never_audited(
    client: TestClient, session: Session, receiver: Receiver
) -> None:
    ops = auth_headers(client, "ops")
    made = _webhook(client, ops, receiver.url)
    assert made["secret_names"] == ["authorization", "signing_secret"] and made["created_by"] == "ops"
    listed = client.get(f"{BASE}/channels", headers=ops)
    one = client.get(f"{BASE}/channels/{made['id']}", headers=ops)
    renamed = client.patch(
        f"{BASE}/channels/{made['id']}",
        headers=ops,
        json={"name": "renamed", "secrets": {"authorization": ""}},
    )
    assert renamed.status_code == 200 and renamed.json()["secret_names"] == [
        "authorization",
        "signing_secret",
    ]
    for response in (listed, one, renamed):
        assert SIGNING not in response.text and "gateway-token" not in response.text
    stored = session.exec(select(Channel)).one()
    assert all(value.startswith("enc:v1:") for value in stored.secrets.values())
    assert SIGNING not in json.dumps(stored.secrets)
    audit_rows = session.exec(select(AuditLog).where(AuditLog.entity_type == "cep_channel")).all()
    assert {row.action for row in audit_rows} == {"cep.channel.create", "cep.channel.update"}
    dumped = json.dumps([[row.before, row.after] for row in audit_rows])
    assert SIGNING not in dumped and "gateway-token" not in dumped and "secret_names" in dumped
    # the kept secret still works: a test send carries both
    tested = client.post(f"{BASE}/channels/{made['id']}/test", headers=ops)
    assert tested.status_code == 200 and tested.json()["ok"], tested.text
    assert receiver.received[0].headers["Authorization"] == BEARER
    assert receiver.received[0].headers["X-Team"] == "ops"
    removed = client.patch(
        f"{BASE}/channels/{made['id']}", headers=ops, json={"secrets": {"authorization": None}}
    )
    assert removed.json()["secret_names"] == ["signing_secret"]


def test_channel_input_is_validated_naming_the_field(client: TestClient, receiver: Receiver) -> None:
    ops = auth_headers(client, "ops")
    cases = [
        ({"name": "x", "kind": "pager"}, "kind"),
        ({"name": "x", "kind": "webhook", "config": {"url": "ftp://h/x"}}, "config.url"),
        ({"name": "x", "kind": "webhook", "config": {"url": receiver.url, "verb": "GET"}}, "config.verb"),
        (
            {"name": "x", "kind": "webhook", "config": {"url": receiver.url}, "secrets": {"pin": "1"}},
            "secrets",
        ),
        ({"name": "x", "kind": "slack", "config": {}}, "secrets.webhook_url"),
        (
            {"name": "x", "kind": "email", "config": {"host": "h", "from_addr": "a@b", "to": ["nope"]}},
            "config.to",
        ),
        (
            {
                "name": "x",
                "kind": "sms",
                "config": {
                    "url": receiver.url,
                    "recipients": ["+82 10"],
                    "body_template": {"t": "{{ nope }}"},
                },
            },
            "body_template",
        ),
        ({"name": "", "kind": "webhook"}, "name"),
    ]
    for body, field in cases:
        response = client.post(f"{BASE}/channels", headers=ops, json=body)
        assert response.status_code == 422, (body, response.text)
        assert field in response.text, (field, response.text)
    _webhook(client, ops, receiver.url, name="dup")
    assert (
        client.post(
            f"{BASE}/channels",
            headers=ops,
            json={"name": "dup", "kind": "webhook", "config": {"url": receiver.url}},
        ).status_code
        == 409
    )


def test_permissions(client: TestClient, receiver: Receiver) -> None:
    viewer = auth_headers(client, "view")
    assert client.get(f"{BASE}/channels", headers=viewer).status_code == 200
    assert client.get(f"{BASE}/notifications", headers=viewer).status_code == 200
    assert (
        client.post(
            f"{BASE}/channels",
            headers=viewer,
            json={"name": "x", "kind": "webhook", "config": {"url": receiver.url}},
        ).status_code
        == 403
    )
    assert client.post(f"{BASE}/notifications/1/replay", headers=viewer).status_code == 403
    assert client.get(f"{BASE}/channels").status_code == 401


def test_send_test_reports_auth_failure_and_clears_the_flag_on_success(
    client: TestClient, session: Session, receiver: Receiver
) -> None:
    ops = auth_headers(client, "ops")
    made = _webhook(client, ops, receiver.url)
    receiver.script = [(403, {})]
    failed = client.post(f"{BASE}/channels/{made['id']}/test", headers=ops).json()
    assert not failed["ok"] and failed["error_class"] == "auth" and "HTTP 403" in failed["response"]
    session.execute(text("UPDATE cep_channels SET broken_at = now(), broken_reason = 'HTTP 401'"))
    session.commit()
    assert [p.source for p in problems(session, utcnow())] == ["cep.channel"]
    fixed = client.post(f"{BASE}/channels/{made['id']}/test", headers=ops).json()
    assert fixed["ok"] and fixed["latency_ms"] > 0
    assert client.get(f"{BASE}/channels/{made['id']}", headers=ops).json()["broken"] is False
    tests = session.exec(select(AuditLog).where(AuditLog.action == "cep.channel.test")).all()
    assert len(tests) == 2 and SIGNING not in json.dumps([t.after for t in tests])


def test_notification_log_filters_detail_and_replay(
    client: TestClient, session: Session, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPA_CEP_WEBHOOK_SIGNING_SECRET", "action-signing-key")
    settings_registry.invalidate()
    ops = auth_headers(client, "ops")
    good = _webhook(client, ops, receiver.url, name="good")
    receiver.script = [(410, {})]  # a client error: dead at once
    actions = [
        {"kind": "notify", "params": {"channel_ids": [good["id"]], "title_template": "{{ rule.name }}!"}},
        {"kind": "webhook", "params": {"url": receiver.url, "headers": {"X-Api-Token": "hdr-Do-Not-Leak"}}},
    ]
    ids = outbox.enqueue(session, actions=actions, payload=PAYLOAD, dedup_key="rest-1")
    session.commit()
    drain_until(lambda: len(receiver.received) == 2)
    asyncio.run(outbox.drain_once())
    page = client.get(f"{BASE}/notifications", headers=ops).json()
    assert [item["id"] for item in page["items"]] == sorted(ids, reverse=True)
    dead = client.get(f"{BASE}/notifications?status=dead", headers=ops).json()["items"]
    delivered = client.get(f"{BASE}/notifications?status=delivered", headers=ops).json()["items"]
    assert len(dead) == 1 and len(delivered) == 1 and dead[0]["last_error_class"] == "client"
    assert delivered[0]["summary"] == "High CPU · firing · web-01"
    assert client.get(f"{BASE}/notifications?status=bogus", headers=ops).status_code == 422
    webhook_row = next(item for item in page["items"] if item["action_kind"] == "webhook")
    detail = client.get(f"{BASE}/notifications/{webhook_row['id']}", headers=ops)
    assert detail.status_code == 200 and "hdr-Do-Not-Leak" not in detail.text
    assert detail.json()["target"]["headers"] == {"X-Api-Token": "***"}
    assert [a["attempt"] for a in detail.json()["log"]] == [1]
    action_call = next(r for r in receiver.received if r.headers.get("X-Api-Token") == "hdr-Do-Not-Leak")
    expected = hmac.new(b"action-signing-key", action_call.body, hashlib.sha256).hexdigest()
    assert action_call.headers["X-SPA-Signature"] == f"sha256={expected}"
    replayed = client.post(f"{BASE}/notifications/{dead[0]['id']}/replay", headers=ops)
    assert replayed.status_code == 200 and replayed.json()["status"] == "pending"
    again = client.post(f"{BASE}/notifications/{delivered[0]['id']}/replay", headers=ops)
    assert again.status_code == 409
    drain_until(lambda: len(receiver.received) == 3)
    assert client.get(f"{BASE}/notifications?status=dead", headers=ops).json()["items"] == []
    replay_audit = session.exec(select(AuditLog).where(AuditLog.action == "cep.notification.replay")).all()
    assert [row.actor for row in replay_audit] == ["ops"]


def test_slack_and_sms_channels_send_their_formats(
    client: TestClient, receiver: Receiver, session: Session
) -> None:
    ops = auth_headers(client, "ops")
    slack = _create(
        client,
        ops,
        name="slack",
        kind="slack",
        config={"mention": "<!here>"},
        secrets={"webhook_url": receiver.url + "/slack"},
    )
    sms = _create(
        client,
        ops,
        name="sms",
        kind="sms",
        config={
            "url": receiver.url + "/sms",
            "recipients": ["+821011112222", "+821033334444"],
            "body_template": {"dest": "{{ to }}", "msg": "{{ message }}"},
            "max_chars": 40,
        },
        secrets={"authorization": BEARER},
    )
    assert "webhook_url" in slack["secret_names"] and receiver.url not in json.dumps(slack)
    ids = outbox.enqueue(
        session,
        actions=[{"kind": "notify", "params": {"channel_ids": [slack["id"], sms["id"]]}}],
        payload=PAYLOAD,
        dedup_key="fmt",
    )
    session.commit()
    assert len(ids) == 2
    drain_until(lambda: len(receiver.received) == 3)
    by_path: dict[str, list[Any]] = {}
    for got in receiver.received:
        by_path.setdefault(got.path, []).append(got)
    slack_body = by_path["/hook/slack"][0].json()
    assert [b["type"] for b in slack_body["blocks"]] == ["header", "section", "context"]
    assert slack_body["blocks"][1]["text"]["text"].startswith("<!here> High CPU")
    sms_bodies = [got.json() for got in by_path["/hook/sms"]]
    assert [b["dest"] for b in sms_bodies] == ["+821011112222", "+821033334444"]
    assert all(len(b["msg"]) <= 40 for b in sms_bodies)
    assert all(got.headers["Authorization"] == BEARER for got in by_path["/hook/sms"])


def test_template_preview_and_context(client: TestClient) -> None:
    viewer = auth_headers(client, "view")
    context = client.get(f"{BASE}/templates/context", headers=viewer).json()
    assert {"rule", "labels", "value", "threshold", "state", "ci", "started_at", "links"} <= set(
        context["variables"]
    )
    ok = client.post(
        f"{BASE}/templates/preview", headers=viewer, json={"template": "{{ rule.name }} {{ value }}"}
    )
    assert ok.json()["text"] == "Test notification 91.5"
    bad = client.post(
        f"{BASE}/templates/preview", headers=viewer, json={"template": "{{ rule.name }} {{ cpu }}"}
    )
    assert bad.status_code == 422 and "cpu" in bad.json()["error"]["message"]
    attr = client.post(f"{BASE}/templates/preview", headers=viewer, json={"template": "{{ rule.nmae }}"})
    assert attr.status_code == 422 and "nmae" in attr.json()["error"]["message"]
    kinds = {k["kind"] for k in client.get(f"{BASE}/action-kinds", headers=viewer).json()}
    assert {"notify", "webhook", "call_api"} <= kinds

"""ADMIN settings REST on a real database: effective values with their source, typed validation naming
the key, all-or-nothing bulk updates, reset, secrets redacted, audit rows with old and new values, and
modules reading the live value (timezone, lockout thresholds, LLM model) without a restart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from services.core import settings_registry
from services.core.clock import format_local
from services.core.models import AppSetting, AuditLog
from services.core.settings_registry import SettingSpec
from services.ops.settings import LLM_MODEL
from tests.integration.helpers import PASSWORD, api_client, auth_headers, make_user

BASE = "/api/admin/settings"
SECRET = SettingSpec("test_admin_webhook_token", str, "", "test", "토큰", "Token", secret=True)


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    settings_registry.declare(SECRET)
    settings_registry.invalidate()
    make_user(session, "root", "admin")
    make_user(session, "view", "viewer")
    with api_client() as c:
        yield c
    settings_registry.invalidate()


def _audit(session: Session, action: str) -> list[AuditLog]:
    session.expire_all()
    return list(
        session.exec(select(AuditLog).where(AuditLog.action == action).order_by(col(AuditLog.id))).all()
    )


def _stored(session: Session) -> dict[str, object]:
    session.expire_all()
    return {row.key: row.value for row in session.exec(select(AppSetting)).all()}


def test_list_shows_effective_value_source_and_metadata(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = auth_headers(client, "root")
    monkeypatch.setenv("SPA_AUTH_LOCKOUT_MINUTES", "30")
    client.put(f"{BASE}/timezone", headers=admin, json={"value": "UTC"}).raise_for_status()
    items, cursor = [], None
    while True:
        page = client.get(BASE, headers=admin, params={"limit": 7, "cursor": cursor}).json()
        items += page["items"]
        if not (cursor := page["next_cursor"]):
            break
    listed = {item["key"]: item for item in items}
    assert len(listed) == page["total"] == len(settings_registry.specs())
    assert listed["timezone"]["value"] == "UTC" and listed["timezone"]["source"] == "database"
    assert listed["auth_lockout_minutes"]["value"] == 30
    assert listed["auth_lockout_minutes"]["source"] == "environment"
    assert listed["auth_lockout_minutes"]["env_var"] == "SPA_AUTH_LOCKOUT_MINUTES"
    limit = listed["docs_max_upload_mb"]
    assert limit["source"] == "default" and limit["type"] == "int" and limit["minimum"] is not None
    assert listed["auth_address_max_failures"]["description"]["ko"]
    assert listed["auth_address_max_failures"]["description"]["en"]
    assert listed[LLM_MODEL]["nullable"] and listed[LLM_MODEL]["value"] is None
    assert any(item["restart_required"] for item in items) or all(
        not spec.restart_required for spec in settings_registry.specs()
    )
    assert [(i["category"], i["key"]) for i in items] == sorted((i["category"], i["key"]) for i in items)

    one = client.get(f"{BASE}/auth_lockout_minutes", headers=admin).json()
    assert one == listed["auth_lockout_minutes"]
    viewer = auth_headers(client, "view")
    assert client.get(BASE, headers=viewer).status_code == 403
    assert client.put(f"{BASE}/timezone", headers=viewer, json={"value": "UTC"}).status_code == 403


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("auth_address_max_failures", "many", "whole number"),
        ("auth_address_max_failures", 0, "at least 1"),
        ("auth_lockout_minutes", 10_081, "at most 10080"),
        ("timezone", "Mars/Olympus", "IANA timezone"),
        ("timezone", 5, "text"),
        ("docs_max_upload_mb", True, "whole number"),
    ],
)
def test_invalid_values_are_refused_naming_the_key(
    client: TestClient, session: Session, key: str, value: object, problem: str
) -> None:
    admin = auth_headers(client, "root")
    response = client.put(f"{BASE}/{key}", headers=admin, json={"value": value})
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert key in error["message"] and problem in error["message"]
    assert error["details"]["field"] == key
    assert _stored(session) == {} and _audit(session, "settings.update") == []


def test_bulk_update_is_all_or_nothing(client: TestClient, session: Session) -> None:
    admin = auth_headers(client, "root")
    good = {"auth_address_max_failures": 3, "timezone": "Europe/Berlin"}
    for bad, status in (({"auth_lockout_minutes": -1}, 422), ({"no_such_setting": 1}, 404)):
        response = client.patch(BASE, headers=admin, json={"values": {**good, **bad}})
        assert response.status_code == status, response.text
        assert next(iter(bad)) in response.json()["error"]["message"]
        assert _stored(session) == {} and _audit(session, "settings.update") == []
    assert client.patch(BASE, headers=admin, json={"values": {}}).status_code == 422

    response = client.patch(BASE, headers=admin, json={"values": {**good, "auth_lockout_minutes": "20"}})
    assert response.status_code == 200, response.text
    assert {item["key"]: item["value"] for item in response.json()} == {
        "auth_address_max_failures": 3,
        "auth_lockout_minutes": 20,
        "timezone": "Europe/Berlin",
    }
    rows = {row.entity_id: row for row in _audit(session, "settings.update")}
    assert rows["timezone"].before == {"value": "Asia/Seoul"} and rows["timezone"].after == {
        "value": "Europe/Berlin"
    }
    assert (
        rows["auth_lockout_minutes"].before == {"value": 15} and rows["auth_lockout_minutes"].actor == "root"
    )


def test_reset_returns_to_environment_then_default(
    client: TestClient, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = auth_headers(client, "root")
    monkeypatch.setenv("SPA_TIMEZONE", "Asia/Tokyo")
    client.put(f"{BASE}/timezone", headers=admin, json={"value": "UTC"}).raise_for_status()
    reset = client.delete(f"{BASE}/timezone", headers=admin).json()
    assert (reset["value"], reset["source"]) == ("Asia/Tokyo", "environment")
    monkeypatch.delenv("SPA_TIMEZONE")
    again = client.get(f"{BASE}/timezone", headers=admin).json()
    assert (again["value"], again["source"]) == ("Asia/Seoul", "default")
    [row] = _audit(session, "settings.reset")
    assert row.entity_id == "timezone" and row.before == {"value": "UTC"}
    assert client.delete(f"{BASE}/nope", headers=admin).status_code == 404


def test_secret_settings_are_redacted_everywhere(client: TestClient, session: Session) -> None:
    admin = auth_headers(client, "root")
    response = client.put(f"{BASE}/{SECRET.key}", headers=admin, json={"value": "xoxb-top-secret"})
    assert response.status_code == 200 and response.json()["value"] == "***"
    assert "top-secret" not in client.get(BASE, headers=admin, params={"limit": 500}).text
    assert "top-secret" not in str(_stored(session)[SECRET.key])  # encrypted at rest
    [row] = _audit(session, "settings.update")
    assert row.after == {"value": "***"}
    assert settings_registry.get(SECRET.key) == "xoxb-top-secret"


def test_modules_read_the_live_value(client: TestClient) -> None:
    admin = auth_headers(client, "root")
    noon = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert format_local(noon) == "2026-01-01 21:00:00"  # Asia/Seoul by default
    client.put(f"{BASE}/timezone", headers=admin, json={"value": "UTC"}).raise_for_status()
    assert format_local(noon) == "2026-01-01 12:00:00"

    client.put(f"{BASE}/{LLM_MODEL}", headers=admin, json={"value": "openai/some-model"}).raise_for_status()
    assert settings_registry.get(LLM_MODEL) == "openai/some-model"
    cleared = client.put(f"{BASE}/{LLM_MODEL}", headers=admin, json={"value": ""}).json()
    assert cleared["value"] is None and cleared["source"] == "database"

    # The second failure locks (instead of the fifth): the next sign-in uses the new threshold.
    client.put(f"{BASE}/auth_address_max_failures", headers=admin, json={"value": 2}).raise_for_status()
    wrong = {"username": "view", "password": "not-the-password"}
    assert [client.post("/api/auth/token", json=wrong).status_code for _ in range(3)] == [401, 429, 429]
    right = {"username": "view", "password": PASSWORD}
    assert client.post("/api/auth/token", json=right).status_code == 429

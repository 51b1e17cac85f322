"""Audit viewer REST on a real database: filters (actor, action prefix, entity, time range, request id),
keyset pages, and the CSV export with spreadsheet formulas neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from services.core.clock import utcnow
from tests.integration.helpers import api_client, auth_headers, make_user

BASE = "/api/admin/audit"


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    make_user(session, "root", "admin")
    make_user(session, "view", "viewer")
    with api_client() as c:
        yield c


def _all(client: TestClient, headers: dict[str, str], **params: object) -> list[dict]:
    items, cursor = [], None
    while True:
        response = client.get(BASE, headers=headers, params={**params, "limit": 2, "cursor": cursor})
        assert response.status_code == 200, response.text
        page = response.json()
        items += page["items"]
        if not (cursor := page["next_cursor"]):
            return items


def test_filters_and_pages(client: TestClient) -> None:
    admin = {**auth_headers(client, "root"), "X-Request-ID": "req-audit-1"}
    body = {"username": "kim", "password": "kim-passw0rd!", "role": "viewer"}
    client.post("/api/admin/users", headers=admin, json=body).raise_for_status()
    client.patch("/api/admin/users/kim", headers=admin, json={"display_name": "Kim Y."}).raise_for_status()
    client.put("/api/admin/settings/timezone", headers=admin, json={"value": "UTC"}).raise_for_status()

    by_root = _all(client, admin, actor="root")
    assert [e["action"] for e in by_root] == ["settings.update", "user.update", "user.create", "auth.login"]
    ids = [e["id"] for e in by_root]
    assert ids == sorted(ids, reverse=True)
    assert [e["action"] for e in _all(client, admin, action="user.", actor="root")] == [
        "user.update",
        "user.create",
    ]
    assert [e["action"] for e in _all(client, admin, action="user_")] == []  # a prefix, not a pattern
    settings = _all(client, admin, entity_type="setting", entity_id="timezone")
    assert len(settings) == 1 and settings[0]["after"] == {"value": "UTC"}
    tagged = _all(client, admin, request_id="req-audit-1")
    assert {e["action"] for e in tagged} == {"settings.update", "user.update", "user.create"}
    update = next(e for e in tagged if e["action"] == "user.update")
    assert update["before"]["display_name"] == "kim" and update["after"]["display_name"] == "Kim Y."

    now = utcnow()
    assert _all(client, admin, since=(now - timedelta(minutes=5)).isoformat(), actor="root") == by_root
    assert _all(client, admin, until=(now - timedelta(minutes=5)).isoformat()) == []
    backwards = {"since": now.isoformat(), "until": (now - timedelta(hours=1)).isoformat()}
    response = client.get(BASE, headers=admin, params=backwards)
    assert response.status_code == 422 and response.json()["error"]["details"]["field"] == "since"
    naive = client.get(BASE, headers=admin, params={"since": "2026-01-01T00:00:00"})
    assert naive.status_code == 422

    viewer = auth_headers(client, "view")
    assert client.get(BASE, headers=viewer).status_code == 403
    assert client.get(f"{BASE}.csv", headers=viewer).status_code == 403


def test_csv_export_neutralises_formulas(client: TestClient) -> None:
    admin = auth_headers(client, "root")
    attacker = '=hyperlink("http://evil.example","x")'
    for _ in range(5):  # failed sign-ins of a made-up user name: the lockout row names it as actor
        client.post("/api/auth/token", json={"username": attacker, "password": "whatever-123"})
    response = client.get(f"{BASE}.csv", headers=admin, params={"action": "auth.lockout"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 1
    assert rows[0]["actor"] == "'" + attacker and rows[0]["action"] == "auth.lockout"
    assert '"failures": 5' in rows[0]["after"]
    every = list(csv.DictReader(io.StringIO(client.get(f"{BASE}.csv", headers=admin).text)))
    assert {r["action"] for r in every} >= {"auth.login", "auth.lockout"}
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in every for cell in row.values())

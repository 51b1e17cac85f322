"""API keys for everyone: users create, list and revoke their own keys (scopes they hold), admins see and
revoke everyone's; each key remembers when and from which address it was last used."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from tests.integration.helpers import api_client, auth_headers, make_user

MINE = "/api/account/api-keys"


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    make_user(session, "root", "admin")
    make_user(session, "view", "viewer")
    with api_client() as c:
        yield c


def test_users_manage_their_own_keys_and_admins_everyones(client: TestClient) -> None:
    viewer, admin = auth_headers(client, "view"), auth_headers(client, "root")
    refused = client.post(MINE, headers=viewer, json={"name": "too much", "scopes": ["admin:users"]})
    assert refused.status_code == 403 and refused.json()["error"]["details"]["not_held"] == ["admin:users"]
    created = client.post(MINE, headers=viewer, json={"name": "reader", "scopes": ["infra:read"]})
    assert created.status_code == 201, created.text
    secret, key_id = created.json()["secret"], created.json()["id"]
    admin_key = client.post(MINE, headers=admin, json={"name": "ops", "scopes": ["admin:audit"]}).json()

    assert client.get("/api/infra/cis", headers={"X-API-Key": secret}).status_code == 200
    [mine] = client.get(MINE, headers=viewer).json()["items"]
    assert mine["name"] == "reader" and mine["last_used_at"] and mine["last_used_ip"] == "testclient"
    assert mine["owner"] == "view" and "secret" not in mine
    everyone = client.get("/api/admin/api-keys", headers=admin).json()["items"]
    assert {k["name"] for k in everyone} == {"reader", "ops"}
    assert client.get("/api/admin/api-keys", headers=viewer).status_code == 403

    assert client.delete(f"{MINE}/{admin_key['id']}", headers=viewer).status_code == 404  # not theirs
    assert client.delete(f"{MINE}/{key_id}", headers=viewer).json()["revoked_at"]
    assert client.get("/api/infra/cis", headers={"X-API-Key": secret}).status_code == 401
    assert client.delete(f"/api/admin/api-keys/{admin_key['id']}", headers=admin).json()["revoked_at"]
    assert client.get(MINE, headers={}).status_code == 401

"""REST: tokens, API keys, permissions (401 vs 403), health, error bodies, audit context."""

from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from services.admin import api_keys, service
from services.core.clock import utcnow
from services.core.models import AuditLog
from services.core.security import issue_jwt
from spa_ai.api.app import create_api
from tests.integration.helpers import PASSWORD, make_user


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    with TestClient(create_api()) as c:
        yield c


def _token(client: TestClient, username: str) -> str:
    response = client.post("/api/auth/token", json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return response.json()["access_token"]


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_token_and_me(client: TestClient, session: Session) -> None:
    make_user(session, "root", "admin")
    body = client.post("/api/auth/token", json={"username": "root", "password": PASSWORD}).json()
    assert body["token_type"] == "bearer" and body["user"]["role"] == "admin"
    me = client.get("/api/admin/me", headers=_bearer(body["access_token"])).json()
    assert me["username"] == "root" and "admin:users" in me["permissions"]


def test_bad_credentials_and_lockout_over_rest(client: TestClient, session: Session) -> None:
    make_user(session, "root", "admin")
    for _ in range(4):
        response = client.post("/api/auth/token", json={"username": "root", "password": "wrong"})
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "unauthorized"
    assert client.post("/api/auth/token", json={"username": "root", "password": "wrong"}).status_code == 429
    locked = client.post("/api/auth/token", json={"username": "root", "password": PASSWORD})
    assert locked.status_code == 429 and locked.json()["error"]["code"] == "locked"


def test_401_without_or_with_bad_credentials_and_403_without_permission(
    client: TestClient, session: Session
) -> None:
    make_user(session, "view", "viewer")
    missing = client.get("/api/admin/users")
    assert missing.status_code == 401 and "authentication required" in missing.json()["error"]["message"]
    assert client.get("/api/admin/users", headers=_bearer("garbage")).status_code == 401
    forbidden = client.get("/api/admin/users", headers=_bearer(_token(client, "view")))
    assert forbidden.status_code == 403
    assert forbidden.json()["error"] == {
        "code": "forbidden",
        "message": "permission 'admin:users' required",
        "details": {"permission": "admin:users"},
    }


def test_expired_jwt_is_401(client: TestClient, session: Session) -> None:
    make_user(session, "root", "admin")
    token, _ = issue_jwt(username="root", session_id="whatever", lifetime=timedelta(seconds=-5))
    response = client.get("/api/admin/me", headers=_bearer(token))
    assert response.status_code == 401 and response.json()["error"]["message"] == "token expired"


def test_malformed_json_is_422_with_a_message(client: TestClient) -> None:
    response = client.post(
        "/api/auth/token", content=b'{"username": "x", ', headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"
    assert "JSON" in response.json()["error"]["message"]
    missing = client.post("/api/auth/token", json={"username": "x"})
    assert missing.status_code == 422 and "password" in missing.json()["error"]["message"]


def test_api_key_lifecycle_valid_wrong_scope_revoked_expired(client: TestClient, session: Session) -> None:
    make_user(session, "root", "admin")
    admin_headers = _bearer(_token(client, "root"))
    created = client.post(
        "/api/admin/api-keys",
        headers=admin_headers,
        json={"name": "ci-bot", "scopes": ["infra:read", "admin:audit"]},
    )
    assert created.status_code == 201
    secret = created.json()["secret"]
    key_headers = {"X-API-Key": secret}

    assert client.get("/api/admin/audit", headers=key_headers).status_code == 200
    me = client.get("/api/admin/me", headers=key_headers).json()
    assert me["via"] == "api_key" and me["permissions"] == ["admin:audit", "infra:read"]
    assert client.get("/api/admin/users", headers=key_headers).status_code == 403  # outside its scopes
    assert client.get("/api/admin/me", headers={"X-API-Key": secret[:-3] + "abc"}).status_code == 401

    listed = client.get("/api/admin/api-keys", headers=admin_headers).json()["items"]
    assert listed[0]["prefix"] in secret and "secret" not in listed[0] and "secret_hash" not in listed[0]
    assert (
        client.delete(f"/api/admin/api-keys/{created.json()['id']}", headers=admin_headers).status_code == 200
    )
    revoked = client.get("/api/admin/me", headers=key_headers)
    assert revoked.status_code == 401 and revoked.json()["error"]["message"] == "API key revoked"

    owner = service.principal_for(service.get_user(session, "root"))  # type: ignore[arg-type]
    expiring_secret, key = api_keys.create_api_key(
        session, actor=owner, name="short", scopes=["infra:read"], expires_at=utcnow() + timedelta(minutes=1)
    )
    key.expires_at = utcnow() - timedelta(seconds=1)
    session.add(key)
    session.commit()
    expired = client.get("/api/admin/me", headers={"X-API-Key": expiring_secret})
    assert expired.status_code == 401 and expired.json()["error"]["message"] == "API key expired"


def test_api_key_scopes_cannot_exceed_the_creator(client: TestClient, session: Session) -> None:
    make_user(session, "root", "admin")
    response = client.post(
        "/api/admin/api-keys",
        headers=_bearer(_token(client, "root")),
        json={"name": "k", "scopes": ["nonsense:perm"]},
    )
    assert response.status_code == 422 and "nonsense:perm" in response.json()["error"]["message"]


def test_mutations_are_audited_with_ip_and_request_id(client: TestClient, session: Session) -> None:
    make_user(session, "root", "admin")
    headers = {**_bearer(_token(client, "root")), "X-Request-ID": "req-12345"}
    response = client.post(
        "/api/admin/users",
        headers=headers,
        json={"username": "newbie", "password": PASSWORD, "role": "viewer"},
    )
    assert response.status_code == 201 and response.headers["X-Request-ID"] == "req-12345"
    session.expire_all()
    row = session.exec(
        select(AuditLog)
        .where(AuditLog.action == "user.create", AuditLog.entity_type == "user")
        .order_by(AuditLog.id.desc())
    ).first()
    assert row is not None and row.actor == "root" and row.request_id == "req-12345" and row.ip
    assert row.after["username"] == "newbie" and "password" not in row.after
    assert PASSWORD not in str(row.after) and row.after["must_change_password"] is False
    audit_page = client.get("/api/admin/audit?limit=2", headers=headers).json()
    assert len(audit_page["items"]) == 2 and audit_page["next_cursor"]


def test_health_and_readiness(client: TestClient) -> None:
    health = client.get("/api/health").json()
    assert health["db"] == "ok" and health["version"] and health["status"] == "ok"
    ready = client.get("/api/health/ready")
    assert ready.status_code == 200 and ready.json()["ready"] is True


def test_openapi_lists_routes(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/auth/token" in paths and "/api/admin/api-keys" in paths
    assert client.get("/api/docs").status_code == 200

"""Accounts over REST on a real database: password change and admin reset (one-time password, forced
change), sign-out, sessions that stay dead after re-enabling, 422s for bad input, error keys, the
JSON body limit and security headers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from services.admin import api_keys, messages, service
from services.core.errors import DomainError, ValidationFailed
from services.core.i18n import STRINGS, translate_error
from services.core.models import AuditLog
from services.core.security import SYSTEM
from spa_ai.api.app import create_api
from tests.integration.helpers import PASSWORD, make_user

NEW_PASSWORD = "an0ther-g00d-passw0rd"


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    with TestClient(create_api()) as c:
        yield c


def _token(client: TestClient, username: str, password: str = PASSWORD) -> str:
    response = client.post("/api/auth/token", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return response.json()["access_token"]


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_admin_reset_gives_a_one_time_password_that_must_be_changed_first(
    client: TestClient, session: Session
) -> None:
    make_user(session, "root", "admin")
    make_user(session, "kim", "operator")
    admin = _bearer(_token(client, "root"))
    old_session = _bearer(_token(client, "kim"))
    assert client.post("/api/admin/users/root/reset-password", headers=admin).status_code == 422
    reset = client.post("/api/admin/users/kim/reset-password", headers=admin)
    assert reset.status_code == 200
    one_time = reset.json()["one_time_password"]
    assert len(one_time) >= 10
    assert client.get("/api/admin/me", headers=old_session).status_code == 401  # sessions revoked
    signed_in = client.post("/api/auth/token", json={"username": "kim", "password": one_time}).json()
    assert signed_in["user"]["must_change_password"] is True
    pending = _bearer(signed_in["access_token"])
    me = client.get("/api/admin/me", headers=pending)
    assert me.status_code == 200 and me.json()["must_change_password"] is True
    for method, path in (("GET", "/api/infra/cis"), ("GET", "/api/ops/history"), ("GET", "/api/jobs/x")):
        refused = client.request(method, path, headers=pending)
        assert refused.status_code == 403, path
        assert refused.json()["error"]["code"] == "password_change_required"
    weak = client.post(
        "/api/auth/change-password",
        headers=pending,
        json={"current_password": one_time, "new_password": "short"},
    )
    assert weak.status_code == 422 and "10 characters" in weak.json()["error"]["message"]
    wrong = client.post(
        "/api/auth/change-password",
        headers=pending,
        json={"current_password": "not-it-at-all", "new_password": NEW_PASSWORD},
    )
    assert wrong.status_code == 422 and "current password" in wrong.json()["error"]["message"]
    changed = client.post(
        "/api/auth/change-password",
        headers=pending,
        json={"current_password": one_time, "new_password": NEW_PASSWORD},
    )
    assert changed.status_code == 204
    assert client.get("/api/infra/cis", headers=pending).status_code == 200
    assert client.post("/api/auth/token", json={"username": "kim", "password": one_time}).status_code == 401
    actions = [row.action for row in session.exec(select(AuditLog)).all()]
    assert "user.reset_password" in actions and "user.change_password" in actions
    assert one_time not in str([row.after for row in session.exec(select(AuditLog)).all()])


def test_a_first_admin_created_with_must_change_password_is_held_to_it(
    client: TestClient, session: Session
) -> None:
    service.create_user(
        session, actor=SYSTEM, username="admin", password=PASSWORD, role="admin", must_change_password=True
    )
    session.commit()
    pending = _bearer(_token(client, "admin"))
    assert (
        client.get("/api/admin/users", headers=pending).json()["error"]["code"] == "password_change_required"
    )
    assert client.post("/api/auth/logout", headers=pending).status_code == 204


def test_changing_the_password_ends_the_other_sessions(client: TestClient, session: Session) -> None:
    make_user(session, "lee", "viewer")
    laptop, phone = _bearer(_token(client, "lee")), _bearer(_token(client, "lee"))
    changed = client.post(
        "/api/auth/change-password",
        headers=phone,
        json={"current_password": PASSWORD, "new_password": NEW_PASSWORD},
    )
    assert changed.status_code == 204
    assert client.get("/api/admin/me", headers=laptop).status_code == 401
    assert client.get("/api/admin/me", headers=phone).status_code == 200
    same = client.post(
        "/api/auth/change-password",
        headers=phone,
        json={"current_password": NEW_PASSWORD, "new_password": NEW_PASSWORD},
    )
    assert same.status_code == 422


def test_logout_revokes_the_session(client: TestClient, session: Session) -> None:
    make_user(session, "park", "viewer")
    headers = _bearer(_token(client, "park"))
    assert client.post("/api/auth/logout", headers=headers).status_code == 204
    gone = client.get("/api/admin/me", headers=headers)
    assert gone.status_code == 401 and "signed out" in gone.json()["error"]["message"]
    assert client.post("/api/auth/logout").status_code == 401


def test_re_enabling_a_user_does_not_revive_old_sessions(client: TestClient, session: Session) -> None:
    make_user(session, "root", "admin")
    make_user(session, "choi", "viewer")
    admin = _bearer(_token(client, "root"))
    old = _bearer(_token(client, "choi"))
    assert client.patch("/api/admin/users/choi", headers=admin, json={"is_active": False}).status_code == 200
    assert client.patch("/api/admin/users/choi", headers=admin, json={"is_active": True}).status_code == 200
    assert client.get("/api/admin/me", headers=old).status_code == 401
    assert client.get("/api/admin/me", headers=_bearer(_token(client, "choi"))).status_code == 200


def test_bad_input_is_422_not_500(client: TestClient, session: Session) -> None:
    make_user(session, "root", "admin")
    admin = _bearer(_token(client, "root"))
    naive = client.post(
        "/api/admin/api-keys",
        headers=admin,
        json={"name": "k", "scopes": ["infra:read"], "expires_at": "2030-01-01T00:00:00"},
    )
    assert naive.status_code == 422 and "expires_at" in naive.json()["error"]["message"]
    long_name = client.patch("/api/admin/users/root", headers=admin, json={"display_name": "x" * 500})
    assert long_name.status_code == 422 and "display_name" in long_name.json()["error"]["message"]
    created = client.post(
        "/api/admin/users",
        headers=admin,
        json={"username": "new1", "password": PASSWORD, "role": "viewer", "display_name": "y" * 121},
    )
    assert created.status_code == 422
    # The services refuse the same input with a key for the UI (not a database error).
    root = service.principal_for(service.existing_user(session, "root"))
    with pytest.raises(ValidationFailed) as too_long:
        service.update_user(session, actor=root, username="root", display_name="x" * 500)
    assert too_long.value.key == "display_name_too_long" and too_long.value.params == {"max": 120}
    with pytest.raises(ValidationFailed) as expiry:
        api_keys.create_api_key(
            session, actor=root, name="k", scopes=["infra:read"], expires_at=datetime(2030, 1, 1)
        )
    assert expiry.value.key == "invalid_expiry"


def test_admin_errors_name_an_i18n_key_with_their_parameters(session: Session) -> None:
    make_user(session, "root", "admin")
    root = service.principal_for(service.existing_user(session, "root"))
    cases = [
        lambda: service.create_user(session, actor=root, username="root", password=PASSWORD, role="viewer"),
        lambda: service.create_user(session, actor=root, username="x9", password="short", role="viewer"),
        lambda: service.update_user(session, actor=root, username="ghost", role="viewer"),
        lambda: service.update_user(session, actor=root, username="root", is_active=False),
        lambda: service.update_user(session, actor=SYSTEM, username="root", role="viewer"),
        lambda: service.change_password(
            session, actor=root, current_password="wrong", new_password=NEW_PASSWORD
        ),
        lambda: api_keys.create_api_key(session, actor=root, name="k", scopes=["nope"]),
    ]
    keys = []
    for case in cases:
        with pytest.raises(DomainError) as caught:
            case()
        session.rollback()
        error = caught.value
        assert error.key and f"errors.{error.key}" in STRINGS, error.message
        korean = translate_error(error, "ko")
        assert korean != error.message and "{" not in korean
        keys.append(error.key)
    assert keys == [
        "duplicate_username",
        "password_too_short",
        "unknown_user",
        "self_change",
        "last_admin",
        "wrong_current_password",
        "unknown_scope",
    ]
    assert all(set(texts) == {"ko", "en"} for texts in messages.STRINGS.values())


def test_request_bodies_are_bounded(client: TestClient) -> None:
    huge = '{"username": "x", "password": "' + "p" * (3 * 1024 * 1024) + '"}'
    response = client.post("/api/auth/token", content=huge, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"
    assert "SPA_MAX_REQUEST_MB" in response.json()["error"]["message"]


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/api/health", "/api/admin/me", "/api/no-such-route", "/api/openapi.json", "/api/docs"):
        headers = client.get(path).headers
        assert headers["x-frame-options"] == "DENY", path
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["referrer-policy"] == "same-origin", path
        policy = headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy and "default-src 'self'" in policy, path
    docs = client.get("/api/docs").headers["content-security-policy"]
    assert "https://cdn.jsdelivr.net" in docs  # Swagger UI's assets
    assert "cdn.jsdelivr.net" not in client.get("/api/health").headers["content-security-policy"]

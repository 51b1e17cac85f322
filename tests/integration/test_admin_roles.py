"""Custom roles and users' sessions over REST on a real database: a custom role's permissions apply on
the next request, built-in roles are fixed, a role in use stays; admins see and end a user's sessions;
last-admin and self protections hold."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from services.core.models import AuditLog
from services.core.security import PERMISSIONS, ROLE_PERMISSIONS
from tests.integration.helpers import api_client, auth_headers, make_user

ROLES = "/api/admin/roles"


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    make_user(session, "root", "admin")
    make_user(session, "kim", "viewer")
    with api_client() as c:
        yield c


def test_matrix_lists_every_permission_and_role(client: TestClient) -> None:
    matrix = client.get(ROLES, headers=auth_headers(client, "root")).json()
    assert matrix["permissions"] == list(PERMISSIONS)
    roles = {role["name"]: role for role in matrix["roles"]}
    assert list(roles) == ["admin", "operator", "viewer"]
    for name, granted in ROLE_PERMISSIONS.items():
        assert set(roles[name]["permissions"]) == granted and roles[name]["builtin"]
    assert roles["admin"]["users"] == 1 and roles["viewer"]["users"] == 1


def test_custom_role_applies_on_the_next_request(client: TestClient, session: Session) -> None:
    admin = auth_headers(client, "root")
    body = {
        "name": "auditor",
        "description": "reads the audit log",
        "permissions": ["admin:audit", "infra:read"],
    }
    created = client.post(ROLES, headers=admin, json=body)
    assert created.status_code == 201, created.text
    # permissions come back in their declaration order
    assert created.json() == {
        **body,
        "permissions": ["infra:read", "admin:audit"],
        "builtin": False,
        "users": 0,
    }
    client.patch("/api/admin/users/kim", headers=admin, json={"role": "auditor"}).raise_for_status()

    kim = auth_headers(client, "kim")
    me = client.get("/api/admin/me", headers=kim).json()
    assert me["role"] == "auditor" and me["permissions"] == ["admin:audit", "infra:read"]
    assert client.get("/api/admin/audit", headers=kim).status_code == 200
    assert client.get("/api/admin/users", headers=kim).status_code == 403

    changed = client.patch(f"{ROLES}/auditor", headers=admin, json={"permissions": ["infra:read"]})
    assert changed.status_code == 200 and changed.json()["users"] == 1
    assert client.get("/api/admin/audit", headers=kim).status_code == 403  # same token, next request
    assert client.get("/api/infra/cis", headers=kim).status_code == 200

    assert client.delete(f"{ROLES}/auditor", headers=admin).status_code == 409
    client.patch("/api/admin/users/kim", headers=admin, json={"role": "viewer"}).raise_for_status()
    assert client.delete(f"{ROLES}/auditor", headers=admin).status_code == 204
    assert client.get("/api/admin/me", headers=kim).json()["role"] == "viewer"
    actions = [row.action for row in session.exec(select(AuditLog).where(AuditLog.entity_type == "role"))]
    assert actions == ["role.create", "role.update", "role.delete"]


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "field"),
    [
        ("post", ROLES, {"name": "x!", "permissions": ["infra:read"]}, 422, "name"),
        ("post", ROLES, {"name": "viewer", "permissions": ["infra:read"]}, 409, None),
        ("post", ROLES, {"name": "reader", "permissions": ["infra:read", "root:all"]}, 422, "permissions"),
        ("post", ROLES, {"name": "reader", "permissions": []}, 422, None),
        ("patch", f"{ROLES}/admin", {"permissions": ["infra:read"]}, 422, "name"),
        ("delete", f"{ROLES}/viewer", None, 422, "name"),
        ("delete", f"{ROLES}/nobody", None, 404, None),
        ("patch", "/api/admin/users/kim", {"role": "no-such-role"}, 422, "role"),
    ],
)
def test_bad_role_changes_are_refused(
    client: TestClient, method: str, path: str, body: dict | None, status: int, field: str | None
) -> None:
    admin = auth_headers(client, "root")
    response = client.request(method, path, headers=admin, json=body)
    assert response.status_code == status, response.text
    if field:
        assert response.json()["error"]["details"]["field"] == field
    assert client.get("/api/admin/users/kim/sessions", headers=admin).status_code == 200


def test_non_admins_cannot_manage_roles(client: TestClient) -> None:
    kim = auth_headers(client, "kim")
    assert client.get(ROLES, headers=kim).status_code == 403
    body = {"name": "mine", "permissions": ["admin:users"]}
    assert client.post(ROLES, headers=kim, json=body).status_code == 403


def test_admin_sees_and_ends_a_users_sessions(client: TestClient, session: Session) -> None:
    admin = auth_headers(client, "root")
    first, second = auth_headers(client, "kim"), auth_headers(client, "kim")
    listed = client.get("/api/admin/users/kim/sessions", headers=admin).json()
    assert len(listed) == 2 and all(len(s["ref"]) == 8 and s["expires_at"] for s in listed)
    newest = listed[0]["ref"]
    ended = client.delete(f"/api/admin/users/kim/sessions/{newest}", headers=admin)
    assert ended.json() == {"ended": 1}
    assert client.get("/api/admin/me", headers=second).status_code == 401
    assert client.get("/api/admin/me", headers=first).status_code == 200
    assert client.delete(f"/api/admin/users/kim/sessions/{newest}", headers=admin).status_code == 404
    assert client.delete("/api/admin/users/kim/sessions/abc", headers=admin).status_code == 404
    assert client.delete("/api/admin/users/kim/sessions", headers=admin).json() == {"ended": 1}
    assert client.get("/api/admin/me", headers=first).status_code == 401
    assert client.get("/api/admin/users/kim/sessions", headers=admin).json() == []
    rows = session.exec(select(AuditLog).where(AuditLog.action == "user.end_sessions")).all()
    assert [row.after["session"] for row in rows if row.after] == [newest, "*"]


def test_last_admin_and_self_protection(client: TestClient) -> None:
    admin = auth_headers(client, "root")
    for change in ({"role": "viewer"}, {"is_active": False}):
        response = client.patch("/api/admin/users/root", headers=admin, json=change)
        assert response.status_code == 422 and "own" in response.json()["error"]["message"]
    assert client.post("/api/admin/users/root/reset-password", headers=admin).status_code == 422

"""Asset registry REST: reads and writes for admins (the same rule as the Assets page), error bodies, diff, rollback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from services.asset_registry.seeding import ensure_seeded
from services.core.models import AuditLog
from services.ops.tools.contracts import CONTRACTS as TOOLS
from spa_ai.api.app import create_api
from tests.integration.helpers import auth_headers, make_user

BASE = "/api/assets/policy/ops.policy"


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    ensure_seeded(session)
    make_user(session, "root", "admin")
    make_user(session, "view", "viewer")
    with TestClient(create_api()) as c:
        yield c


def test_list_filter_and_get(client: TestClient) -> None:
    admin = auth_headers(client, "root")
    body = client.get("/api/assets", headers=admin).json()
    assert body["total"] == 3 + len(TOOLS) and body["next_cursor"] is None
    tools = client.get("/api/assets", params={"kind": "tool"}, headers=admin).json()["items"]
    assert sorted(t["name"] for t in tools) == sorted(TOOLS)
    first = client.get("/api/assets", params={"limit": 3}, headers=admin).json()
    rest = client.get(
        "/api/assets", params={"limit": 500, "cursor": first["next_cursor"]}, headers=admin
    ).json()
    names = [(a["kind"], a["name"]) for a in first["items"] + rest["items"]]
    assert len(first["items"]) == 3 and names == [(a["kind"], a["name"]) for a in body["items"]]
    bad_cursor = client.get("/api/assets", params={"cursor": "nonsense"}, headers=admin)
    assert bad_cursor.status_code == 422 and bad_cursor.json()["error"]["details"] == {"field": "cursor"}
    asset = client.get(BASE, headers=admin).json()
    assert asset["published_version"] == 1 and asset["versions"][0]["status"] == "published"
    v1 = client.get(f"{BASE}/versions/1", headers=admin).json()
    assert v1["content"]["max_rows"] == 500
    assert client.get("/api/assets", params={"kind": "bogus"}, headers=admin).status_code == 422
    missing = client.get("/api/assets/tool/nope", headers=admin)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert client.get(BASE).status_code == 401


def test_viewers_may_not_read_the_registry_either(client: TestClient) -> None:
    """The Assets page is for admins; REST follows the same rule (enforced in the service)."""
    viewer = auth_headers(client, "view")
    for path in ("/api/assets", BASE, f"{BASE}/versions/1", f"{BASE}/diff?from=1&to=1"):
        response = client.get(path, headers=viewer)
        assert response.status_code == 403, path
        assert response.json()["error"]["message"] == "permission 'admin:settings' required"


def test_admin_drafts_publishes_diffs_and_rolls_back(client: TestClient, session: Session) -> None:
    admin = auth_headers(client, "root")
    content = client.get(f"{BASE}/versions/1", headers=admin).json()["content"]
    draft = client.put(
        f"{BASE}/draft", json={"content": {**content, "max_rows": 50}, "note": "tighter"}, headers=admin
    )
    assert draft.status_code == 200 and draft.json()["version"] == 2 and draft.json()["status"] == "draft"
    diff = client.get(f"{BASE}/diff", params={"from": 1, "to": 2}, headers=admin).json()
    assert '+  "max_rows": 50,' in diff["diff"].splitlines() and diff["from"] == 1
    published = client.post(f"{BASE}/versions/2/publish", headers=admin)
    assert published.status_code == 200 and published.json()["status"] == "published"
    again = client.post(f"{BASE}/versions/2/publish", headers=admin)
    assert again.status_code == 409 and again.json()["error"]["code"] == "conflict"
    rolled = client.post(f"{BASE}/rollback", json={"version": 1}, headers=admin).json()
    assert rolled["version"] == 3 and rolled["content"]["max_rows"] == 500
    statuses = [(v["version"], v["status"]) for v in client.get(BASE, headers=admin).json()["versions"]]
    assert statuses == [(3, "published"), (2, "archived"), (1, "archived")]
    actions = session.exec(select(AuditLog.action).where(AuditLog.actor == "root")).all()
    assert [a for a in actions if a.startswith("asset.")] == [
        "asset.draft",
        "asset.publish",
        "asset.rollback",
    ]


def test_invalid_draft_is_422_with_the_problem(client: TestClient) -> None:
    admin = auth_headers(client, "root")
    content = client.get(f"{BASE}/versions/1", headers=admin).json()["content"]
    response = client.put(f"{BASE}/draft", json={"content": {**content, "max_steps": "six"}}, headers=admin)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_failed" and "max_steps" in error["message"]
    assert client.get(BASE, headers=admin).json()["draft_version"] is None
    no_body = client.put(f"{BASE}/draft", json={"note": "x"}, headers=admin)
    assert no_body.status_code == 422 and no_body.json()["error"]["code"] == "invalid_request"


def test_viewer_is_refused_writes(client: TestClient) -> None:
    viewer = auth_headers(client, "view")
    content = client.get(f"{BASE}/versions/1", headers=auth_headers(client, "root")).json()["content"]
    for method, path, body in [
        ("PUT", f"{BASE}/draft", {"content": content}),
        ("POST", f"{BASE}/versions/1/publish", None),
        ("POST", f"{BASE}/rollback", {"version": 1}),
        ("POST", "/api/assets", {"kind": "prompt", "name": "x", "content": {"template": "t"}}),
    ]:
        response = client.request(method, path, json=body, headers=viewer)
        assert response.status_code == 403, path
        assert response.json()["error"]["message"] == "permission 'admin:settings' required"


def test_admin_creates_an_asset(client: TestClient) -> None:
    admin = auth_headers(client, "root")
    body = {
        "kind": "prompt",
        "name": "ops.summary",
        "content": {"template": "Hi {who}", "variables": ["who"]},
    }
    created = client.post("/api/assets", json=body, headers=admin)
    assert created.status_code == 201 and created.json()["status"] == "draft"
    assert client.post("/api/assets", json=body, headers=admin).status_code == 409

"""API MANAGER REST end to end: create, validate, test, publish, call by slug with an API key, roll back.

Also: versions are immutable and diffable, permissions (viewer, role lists, key scopes), the
per-API rate limit, parameter validation on every call, secrets redacted in logs, p50/p95, audit rows,
workflow cycles refused, and every route in OpenAPI with a response model.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, select

from services.api_manager import exec_log
from services.core import db
from services.core.models import AuditLog
from spa_ai.api.app import create_api
from tests.integration.api_manager_helpers import reader_fixture  # noqa: F401
from tests.integration.helpers import PASSWORD, make_user

BASE = "/api/api-manager"
SQL = "SELECT name, type FROM cis WHERE type = :type ORDER BY name LIMIT :n"
SCHEMA = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "enum": ["host", "database", "service"]},
        "n": {"type": "integer", "minimum": 1, "maximum": 50, "default": 5},
        "api_token": {"type": "string"},
    },
    "required": ["type"],
}


@pytest.fixture
def session(reader: str) -> Iterator[Session]:
    """A session on the infra-small database (the shared `session` fixture would open an empty one)."""
    with Session(db.get_engine(), expire_on_commit=False) as s:
        yield s


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    make_user(session, "root", "admin")
    make_user(session, "ops", "operator")
    make_user(session, "view", "viewer")
    session.commit()
    with TestClient(create_api()) as c:
        yield c


def _auth(client: TestClient, username: str) -> dict[str, str]:
    response = client.post("/api/auth/token", json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _create(client: TestClient, headers: dict[str, str], **extra: Any) -> dict[str, Any]:
    body = {
        "name": "Hosts by type",
        "slug": "hosts-by-type",
        "logic_type": "sql",
        "body": SQL,
        "params_schema": SCHEMA,
    }
    response = client.post(f"{BASE}/apis", headers=headers, json={**body, **extra})
    assert response.status_code == 201, response.text
    return response.json()


def test_the_whole_life_of_an_api(client: TestClient, session: Session) -> None:
    admin = _auth(client, "root")
    api = _create(client, admin)
    api_id = api["id"]
    assert api["latest_version"] == 1 and api["published_version"] is None

    verdict = client.post(f"{BASE}/{api_id}/validate-sql", headers=admin, json={}).json()
    assert verdict["is_safe"] and verdict["params"] == ["type", "n"]
    unsafe = client.post(
        f"{BASE}/{api_id}/validate-sql", headers=admin, json={"sql": "SELECT 1;\nDELETE FROM cis"}
    ).json()
    assert not unsafe["is_safe"] and unsafe["errors"][0]["line"] == 2

    saved = client.put(
        f"{BASE}/apis/{api_id}",
        headers=admin,
        json={
            "test_cases": [
                {
                    "name": "hosts",
                    "params": {"type": "host"},
                    "expect": {"status": "ok", "row_count": {"min": 1}},
                }
            ]
        },
    )
    assert saved.status_code == 200 and len(saved.json()["test_cases"]) == 1
    tests = client.post(f"{BASE}/{api_id}/test", headers=admin, json={}).json()
    assert tests["passed"] == 1 and tests["failed"] == 0, tests

    assert (
        client.post(
            f"{BASE}/apis/{api_id}/execute", headers=admin, json={"params": {"type": "host"}}
        ).status_code
        == 404
    )
    published = client.put(f"{BASE}/apis/{api_id}", headers=admin, json={"publish_version": 1})
    assert published.json()["published_version"] == 1

    key = client.post(
        "/api/admin/api-keys", headers=admin, json={"name": "caller", "scopes": ["apis:execute"]}
    ).json()
    by_key = {"X-API-Key": key["secret"]}
    got = client.get("/api/x/hosts-by-type?type=host&n=2&api_token=s3cr3t", headers=by_key)
    assert got.status_code == 200, got.text
    assert (
        got.json()["columns"] == ["name", "type"]
        and got.json()["row_count"] == 2
        and got.json()["version"] == 1
    )
    posted = client.post("/api/x/hosts-by-type", headers=by_key, json={"type": "database"})
    assert posted.status_code == 200 and all(row[1] == "database" for row in posted.json()["rows"])
    bad = client.get("/api/x/hosts-by-type?type=router", headers=by_key)
    assert bad.status_code == 422 and bad.json()["error"]["details"]["field"] == "type"
    assert client.get("/api/x/hosts-by-type?type=host").status_code == 401

    v2 = client.put(
        f"{BASE}/apis/{api_id}",
        headers=admin,
        json={
            "content": {"body": SQL.replace("ORDER BY name", "ORDER BY name DESC"), "params_schema": SCHEMA},
            "message": "newest first",
            "publish": True,
        },
    ).json()
    assert v2["latest_version"] == 2 and v2["published_version"] == 2
    versions = client.get(f"{BASE}/{api_id}/versions?diff_from=1&diff_to=2", headers=admin).json()
    assert [v["version"] for v in versions["items"]] == [2, 1] and versions["items"][0][
        "message"
    ] == "newest first"
    assert (
        "+SELECT name, type FROM cis WHERE type = :type ORDER BY name DESC LIMIT :n"
        in versions["diff"]["diff"]
    )

    rolled = client.post(f"{BASE}/{api_id}/rollback", headers=admin, json={"version": 1}).json()
    assert rolled["version"] == 3 and rolled["published"] and rolled["content"]["body"] == SQL
    assert rolled["content_hash"] == versions["items"][1]["content_hash"]
    again = client.get("/api/x/hosts-by-type?type=host&n=3", headers=by_key).json()
    assert again["version"] == 3

    logs = client.get(f"{BASE}/apis/{api_id}/execution-logs", headers=admin).json()
    assert logs["items"][0]["version"] == 3 and logs["items"][0]["via"] == "api_key"
    secret_rows = [item for item in logs["items"] if "api_token" in item["params"]]
    assert secret_rows and all(item["params"]["api_token"] in ("***", None) for item in secret_rows)
    assert (
        logs["stats"]["calls"] >= 4
        and logs["stats"]["p50_ms"] is not None
        and logs["stats"]["p95_ms"] >= logs["stats"]["p50_ms"]
    )

    with pytest.raises(Exception):  # noqa: B017 - the database itself refuses to rewrite history
        session.execute(text("UPDATE api_versions SET message = 'x'"))
    session.rollback()
    actions = set(session.exec(select(AuditLog.action).where(AuditLog.entity_type == "api")).all())
    assert {"api.create", "api.update", "api.publish", "api.rollback"} <= actions

    assert client.delete(f"{BASE}/apis/{api_id}", headers=admin).status_code == 204
    assert client.get("/api/x/hosts-by-type?type=host", headers=by_key).status_code == 404
    assert client.get(f"{BASE}/{api_id}", headers=admin).status_code == 404


def test_unsafe_sql_cannot_be_published_or_run(client: TestClient) -> None:
    admin = _auth(client, "root")
    api = _create(
        client,
        admin,
        slug="bad-sql",
        body="SELECT pg_sleep(10)",
        params_schema={"type": "object", "properties": {}},
    )
    refused = client.put(f"{BASE}/apis/{api['id']}", headers=admin, json={"publish_version": 1})
    assert refused.status_code == 422 and "pg_sleep" in refused.json()["error"]["message"]
    forced = client.post(f"{BASE}/apis/{api['id']}/execute", headers=admin, json={"version": 1})
    assert forced.status_code == 422 and forced.json()["status"] == "rejected"


def test_dry_run_of_an_unsaved_draft(client: TestClient) -> None:
    admin = _auth(client, "root")
    body = {
        "logic_type": "sql",
        "content": {
            "body": "SELECT :a::int * 2 AS doubled",
            "params_schema": {"type": "object", "properties": {"a": {"type": "integer"}}},
        },
        "params": {"a": 21},
    }
    result = client.post(f"{BASE}/dry-run", headers=admin, json=body)
    assert result.status_code == 200 and result.json()["rows"] == [[42]]
    viewer = client.post(f"{BASE}/dry-run", headers=_auth(client, "view"), json=body)
    assert viewer.status_code == 403


def test_permissions_roles_and_scopes(client: TestClient) -> None:
    admin, viewer, operator = _auth(client, "root"), _auth(client, "view"), _auth(client, "ops")
    api = _create(client, admin, allowed_roles=["admin"], required_scopes=["infra:read"])
    client.put(f"{BASE}/apis/{api['id']}", headers=admin, json={"publish_version": 1})
    assert client.get(f"{BASE}/apis", headers=viewer).status_code == 200
    assert (
        client.post(
            f"{BASE}/apis", headers=viewer, json={"name": "x", "slug": "x", "logic_type": "sql"}
        ).status_code
        == 403
    )
    assert client.get("/api/x/hosts-by-type?type=host", headers=viewer).status_code == 403  # no apis:execute
    assert (
        client.get("/api/x/hosts-by-type?type=host", headers=operator).status_code == 403
    )  # role not allowed
    key = client.post(
        "/api/admin/api-keys", headers=admin, json={"name": "k", "scopes": ["apis:execute"]}
    ).json()
    missing_scope = client.get("/api/x/hosts-by-type?type=host", headers={"X-API-Key": key["secret"]})
    assert missing_scope.status_code == 403 and "infra:read" in missing_scope.json()["error"]["message"]
    full = client.post(
        "/api/admin/api-keys", headers=admin, json={"name": "k2", "scopes": ["apis:execute", "infra:read"]}
    ).json()
    assert (
        client.get("/api/x/hosts-by-type?type=host", headers={"X-API-Key": full["secret"]}).status_code == 200
    )


def test_rate_limit_per_api(client: TestClient, session: Session) -> None:
    admin = _auth(client, "root")
    api = _create(client, admin, rate_limit_per_minute=3)
    client.put(f"{BASE}/apis/{api['id']}", headers=admin, json={"publish_version": 1})
    codes = [client.get("/api/x/hosts-by-type?type=host", headers=admin).status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    exec_log.WRITER.flush()  # the refusals are logged by the batching writer; read the table now
    limited = session.execute(
        text("SELECT count(*) FROM api_executions WHERE status = 'rate_limited'")
    ).scalar_one()
    assert limited == 2


def test_workflow_chains_apis_and_cycles_are_refused(client: TestClient) -> None:
    admin = _auth(client, "root")
    hosts = _create(client, admin)
    client.put(f"{BASE}/apis/{hosts['id']}", headers=admin, json={"publish_version": 1})
    count_sql = "SELECT count(*) AS events FROM events e JOIN cis c ON c.id = e.ci_id WHERE c.name = :name"
    events = _create(
        client,
        admin,
        slug="events-of",
        body=count_sql,
        params_schema={"type": "object", "properties": {"name": {"type": "string"}}},
    )
    client.put(f"{BASE}/apis/{events['id']}", headers=admin, json={"publish_version": 1})
    flow = '{"steps": [{"id": "h", "api": "hosts-by-type", "params": {"type": "host", "n": 1}}, {"id": "e", "api": "events-of", "params": {"name": "{{steps.h.rows[0].name}}"}, "when": {"path": "steps.h.row_count", "op": ">", "value": 0}}]}'
    wf = _create(
        client,
        admin,
        slug="host-events",
        logic_type="workflow",
        body=flow,
        params_schema={"type": "object", "properties": {}},
    )
    client.put(f"{BASE}/apis/{wf['id']}", headers=admin, json={"publish_version": 1})
    result = client.post("/api/x/host-events", headers=admin, json={}).json()
    assert result["status"] == "ok" and result["columns"] == ["events"]
    assert [s["step"] for s in result["details"]["steps"]] == ["h", "e"]

    loop = '{"steps": [{"id": "me", "api": "loop-b"}]}'
    a = _create(
        client,
        admin,
        slug="loop-a",
        logic_type="workflow",
        body=loop,
        params_schema={"type": "object", "properties": {}},
    )
    b = _create(
        client,
        admin,
        slug="loop-b",
        logic_type="workflow",
        body=loop.replace("loop-b", "loop-a"),
        params_schema={"type": "object", "properties": {}},
    )
    assert (
        client.put(f"{BASE}/apis/{a['id']}", headers=admin, json={"publish_version": 1}).status_code == 200
    )  # b is a draft only
    refused = client.put(f"{BASE}/apis/{b['id']}", headers=admin, json={"publish_version": 1})
    assert refused.status_code == 422 and "calls itself" in refused.json()["error"]["message"]


def test_every_route_is_documented_with_a_response_model(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    routes = """
        GET /api/api-manager/apis | POST /api/api-manager/apis | GET /api/api-manager/{api_id}
        PUT /api/api-manager/apis/{api_id} | DELETE /api/api-manager/apis/{api_id}
        POST /api/api-manager/apis/{api_id}/execute | POST /api/api-manager/{api_id}/validate-sql
        POST /api/api-manager/{api_id}/test | GET /api/api-manager/{api_id}/versions
        POST /api/api-manager/{api_id}/rollback | GET /api/api-manager/apis/{api_id}/execution-logs
        POST /api/api-manager/dry-run | GET /api/x/{slug} | POST /api/x/{slug}
    """
    expected = {
        tuple(route.lower().split()) for route in routes.replace("\n", "|").split("|") if route.strip()
    }
    expected = {(method, path.replace("{api_id}", "{api_id}")) for method, path in expected}
    found = {
        (method, path)
        for path, item in spec["paths"].items()
        for method in item
        if path.startswith(("/api/api-manager", "/api/x/"))
    }
    assert found == expected
    for method, path in expected - {("delete", "/api/api-manager/apis/{api_id}")}:
        responses = spec["paths"][path][method]["responses"]
        ok = responses.get("200") or responses.get("201")
        assert "$ref" in str(ok["content"]["application/json"]["schema"]), (method, path)

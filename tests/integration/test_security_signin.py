"""Sign-in throttling on a real database: request ids cannot break the failure record, locks are per
username + address first, parallel guesses are checked one at a time, admins and the CLI unlock."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func
from sqlmodel import Session, select

from services.admin import auth
from services.admin.models import LoginAttempt
from services.admin.settings import lockout_policy
from services.core.audit import RequestContext, current_request
from services.core.db import session_scope
from services.core.errors import Locked, Unauthorized
from services.core.models import AuditLog
from spa_ai.api.app import create_api
from tests.integration.helpers import PASSWORD, make_user


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    with TestClient(create_api()) as c:
        yield c


def _attempts(success: bool | None = None) -> int:
    with session_scope() as fresh:
        query = select(func.count()).select_from(LoginAttempt)
        if success is not None:
            query = query.where(LoginAttempt.success == success)
        return int(fresh.exec(query).one())


def _sign_in(username: str, password: str, ip: str) -> str:
    """'ok', 'wrong' or 'locked' for one sign-in in its own transaction."""
    try:
        with session_scope() as own:
            auth.login(own, username=username, password=password, ip=ip)
    except Locked:
        return "locked"
    except Unauthorized:
        return "wrong"
    return "ok"


def test_overlong_request_id_neither_bypasses_the_lockout_nor_answers_500(
    client: TestClient, session: Session
) -> None:
    make_user(session, "root", "admin")
    headers = {"X-Request-ID": "r" * 300}
    codes = [
        client.post("/api/auth/token", json={"username": "root", "password": "wrong"}, headers=headers)
        for _ in range(5)
    ]
    assert [r.status_code for r in codes] == [401, 401, 401, 401, 429]
    assert all(len(r.headers["X-Request-ID"]) <= 64 for r in codes)
    right = client.post("/api/auth/token", json={"username": "root", "password": PASSWORD}, headers=headers)
    assert right.status_code == 429  # no password oracle while locked
    assert _attempts(success=False) == 5


def test_request_ids_are_kept_only_when_short_and_plain(client: TestClient) -> None:
    def echoed(value: str | bytes) -> str:
        return client.get("/api/health", headers={"X-Request-ID": value}).headers["X-Request-ID"]

    assert echoed("req-1.2_3") == "req-1.2_3"
    assert echoed("a" * 64) == "a" * 64
    for bad in ("a" * 65, "two words", "semi;colon", "\xfc".encode("latin-1")):
        replaced = echoed(bad)
        assert replaced != bad and len(replaced) == 32


def test_failures_are_recorded_in_their_own_transaction(session: Session) -> None:
    make_user(session, "lee", "viewer")
    token = current_request.set(RequestContext(ip="10.0.0.9", request_id="x" * 300))
    try:
        # The caller's transaction holds a row that cannot be written: the failure must survive it.
        session.add(AuditLog(actor="a" * 500, action="broken", entity_type="test"))
        with pytest.raises(Unauthorized):
            auth.login(session, username="lee", password="wrong", ip="10.0.0.9")
        session.rollback()
        assert _attempts(success=False) == 1
        # A request id longer than the audit column does not stop the lockout from being stored.
        for _ in range(3):
            with pytest.raises(Unauthorized):
                auth.login(session, username="lee", password="wrong", ip="10.0.0.9")
        with pytest.raises(Locked):
            auth.login(session, username="lee", password="wrong", ip="10.0.0.9")
    finally:
        current_request.reset(token)
    with session_scope() as fresh:
        lockout = fresh.exec(select(AuditLog).where(AuditLog.action == "auth.lockout")).one()
        assert lockout.request_id == "x" * 64


def test_a_lock_for_one_address_leaves_other_addresses_open(session: Session) -> None:
    make_user(session, "admin2", "admin")
    outcomes = [_sign_in("admin2", "guess", "203.0.113.66") for _ in range(6)]
    assert outcomes == ["wrong"] * 4 + ["locked"] * 2
    assert _sign_in("admin2", PASSWORD, "203.0.113.66") == "locked"
    assert _sign_in("admin2", PASSWORD, "10.0.0.7") == "ok"


def test_forty_parallel_guesses_get_at_most_five_password_checks(session: Session) -> None:
    make_user(session, "target", "admin")
    start = threading.Barrier(40)

    def guess(i: int) -> str:
        start.wait()
        return _sign_in("target", f"guess-{i}", "198.51.100.4")

    with ThreadPoolExecutor(max_workers=40) as pool:
        outcomes = list(pool.map(guess, range(40)))
    assert outcomes.count("wrong") == 4 and outcomes.count("locked") == 36
    assert _attempts() <= lockout_policy().address_max_failures  # one attempt row per password check
    assert _sign_in("target", PASSWORD, "10.9.9.9") == "ok"


def test_many_addresses_lock_the_user_except_where_they_signed_in_before(session: Session) -> None:
    make_user(session, "ops", "operator")
    assert _sign_in("ops", PASSWORD, "10.0.0.1") == "ok"  # a known address
    for i in range(lockout_policy().user_max_failures):
        assert _sign_in("ops", "guess", f"192.0.2.{i + 1}") in ("wrong", "locked")
    assert _sign_in("ops", PASSWORD, "198.18.0.1") == "locked"  # a new address is refused …
    assert _sign_in("ops", PASSWORD, "10.0.0.1") == "ok"  # … the known one still gets in


def test_admin_unlock_over_rest_is_permission_checked_and_audited(
    client: TestClient, session: Session
) -> None:
    make_user(session, "root", "admin")
    make_user(session, "kim", "viewer")
    make_user(session, "view", "viewer")
    for _ in range(5):
        _sign_in("kim", "guess", "testclient")
    assert _sign_in("kim", PASSWORD, "testclient") == "locked"
    viewer = client.post("/api/auth/token", json={"username": "view", "password": PASSWORD}).json()
    refused = client.post(
        "/api/admin/users/kim/unlock", headers={"Authorization": f"Bearer {viewer['access_token']}"}
    )
    assert refused.status_code == 403
    admin = client.post("/api/auth/token", json={"username": "root", "password": PASSWORD}).json()
    headers = {"Authorization": f"Bearer {admin['access_token']}"}
    assert client.post("/api/admin/users/nobody/unlock", headers=headers).status_code == 404
    assert client.post("/api/admin/users/kim/unlock", headers=headers).status_code == 204
    assert _sign_in("kim", PASSWORD, "testclient") == "ok"
    row = session.exec(select(AuditLog).where(AuditLog.action == "auth.unlock")).one()
    assert row.actor == "root" and row.before and "testclient" in row.before["addresses"]
    # Unlocking restarts the count: one more failure does not lock again at once.
    assert _sign_in("kim", "guess", "testclient") == "wrong"


def test_cli_unlock(db_url: str, session: Session, tmp_path) -> None:
    make_user(session, "admin", "admin")
    for _ in range(5):
        _sign_in("admin", "guess", "10.0.0.5")
    assert _sign_in("admin", PASSWORD, "10.0.0.5") == "locked"
    env = {"SPA_DATABASE_URL": db_url, "SPA_DATA_DIR": str(tmp_path), "SPA_SECRET_KEY": "k" * 40}
    done = subprocess.run(
        [sys.executable, "-m", "spa_ai.cli", "user", "unlock", "Admin"],
        capture_output=True,
        text=True,
        env={**_plain_env(), **env},
        timeout=120,
    )
    assert done.returncode == 0 and "unlocked user 'admin'" in done.stdout, done.stderr
    assert _sign_in("admin", PASSWORD, "10.0.0.5") == "ok"
    unknown = subprocess.run(
        [sys.executable, "-m", "spa_ai.cli", "user", "unlock", "ghost"],
        capture_output=True,
        text=True,
        env={**_plain_env(), **env},
        timeout=120,
    )
    assert unknown.returncode == 2 and "not found" in unknown.stderr


def _plain_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("SPA_")}


def test_api_key_cannot_grant_scopes_it_does_not_hold(client: TestClient, session: Session) -> None:
    make_user(session, "root", "admin")
    admin = client.post("/api/auth/token", json={"username": "root", "password": PASSWORD}).json()
    created = client.post(
        "/api/admin/api-keys",
        headers={"Authorization": f"Bearer {admin['access_token']}"},
        json={"name": "user-admin-bot", "scopes": ["admin:users"]},
    )
    assert created.status_code == 201
    as_key = {"X-API-Key": created.json()["secret"]}
    escalate = client.post(
        "/api/admin/api-keys",
        headers=as_key,
        json={"name": "wider", "scopes": ["admin:users", "admin:audit"]},
    )
    assert escalate.status_code == 403, escalate.text
    assert escalate.json()["error"]["details"]["not_held"] == ["admin:audit"]
    same = client.post(
        "/api/admin/api-keys", headers=as_key, json={"name": "same", "scopes": ["admin:users"]}
    )
    assert same.status_code == 201 and same.json()["scopes"] == ["admin:users"]

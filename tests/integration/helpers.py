"""Small builders shared by integration tests (real database, real services)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from services.admin.models import User
from services.admin.service import create_user
from services.core import db
from services.core.security import SYSTEM

PASSWORD = "s3cure-passw0rd"


def make_user(session: Session, username: str, role: str, password: str = PASSWORD) -> User:
    """Create and commit a user."""
    user = create_user(session, actor=SYSTEM, username=username, password=password, role=role)
    session.commit()
    return user


def auth_headers(client: TestClient, username: str, password: str = PASSWORD) -> dict[str, str]:
    """Sign `username` in through the REST API and return its Authorization header."""
    response = client.post("/api/auth/token", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@contextmanager
def api_client() -> Iterator[TestClient]:
    """The real REST app (spa_ai.api.app) behind a TestClient, on the test's database."""
    from spa_ai.api.app import create_api

    with TestClient(create_api()) as client:
        yield client


@contextmanager
def samples_locked(hold_s: float = 30) -> Iterator[None]:
    """Another client holds metric_samples exclusively (at most `hold_s`): queries on it wait meanwhile."""
    locked, release = threading.Event(), threading.Event()

    def hold_lock() -> None:
        engine = create_engine(db.database_url(), poolclass=NullPool)
        with engine.connect() as conn:
            conn.execute(text("LOCK TABLE metric_samples IN ACCESS EXCLUSIVE MODE"))
            locked.set()
            release.wait(hold_s)
            conn.rollback()
        engine.dispose()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    try:
        assert locked.wait(10)
        yield
    finally:
        release.set()
        holder.join()

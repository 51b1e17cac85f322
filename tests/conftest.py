"""Shared fixtures: one embedded PostgreSQL per session, a fresh database per test (template clone)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from services.core import db
from services.core.settings import reset_settings

TEMPLATE_DB = "spa_template"


@pytest.fixture(scope="session")
def pg_admin_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of the `postgres` database of an embedded server private to this test session."""
    data_dir = tmp_path_factory.mktemp("pg")
    app_url = db.start_embedded_postgres(data_dir)
    yield app_url.replace(f"/{db.APP_DATABASE}?", "/postgres?")


@pytest.fixture(scope="session")
def template_url(pg_admin_url: str) -> str:
    """A database migrated to head, cloned by every test."""
    db.ensure_database(pg_admin_url, TEMPLATE_DB)
    url = pg_admin_url.replace("/postgres?", f"/{TEMPLATE_DB}?")
    db.upgrade_database(url)
    return url


def clone_database(pg_admin_url: str, name: str, template: str = TEMPLATE_DB) -> str:
    """Create `name` from a template database and return its URL."""
    db.ensure_database(pg_admin_url, name, template=template)
    return pg_admin_url.replace("/postgres?", f"/{name}?")


INFRA_SMALL_TEMPLATE = "spa_template_infra_small"


@pytest.fixture(scope="session")
def infra_small_template(pg_admin_url: str, template_url: str) -> str:
    """A migrated database with tests/fixtures/infra-small imported, built once per session."""
    from services.core.security import SYSTEM
    from services.infra.importer import import_path

    url = clone_database(pg_admin_url, INFRA_SMALL_TEMPLATE)
    engine = create_engine(url, poolclass=NullPool)
    with Session(engine) as session:
        report = import_path(session, Path(__file__).parent / "fixtures" / "infra-small", actor=SYSTEM)
        assert report.to_dict()["rejected"] == 0
        session.commit()
    engine.dispose()
    return INFRA_SMALL_TEMPLATE


def drop_database(pg_admin_url: str, name: str) -> None:
    engine = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def _point_app_at(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the app's settings and engine use `url` for this test."""
    monkeypatch.setenv("SPA_DATABASE_URL", url)
    monkeypatch.setenv("SPA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SPA_SECRET_KEY", "test-secret-key-" + "x" * 32)
    reset_settings()
    db.reset_engine()


def app_on_copy(
    pg_admin_url: str, template: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A fresh copy of the database `template` for one test; the app's settings and engine point at it
    until the generator resumes, which drops the copy (a fixture's body: `yield from app_on_copy(...)`)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    _point_app_at(clone_database(pg_admin_url, name, template=template), tmp_path, monkeypatch)
    yield db.database_url()
    db.reset_engine()
    reset_settings()
    drop_database(pg_admin_url, name)


@pytest.fixture
def db_url(
    pg_admin_url: str, template_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A fresh, migrated database for one test; the app's settings and engine point at it."""
    yield from app_on_copy(pg_admin_url, TEMPLATE_DB, tmp_path, monkeypatch)


@pytest.fixture
def infra_small_url(
    pg_admin_url: str, infra_small_template: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """Like `db_url`, with infra-small already imported (cloned, so each test gets its own copy)."""
    yield from app_on_copy(pg_admin_url, infra_small_template, tmp_path, monkeypatch)


@pytest.fixture
def session(db_url: str) -> Iterator[Session]:
    """A session on the test database; commit explicitly to make changes visible to other sessions."""
    with Session(db.get_engine(), expire_on_commit=False) as s:
        yield s


@pytest.fixture(scope="session")
def installed_domains() -> None:
    """Every domain's tools, job handlers, seeds and hooks, as in the app and the CLI (~2 s of imports:
    autouse for integration and e2e tests, on request for unit tests)."""
    from services.domains import install_domains

    install_domains()


@pytest.fixture(autouse=True)
def _isolate_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see a developer's SPA_* variables."""
    for key in list(os.environ):
        if key.startswith("SPA_"):
            monkeypatch.delenv(key, raising=False)

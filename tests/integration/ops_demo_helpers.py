"""OPS test estates. Three days of the demo estate ending at END (13:45 KST: its incident was this morning),
enough for same-time-of-day baselines, imported once per session as a template database that tests clone;
and one read-only copy of infra-small per test module."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from services.core import db
from services.core.security import SYSTEM
from services.infra.demo import DemoManifest, generate_demo
from services.infra.importer import import_path
from tests.conftest import _point_app_at, clone_database, drop_database

END = datetime.fromisoformat("2026-03-10T04:45:00+00:00")
KST = ZoneInfo("Asia/Seoul")
DEMO_TEMPLATE = "spa_template_ops_demo"


@pytest.fixture(scope="session", name="demo")
def demo_fixture(
    pg_admin_url: str, template_url: str, tmp_path_factory: pytest.TempPathFactory
) -> DemoManifest:
    """The demo estate's template database (DEMO_TEMPLATE) and what was generated into it."""
    return demo_database(pg_admin_url, tmp_path_factory.mktemp("demo"), DEMO_TEMPLATE, end=END)[0]


def demo_database(
    pg_admin_url: str, out_dir: Path, name: str, *, end: datetime, days: int = 3
) -> tuple[DemoManifest, str]:
    """`days` of the demo estate ending at `end`, generated into `out_dir` and imported into database
    `name`: what was generated, and the database's URL."""
    manifest = generate_demo(out_dir, end=end, days=days, seed=42)
    url = clone_database(pg_admin_url, name)
    engine = create_engine(url, poolclass=NullPool)
    with Session(engine) as session:
        assert import_path(session, manifest.out_dir, actor=SYSTEM).ok
        session.commit()
    engine.dispose()
    return manifest, url


@pytest.fixture(name="session")
def demo_session_fixture(
    demo: DemoManifest, pg_admin_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Session]:
    """A session on a fresh clone of the demo template, the app pointed at it, times shown in KST."""
    name = f"t_demo_{tmp_path.name[-8:].replace('-', '_')}"
    _point_app_at(clone_database(pg_admin_url, name, template=DEMO_TEMPLATE), tmp_path, monkeypatch)
    monkeypatch.setenv("SPA_TIMEZONE", "Asia/Seoul")
    with Session(db.get_engine()) as s:
        yield s
    db.reset_engine()
    drop_database(pg_admin_url, name)


@pytest.fixture(scope="module", name="infra_small_url")
def infra_small_url_fixture(
    request: pytest.FixtureRequest, pg_admin_url: str, infra_small_template: str
) -> Iterator[str]:
    """One copy of infra-small for every question of a test module (they only read)."""
    name = "t_" + request.module.__name__.rsplit(".", 1)[-1].removeprefix("test_")[:40]
    url = clone_database(pg_admin_url, name, template=infra_small_template)
    yield url
    drop_database(pg_admin_url, name)


def read_only_session(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    """A session on a database a module's tests share (they only read), the app pointed at it."""
    _point_app_at(url, tmp_path, monkeypatch)
    with Session(db.get_engine()) as s:
        yield s
        s.rollback()
    db.reset_engine()


def module_demo(
    pg_admin_url: str, out_dir: Path, name: str, *, end: datetime, days: int = 3
) -> Iterator[tuple[DemoManifest, str]]:
    """A module's own demo database (`demo_database`), dropped when the module is done: the body of a
    module fixture (`yield from module_demo(...)`)."""
    yield demo_database(pg_admin_url, out_dir, name, end=end, days=days)
    drop_database(pg_admin_url, name)


def kst_session(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    """`read_only_session` with answers in Korean time."""
    monkeypatch.setenv("SPA_TIMEZONE", "Asia/Seoul")
    yield from read_only_session(url, tmp_path, monkeypatch)


@pytest.fixture(name="session")
def infra_small_session_fixture(
    infra_small_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Session]:
    """A session on the module's infra-small copy, the app pointed at it."""
    yield from read_only_session(infra_small_url, tmp_path, monkeypatch)

"""The demo estate with its incident about 40 minutes old, built once per session as a template database
(its samples run 5 h 20 m into the future, so the incident's alerts are firing now)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from services.core import db
from services.core.clock import utcnow
from services.core.security import SYSTEM
from services.infra.demo import Incident, _floor, load_demo, plan_incident
from services.infra.demo_estate import build_estate
from tests.conftest import app_on_copy, clone_database

DEMO_TEMPLATE = "spa_template_demo_incident"
END = _floor(utcnow() + timedelta(hours=5, minutes=20))  # the demo data's last sample


def incident() -> Incident:
    cis, rels = build_estate()
    return plan_incident(cis, rels, END, 42)


@pytest.fixture(scope="session")
def demo_template(pg_admin_url: str, template_url: str) -> str:
    """A migrated database with one day of the demo estate ending at END."""
    engine = create_engine(clone_database(pg_admin_url, DEMO_TEMPLATE), poolclass=NullPool)
    with Session(engine) as session:
        load_demo(session, actor=SYSTEM, end=END, days=1)
        session.commit()
    engine.dispose()
    return DEMO_TEMPLATE


@pytest.fixture
def demo_url(
    pg_admin_url: str, demo_template: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A copy of the demo template for one test; the app's settings and engine point at it."""
    yield from app_on_copy(pg_admin_url, demo_template, tmp_path, monkeypatch)


@pytest.fixture
def demo_session(demo_url: str) -> Iterator[Session]:
    with Session(db.get_engine(), expire_on_commit=False) as session:
        yield session

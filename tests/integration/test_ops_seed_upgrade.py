"""Migrations ops_0009, ops_0010 and ops_0011 on a real database: an install still publishing an earlier seed of a
tool asset or the planner prompt gets the current one; an asset an admin edited keeps its version."""

from __future__ import annotations

import importlib.util
import json
import logging
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from alembic.config import Config
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from alembic import command
from services.asset_registry import reads, service
from services.asset_registry.schemas import validate_content
from services.core import db
from services.core.security import SYSTEM
from services.ops.seed_assets import NOTE, fingerprint, planner_seeds, republish_unedited

BEFORE = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "ops-seeds-before-contract-defaults.json").read_text()
)


def _migrate(url: str, direction: str, target: str) -> None:
    """Run alembic `direction` (upgrade or downgrade) to `target` on `url`, as the app does."""
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as conn:
        config = Config()
        config.set_main_option("script_location", str(db.ALEMBIC_DIR))
        config.attributes["connection"] = conn
        getattr(command, direction)(config, target)
        conn.commit()
    engine.dispose()


def _published(session: Session, kind: str, name: str) -> dict:
    asset = reads.get_asset(session, actor=SYSTEM, kind=kind, name=name)
    version = asset["published_version"]
    return reads.get_version(session, actor=SYSTEM, kind=kind, name=name, version=version)


def test_unedited_seeds_get_the_current_version_and_edits_stay(
    db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    _migrate(db_url, "downgrade", "ops_0008")
    with Session(db.get_engine()) as session:
        for seed in BEFORE:
            service.create_asset(session, actor=SYSTEM, publish_now=True, note="seeded default", **seed)
        graph = next(s for s in BEFORE if s["name"] == "graph_query")
        edited = {**graph["content"], "description": "Topology, as our team asks for it"}
        service.publish_content(session, actor=SYSTEM, kind="tool", name="graph_query", content=edited)
        session.commit()

    with caplog.at_level(logging.WARNING, logger="services.ops.seed_assets"):
        _migrate(db_url, "upgrade", "heads")

    assert "tool/graph_query was edited" in caplog.text
    current = {(s.kind, s.name): s for s in planner_seeds()}
    assert set(current) == {(s["kind"], s["name"]) for s in BEFORE}
    with Session(db.get_engine()) as session:
        for (kind, name), seed in current.items():
            published = _published(session, kind, name)
            if name == "graph_query":
                assert (published["version"], published["content"]) == (2, edited)
                continue
            was = next(s["content"] for s in BEFORE if s["name"] == name)
            changed = fingerprint(was) != fingerprint(validate_content(kind, seed.content))
            assert (published["version"], published["note"]) == (
                (2, NOTE) if changed else (1, "seeded default")
            )
            assert published["content"] == validate_content(kind, seed.content)
        assert (
            _published(session, "tool", "metric_query")["version"] == 2
        )  # its defaults are in the schema now
        assert republish_unedited(session, _migration("ops_0009").EARLIER_SEEDS) == []  # nothing left to do


def _migration(revision: str) -> ModuleType:
    (path,) = (db.ALEMBIC_DIR / "versions").glob(f"{revision}_*.py")
    spec = importlib.util.spec_from_file_location(revision, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_seeds_of_the_release_before_attribute_filters_are_republished(db_url: str) -> None:
    previous = json.loads(
        (Path(__file__).parents[1] / "fixtures" / "ops-seeds-before-attribute-filters.json").read_text()
    )
    _migrate(db_url, "downgrade", "ops_0009")
    with Session(db.get_engine()) as session:
        for seed in previous:
            service.create_asset(session, actor=SYSTEM, publish_now=True, note="seeded default", **seed)
        session.commit()
    _migrate(db_url, "upgrade", "heads")
    current = {s.name: s for s in planner_seeds() if s.kind == "tool"}
    with Session(db.get_engine()) as session:
        for seed in previous:
            published = _published(session, "tool", seed["name"])
            assert (published["version"], published["note"]) == (2, NOTE), seed["name"]
            assert published["content"] == validate_content("tool", current[seed["name"]].content)
    assert "attributes" in json.dumps(current["ci_lookup"].content["args_schema"]["properties"]["filters"])


def _rca_has_window_minutes(content: dict[str, Any]) -> bool:
    return "window_minutes" in content["args_schema"]["properties"]


def _metric_query_lacks_since(content: dict[str, Any]) -> bool:
    return "since" not in content["args_schema"]["properties"]["op"]["enum"]


@pytest.mark.parametrize(
    ("fixture", "revision", "is_earlier"),
    [
        ("ops-seed-rca-before-0010.json", "ops_0010", _rca_has_window_minutes),  # an argument nothing read
        ("ops-seed-metric-query-before-0011.json", "ops_0011", _metric_query_lacks_since),  # the since op
    ],
)
def test_an_unedited_earlier_seed_gets_the_current_one(
    db_url: str, fixture: str, revision: str, is_earlier: Callable[[dict[str, Any]], bool]
) -> None:
    """ops_0010 / ops_0011: an install still publishing the seed before that revision is brought up to date."""
    _migrate(db_url, "downgrade", "ops_0009")
    before = json.loads((Path(__file__).parents[1] / "fixtures" / fixture).read_text())
    assert is_earlier(before["content"])
    assert (
        fingerprint(validate_content("tool", before["content"]))
        in _migration(revision).EARLIER_SEEDS[("tool", before["name"])]
    )
    with Session(db.get_engine()) as session:
        service.create_asset(session, actor=SYSTEM, publish_now=True, note="seeded default", **before)
        session.commit()

    _migrate(db_url, "upgrade", "heads")

    with Session(db.get_engine()) as session:
        published = _published(session, "tool", before["name"])
    assert (published["version"], published["note"]) == (2, NOTE)
    assert not is_earlier(published["content"])

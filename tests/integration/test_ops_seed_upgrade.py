"""Migrations ops_0009, ops_0010 and ops_0011 on a real database: an install still publishing an earlier seed of a
tool asset or the planner prompt gets the current one; an asset an admin edited keeps its version."""

from __future__ import annotations

import importlib.util
import json
import logging
from pathlib import Path
from types import ModuleType

import pytest
from alembic.config import Config
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from alembic import command
from services.asset_registry import service
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
    asset = service.get_asset(session, actor=SYSTEM, kind=kind, name=name)
    version = asset["published_version"]
    return service.get_version(session, actor=SYSTEM, kind=kind, name=name, version=version)


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


def test_the_rca_seed_loses_the_argument_nothing_read(db_url: str) -> None:
    """ops_0010: an install publishing the `rca` seed with `window_minutes` gets the current one."""
    _migrate(db_url, "downgrade", "ops_0009")
    before = json.loads(
        (Path(__file__).parents[1] / "fixtures" / "ops-seed-rca-before-0010.json").read_text()
    )
    assert "window_minutes" in before["content"]["args_schema"]["properties"]
    assert (
        fingerprint(validate_content("tool", before["content"]))
        in _migration("ops_0010").EARLIER_SEEDS[("tool", "rca")]
    )
    with Session(db.get_engine()) as session:
        service.create_asset(session, actor=SYSTEM, publish_now=True, note="seeded default", **before)
        session.commit()

    _migrate(db_url, "upgrade", "heads")

    with Session(db.get_engine()) as session:
        published = _published(session, "tool", "rca")
    assert (published["version"], published["note"]) == (2, NOTE)
    assert "window_minutes" not in published["content"]["args_schema"]["properties"]


def test_the_metric_query_seed_gains_the_since_operation(db_url: str) -> None:
    """ops_0011: an install publishing the `metric_query` seed without `since` gets the current one."""
    _migrate(db_url, "downgrade", "ops_0010")
    before = json.loads(
        (Path(__file__).parents[1] / "fixtures" / "ops-seed-metric-query-before-0011.json").read_text()
    )
    assert "since" not in before["content"]["args_schema"]["properties"]["op"]["enum"]
    assert (
        fingerprint(validate_content("tool", before["content"]))
        in _migration("ops_0011").EARLIER_SEEDS[("tool", "metric_query")]
    )
    with Session(db.get_engine()) as session:
        service.create_asset(session, actor=SYSTEM, publish_now=True, note="seeded default", **before)
        session.commit()

    _migrate(db_url, "upgrade", "heads")

    with Session(db.get_engine()) as session:
        published = _published(session, "tool", "metric_query")
    assert (published["version"], published["note"]) == (2, NOTE)
    assert "since" in published["content"]["args_schema"]["properties"]["op"]["enum"]

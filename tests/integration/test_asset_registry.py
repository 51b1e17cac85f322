"""Asset registry on a real database: versioning rules, validation, permissions, audit, seeds, cache."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from services.asset_registry import cache, reads, service
from services.asset_registry.models import Asset, AssetVersion
from services.asset_registry.seeding import ensure_seeded
from services.core import db
from services.core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from services.core.models import AuditLog
from services.core.security import ROLE_PERMISSIONS, Principal
from services.infra.queries import metric_catalog

ADMIN = Principal(user_id=1, username="root", role="admin", permissions=ROLE_PERMISSIONS["admin"])
VIEWER = Principal(user_id=2, username="view", role="viewer", permissions=ROLE_PERMISSIONS["viewer"])
POLICY = ("policy", "ops.policy")


@pytest.fixture
def seeded(session: Session) -> Session:
    ensure_seeded(session)
    session.commit()
    return session


def _policy(session: Session) -> dict:
    return reads.get_version(session, actor=ADMIN, kind="policy", name="ops.policy", version=1)["content"]


def _statuses(session: Session, kind: str = "policy", name: str = "ops.policy") -> dict[int, str]:
    asset = reads.get_asset(session, actor=ADMIN, kind=kind, name=name)
    return {v["version"]: v["status"] for v in asset["versions"]}


def _edit_policy(session: Session, **changes: object) -> AssetVersion:
    content = {**_policy(session), **changes}
    return service.save_draft(session, actor=ADMIN, kind="policy", name="ops.policy", content=content)


def test_defaults_are_seeded_published_and_idempotent(session: Session) -> None:
    created = ensure_seeded(session)
    session.commit()
    assert set(created) == {
        "prompt/ops.planner",
        "catalog/ops.catalog",
        "policy/ops.policy",
        "tool/metric_query",
        "tool/ci_lookup",
        "tool/event_query",
        "tool/graph_query",
        "tool/rca",
    }
    assert ensure_seeded(session) == []
    session.commit()
    assert len(session.exec(select(Asset)).all()) == 8
    rows = reads.list_assets(session, actor=ADMIN)
    assert all(r["published_version"] == 1 and r["draft_version"] is None for r in rows)

    policy = reads.published_content(session, "policy", "ops.policy")
    assert policy["max_rows"] == 500 and policy["max_window_hours"] == 744 and policy["max_steps"] == 6
    assert policy["allowed_tools"]["operator"] == policy["allowed_tools"]["viewer"]
    assert [c["category"] for c in policy["refusals"]] == ["secrets", "changes", "out_of_scope"]
    assert {"document_search", "rca"} <= set(policy["allowed_tools"]["viewer"])
    catalog = reads.published_content(session, "catalog", "ops.catalog")
    assert [m["name"] for m in catalog["metrics"]] == [m["name"] for m in metric_catalog(session)]
    assert "database" in catalog["ci_types"] and "DEPENDS_ON" in catalog["relation_types"]
    assert "ip" in {a["name"] for a in catalog["attributes"]}
    prompt = reads.published_content(session, "prompt", "ops.planner")
    assert "GRAPH" in prompt["template"] and "{tools}" in prompt["template"]
    graph = reads.published_content(session, "tool", "graph_query")
    assert graph["args_schema"]["required"] == ["op", "ci"]
    assert [r["kind"] for r in reads.list_assets(session, actor=ADMIN, kind="tool")] == ["tool"] * 5


def test_draft_publish_keeps_one_published_and_archives_the_previous(seeded: Session) -> None:
    s = seeded
    draft = _edit_policy(s, max_rows=100)
    assert (draft.version, draft.status) == (2, "draft")
    again = _edit_policy(s, max_rows=200)  # the single draft is updated, not duplicated
    assert again.version == 2
    assert _statuses(s) == {1: "published", 2: "draft"}
    published = service.publish(s, actor=ADMIN, kind="policy", name="ops.policy", version=2)
    s.commit()
    assert published.published_at is not None
    assert _statuses(s) == {1: "archived", 2: "published"}
    assert reads.published_content(s, *POLICY)["max_rows"] == 200
    with pytest.raises(Conflict, match="already published"):
        service.publish(s, actor=ADMIN, kind="policy", name="ops.policy", version=2)
    with pytest.raises(Conflict, match="rollback"):
        service.publish(s, actor=ADMIN, kind="policy", name="ops.policy", version=1)
    with pytest.raises(NotFound):
        service.publish(s, actor=ADMIN, kind="policy", name="ops.policy", version=9)
    s.rollback()


def test_database_refuses_a_second_published_version(seeded: Session) -> None:
    asset = seeded.exec(select(Asset).where(Asset.name == "ops.policy")).one()
    assert asset.id is not None
    seeded.add(AssetVersion(asset_id=asset.id, version=2, status="published", content={}))
    with pytest.raises(IntegrityError, match="uq_asset_versions_one_published"):
        seeded.flush()
    seeded.rollback()


def test_rollback_publishes_a_copy_as_a_new_version(seeded: Session) -> None:
    s = seeded
    _edit_policy(s, max_rows=100)
    service.publish(s, actor=ADMIN, kind="policy", name="ops.policy", version=2)
    _edit_policy(s, max_steps=3)  # a pending draft (v3) survives the rollback
    row = service.rollback(s, actor=ADMIN, kind="policy", name="ops.policy", to_version=1)
    s.commit()
    assert (row.version, row.status, row.note) == (4, "published", "rollback to v1")
    assert _statuses(s) == {1: "archived", 2: "archived", 3: "draft", 4: "published"}
    assert reads.published_content(s, *POLICY)["max_rows"] == 500
    with pytest.raises(Conflict, match="published version"):
        service.rollback(s, actor=ADMIN, kind="policy", name="ops.policy", to_version=4)
    with pytest.raises(Conflict, match="draft"):
        service.rollback(s, actor=ADMIN, kind="policy", name="ops.policy", to_version=3)
    s.rollback()
    row = service.rollback(s, actor=ADMIN, kind="policy", name="ops.policy", to_version=2)
    assert row.version == 5 and reads.published_content(s, *POLICY)["max_rows"] == 100


def test_diff_is_a_unified_diff_of_pretty_json(seeded: Session) -> None:
    _edit_policy(seeded, max_rows=100)
    diff_text = reads.diff(
        seeded, actor=ADMIN, kind="policy", name="ops.policy", from_version=1, to_version=2
    )
    lines = diff_text.splitlines()
    assert lines[0] == "--- policy/ops.policy v1" and lines[1] == "+++ policy/ops.policy v2"
    assert '-  "max_rows": 500,' in lines and '+  "max_rows": 100,' in lines
    assert not [line for line in lines[2:] if line.startswith(("+", "-")) and "max_rows" not in line]
    same = reads.diff(seeded, actor=ADMIN, kind="policy", name="ops.policy", from_version=1, to_version=1)
    assert same == ""


@pytest.mark.parametrize(
    ("kind", "name", "content", "message"),
    [
        ("policy", "ops.policy", {"max_window_hours": None}, "max_window_hours: Field required"),
        ("policy", "ops.policy", "not an object", "must be a JSON object"),
        ("policy", "ops.policy", {"max_rows": "many"}, "max_rows: Input should be a valid integer"),
        ("policy", "ops.policy", {"max_row": 5}, "max_row: Extra inputs are not permitted"),
        ("policy", "ops.policy", {"allowed_tools": {"guest": ["x"]}}, "unknown role(s) guest"),
        ("policy", "ops.policy", {"max_graph_depth": 0}, "greater than or equal to 1"),
        ("tool", "ci_lookup", {"name": "other_tool"}, "must equal the asset name"),
        ("tool", "ci_lookup", {"args_schema": {"type": "string"}}, '"type": "object"'),
        ("prompt", "ops.planner", {"variables": ["nowhere"]}, "not used in the template: {nowhere}"),
        ("catalog", "ops.catalog", {"ci_types": ["host", "host"]}, "duplicate ci_types: host"),
    ],
)
def test_invalid_content_is_refused_with_a_clear_message(
    seeded: Session, kind: str, name: str, content: object, message: str
) -> None:
    base = reads.published_content(seeded, kind, name)
    body = content  # a dict overrides the valid content; None removes a key
    if isinstance(content, dict):
        body = {k: v for k, v in {**base, **content}.items() if v is not None}
    with pytest.raises(ValidationFailed) as info:
        service.save_draft(seeded, actor=ADMIN, kind=kind, name=name, content=body)  # type: ignore[arg-type]
    assert message in info.value.message
    seeded.rollback()
    assert _statuses(seeded, kind, name) == {1: "published"}


def test_unknown_kind_name_and_duplicate_asset(seeded: Session) -> None:
    with pytest.raises(ValidationFailed, match="unknown asset kind"):
        reads.list_assets(seeded, actor=ADMIN, kind="secret")
    with pytest.raises(NotFound):
        reads.get_asset(seeded, actor=ADMIN, kind="tool", name="nope")
    with pytest.raises(NotFound, match="no published version"):
        reads.published_content(seeded, "tool", "nope")
    with pytest.raises(ValidationFailed, match="invalid asset name"):
        service.create_asset(seeded, actor=ADMIN, kind="prompt", name="Bad Name", content={"template": "x"})
    with pytest.raises(Conflict):
        service.create_asset(
            seeded, actor=ADMIN, kind="prompt", name="ops.planner", content={"template": "x"}
        )
    row = service.create_asset(
        seeded, actor=ADMIN, kind="prompt", name="ops.summary", content={"template": "x"}
    )
    assert (row.version, row.status) == (1, "draft")


def test_viewer_may_neither_read_nor_write(seeded: Session) -> None:
    content = _policy(seeded)
    writes = [
        lambda: reads.get_asset(seeded, actor=VIEWER, kind="policy", name="ops.policy"),
        lambda: reads.list_assets(seeded, actor=VIEWER),
        lambda: service.save_draft(seeded, actor=VIEWER, kind="policy", name="ops.policy", content=content),
        lambda: service.publish(seeded, actor=VIEWER, kind="policy", name="ops.policy", version=1),
        lambda: service.rollback(seeded, actor=VIEWER, kind="policy", name="ops.policy", to_version=1),
        lambda: service.create_asset(
            seeded, actor=VIEWER, kind="prompt", name="x1", content={"template": "x"}
        ),
    ]
    for write in writes:
        with pytest.raises(Forbidden, match="admin:settings"):
            write()
    assert _statuses(seeded) == {1: "published"}


def test_every_write_is_audited(seeded: Session) -> None:
    seeds = seeded.exec(select(AuditLog).where(AuditLog.action == "asset.create")).all()
    assert len(seeds) == 8 and {a.actor for a in seeds} == {"system"}
    _edit_policy(seeded, max_rows=100)
    service.publish(seeded, actor=ADMIN, kind="policy", name="ops.policy", version=2)
    service.rollback(seeded, actor=ADMIN, kind="policy", name="ops.policy", to_version=1)
    seeded.commit()
    rows = seeded.exec(
        select(AuditLog).where(AuditLog.entity_id == "policy/ops.policy").order_by(col(AuditLog.id))
    ).all()
    assert [r.action for r in rows] == ["asset.create", "asset.draft", "asset.publish", "asset.rollback"]
    draft, publish, rollback = rows[1:]
    assert draft.actor == "root" and draft.after and draft.after["content"]["max_rows"] == 100
    assert publish.before == {"published_version": 1} and publish.after == {"published_version": 2}
    assert rollback.after == {"published_version": 3, "copied_from": 1}


def test_published_content_cache_follows_publish_and_rollback(seeded: Session) -> None:
    first = reads.published_content(seeded, *POLICY)
    first["max_rows"] = -1  # callers get private copies
    assert reads.published_content(seeded, *POLICY)["max_rows"] == 500
    with Session(db.get_engine()) as other:  # another request publishes and commits
        _edit_policy(other, max_rows=42)
        service.publish(other, actor=ADMIN, kind="policy", name="ops.policy", version=2)
        # uncommitted: readers elsewhere still see v1 (and may cache it) …
        assert reads.published_content(seeded, *POLICY)["max_rows"] == 500
        seeded.commit()
        assert reads.published_content(other, *POLICY)["max_rows"] == 42
        other.commit()
    # … and the commit invalidates what they cached
    assert reads.published_content(seeded, *POLICY)["max_rows"] == 42
    with Session(db.get_engine()) as other:  # a rolled-back rollback leaves no trace in the cache
        service.rollback(other, actor=ADMIN, kind="policy", name="ops.policy", to_version=1)
        assert reads.published_content(other, *POLICY)["max_rows"] == 500
        other.rollback()
    seeded.commit()
    assert reads.published_content(seeded, *POLICY)["max_rows"] == 42
    service.rollback(seeded, actor=ADMIN, kind="policy", name="ops.policy", to_version=1)
    seeded.commit()
    assert reads.published_content(seeded, *POLICY)["max_rows"] == 500


def test_render_prompt_replaces_declared_variables_only() -> None:
    content = {"template": 'Now {now}; reply {"route": "X"} in {lang}.', "variables": ["now", "lang"]}
    rendered = reads.render_prompt(content, now="2025-01-01T00:00:00Z", lang="ko")
    assert rendered == 'Now 2025-01-01T00:00:00Z; reply {"route": "X"} in ko.'
    with pytest.raises(ValidationFailed, match="lang"):
        reads.render_prompt(content, now="x")


def test_cache_entries_expire_for_changes_made_by_other_processes(
    seeded: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert reads.published_content(seeded, *POLICY)["max_rows"] == 500
    seeded.execute(  # what another replica's publish looks like from here: no local invalidation
        text(
            "UPDATE asset_versions SET content = jsonb_set(content, '{max_rows}', '7') "
            "WHERE status = 'published' AND asset_id = (SELECT id FROM assets WHERE name = 'ops.policy')"
        )
    )
    seeded.commit()
    assert reads.published_content(seeded, *POLICY)["max_rows"] == 500
    now = time.monotonic()
    monkeypatch.setattr(cache.time, "monotonic", lambda: now + cache.TTL_S + 1)
    assert reads.published_content(seeded, *POLICY)["max_rows"] == 7

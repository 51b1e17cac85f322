"""Asset registry writes: create, draft, publish and roll back versioned assets (reads: `reads`).

Rules: versions are numbered 1, 2, … per asset; at most one draft and one published version exist; a
publish archives the previously published version; a rollback copies an archived version into a new
version and publishes it. Writes need `admin:settings` (`models.WRITE`) and are audited in the same
transaction; a publish or rollback invalidates `published_content`'s cache when it commits.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from services.asset_registry import cache
from services.asset_registry.models import WRITE, Asset, AssetVersion
from services.asset_registry.reads import asset_row, check_kind, entity_id, version_row, version_view
from services.asset_registry.schemas import valid_name, validate_content
from services.core import audit
from services.core.clock import utcnow
from services.core.errors import Conflict, ValidationFailed
from services.core.security import Principal, require

_NAME_RULE = "names use lowercase letters, digits, '.', '_', '-' (at most 120 characters)"


def _with_status(session: Session, asset: Asset, status: str) -> AssetVersion | None:
    return session.exec(
        select(AssetVersion).where(AssetVersion.asset_id == asset.id, AssetVersion.status == status)
    ).first()


def _next_number(session: Session, asset: Asset) -> int:
    query = select(func.max(AssetVersion.version)).where(AssetVersion.asset_id == asset.id)
    return int(session.exec(query).one() or 0) + 1


def _validated(asset: Asset, content: Any) -> dict[str, Any]:
    normalised = validate_content(asset.kind, content)
    if asset.kind == "tool" and normalised["name"] != asset.name:
        raise ValidationFailed(
            f"tool content name '{normalised['name']}' must equal the asset name '{asset.name}'"
        )
    return normalised


def create_asset(
    session: Session,
    *,
    actor: Principal,
    kind: str,
    name: str,
    content: dict[str, Any],
    description: str = "",
    note: str = "",
    publish_now: bool = False,
) -> AssetVersion:
    """Create an asset with version 1 as a draft (or published with `publish_now`)."""
    require(actor, WRITE)
    check_kind(kind)
    if not valid_name(name):
        raise ValidationFailed(f"invalid asset name '{name}': {_NAME_RULE}")
    if session.exec(select(Asset.id).where(Asset.kind == kind, Asset.name == name)).first() is not None:
        raise Conflict(f"{kind} asset '{name}' already exists")
    asset = Asset(kind=kind, name=name, description=description[:500])
    normalised = _validated(asset, content)
    session.add(asset)
    session.flush()
    assert asset.id is not None
    row = AssetVersion(
        asset_id=asset.id,
        version=1,
        status="published" if publish_now else "draft",
        content=normalised,
        note=note[:500],
        created_by=actor.username,
        published_at=utcnow() if publish_now else None,
    )
    session.add(row)
    session.flush()
    if publish_now:
        cache.mark_dirty(session, cache.key_for(session, kind, name))
    audit.record(
        session,
        actor=actor.username,
        action="asset.create",
        entity_type="asset",
        entity_id=entity_id(asset),
        after={"description": asset.description, **version_view(row)},
    )
    return row


def save_draft(
    session: Session, *, actor: Principal, kind: str, name: str, content: dict[str, Any], note: str = ""
) -> AssetVersion:
    """Create the asset's draft or replace the content of the existing one."""
    require(actor, WRITE)
    asset = asset_row(session, kind, name, lock=True)
    normalised = _validated(asset, content)
    row = _with_status(session, asset, "draft")
    before = version_view(row) if row is not None else None
    if row is None:
        assert asset.id is not None
        row = AssetVersion(asset_id=asset.id, version=_next_number(session, asset), status="draft")
    row.content, row.note, row.created_by = normalised, note[:500], actor.username
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor.username,
        action="asset.draft",
        entity_type="asset",
        entity_id=entity_id(asset),
        before=before,
        after=version_view(row),
    )
    return row


def _make_published(
    session: Session,
    *,
    actor: Principal,
    asset: Asset,
    row: AssetVersion,
    action: str = "asset.publish",
    copied_from: int | None = None,
) -> None:
    """Archive the current published version, publish `row` (new or existing) and audit the switch.

    The archive is flushed before `row` joins the session: the one-published index is not deferrable.
    """
    current = _with_status(session, asset, "published")
    if current is not None:
        current.status = "archived"
        session.add(current)
        session.flush()
    row.status, row.published_at = "published", utcnow()
    session.add(row)
    session.flush()
    cache.mark_dirty(session, cache.key_for(session, asset.kind, asset.name))
    after: dict[str, Any] = {"published_version": row.version}
    if copied_from is not None:
        after["copied_from"] = copied_from
    audit.record(
        session,
        actor=actor.username,
        action=action,
        entity_type="asset",
        entity_id=entity_id(asset),
        before={"published_version": current.version if current else None},
        after=after,
    )


def publish(session: Session, *, actor: Principal, kind: str, name: str, version: int) -> AssetVersion:
    """Publish the draft `version`; the previously published version becomes archived."""
    require(actor, WRITE)
    asset = asset_row(session, kind, name, lock=True)
    row = version_row(session, asset, version)
    if row.status == "published":
        raise Conflict(
            f"version {version} of {kind} asset '{name}' is already published",
            key="asset_already_published",
            params={"version": version},
        )
    if row.status != "draft":
        raise Conflict(
            f"version {version} is archived; use rollback to publish it again",
            key="asset_archived",
            params={"version": version},
        )
    row.content = _validated(asset, row.content)
    _make_published(session, actor=actor, asset=asset, row=row)
    return row


def publish_content(
    session: Session, *, actor: Principal, kind: str, name: str, content: dict[str, Any], note: str = ""
) -> AssetVersion:
    """Publish `content` as a new version of an existing asset (a draft, if any, stays a draft)."""
    require(actor, WRITE)
    asset = asset_row(session, kind, name, lock=True)
    assert asset.id is not None
    row = AssetVersion(
        asset_id=asset.id,
        version=_next_number(session, asset),
        content=_validated(asset, content),
        note=note[:500],
        created_by=actor.username,
    )
    _make_published(session, actor=actor, asset=asset, row=row)
    return row


def rollback(
    session: Session, *, actor: Principal, kind: str, name: str, to_version: int, note: str = ""
) -> AssetVersion:
    """Publish a copy of the earlier (archived) `to_version` as a new version."""
    require(actor, WRITE)
    asset = asset_row(session, kind, name, lock=True)
    source = version_row(session, asset, to_version)
    if source.status != "archived":
        state = "the published version" if source.status == "published" else "a draft (publish it instead)"
        raise Conflict(f"cannot roll back to version {to_version}: it is {state}")
    assert asset.id is not None
    row = AssetVersion(
        asset_id=asset.id,
        version=_next_number(session, asset),
        status="published",
        content=_validated(asset, source.content),
        note=(note or f"rollback to v{to_version}")[:500],
        created_by=actor.username,
    )
    _make_published(
        session, actor=actor, asset=asset, row=row, action="asset.rollback", copied_from=to_version
    )
    return row

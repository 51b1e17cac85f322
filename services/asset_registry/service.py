"""Asset registry: list, read, draft, publish, roll back and diff versioned assets.

Rules: versions are numbered 1, 2, … per asset; at most one draft and one published version exist; a
publish archives the previously published version; a rollback copies an archived version into a new
version and publishes it. Writes need `admin:settings`, reads `ops:ask`; every write is audited in
the same transaction. `published_content` is the fast path the OPS engine uses (cached per process).
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from services.asset_registry import cache
from services.asset_registry.models import ASSET_KINDS, Asset, AssetVersion
from services.asset_registry.schemas import valid_name, validate_content
from services.core import audit
from services.core.clock import utcnow
from services.core.errors import Conflict, NotFound, ValidationFailed
from services.core.security import Principal, require

READ = WRITE = "admin:settings"  # the registry is configuration: one rule for UI and REST


# --- views -----------------------------------------------------------------------------------------------


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def version_view(row: AssetVersion, with_content: bool = True) -> dict[str, Any]:
    """A version as JSON-safe data."""
    view: dict[str, Any] = {
        "version": row.version,
        "status": row.status,
        "note": row.note,
        "created_by": row.created_by,
        "created_at": _iso(row.created_at),
        "published_at": _iso(row.published_at),
    }
    if with_content:
        view["content"] = row.content
    return view


def _asset_summary(asset: Asset, versions: list[AssetVersion]) -> dict[str, Any]:
    by_status = {v.status: v.version for v in versions if v.status != "archived"}
    return {
        "kind": asset.kind,
        "name": asset.name,
        "description": asset.description,
        "created_at": _iso(asset.created_at),
        "published_version": by_status.get("published"),
        "draft_version": by_status.get("draft"),
        "latest_version": max((v.version for v in versions), default=None),
    }


def pretty(content: Any) -> str:
    """Content as the stable, human-readable JSON shown in the UI and used for diffs."""
    return json.dumps(content, indent=2, sort_keys=True, ensure_ascii=False)


# --- lookups ---------------------------------------------------------------------------------------------


def _check_kind(kind: str) -> None:
    if kind not in ASSET_KINDS:
        raise ValidationFailed(f"unknown asset kind '{kind}'; expected one of {', '.join(ASSET_KINDS)}")


def _asset(session: Session, kind: str, name: str, lock: bool = False) -> Asset:
    _check_kind(kind)
    query = select(Asset).where(Asset.kind == kind, Asset.name == name)
    if lock:  # serialises writers of one asset (version numbers, the single draft/published)
        query = query.with_for_update()
    asset = session.exec(query).first()
    if asset is None:
        raise NotFound(
            f"unknown {kind} asset '{name}'", key="asset_unknown", params={"kind": kind, "name": name}
        )
    return asset


def _versions(session: Session, asset_id: int) -> list[AssetVersion]:
    query = select(AssetVersion).where(AssetVersion.asset_id == asset_id).order_by(col(AssetVersion.version))
    return list(session.exec(query).all())


def _version(session: Session, asset: Asset, version: int) -> AssetVersion:
    row = session.exec(
        select(AssetVersion).where(AssetVersion.asset_id == asset.id, AssetVersion.version == version)
    ).first()
    if row is None:
        raise NotFound(
            f"{asset.kind} asset '{asset.name}' has no version {version}",
            key="asset_version_unknown",
            params={"name": asset.name, "version": version},
        )
    return row


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


def _entity(asset: Asset) -> str:
    return f"{asset.kind}/{asset.name}"


# --- reads -----------------------------------------------------------------------------------------------


def list_assets(session: Session, *, actor: Principal, kind: str | None = None) -> list[dict[str, Any]]:
    """Every asset (optionally of one kind) with its published, draft and latest version numbers."""
    require(actor, READ)
    query = select(Asset).order_by(col(Asset.kind), col(Asset.name))
    if kind:
        _check_kind(kind)
        query = query.where(Asset.kind == kind)
    assets = list(session.exec(query).all())
    versions: dict[int, list[AssetVersion]] = {}
    if assets:
        ids = [a.id for a in assets]
        for row in session.exec(select(AssetVersion).where(col(AssetVersion.asset_id).in_(ids))):
            versions.setdefault(row.asset_id, []).append(row)
    return [_asset_summary(a, versions.get(a.id or 0, [])) for a in assets]


def get_asset(session: Session, *, actor: Principal, kind: str, name: str) -> dict[str, Any]:
    """One asset with every version (newest first, without content)."""
    require(actor, READ)
    asset = _asset(session, kind, name)
    assert asset.id is not None
    versions = _versions(session, asset.id)
    view = _asset_summary(asset, versions)
    view["versions"] = [version_view(v, with_content=False) for v in reversed(versions)]
    return view


def get_version(session: Session, *, actor: Principal, kind: str, name: str, version: int) -> dict[str, Any]:
    """One version with its content."""
    require(actor, READ)
    return version_view(_version(session, _asset(session, kind, name), version))


def published_content(session: Session, kind: str, name: str) -> dict[str, Any]:
    """The content of the published version (a private copy); NotFound when nothing is published.

    Served from a per-process cache that a publish or rollback in this process invalidates when it
    commits; changes made by other processes show within `cache.TTL_S` seconds.
    """
    key = cache.key_for(session, kind, name)
    hit = cache.get(session, key)
    if hit is not None:
        return hit
    seen = cache.generation()
    row = session.exec(
        select(AssetVersion.content)
        .join(Asset, col(Asset.id) == AssetVersion.asset_id)
        .where(Asset.kind == kind, Asset.name == name, AssetVersion.status == "published")
    ).first()
    if row is None:
        _check_kind(kind)
        raise NotFound(f"{kind} asset '{name}' has no published version")
    content: dict[str, Any] = dict(row)
    cache.put(session, key, content, seen)
    return copy.deepcopy(content)


def diff(
    session: Session, *, actor: Principal, kind: str, name: str, from_version: int, to_version: int
) -> str:
    """A unified diff of the pretty-printed JSON of two versions ('' when equal)."""
    require(actor, READ)
    asset = _asset(session, kind, name)
    old, new = _version(session, asset, from_version), _version(session, asset, to_version)
    lines = difflib.unified_diff(
        pretty(old.content).splitlines(),
        pretty(new.content).splitlines(),
        fromfile=f"{_entity(asset)} v{from_version}",
        tofile=f"{_entity(asset)} v{to_version}",
        lineterm="",
    )
    return "\n".join(lines)


# --- writes ----------------------------------------------------------------------------------------------

_NAME_RULE = "names use lowercase letters, digits, '.', '_', '-' (at most 120 characters)"


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
    _check_kind(kind)
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
        entity_id=_entity(asset),
        after={"description": asset.description, **version_view(row)},
    )
    return row


def save_draft(
    session: Session, *, actor: Principal, kind: str, name: str, content: dict[str, Any], note: str = ""
) -> AssetVersion:
    """Create the asset's draft or replace the content of the existing one."""
    require(actor, WRITE)
    asset = _asset(session, kind, name, lock=True)
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
        entity_id=_entity(asset),
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
        entity_id=_entity(asset),
        before={"published_version": current.version if current else None},
        after=after,
    )


def publish(session: Session, *, actor: Principal, kind: str, name: str, version: int) -> AssetVersion:
    """Publish the draft `version`; the previously published version becomes archived."""
    require(actor, WRITE)
    asset = _asset(session, kind, name, lock=True)
    row = _version(session, asset, version)
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
    asset = _asset(session, kind, name, lock=True)
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
    asset = _asset(session, kind, name, lock=True)
    source = _version(session, asset, to_version)
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


def render_prompt(content: dict[str, Any], **values: Any) -> str:
    """A prompt asset's template with each declared `{variable}` replaced (other braces left alone)."""
    declared = set(content.get("variables", []))
    missing = sorted(declared - set(values))
    if missing:
        raise ValidationFailed(f"prompt variables without a value: {', '.join(missing)}")

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in declared else match.group(0)

    return re.sub(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", substitute, str(content.get("template", "")))

"""Asset registry reads: list, read and diff versioned assets, and the published content the OPS engine uses.

Reads need `admin:settings` (`models.READ`). `published_content` is the OPS engine's fast path (cached per
process, no permission check); `render_prompt` fills a prompt asset's template. The lookups
(`asset_row`, `version_row`) raise NotFound and are shared with the writes in `service`.
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from typing import Any

from sqlmodel import Session, col, select

from services.asset_registry import cache
from services.asset_registry.models import ASSET_KINDS, READ, Asset, AssetVersion
from services.core.errors import NotFound, ValidationFailed
from services.core.security import Principal, require

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


def check_kind(kind: str) -> None:
    """ValidationFailed unless `kind` is an asset kind."""
    if kind not in ASSET_KINDS:
        raise ValidationFailed(f"unknown asset kind '{kind}'; expected one of {', '.join(ASSET_KINDS)}")


def asset_row(session: Session, kind: str, name: str, lock: bool = False) -> Asset:
    """The asset `kind`/`name` (row-locked with `lock`); NotFound when there is none."""
    check_kind(kind)
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


def version_row(session: Session, asset: Asset, version: int) -> AssetVersion:
    """Version `version` of `asset`; NotFound when there is none."""
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


def entity_id(asset: Asset) -> str:
    """The audit log's name for an asset: `kind/name`."""
    return f"{asset.kind}/{asset.name}"


# --- reads -----------------------------------------------------------------------------------------------


def list_assets(session: Session, *, actor: Principal, kind: str | None = None) -> list[dict[str, Any]]:
    """Every asset (optionally of one kind) with its published, draft and latest version numbers."""
    require(actor, READ)
    query = select(Asset).order_by(col(Asset.kind), col(Asset.name))
    if kind:
        check_kind(kind)
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
    asset = asset_row(session, kind, name)
    assert asset.id is not None
    versions = _versions(session, asset.id)
    view = _asset_summary(asset, versions)
    view["versions"] = [version_view(v, with_content=False) for v in reversed(versions)]
    return view


def get_version(session: Session, *, actor: Principal, kind: str, name: str, version: int) -> dict[str, Any]:
    """One version with its content."""
    require(actor, READ)
    return version_view(version_row(session, asset_row(session, kind, name), version))


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
        check_kind(kind)
        raise NotFound(f"{kind} asset '{name}' has no published version")
    content: dict[str, Any] = dict(row)
    cache.put(session, key, content, seen)
    return copy.deepcopy(content)


def diff(
    session: Session, *, actor: Principal, kind: str, name: str, from_version: int, to_version: int
) -> str:
    """A unified diff of the pretty-printed JSON of two versions ('' when equal)."""
    require(actor, READ)
    asset = asset_row(session, kind, name)
    old, new = version_row(session, asset, from_version), version_row(session, asset, to_version)
    lines = difflib.unified_diff(
        pretty(old.content).splitlines(),
        pretty(new.content).splitlines(),
        fromfile=f"{entity_id(asset)} v{from_version}",
        tofile=f"{entity_id(asset)} v{to_version}",
        lineterm="",
    )
    return "\n".join(lines)


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

"""API definitions as callers read them: live rows and versions, list, detail, version history, diffs.

Lookups (`get_row`, `version_row`, `api_and_version`) see only live (not deleted) APIs and raise
NotFound otherwise; the read functions check `apis:read`. Views are JSON-safe: an API's secret
values never leave, only their names.
"""

from __future__ import annotations

import difflib
import json
from typing import Any, cast

from sqlalchemy import or_
from sqlmodel import Session, col, select

from services.api_manager.models import READ, Api, ApiVersion
from services.core.errors import NotFound
from services.core.pagination import Page, paginate
from services.core.security import Principal, require


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def api_view(api: Api) -> dict[str, Any]:
    """An API as JSON-safe data (secret values never leave; their names do)."""
    return {
        "id": api.id,
        "slug": api.slug,
        "name": api.name,
        "description": api.description,
        "logic_type": api.logic_type,
        "owner": api.owner,
        "tags": list(api.tags),
        "allowed_roles": list(api.allowed_roles),
        "required_scopes": list(api.required_scopes),
        "rate_limit_per_minute": api.rate_limit_per_minute,
        "ops_tool": api.ops_tool,
        "secret_names": sorted(api.secrets),
        "latest_version": api.latest_version,
        "published_version": api.published_version,
        "created_at": _iso(api.created_at),
        "updated_at": _iso(api.updated_at),
    }


def version_view(row: ApiVersion, published: int | None, with_content: bool = False) -> dict[str, Any]:
    view: dict[str, Any] = {
        "version": row.version,
        "content_hash": row.content_hash,
        "message": row.message,
        "author": row.author,
        "created_at": _iso(row.created_at),
        "published": row.version == published,
    }
    if with_content:
        view["content"] = row.content
    return view


# --- lookups ---------------------------------------------------------------------------------------------


def get_row(session: Session, api_id: int, *, lock: bool = False) -> Api:
    """The live (not deleted) API `api_id`; NotFound otherwise."""
    query = select(Api).where(Api.id == api_id, col(Api.deleted_at).is_(None))
    if lock:
        query = query.with_for_update()
    api = session.exec(query).first()
    if api is None:
        raise NotFound(f"API {api_id} not found", key="api_not_found", params={"id": api_id})
    return api


def version_row(session: Session, api: Api, version: int | None = None) -> ApiVersion:
    """A version of `api` (default: the latest)."""
    number = version or api.latest_version
    row = session.exec(
        select(ApiVersion).where(ApiVersion.api_id == api.id, ApiVersion.version == number)
    ).first()
    if row is None:
        raise NotFound(
            f"API {api.slug} has no version {number}", key="api_version_not_found", params={"version": number}
        )
    return row


def api_and_version(
    session: Session, *, api_id: int | None, slug: str | None, version: int | None
) -> tuple[Api, ApiVersion | None]:
    """A live API and one of its versions (default: the published one) in a single query."""
    wanted = col(ApiVersion.version) == (version if version is not None else Api.published_version)
    query = (
        select(Api, ApiVersion)
        .join(ApiVersion, (col(ApiVersion.api_id) == Api.id) & wanted, isouter=True)
        .where(col(Api.deleted_at).is_(None))
        .where(Api.id == api_id if api_id is not None else Api.slug == (slug or ""))
    )
    found = session.exec(query).first()
    if found is None:
        name = api_id if api_id is not None else slug
        shown = api_id if api_id is not None else f"'{slug}'"
        raise NotFound(f"API {shown} not found", key="api_not_found", params={"id": name})
    return found[0], found[1]


# --- reads -----------------------------------------------------------------------------------------------


def list_apis(
    session: Session,
    *,
    actor: Principal,
    limit: int,
    cursor: str | None,
    search: str | None = None,
    logic_type: str | None = None,
    tag: str | None = None,
) -> Page:
    """Live APIs, newest first, optionally filtered by text, logic type or tag."""
    require(actor, READ)
    query = select(Api).where(col(Api.deleted_at).is_(None))
    if search:
        pattern = f"%{search.strip()[:100]}%"
        query = query.where(
            or_(
                col(Api.name).ilike(pattern),
                col(Api.slug).ilike(pattern),
                col(Api.description).ilike(pattern),
            )
        )
    if logic_type:
        query = query.where(Api.logic_type == logic_type)
    if tag:
        query = query.where(col(Api.tags).contains([tag]))
    return paginate(
        session,
        query,
        keys=[cast(Any, col(Api.id))],
        limit=limit,
        cursor=cursor,
        descending=True,
        to_item=api_view,
        count=True,
    )


def get_api(session: Session, *, actor: Principal, api_id: int, version: int | None = None) -> dict[str, Any]:
    """An API with the content of `version` (default: the latest)."""
    require(actor, READ)
    api = get_row(session, api_id)
    row = version_row(session, api, version)
    return {**api_view(api), "content": row.content, "content_version": row.version}


def list_versions(session: Session, *, actor: Principal, api_id: int) -> list[dict[str, Any]]:
    """Every version, newest first, without content."""
    require(actor, READ)
    api = get_row(session, api_id)
    rows = session.exec(
        select(ApiVersion).where(ApiVersion.api_id == api.id).order_by(col(ApiVersion.version).desc())
    ).all()
    return [version_view(row, api.published_version) for row in rows]


def _pretty(content: dict[str, Any]) -> list[str]:
    settings = {k: v for k, v in content.items() if k != "body"}
    return [
        *str(content.get("body", "")).splitlines(),
        "",
        "-- settings --",
        *json.dumps(settings, indent=2, sort_keys=True).splitlines(),
    ]


def diff(session: Session, *, actor: Principal, api_id: int, from_version: int, to_version: int) -> str:
    """Unified diff of two versions: the body line by line, then the schema and limits as JSON."""
    require(actor, READ)
    api = get_row(session, api_id)
    old, new = version_row(session, api, from_version), version_row(session, api, to_version)
    lines = difflib.unified_diff(
        _pretty(old.content),
        _pretty(new.content),
        fromfile=f"{api.slug} v{from_version}",
        tofile=f"{api.slug} v{to_version}",
        lineterm="",
    )
    return "\n".join(lines)

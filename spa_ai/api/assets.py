"""Asset registry REST: list, read, draft, publish, roll back and diff prompt/catalog/policy/tool assets."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlmodel import Session

from services.asset_registry import service
from services.core.security import Principal
from spa_ai.api.deps import db_session, require

router = APIRouter(prefix="/api/assets", tags=["assets"])

READ, WRITE = require(service.READ), require(service.WRITE)


class AssetCreate(BaseModel):
    kind: Literal["prompt", "catalog", "policy", "tool"]
    name: str = Field(min_length=1, max_length=120)
    description: str = Field("", max_length=500)
    content: dict[str, Any]
    note: str = Field("", max_length=500)


class DraftBody(BaseModel):
    content: dict[str, Any]
    note: str = Field("", max_length=500)


class RollbackBody(BaseModel):
    version: int = Field(ge=1)
    note: str = Field("", max_length=500)


@router.get("")
def list_assets(
    kind: str | None = None,
    limit: int = Query(100, ge=1, le=500),
    cursor: int = Query(0, ge=0, description="offset of the first row"),
    principal: Principal = Depends(READ),
    session: Session = Depends(db_session),
) -> dict:
    """Assets (optionally of one kind) with their published, draft and latest version numbers."""
    rows = service.list_assets(session, actor=principal, kind=kind)
    page = rows[cursor : cursor + limit]
    next_cursor = cursor + limit if cursor + limit < len(rows) else None
    return {"items": page, "total": len(rows), "next_cursor": next_cursor}


@router.post("", status_code=201)
def create_asset(
    body: AssetCreate, principal: Principal = Depends(WRITE), session: Session = Depends(db_session)
) -> dict:
    """Create an asset; its content becomes draft version 1."""
    row = service.create_asset(session, actor=principal, **body.model_dump())
    return service.version_view(row)


@router.get("/{kind}/{name}")
def get_asset(
    kind: str, name: str, principal: Principal = Depends(READ), session: Session = Depends(db_session)
) -> dict:
    """One asset and all its versions (newest first, without content)."""
    return service.get_asset(session, actor=principal, kind=kind, name=name)


@router.get("/{kind}/{name}/versions/{version}")
def get_version(
    kind: str,
    name: str,
    version: int,
    principal: Principal = Depends(READ),
    session: Session = Depends(db_session),
) -> dict:
    """One version with its content."""
    return service.get_version(session, actor=principal, kind=kind, name=name, version=version)


@router.put("/{kind}/{name}/draft")
def save_draft(
    kind: str,
    name: str,
    body: DraftBody,
    principal: Principal = Depends(WRITE),
    session: Session = Depends(db_session),
) -> dict:
    """Create the draft or replace its content (validated for the asset's kind)."""
    row = service.save_draft(
        session, actor=principal, kind=kind, name=name, content=body.content, note=body.note
    )
    return service.version_view(row)


@router.post("/{kind}/{name}/versions/{version}/publish")
def publish(
    kind: str,
    name: str,
    version: int,
    principal: Principal = Depends(WRITE),
    session: Session = Depends(db_session),
) -> dict:
    """Publish a draft; the previously published version is archived."""
    row = service.publish(session, actor=principal, kind=kind, name=name, version=version)
    return service.version_view(row)


@router.post("/{kind}/{name}/rollback")
def rollback(
    kind: str,
    name: str,
    body: RollbackBody,
    principal: Principal = Depends(WRITE),
    session: Session = Depends(db_session),
) -> dict:
    """Publish a copy of an earlier (archived) version as a new version."""
    row = service.rollback(
        session, actor=principal, kind=kind, name=name, to_version=body.version, note=body.note
    )
    return service.version_view(row)


@router.get("/{kind}/{name}/diff")
def diff(
    kind: str,
    name: str,
    from_version: int = Query(alias="from", ge=1),
    to_version: int = Query(alias="to", ge=1),
    principal: Principal = Depends(READ),
    session: Session = Depends(db_session),
) -> dict:
    """Unified diff of the pretty-printed JSON of two versions."""
    text = service.diff(
        session, actor=principal, kind=kind, name=name, from_version=from_version, to_version=to_version
    )
    return {"from": from_version, "to": to_version, "diff": text}

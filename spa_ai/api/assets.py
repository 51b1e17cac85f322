"""Asset registry REST: list, read, draft, publish, roll back and diff prompt/catalog/policy/tool assets."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from services.asset_registry import reads, service
from services.asset_registry.models import (
    READ,
    WRITE,
    AssetCreate,
    AssetDetail,
    AssetDiff,
    AssetKind,
    AssetSummary,
    AssetVersionRead,
    DraftBody,
    RollbackBody,
)
from services.core.pagination import Page, page_from_list
from services.core.security import Principal
from spa_ai.api.deps import PageQuery, Requires, SessionDep

router = APIRouter(prefix="/api/assets", tags=["assets"])

Reader = Annotated[Principal, Requires(READ)]
Writer = Annotated[Principal, Requires(WRITE)]


@router.get("", response_model=Page[AssetSummary])
def list_assets(caller: Reader, session: SessionDep, page: PageQuery, kind: AssetKind | None = None) -> Page:
    """Assets (optionally of one kind) with their published, draft and latest version numbers."""
    rows = reads.list_assets(session, actor=caller, kind=kind)
    return page_from_list(rows, page.limit, page.cursor, key_of=lambda row: (row["kind"], row["name"]))


@router.post("", status_code=201, response_model=AssetVersionRead)
def create_asset(body: AssetCreate, caller: Writer, session: SessionDep) -> dict:
    """Create an asset; its content becomes draft version 1."""
    return reads.version_view(service.create_asset(session, actor=caller, **body.model_dump()))


@router.get("/{kind}/{name}", response_model=AssetDetail)
def get_asset(kind: str, name: str, caller: Reader, session: SessionDep) -> dict:
    """One asset and all its versions (newest first, without content)."""
    return reads.get_asset(session, actor=caller, kind=kind, name=name)


@router.get("/{kind}/{name}/versions/{version}", response_model=AssetVersionRead)
def get_version(kind: str, name: str, version: int, caller: Reader, session: SessionDep) -> dict:
    """One version with its content."""
    return reads.get_version(session, actor=caller, kind=kind, name=name, version=version)


@router.put("/{kind}/{name}/draft", response_model=AssetVersionRead)
def save_draft(kind: str, name: str, body: DraftBody, caller: Writer, session: SessionDep) -> dict:
    """Create the draft or replace its content (validated for the asset's kind)."""
    row = service.save_draft(
        session, actor=caller, kind=kind, name=name, content=body.content, note=body.note
    )
    return reads.version_view(row)


@router.post("/{kind}/{name}/versions/{version}/publish", response_model=AssetVersionRead)
def publish(kind: str, name: str, version: int, caller: Writer, session: SessionDep) -> dict:
    """Publish a draft; the previously published version is archived."""
    return reads.version_view(service.publish(session, actor=caller, kind=kind, name=name, version=version))


@router.post("/{kind}/{name}/rollback", response_model=AssetVersionRead)
def rollback(kind: str, name: str, body: RollbackBody, caller: Writer, session: SessionDep) -> dict:
    """Publish a copy of an earlier (archived) version as a new version."""
    row = service.rollback(
        session, actor=caller, kind=kind, name=name, to_version=body.version, note=body.note
    )
    return reads.version_view(row)


@router.get("/{kind}/{name}/diff", response_model=AssetDiff, response_model_by_alias=True)
def diff(
    kind: str,
    name: str,
    caller: Reader,
    session: SessionDep,
    from_version: int = Query(alias="from", ge=1),
    to_version: int = Query(alias="to", ge=1),
) -> AssetDiff:
    """Unified diff of the pretty-printed JSON of two versions."""
    text = reads.diff(
        session, actor=caller, kind=kind, name=name, from_version=from_version, to_version=to_version
    )
    return AssetDiff(from_version=from_version, to_version=to_version, diff=text)

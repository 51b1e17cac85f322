"""DOCS reads: which documents a caller sees, and what they see of them (list rows with status and
progress, detail with versions and shares, chunks, the original file, version diffs).

A caller sees a document when they own it, it is shared with them or their role, or they hold
`admin:audit`; a document they may not see is reported as missing, never as forbidden.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from sqlalchemy import or_, text
from sqlmodel import Session, col, select

from services.core.errors import NotFound, ValidationFailed
from services.core.pagination import Page, paginate
from services.core.security import Principal, require
from services.documents import ingest
from services.documents.models import Chunk, Document, DocumentShare
from services.documents.strings import STRINGS


def visible(actor: Principal) -> Any:
    """SQL condition: documents `actor` may read."""
    if actor.can("admin:audit"):
        return text("true")
    shared = select(DocumentShare.family_id).where(
        or_(
            (col(DocumentShare.grantee_type) == "user") & (col(DocumentShare.grantee) == actor.username),
            (col(DocumentShare.grantee_type) == "role") & (col(DocumentShare.grantee) == actor.role),
        )
    )
    return or_(col(Document.owner) == actor.username, col(Document.family_id).in_(shared))


def get_document(
    session: Session, *, actor: Principal, document_id: str, include_deleted: bool = False
) -> Document:
    """A document `actor` may read; NotFound otherwise (never revealing that it exists)."""
    require(actor, "docs:read")
    doc = session.exec(select(Document).where(Document.id == document_id[:32], visible(actor))).first()
    if doc is None or (doc.deleted_at is not None and not include_deleted):
        raise NotFound(f"no document '{document_id[:32]}'", key="docs_not_found")
    return doc


def summary(doc: Document) -> dict[str, Any]:
    """A document's list row: identity, status and progress."""
    return {
        "id": doc.id,
        "family_id": doc.family_id,
        "version": doc.version,
        "is_latest": doc.is_latest,
        "filename": doc.filename,
        "title": doc.title,
        "kind": doc.kind,
        "size": doc.size,
        "owner": doc.owner,
        "tags": list(doc.tags or []),
        "status": doc.status,
        "stage_done": doc.stage_done,
        "stage_total": doc.stage_total,
        "progress": round(ingest._fraction(doc.status, doc.stage_done, doc.stage_total), 3)
        if doc.status in ingest.ACTIVE
        else (1.0 if doc.status == "done" else 0.0),
        "error": doc.error,  # English; `error_key` + `error_params` name its `errors.<key>` i18n string
        "error_key": doc.error_key,
        "error_params": dict(doc.error_params or {}),
        "failed_stage": doc.failed_stage,
        "chunk_count": doc.chunk_count,
        "pages": doc.pages,
        "strategy": doc.strategy,
        "language": doc.language,
        "created_at": doc.created_at.isoformat() if doc.created_at else None,
        "updated_at": doc.updated_at.isoformat() if doc.updated_at else None,
        "deleted": doc.deleted_at is not None,
    }


def failure_reason(item: dict[str, Any], lang: str) -> str:
    """Why a document (a `summary`) failed, in `lang`: its `errors.<error_key>` string with its params,
    else the stored English text (failures recorded before reasons had keys)."""
    entry = STRINGS.get(f"errors.{item.get('error_key')}")
    if entry is not None:
        try:
            return entry.get(lang, entry["en"]).format(**(item.get("error_params") or {}))
        except (KeyError, IndexError):
            pass
    return str(item.get("error") or "")


def list_documents(
    session: Session,
    *,
    actor: Principal,
    limit: int = 50,
    cursor: str | None = None,
    q: str | None = None,
    status: str | None = None,
    deleted: bool = False,
    all_versions: bool = False,
) -> Page[dict[str, Any]]:
    """Documents newest first (latest version of each unless `all_versions`), with status and progress."""
    require(actor, "docs:read")
    statement = select(Document).where(visible(actor))
    statement = statement.where(
        col(Document.deleted_at).is_not(None) if deleted else col(Document.deleted_at).is_(None)
    )
    if not all_versions:
        newest = text(
            "NOT EXISTS (SELECT 1 FROM documents n WHERE n.family_id = documents.family_id "
            "AND n.version > documents.version AND n.deleted_at IS NULL)"
        )
        statement = statement.where(newest)
    if q:
        statement = statement.where(col(Document.filename).ilike(f"%{q[:100].replace('%', '')}%"))
    if status:
        statement = statement.where(Document.status == status[:16])
    return paginate(
        session,
        statement,
        keys=[Document.__table__.c.created_at, Document.__table__.c.id],  # type: ignore[attr-defined]
        limit=limit,
        cursor=cursor,
        descending=True,
        to_item=summary,
        count=True,
    )


def detail(session: Session, *, actor: Principal, document_id: str) -> dict[str, Any]:
    """A document with its versions, shares and (for its owner) what may be changed."""
    doc = get_document(session, actor=actor, document_id=document_id, include_deleted=True)
    versions = session.exec(
        select(Document)
        .where(Document.family_id == doc.family_id, col(Document.deleted_at).is_(None))
        .order_by(col(Document.version).desc())
    ).all()
    shares = session.exec(select(DocumentShare).where(DocumentShare.family_id == doc.family_id)).all()
    return {
        **summary(doc),
        "sha256": doc.sha256,
        "versions": [summary(v) for v in versions],
        "shares": [{"type": s.grantee_type, "name": s.grantee} for s in shares],
        "can_edit": doc.owner == actor.username or actor.can("admin:users"),
    }


def chunks(
    session: Session, *, actor: Principal, document_id: str, limit: int = 50, cursor: str | None = None
) -> Page[dict[str, Any]]:
    """A document's chunks in order, with their metadata and embedding model."""
    doc = get_document(session, actor=actor, document_id=document_id)
    statement = select(Chunk).where(Chunk.document_id == doc.id)
    return paginate(
        session,
        statement,
        keys=[Chunk.__table__.c.ord],  # type: ignore[attr-defined]
        limit=limit,
        cursor=cursor,
        to_item=chunk_item,
    )


def chunk_item(c: Chunk) -> dict[str, Any]:
    """A chunk as clients see it: text, location metadata, length and embedding model."""
    return {
        "id": c.id,
        "ord": c.ord,
        "text": c.text,
        "meta": c.meta,
        "tokens": c.token_len,
        "model_id": c.model_id,
        "dim": c.dim,
    }


def get_chunk(session: Session, *, actor: Principal, document_id: str, chunk_id: int) -> dict[str, Any]:
    """One chunk of a document the caller may read (what a search hit or an OPS citation links to)."""
    doc = get_document(session, actor=actor, document_id=document_id)
    found = session.exec(select(Chunk).where(Chunk.document_id == doc.id, Chunk.id == chunk_id)).first()
    if found is None:
        raise NotFound(f"document '{doc.id}' has no chunk {chunk_id}", key="docs_chunk_not_found")
    return chunk_item(found)


def original(session: Session, *, actor: Principal, document_id: str) -> tuple[Path, str, str]:
    """(path, download name, media type) of the uploaded file, for a caller who may read it."""
    doc = get_document(session, actor=actor, document_id=document_id)
    path = ingest.stored_path(doc)
    if not path.is_file():
        raise NotFound("the original file is missing from the store")
    media = {
        "pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "png": "image/png",
        "jpeg": "image/jpeg",
        "md": "text/markdown; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
    }[doc.kind]
    return path, doc.filename, media


def diff(
    session: Session, *, actor: Principal, document_id: str, against: str | None = None
) -> dict[str, Any]:
    """A unified text diff of this version against `against` (default: the previous version)."""
    doc = get_document(session, actor=actor, document_id=document_id)
    other: Document | None
    if against:
        other = get_document(session, actor=actor, document_id=against)
        if other.family_id != doc.family_id:
            raise ValidationFailed("versions of different documents", details={"field": "against"})
    else:
        other = session.exec(
            select(Document)
            .where(Document.family_id == doc.family_id, col(Document.version) < doc.version)
            .order_by(col(Document.version).desc())
        ).first()
    if other is None:
        return {"from_version": None, "to_version": doc.version, "lines": []}
    old_text = (other.content or "").splitlines()
    new_text = (doc.content or "").splitlines()
    lines = list(
        difflib.unified_diff(old_text, new_text, f"v{other.version}", f"v{doc.version}", lineterm="", n=2)
    )[:5000]
    return {"from_version": other.version, "to_version": doc.version, "lines": lines}

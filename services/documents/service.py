"""DOCS service functions: upload, list, detail, chunks, share, tags, delete/restore, versions, originals.

Each function takes the session first and the caller as `actor`, checks the permission, validates, writes
and audits in the same transaction. A caller sees a document when they own it, it is shared with them
or their role, or they hold `admin:audit`; only its owner (or an admin) changes it.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import or_, text
from sqlmodel import Session, col, select

from services.core import audit, jobs, settings_registry
from services.core.clock import utcnow
from services.core.errors import DomainError, Forbidden, NotFound, ValidationFailed
from services.core.files import display_name, store_upload
from services.core.pagination import Page, paginate
from services.core.security import ROLES, Principal, require
from services.documents import ingest
from services.documents.chunking import DEFAULT_BY_KIND
from services.documents.index import count_document
from services.documents.models import STRATEGIES, Chunk, Document, DocumentShare
from services.documents.strings import STRINGS

_KIND_OF_SNIFF = {"pdf": "pdf", "docx": "docx", "xlsx": "xlsx", "pptx": "pptx", "png": "png", "jpeg": "jpeg"}
MAX_TAG = 60


class UnsupportedType(DomainError):
    code, status = "unsupported_type", 415


def document_kind(sniffed: str, filename: str) -> str:
    """The document type from the sniffed content (the extension only tells Markdown from plain text)."""
    if sniffed == "text":
        return "md" if Path(filename).suffix.lower() in (".md", ".markdown") else "txt"
    if sniffed in _KIND_OF_SNIFF:
        return _KIND_OF_SNIFF[sniffed]
    if sniffed == "empty":
        raise ValidationFailed(
            f"'{filename}' is empty (0 bytes)",
            details={"field": "file"},
            key="docs_empty",
            params={"name": filename},
        )
    raise UnsupportedType(
        f"'{filename}' is not a supported document ({sniffed}); upload PDF, DOCX, XLSX, PPTX, TXT, MD, PNG or JPEG",
        details={"field": "file", "detected": sniffed},
        key="docs_unsupported",
        params={"name": filename, "detected": sniffed},
    )


def clean_tags(tags: list[str] | None) -> list[str]:
    out = []
    for tag in tags or []:
        tag = " ".join(str(tag).split())[:MAX_TAG]
        if tag and tag not in out:
            out.append(tag)
    if len(out) > 20:
        raise ValidationFailed("at most 20 tags", details={"field": "tags"})
    return out


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


def upload(
    session: Session,
    *,
    actor: Principal,
    source: BinaryIO,
    filename: str | None,
    strategy: str | None = None,
    tags: list[str] | None = None,
    version_of: str | None = None,
) -> dict[str, Any]:
    """Store a file and queue its processing: `{"id", "status": "queued"}`; the same bytes already
    uploaded by this owner answer that document with `"duplicate": true` instead."""
    require(actor, "docs:write")
    name = display_name(filename)
    if strategy is not None and strategy not in STRATEGIES:
        raise ValidationFailed(f"unknown chunking strategy '{strategy}'", details={"field": "strategy"})
    max_bytes = int(settings_registry.get("docs_max_upload_mb", session)) * 1024**2
    stored = store_upload(source, area=ingest.AREA, filename=name, max_bytes=max_bytes)
    try:
        kind = document_kind(stored.kind, name)
    except DomainError:
        _forget_unreferenced(session, stored.sha256, stored.path)
        raise
    same = session.exec(
        select(Document).where(
            Document.owner == actor.username,
            Document.sha256 == stored.sha256,
            col(Document.deleted_at).is_(None),
        )
    ).first()
    if same is not None:
        return {"id": same.id, "status": same.status, "duplicate": True, "filename": same.filename}
    previous = _version_base(session, actor, name, version_of)
    doc = Document(
        family_id=previous.family_id if previous else "",
        version=(_max_version(session, previous.family_id) + 1) if previous else 1,
        owner=actor.username,
        filename=name,
        title=previous.title if previous and previous.filename == name else "",
        kind=kind,
        size=stored.size,
        sha256=stored.sha256,
        strategy=strategy or DEFAULT_BY_KIND[kind],
        tags=clean_tags(tags) or (list(previous.tags) if previous else []),
        status="queued",
        stage_done=0,
        stage_total=0,
        created_at=utcnow(),
        updated_at=utcnow(),
    )
    doc.family_id = doc.family_id or doc.id
    session.add(doc)
    session.flush()
    job = jobs.enqueue(session, kind=ingest.KIND, payload={"document_id": doc.id}, actor=actor)
    doc.job_id = job.id
    session.add(doc)
    audit.record(
        session,
        actor=actor.username,
        action="docs.upload",
        entity_type="document",
        entity_id=doc.id,
        after={
            "filename": name,
            "kind": kind,
            "size": stored.size,
            "sha256": stored.sha256,
            "version": doc.version,
        },
    )
    return {"id": doc.id, "status": "queued", "version": doc.version, "filename": name}


def _forget_unreferenced(session: Session, sha: str, path: Path) -> None:
    if session.exec(select(Document.id).where(Document.sha256 == sha)).first() is None:
        path.unlink(missing_ok=True)


def _version_base(session: Session, actor: Principal, name: str, version_of: str | None) -> Document | None:
    if version_of:
        base = get_document(session, actor=actor, document_id=version_of)
        _require_owner(actor, base)
        return base
    return session.exec(
        select(Document)
        .where(
            Document.owner == actor.username, Document.filename == name, col(Document.deleted_at).is_(None)
        )
        .order_by(col(Document.version).desc())
    ).first()


def _max_version(session: Session, family_id: str) -> int:
    return int(
        session.execute(
            text("SELECT coalesce(max(version), 0) FROM documents WHERE family_id = :f"), {"f": family_id}
        ).scalar_one()
    )


def _require_owner(actor: Principal, doc: Document) -> None:
    if doc.owner != actor.username and not actor.can("admin:users"):
        raise Forbidden("only the document's owner may change it", key="docs_owner_only")


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


def share(
    session: Session, *, actor: Principal, document_id: str, users: list[str], roles: list[str]
) -> list[dict[str, str]]:
    """Replace who the document (all versions) is shared with; audited."""
    require(actor, "docs:write")
    doc = get_document(session, actor=actor, document_id=document_id)
    _require_owner(actor, doc)
    from services.admin.service import get_user

    for role in roles:
        if role not in ROLES:
            raise ValidationFailed(f"unknown role '{role}'", details={"field": "roles"})
    for user in users:
        if get_user(session, user) is None:
            raise ValidationFailed(f"unknown user '{user}'", details={"field": "users"})
    before = session.exec(select(DocumentShare).where(DocumentShare.family_id == doc.family_id)).all()
    for row in before:
        session.delete(row)
    session.flush()
    wanted = {("user", u) for u in users if u != doc.owner} | {("role", r) for r in roles}
    for kind, name in sorted(wanted):
        session.add(
            DocumentShare(family_id=doc.family_id, grantee_type=kind, grantee=name, granted_by=actor.username)
        )
    audit.record(
        session,
        actor=actor.username,
        action="docs.share",
        entity_type="document",
        entity_id=doc.family_id,
        before={"shares": sorted(f"{r.grantee_type}:{r.grantee}" for r in before)},
        after={"shares": sorted(f"{k}:{n}" for k, n in wanted)},
    )
    session.flush()
    return [{"type": k, "name": n} for k, n in sorted(wanted)]


def set_tags(session: Session, *, actor: Principal, document_id: str, tags: list[str]) -> list[str]:
    """Replace a document version's tags; audited."""
    require(actor, "docs:write")
    doc = get_document(session, actor=actor, document_id=document_id)
    _require_owner(actor, doc)
    cleaned = clean_tags(tags)
    audit.record(
        session,
        actor=actor.username,
        action="docs.tags",
        entity_type="document",
        entity_id=doc.id,
        before={"tags": list(doc.tags or [])},
        after={"tags": cleaned},
    )
    doc.tags, doc.updated_at = cleaned, utcnow()
    session.add(doc)
    return cleaned


def delete(session: Session, *, actor: Principal, document_id: str) -> None:
    """Soft delete: hidden from lists and search, out of the BM25 statistics, restorable."""
    require(actor, "docs:write")
    doc = get_document(session, actor=actor, document_id=document_id)
    _require_owner(actor, doc)
    count_document(session, doc.id, -1)
    doc.deleted_at = doc.updated_at = utcnow()
    if doc.is_latest:
        _promote_previous(session, doc)
    session.add(doc)
    audit.record(
        session, actor=actor.username, action="docs.delete", entity_type="document", entity_id=doc.id
    )


def _promote_previous(session: Session, doc: Document) -> None:
    doc.is_latest = False
    previous = session.exec(
        select(Document)
        .where(
            Document.family_id == doc.family_id,
            Document.id != doc.id,
            Document.status == "done",
            col(Document.deleted_at).is_(None),
        )
        .order_by(col(Document.version).desc())
    ).first()
    if previous is not None:
        previous.is_latest = True
        session.add(previous)


def restore(session: Session, *, actor: Principal, document_id: str) -> None:
    """Undo a soft delete."""
    require(actor, "docs:write")
    doc = get_document(session, actor=actor, document_id=document_id, include_deleted=True)
    _require_owner(actor, doc)
    if doc.deleted_at is None:
        return
    count_document(session, doc.id, +1)
    doc.deleted_at, doc.updated_at = None, utcnow()
    newer = session.exec(
        select(Document).where(
            Document.family_id == doc.family_id,
            col(Document.version) > doc.version,
            Document.status == "done",
            col(Document.deleted_at).is_(None),
        )
    ).first()
    if newer is None and doc.status == "done":
        session.execute(
            text("UPDATE documents SET is_latest = false WHERE family_id = :f"), {"f": doc.family_id}
        )
        doc.is_latest = True
    session.add(doc)
    audit.record(
        session, actor=actor.username, action="docs.restore", entity_type="document", entity_id=doc.id
    )


def retry(session: Session, *, actor: Principal, document_id: str) -> dict[str, Any]:
    """Queue a failed document again (e.g. after installing Tesseract)."""
    require(actor, "docs:write")
    doc = get_document(session, actor=actor, document_id=document_id)
    _require_owner(actor, doc)
    if doc.status != "failed":
        raise ValidationFailed("only a failed document can be retried", details={"field": "status"})
    job = jobs.enqueue(session, kind=ingest.KIND, payload={"document_id": doc.id}, actor=actor)
    doc.status, doc.error, doc.failed_stage, doc.job_id = "queued", None, None, job.id
    doc.error_key, doc.error_params = None, {}
    doc.stage_done = doc.stage_total = 0
    session.add(doc)
    audit.record(session, actor=actor.username, action="docs.retry", entity_type="document", entity_id=doc.id)
    return {"id": doc.id, "status": "queued"}


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

"""DOCS service functions: upload, share, tags, delete/restore, retry (the reads are in `reads.py`).

Each function takes the session first and the caller as `actor`, checks the permission, validates, writes
and audits in the same transaction. A caller sees a document when they own it, it is shared with them
or their role, or they hold `admin:audit`; only its owner (or an admin) changes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import text
from sqlmodel import Session, col, select

from services.core import audit, jobs, settings_registry
from services.core.clock import utcnow
from services.core.errors import DomainError, Forbidden, ValidationFailed
from services.core.files import display_name, store_upload
from services.core.security import ROLES, Principal, require
from services.documents import ingest
from services.documents.chunking import DEFAULT_BY_KIND
from services.documents.index import count_document
from services.documents.models import STRATEGIES, Document, DocumentShare
from services.documents.reads import get_document

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

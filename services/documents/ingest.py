"""Document processing as a durable job: extracting → ocr (page i/n) → chunking → embedding (i/n) → done.

The document row holds the stage and its i/n, written in short transactions, so lists show progress
from durable state. A restarted job resumes: chunks already embedded are kept and only the rest are
embedded; earlier stages start over (their output is replaced, statistics included). A bad file fails
its own document with the reason and stage; nothing else is affected. Embedding runs here, in the job
worker's thread, never on the event loop. `run_reembed` re-embeds chunks of another model.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from services.core import jobs, settings_registry
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.files import area_dir
from services.documents import embedding
from services.documents.chunking import Draft, chunk, index_text
from services.documents.extract import Block, ExtractionFailed, Limits, extract
from services.documents.index import drop_document_chunks, index_chunks
from services.documents.models import Chunk, Document
from services.documents.strings import STRINGS
from services.documents.tokenize import language

log = logging.getLogger(__name__)
KIND, REEMBED_KIND = "docs.ingest", "docs.reembed"
AREA = "documents"
ACTIVE = ("queued", "extracting", "ocr", "chunking", "embedding")


def limits() -> Limits:
    return Limits(
        max_pages=int(settings_registry.get("docs_max_pages")),
        max_pixels=int(settings_registry.get("docs_max_image_pixels")),
        max_unzipped_bytes=int(settings_registry.get("docs_max_unzipped_mb")) * 1024**2,
    )


def stored_path(doc: Document) -> Any:
    return area_dir(AREA) / doc.sha256


def _stage(document_id: str, status: str, done: int = 0, total: int = 0, **values: Any) -> None:
    with session_scope() as session:
        session.execute(
            text(
                "UPDATE documents SET status = :s, stage_done = :d, stage_total = :t, updated_at = now()"
                + "".join(f", {k} = :{k}" for k in values)
                + " WHERE id = :id"
            ),
            {"s": status, "d": done, "t": total, "id": document_id, **values},
        )


def _fraction(status: str, done: int, total: int) -> float:
    spans = {
        "extracting": (0.0, 0.05),
        "ocr": (0.05, 0.35),
        "chunking": (0.35, 0.4),
        "embedding": (0.4, 0.99),
    }
    low, high = spans.get(status, (0.0, 0.0))
    return low + (high - low) * (done / total if total else 0.0)


def content_of(blocks: list[Block]) -> str:
    """The document's text as Markdown-ish lines (for diff, export and the detail page)."""
    lines: list[str] = []
    for block in blocks:
        if block.kind == "heading":
            lines.append("#" * max(block.level, 1) + " " + block.text)
        elif block.kind == "table":
            lines.extend("| " + " | ".join(row) + " |" for row in block.rows)
        else:
            lines.append(block.text)
        lines.append("")
    return "\n".join(lines).strip()


def run_ingest(payload: dict[str, Any], progress: jobs.ProgressFn) -> dict[str, Any]:
    """Job handler for one document version."""
    document_id = str(payload.get("document_id", ""))
    with session_scope() as session:
        doc = session.get(Document, document_id)
        if doc is None or doc.deleted_at is not None:
            return {"document_id": document_id, "skipped": "deleted"}
        if doc.status == "done":
            return {"document_id": document_id, "chunks": doc.chunk_count}
        resume = doc.status == "embedding" and doc.chunk_count > 0
        snapshot = {
            "kind": doc.kind,
            "strategy": doc.strategy,
            "filename": doc.filename,
            "path": stored_path(doc),
        }
    stage = "extracting"

    def report(status: str, done: int = 0, total: int = 0) -> None:
        nonlocal stage
        stage = status
        _stage(document_id, status, done, total)
        label = f"{status} {done}/{total}" if total else status
        progress(_fraction(status, done, total), label)

    try:
        if not resume:
            with session_scope() as session:
                counted = session.get(Document, document_id).deleted_at is None  # type: ignore[union-attr]
                drop_document_chunks(session, document_id, counted=counted)
            report("extracting")
            if not snapshot["path"].exists():
                raise ExtractionFailed("docs_file_missing")
            extracted = extract(
                snapshot["path"], snapshot["kind"], limits(), on_ocr_page=lambda i, n: report("ocr", i, n)
            )
            for block in extracted.blocks:
                if block.kind == "image":
                    block.meta.setdefault("caption", snapshot["filename"])
            report("chunking")
            drafts = chunk(extracted.blocks, snapshot["strategy"])
            _store_chunks(document_id, drafts, extracted.blocks, extracted.pages)
        embedded = _embed(document_id, report)
        _finish(document_id)
        progress(1.0, "done")
        return {"document_id": document_id, "chunks": embedded}
    except ExtractionFailed as exc:
        _fail(document_id, exc.stage if exc.stage != "extracting" else stage, exc)
        raise jobs.JobFailed(exc.reason, result={"document_id": document_id, "stage": stage}) from exc
    except Exception as exc:
        log.exception("processing document %s failed at %s", document_id, stage)
        failure = ExtractionFailed("docs_processing_error", detail=f"{type(exc).__name__}: {exc}"[:1000])
        _fail(document_id, stage, failure)
        raise jobs.JobFailed(failure.reason, result={"document_id": document_id, "stage": stage}) from exc


def _store_chunks(document_id: str, drafts: list[Draft], blocks: list[Block], pages: int) -> None:
    limit = int(settings_registry.get("docs_max_chunks"))
    if not drafts:
        raise ExtractionFailed("docs_nothing_to_index", stage="chunking")
    if len(drafts) > limit:
        raise ExtractionFailed(
            "docs_too_many_chunks", stage="chunking", chunks=f"{len(drafts):,}", limit=f"{limit:,}"
        )
    content = content_of(blocks)
    with session_scope() as session:
        doc = session.get(Document, document_id)
        assert doc is not None
        rows = [Chunk(document_id=document_id, ord=i, text=d.text, meta=d.meta) for i, d in enumerate(drafts)]
        session.add_all(rows)
        session.flush()
        index_chunks(session, rows)
        doc.content, doc.pages, doc.chunk_count = content, pages, len(rows)
        doc.language = language(content)
        if not doc.title:
            doc.title = next((b.text[:300] for b in blocks if b.kind == "heading"), doc.filename)
        doc.status, doc.stage_done, doc.stage_total, doc.updated_at = "embedding", 0, len(rows), utcnow()
        session.add(doc)


def embed_batch_size() -> int:
    return int(settings_registry.get("docs_embed_batch"))


def _embed(document_id: str, report: Any) -> int:
    """Embed the document's chunks that lack the current model's vector, batch by batch."""
    name = str(settings_registry.get("embedding_model"))
    model = embedding.provider(name)
    with session_scope() as session:
        total = int(
            session.execute(
                text("SELECT count(*) FROM document_chunks WHERE document_id = :d"), {"d": document_id}
            ).scalar_one()
        )
    while True:
        with session_scope() as session:
            pending = session.exec(
                select(Chunk)
                .where(Chunk.document_id == document_id)
                .where((col(Chunk.model_id).is_(None)) | (col(Chunk.model_id) != model.model_id))
                .order_by(col(Chunk.ord))
                .limit(embed_batch_size())
            ).all()
            done = total - int(
                session.execute(
                    text(
                        "SELECT count(*) FROM document_chunks WHERE document_id = :d "
                        "AND (model_id IS NULL OR model_id <> :m)"
                    ),
                    {"d": document_id, "m": model.model_id},
                ).scalar_one()
            )
            report("embedding", done, total)
            if not pending:
                return total
            vectors = model.embed_passages([index_text(c.text, c.meta) for c in pending])
            for row, vector in zip(pending, vectors, strict=True):
                row.embedding, row.model_id, row.dim = vector.tolist(), model.model_id, model.dim
                session.add(row)


def _finish(document_id: str) -> None:
    """Mark done and make this the latest version of its family (unless a newer one is already done)."""
    with session_scope() as session:
        doc = session.get(Document, document_id, with_for_update=True)
        assert doc is not None
        newer = session.exec(
            select(Document.id).where(
                Document.family_id == doc.family_id,
                col(Document.version) > doc.version,
                Document.status == "done",
                col(Document.deleted_at).is_(None),
            )
        ).first()
        if newer is None:
            session.execute(
                text("UPDATE documents SET is_latest = false WHERE family_id = :f AND id <> :id"),
                {"f": doc.family_id, "id": doc.id},
            )
            doc.is_latest = True
        doc.status, doc.stage_done, doc.stage_total = "done", doc.chunk_count, doc.chunk_count
        doc.error, doc.error_key, doc.error_params, doc.failed_stage = None, None, {}, None
        doc.updated_at = utcnow()
        session.add(doc)


def _fail(document_id: str, stage: str, failure: ExtractionFailed) -> None:
    try:
        with session_scope() as session:
            doc = session.get(Document, document_id)
            if doc is None:
                return
            drop_document_chunks(session, document_id, counted=doc.deleted_at is None)
            doc.status, doc.failed_stage, doc.error = "failed", stage, failure.reason[:2000]
            doc.error_key, doc.error_params = failure.key, failure.params
            doc.chunk_count, doc.updated_at = 0, utcnow()
            session.add(doc)
    except Exception:
        log.exception("could not record the failure of document %s", document_id)


def reconcile_abandoned(session: Session) -> int:
    """Documents whose job was given up (its worker died too often) are failed with the job's error."""
    result = session.execute(
        text(
            "UPDATE documents d SET status = 'failed', failed_stage = d.status, "
            "error = :prefix || coalesce(j.error, ''), error_key = 'docs_job_given_up', "
            "error_params = jsonb_build_object('detail', coalesce(j.error, '')), updated_at = now() "
            "FROM jobs j WHERE j.id = d.job_id AND j.status = 'failed' "
            "AND d.status IN ('queued', 'extracting', 'ocr', 'chunking', 'embedding')"
        ),
        {"prefix": STRINGS["errors.docs_job_given_up"]["en"].format(detail="")},
    )
    return int(getattr(result, "rowcount", 0) or 0)


def run_reembed(payload: dict[str, Any], progress: jobs.ProgressFn) -> dict[str, Any]:
    """Job handler: give every chunk embedded with another model the current model's vector."""
    del payload
    name = str(settings_registry.get("embedding_model"))
    model = embedding.provider(name)
    with session_scope() as session:
        total = int(
            session.execute(
                text("SELECT count(*) FROM document_chunks WHERE model_id <> :m"),
                {"m": model.model_id},
            ).scalar_one()
        )
    done = 0
    while True:
        with session_scope() as session:
            pending = session.exec(
                select(Chunk)
                .where(col(Chunk.model_id) != model.model_id)  # NULL: its ingest job embeds it
                .order_by(col(Chunk.id))
                .limit(embed_batch_size())
            ).all()
            if not pending:
                break
            vectors = model.embed_passages([index_text(c.text, c.meta) for c in pending])
            for row, vector in zip(pending, vectors, strict=True):
                row.embedding, row.model_id, row.dim = vector.tolist(), model.model_id, model.dim
                session.add(row)
        done += len(pending)
        progress(done / max(total, 1), f"embedding {done}/{total}")
    return {"model_id": model.model_id, "chunks": done}

"""Export a document version as JSON, CSV (one row per chunk), Markdown or plain text."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from sqlmodel import Session, col, select

from services.core.errors import ValidationFailed
from services.core.security import Principal
from services.documents import reads
from services.documents.models import Chunk

FORMATS = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
}


def export(session: Session, *, actor: Principal, document_id: str, fmt: str) -> tuple[bytes, str, str]:
    """(body, media type, download file name)."""
    if fmt not in FORMATS:
        raise ValidationFailed(
            f"unknown export format '{fmt}': use json, csv, md or txt", details={"field": "format"}
        )
    doc = reads.get_document(session, actor=actor, document_id=document_id)
    rows = session.exec(select(Chunk).where(Chunk.document_id == doc.id).order_by(col(Chunk.ord))).all()
    stem = doc.filename.rsplit(".", 1)[0] or "document"
    meta: dict[str, Any] = reads.summary(doc)
    if fmt == "json":
        body = json.dumps(
            {
                "document": meta,
                "content": doc.content or "",
                "chunks": [{"id": c.id, "ord": c.ord, "text": c.text, "meta": c.meta} for c in rows],
            },
            ensure_ascii=False,
            indent=2,
        )
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["chunk_id", "ord", "page", "heading_path", "sheet", "slide", "table_id", "text"])
        for c in rows:
            m = c.meta or {}
            writer.writerow(
                [
                    c.id,
                    c.ord,
                    m.get("page", ""),
                    " > ".join(m.get("heading_path") or []),
                    m.get("sheet", ""),
                    m.get("slide", ""),
                    m.get("table_id", ""),
                    _safe_cell(c.text),
                ]
            )
        body = out.getvalue()
    elif fmt == "md":
        header = f"<!-- {doc.filename} v{doc.version} · {doc.kind} · {doc.owner} -->\n\n"
        body = header + (doc.content or "")
    else:
        body = doc.content or ""
    return body.encode("utf-8"), FORMATS[fmt], f"{stem}.{fmt}"


def _safe_cell(value: str) -> str:
    """A CSV cell that spreadsheets will not run as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value

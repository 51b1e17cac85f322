"""DOCS REST: upload, list, detail, chunks, search, share, tags, export, delete/restore, versions, originals."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Query, Response, UploadFile
from fastapi.responses import FileResponse

from services.core.db import session_scope
from services.core.pagination import Page
from services.core.security import Principal
from services.documents import export as export_module
from services.documents import reads, reembed, service
from services.documents import search as search_module
from services.documents.models import SearchRequest, ShareRequest, TagsRequest
from spa_ai.api.deps import PageQuery, Requires, SessionDep

router = APIRouter(tags=["documents"])
Reader = Annotated[Principal, Requires("docs:read")]
Writer = Annotated[Principal, Requires("docs:write")]


def _upload(
    caller: Principal, file: UploadFile, strategy: str | None, tags: list[str], version_of: str | None
):
    with session_scope() as session:
        return service.upload(
            session,
            actor=caller,
            source=file.file,
            filename=file.filename,
            strategy=strategy or None,
            tags=tags,
            version_of=version_of or None,
        )


@router.post("/api/documents/upload", status_code=202)
async def upload(
    caller: Writer,
    response: Response,
    file: UploadFile = File(
        ..., description="PDF, DOCX, XLSX, PPTX, TXT, MD, PNG or JPEG (type read from content)"
    ),
    strategy: Literal["fixed", "structure", "table", "image"] | None = Form(None),
    tags: list[str] = Form(default_factory=list),
    version_of: str | None = Form(
        None, max_length=32, description="make this a new version of that document"
    ),
) -> dict[str, Any]:
    """Store the file and queue its processing: 202 `{"id", "status": "queued"}` at once; the same bytes
    already uploaded by you answer 200 with that document and `"duplicate": true`."""
    answer = await asyncio.to_thread(_upload, caller, file, strategy, tags, version_of)
    if answer.get("duplicate"):
        response.status_code = 200
    return answer


@router.get("/api/documents/list")
def list_documents(
    caller: Reader,
    session: SessionDep,
    page: PageQuery,
    q: str | None = Query(None, max_length=100, description="part of the file name"),
    status: str | None = Query(None, max_length=16),
    deleted: bool = Query(False, description="the trash (soft-deleted documents) instead"),
    all_versions: bool = False,
) -> Page[dict[str, Any]]:
    """Documents newest first with status and progress (`stage_done`/`stage_total`, `progress` 0..1)."""
    return reads.list_documents(
        session,
        actor=caller,
        limit=page.limit,
        cursor=page.cursor,
        q=q,
        status=status,
        deleted=deleted,
        all_versions=all_versions,
    )


@router.post("/api/documents/search")
def search(caller: Reader, session: SessionDep, body: SearchRequest) -> dict[str, Any]:
    """Text (BM25), vector (cosine) or hybrid (fused) search; each hit has its per-arm ranks."""
    return search_module.search(
        session,
        actor=caller,
        query=body.query,
        search_type=body.search_type,
        top_k=body.top_k,
        filters=body.filters,
    )


@router.get("/api/documents/embedding")
def embedding_status(caller: Reader, session: SessionDep) -> dict[str, Any]:
    """The configured embedding model, how many chunks carry its vectors, the latest re-embed job."""
    return reembed.status(session, actor=caller)


@router.post("/api/documents/reembed", status_code=202)
def request_reembed(
    caller: Annotated[Principal, Requires("admin:settings")], session: SessionDep
) -> dict[str, Any]:
    """Queue the re-embed job for chunks embedded with another model than the configured one."""
    return reembed.request(session, actor=caller)


@router.get("/api/documents/{document_id}")
def detail(document_id: str, caller: Reader, session: SessionDep) -> dict[str, Any]:
    """Metadata, status, versions and shares of a document."""
    return reads.detail(session, actor=caller, document_id=document_id)


@router.get("/api/documents/{document_id}/chunks")
def chunks(document_id: str, caller: Reader, session: SessionDep, page: PageQuery) -> Page[dict[str, Any]]:
    """The document's chunks in order, with page / heading path / sheet / slide / table id."""
    return reads.chunks(session, actor=caller, document_id=document_id, limit=page.limit, cursor=page.cursor)


@router.get("/api/documents/{document_id}/chunks/{chunk_id}")
def chunk(document_id: str, chunk_id: int, caller: Reader, session: SessionDep) -> dict[str, Any]:
    """One chunk (what a search hit or an OPS reference links to)."""
    return reads.get_chunk(session, actor=caller, document_id=document_id, chunk_id=chunk_id)


@router.get("/api/documents/{document_id}/original")
def original(document_id: str, caller: Reader, session: SessionDep) -> FileResponse:
    """The uploaded file itself (only through this checked route; never a public folder)."""
    path, name, media = reads.original(session, actor=caller, document_id=document_id)
    return FileResponse(path, media_type=media, filename=name)


@router.get("/api/documents/{document_id}/export")
def export(
    document_id: str,
    caller: Reader,
    session: SessionDep,
    format: Literal["json", "csv", "md", "txt"] = Query("json"),
) -> Response:
    """The document as JSON (metadata, text, chunks), CSV (chunks), Markdown or text."""
    body, media, name = export_module.export(session, actor=caller, document_id=document_id, fmt=format)
    return Response(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{_ascii(name)}"'}
    )


def _ascii(name: str) -> str:
    return name.encode("ascii", "replace").decode().replace('"', "_").replace("?", "_")


@router.get("/api/documents/{document_id}/diff")
def diff(
    document_id: str, caller: Reader, session: SessionDep, against: str | None = Query(None, max_length=32)
) -> dict[str, Any]:
    """A unified diff of this version's text against another version (default: the previous one)."""
    return reads.diff(session, actor=caller, document_id=document_id, against=against)


@router.post("/api/documents/{document_id}/share")
def share(document_id: str, caller: Writer, session: SessionDep, body: ShareRequest) -> dict[str, Any]:
    """Share the document (every version) with these users and roles, replacing earlier shares."""
    return {
        "shares": service.share(
            session, actor=caller, document_id=document_id, users=body.users, roles=body.roles
        )
    }


@router.put("/api/documents/{document_id}/tags")
def tags(document_id: str, caller: Writer, session: SessionDep, body: TagsRequest) -> dict[str, Any]:
    """Replace the tags of a document version."""
    return {"tags": service.set_tags(session, actor=caller, document_id=document_id, tags=body.tags)}


@router.delete("/api/documents/{document_id}")
def delete(document_id: str, caller: Writer, session: SessionDep) -> dict[str, Any]:
    """Soft delete (restorable); the document leaves lists, search and the BM25 statistics."""
    service.delete(session, actor=caller, document_id=document_id)
    return {"id": document_id, "deleted": True}


@router.post("/api/documents/{document_id}/restore")
def restore(document_id: str, caller: Writer, session: SessionDep) -> dict[str, Any]:
    """Undo a soft delete."""
    service.restore(session, actor=caller, document_id=document_id)
    return {"id": document_id, "deleted": False}


@router.post("/api/documents/{document_id}/retry")
def retry(document_id: str, caller: Writer, session: SessionDep) -> dict[str, Any]:
    """Queue a failed document again."""
    return service.retry(session, actor=caller, document_id=document_id)

"""The /documents/[id] page: metadata, versions with a text diff, the chunk browser, tags, sharing,
exports and the original file (sent through this checked handler, never a public URL)."""

from __future__ import annotations

import asyncio
from typing import Any

import reflex as rx

from services.core.db import session_scope
from services.core.errors import NotFound
from services.core.security import Principal
from services.documents import export as export_module
from services.documents import reads, service
from services.documents.ingest import ACTIVE
from spa_ai.state.documents import row_view
from spa_ai.state.page import PageState

CHUNK_PAGE = 20
MAX_DOWNLOAD = 64 * 1024**2


def _chunk_view(c: dict[str, Any]) -> dict[str, str]:
    meta = c["meta"] or {}
    where = [
        " › ".join(meta.get("heading_path") or []),
        f"p.{meta['page']}" if meta.get("page") else "",
        f"sheet {meta['sheet']}" if meta.get("sheet") else "",
        f"slide {meta['slide']}" if meta.get("slide") else "",
        f"table {meta['table_id']}" if meta.get("table_id") else "",
        f"rows {meta['rows'][0]}–{meta['rows'][1]}" if meta.get("rows") else "",
    ]
    return {
        "id": str(c["id"]),
        "ord": str(c["ord"] + 1),
        "text": c["text"],
        "where": " · ".join(w for w in where if w),
        "model": f"{c['model_id'] or '—'} ({c['dim'] or '—'})",
    }


def _load(principal: Principal, document_id: str, cursor: str | None) -> dict[str, Any]:
    with session_scope() as session:
        detail = reads.detail(session, actor=principal, document_id=document_id)
        page = reads.chunks(
            session, actor=principal, document_id=document_id, limit=CHUNK_PAGE, cursor=cursor
        )
        return {"detail": detail, "chunks": page.items, "next": page.next_cursor}


def _cited(principal: Principal, document_id: str, chunk_id: str) -> dict[str, str]:
    """The chunk a search hit or an OPS reference points at; {} when the link names none or a stale one."""
    if not chunk_id.isdigit():
        return {}
    with session_scope() as session:
        try:
            return _chunk_view(
                reads.get_chunk(session, actor=principal, document_id=document_id, chunk_id=int(chunk_id))
            )
        except NotFound:
            return {}


def _call(principal: Principal, name: str, **kwargs: Any) -> Any:
    with session_scope() as session:
        return getattr(service, name)(session, actor=principal, **kwargs)


def _export(principal: Principal, document_id: str, fmt: str) -> tuple[bytes, str, str]:
    with session_scope() as session:
        return export_module.export(session, actor=principal, document_id=document_id, fmt=fmt)


def _original(principal: Principal, document_id: str) -> tuple[bytes, str, str]:
    with session_scope() as session:
        path, name, media = reads.original(session, actor=principal, document_id=document_id)
    if path.stat().st_size > MAX_DOWNLOAD:
        raise NotFound("the original is too large to send here; use GET /api/documents/{id}/original")
    return path.read_bytes(), name, media


class DocumentState(PageState, rx.State):
    """One document version."""

    doc: dict[str, Any] = {}
    versions: list[dict[str, Any]] = []
    shares_text: str = ""
    share_users: str = ""
    share_roles: list[str] = []
    tags_text: str = ""
    chunks: list[dict[str, str]] = []
    chunk_cursor: str = ""
    focus_chunk: str = ""
    cited: dict[str, str] = {}
    diff_lines: list[str] = []
    diff_title: str = ""
    can_edit: bool = False

    @rx.var
    def doc_id(self) -> str:
        return str(self.router.url.path).rstrip("/").rsplit("/", 1)[-1]

    @rx.var
    def active(self) -> bool:
        return str(self.doc.get("status", "")) in ACTIVE

    @rx.event
    async def load(self):
        caller = await self.authorize("docs:read", quiet=True)
        if not isinstance(caller, Principal):
            return caller
        self.loading, self.error, self.not_found = True, "", False
        self.diff_lines, self.diff_title = [], ""
        self.focus_chunk = str(self.router.url.query_parameters.get("chunk", ""))[:20]
        try:
            data = await asyncio.to_thread(_load, caller, self.doc_id, None)
            self.cited = await asyncio.to_thread(_cited, caller, self.doc_id, self.focus_chunk)
        except NotFound:
            self.not_found, self.loading = True, False
            return None
        except Exception as exc:
            await self.fail_load(exc)
            return None
        self._show(data)
        self.loading = False
        return DocumentState.follow if self.active else None

    def _show(self, data: dict[str, Any]) -> None:
        detail = data["detail"]
        self.doc = {
            **row_view(detail),
            "sha256": detail["sha256"],
            "pages": str(detail["pages"]),
            "strategy": detail["strategy"],
            "language": detail["language"],
            "deleted": detail["deleted"],
        }
        self.versions = [row_view(v) for v in detail["versions"]]
        self.shares_text = ", ".join(f"{s['type']}:{s['name']}" for s in detail["shares"])
        self.share_users = ", ".join(s["name"] for s in detail["shares"] if s["type"] == "user")
        self.share_roles = [s["name"] for s in detail["shares"] if s["type"] == "role"]
        self.tags_text = ", ".join(detail["tags"])
        self.can_edit = bool(detail["can_edit"])
        self.chunks = [_chunk_view(c) for c in data["chunks"]]
        self.chunk_cursor = data["next"] or ""

    @rx.event(background=True)
    async def follow(self):
        """Refresh while the document is processed."""
        async with self:
            caller = await self.authorize("docs:read")
            document_id = self.doc_id
        if not isinstance(caller, Principal):
            return
        for _ in range(3 * 3600):
            await asyncio.sleep(1.0)
            try:
                data = await asyncio.to_thread(_load, caller, document_id, None)
            except Exception:
                return
            async with self:
                if self.doc_id != document_id:
                    return
                self._show(data)
                if not self.active:
                    return

    @rx.event
    async def more_chunks(self):
        caller = await self.authorize("docs:read")
        if not isinstance(caller, Principal):
            return caller
        try:
            data = await asyncio.to_thread(_load, caller, self.doc_id, self.chunk_cursor or None)
        except Exception as exc:
            return await self.toast_error(exc)
        self.chunks = self.chunks + [_chunk_view(c) for c in data["chunks"]]
        self.chunk_cursor = data["next"] or ""
        return None

    @rx.event
    def set_tags_text(self, value: str):
        self.tags_text = value[:300]

    @rx.event
    def set_share_users(self, value: str):
        self.share_users = value[:1000]

    @rx.event
    def toggle_role(self, role: str, on: bool):
        roles = [r for r in self.share_roles if r != role]
        self.share_roles = [*roles, role] if on else roles

    @rx.event
    async def save_tags(self):
        return await self._change(
            "set_tags", "docs.tags_saved", tags=[t for t in self.tags_text.split(",") if t.strip()]
        )

    @rx.event
    async def save_shares(self):
        users = [u.strip() for u in self.share_users.split(",") if u.strip()]
        return await self._change("share", "docs.shared", users=users, roles=list(self.share_roles))

    async def _change(self, name: str, done_key: str, **kwargs: Any):
        caller = await self.authorize("docs:write")
        if not isinstance(caller, Principal):
            return caller
        try:
            await asyncio.to_thread(_call, caller, name, document_id=self.doc_id, **kwargs)
            self._show(await asyncio.to_thread(_load, caller, self.doc_id, None))
        except Exception as exc:
            return await self.toast_error(exc)
        return await self.toast_ok(done_key)

    @rx.event
    async def show_diff(self, other_id: str):
        caller = await self.authorize("docs:read")
        if not isinstance(caller, Principal):
            return caller
        try:
            result = await asyncio.to_thread(
                _call, caller, "diff", document_id=self.doc_id, against=other_id or None
            )
        except Exception as exc:
            return await self.toast_error(exc)
        self.diff_lines = result["lines"] or ["(no differences)"]
        self.diff_title = (
            f"v{result['from_version']} → v{result['to_version']}" if result["from_version"] else ""
        )
        return None

    @rx.event
    async def download_export(self, fmt: str):
        caller = await self.authorize("docs:read")
        if not isinstance(caller, Principal):
            return caller
        try:
            body, media, name = await asyncio.to_thread(_export, caller, self.doc_id, fmt)
        except Exception as exc:
            return await self.toast_error(exc)
        return rx.download(data=body, filename=name, mime_type=media.split(";")[0])

    @rx.event
    async def download_original(self):
        caller = await self.authorize("docs:read")
        if not isinstance(caller, Principal):
            return caller
        try:
            body, name, media = await asyncio.to_thread(_original, caller, self.doc_id)
        except Exception as exc:
            return await self.toast_error(exc)
        return rx.download(data=body, filename=name, mime_type=media.split(";")[0])


def _new_version(principal: Principal, upload: Any, document_id: str) -> dict[str, Any]:
    with session_scope() as session:
        return service.upload(
            session, actor=principal, source=upload.file, filename=upload.filename, version_of=document_id
        )


class DocumentVersionState(DocumentState):
    """'New version' on the detail page: the upload goes straight into the store as the next version."""

    @rx.event
    async def upload_version(self, files: list[rx.UploadFile]):
        caller = await self.authorize("docs:write")
        if not isinstance(caller, Principal):
            return caller
        if not files:
            return await self.notify("error", await self.message("docs.no_files"))
        try:
            answer = await asyncio.to_thread(_new_version, caller, files[0], self.doc_id)
        except Exception as exc:
            return await self.toast_error(exc)
        if answer.get("duplicate"):
            return await self.notify("warning", await self.message("docs.duplicate_note"))
        return [rx.clear_selected_files(VERSION_UPLOAD_ID), rx.redirect(f"/documents/{answer['id']}")]


VERSION_UPLOAD_ID = "document-version-upload"

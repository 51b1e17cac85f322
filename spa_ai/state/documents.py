"""The /documents page: list with live progress, multi-file upload, trash, delete/restore, and the
embedding model's status with its re-embed job.

The upload handler re-checks `docs:write` and streams each file straight into the document store
(services/documents/service.upload): nothing is ever written to Reflex's public upload folder. Each
file is answered on its own (queued, duplicate, or refused with the reason); a background task then
polls the list (and the re-embed job) while any document or the job is still being processed.
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime
from typing import Any

import reflex as rx

from services.core import jobs
from services.core.clock import format_local
from services.core.db import session_scope
from services.core.errors import DomainError
from services.core.i18n import translate_error
from services.core.security import Principal
from services.documents import reads, reembed, service
from services.documents.ingest import ACTIVE
from spa_ai.state.page import PageState

UPLOAD_ID = "documents-upload"
POLL_S = 1.0
FOLLOW_LIMIT_S = 3 * 3600
PAGE_SIZE = 25


def row_view(item: dict[str, Any]) -> dict[str, Any]:
    """A list row as the page shows it."""
    total = int(item["stage_total"] or 0)
    stage = f"{item['stage_done']}/{total}" if total and item["status"] in ("ocr", "embedding") else ""
    return {
        "id": item["id"],
        "filename": item["filename"],
        "title": item["title"] or item["filename"],
        "kind": item["kind"].upper(),
        "version": f"v{item['version']}",
        "owner": item["owner"],
        "tags": ", ".join(item["tags"]),
        "status": item["status"],
        "stage": stage,
        "percent": round(float(item["progress"]) * 100),
        "error_ko": reads.failure_reason(item, "ko"),
        "error_en": reads.failure_reason(item, "en"),
        "failed_stage": item["failed_stage"] or "",
        "chunks": str(item["chunk_count"]),
        "size": _size(int(item["size"])),
        "created": format_local(_parse(item["created_at"]))[:16],
        "active": item["status"] in ACTIVE,
    }


def _parse(stamp: str | None) -> datetime | None:
    return datetime.fromisoformat(stamp) if stamp else None


def embedding_view(status: dict[str, Any], can_trigger: bool) -> dict[str, Any]:
    """The embedding model card: the model, how many chunks carry its vectors, the re-embed job."""
    job = status["job"] or {}
    running = job.get("status") in (jobs.QUEUED, jobs.RUNNING)
    return {
        "show": bool(status["stale"] or running or can_trigger),
        "model_id": status["model_id"],
        "current": f"{status['current']:,}",
        "total": f"{status['chunks']:,}",
        "stale": status["stale"] > 0,
        "running": running,
        "percent": round(float(job.get("progress") or 0) * 100),
        "message": str(job.get("message") or ""),
        "failed": job.get("status") == jobs.FAILED and status["stale"] > 0,
        "error": str(job.get("error") or ""),
        "can_trigger": can_trigger and status["stale"] > 0 and not running,
    }


def _size(n: int) -> str:
    if n >= 1024**2:
        return f"{n / 1024**2:.1f} MB"
    return f"{max(1, n // 1024)} KB"


def _embedding(principal: Principal) -> dict[str, Any]:
    with session_scope() as session:
        return embedding_view(reembed.status(session, actor=principal), principal.can("admin:settings"))


def _request_reembed(principal: Principal) -> dict[str, Any]:
    with session_scope() as session:
        return reembed.request(session, actor=principal)


def _list(principal: Principal, q: str, deleted: bool, cursor: str | None) -> dict[str, Any]:
    with session_scope() as session:
        page = reads.list_documents(
            session, actor=principal, q=q or None, deleted=deleted, limit=PAGE_SIZE, cursor=cursor
        )
        return {"items": page.items, "next": page.next_cursor, "total": page.total}


def _upload_one(principal: Principal, upload: Any, strategy: str, tags: list[str]) -> dict[str, Any]:
    with session_scope() as session:
        return service.upload(
            session,
            actor=principal,
            source=upload.file,
            filename=upload.filename,
            strategy=strategy or None,
            tags=tags,
        )


def _mutate(principal: Principal, action: str, document_id: str) -> None:
    with session_scope() as session:
        getattr(service, action)(session, actor=principal, document_id=document_id)


class DocumentsState(PageState, rx.State):
    """Rows of the list, the upload results and the transfer progress."""

    rows: list[dict[str, Any]] = []
    total: int = 0
    next_cursor: str = ""
    q: str = ""
    trash: bool = False
    strategy: str = "auto"
    tags_text: str = ""
    uploading: bool = False
    transfer_percent: int = 0
    uploads: list[dict[str, str]] = []
    following: bool = False
    embedding: dict[str, Any] = {}

    @rx.var
    def any_active(self) -> bool:
        return any(r["active"] for r in self.rows) or bool(self.embedding.get("running"))

    async def _reload(self, principal: Principal) -> None:
        page = await asyncio.to_thread(_list, principal, self.q, self.trash, None)
        self.rows = [row_view(i) for i in page["items"]]
        self.total = int(page["total"] or 0)
        self.next_cursor = page["next"] or ""
        self.embedding = await asyncio.to_thread(_embedding, principal)

    @rx.event
    async def load(self):
        caller = await self.authorize("docs:read", quiet=True)
        if not isinstance(caller, Principal):
            return caller
        self.loading, self.error = True, ""
        try:
            await self._reload(caller)
        except Exception as exc:
            await self.fail_load(exc)
            return None
        self.loading = False
        return DocumentsState.follow if self.any_active else None

    @rx.event
    async def more(self):
        caller = await self.authorize("docs:read")
        if not isinstance(caller, Principal):
            return caller
        try:
            page = await asyncio.to_thread(_list, caller, self.q, self.trash, self.next_cursor or None)
        except Exception as exc:
            return await self.toast_error(exc)
        self.rows = self.rows + [row_view(i) for i in page["items"]]
        self.next_cursor = page["next"] or ""
        return None

    @rx.event
    async def set_query(self, value: str):
        self.q = value[:100]
        return DocumentsState.load

    @rx.event
    async def toggle_trash(self, value: bool):
        self.trash = bool(value)
        return DocumentsState.load

    @rx.event
    def set_strategy(self, value: str):
        self.strategy = value if value in ("auto", "fixed", "structure", "table", "image") else "auto"

    @rx.event
    def set_tags_text(self, value: str):
        self.tags_text = value[:300]

    @rx.event
    def transfer_progress(self, progress: dict[str, Any]):
        self.uploading = True
        self.transfer_percent = round(float(progress.get("progress", 0)) * 100)

    @rx.event
    async def upload(self, files: list[rx.UploadFile]):
        """Store every chosen file (each on its own) and queue its processing."""
        caller = await self.authorize("docs:write")
        if not isinstance(caller, Principal):
            return caller
        self.uploading = False
        if not files:
            return await self.notify("error", await self.message("docs.no_files"))
        lang = await self.lang()
        tags = [t.strip() for t in self.tags_text.split(",") if t.strip()]
        strategy = "" if self.strategy == "auto" else self.strategy
        results = []
        for upload in files:
            name = upload.filename or "upload"
            try:
                answer = await asyncio.to_thread(_upload_one, caller, upload, strategy, tags)
            except DomainError as exc:
                results.append(
                    {"name": name, "outcome": "rejected", "message": translate_error(exc, lang), "id": ""}
                )
                continue
            except Exception as exc:
                results.append(
                    {"name": name, "outcome": "rejected", "message": await self.describe(exc), "id": ""}
                )
                continue
            outcome = "duplicate" if answer.get("duplicate") else "queued"
            note = await self.message("docs.duplicate_note") if outcome == "duplicate" else ""
            results.append({"name": name, "outcome": outcome, "message": note, "id": answer["id"]})
        self.uploads = results
        self.transfer_percent = 100
        await self._reload(caller)
        return [rx.clear_selected_files(UPLOAD_ID), DocumentsState.follow]

    @rx.event(background=True)
    async def follow(self):
        """Refresh the rows while any document is being processed (progress from the database)."""
        async with self:
            if self.following:
                return
            self.following = True
            caller = await self.authorize("docs:read")
        try:
            if not isinstance(caller, Principal):
                return
            deadline = time.monotonic() + FOLLOW_LIMIT_S
            while time.monotonic() < deadline:
                await asyncio.sleep(POLL_S)
                async with self:
                    q, trash = self.q, self.trash
                try:
                    page = await asyncio.to_thread(_list, caller, q, trash, None)
                    embedding = await asyncio.to_thread(_embedding, caller)
                except Exception:
                    await asyncio.sleep(5)
                    continue
                async with self:
                    self.rows = [row_view(i) for i in page["items"]]
                    self.next_cursor = page["next"] or ""
                    self.embedding = embedding
                    if not self.any_active:
                        break
        finally:
            async with self:
                self.following = False

    @rx.event
    async def reembed(self):
        """Queue the re-embed job (holders of `admin:settings`) and follow its progress."""
        caller = await self.authorize("admin:settings")
        if not isinstance(caller, Principal):
            return caller
        try:
            await asyncio.to_thread(_request_reembed, caller)
            self.embedding = await asyncio.to_thread(_embedding, caller)
        except Exception as exc:
            return await self.toast_error(exc)
        await self.toast_ok("docs.reembed_queued")
        return DocumentsState.follow

    @rx.event
    async def delete(self, document_id: str):
        return await self._act("delete", document_id, "docs.deleted")

    @rx.event
    async def restore(self, document_id: str):
        return await self._act("restore", document_id, "docs.restored")

    @rx.event
    async def retry(self, document_id: str):
        caller = await self.authorize("docs:write")
        if not isinstance(caller, Principal):
            return caller
        try:
            await asyncio.to_thread(_mutate, caller, "retry", document_id)
            await self._reload(caller)
        except Exception as exc:
            return await self.toast_error(exc)
        return DocumentsState.follow

    async def _act(self, action: str, document_id: str, done_key: str):
        caller = await self.authorize("docs:write")
        if not isinstance(caller, Principal):
            return caller
        try:
            await asyncio.to_thread(_mutate, caller, action, document_id)
            await self._reload(caller)
        except Exception as exc:
            return await self.toast_error(exc)
        return await self.toast_ok(done_key)

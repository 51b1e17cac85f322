"""Infrastructure import on the /infra page: upload a zip, queue a durable job, follow its progress.

The upload handler re-checks `infra:write`, streams the file straight to the job's archive path (never
the public upload dir) and queues the job; a background task polls the job and shows its outcome
(succeeded, partly applied, nothing applied, failed — `import_view`) in the user's words.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, BinaryIO

import reflex as rx

from services.core import jobs
from services.core.db import session_scope
from services.core.security import Principal
from services.infra.import_job import enqueue_import
from spa_ai.state import import_view
from spa_ai.state.infra import InfraListState
from spa_ai.state.page import PageState

WRITE = "infra:write"
UPLOAD_ID = "infra-import"
POLL_S = 0.5
FOLLOW_LIMIT_S = 6 * 3600
NO_TEXT = {"ko": "", "en": ""}


def _enqueue(principal: Principal, source: BinaryIO, filename: str) -> str:
    with session_scope() as session:
        return enqueue_import(session, actor=principal, source=source, filename=filename).id


def _job_view(principal: Principal, job_id: str) -> dict[str, Any]:
    with session_scope() as session:
        return jobs.job_view(jobs.get(session, actor=principal, job_id=job_id))


class InfraImportState(PageState, rx.State):
    """The import panel: the current job, its progress and its outcome."""

    job_id: str = ""
    filename: str = ""
    status: str = ""  # "" | queued | running | succeeded | failed (the job)
    outcome: str = ""  # "" | succeeded | partial | nothing | failed (what the import did)
    percent: int = 0
    progress_note: str = ""
    summary: dict[str, str] = NO_TEXT
    reasons: list[dict[str, str]] = []
    accepted: int = 0
    rejected: int = 0
    files: list[dict[str, str]] = []
    refused: dict[str, str] = NO_TEXT  # why the picker refused a file

    @rx.var
    def active(self) -> bool:
        return self.status in (jobs.QUEUED, jobs.RUNNING)

    @rx.var
    def finished(self) -> bool:
        return self.status in jobs.FINISHED

    def _show(self, view: dict[str, Any]) -> None:
        self.status = str(view["status"])
        self.percent = round(float(view.get("progress") or 0) * 100)
        self.progress_note = str(view.get("message") or "")
        result = view.get("result") or {}
        self.accepted, self.rejected = int(result.get("accepted", 0)), int(result.get("rejected", 0))
        self.files = import_view.file_rows(view)
        self.outcome = import_view.outcome(view)
        self.summary = import_view.summary(view, self.filename)
        self.reasons = import_view.failure_reasons(view, self.filename) if self.outcome == "failed" else []

    @rx.event
    def refuse_files(self, rejections: list[dict[str, Any]]):
        """The picker refused a file (wrong type, several files): say which and why, next to the picker."""
        self.refused = import_view.refused_selection(rejections)

    @rx.event
    def clear_refusal(self, _files: Any = None):
        self.refused = NO_TEXT

    @rx.event
    async def start_import(self, files: list[rx.UploadFile]):
        """Upload button: store the zip under a new job and start following it."""
        principal = await self.authorize(WRITE)
        if not isinstance(principal, Principal):
            return principal
        if self.active:
            return rx.toast.warning(await self.message("infra.import_busy"))
        if not files:
            return rx.toast.error(await self.message("infra.import_no_file"))
        upload = files[0]
        name = (upload.filename or "").rsplit("/", 1)[-1]
        if not import_view.accepted_name(name):
            self.refused = import_view.both("infra.import_refused_type", file=name)
            return rx.toast.error(self.refused[await self.lang()])
        try:
            job_id = await asyncio.to_thread(_enqueue, principal, upload.file, name)
        except Exception as exc:  # the selection stays, so the user can retry
            return await self.toast_error(exc)
        self.job_id, self.filename, self.refused = job_id, name, NO_TEXT
        self._show({"status": jobs.QUEUED, "progress": 0.0})
        return [rx.clear_selected_files(UPLOAD_ID), InfraImportState.follow_job]

    @rx.event(background=True)
    async def follow_job(self):
        """Poll the current job until it finishes; toast the outcome."""
        async with self:
            principal = await self.authorize(WRITE)
            lang = await self.lang()
            job_id = self.job_id
        if not isinstance(principal, Principal):
            yield principal
            return
        deadline = time.monotonic() + FOLLOW_LIMIT_S
        while time.monotonic() < deadline:
            await asyncio.sleep(POLL_S)
            try:
                view = await asyncio.to_thread(_job_view, principal, job_id)
            except Exception as exc:  # a database hiccup: say so and keep following
                async with self:
                    refusal = await self.toast_error(exc)
                yield refusal
                await asyncio.sleep(5)
                continue
            async with self:
                if self.job_id != job_id:
                    return  # a newer import took over the panel
                self._show(view)
                kind, headline = self.outcome, self.summary[lang]
            if view["status"] in jobs.FINISHED:
                break
        else:
            return
        toast = {"succeeded": rx.toast.success, "partial": rx.toast.warning}.get(kind, rx.toast.error)
        yield toast(headline)
        yield InfraListState.load  # show what the import changed

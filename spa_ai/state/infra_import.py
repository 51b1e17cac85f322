"""Infrastructure import on the /infra page: upload a zip, queue a durable job, follow its progress.

The upload handler re-checks `infra:write`, streams the file straight to the job's archive path (never
the public upload dir) and queues the job; a background task polls the job and shows the report.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, BinaryIO

import reflex as rx

from services.core import jobs
from services.core.db import session_scope
from services.core.errors import DomainError
from services.core.i18n import translate
from services.core.security import Principal
from services.infra.import_job import enqueue_import
from spa_ai.state.auth import AuthState, authorize
from spa_ai.state.infra import InfraState

UPLOAD_ID = "infra-import"
POLL_S = 0.5
FOLLOW_LIMIT_S = 6 * 3600
MAX_ERRORS_SHOWN = 3


def _enqueue(principal: Principal, source: BinaryIO, filename: str) -> str:
    with session_scope() as session:
        return enqueue_import(session, actor=principal, source=source, filename=filename).id


def _job_view(principal: Principal, job_id: str) -> dict[str, Any]:
    with session_scope() as session:
        return jobs.job_view(jobs.get(session, actor=principal, job_id=job_id))


def _file_row(entry: dict[str, Any]) -> dict[str, str]:
    errors = [f"row {e.get('row')}: {e.get('reason')}" for e in entry.get("errors", [])[:MAX_ERRORS_SHOWN]]
    detail = "; ".join(filter(None, [*errors, str(entry.get("note") or "")]))
    return {
        "file": str(entry.get("file", "")),
        "accepted": str(entry.get("accepted", 0)),
        "rejected": str(entry.get("rejected", 0)),
        "applied": "yes" if entry.get("applied") else "no",
        "detail": detail,
    }


class InfraImportState(rx.State):
    """The import panel: the current job, its progress and its report."""

    job_id: str = ""
    status: str = ""  # "" | queued | running | succeeded | failed
    percent: int = 0
    message: str = ""
    error: str = ""
    accepted: int = 0
    rejected: int = 0
    files: list[dict[str, str]] = []

    @rx.var
    def active(self) -> bool:
        return self.status in (jobs.QUEUED, jobs.RUNNING)

    @rx.var
    def finished(self) -> bool:
        return self.status in jobs.FINISHED

    def _show(self, view: dict[str, Any]) -> None:
        self.status = str(view["status"])
        self.percent = round(float(view["progress"] or 0) * 100)
        self.message = str(view.get("message") or "")
        self.error = str(view.get("error") or "")
        result = view.get("result") or {}
        self.accepted, self.rejected = int(result.get("accepted", 0)), int(result.get("rejected", 0))
        self.files = [_file_row(f) for f in result.get("files", [])]

    @rx.event
    async def start_import(self, files: list[rx.UploadFile]):
        """Upload button: store the zip under a new job and start following it."""
        principal = await authorize(self, "infra:write")
        if not isinstance(principal, Principal):
            return principal
        auth_state = await self.get_state(AuthState)
        if self.active:
            return rx.toast.warning(auth_state.t("infra.import_busy"))
        if not files:
            return rx.toast.error(auth_state.t("infra.import_no_file"))
        upload = files[0]
        name = upload.filename or ""
        if not name.lower().endswith(".zip"):
            return rx.toast.error(auth_state.t("infra.import_not_zip"))
        try:
            job_id = await asyncio.to_thread(_enqueue, principal, upload.file, name)
        except DomainError as exc:
            return rx.toast.error(exc.message)
        except Exception as exc:  # the selection stays, so the user can retry
            return rx.toast.error(f"{type(exc).__name__}: {exc}")
        self.job_id = job_id
        self._show({"status": jobs.QUEUED, "progress": 0.0})
        return [rx.clear_selected_files(UPLOAD_ID), InfraImportState.follow_job]

    @rx.event(background=True)
    async def follow_job(self):
        """Poll the current job until it finishes; toast the outcome."""
        async with self:
            principal = await authorize(self, "infra:write")
            lang = (await self.get_state(AuthState)).lang
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
                yield rx.toast.error(exc.message if isinstance(exc, DomainError) else str(exc))
                await asyncio.sleep(5)
                continue
            async with self:
                if self.job_id != job_id:
                    return  # a newer import took over the panel
                self._show(view)
            if view["status"] in jobs.FINISHED:
                break
        else:
            return
        if view["status"] == jobs.FAILED:
            yield rx.toast.error(f"{translate('infra.import_failed', lang)}: {view['error']}")
        elif view["result"] and not view["result"].get("ok", True):
            yield rx.toast.warning(translate("infra.import_rejected", lang))
        else:
            yield rx.toast.success(translate("infra.import_succeeded", lang))
        yield InfraState.load_list  # show what the import changed

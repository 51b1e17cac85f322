"""Re-embedding after a model change: the status users see, the manual trigger, and the model watch.

`status` says which model the setting names, how many chunks carry its vectors and the latest re-embed
job; `request` (holders of `admin:settings`) queues that job; the lifespan watch queues it by itself
when the `embedding_model` setting names another model than chunks carry. Never two at once. Searches
only ever compare vectors of the current model, so until the job ends vector search covers the chunks
it has reached.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from services.core import jobs, settings_registry
from services.core.db import session_scope
from services.core.errors import ValidationFailed
from services.core.models import Job
from services.core.security import SYSTEM, Principal, require
from services.documents import embedding, ingest

log = logging.getLogger(__name__)
WATCH_S = 30.0


def _current_model_id(session: Session) -> str:
    return embedding.model_id_of(str(settings_registry.get("embedding_model", session)))


def _stale(session: Session, model_id: str) -> bool:
    return (
        session.execute(
            text("SELECT 1 FROM document_chunks WHERE model_id IS NOT NULL AND model_id <> :m LIMIT 1"),
            {"m": model_id},
        ).first()
        is not None
    )


def _pending(session: Session) -> Job | None:
    return session.exec(
        select(Job).where(Job.kind == ingest.REEMBED_KIND, col(Job.status).in_((jobs.QUEUED, jobs.RUNNING)))
    ).first()


def queue_if_needed(session: Session, actor: Principal = SYSTEM) -> str | None:
    """Enqueue a re-embed job when chunks of another model exist and none is pending; its id or None."""
    model_id = _current_model_id(session)
    if not _stale(session, model_id) or _pending(session) is not None:
        return None
    return jobs.enqueue(session, kind=ingest.REEMBED_KIND, payload={"model_id": model_id}, actor=actor).id


def status(session: Session, *, actor: Principal) -> dict[str, Any]:
    """The configured model, how many indexed chunks carry its vectors, and the latest re-embed job."""
    require(actor, "docs:read")
    setting = str(settings_registry.get("embedding_model", session))
    model_id = embedding.model_id_of(setting)
    total, current = session.execute(
        text(
            "SELECT count(*), count(*) FILTER (WHERE model_id = :m) FROM document_chunks "
            "WHERE model_id IS NOT NULL"
        ),
        {"m": model_id},
    ).one()
    latest = session.exec(
        select(Job).where(Job.kind == ingest.REEMBED_KIND).order_by(col(Job.created_at).desc()).limit(1)
    ).first()
    return {
        "setting": setting,
        "model_id": model_id,
        "chunks": int(total),
        "current": int(current),
        "stale": int(total) - int(current),
        "job": jobs.job_view(latest) if latest is not None else None,
    }


def request(session: Session, *, actor: Principal) -> dict[str, Any]:
    """Queue the re-embed job now (`admin:settings`); the pending one when it is already queued."""
    require(actor, "admin:settings")
    pending = _pending(session)
    if pending is not None:
        return {"job_id": pending.id, "queued": False}
    job_id = queue_if_needed(session, actor)
    if job_id is None:
        raise ValidationFailed(
            "every chunk already carries the configured model's vectors",
            details={"field": "embedding_model"},
            key="docs_reembed_nothing",
        )
    return {"job_id": job_id, "queued": True}


def _check() -> str | None:
    with session_scope() as session:
        return queue_if_needed(session)


async def watch_model() -> None:
    """Lifespan task: check every WATCH_S seconds."""
    while True:
        try:
            job_id = await asyncio.to_thread(_check)
            if job_id:
                log.info("embedding model changed: re-embed job %s queued", job_id)
        except Exception:
            log.exception("embedding model watch failed")
        await asyncio.sleep(WATCH_S)

"""Model watch: when the `embedding_model` setting names another model than the chunks carry, queue one
re-embed job (never two at once). Searches only ever compare vectors of the current model."""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import text
from sqlmodel import Session

from services.core import jobs, settings_registry
from services.core.db import session_scope
from services.core.security import SYSTEM
from services.documents import embedding, ingest

log = logging.getLogger(__name__)
WATCH_S = 30.0


def queue_if_needed(session: Session) -> str | None:
    """Enqueue a re-embed job when chunks of another model exist and none is pending; its id or None."""
    model_id = embedding.model_id_of(str(settings_registry.get("embedding_model", session)))
    stale = session.execute(
        text("SELECT 1 FROM document_chunks WHERE model_id IS NOT NULL AND model_id <> :m LIMIT 1"),
        {"m": model_id},
    ).first()
    if stale is None:
        return None
    pending = session.execute(
        text("SELECT 1 FROM jobs WHERE kind = :k AND status IN ('queued', 'running') LIMIT 1"),
        {"k": ingest.REEMBED_KIND},
    ).first()
    if pending is not None:
        return None
    return jobs.enqueue(session, kind=ingest.REEMBED_KIND, payload={"model_id": model_id}, actor=SYSTEM).id


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

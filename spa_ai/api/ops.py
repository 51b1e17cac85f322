"""OPS REST: ask (JSON or server-sent stage events), history and traces."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlmodel import Session

from services.core.db import session_scope
from services.core.errors import Forbidden
from services.core.security import Principal
from services.core.streaming import Emit, Finished, stream_in_thread
from services.ops import service
from spa_ai.api.deps import db_session, require

router = APIRouter(prefix="/api/ops", tags=["ops"])
ROLES_THAT_PIN_TIME = ("admin", "operator")


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=2000)
    now: datetime | None = Field(
        default=None, description="pin the clock (ISO-8601 with offset); operators and admins"
    )


def _pinned_now(body: AskRequest, principal: Principal) -> datetime | None:
    if body.now is None:
        return None
    if principal.role not in ROLES_THAT_PIN_TIME:
        raise Forbidden("only operators and admins may pin 'now'")
    if body.now.tzinfo is None:
        raise Forbidden("'now' must carry a timezone offset, e.g. 2026-03-02T00:00:00Z")
    return body.now


@router.post("/ask")
def ask(body: AskRequest, principal: Principal = Depends(require("ops:ask")),
        session: Session = Depends(db_session)) -> dict[str, Any]:  # fmt: skip
    """Answer a question; returns the OPS answer object."""
    return service.ask(session, question=body.question, actor=principal, now=_pinned_now(body, principal))


@router.post("/ask/stream")
async def ask_stream(
    body: AskRequest, principal: Principal = Depends(require("ops:ask"))
) -> StreamingResponse:
    """Server-sent events: `stage` events as each stage starts and ends, then one `answer` event."""
    now = _pinned_now(body, principal)

    def work(emit: Emit) -> dict[str, Any]:
        def listener(stage: str, status: str, data: dict[str, Any]) -> None:
            emit({"stage": stage, "status": status, **data})

        with session_scope() as session:
            return service.ask(session, question=body.question, actor=principal, now=now, listener=listener)

    async def events() -> AsyncIterator[str]:
        async for item in stream_in_thread(work):
            for kind, payload in (
                [("answer", item.result)] if isinstance(item, Finished) else [("stage", e) for e in item]
            ):
                yield f"event: {kind}\ndata: {json.dumps(payload, ensure_ascii=False, default=str)}\n\n"

    return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


@router.get("/history")
def history(limit: int = Query(50, ge=1, le=500), principal: Principal = Depends(require("ops:ask")),
            session: Session = Depends(db_session)) -> dict[str, Any]:  # fmt: skip
    """The caller's recent questions, newest first."""
    return {"items": service.history(session, actor=principal, limit=limit)}


@router.get("/traces/{trace_id}")
def trace(trace_id: str, principal: Principal = Depends(require("ops:ask")),
          session: Session = Depends(db_session)) -> dict[str, Any]:  # fmt: skip
    """One run's trace: spans with timings, plan and answer."""
    return service.get_trace(session, actor=principal, trace_id=trace_id)

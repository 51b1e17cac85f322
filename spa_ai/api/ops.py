"""OPS REST: ask (JSON or server-sent stage events), history and traces."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.errors import Forbidden
from services.core.pagination import Page, decode_cursor, page_of
from services.core.security import Principal
from services.core.streaming import Emit, Finished, stream_in_thread
from services.ops import oncall, service
from services.ops.models import AnswerRead, HistoryItemRead, ProblemsRead, TraceRead
from spa_ai.api.deps import PageQuery, Requires, SessionDep

router = APIRouter(prefix="/api/ops", tags=["ops"])
Asker = Annotated[Principal, Requires("ops:ask")]
ROLES_THAT_PIN_TIME = ("admin", "operator")


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=2000)
    now: datetime | None = Field(
        default=None, description="pin the clock (ISO-8601 with offset); operators and admins"
    )
    conversation_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z0-9_-]+$",
        description="continue a conversation: follow-ups are read against its previous question (per user)",
    )


def _pinned_now(body: AskRequest, principal: Principal) -> datetime | None:
    if body.now is None:
        return None
    if principal.role not in ROLES_THAT_PIN_TIME:
        raise Forbidden("only operators and admins may pin 'now'", details={"field": "now"})
    if body.now.tzinfo is None:
        raise Forbidden(
            "'now' must carry a timezone offset, e.g. 2026-03-02T00:00:00Z", details={"field": "now"}
        )
    return body.now


@router.post("/ask", response_model=AnswerRead)
def ask(body: AskRequest, caller: Asker, session: SessionDep) -> dict[str, Any]:
    """Answer a question; returns the OPS answer object."""
    return service.ask(
        session,
        question=body.question,
        actor=caller,
        now=_pinned_now(body, caller),
        conversation_id=body.conversation_id,
    )


@router.post(
    "/ask/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "`stage` events, then `answer`"}},
)
async def ask_stream(body: AskRequest, caller: Asker) -> StreamingResponse:
    """Server-sent events: `stage` events as each stage starts and ends, then one `answer` event."""
    now = _pinned_now(body, caller)

    def work(emit: Emit) -> dict[str, Any]:
        def listener(stage: str, status: str, data: dict[str, Any]) -> None:
            emit({"stage": stage, "status": status, **data})

        with session_scope() as session:
            return service.ask(
                session,
                question=body.question,
                actor=caller,
                now=now,
                listener=listener,
                conversation_id=body.conversation_id,
            )

    async def events() -> AsyncIterator[str]:
        async for item in stream_in_thread(work):
            for kind, payload in (
                [("answer", item.result)] if isinstance(item, Finished) else [("stage", e) for e in item]
            ):
                yield f"event: {kind}\ndata: {json.dumps(payload, ensure_ascii=False, default=str)}\n\n"

    return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


@router.get("/problems", response_model=ProblemsRead)
def problems(caller: Asker, session: SessionDep) -> dict[str, Any]:
    """What is wrong across the estate now, worst first (the summary OPS answers 'what is wrong now' with)."""
    found = oncall.estate_problems(session, now=utcnow())
    return {"problems": found["problems"], "total": found["total"]}


@router.get("/history", response_model=Page[HistoryItemRead])
def history(caller: Asker, session: SessionDep, page: PageQuery) -> Page:
    """The caller's questions, newest first; `next_cursor` continues after the last one."""
    before = decode_cursor(page.cursor, 2) if page.cursor else None
    rows = service.history(
        session, actor=caller, limit=page.limit + 1, before=(before[0], str(before[1])) if before else None
    )
    return page_of(rows, page.limit, key_of=lambda row: (row["created_at"], row["trace_id"]))


@router.get("/traces/{trace_id}", response_model=TraceRead)
def trace(
    trace_id: Annotated[str, Path(max_length=32)], caller: Asker, session: SessionDep
) -> dict[str, Any]:
    """One run's trace: spans with timings, plan and answer."""
    return service.get_trace(session, actor=caller, trace_id=trace_id)

"""OPS chat state: questions run as background events that stream stage progress into the message
list; history, copy/export and the table/graph interactions of rendered answers.

Every handler re-checks `ops:ask` on the server; database work runs in a worker thread. When an answer
arrives the page scrolls to its start (the input box stays pinned at the bottom of the viewport): the
state names the element and bumps `scroll_seq`; the page's scroller (two elements taking turns by its
parity) scrolls when one mounts — in the browser's own compiled code, as the content security policy
allows no scripts sent by the server.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import uuid
from collections.abc import Callable
from functools import partial
from typing import Any
from urllib.parse import quote

import reflex as rx
from reflex_base.event import EventSpec

from services.core.clock import format_local
from services.core.db import session_scope
from services.core.security import Principal
from services.core.streaming import Emit, Finished, stream_in_thread
from services.ops import service as ops
from spa_ai.state.ops_blocks import (
    Block,
    Message,
    apply_stage,
    fail_message,
    finish_message,
    new_message,
    next_sort,
)
from spa_ai.state.page import PageState
from spa_ai.state.url_state import choice

ASK = "ops:ask"
MAX_MESSAGES = 20  # older messages drop off; the full answers stay in the traces
HISTORY_LIMIT = 30
MORE_ROWS = 50


def answer_anchor(msg_id: int) -> str:
    """The element id of a message's answer card (the page scrolls to it when the answer arrives)."""
    return f"answer-{msg_id}"


def message_anchor(msg_id: int) -> str:
    """The element id of a message (its question bubble first)."""
    return f"message-{msg_id}"


def _raw(value: Any) -> Any:
    """A state value without Reflex's mutation-tracking proxy (helpers build new values)."""
    return getattr(value, "__wrapped__", value)


def _map_block(
    messages: list[Message], msg_id: int, index: int, fn: Callable[[Block], Block]
) -> list[Message]:
    """`messages` with block `index` of message `msg_id` replaced by `fn(block)`."""
    out = []
    for message in messages:
        if message.id == msg_id:
            blocks = [fn(b) if b.index == index else b for b in message.blocks]
            message = dataclasses.replace(message, blocks=blocks)
        out.append(message)
    return out


def _map_message(messages: list[Message], msg_id: int, fn: Callable[[Message], Message]) -> list[Message]:
    return [fn(m) if m.id == msg_id else m for m in messages]


def _apply_all(message: Message, events: list[tuple[str, str, dict[str, Any]]]) -> Message:
    for stage, status, data in events:
        message = apply_stage(message, stage, status, data)
    return message


def _find_block(messages: list[Message], msg_id: int, index: int) -> Block | None:
    for message in messages:
        if message.id == msg_id:
            return next((b for b in message.blocks if b.index == index), None)
    return None


class BlockActions(PageState, mixin=True):
    """Interactions inside rendered answers (sort, show more, open a graph node); shared by the chat
    and the trace viewer, which both hold their answers in `messages`."""

    messages: list[Message] = []
    _owner: str = ""

    def _forget(self) -> None:
        """Drop what a previous user of this browser tab saw."""
        self.messages = []

    async def _caller(self, quiet: bool = False) -> Principal | EventSpec | None:
        """The signed-in caller with `ops:ask` (or what refuses them); a new user starts afresh."""
        result = await self.authorize(ASK, quiet=quiet)
        if isinstance(result, Principal) and result.username != self._owner:
            self._forget()
            self._owner = result.username
        return result

    @rx.event
    async def sort_table(self, msg_id: int, index: int, col: int):
        """Sort a table block by a column; a second click on the same column reverses it."""
        if not isinstance(refused := await self._caller(), Principal):
            return refused
        block = _find_block(_raw(self.messages), msg_id, index)
        if block is None or block.type != "table" or not 0 <= col < len(block.columns):
            return None
        self.messages = _map_block(_raw(self.messages), msg_id, index, lambda b: next_sort(b, col))
        return None

    @rx.event
    async def show_more(self, msg_id: int, index: int):
        """Reveal more rows of a long table."""
        if not isinstance(refused := await self._caller(), Principal):
            return refused
        self.messages = _map_block(
            _raw(self.messages), msg_id, index, lambda b: dataclasses.replace(b, shown=b.shown + MORE_ROWS)
        )
        return None

    @rx.event
    async def open_graph_node(self, msg_id: int, index: int, points: list[dict]):
        """A click on an answer's graph: open that CI's infrastructure page."""
        if not isinstance(refused := await self._caller(), Principal):
            return refused
        block = _find_block(_raw(self.messages), msg_id, index)
        for point in points or []:
            curve, number = point.get("curveNumber"), point.get("pointNumber")
            if block is None or not isinstance(curve, int) or not isinstance(number, int):
                continue
            if 0 <= curve < len(block.curves) and 0 <= number < len(block.curves[curve]):
                return rx.redirect(f"/infra/{quote(block.curves[curve][number], safe='')}")
        return None


def _run_ask(principal: Principal, question: str, conversation_id: str, emit: Emit) -> dict[str, Any]:
    """One OPS run in a worker thread, committed with its trace; stage progress goes to `emit`."""

    def listener(stage: str, status: str, data: dict[str, Any]) -> None:
        emit((stage, status, data))

    with session_scope() as session:
        return ops.ask(
            session, question=question, actor=principal, listener=listener, conversation_id=conversation_id
        )


def _load_history(principal: Principal) -> list[dict[str, str]]:
    """The user's recent questions for the sidebar (in the configured timezone)."""
    with session_scope() as session:
        rows = ops.history(session, actor=principal, limit=HISTORY_LIMIT)
    return [
        {
            "trace_id": r["trace_id"],
            "question": r["question"],
            "status": r["status"],
            "route": r["route"],
            "at": format_local(r["created_at"]),
        }
        for r in rows
    ]


def _read_trace(principal: Principal, trace_id: str) -> dict[str, Any]:
    with session_scope() as session:
        return ops.get_trace(session, actor=principal, trace_id=trace_id)


class OpsState(BlockActions, rx.State):
    """The chat page."""

    running: bool = False
    history: list[dict[str, str]] = []
    history_error: str = ""
    scroll_target: str = ""  # the element the page scrolls to, each time scroll_seq changes
    scroll_seq: int = 0
    history_open: bool = False  # the history drawer (narrow screens)
    prefill: str = ""  # /ops?q=...: a question put in the box, not yet asked (e.g. from an alert)
    _next_id: int = 0
    _conversation_id: str = ""  # follow-ups are read against this conversation's previous question

    @rx.event
    def set_history_open(self, value: bool):
        self.history_open = bool(value)

    def _scroll_to(self, element_id: str) -> None:
        self.scroll_target, self.scroll_seq = element_id, self.scroll_seq + 1

    def _forget(self) -> None:
        self.messages, self.history, self.history_error = [], [], ""
        self._conversation_id = ""

    @rx.event
    async def load(self):
        """on_load of /ops: the user's recent questions; `?q=` pre-fills the question box."""
        principal = await self._caller(quiet=True)
        if not isinstance(principal, Principal):
            return principal
        self.prefill = choice(self.router.url.query_parameters, "q", None, "")
        self.loading = False
        try:
            self.history, self.history_error = await asyncio.to_thread(_load_history, principal), ""
        except Exception as exc:  # shown in the sidebar
            self.history_error = await self.describe(exc)
        return None

    @rx.event(background=True)
    async def submit(self, form: dict):
        """The input box: ask the typed question."""
        async for update in _ask(self, str(form.get("question", ""))):
            yield update

    @rx.event(background=True)
    async def ask_question(self, question: str):
        """An example or a history entry asked (again)."""
        async for update in _ask(self, question):
            yield update

    @rx.event
    async def show_stored(self, trace_id: str):
        """A history entry: show its stored answer from the trace without running it again."""
        principal = await self._caller()
        if not isinstance(principal, Principal):
            return principal
        try:
            trace = await asyncio.to_thread(_read_trace, principal, trace_id)
        except Exception as exc:
            return await self.toast_error(exc)
        message = new_message(self._next_id, trace["question"])
        self._next_id += 1
        self.history_open = False
        answer = trace.get("answer") or {"status": trace["status"], "blocks": [], "trace_id": trace_id}
        finished = finish_message(message, answer, source="history")
        self.messages = [*_raw(self.messages)[-(MAX_MESSAGES - 1) :], finished]
        self._scroll_to(answer_anchor(message.id))
        return None

    @rx.event
    async def export_answer(self, msg_id: int):
        """Download the answer object (as stored with its trace) as JSON."""
        principal = await self._caller()
        if not isinstance(principal, Principal):
            return principal
        message = next((m for m in _raw(self.messages) if m.id == msg_id), None)
        if message is None or not message.trace_id:
            return None
        try:
            trace = await asyncio.to_thread(_read_trace, principal, message.trace_id)
        except Exception as exc:
            return await self.toast_error(exc)
        data = json.dumps(trace.get("answer") or {}, ensure_ascii=False, indent=2)
        return rx.download(data=data, filename=f"ops-answer-{message.trace_id}.json")

    @rx.event
    async def clear(self):
        """Start a new conversation: no context is carried into the next question (the history stays)."""
        if not isinstance(refused := await self._caller(), Principal):
            return refused
        if not self.running:
            self.messages, self._conversation_id = [], ""
        return None


async def _ask(state: OpsState, question: str):
    """Run one question for a background event, streaming stage progress into the message.

    Yields the events to send to the browser (refusals, toasts); `state` is the background proxy.
    """
    question = question.strip()
    started = False
    async with state:
        principal = await state._caller()
        if not isinstance(principal, Principal):
            pass  # sent to sign in, or refused with a toast
        elif state.running:
            await state.notify("info", await state.message("ops.busy"))
        elif len(question) > ops.MAX_QUESTION:
            await state.refuse("ops.too_long")
        elif question:
            state.running, state.history_open, started = True, False, True
            state._conversation_id = state._conversation_id or uuid.uuid4().hex
            conversation_id = state._conversation_id
            msg_id = state._next_id
            state._next_id += 1
            state.messages = [*_raw(state.messages)[-(MAX_MESSAGES - 1) :], new_message(msg_id, question)]
            state._scroll_to(message_anchor(msg_id))  # the question and the running answer come into view
    if not isinstance(principal, Principal) or not started:
        if principal is not None and not isinstance(principal, Principal):
            yield principal
        return
    answer: dict[str, Any] | None = None
    error = ""
    try:
        async for item in stream_in_thread(partial(_run_ask, principal, question, conversation_id)):
            if isinstance(item, Finished):
                answer = item.result
                continue
            async with state:
                state.messages = _map_message(_raw(state.messages), msg_id, partial(_apply_all, events=item))
    except Exception as exc:  # refused by the service, or a crash around the pipeline (logged)
        async with state:
            error = await state.describe(exc)
    try:
        history = await asyncio.to_thread(_load_history, principal)
    except Exception:
        history = None
    async with state:
        done = answer
        state.messages = _map_message(
            _raw(state.messages),
            msg_id,
            (lambda m: finish_message(m, done)) if done is not None else (lambda m: fail_message(m, error)),
        )
        if history is not None:
            state.history = history
        state.running = False
        state._scroll_to(answer_anchor(msg_id))

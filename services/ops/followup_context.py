"""A conversation's context: what the last answered question leaves for a follow-up (its CIs, metrics,
window, intent and the CIs its answer listed), stored per conversation id *and* user, so one user's
context never answers another's question."""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import Session

from services.core.errors import ValidationFailed
from services.ops.models import OpsConversation
from services.ops.plan import Plan
from services.ops.planner.parsing import Parsed

CONVERSATION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def check_conversation_id(conversation_id: str | None) -> str | None:
    """The given id, validated (None: the question is asked outside any conversation)."""
    if conversation_id is None:
        return None
    if not CONVERSATION_ID.fullmatch(conversation_id):
        raise ValidationFailed(
            "conversation_id must be 1-64 letters, digits, '-' or '_'",
            details={"field": "conversation_id"},
            key="ops.bad_conversation_id",
        )
    return conversation_id


def load_context(session: Session, conversation_id: str, username: str) -> dict[str, Any] | None:
    """The stored context of this user's conversation, if any."""
    row = session.get(OpsConversation, (conversation_id, username))
    return dict(row.context) if row else None


def save_context(session: Session, conversation_id: str, username: str, context: dict[str, Any]) -> None:
    """Remember the question just answered as the context of the next one."""
    row = session.get(OpsConversation, (conversation_id, username))
    if row is None:
        session.add(OpsConversation(id=conversation_id, username=username, context=context))
    else:
        row.context = context
        session.add(row)


def context_of(parsed: Parsed, plan: Plan, answered: list[str]) -> dict[str, Any]:
    """What a later follow-up may carry over from an answered question; its plan's tools say which
    intent a follow-up keeps (metric figures only: a metric, aggregation or ranking alone refines it),
    `answered` the CIs its answer listed ("those", "그 서버들")."""
    return {
        "answered": answered,
        "question": parsed.question,
        "intent": plan.intent,
        "tools": sorted({step.tool for step in plan.steps}),
        "lang": plan.lang,
        "cis": parsed.of("ci"),
        "metrics": parsed.of("metric"),
        "window": parsed.window.label if parsed.window else None,
    }

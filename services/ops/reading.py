"""The route_plan stage: how a question is read before it is planned — as a follow-up of the conversation's
previous question when it is an elliptic one, with typos in the planner's own words corrected when the
question as typed is unclear — and the honesty invariant checked on the plan of either planner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session

from services.core import settings_registry
from services.ops.followup import expand, refers_back
from services.ops.followup_context import with_that_day, without_replaced
from services.ops.followup_read import Followup
from services.ops.followup_spans import then_said
from services.ops.followup_told import carried_text, unused_in_followup
from services.ops.honesty import unread_terms, unused_terms
from services.ops.honesty_rephrasings import (
    MAX_REPHRASINGS,
    instead_questions,
    starter_questions,
    two_questions,
    unclear_plan,
)
from services.ops.plan import Plan, Route
from services.ops.planner.entities import EntityIndex
from services.ops.planner.parsing import Parsed, parse
from services.ops.planner.rules import plan_question
from services.ops.planner.spelling import corrected, corrections
from services.ops.policy import load_policy
from services.ops.settings import LLM_MODEL

MAX_BARE_REFERENCE_WORDS = 4  # "why is that?": a question this short pointing back is about the last answer
# the question may be answerable once rephrased
UNCLEAR_REASONS = (
    *("unknown_ci", "unknown_place", "unknown_value", "ambiguous_value", "unclear", "unplaced"),
    *("two_questions", "no_context"),
)


@dataclass
class Reading:
    """How one question was read and planned."""

    plan: Plan
    question: str  # the question as planned: a follow-up's expansion, or the question with typos corrected
    followup: Followup | None = None
    corrections: dict[str, str] = field(default_factory=dict)  # typed word → the word it was read as

    def notes(self) -> list[dict[str, Any]]:
        """Text blocks saying how the question was read (typos corrected, what a follow-up kept)."""
        lang = self.plan.lang
        notes = []
        if self.corrections:
            pairs = ", ".join(f"“{typed}” → “{fix}”" for typed, fix in self.corrections.items())
            text = f"오타로 보고 고쳐 읽었습니다: {pairs}" if lang == "ko" else f"Read as a typo: {pairs}."
            notes.append({"type": "text", "text": text})
        if self.followup is not None:
            notes.append({"type": "text", "text": carried_text(self.followup, lang)})
        return notes

    def span_output(self) -> dict[str, Any]:
        """The route_plan span's output: the plan's summary, the words it could not place, typos
        corrected and, for a follow-up, how the question was read."""
        plan = self.plan
        output: dict[str, Any] = {"route": plan.route.value, "intent": plan.intent, "steps": len(plan.steps)}
        if plan.reason:
            output["reason"] = plan.reason
        if plan.usage:  # tokens, cost and fallback, kept for the OPS KPIs and trace RCA
            output["usage"] = plan.usage
        if plan.reason == "unplaced" and plan.detail:
            output["unused"] = plan.detail.split("|", 1)[1]
        if self.corrections:
            output["corrections"] = self.corrections
        if self.followup is not None:
            output["read_as"], output["carried"] = self.followup.question, self.followup.carried
        return output


def make_plan(question: str, index: EntityIndex, now: datetime, tz: str, session: Session) -> Plan:
    """The plan of the configured planner: the LLM's when a model is set, else the rules planner's."""
    if settings_registry.get(LLM_MODEL, session):
        from services.ops.planner.llm import plan_with_llm

        return plan_with_llm(question, index=index, now=now, tz=tz, session=session)
    return plan_question(question, index, now, tz, load_policy(session))


def _is_unclear(plan: Plan) -> bool:
    return plan.route == Route.REJECT and plan.reason in UNCLEAR_REASONS


def _unanswered(plan: Plan, question: str) -> bool:
    """Whether the plan of a question of a few words answers nothing: unclear, or out of scope with no word
    that made it so ("왜 그런거야?"; "is it raining in Seoul?" is out of scope as asked)."""
    few_words = len(question.split()) <= MAX_BARE_REFERENCE_WORDS
    unanswered = plan.reason == "unclear" or (plan.reason == "out_of_scope" and not plan.detail)
    return plan.route == Route.REJECT and unanswered and few_words


def _read(
    question: str,
    context: dict[str, Any] | None,
    index: EntityIndex,
    now: datetime,
    tz: str,
    session: Session,
) -> tuple[Reading, Parsed]:
    """The plan for `question`, read as a follow-up of the conversation's previous question when it is one."""
    question = without_replaced(question, index)
    if context:  # "and how slow did Y get at lunch that day?": the day said before, even of another CI
        question = with_that_day(question, context)
        previous = str(context.get("question") or "")
        question = then_said(question, previous, index, now, tz, context.get("said_time"))  # "그때 X엔"
    standalone: list[Plan] = []

    def answerable() -> bool:
        standalone.append(make_plan(question, index, now, tz, session))
        # only an infra question missing its CI borrows one ("담당 스쿼드 어디": no word of ours, nor one out of
        # scope); refusals, off-topic words and unknown names stay as asked
        plan = standalone[0]
        wordless = plan.reason == "out_of_scope" and not plan.detail
        return plan.route != Route.REJECT or not (plan.reason == "unclear" or wordless)

    followup = expand(question, context, index, now, tz, answerable) if context else None
    if followup is None:
        plan = standalone[0] if standalone else make_plan(question, index, now, tz, session)
        pointless = not context and _unanswered(plan, question) and refers_back(question)
        if pointless:  # "왜 그런거야?" opening a chat: nothing before it to point at
            plan = Plan(
                route=Route.REJECT, lang=plan.lang, planner=plan.planner, intent="reject", reason="no_context"
            )
    else:
        plan = make_plan(followup.question, index, now, tz, session)
        plan.lang = followup.lang  # type: ignore[assignment]
    read_as = followup.question if followup else question
    parsed = parse(read_as, index, now, tz)
    unused = unused_terms(plan, parsed, index.ci_types)
    if followup is not None:
        unused += unused_in_followup(followup, plan, now)
    unread = [] if unused else unread_terms(plan, parsed, index)
    halves = two_questions(read_as) if plan.route not in (Route.DIRECT, Route.REJECT) else []
    if unused or unread:  # the honesty invariant, for either planner
        plan = unclear_plan(plan, parsed, unused, unread)
    elif halves:  # one plan answers one of two questions: never leave the other out unsaid
        plan = Plan(
            route=Route.REJECT,
            lang=plan.lang,
            planner=plan.planner,
            intent="reject",
            reason="two_questions",
            suggestions=halves,
        )
    elif plan.reason in ("unclear", "no_context") and not plan.suggestions:
        plan.suggestions = starter_questions(parsed, plan.lang)
    elif plan.reason == "unknown_ci" and not plan.suggestions:  # a name like none: what to ask instead
        plan.suggestions = instead_questions(parsed, plan.lang)
    return Reading(plan, read_as, followup), parsed


def read_question(
    question: str,
    context: dict[str, Any] | None,
    index: EntityIndex,
    now: datetime,
    tz: str,
    session: Session,
) -> Reading:
    """How `question` is read and planned; an unclear question whose unread words are typos of the
    planner's own words is planned again as corrected, and kept so when that plan answers it."""
    reading, parsed = _read(question, context, index, now, tz, session)
    if not _is_unclear(reading.plan) or not (fixes := corrections(parsed, index)):
        return reading
    retry, _ = _read(corrected(question, fixes), context, index, now, tz, session)
    if _is_unclear(retry.plan):
        return reading
    retry.corrections = fixes
    return retry


def rephrasings(question: str, plan: Plan) -> list[str]:
    """Clickable rephrasings of an unclear question: for an unknown name, the question with each CI it
    resembles in its place (or, when it resembles none, the questions to ask instead)."""
    if (
        plan.reason in ("unplaced", "unclear", "ambiguous_value", "two_questions", "no_context")
        or plan.names_none()
    ):
        return plan.suggestions
    if not (plan.detail and plan.suggestions):
        return []
    pattern = re.compile(re.escape(plan.detail), re.I)
    return [pattern.sub(name, question, count=1) for name in plan.suggestions[:MAX_REPHRASINGS]]

"""The OPS stage executor: route_plan → validate → execute → compose → present, one span each.

`ask` returns the answer object of ARCHITECTURE §4 and records a trace; REST, SSE, CLI and the chat
UI all call it, so they return the same object.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, text, tuple_
from sqlmodel import Session, col, select

from services.core.clock import display_timezone, utcnow
from services.core.errors import DomainError, Forbidden, NotFound, ValidationFailed
from services.core.security import Principal
from services.ops.capabilities import capabilities_blocks
from services.ops.compose import Composer
from services.ops.followup_answered import answered_cis, answered_onset
from services.ops.followup_context import check_conversation_id, context_of, load_context, save_context
from services.ops.models import MAX_ERROR, OpsSpan, OpsTrace
from services.ops.plan import ONE_OF_COMPARED, Plan, Route
from services.ops.planner.entities import EntityIndex, index_cache
from services.ops.planner.metric_plans import compared_intent
from services.ops.planner.parsing import parse
from services.ops.planner.recent_parses import shared_parses
from services.ops.policy import load_policy, refusal_named
from services.ops.present import present
from services.ops.reading import UNCLEAR_REASONS, Reading, read_question, rephrasings
from services.ops.tools import TOOLS, AskedOtherwise, ToolContext, ToolResult, load_builtin_tools
from services.ops.tools.contracts import ToolArgs
from services.ops.validator import PlanRejected, validate

STAGES = ("route_plan", "validate", "execute", "compose", "present")
MAX_QUESTION = 2000
SLOW_RUN_MS = 3000.0  # a run at least this long counts as failed for the trace list's filter and RCA
StageListener = Callable[[str, str, dict[str, Any]], None]

load_builtin_tools()


class _Run:
    """Spans of one run: timing and summaries per stage, reported to an optional listener."""

    def __init__(self, trace_id: str, listener: StageListener | None) -> None:
        self.trace_id = trace_id
        self.spans: list[OpsSpan] = []
        self.timings: dict[str, float] = {stage: 0.0 for stage in STAGES}
        self.listener = listener

    def stage(
        self, name: str, inputs: dict[str, Any], fn: Callable[[], Any], summarize: Callable[[Any], dict]
    ):
        if self.listener:
            self.listener(name, "started", {})
        started_at, t0 = utcnow(), time.perf_counter()
        status, error, result = "ok", None, None
        try:
            result = fn()
            return result
        except PlanRejected as exc:
            status, error = "rejected", exc.reason
            raise
        except Exception as exc:
            status, error = "error", f"{type(exc).__name__}: {exc}"
            raise
        finally:
            elapsed = round((time.perf_counter() - t0) * 1000, 2)
            self.timings[name] = elapsed
            output = summarize(result) if status == "ok" else {}
            self.spans.append(
                OpsSpan(
                    trace_id=self.trace_id,
                    seq=len(self.spans),
                    stage=name,
                    started_at=started_at,
                    duration_ms=elapsed,
                    status=status,
                    input_summary=inputs,
                    output_summary=output,
                    error=error[:MAX_ERROR] if error else None,
                )
            )
            if self.listener:
                self.listener(
                    name, status, {"duration_ms": elapsed, **output, **({"error": error} if error else {})}
                )


def _execute(session: Session, ctx: ToolContext, plan: Plan, args: list[ToolArgs]) -> list[ToolResult]:
    """Run the plan's tools on their validated `args` in a savepoint, so a failed statement leaves the
    trace insertable.

    The policy's timeout bounds every statement the tools run; the caller's own timeout is restored
    afterwards (releasing a savepoint keeps a transaction-local setting, so it must be set back).
    """
    set_timeout = text("SELECT set_config('statement_timeout', :value, true)")
    previous = session.execute(text("SELECT current_setting('statement_timeout')")).scalar_one()
    try:
        with session.begin_nested():
            session.execute(set_timeout, {"value": f"{int(ctx.policy['timeout_ms'])}ms"})
            return [TOOLS[step.tool].fn(ctx, parsed) for step, parsed in zip(plan.steps, args, strict=True)]
    finally:
        session.execute(set_timeout, {"value": previous})


def _compose(
    session: Session,
    composer: Composer,
    results: list[ToolResult],
    args: list[ToolArgs],
    *,
    actor: Principal,
    policy: dict[str, Any],
    index: EntityIndex,
) -> list[dict[str, Any]]:
    """The answer blocks: a refusal naming its category, what the caller's role can see, or the results."""
    plan = composer.plan
    if plan.route == Route.REJECT:
        refusal = refusal_named(plan.reason, plan.detail, policy)
        return [composer.rejection(refusal.text(plan.lang) if refusal else None)]
    if plan.route == Route.DIRECT and plan.reason == "capabilities":
        return capabilities_blocks(session, principal=actor, policy=policy, index=index, lang=plan.lang)
    return composer.compose(results, args)


VERDICT = re.compile(r"(?:예|네|아니요|아니오|yes|no)[.,]", re.I)  # a yes/no answer's first words


def ask(
    session: Session,
    *,
    question: str,
    actor: Principal,
    now: datetime | None = None,
    listener: StageListener | None = None,
    conversation_id: str | None = None,
) -> dict[str, Any]:
    """Answer one question; the trace (spans, plan, answer) is added to `session`.

    With a `conversation_id`, an elliptic question is read against the previous answered question of
    the same conversation and user, and the answered question becomes the context of the next one.
    """
    with shared_parses():  # the reading, the planner and the follow-up parse the question once
        return _answer(
            session,
            question=question,
            actor=actor,
            now=now,
            listener=listener,
            conversation_id=conversation_id,
        )


def _answer(
    session: Session,
    *,
    question: str,
    actor: Principal,
    now: datetime | None,
    listener: StageListener | None,
    conversation_id: str | None,
) -> dict[str, Any]:
    if not actor.can("ops:ask"):
        raise Forbidden("permission 'ops:ask' required")
    question = question.strip()
    if not question:
        raise ValidationFailed("question is empty")
    if len(question) > MAX_QUESTION:
        raise ValidationFailed(f"question is longer than {MAX_QUESTION} characters")
    conversation_id = check_conversation_id(conversation_id)
    now = now or utcnow()
    tz = display_timezone()
    run = _Run(uuid.uuid4().hex, listener)
    index = index_cache.get(session)
    policy = load_policy(session)
    context = load_context(session, conversation_id, actor.username) if conversation_id else None
    plan: Plan | None = None
    reading: Reading | None = None
    status, error, blocks = "ok", None, []
    composed: list[dict[str, Any]] = []  # the answer's own blocks, without the notes on how it was read
    composer: Composer | None = None
    asks: list[str] = []  # questions to ask instead, when a tool finds the question unanswerable as asked
    try:
        reading = run.stage(
            "route_plan",
            {"question": question, "followup": bool(context)},
            lambda: read_question(question, context, index, now, tz, session),
            Reading.span_output,
        )
        assert reading is not None
        plan = active_plan = reading.plan
        composer = Composer(active_plan, index, tz, now)
        if active_plan.route == Route.REJECT:
            status = "unclear" if active_plan.reason in UNCLEAR_REASONS else "rejected"
        tool_args: list[ToolArgs] = run.stage(
            "validate",
            {"steps": len(active_plan.steps)},
            lambda: validate(active_plan, principal=actor, index=index, policy=policy),
            lambda _: {},
        )
        ctx = ToolContext(
            session=session, principal=actor, now=now, tz=tz, lang=active_plan.lang, policy=policy
        )
        results: list[ToolResult] = run.stage(
            "execute",
            {"tools": [s.tool for s in active_plan.steps]},
            lambda: _execute(session, ctx, active_plan, tool_args),
            lambda rs: {"references": sum(len(r.references) for r in rs)},
        )
        blocks = run.stage(
            "compose",
            {"results": len(results)},
            lambda: _compose(session, composer, results, tool_args, actor=actor, policy=policy, index=index),
            lambda bs: {"blocks": [b["type"] for b in bs]},
        )
        if composer.asks_instead is not None:  # the results answer nothing asked ("no cause found")
            status, asks = "unclear", composer.asks_instead
        composed = blocks
        # a yes/no question is answered first ("아니요. …"), then how it was read
        verdict = (
            blocks[:1] if blocks and blocks[0]["type"] == "text" and VERDICT.match(blocks[0]["text"]) else []
        )
        blocks = [*verdict, *reading.notes(), *blocks[len(verdict) :]]
        references = [ref for r in results for ref in r.references]
        blocks = run.stage(
            "present",
            {"blocks": len(blocks)},
            lambda: present(blocks, references),
            lambda bs: {"blocks": len(bs)},
        )
    except PlanRejected as exc:
        status = "rejected"
        blocks = [{"type": "text", "text": exc.reason}]
    except AskedOtherwise as exc:  # no such metric of the CI, an occasion on no record: questions to ask
        status, asks = "unclear", list(exc.details or [])
        blocks = [{"type": "text", "text": exc.message}]
    except NotFound as exc:
        status, error = "rejected", exc.message
        blocks = [{"type": "text", "text": exc.message}]
    except DomainError as exc:
        status, error = "error", exc.message
        blocks = [{"type": "text", "text": exc.message}]
    except Exception as exc:
        status, error = "error", f"{type(exc).__name__}: {exc}"
        blocks = [
            {
                "type": "text",
                "text": "internal error while answering; see the trace"
                if not plan or plan.lang == "en"
                else "답변 중 내부 오류가 발생했습니다. 추적 정보를 확인하세요.",
            }
        ]
    route = plan.route.value if plan else Route.REJECT.value
    plan_summary = plan.summary() if plan else {"route": route, "steps": [], "planner": "rules"}
    answer = {
        "question": question,
        "route": route,
        "status": status,
        "plan": plan_summary,
        "blocks": blocks,
        "trace_id": run.trace_id,
        "timings_ms": run.timings,
        "conversation_id": conversation_id,
        "followup": (
            {"read_as": reading.followup.question, "carried": reading.followup.carried}
            if reading and reading.followup
            else None
        ),
        "corrections": reading.corrections if reading else {},
        "suggestions": asks or (rephrasings(question, plan) if plan else []),
    }
    session.add(
        OpsTrace(
            id=run.trace_id,
            username=actor.username,
            question=question,
            lang=plan.lang if plan else "en",
            route=route,
            status=status,
            planner=plan.planner if plan else "rules",
            duration_ms=round(sum(run.timings.values()), 2),
            plan=plan_summary,
            answer=answer,
            error=error[:MAX_ERROR] if error else None,
        )
    )
    session.flush()
    for span in run.spans:
        session.add(span)
    # an unclear question keeps what it did name: "ix-kinx 패킷로스?" then "그때 kkachi-auction엔?" is that evening,
    # and so does a plan whose CI turned out not to have the metric ("db-01 패킷로스": no error_rate there)
    unclear = plan is not None and (
        (plan.route == Route.REJECT and plan.reason in ("unplaced", "unclear"))
        or (plan.route != Route.REJECT and status == "unclear")
    )
    # a data answer keeps its context, one that found no cause too ("그럼 어제는?" asks it again)
    data_answer = status == "ok" or (composer is not None and composer.asks_instead is not None)
    if (
        conversation_id
        and reading is not None
        and plan is not None
        and ((data_answer and plan.route not in (Route.DIRECT, Route.REJECT)) or unclear)
    ):
        planned = parse(reading.question, index, now, tz)
        # the one of the named CIs it answered, when this question picked one ("둘중 cpu 더 높은건"), not
        # when it only carried a comparison on ("그럼 메모리는?": both are still talked about)
        picked = reading.followup is None or compared_intent(question.lower()) in ONE_OF_COMPARED
        one_of_named = plan.intent in ONE_OF_COMPARED and picked
        answered = answered_cis(composed, index.ci_names, [] if one_of_named else planned.of("ci"))
        onset = answered_onset(blocks)
        save_context(
            session,
            conversation_id,
            actor.username,
            context_of(
                planned, plan, answered, context, onset, picked, composer.subject_metric if composer else None
            ),
        )
    return answer


def went_wrong() -> ColumnElement[bool]:
    """Runs that errored, refused a data plan (not planned refusals such as destructive requests) or
    took `SLOW_RUN_MS` or longer."""
    refused_plan = and_(col(OpsTrace.status) == "rejected", col(OpsTrace.route) != Route.REJECT.value)
    return or_(col(OpsTrace.status) == "error", refused_plan, col(OpsTrace.duration_ms) >= SLOW_RUN_MS)


def history(
    session: Session,
    *,
    actor: Principal,
    limit: int = 50,
    everyone: bool = False,
    failed: bool = False,
    before: tuple[datetime, str] | None = None,
) -> list[dict[str, Any]]:
    """Recent questions, newest first: the caller's own, or everyone's for `admin:audit` holders.

    `failed` keeps the runs that went wrong (`went_wrong`); `before` continues a page after the
    (created_at, trace id) of its last row.
    """
    query = select(OpsTrace).order_by(col(OpsTrace.created_at).desc(), col(OpsTrace.id).desc()).limit(limit)
    if failed:
        query = query.where(went_wrong())
    if not (everyone and actor.can("admin:audit")):
        query = query.where(OpsTrace.username == actor.username)
    if before is not None:
        query = query.where(tuple_(col(OpsTrace.created_at), col(OpsTrace.id)) < tuple_(*before))
    return [
        {
            "trace_id": r.id,
            "question": r.question,
            "username": r.username,
            "route": r.route,
            "status": r.status,
            "planner": r.planner,
            "duration_ms": r.duration_ms,
            "created_at": r.created_at,
        }
        for r in session.exec(query).all()
    ]


def get_trace(session: Session, *, actor: Principal, trace_id: str) -> dict[str, Any]:
    """A trace with its spans; users see their own, admins every trace."""
    trace = session.get(OpsTrace, trace_id)
    if trace is None or (trace.username != actor.username and not actor.can("admin:audit")):
        raise NotFound(f"trace {trace_id} not found")
    spans = session.exec(select(OpsSpan).where(OpsSpan.trace_id == trace_id).order_by(col(OpsSpan.seq))).all()
    return {
        "trace_id": trace.id,
        "question": trace.question,
        "username": trace.username,
        "route": trace.route,
        "status": trace.status,
        "planner": trace.planner,
        "duration_ms": trace.duration_ms,
        "error": trace.error,
        "created_at": trace.created_at.isoformat() if trace.created_at else None,
        "answer": trace.answer,
        "spans": [
            {
                "stage": s.stage,
                "started_at": s.started_at.isoformat(),
                "duration_ms": s.duration_ms,
                "status": s.status,
                "input": s.input_summary,
                "output": s.output_summary,
                "error": s.error,
            }
            for s in spans
        ],
    }

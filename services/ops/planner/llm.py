"""The LLM planner: question → Plan through LiteLLM tool calling (a JSON object reply is accepted too).

A plan that does not parse, or that the validator rejects, is sent back with the error at most
`MAX_REPAIRS` times. Provider errors, timeouts, prose and exhausted repairs fall back to the rules
planner, which records why in `plan.usage["fallback"]`. Tokens and cost are summed over all calls.
LiteLLM is imported lazily: it takes seconds to import.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlmodel import Session

from services.core import settings_registry
from services.core.security import PERMISSIONS, Principal
from services.core.settings import get_settings
from services.ops.plan import Plan, Route
from services.ops.planner.entities import EntityIndex
from services.ops.planner.llm_prompt import (
    SUBMIT,
    plan_reasons,
    plan_schema,
    system_prompt,
    tool_specs,
)
from services.ops.planner.parsing import HANGUL
from services.ops.planner.rules import plan_question
from services.ops.policy import categories, load_policy
from services.ops.settings import LLM_MODEL
from services.ops.tools import TOOLS, load_builtin_tools
from services.ops.tools.contracts import problems
from services.ops.validator import PlanRejected, validate

log = logging.getLogger(__name__)
# A Markdown code fence around a JSON answer; the closing one may only start where a whitespace run
# starts (linear time on any reply).
CODE_FENCE = re.compile(r"^```(?:json)?\s*+|(?<!\s)\s*+```$")

MAX_REPAIRS = 2
# Plans are validated as this all-tools principal; the executor validates again for the real user.
PLANNER = Principal(user_id=0, username="llm-planner", role="llm-planner", permissions=frozenset(PERMISSIONS))


def plan_with_llm(
    question: str,
    *,
    index: EntityIndex,
    now: datetime,
    tz: str,
    session: Session,
    model: str | None = None,
    completion: Callable[..., Any] | None = None,
) -> Plan:
    """Plan `question` with the LLM `model` (default: the runtime setting `llm_model`), falling back to the
    rules."""
    settings = get_settings()
    model = model or settings_registry.get(LLM_MODEL, session)
    lang = "ko" if HANGUL.search(question) else "en"
    usage: dict[str, Any] = {
        "model": model,
        "calls": 0,
        "repairs": 0,
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "total_tokens": 0,
        "cost": 0.0,
    }
    policy = load_policy(session)
    if not model:
        return _fallback(question, index, now, tz, usage, "no_model", policy=policy)
    refused = plan_question(question, index, now, tz, policy)
    if refused.route == Route.REJECT and refused.reason in categories(policy):  # the policy refuses it
        refused.planner, refused.usage = "llm", usage
        return refused
    load_builtin_tools()
    litellm = _litellm()
    call = completion or litellm.completion
    # The executor validates again with the caller's role; here only the plan itself is checked.
    check_policy = {**policy, "allowed_tools": {PLANNER.role: sorted(TOOLS)}}
    messages: list[dict[str, Any]] = [
        {"role": "system", "content": system_prompt(question, index, now, tz, session, policy, lang)},
        {"role": "user", "content": question},
    ]
    tools = [
        {
            "type": "function",
            "function": {
                "name": SUBMIT,
                "description": "Submit the plan.",
                "parameters": plan_schema(tool_specs(session), int(policy["max_steps"])),
            },
        }
    ]
    error = ""
    for attempt in range(MAX_REPAIRS + 1):
        try:
            response = call(
                model=model,
                messages=messages,
                tools=tools,
                timeout=settings.llm_timeout_s,
                tool_choice={"type": "function", "function": {"name": SUBMIT}},
                drop_params=True,
            )
            message = response.choices[0].message
        except Exception as exc:
            timeout = isinstance(exc, TimeoutError | litellm.Timeout)
            detail = f"{type(exc).__name__}: {exc}"[:500]
            why = "timeout" if timeout else "provider_error"
            return _fallback(question, index, now, tz, usage, why, detail, policy=policy)
        _add_usage(usage, response, litellm)
        payload, error = _extract(message)
        if payload is None and not error:
            prose = str(message.content or "")[:500]
            return _fallback(question, index, now, tz, usage, "prose", prose, policy=policy)
        if payload is not None:
            try:
                plan = _to_plan(payload, lang, plan_reasons(policy))
                _check_ready(plan)
                # English messages for the model; the executor re-validates in the user's language.
                validate(
                    plan.model_copy(update={"lang": "en"}),
                    principal=PLANNER,
                    index=index,
                    policy=check_policy,
                )
            except PlanRejected as exc:
                error = f"{exc.code}: {exc.reason}"
            except Exception as exc:
                error = str(exc)
            else:
                plan.usage = usage
                return plan
        if attempt < MAX_REPAIRS:
            usage["repairs"] += 1
            messages = [*messages, *_follow_up(message, error)]
    return _fallback(question, index, now, tz, usage, "repairs_exhausted", error, policy=policy)


def _litellm() -> Any:
    """LiteLLM, imported on first use with the bundled price map (no network fetch at import)."""
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    litellm.suppress_debug_info = True
    return litellm


def _fallback(
    question: str,
    index: EntityIndex,
    now: datetime,
    tz: str,
    usage: dict[str, Any],
    why: str,
    detail: str = "",
    *,
    policy: dict[str, Any],
) -> Plan:
    """The rules planner's plan; `usage` says why the LLM plan was not used."""
    if why != "no_model":
        log.warning("LLM planner fell back to rules (%s): %s", why, detail)
    plan = plan_question(question, index, now, tz, policy)
    plan.usage = {**usage, "fallback": why, **({"error": detail} if detail else {})}
    return plan


def _add_usage(usage: dict[str, Any], response: Any, litellm: Any) -> None:
    """Add one response's tokens and cost (0.0 when the model has no known price)."""
    usage["calls"] += 1
    counts = getattr(response, "usage", None)
    for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
        usage[key] += int(getattr(counts, key, 0) or 0)
    try:
        cost = float(litellm.completion_cost(completion_response=response) or 0.0)
    except Exception:
        cost = 0.0
    usage["cost"] = round(usage["cost"] + cost, 8)


def _extract(message: Any) -> tuple[Any, str]:
    """(payload, error) from a reply: the submit_plan arguments or a JSON object in the text.

    (None, "") means prose: the reply holds no plan at all.
    """
    calls = getattr(message, "tool_calls", None) or []
    for tool_call in calls:
        if tool_call.function.name == SUBMIT:
            try:
                return json.loads(tool_call.function.arguments or "{}"), ""
            except json.JSONDecodeError as exc:
                return None, f"the {SUBMIT} arguments are not valid JSON: {exc}"
    if calls:
        return None, f"unknown function {calls[0].function.name!r}: call {SUBMIT}"
    text = CODE_FENCE.sub("", str(getattr(message, "content", "") or "").strip())
    start, end = text.find("{"), text.rfind("}")
    if start < 0:
        return None, ""
    try:
        return json.loads(text[start : end + 1] if end > start else text[start:]), ""
    except json.JSONDecodeError as exc:
        return None, f"the reply is not a valid JSON object: {exc}"


def _to_plan(payload: Any, lang: str, reasons: dict[Route, tuple[str, ...]]) -> Plan:
    """The Plan in a submitted payload (planner "llm", the question's language)."""
    if isinstance(payload, dict) and "route" not in payload and isinstance(payload.get("plan"), dict):
        payload = payload["plan"]
    if not isinstance(payload, dict):
        raise ValueError("the plan must be a JSON object")
    fields = {
        key: payload[key] for key in ("route", "steps", "intent", "reason") if payload.get(key) is not None
    }
    plan = Plan.model_validate({**fields, "planner": "llm", "lang": lang})
    if plan.route in reasons:
        plan.steps = []
        if plan.reason not in reasons[plan.route]:
            plan.reason = "help" if plan.route == Route.DIRECT else "unclear"
        plan.intent = plan.intent or plan.route.value.lower()
    return plan


def _check_ready(plan: Plan) -> None:
    """Raise ValueError when a step breaks its tool's contract (the validator checks names and limits)."""
    if plan.route not in (Route.DIRECT, Route.REJECT) and not plan.steps:
        raise ValueError(f"route {plan.route.value} needs at least one step")
    for step in plan.steps:
        for code, detail in problems(step.tool, step.args):
            what = "missing" if code == "missing_arg" else code.replace("_", " ")
            raise ValueError(f"{step.tool}: {what} {detail}")


def _follow_up(message: Any, error: str) -> list[dict[str, Any]]:
    """The model's reply and the error, as the next messages of the conversation."""
    ask = f"The plan was rejected: {error}. Submit a corrected plan."
    calls = getattr(message, "tool_calls", None) or []
    if not calls:
        return [
            {"role": "assistant", "content": str(message.content or "")},
            {"role": "user", "content": ask},
        ]
    assistant = {
        "role": "assistant",
        "content": message.content or None,
        "tool_calls": [
            {
                "id": c.id,
                "type": "function",
                "function": {"name": c.function.name, "arguments": c.function.arguments},
            }
            for c in calls
        ],
    }
    return [assistant, *({"role": "tool", "tool_call_id": c.id, "content": ask} for c in calls)]

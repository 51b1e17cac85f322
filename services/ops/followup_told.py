"""How a follow-up is told and checked: the sentence saying what it kept from the previous question, and
what it names or kept that the plan leaves unused (the honesty invariant for follow-ups)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from services.ops.followup_read import Followup
from services.ops.plan import Plan


def unused_in_followup(followup: Followup, plan: Plan, now: datetime) -> list[str]:
    """What the follow-up names or says it kept that `plan` does not use, for the honesty invariant: an
    aggregation it names ("최대는?") that no step computes; a time it names or keeps (other than now)
    that no step is timed by; a count or trend it asks for that no step gives; the kept previous question when the plan answers something else (a CI
    added to "how many hosts are there?" must not become a question about that CI's hosts)."""
    if not plan.steps:  # refusals and direct answers use nothing
        return []
    why = any(step.tool == "rca" for step in plan.steps)  # "why did it spike?": the symptom, no figure
    unused = [
        word for agg, word in followup.aggregations.items() if agg not in _args(plan, "agg") and not why
    ]
    shaped = {
        "count": True in _args(plan, "count") or "count" in _args(plan, "op"),
        "series": "series" in _args(plan, "op"),
    }
    unused += [word for shape, word in followup.shapes.items() if not shaped[shape]]
    if followup.time and not _args(plan, "start") and _args(plan, "at") <= {now.isoformat()}:
        unused.append(followup.time)
    if followup.tools and sorted({step.tool for step in plan.steps}) != followup.tools:
        unused.append(f"“{followup.previous}”")
    return unused


def _args(plan: Plan, key: str) -> set[Any]:
    return {step.args[key] for step in plan.steps if key in step.args}


CARRIED_LABEL = {
    "cis": {"ko": "CI", "en": "CI"},
    "metrics": {"ko": "지표", "en": "metric"},
    "window": {"ko": "기간", "en": "window"},
}


def carried_text(followup: Followup, lang: str) -> str:
    """One sentence saying how the follow-up was read and which CIs, metrics and window it kept from the
    previous question (the kept intent shows in the question it was read as)."""
    parts = [
        f"{CARRIED_LABEL[key][lang]} {', '.join(value) if isinstance(value, list) else value}"
        for key, value in followup.carried.items()
        if key in CARRIED_LABEL
    ]
    if lang == "ko":
        kept = f" (유지: {'; '.join(parts)})" if parts else ""
        return f"이전 질문 “{followup.previous}”에 이어서 답합니다{kept}. 해석한 질문: “{followup.question}”"
    kept = f" (kept: {'; '.join(parts)})" if parts else ""
    return f"Following up on “{followup.previous}”{kept}; read as “{followup.question}”."

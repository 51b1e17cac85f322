"""Pre-execution checks of a plan: each tool's contract, known entities, policy limits and permissions.

Rejections carry a user-facing reason in the question's language.
"""

from __future__ import annotations

from typing import Any

from services.core.security import Principal
from services.ops.plan import Plan, Route
from services.ops.planner.entities import EntityIndex
from services.ops.tools import TOOLS
from services.ops.tools.contracts import ToolArgs, check

MESSAGES = {
    "unknown_tool": {"ko": "알 수 없는 도구입니다: {v}", "en": "Unknown tool: {v}"},
    "tool_denied": {"ko": "'{v}' 도구를 사용할 권한이 없습니다.", "en": "You may not use the tool '{v}'."},
    "too_many_steps": {
        "ko": "계획 단계가 너무 많습니다 (최대 {v}).",
        "en": "The plan has too many steps (max {v}).",
    },
    "duplicate_step": {"ko": "같은 도구 호출이 반복되었습니다.", "en": "The same tool call is repeated."},
    "unknown_ci": {"ko": "'{v}'라는 구성 항목(CI)을 찾을 수 없습니다.", "en": "There is no CI named '{v}'."},
    "unknown_metric": {
        "ko": "'{v}' 메트릭은 카탈로그에 없습니다.",
        "en": "The metric '{v}' is not in the catalog.",
    },
    "bad_value": {"ko": "허용되지 않는 값입니다: {v}", "en": "Value not allowed: {v}"},
    "window_too_long": {
        "ko": "조회 기간은 최대 {v}시간입니다.",
        "en": "The time window may span at most {v} hours.",
    },
    "bad_window": {"ko": "조회 기간이 올바르지 않습니다.", "en": "The time window is not valid."},
    "depth_too_deep": {"ko": "그래프 탐색 깊이는 최대 {v}입니다.", "en": "Graph depth may be at most {v}."},
    "missing_arg": {"ko": "필수 값이 없습니다: {v}", "en": "A required value is missing: {v}"},
}


class PlanRejected(Exception):
    """The plan cannot run; `reason` is shown to the user."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def _reject(code: str, lang: str, value: Any = "") -> PlanRejected:
    return PlanRejected(code, MESSAGES[code][lang if lang in ("ko", "en") else "en"].format(v=value))


def validate(
    plan: Plan, *, principal: Principal, index: EntityIndex, policy: dict[str, Any]
) -> list[ToolArgs]:
    """Each step's args parsed into its tool's contract, for the executor; raise PlanRejected when the
    plan names unknown things, exceeds limits or uses denied tools."""
    lang = plan.lang
    if plan.route in (Route.DIRECT, Route.REJECT):
        return []
    if len(plan.steps) > int(policy["max_steps"]):
        raise _reject("too_many_steps", lang, policy["max_steps"])
    allowed = set(policy["allowed_tools"].get(principal.role, []))
    seen: set[str] = set()
    parsed: list[ToolArgs] = []
    for step in plan.steps:
        if step.tool not in TOOLS:
            raise _reject("unknown_tool", lang, step.tool)
        if step.tool not in allowed:
            raise _reject("tool_denied", lang, step.tool)
        key = step.model_dump_json()
        if key in seen:
            raise _reject("duplicate_step", lang)
        seen.add(key)
        parsed.append(_check_args(TOOLS[step.tool].contract, step.args, lang, index, policy))
    return parsed


def _check_args(
    contract: type[ToolArgs], raw: dict[str, Any], lang: str, index: EntityIndex, policy: dict[str, Any]
) -> ToolArgs:
    """The tool's contract (services/ops/tools/contracts.py), then names and the policy's limits."""
    args, found = check(contract, raw)
    for code, detail in found:
        raise _reject(code, lang, detail)
    assert args is not None  # parsed whenever nothing was found
    for key in ("ci", "target", "name", "suspect"):
        value = getattr(args, key, None)
        if value is not None and str(value).lower() not in index.ci_types:
            raise _reject("unknown_ci", lang, value)
    metric = getattr(args, "metric", None)
    if metric is not None and metric not in index.metric_units:
        raise _reject("unknown_metric", lang, metric)
    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if start and end:
        try:
            hours = (end - start).total_seconds() / 3600
        except TypeError as exc:  # one end with an offset, the other without
            raise _reject("bad_window", lang) from exc
        if hours < 0:
            raise _reject("bad_window", lang)
        if hours > float(policy["max_window_hours"]):
            raise _reject("window_too_long", lang, policy["max_window_hours"])
    depth = getattr(args, "depth", None)
    if depth is not None and depth > int(policy["max_graph_depth"]):
        raise _reject("depth_too_deep", lang, policy["max_graph_depth"])
    return args

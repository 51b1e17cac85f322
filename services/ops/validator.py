"""Pre-execution checks of a plan: schema, known entities, policy limits and tool permissions.

Rejections carry a user-facing reason in the question's language.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from services.core.security import Principal
from services.infra.models import CI_STATUSES, CI_TYPES, ENVIRONMENTS, RELATION_TYPES, SEVERITIES
from services.ops.plan import Plan, Route
from services.ops.planner.entities import EntityIndex
from services.ops.tools import TOOLS

DEFAULT_POLICY: dict[str, Any] = {
    "max_rows": 500,
    "max_window_hours": 744,
    "max_graph_depth": 6,
    "timeout_ms": 10000,
    "max_steps": 6,
    "allowed_tools": {
        role: ["metric_query", "ci_lookup", "event_query", "graph_query", "rca", "document_search"]
        for role in ("admin", "operator", "viewer")
    },
}
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
_ALLOWED_VALUES = {"type": CI_TYPES, "environment": ENVIRONMENTS, "status": CI_STATUSES}
_REQUIRED: dict[str, dict[str, tuple[str, ...]]] = {
    "metric_query": {
        "latest": ("ci", "at"),
        "snapshot": ("ci", "at"),
        "aggregate": ("ci", "agg", "start", "end"),
        "top_n": ("agg", "start", "end"),
        "fleet": ("agg", "start", "end"),
        "threshold": ("agg", "cmp", "value", "start", "end"),
        "series": ("ci", "start", "end"),
    },
    "graph_query": {"path": ("ci", "target"), "shared": ("ci", "target")},
    "ci_lookup": {"get": ("name",)},
    "event_query": {
        "list": ("start", "end"),
        "count": ("start", "end"),
        "timeline": ("ci", "start", "end"),
        "problems": ("at",),
    },
}


class PlanRejected(Exception):
    """The plan cannot run; `reason` is shown to the user."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def _reject(code: str, lang: str, value: Any = "") -> PlanRejected:
    return PlanRejected(code, MESSAGES[code][lang if lang in ("ko", "en") else "en"].format(v=value))


def validate(plan: Plan, *, principal: Principal, index: EntityIndex, policy: dict[str, Any]) -> None:
    """Raise PlanRejected when the plan names unknown things, exceeds limits or uses denied tools."""
    lang = plan.lang
    if plan.route in (Route.DIRECT, Route.REJECT):
        return
    if len(plan.steps) > int(policy["max_steps"]):
        raise _reject("too_many_steps", lang, policy["max_steps"])
    allowed = set(policy["allowed_tools"].get(principal.role, []))
    seen: set[str] = set()
    for step in plan.steps:
        if step.tool not in TOOLS:
            raise _reject("unknown_tool", lang, step.tool)
        if step.tool not in allowed:
            raise _reject("tool_denied", lang, step.tool)
        key = step.model_dump_json()
        if key in seen:
            raise _reject("duplicate_step", lang)
        seen.add(key)
        _check_args(step.tool, step.args, lang, index, policy)


def _check_args(
    tool: str, args: dict[str, Any], lang: str, index: EntityIndex, policy: dict[str, Any]
) -> None:
    for required in _REQUIRED.get(tool, {}).get(args.get("op", ""), ()):
        if args.get(required) in (None, ""):
            raise _reject("missing_arg", lang, required)
    for key in ("ci", "target", "name"):
        if key in args and str(args[key]).lower() not in index.ci_types:
            raise _reject("unknown_ci", lang, args[key])
    if tool == "metric_query" and args.get("op") != "snapshot" and not args.get("metric"):
        raise _reject("missing_arg", lang, "metric")
    if "metric" in args and args["metric"] not in index.metric_units:
        raise _reject("unknown_metric", lang, args["metric"])
    for key, value in (args.get("filters") or {}).items():
        if key in _ALLOWED_VALUES and value not in _ALLOWED_VALUES[key]:
            raise _reject("bad_value", lang, f"{key}={value}")
    for rel in args.get("rel_types") or []:
        if rel not in RELATION_TYPES:
            raise _reject("bad_value", lang, rel)
    for ci_type in args.get("types") or []:
        if ci_type not in CI_TYPES:
            raise _reject("bad_value", lang, ci_type)
    severities = args.get("severity") or []
    for severity in [severities] if isinstance(severities, str) else severities:
        if severity not in SEVERITIES:
            raise _reject("bad_value", lang, severity)
    if args.get("min_severity") and args["min_severity"] not in SEVERITIES:
        raise _reject("bad_value", lang, args["min_severity"])
    if "start" in args and "end" in args:
        try:
            start, end = datetime.fromisoformat(args["start"]), datetime.fromisoformat(args["end"])
        except (TypeError, ValueError) as exc:
            raise _reject("bad_window", lang) from exc
        hours = (end - start).total_seconds() / 3600
        if hours < 0:
            raise _reject("bad_window", lang)
        if hours > float(policy["max_window_hours"]):
            raise _reject("window_too_long", lang, policy["max_window_hours"])
    if int(args.get("depth", 1)) > int(policy["max_graph_depth"]):
        raise _reject("depth_too_deep", lang, policy["max_graph_depth"])


def load_policy(session: Session) -> dict[str, Any]:
    """The published OPS policy asset, falling back to the built-in defaults."""
    try:
        from services.asset_registry.service import published_content
    except ImportError:
        return DEFAULT_POLICY
    try:
        content = published_content(session, "policy", "ops.policy")
    except Exception:
        return DEFAULT_POLICY
    return {**DEFAULT_POLICY, **(content or {})}

"""Workflow logic: ordered steps that call other APIs, mapping earlier results into later parameters.

Body (JSON): `{"steps": [{"id", "api", "params"?, "when"?, "stop_on_error"?}], "result"?}`. A step's
params are rendered against `{"params": …, "steps": {id: {"rows", "row_count", "columns", "status"}}}`
(`{{steps.find.rows[0].id}}`); `when` is `{"path", "op", "value"?}` and skips the step when false;
a failed step stops the run unless `stop_on_error` is false. The result is the table of the step named
by `result` (default: the last step that ran). Calls go through the service (`RunRequest.call_api`),
which checks permissions, logs each call and refuses cycles and excessive depth.
"""

from __future__ import annotations

import json
import re
from typing import Any

from services.api_manager import templates
from services.api_manager.executors import ExecutionResult, RunRequest
from services.api_manager.sql_findings import Finding

MAX_STEPS = 20
STEP_ID = re.compile(r"^[A-Za-z_]\w{0,39}$")
OPERATORS = ("==", "!=", ">", ">=", "<", "<=", "exists", "not_exists", "contains")


def parse_workflow(body: str) -> tuple[dict[str, Any] | None, list[Finding]]:
    """The workflow spec, or findings (JSON errors with positions)."""
    try:
        spec = json.loads(body)
    except json.JSONDecodeError as exc:
        return None, [Finding("invalid_json", exc.msg, exc.lineno, exc.colno, exc.pos, exc.pos + 1)]
    steps = spec.get("steps") if isinstance(spec, dict) else None
    if not isinstance(steps, list) or not steps:
        return None, [Finding("invalid_spec", "a workflow needs a non-empty 'steps' list")]
    problems: list[Finding] = []
    if len(steps) > MAX_STEPS:
        problems.append(Finding("invalid_spec", f"at most {MAX_STEPS} steps"))
    seen: set[str] = set()
    for index, step in enumerate(steps, start=1):
        problems += _step_problems(index, step, seen)
    result = spec.get("result")
    if result is not None and result not in seen:
        problems.append(Finding("invalid_spec", f"'result' names no step: {result}"))
    return (None if problems else spec), problems


def _step_problems(index: int, step: Any, seen: set[str]) -> list[Finding]:
    if not isinstance(step, dict):
        return [Finding("invalid_spec", f"step {index} must be an object")]
    problems = []
    step_id = step.get("id")
    if not isinstance(step_id, str) or not STEP_ID.match(step_id):
        problems.append(Finding("invalid_spec", f"step {index}: 'id' must be a name like load_ci"))
    elif step_id in seen:
        problems.append(Finding("invalid_spec", f"step {index}: id '{step_id}' is used twice"))
    if not isinstance(step.get("api"), str) or not step["api"]:
        problems.append(Finding("invalid_spec", f"step {index}: 'api' (a slug) is required"))
    if not isinstance(step.get("params", {}), dict):
        problems.append(Finding("invalid_spec", f"step {index}: 'params' must be an object"))
    for path in templates.names_in(json.dumps(step.get("params", {}))):
        ref = path.split(".")
        if ref[0] == "steps" and (len(ref) < 2 or ref[1].split("[")[0] not in seen):
            problems.append(
                Finding("invalid_spec", f"step {index}: '{{{{{path}}}}}' refers to a later or unknown step")
            )
    when = step.get("when")
    if when is not None and (
        not isinstance(when, dict) or when.get("op") not in OPERATORS or "path" not in when
    ):
        problems.append(
            Finding(
                "invalid_spec", f"step {index}: 'when' needs 'path' and an 'op' of {', '.join(OPERATORS)}"
            )
        )
    if isinstance(step_id, str):
        seen.add(step_id)
    return problems


def referenced_slugs(body: str) -> list[str]:
    """The API slugs a workflow body calls (for cycle checks when saving)."""
    try:
        spec = json.loads(body)
    except json.JSONDecodeError:
        return []
    steps = spec.get("steps") if isinstance(spec, dict) else None
    return [
        step["api"] for step in steps or [] if isinstance(step, dict) and isinstance(step.get("api"), str)
    ]


def _holds(when: dict[str, Any], context: dict[str, Any]) -> bool:
    try:
        value = templates.lookup(when["path"], context)
    except templates.TemplateError:
        value, present = None, False
    else:
        present = True
    op, expected = when["op"], when.get("value")
    if op in ("exists", "not_exists"):
        return present == (op == "exists")
    try:
        comparisons = {
            "==": lambda: value == expected,
            "!=": lambda: value != expected,
            ">": lambda: value > expected,
            ">=": lambda: value >= expected,
            "<": lambda: value < expected,
            "<=": lambda: value <= expected,
            "contains": lambda: expected in value,
        }
        return bool(comparisons[op]())
    except TypeError:
        return False


class WorkflowExecutor:
    """Workflow logic type."""

    logic_type = "workflow"

    def check(self, body: str) -> list[Finding]:
        return parse_workflow(body)[1]

    def run(self, request: RunRequest) -> ExecutionResult:
        spec, problems = parse_workflow(request.body)
        if spec is None:
            return ExecutionResult.failed("rejected", "; ".join(p.message for p in problems))
        if request.call_api is None:
            return ExecutionResult.failed("error", "workflows run only through the API service")
        context: dict[str, Any] = {"params": request.params, "steps": {}}
        results: dict[str, ExecutionResult] = {}
        trace: list[dict[str, Any]] = []
        last: str | None = None
        for step in spec["steps"]:
            if step.get("when") and not _holds(step["when"], context):
                trace.append({"step": step["id"], "status": "skipped"})
                continue
            try:
                params = templates.render_value(step.get("params", {}), context)
            except templates.TemplateError as exc:
                result = ExecutionResult.failed("error", str(exc))
            else:
                result = request.call_api(step["api"], params, request.depth + 1)
            results[step["id"]], last = result, step["id"]
            context["steps"][step["id"]] = {
                "rows": result.records(),
                "row_count": result.row_count,
                "columns": result.columns,
                "status": result.status,
            }
            trace.append(
                {"step": step["id"], "api": step["api"], "status": result.status, "rows": result.row_count}
            )
            if not result.ok and step.get("stop_on_error", True):
                failed = ExecutionResult.failed("error", f"step '{step['id']}' failed: {result.error}")
                failed.details["steps"] = trace
                return failed
        chosen = results.get(spec.get("result") or last or "")
        if chosen is None:
            return ExecutionResult(details={"steps": trace})
        return ExecutionResult(
            columns=chosen.columns,
            rows=chosen.rows[: request.row_limit],
            truncated=chosen.truncated or chosen.row_count > request.row_limit,
            details={"steps": trace},
        )

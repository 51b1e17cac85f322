"""Running APIs: calls (by id or slug) and dry-runs of unsaved drafts (test cases: `cases`; the log: `logs`).

Every run checks `apis:execute`, the API's allowed roles and required scopes, its per-minute rate
limit (counted from the log, so it holds across replicas, plus this process's rows still queued) and
its parameter schema, then hands the version's content to the logic type's executor and records
caller, version, parameters (secrets redacted), status, error, duration and rows through the batching
log writer (`exec_log`). Published versions come from the in-process cache (`published`). Calls serve the published version; writers may run any
version. Workflow steps come back through `_call` with the call stack, so cycles and depth are refused.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.api_manager import exec_log, published, reads, service
from services.api_manager import params as param_schema
from services.api_manager import settings as keys
from services.api_manager.executors import ExecutionResult, RunRequest, executor_for
from services.api_manager.models import EXECUTE, WRITE, Api, ApiContent
from services.core import audit, crypto, settings_registry
from services.core.clock import utcnow
from services.core.errors import Forbidden, Locked, NotFound, ValidationFailed
from services.core.security import Principal, require

COUNTED_MODES = ("call", "workflow", "cep", "ops")


def result_view(
    result: ExecutionResult, *, duration_ms: float, version: int | None, execution_id: int | None
) -> dict[str, Any]:
    return {
        "status": result.status,
        "columns": result.columns,
        "rows": result.rows,
        "row_count": result.row_count,
        "truncated": result.truncated,
        "duration_ms": round(duration_ms, 3),
        "error": result.error,
        "version": version,
        "execution_id": execution_id,
        "stdout": result.stdout[:20_000],
        "stderr": result.stderr[:20_000],
        "details": result.details,
    }


def check_caller(actor: Principal, api: Api) -> None:
    """403 unless the caller may execute this API (permission, role list, key scopes)."""
    require(actor, EXECUTE)
    if api.allowed_roles and actor.role not in api.allowed_roles:
        raise Forbidden(
            f"role '{actor.role}' may not call '{api.slug}'",
            details={"permission": "role"},
            key="api_role_denied",
            params={"role": actor.role},
        )
    for scope in api.required_scopes:
        require(actor, scope)


def _log_row(
    api: Api | None,
    *,
    mode: str,
    actor: Principal,
    version: int | None,
    params: dict[str, Any],
    **outcome: Any,
) -> dict[str, Any]:
    """An `api_executions` row (without id): who ran which version with what, and `outcome` (status…)."""
    return {
        "api_id": api.id if api else None,
        "version": version,
        "mode": mode,
        "caller": actor.username,
        "via": actor.via,
        "params": params,
        "error": None,
        "duration_ms": 0.0,
        "row_count": 0,
        "truncated": False,
        "ts": utcnow(),
        **outcome,
    }


def _check_rate(session: Session, api: Api, actor: Principal, mode: str) -> None:
    if mode not in COUNTED_MODES or api.rate_limit_per_minute <= 0:
        return
    since = utcnow() - timedelta(minutes=1)
    used = session.execute(
        text(
            "SELECT count(*) FROM api_executions WHERE api_id = :a AND ts > :since "
            "AND status <> 'rate_limited' AND mode IN ('call', 'workflow', 'cep', 'ops')"
        ),
        {"a": api.id, "since": since},
    ).scalar_one()
    # runs this process has queued but not written yet count too (other replicas' are ≤ 0.1 s behind)
    used += exec_log.WRITER.queued_runs(api_id=api.id, since=since, modes=COUNTED_MODES)
    if used >= api.rate_limit_per_minute:
        # logged by the writer, outside the caller's transaction, which fails
        exec_log.WRITER.record(
            _log_row(
                api,
                mode=mode,
                actor=actor,
                version=None,
                params={},
                status="rate_limited",
                error="rate limit",
            )
        )
        raise Locked(
            f"'{api.slug}' allows {api.rate_limit_per_minute} calls per minute",
            details={"retry_after_s": 60},
            key="api_rate_limited",
            params={"limit": api.rate_limit_per_minute},
        )


def _limits(content: dict[str, Any]) -> tuple[int, int]:
    ceiling = int(settings_registry.get(keys.MAX_TIMEOUT_MS))
    return min(int(content.get("timeout_ms", 3000)), ceiling), min(int(content.get("row_limit", 200)), 1000)


def _run(
    session: Session,
    *,
    actor: Principal,
    api: Api | None,
    logic_type: str,
    content: dict[str, Any],
    params: dict[str, Any],
    mode: str,
    version: int | None,
    stack: tuple[str, ...],
) -> dict[str, Any]:
    schema = content.get("params_schema") or {}
    checked = param_schema.validated(params, schema)
    timeout_ms, row_limit = _limits(content)
    secrets = {name: crypto.decrypt(value) for name, value in (api.secrets if api else {}).items()}
    request = RunRequest(
        body=str(content.get("body", "")),
        params=checked,
        timeout_ms=timeout_ms,
        row_limit=row_limit,
        secrets=secrets,
        call_api=lambda slug, step_params, depth: _call(
            session, actor=actor, slug=slug, params=step_params, stack=stack
        ),
        depth=len(stack),
    )
    started = time.perf_counter()
    result = executor_for(logic_type).run(request)
    duration = (time.perf_counter() - started) * 1000
    row = _log_row(
        api,
        mode=mode,
        actor=actor,
        version=version,
        params=audit.redact(param_schema.redacted(checked, schema)),
        status=result.status,
        error=(result.error or None) and str(result.error)[:2000],
        duration_ms=round(duration, 3),
        row_count=result.row_count,
        truncated=result.truncated,
    )
    execution_id = exec_log.WRITER.record(row)
    return result_view(result, duration_ms=duration, version=version, execution_id=execution_id)


def _call(
    session: Session, *, actor: Principal, slug: str, params: dict[str, Any], stack: tuple[str, ...]
) -> ExecutionResult:
    """A workflow step: the callee's published version, with cycle and depth checks; never raises."""
    if slug in stack:
        return ExecutionResult.failed("rejected", f"cycle: {' → '.join([*stack, slug])}")
    if len(stack) >= int(settings_registry.get(keys.WORKFLOW_MAX_DEPTH)):
        return ExecutionResult.failed("rejected", f"workflows nest deeper than {len(stack)} levels")
    try:
        view = execute(session, actor=actor, slug=slug, params=params, mode="workflow", stack=stack)
    except (NotFound, Forbidden, ValidationFailed, Locked) as exc:
        return ExecutionResult.failed("rejected", exc.message)
    result = ExecutionResult(
        status=view["status"],
        columns=view["columns"],
        rows=view["rows"],
        truncated=view["truncated"],
        error=view["error"],
    )
    return result


def execute(
    session: Session,
    *,
    actor: Principal,
    api_id: int | None = None,
    slug: str | None = None,
    params: dict[str, Any] | None = None,
    from_query_string: bool = False,
    mode: str = "call",
    version: int | None = None,
    stack: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Run an API (its published version, or `version` for writers) and log the run."""
    if version is None:
        api, found = published.CACHE.lookup(session, api_id=api_id, slug=slug)
    else:
        api, found = reads.api_and_version(session, api_id=api_id, slug=slug, version=version)
    check_caller(actor, api)
    if version is not None and version != api.published_version:
        require(actor, WRITE)
    number = version or api.published_version
    if number is None:
        raise NotFound(
            f"'{api.slug}' has no published version", key="api_not_published", params={"slug": api.slug}
        )
    if found is None:
        raise NotFound(
            f"API {api.slug} has no version {number}", key="api_version_not_found", params={"version": number}
        )
    content = found.content
    raw = params or {}
    if from_query_string:
        raw = param_schema.coerce_strings(raw, content.get("params_schema") or {})
    _check_rate(session, api, actor, mode)
    return _run(
        session,
        actor=actor,
        api=api,
        logic_type=api.logic_type,
        content=content,
        params=raw,
        mode=mode,
        version=number,
        stack=(*stack, api.slug),
    )


def dry_run(
    session: Session,
    *,
    actor: Principal,
    logic_type: str,
    content: ApiContent,
    params: dict[str, Any],
    api_id: int | None = None,
) -> dict[str, Any]:
    """Run unsaved content (the editor's draft); the run is logged as a dry run."""
    require(actor, WRITE)
    require(actor, EXECUTE)
    api = reads.get_row(session, api_id) if api_id is not None else None
    if api is not None and api.logic_type != logic_type:
        raise ValidationFailed("logic_type differs from the API's", details={"field": "logic_type"})
    stored = service.normalized_content(content)
    stack = (api.slug,) if api else ()
    return _run(
        session,
        actor=actor,
        api=api,
        logic_type=logic_type,
        content=stored,
        params=params,
        mode="dry_run",
        version=None,
        stack=stack,
    )

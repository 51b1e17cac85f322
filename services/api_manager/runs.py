"""Running APIs: calls (by id or slug), dry-runs of unsaved drafts, test cases, the execution log, latency.

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
from typing import Any, cast

from sqlalchemy import text
from sqlmodel import Session, col, select

from services.api_manager import exec_log, published, service
from services.api_manager import params as param_schema
from services.api_manager import settings as keys
from services.api_manager.executors import ExecutionResult, RunRequest, executor_for
from services.api_manager.models import Api, ApiContent, ApiExecution, ApiTestCase
from services.core import audit, crypto, settings_registry
from services.core.clock import utcnow
from services.core.errors import Forbidden, Locked, NotFound, ValidationFailed
from services.core.pagination import Page, paginate
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
    require(actor, service.EXECUTE)
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
        api, found = service.api_and_version(session, api_id=api_id, slug=slug, version=version)
    check_caller(actor, api)
    if version is not None and version != api.published_version:
        require(actor, service.WRITE)
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
    require(actor, service.WRITE)
    require(actor, service.EXECUTE)
    api = service.get_row(session, api_id) if api_id is not None else None
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


# --- test cases ------------------------------------------------------------------------------------------


def case_view(case: ApiTestCase) -> dict[str, Any]:
    return {
        "id": case.id,
        "name": case.name,
        "params": case.params,
        "expect": case.expect,
        "last_result": case.last_result,
        "last_run_at": case.last_run_at.isoformat() if case.last_run_at else None,
    }


def list_cases(session: Session, *, actor: Principal, api_id: int) -> list[dict[str, Any]]:
    require(actor, service.READ)
    service.get_row(session, api_id)
    rows = session.exec(
        select(ApiTestCase).where(ApiTestCase.api_id == api_id).order_by(col(ApiTestCase.id))
    ).all()
    return [case_view(row) for row in rows]


def add_case(
    session: Session,
    *,
    actor: Principal,
    api_id: int,
    name: str,
    params: dict[str, Any],
    expect: dict[str, Any],
) -> ApiTestCase:
    require(actor, service.WRITE)
    service.get_row(session, api_id)
    case = ApiTestCase(
        api_id=api_id, name=name.strip(), params=params, expect=expect, created_by=actor.username
    )
    session.add(case)
    session.flush()
    audit.record(
        session,
        actor=actor.username,
        action="api.test_case.create",
        entity_type="api_test_case",
        entity_id=case.id,
        after=case_view(case),
    )
    return case


def delete_case(session: Session, *, actor: Principal, api_id: int, case_id: int) -> None:
    require(actor, service.WRITE)
    case = session.get(ApiTestCase, case_id)
    if case is None or case.api_id != api_id:
        raise NotFound(f"test case {case_id} not found")
    session.delete(case)
    audit.record(
        session,
        actor=actor.username,
        action="api.test_case.delete",
        entity_type="api_test_case",
        entity_id=case_id,
        before=case_view(case),
    )


def expectation_failures(expect: dict[str, Any], result: dict[str, Any]) -> list[str]:
    """Why `result` does not meet `expect` ({status, row_count | {min,max}, columns, values})."""
    failures = []
    wanted_status = expect.get("status", "ok")
    if result["status"] != wanted_status:
        failures.append(
            f"status {result['status']} ≠ {wanted_status}"
            + (f" ({result['error']})" if result["error"] else "")
        )
    count = expect.get("row_count")
    if isinstance(count, int) and result["row_count"] != count:
        failures.append(f"row_count {result['row_count']} ≠ {count}")
    if isinstance(count, dict):
        if "min" in count and result["row_count"] < count["min"]:
            failures.append(f"row_count {result['row_count']} < {count['min']}")
        if "max" in count and result["row_count"] > count["max"]:
            failures.append(f"row_count {result['row_count']} > {count['max']}")
    for column in expect.get("columns") or []:
        if column not in result["columns"]:
            failures.append(f"column '{column}' missing")
    for check in expect.get("values") or []:
        row, column = int(check.get("row", 0)), check.get("column")
        try:
            actual = result["rows"][row][result["columns"].index(column)]
        except (IndexError, ValueError):
            failures.append(f"no value at row {row}, column '{column}'")
            continue
        if actual != check.get("equals"):
            failures.append(f"row {row} '{column}' = {actual!r} ≠ {check.get('equals')!r}")
    return failures


def run_tests(
    session: Session,
    *,
    actor: Principal,
    api_id: int,
    case_ids: list[int] | None = None,
    version: int | None = None,
    adhoc: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Run stored cases (all, or `case_ids`) and/or ad-hoc ones against a version (default: latest)."""
    require(actor, service.WRITE)
    api = service.get_row(session, api_id)
    row = service.version_row(session, api, version)
    query = select(ApiTestCase).where(ApiTestCase.api_id == api_id).order_by(col(ApiTestCase.id))
    if case_ids:
        query = query.where(col(ApiTestCase.id).in_(case_ids))
    cases: list[tuple[ApiTestCase | None, str, dict[str, Any], dict[str, Any]]] = [
        (case, case.name, case.params, case.expect) for case in session.exec(query).all()
    ]
    cases += [(None, c["name"], c.get("params", {}), c.get("expect", {})) for c in adhoc or []]
    results = []
    for case, name, case_params, expect in cases:
        try:
            result = _run(
                session,
                actor=actor,
                api=api,
                logic_type=api.logic_type,
                content=row.content,
                params=case_params,
                mode="test",
                version=row.version,
                stack=(api.slug,),
            )
        except ValidationFailed as exc:
            failed = ExecutionResult.failed("rejected", exc.message)
            result = result_view(failed, duration_ms=0, version=row.version, execution_id=None)
        failures = expectation_failures(expect, result)
        results.append(
            {
                "case_id": case.id if case else None,
                "name": name,
                "passed": not failures,
                "failures": failures,
                "result": result,
            }
        )
        if case is not None:
            case.last_result = {
                "passed": not failures,
                "failures": failures,
                "version": row.version,
                "status": result["status"],
                "row_count": result["row_count"],
            }
            case.last_run_at = utcnow()
            session.add(case)
    passed = sum(1 for r in results if r["passed"])
    return {"version": row.version, "passed": passed, "failed": len(results) - passed, "results": results}


# --- execution log ---------------------------------------------------------------------------------------


def log_view(row: ApiExecution) -> dict[str, Any]:
    return {
        "id": row.id,
        "ts": row.ts.isoformat() if row.ts else None,
        "version": row.version,
        "mode": row.mode,
        "caller": row.caller,
        "via": row.via,
        "params": row.params,
        "status": row.status,
        "error": row.error,
        "duration_ms": row.duration_ms,
        "row_count": row.row_count,
        "truncated": row.truncated,
    }


def execution_logs(
    session: Session,
    *,
    actor: Principal,
    api_id: int,
    limit: int,
    cursor: str | None,
    status: str | None = None,
) -> Page:
    """The API's runs, newest first."""
    require(actor, service.READ)
    exec_log.WRITER.flush()
    service.get_row(session, api_id)
    query = select(ApiExecution).where(ApiExecution.api_id == api_id)
    if status:
        query = query.where(ApiExecution.status == status)
    return paginate(
        session,
        query,
        keys=[cast(Any, col(ApiExecution.id))],
        limit=limit,
        cursor=cursor,
        descending=True,
        to_item=log_view,
    )


def latency(session: Session, *, actor: Principal, api_id: int, window_minutes: int = 60) -> dict[str, Any]:
    """Calls, errors, p50 and p95 duration of the API's runs in the last `window_minutes`."""
    require(actor, service.READ)
    exec_log.WRITER.flush()
    service.get_row(session, api_id)
    row = session.execute(
        text(
            "SELECT count(*), count(*) FILTER (WHERE status <> 'ok'), "
            "percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms), "
            "percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms) "
            "FROM api_executions WHERE api_id = :a AND ts > :since AND status <> 'rate_limited'"
        ),
        {"a": api_id, "since": utcnow() - timedelta(minutes=window_minutes)},
    ).one()
    return {
        "window_minutes": window_minutes,
        "calls": int(row[0]),
        "errors": int(row[1]),
        "p50_ms": round(row[2], 3) if row[2] is not None else None,
        "p95_ms": round(row[3], 3) if row[3] is not None else None,
    }


def latency_series(
    session: Session, *, actor: Principal, api_id: int, limit: int = 200
) -> list[dict[str, Any]]:
    """The last runs' (time, duration, status), oldest first (the latency chart)."""
    require(actor, service.READ)
    exec_log.WRITER.flush()
    rows = session.exec(
        select(ApiExecution)
        .where(ApiExecution.api_id == api_id)
        .order_by(col(ApiExecution.id).desc())
        .limit(limit)
    ).all()
    return [
        {"ts": r.ts.isoformat() if r.ts else None, "duration_ms": r.duration_ms, "status": r.status}
        for r in reversed(rows)
    ]

"""An API's test cases: parameters and expectations (status, row count, values), run one by one against a
version, each result stored on its case."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from services.api_manager import reads
from services.api_manager.executors import ExecutionResult
from services.api_manager.models import READ, WRITE, ApiTestCase
from services.api_manager.runs import _run, result_view
from services.core import audit
from services.core.clock import utcnow
from services.core.errors import NotFound, ValidationFailed
from services.core.security import Principal, require


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
    require(actor, READ)
    reads.get_row(session, api_id)
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
    require(actor, WRITE)
    reads.get_row(session, api_id)
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
    require(actor, WRITE)
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
    require(actor, WRITE)
    api = reads.get_row(session, api_id)
    row = reads.version_row(session, api, version)
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

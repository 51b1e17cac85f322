"""API MANAGER REST: the seed's endpoints under /api/api-manager, and published APIs at /api/x/{slug}.

A run answers 200 when it succeeded, 422 when the logic refused it (unsafe SQL, blocked address),
502 when the logic failed and 504 on a timeout, always with the run's body (status, error, rows).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from services.api_manager import cases, logs, reads, runs, service
from services.api_manager.executors.sql import check_sql, explain_warnings
from services.api_manager.models import (
    EXECUTE,
    READ,
    WRITE,
    ApiCreate,
    ApiDetail,
    ApiRead,
    ApiUpdate,
    DryRunBody,
    ExecuteBody,
    ExecutionLogRead,
    ExecutionResultRead,
    LatencyStats,
    RollbackBody,
    SqlVerdict,
    TestCaseBody,
    TestCaseRead,
    TestRunBody,
    TestRunRead,
    ValidateSqlBody,
    VersionDiff,
    VersionRead,
)
from services.core.errors import ValidationFailed
from services.core.pagination import Page
from services.core.security import Principal
from spa_ai.api.deps import CallerDep, PageQuery, Requires, SessionDep

router = APIRouter(prefix="/api/api-manager", tags=["api-manager"])
published = APIRouter(prefix="/api/x", tags=["published APIs"])

Reader = Annotated[Principal, Requires(READ)]
Writer = Annotated[Principal, Requires(WRITE)]
Runner = Annotated[Principal, Requires(EXECUTE)]
HTTP_STATUS = {"ok": 200, "rejected": 422, "error": 502, "timeout": 504}
RUN_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ExecutionResultRead, "description": f"run {status}"}
    for status, code in HTTP_STATUS.items()
    if code != 200
}


class ApiFull(ApiDetail):
    test_cases: list[TestCaseRead]


class VersionsRead(BaseModel):
    items: list[VersionRead]
    diff: VersionDiff | None = None


class ExecutionLogPage(Page[ExecutionLogRead]):
    stats: LatencyStats
    latency: list[dict[str, Any]] = Field(
        default_factory=list, description="the last runs: ts, duration_ms, status"
    )


class ApiWrite(ApiUpdate):
    publish_version: int | None = Field(default=None, ge=1, description="publish this existing version")
    test_cases: list[TestCaseBody] | None = Field(
        default=None, max_length=50, description="replace the stored test cases"
    )


def _run_response(view: dict[str, Any]) -> JSONResponse:
    return JSONResponse(
        ExecutionResultRead.model_validate(view).model_dump(mode="json"), HTTP_STATUS.get(view["status"], 200)
    )


def _full(session: SessionDep, caller: Principal, api_id: int, version: int | None = None) -> dict[str, Any]:
    detail = reads.get_api(session, actor=caller, api_id=api_id, version=version)
    return {**detail, "test_cases": cases.list_cases(session, actor=caller, api_id=api_id)}


@router.get("/apis", response_model=Page[ApiRead])
def list_apis(
    caller: Reader,
    session: SessionDep,
    page: PageQuery,
    q: str | None = Query(None, max_length=100, description="text in name, slug or description"),
    logic_type: str | None = Query(None, pattern="^(sql|http|python|script|workflow)$"),
    tag: str | None = Query(None, max_length=60),
) -> Page:
    """APIs, newest first."""
    return reads.list_apis(
        session, actor=caller, limit=page.limit, cursor=page.cursor, search=q, logic_type=logic_type, tag=tag
    )


@router.post("/apis", status_code=201, response_model=ApiFull)
def create_api(body: ApiCreate, caller: Writer, session: SessionDep) -> dict[str, Any]:
    """Create an API; its content becomes version 1 (a draft until published)."""
    api = service.create_api(session, actor=caller, body=body)
    assert api.id is not None
    return _full(session, caller, api.id)


@router.get("/{api_id}", response_model=ApiFull)
def get_api(
    api_id: int, caller: Reader, session: SessionDep, version: int | None = Query(None, ge=1)
) -> dict[str, Any]:
    """One API with the content of `version` (default: the latest) and its test cases."""
    return _full(session, caller, api_id, version)


@router.put("/apis/{api_id}", response_model=ApiFull)
def update_api(api_id: int, body: ApiWrite, caller: Writer, session: SessionDep) -> dict[str, Any]:
    """Save: metadata, new content (a new version when it differs), test cases; optionally publish."""
    update = ApiUpdate.model_validate(
        body.model_dump(exclude={"publish_version", "test_cases"}, exclude_unset=True)
    )
    service.update_api(session, actor=caller, api_id=api_id, body=update)
    if body.publish_version is not None:
        service.publish(session, actor=caller, api_id=api_id, version=body.publish_version)
    if body.test_cases is not None:
        for case in cases.list_cases(session, actor=caller, api_id=api_id):
            cases.delete_case(session, actor=caller, api_id=api_id, case_id=case["id"])
        for case_body in body.test_cases:
            cases.add_case(session, actor=caller, api_id=api_id, **case_body.model_dump())
    return _full(session, caller, api_id)


@router.delete("/apis/{api_id}", status_code=204)
def delete_api(api_id: int, caller: Writer, session: SessionDep) -> None:
    """Soft delete: gone from lists and calls, history kept."""
    service.delete_api(session, actor=caller, api_id=api_id)


@router.post("/apis/{api_id}/execute", response_model=ExecutionResultRead, responses=RUN_RESPONSES)
def execute(api_id: int, body: ExecuteBody, caller: Runner, session: SessionDep) -> JSONResponse:
    """Run the published version (or `version`, for writers) with `params`; the run is logged."""
    return _run_response(
        runs.execute(session, actor=caller, api_id=api_id, params=body.params, version=body.version)
    )


@router.post("/{api_id}/validate-sql", response_model=SqlVerdict)
def validate_sql(api_id: int, body: ValidateSqlBody, caller: Reader, session: SessionDep) -> dict[str, Any]:
    """The validator's verdict on `sql` (default: the latest body), with EXPLAIN warnings when safe."""
    detail = reads.get_api(session, actor=caller, api_id=api_id)
    if detail["logic_type"] != "sql":
        raise ValidationFailed(
            "this API's logic is not SQL", details={"field": "logic_type"}, key="api_not_sql"
        )
    sql = body.sql if body.sql is not None else str(detail["content"]["body"])
    verdict = check_sql(sql)
    view = verdict.to_dict()
    if verdict.is_safe and body.explain:
        view["warnings"] = [
            *view["warnings"],
            *(w.__dict__ for w in explain_warnings(sql, row_limit=int(detail["content"]["row_limit"]))),
        ]
    return view


@router.post("/{api_id}/test", response_model=TestRunRead)
def run_tests(api_id: int, body: TestRunBody, caller: Writer, session: SessionDep) -> dict[str, Any]:
    """Run the stored test cases (or `case_ids`, plus ad-hoc `cases`) against a version (default: latest)."""
    adhoc = [case.model_dump() for case in body.cases] if body.cases else None
    return cases.run_tests(
        session, actor=caller, api_id=api_id, case_ids=body.case_ids, version=body.version, adhoc=adhoc
    )


@router.get("/{api_id}/versions", response_model=VersionsRead)
def versions(
    api_id: int,
    caller: Reader,
    session: SessionDep,
    diff_from: int | None = Query(None, ge=1, description="with diff_to: a unified diff of the two"),
    diff_to: int | None = Query(None, ge=1),
) -> dict[str, Any]:
    """Every version (newest first); with `diff_from` and `diff_to`, their diff."""
    view: dict[str, Any] = {"items": reads.list_versions(session, actor=caller, api_id=api_id)}
    if diff_from is not None and diff_to is not None:
        text = reads.diff(session, actor=caller, api_id=api_id, from_version=diff_from, to_version=diff_to)
        view["diff"] = {"from_version": diff_from, "to_version": diff_to, "diff": text}
    return view


@router.post("/{api_id}/rollback", response_model=VersionRead)
def rollback(api_id: int, body: RollbackBody, caller: Writer, session: SessionDep) -> dict[str, Any]:
    """A new version equal to `version`, published unless `publish` is false."""
    row = service.rollback(
        session,
        actor=caller,
        api_id=api_id,
        version=body.version,
        message=body.message,
        publish_it=body.publish,
    )
    api = reads.get_row(session, api_id)
    return reads.version_view(row, api.published_version, with_content=True)


@router.get("/apis/{api_id}/execution-logs", response_model=ExecutionLogPage)
def execution_logs(
    api_id: int,
    caller: Reader,
    session: SessionDep,
    page: PageQuery,
    status: str | None = Query(None, pattern="^(ok|error|timeout|rejected|rate_limited)$"),
    window_minutes: int = Query(60, ge=1, le=10_080, description="window of the p50/p95 figures"),
) -> dict[str, Any]:
    """Runs newest first, with p50/p95 latency over the window and the recent latency series."""
    found = logs.execution_logs(
        session, actor=caller, api_id=api_id, limit=page.limit, cursor=page.cursor, status=status
    )
    stats = logs.latency(session, actor=caller, api_id=api_id, window_minutes=window_minutes)
    series = logs.latency_series(session, actor=caller, api_id=api_id)
    return {**found.model_dump(), "stats": stats, "latency": series}


@router.post("/dry-run", response_model=ExecutionResultRead, responses=RUN_RESPONSES)
def dry_run(body: DryRunBody, caller: Writer, session: SessionDep) -> JSONResponse:
    """Run unsaved content (needs apis:write and apis:execute); logged as a dry run."""
    view = runs.dry_run(
        session,
        actor=caller,
        logic_type=body.logic_type,
        content=body.content,
        params=body.params,
        api_id=body.api_id,
    )
    return _run_response(view)


@published.get("/{slug}", response_model=ExecutionResultRead, responses=RUN_RESPONSES)
def call_get(slug: str, request: Request, caller: CallerDep, session: SessionDep) -> JSONResponse:
    """Call a published API with query parameters (coerced to the declared types). Send `X-API-Key`."""
    raw: dict[str, Any] = {}
    for key, value in request.query_params.multi_items():
        raw[key] = (
            [*raw[key], value]
            if isinstance(raw.get(key), list)
            else ([raw[key], value] if key in raw else value)
        )
    return _run_response(runs.execute(session, actor=caller, slug=slug, params=raw, from_query_string=True))


@published.post("/{slug}", response_model=ExecutionResultRead, responses=RUN_RESPONSES)
def call_post(
    slug: str, caller: CallerDep, session: SessionDep, body: dict[str, Any] | None = None
) -> JSONResponse:
    """Call a published API with a JSON object of parameters. Send `X-API-Key`."""
    return _run_response(runs.execute(session, actor=caller, slug=slug, params=body or {}))

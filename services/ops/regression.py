"""Regression Watch: golden queries asked again and compared with their expectation and baseline.

`run_watch(session, tags=...)` asks every enabled golden query (with its pinned clock, if any) through the
real OPS pipeline, scores the answer against the query's expectation (the golden file's rules,
services/ops/golden_score.py) and diffs its fingerprint against the stored baseline. A query without a
baseline that meets its expectation becomes `new` and stores one; one that misses its expectation or
differs from its baseline is a regression. After the run's transaction commits, every hook in
`ON_REGRESSION` is called with the run (the CEP channels plug in there) and the latest run shows in
"what is wrong now" through `problems`. Accepting a result as the new baseline is audited.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import text
from sqlmodel import Session, col, select

from services.core import audit
from services.core.clock import utcnow
from services.core.errors import NotFound, ValidationFailed
from services.core.on_commit import on_commit
from services.core.registry import Problem
from services.core.security import SYSTEM, Principal, require
from services.core.settings import get_settings
from services.ops import service as ops
from services.ops.golden_score import score
from services.ops.regression_diff import DEFAULT_TOL_REL, diff, fingerprint
from services.ops.regression_models import (
    GoldenFile,
    GoldenQuery,
    GoldenQueryIn,
    GoldenQueryRead,
    ImportReport,
    WatchResult,
    WatchRun,
)

READ, WRITE = "ops:ask", "ops:watch"
EXPECT_KINDS = frozenset({"number", "names", "rows", "reject", "direct", "root_cause"})
MAX_QUERIES_PER_RUN = 1000
RegressionHook = Callable[[WatchRun], Any]
ON_REGRESSION: list[RegressionHook] = []  # called after commit with a run that found regressions


def _check_expect(expect: dict[str, Any], field: str) -> None:
    if not EXPECT_KINDS & set(expect):
        raise ValidationFailed(
            f"{field}: expect needs one of {', '.join(sorted(EXPECT_KINDS))}", details={"field": field}
        )


def query_view(row: GoldenQuery) -> GoldenQueryRead:
    assert row.id is not None
    return GoldenQueryRead(
        id=row.id,
        key=row.key,
        question=row.question,
        lang=row.lang,
        routes=row.routes,
        expect=row.expect,
        kind=row.kind,
        note=row.note,
        tags=row.tags,
        now=row.pinned_now,
        enabled=row.enabled,
        has_baseline=row.baseline is not None,
        baseline_at=row.baseline_at,
        baseline_by=row.baseline_by,
    )


def _tagged(query: Any, tags: list[str] | None) -> Any:
    return query.where(GoldenQuery.__table__.c.tags.overlap(tags)) if tags else query  # type: ignore[attr-defined]


def list_queries(
    session: Session, *, actor: Principal, tags: list[str] | None = None
) -> list[GoldenQueryRead]:
    """Golden queries by key (those carrying any of `tags`)."""
    require(actor, READ)
    rows = session.exec(_tagged(select(GoldenQuery), tags).order_by(col(GoldenQuery.key))).all()
    return [query_view(r) for r in rows]


def _snapshot(row: GoldenQuery) -> dict[str, Any]:
    return query_view(row).model_dump(mode="json", exclude={"id", "baseline_at", "baseline_by"})


def upsert_query(session: Session, *, actor: Principal, data: GoldenQueryIn) -> GoldenQuery:
    """Create the golden query `data.key` or replace its definition (the baseline stays until accepted)."""
    require(actor, WRITE)
    _check_expect(data.expect, "expect")
    if data.now is not None and data.now.tzinfo is None:
        raise ValidationFailed(
            "now: give a timezone offset, e.g. 2026-03-02T00:00:00Z", details={"field": "now"}
        )
    tags = sorted({t.strip()[:32] for t in data.tags if t.strip()})
    row = session.exec(select(GoldenQuery).where(GoldenQuery.key == data.key).with_for_update()).first()
    before = _snapshot(row) if row else None
    row = row or GoldenQuery(key=data.key, question=data.question)
    for name, value in {
        "question": data.question,
        "lang": data.lang,
        "routes": list(data.routes),
        "expect": data.expect,
        "kind": data.kind,
        "note": data.note,
        "tags": tags,
        "pinned_now": data.now,
        "enabled": data.enabled,
    }.items():
        setattr(row, name, value)
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor.username,
        action="ops.golden.update" if before else "ops.golden.create",
        entity_type="ops_golden_query",
        entity_id=row.key,
        before=before,
        after=_snapshot(row),
    )
    return row


def delete_query(session: Session, *, actor: Principal, key: str) -> None:
    """Remove a golden query with its results."""
    require(actor, WRITE)
    row = session.exec(select(GoldenQuery).where(GoldenQuery.key == key)).first()
    if row is None:
        raise NotFound(f"golden query {key} not found", key="golden_not_found", params={"name": key})
    audit.record(
        session,
        actor=actor.username,
        action="ops.golden.delete",
        entity_type="ops_golden_query",
        entity_id=key,
        before=_snapshot(row),
    )
    session.delete(row)


def _validated(model: Any, data: Any, where: str) -> Any:
    """`model` from `data`; ValidationFailed naming the first bad field (prefixed with `where`)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = where + ".".join(str(p) for p in first.get("loc", ()))
        raise ValidationFailed(f"golden file: {field}: {first.get('msg')}", details={"field": field}) from exc


def _case(case: dict[str, Any], where: str, now: datetime | None, tags: list[str]) -> GoldenQueryIn:
    """A golden file case as a golden query: `id` is the key; tags are its own, else its kind, plus `tags`."""
    own = case.get("tags") or ([case["kind"]] if case.get("kind") else [])
    data = {
        **{k: v for k, v in case.items() if k != "id"},
        "key": case.get("id") or case.get("key"),
        "now": case.get("now") or now,
        "tags": [*own, *tags],
    }
    return _validated(GoldenQueryIn, data, where)


def import_golden(
    session: Session, *, actor: Principal, payload: dict[str, Any], tags: list[str] | None = None
) -> ImportReport:
    """Upsert the cases of a golden JSON file (tests/fixtures/ops-golden-public.json's format).

    A case's tags are its own `tags`, else its `kind`, plus `tags`; the file's `now` pins the clock of
    cases that have none. Nothing is written when any case is invalid.
    """
    require(actor, WRITE)
    golden = _validated(GoldenFile, payload, "")
    cases = [_case(c, f"cases.{i}.", golden.now, tags or []) for i, c in enumerate(golden.cases)]
    for index, case in enumerate(cases):
        _check_expect(case.expect, f"cases.{index}.expect")
    existing = set(session.exec(select(GoldenQuery.key)).all())
    for case in cases:
        upsert_query(session, actor=actor, data=case)
    keys = [c.key for c in cases]
    created = len([k for k in keys if k not in existing])
    return ImportReport(created=created, updated=len(keys) - created, keys=keys)


def export_golden(session: Session, *, actor: Principal, tags: list[str] | None = None) -> dict[str, Any]:
    """The golden queries as a golden JSON file (each case carries its own `now` and `tags`)."""
    rows = list_queries(session, actor=actor, tags=tags)
    moments = {r.now for r in rows}
    common = moments.pop() if len(moments) == 1 else None
    return {
        "dataset": "spa-ai-regression-watch",
        "now": common.isoformat() if common else None,
        "timezone": get_settings().timezone,
        "cases": [
            {
                "id": r.key,
                "lang": r.lang,
                "question": r.question,
                "routes": r.routes,
                "expect": r.expect,
                "kind": r.kind,
                "note": r.note,
                "tags": r.tags,
                "now": r.now.isoformat() if r.now else None,
            }
            for r in rows
        ],
    }


def _universe(session: Session) -> set[str]:
    return {str(n) for n in session.execute(text("SELECT lower(name) FROM cis")).scalars()}


def _judge(
    session: Session, query: GoldenQuery, actor: Principal, universe: set[str]
) -> tuple[WatchResult, dict[str, Any]]:
    """Ask one golden query and compare the answer with its expectation and baseline."""
    started = time.perf_counter()
    now = query.pinned_now or utcnow()
    answer = ops.ask(session, question=query.question, actor=actor, now=now)
    case = {"question": query.question, "routes": query.routes, "expect": query.expect}
    expect_ok, why = score(case, answer, universe)
    snapshot = fingerprint(answer, now=now, pinned=query.pinned_now is not None, universe=universe)
    tol = float(query.expect.get("tol_rel") or DEFAULT_TOL_REL)
    diffs = diff(query.baseline, snapshot, tol_rel=tol) if query.baseline else []
    if query.baseline is None:
        outcome = "new" if expect_ok else "failed"
    else:
        outcome = "pass" if expect_ok and not diffs else "regressed"
    result = WatchResult(
        run_id=0,
        query_id=query.id or 0,
        outcome=outcome,
        expect_ok=expect_ok,
        expect_why="" if expect_ok else why[:2000],
        diffs=diffs,
        snapshot=snapshot,
        trace_id=answer["trace_id"],
        duration_ms=round((time.perf_counter() - started) * 1000, 2),
    )
    return result, snapshot


def run_watch(
    session: Session, *, tags: list[str] | None = None, actor: Principal = SYSTEM, trigger: str = "schedule"
) -> WatchRun:
    """Ask the enabled golden queries (any of `tags`), store the results and baselines of new queries.

    The caller commits; `ON_REGRESSION` hooks run after that commit when something regressed.
    """
    require(actor, WRITE)
    tags = sorted({t for t in tags or [] if t})
    run = WatchRun(trigger=trigger[:16], actor=actor.username, tags=tags, started_at=utcnow())
    session.add(run)
    session.flush()
    queries = session.exec(
        _tagged(select(GoldenQuery).where(col(GoldenQuery.enabled)), tags)
        .order_by(col(GoldenQuery.key))
        .limit(MAX_QUERIES_PER_RUN)
    ).all()
    universe = _universe(session)
    started = time.perf_counter()
    for query in queries:
        result, snapshot = _judge(session, query, actor, universe)
        result.run_id = run.id or 0
        session.add(result)
        if result.outcome == "new":
            query.baseline, query.baseline_at, query.baseline_by = snapshot, utcnow(), actor.username
            session.add(query)
        run.total += 1
        run.passed += result.outcome == "pass"
        run.new += result.outcome == "new"
        run.regressed += result.outcome in ("regressed", "failed")
    run.duration_ms = round((time.perf_counter() - started) * 1000, 2)
    run.finished_at = utcnow()
    run.status = "regressed" if run.regressed else "ok"
    session.add(run)
    session.flush()
    if run.regressed:
        finished = WatchRun.model_validate(run.model_dump())
        for hook in ON_REGRESSION:
            on_commit(session, lambda hook=hook: hook(finished))  # type: ignore[misc]
    return run


def scheduled_run(tags: list[str] | None = None) -> int:
    """One run in its own transaction, as the system (what the CEP leader's scheduler calls); the run id."""
    from services.core.db import session_scope

    with session_scope() as session:
        run = run_watch(session, tags=tags, actor=SYSTEM, trigger="schedule")
        return run.id or 0


def accept_baseline(session: Session, *, actor: Principal, result_id: int) -> GoldenQuery:
    """Make a run's answer the query's new baseline (after an intended change of the planner or data)."""
    require(actor, WRITE)
    result = session.get(WatchResult, result_id)
    if result is None:
        raise NotFound(
            f"result {result_id} not found", key="watch_result_not_found", params={"id": result_id}
        )
    query = session.exec(select(GoldenQuery).where(GoldenQuery.id == result.query_id).with_for_update()).one()
    before = {"fingerprint": (query.baseline or {}).get("hash"), "baseline_at": query.baseline_at}
    query.baseline, query.baseline_at, query.baseline_by = result.snapshot, utcnow(), actor.username
    session.add(query)
    audit.record(
        session,
        actor=actor.username,
        action="ops.golden.accept_baseline",
        entity_type="ops_golden_query",
        entity_id=query.key,
        before={k: str(v) if v else None for k, v in before.items()},
        after={"fingerprint": result.snapshot.get("hash"), "run_id": result.run_id, "result_id": result.id},
    )
    return query


def list_runs(session: Session, *, actor: Principal, limit: int = 50) -> list[WatchRun]:
    """Recent runs, newest first."""
    require(actor, READ)
    query = select(WatchRun).order_by(col(WatchRun.id).desc()).limit(limit)
    return list(session.exec(query).all())


def run_results(session: Session, *, actor: Principal, run_id: int) -> tuple[WatchRun, list[dict[str, Any]]]:
    """A run and its results (regressions first), each with its query's key and question."""
    require(actor, READ)
    run = session.get(WatchRun, run_id)
    if run is None:
        raise NotFound(f"run {run_id} not found", key="watch_run_not_found", params={"id": run_id})
    rows = session.exec(
        select(WatchResult, GoldenQuery)
        .join(GoldenQuery, col(GoldenQuery.id) == col(WatchResult.query_id))
        .where(WatchResult.run_id == run_id)
        .order_by(col(GoldenQuery.key))
    ).all()
    order = {"regressed": 0, "failed": 1, "new": 2, "pass": 3}
    results = [
        {**r.model_dump(exclude={"snapshot", "run_id"}), "key": q.key, "question": q.question}
        for r, q in sorted(rows, key=lambda pair: order.get(pair[0].outcome, 4))
    ]
    return run, results


def problems(session: Session, now: datetime) -> list[Problem]:
    """The latest finished run, when it found regressions ("what is wrong now")."""
    run = session.exec(
        select(WatchRun).where(WatchRun.status != "running").order_by(col(WatchRun.id).desc()).limit(1)
    ).first()
    if run is None or run.status != "regressed":
        return []
    keys = session.exec(
        select(GoldenQuery.key)
        .join(WatchResult, col(WatchResult.query_id) == col(GoldenQuery.id))
        .where(WatchResult.run_id == run.id, col(WatchResult.outcome).in_(("regressed", "failed")))
        .order_by(col(GoldenQuery.key))
        .limit(20)
    ).all()
    return [
        Problem(
            source="ops.regression",
            severity="major",
            summary=f"Regression Watch: {run.regressed} of {run.total} golden queries regressed",
            since=run.finished_at,
            link=f"/ops/regression?run={run.id}",
            details={"run_id": run.id, "keys": list(keys)},
        )
    ]

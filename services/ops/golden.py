"""Golden queries of Regression Watch: a question with its acceptable routes, expectation (the golden JSON
format's rules), tags and optional pinned clock; managed one by one (audited) or imported and exported
as a golden JSON file (tests/fixtures/ops-golden-public.json's format)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlmodel import Session, col, select

from services.core import audit
from services.core.clock import utcnow
from services.core.errors import NotFound, ValidationFailed
from services.core.security import Principal, require
from services.core.settings import get_settings
from services.ops.planner.parsing import HANGUL
from services.ops.regression_models import (
    GoldenFile,
    GoldenQuery,
    GoldenQueryIn,
    GoldenQueryRead,
    ImportReport,
)

READ, WRITE = "ops:ask", "ops:watch"
EXPECT_KINDS = frozenset({"number", "names", "rows", "reject", "direct", "root_cause"})


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


def tagged(query: Any, tags: list[str] | None) -> Any:
    return query.where(GoldenQuery.__table__.c.tags.overlap(tags)) if tags else query  # type: ignore[attr-defined]


def list_queries(
    session: Session, *, actor: Principal, tags: list[str] | None = None
) -> list[GoldenQueryRead]:
    """Golden queries by key (those carrying any of `tags`)."""
    require(actor, READ)
    rows = session.exec(tagged(select(GoldenQuery), tags).order_by(col(GoldenQuery.key))).all()
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
        raise ValidationFailed(
            f"{field}: {first.get('msg')}",
            details={"field": field},
            key="golden_field",
            params={"field": field},
        ) from exc


def query_from_form(form: dict[str, Any]) -> GoldenQueryIn:
    """A golden query from text fields: routes and tags comma-separated, `expect` as JSON, `now` ISO or empty."""
    try:
        expect = json.loads(str(form.get("expect") or "{}"))
    except json.JSONDecodeError as exc:
        raise ValidationFailed("expect: not valid JSON", details={"field": "expect"}) from exc

    def items(name: str) -> list[str]:
        return [part.strip() for part in str(form.get(name) or "").split(",") if part.strip()]

    question = str(form.get("question") or "")
    data = {
        "key": str(form.get("key") or "").strip(),
        "question": question.strip(),
        "expect": expect,
        "routes": [r.upper() for r in items("routes")],
        "tags": items("tags"),
        "lang": "ko" if HANGUL.search(question) else "en",
        "now": str(form.get("now") or "").strip() or None,
    }
    query = _validated(GoldenQueryIn, data, "")
    _check_expect(query.expect, "expect")
    return query


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

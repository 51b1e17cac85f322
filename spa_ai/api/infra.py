"""Infrastructure REST: interchange import, CI search and detail, metric latest/series, events, catalog."""

from __future__ import annotations

import math
import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Query, Response, UploadFile

from services.core.clock import utcnow
from services.core.errors import DomainError, NotFound, ValidationFailed
from services.core.pagination import Page, decode_cursor, page_of
from services.core.security import Principal
from services.core.settings import get_settings
from services.infra import event_queries, metric_queries, queries
from services.infra.import_job import enqueue_import
from services.infra.importer import import_path
from services.infra.models import (
    CatalogRead,
    CIDetail,
    CIRead,
    EventRead,
    ImportReportRead,
    JobQueued,
    SampleRead,
    SeriesRead,
)
from spa_ai.api.deps import PageQuery, Requires, SessionDep

router = APIRouter(tags=["infra"])
Reader = Annotated[Principal, Requires("infra:read")]

MAX_POINTS = 2000


class BadImport(DomainError):
    """The upload is not a usable interchange archive (nothing was imported)."""

    code, status = "bad_import", 400


@router.post(
    "/api/infra/import",
    response_model=ImportReportRead | JobQueued,
    responses={
        202: {"model": JobQueued},
        400: {"description": "unusable archive"},
        422: {"description": "rows rejected"},
    },
)
def import_archive(
    file: UploadFile = File(
        ..., description="zip of cis.csv, relations.csv, metrics.csv, events.csv (.gz ok)"
    ),
    run_async: bool = Query(
        False, alias="async", description="queue a job: 202 {job_id}; follow it at GET /api/jobs/{id}"
    ),
    *,
    response: Response,
    principal: Annotated[Principal, Requires("infra:write")],
    session: SessionDep,
) -> dict:
    """Import a zip in the interchange format; returns the per-file report.

    400 when the archive itself is unusable (not a zip, foreign files); 422 when rows were rejected —
    files without rejected rows are still applied (the report says which), exactly as on the CLI.
    With `?async=true` the archive is stored and imported by a job worker; the job's result is the report.
    The caller and its `infra:write` permission are checked before the body is read, and the body may
    have at most SPA_MAX_UPLOAD_MB (413 while it streams in: see `spa_ai.api.app.Edge`).
    """
    max_bytes = get_settings().max_upload_bytes
    if run_async:
        job = enqueue_import(
            session,
            actor=principal,
            source=file.file,
            filename=file.filename or "upload.zip",
            max_bytes=max_bytes,
        )
        session.commit()  # visible to workers and pollers before the 202 is sent
        response.status_code = 202
        return {"job_id": job.id}
    with tempfile.TemporaryDirectory(prefix="spa-import-") as tmp:
        target = Path(tmp) / Path(file.filename or "upload.zip").name
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        with target.open("wb") as out:
            shutil.copyfileobj(file.file, out, length=1024 * 1024)
        if target.stat().st_size > max_bytes:
            raise BadImport(f"upload larger than {max_bytes // 1024**2} MiB (SPA_MAX_UPLOAD_MB)")
        report = import_path(session, target, actor=principal)
    body = report.to_dict()
    if report.errors:
        session.commit()  # keep the audit row of the refused import
        raise BadImport("; ".join(report.errors), details=body)
    if not report.ok:
        session.commit()  # files without rejected rows stay applied
        raise ValidationFailed(f"{report.rejected} row(s) rejected; see details for each file", details=body)
    return body


@router.get("/api/infra/cis", response_model=Page[CIRead])
def list_cis(
    caller: Reader,
    session: SessionDep,
    page: PageQuery,
    q: str | None = Query(None, max_length=200, description="substring of the CI name (case-insensitive)"),
    type: str | None = None,
    environment: str | None = None,
    owner: str | None = None,
    location: str | None = None,
    status: str | None = None,
) -> Page:
    """CIs by name, filtered; `next_cursor` is null on the last page."""
    after = decode_cursor(page.cursor, 1)[0] if page.cursor else None
    items, total = queries.search_cis(
        session,
        q=q,
        type=type,
        environment=environment,
        owner=owner,
        location=location,
        status=status,
        limit=page.limit + 1,
        after=after,
    )
    return page_of(items, page.limit, key_of=lambda ci: (ci["name"],), total=total)


@router.get("/api/infra/cis/{name}", response_model=CIDetail)
def get_ci(name: str, caller: Reader, session: SessionDep) -> dict:
    """One CI with attributes and direct relations."""
    ci = queries.get_ci(session, name)
    if ci is None:
        raise NotFound(f"unknown CI '{name}'", key="ci_unknown", params={"name": name})
    return ci


@router.get("/api/infra/events", response_model=Page[EventRead])
def list_events(
    caller: Reader,
    session: SessionDep,
    page: PageQuery,
    ci: str | None = None,
    severity: str | None = Query(None, description="one severity or a comma-separated list"),
    min_severity: str | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> Page:
    """Events newest first; `next_cursor` continues after the last one."""
    before = decode_cursor(page.cursor, 2) if page.cursor else None
    rows = event_queries.events(
        session,
        ci=ci,
        severity=severity,
        start=start,
        end=end,
        limit=page.limit + 1,
        min_severity=min_severity,
        before=(before[0], before[1]) if before else None,
    )
    return page_of(rows, page.limit, key_of=lambda event: (event["ts"], event["id"]))


@router.get("/api/infra/catalog", response_model=CatalogRead)
def catalog(caller: Reader, session: SessionDep) -> dict[str, Any]:
    """The metric catalog: names, units, descriptions and aliases (a short fixed list: not paged)."""
    return {"items": queries.metric_catalog(session)}


@router.get("/api/metrics/{ci}/{metric}/latest", response_model=SampleRead)
def latest(
    ci: str,
    metric: str,
    caller: Reader,
    session: SessionDep,
    at: datetime | None = Query(None, description="ISO-8601; default now"),
) -> dict:
    """The last sample at or before `at`; 404 when there is none."""
    sample = metric_queries.latest(session, ci, metric, at=at)
    if sample is None:
        raise NotFound(f"no '{metric}' samples for '{ci}' at or before {(at or utcnow()).isoformat()}")
    return sample


@router.get("/api/metrics/{ci}/{metric}", response_model=SeriesRead)
def series(
    ci: str,
    metric: str,
    caller: Reader,
    session: SessionDep,
    start: datetime | None = Query(None, description="ISO-8601; default end − 1 h"),
    end: datetime | None = Query(None, description="ISO-8601; default now"),
    step: int = Query(60, ge=1, description="bucket width in seconds (widened to keep ≤ 2000 points)"),
    agg: Literal["avg", "min", "max", "sum", "count", "p95"] = "avg",
) -> dict[str, Any]:
    """A bucketed series over [start, end)."""
    end = end or utcnow()
    start = start or end - timedelta(hours=1)
    span = (end - start).total_seconds()
    if span <= 0:
        raise ValidationFailed("start must be before end", details={"field": "start"})
    step = max(step, math.ceil(span / MAX_POINTS))
    points = metric_queries.series(session, ci, metric, start, end, step, agg=agg)
    unit = next(m["unit"] for m in queries.metric_catalog(session) if m["name"] == metric)
    return {
        "ci": ci,
        "metric": metric,
        "unit": unit,
        "agg": agg,
        "start": start,
        "end": end,
        "step": step,
        "points": points,
    }

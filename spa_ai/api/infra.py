"""Infrastructure REST: interchange import, CI search and detail, metric latest/series, events, catalog."""

from __future__ import annotations

import math
import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Depends, File, Query, Response, UploadFile
from sqlmodel import Session

from services.core.clock import utcnow
from services.core.errors import DomainError, NotFound, ValidationFailed
from services.core.security import Principal
from services.core.settings import get_settings
from services.infra import queries
from services.infra.import_job import enqueue_import
from services.infra.importer import import_path
from spa_ai.api.deps import db_session, require

router = APIRouter(tags=["infra"])

MAX_POINTS = 2000


class BadImport(DomainError):
    """The upload is not a usable interchange archive (nothing was imported)."""

    code, status = "bad_import", 400


@router.post("/api/infra/import")
def import_archive(
    file: UploadFile = File(
        ..., description="zip of cis.csv, relations.csv, metrics.csv, events.csv (.gz ok)"
    ),
    run_async: bool = Query(
        False, alias="async", description="queue a job: 202 {job_id}; follow it at GET /api/jobs/{id}"
    ),
    *,
    response: Response,
    principal: Principal = Depends(require("infra:write")),
    session: Session = Depends(db_session),
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


@router.get("/api/infra/cis")
def list_cis(
    q: str | None = Query(None, description="substring of the CI name (case-insensitive)"),
    type: str | None = None,
    environment: str | None = None,
    owner: str | None = None,
    location: str | None = None,
    status: str | None = None,
    limit: int = Query(50, ge=1, le=500),
    cursor: str | None = Query(None, description="`next_cursor` of the previous page"),
    _: Principal = Depends(require("infra:read")),
    session: Session = Depends(db_session),
) -> dict:
    """CIs by name, filtered; `next_cursor` is null on the last page."""
    items, total = queries.search_cis(
        session,
        q=q,
        type=type,
        environment=environment,
        owner=owner,
        location=location,
        status=status,
        limit=limit + 1,
        after=cursor,
    )
    next_cursor = items[limit - 1]["name"] if len(items) > limit else None
    return {"items": items[:limit], "total": total, "next_cursor": next_cursor}


@router.get("/api/infra/cis/{name}")
def get_ci(
    name: str, _: Principal = Depends(require("infra:read")), session: Session = Depends(db_session)
) -> dict:
    """One CI with attributes and direct relations."""
    ci = queries.get_ci(session, name)
    if ci is None:
        raise NotFound(f"unknown CI '{name}'")
    return ci


@router.get("/api/infra/events")
def list_events(
    ci: str | None = None,
    severity: str | None = Query(None, description="one severity or a comma-separated list"),
    min_severity: str | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = Query(100, ge=1, le=1000),
    _: Principal = Depends(require("infra:read")),
    session: Session = Depends(db_session),
) -> dict:
    """Events newest first."""
    rows = queries.events(
        session, ci=ci, severity=severity, start=start, end=end, limit=limit, min_severity=min_severity
    )
    return {"items": rows}


@router.get("/api/infra/catalog")
def catalog(_: Principal = Depends(require("infra:read")), session: Session = Depends(db_session)) -> dict:
    """The metric catalog: names, units, descriptions and aliases."""
    return {"items": queries.metric_catalog(session)}


@router.get("/api/metrics/{ci}/{metric}/latest")
def latest(
    ci: str,
    metric: str,
    at: datetime | None = Query(None, description="ISO-8601; default now"),
    _: Principal = Depends(require("infra:read")),
    session: Session = Depends(db_session),
) -> dict:
    """The last sample at or before `at`; 404 when there is none."""
    sample = queries.latest(session, ci, metric, at=at)
    if sample is None:
        raise NotFound(f"no '{metric}' samples for '{ci}' at or before {(at or utcnow()).isoformat()}")
    return sample


@router.get("/api/metrics/{ci}/{metric}")
def series(
    ci: str,
    metric: str,
    start: datetime | None = Query(None, description="ISO-8601; default end − 1 h"),
    end: datetime | None = Query(None, description="ISO-8601; default now"),
    step: int = Query(60, ge=1, description="bucket width in seconds (widened to keep ≤ 2000 points)"),
    agg: Literal["avg", "min", "max", "sum", "count", "p95"] = "avg",
    _: Principal = Depends(require("infra:read")),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    """A bucketed series over [start, end)."""
    end = end or utcnow()
    start = start or end - timedelta(hours=1)
    span = (end - start).total_seconds()
    if span <= 0:
        raise ValidationFailed("start must be before end")
    step = max(step, math.ceil(span / MAX_POINTS))
    points = queries.series(session, ci, metric, start, end, step, agg=agg)
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

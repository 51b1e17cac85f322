"""Helpers for DOCS tests: upload files as a user and run the queued jobs to the end."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from sqlmodel import Session

from services.core import jobs
from services.core.security import Principal
from services.documents import service

PUBLIC = Path(__file__).parent.parent / "fixtures" / "docs-public"


def upload_bytes(
    session: Session, actor: Principal, name: str, data: bytes, **options: Any
) -> dict[str, Any]:
    answer = service.upload(session, actor=actor, source=io.BytesIO(data), filename=name, **options)
    session.commit()
    return answer


def run_jobs(limit: int = 500) -> int:
    """Run queued jobs until none is left; how many ran."""
    ran = 0
    while ran < limit and jobs.run_one("test-worker"):
        ran += 1
    return ran


def ingest_public(session: Session, actor: Principal) -> dict[str, str]:
    """Upload every document of the public set and process it; file name → document id."""
    ids = {}
    for path in sorted(PUBLIC.glob("*.md")):
        ids[path.name] = upload_bytes(session, actor, path.name, path.read_bytes())["id"]
    run_jobs()
    return ids

"""Import bombs on a real database: small archives that expand enormously fail fast, with bounded
memory and a reason naming the limit; archives of failed import jobs do not stay behind."""

from __future__ import annotations

import gzip
import io
import time
import tracemalloc
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session

from services.core import jobs
from services.core.clock import utcnow
from services.core.models import Job
from services.core.security import SYSTEM
from services.core.settings import reset_settings
from services.infra.import_job import enqueue_import, imports_dir, run_import
from services.infra.importer import import_path
from tests.integration.helpers import make_user

MIB = 1024**2
EVENT_LINE = b"2026-03-01T00:00:00Z,no-such-ci,info,deployment,rolled out\n"


def _zip_with(path: Path, name: str, header: bytes, body_unit: bytes, size: int) -> Path:
    """A zip whose member `name` is `header` plus `size` bytes of `body_unit`, written in chunks."""
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open(name, "w", force_zip64=True) as member,
    ):
        member.write(header)
        chunk = body_unit * (MIB // len(body_unit))
        for _ in range(size // len(chunk)):
            member.write(chunk)
    return path


def _gzip_bytes(header: bytes, body_unit: bytes, size: int) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as gz:
        gz.write(header)
        chunk = body_unit * (MIB // len(body_unit))
        for _ in range(size // len(chunk)):
            gz.write(chunk)
    return out.getvalue()


def _measured_import(session: Session, path: Path) -> tuple[dict, float, int]:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        report = import_path(session, path, actor=SYSTEM).to_dict()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return report, time.perf_counter() - started, peak


def test_one_enormous_line_in_a_small_zip_fails_fast_with_bounded_memory(
    session: Session, tmp_path: Path
) -> None:
    header = b"name,type,environment,owner,location,status,attributes\n"
    archive = _zip_with(tmp_path / "bomb.zip", "cis.csv", header, b"a" * 64, 300 * MIB)  # one 300 MB line
    assert archive.stat().st_size < 2 * MIB
    report, elapsed, peak = _measured_import(session, archive)
    assert peak < 24 * MIB, f"peak {peak / MIB:.0f} MiB"
    assert elapsed < 10
    (cis,) = report["files"]
    assert not cis["applied"] and report["accepted"] == 0
    assert "1024 KiB" in cis["errors"][0]["reason"] and "record" in cis["errors"][0]["reason"]


@pytest.mark.parametrize("packaging", ["gzip in zip", "gzip file"])
def test_gzip_bomb_stops_at_the_expansion_limit(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, packaging: str
) -> None:
    monkeypatch.setenv("SPA_MAX_IMPORT_EXPANDED_MB", "8")
    reset_settings()
    payload = _gzip_bytes(b"ts,ci,severity,type,message\n", EVENT_LINE, 96 * MIB)
    assert len(payload) < MIB
    if packaging == "gzip file":
        path = tmp_path / "events.csv.gz"
        path.write_bytes(payload)
    else:
        path = tmp_path / "estate.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("events.csv.gz", payload)
    report, elapsed, peak = _measured_import(session, path)
    (events,) = report["files"]
    assert not events["applied"]
    reason = events["errors"][-1]["reason"]
    assert "8 MiB (SPA_MAX_IMPORT_EXPANDED_MB)" in reason, reason
    assert events["rejected"] < 8 * MIB // len(EVENT_LINE) + 10  # stopped after ~8 MB of rows
    assert peak < 24 * MIB and elapsed < 20


def test_zip_declaring_more_than_the_limit_is_refused_before_reading(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPA_MAX_IMPORT_EXPANDED_MB", "4")
    reset_settings()
    archive = _zip_with(
        tmp_path / "big.zip", "events.csv", b"ts,ci,severity,type,message\n", EVENT_LINE, 6 * MIB
    )
    report = import_path(session, archive, actor=SYSTEM).to_dict()
    assert (
        report["files"] == [] and "expands beyond 4 MiB (SPA_MAX_IMPORT_EXPANDED_MB)" in report["errors"][0]
    )


def test_archives_of_abandoned_import_jobs_are_removed(session: Session, tmp_path: Path) -> None:
    good = tmp_path / "ok.zip"
    with zipfile.ZipFile(good, "w") as archive:
        archive.writestr("cis.csv", "name,type,environment,owner,location,status,attributes\n")
    with good.open("rb") as source:
        abandoned = enqueue_import(session, actor=SYSTEM, source=source, filename="ok.zip")
    session.commit()
    stored = imports_dir() / f"{abandoned.id}.zip"
    assert stored.exists()
    # Its worker died three times: the stale-job sweep fails it without ever running the handler.
    row = session.get(Job, abandoned.id)
    assert row is not None
    row.status, row.attempts, row.worker = jobs.RUNNING, jobs.MAX_ATTEMPTS - 1, "dead-worker"
    row.heartbeat_at = utcnow() - timedelta(hours=1)
    session.add(row)
    session.commit()
    assert jobs.requeue_stale(session) == 1
    session.commit()
    session.refresh(row)
    assert row.status == jobs.FAILED and stored.exists()
    # The next import (here: its job) removes the abandoned archive, and its own afterwards.
    with good.open("rb") as source:
        follower = enqueue_import(session, actor=SYSTEM, source=source, filename="ok.zip")
    session.commit()
    assert not stored.exists()
    make_user(session, "importer", "operator")
    run_import({"file": f"{follower.id}.zip", "filename": "ok.zip", "username": "importer"}, lambda *_: None)
    assert list(imports_dir().glob("*.zip")) == []

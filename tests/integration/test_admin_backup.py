"""Backup and restore round trip with the real PostgreSQL client tools: `spa-ai backup` of a populated
instance, `spa-ai restore` into an empty database and data dir gives the same rows, settings, files,
query results and document search hits; a non-empty target is refused without --force; a tampered archive is refused before
anything changes."""

from __future__ import annotations

import io
import tarfile
import uuid
from pathlib import Path

import pytest
import reflex as rx
from sqlmodel import Session
from typer.testing import CliRunner

from services.admin import auth
from services.admin.backup import read_manifest, row_counts
from services.admin.service import principal_for
from services.core import db, jobs, settings_registry
from services.core.security import SYSTEM, Principal
from services.core.settings import get_settings, reset_settings
from services.documents import search as doc_search
from services.infra import queries
from spa_ai.cli import app
from spa_ai.state.admin_monitor import MonitorState
from spa_ai.state.auth import AuthState
from tests.conftest import drop_database
from tests.integration.docs_helpers import run_jobs, upload_bytes
from tests.integration.helpers import PASSWORD, api_client, auth_headers, make_user

runner = CliRunner()


def _point_at(url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPA_DATABASE_URL", url)
    monkeypatch.setenv("SPA_DATA_DIR", str(data_dir))
    reset_settings()
    db.reset_engine()
    settings_registry.invalidate()


RUNBOOK = (
    b"# Connection pool runbook\n\nWhen the payment database connection pool is exhausted, restart the "
    b"pool first, then drain the slow queries.\n"
)


def _search(actor: Principal) -> list[tuple[str, str, int, dict[str, int | None], float]]:
    """The hybrid document search hits for the runbook's topic: which chunk, found by which arm at which
    rank (keyword index and vector), with what score."""
    with Session(db.get_engine()) as session:
        found = doc_search.search(session, actor=actor, query="connection pool exhausted", top_k=5)
    return [
        (hit["document_id"], hit["filename"], hit["chunk_id"], hit["ranks"], hit["score"])
        for hit in found["hits"]
    ]


def _hosts(url: str) -> list[str]:
    with Session(db.get_engine()) as session:
        rows, _ = queries.search_cis(session, type="host", limit=500)
        return [row["name"] for row in rows]


def test_round_trip_into_an_empty_instance(
    infra_small_url: str, pg_admin_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Session(db.get_engine(), expire_on_commit=False) as session:
        root = principal_for(make_user(session, "root", "admin"))
        settings_registry.update(session, actor=SYSTEM, values={"timezone": "UTC"})
        session.commit()
        upload_bytes(session, root, "pool-runbook.md", RUNBOOK)
    assert run_jobs() >= 1  # extracted, chunked and embedded
    source_hits = _search(root)
    assert source_hits and source_hits[0][1] == "pool-runbook.md"
    assert source_hits[0][3] == {"text": 1, "vector": 1}  # both arms found it
    files = get_settings().resolved_data_dir / "files" / "documents"
    files.mkdir(parents=True, exist_ok=True)
    (files / "runbook.txt").write_text("restart the pool first")
    source_counts = row_counts(infra_small_url)
    source_hosts = _hosts(infra_small_url)
    assert source_counts["cis"] > 0 and source_counts["users"] == 1 and source_hosts

    archive = tmp_path / "out" / "spa.tar"
    result = runner.invoke(app, ["backup", str(archive)])
    assert result.exit_code == 0, result.output
    manifest = read_manifest(archive)
    assert manifest["row_counts"] == source_counts and "files/documents/runbook.txt" in manifest["checksums"]

    target_name = f"r_{uuid.uuid4().hex[:10]}"
    db.ensure_database(pg_admin_url, target_name)  # empty: no tables at all
    target_url = pg_admin_url.replace("/postgres?", f"/{target_name}?")
    try:
        _point_at(target_url, tmp_path / "restored", monkeypatch)
        result = runner.invoke(app, ["restore", str(archive)])
        assert result.exit_code == 0, result.output
        assert row_counts(target_url) == source_counts
        assert _hosts(target_url) == source_hosts
        assert settings_registry.get("timezone") == "UTC"
        assert _search(root) == source_hits  # the restored chunks, text index and vectors answer alike
        assert (
            tmp_path / "restored" / "files" / "documents" / "runbook.txt"
        ).read_text() == "restart the pool first"

        again = runner.invoke(app, ["restore", str(archive)])
        assert again.exit_code == 1 and "not empty" in again.output
        forced = runner.invoke(app, ["restore", str(archive), "--force"])
        assert forced.exit_code == 0, forced.output
        assert row_counts(target_url) == source_counts
    finally:
        db.reset_engine()
        drop_database(pg_admin_url, target_name)


def test_a_tampered_archive_is_refused_before_anything_changes(
    db_url: str, pg_admin_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "spa.tar"
    assert runner.invoke(app, ["backup", str(archive)]).exit_code == 0
    tampered = tmp_path / "tampered.tar"
    with tarfile.open(archive) as src, tarfile.open(tampered, "w") as dst:
        for member in src.getmembers():
            data = src.extractfile(member)
            content = data.read() if data else b""
            if member.name == "database.dump":
                content = content[:-1] + bytes([content[-1] ^ 1])
            member.size = len(content)
            dst.addfile(member, io.BytesIO(content))
    target_name = f"r_{uuid.uuid4().hex[:10]}"
    db.ensure_database(pg_admin_url, target_name)
    target_url = pg_admin_url.replace("/postgres?", f"/{target_name}?")
    try:
        _point_at(target_url, tmp_path / "restored", monkeypatch)
        result = runner.invoke(app, ["restore", str(tampered)])
        assert result.exit_code == 1 and "checksum mismatch for database.dump" in result.output
        assert row_counts(target_url) == {}
        bogus = tmp_path / "bogus.tar"
        bogus.write_bytes(b"not a tar")
        assert runner.invoke(app, ["restore", str(bogus)]).exit_code == 1
    finally:
        db.reset_engine()
        drop_database(pg_admin_url, target_name)


async def test_backup_job_over_rest_and_from_the_monitor_page(db_url: str, tmp_path: Path) -> None:

    with Session(db.get_engine()) as session:
        make_user(session, "root", "admin")
        make_user(session, "view", "viewer")
    with api_client() as client:
        admin = auth_headers(client, "root")
        assert client.post("/api/admin/backups", headers=auth_headers(client, "view")).status_code == 403
        queued = client.post("/api/admin/backups", headers=admin)
        assert queued.status_code == 202, queued.text
        assert jobs.run_one("test-worker")
        job = client.get(f"/api/jobs/{queued.json()['job_id']}", headers=admin).json()
        assert job["status"] == "succeeded", job
        [kept] = client.get("/api/admin/backups", headers=admin).json()
        assert kept["name"] == job["result"]["name"] and kept["size"] > 0
        download = client.get(f"/api/admin/backups/{kept['name']}", headers=admin)
        assert download.status_code == 200 and download.headers["content-type"] == "application/x-tar"
        (tmp_path / "got.tar").write_bytes(download.content)
        assert read_manifest(tmp_path / "got.tar")["row_counts"]["users"] == 2
        for bad in ("../secret_key", "spa-backup-x.tar", "secret_key"):
            assert client.get(f"/api/admin/backups/{bad}", headers=admin).status_code == 404

    with Session(db.get_engine()) as session:
        token, _ = auth.login(session, username="root", password=PASSWORD)
        session.commit()
    root = rx.State()
    root.substates[AuthState.get_name()].auth_token = token  # type: ignore[attr-defined]
    state: MonitorState = root.substates[MonitorState.get_name()]  # type: ignore[assignment]
    await state.load()
    assert [row["name"] for row in state.backups] == [kept["name"]]
    await state.start_backup()
    assert state.backup_status == "queued"
    assert jobs.run_one("test-worker")
    await state.refresh()
    assert state.backup_status == "succeeded" and len(state.backups) == 2
    sent = await state.download(kept["name"])
    assert "spa-backup-" in repr(sent)

"""Infrastructure import as a durable job over REST: 202 → worker step → GET /api/jobs/{id}."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session

from services.admin.service import create_user
from services.core import jobs
from services.core.db import get_engine
from services.core.security import SYSTEM
from services.infra.import_job import imports_dir
from services.infra.importer import import_path
from spa_ai.api.app import create_api
from tests.integration.helpers import auth_headers
from tests.integration.test_infra_api import FILES, SAMPLE, _zip

PASSWORD = "infra-passw0rd"
SAMPLE_ZIP = _zip({name: (SAMPLE / name).read_bytes() for name in FILES})


@pytest.fixture
def client(db_url: str, session: Session) -> Iterator[TestClient]:
    for name, role in (("boss", "admin"), ("ops1", "operator"), ("ops2", "operator"), ("eye", "viewer")):
        create_user(session, actor=SYSTEM, username=name, password=PASSWORD, role=role)
    session.commit()
    with TestClient(create_api()) as c:
        yield c


def _enqueue(client: TestClient, body: bytes, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    return client.post(
        "/api/infra/import",
        params={"async": "true"},
        files={"file": ("estate.zip", body, "application/zip")},
        headers=headers,
    )


def _run(client: TestClient, body: bytes, headers: dict[str, str]) -> dict:
    queued = _enqueue(client, body, headers)
    assert queued.status_code == 202, queued.text
    job_id = queued.json()["job_id"]
    stored = imports_dir() / f"{job_id}.zip"
    assert stored.read_bytes() == body
    pending = client.get(f"/api/jobs/{job_id}", headers=headers).json()
    assert (pending["status"], pending["progress"]) == ("queued", 0.0)
    assert jobs.run_one("test-worker") is True
    assert not stored.exists()  # the upload is deleted once imported
    state = client.get(f"/api/jobs/{job_id}", headers=headers)
    assert state.status_code == 200, state.text
    return state.json()


def test_async_import_matches_the_synchronous_report(client: TestClient, tmp_path: Path) -> None:
    archive = tmp_path / "estate.zip"
    archive.write_bytes(SAMPLE_ZIP)
    with Session(get_engine()) as dry:  # what a synchronous import reports, then undone
        expected = import_path(dry, archive, actor=SYSTEM).to_dict()
        dry.rollback()

    operator = auth_headers(client, "ops1", PASSWORD)
    assert _enqueue(client, SAMPLE_ZIP, auth_headers(client, "eye", PASSWORD)).status_code == 403
    done = _run(client, SAMPLE_ZIP, operator)
    assert (done["status"], done["progress"], done["error"]) == ("succeeded", 1.0, None)
    assert done["kind"] == "infra.import" and done["created_by"] == "ops1"
    result = done["result"]
    assert result["ok"] and result["source"] == "estate.zip"
    assert (result["accepted"], result["rejected"]) == (expected["accepted"], expected["rejected"])
    assert result["files"] == expected["files"]

    cis = client.get("/api/infra/cis", params={"limit": 1}, headers=operator).json()["total"]
    assert cis == next(f["accepted"] for f in expected["files"] if f["file"] == "cis.csv")
    # Another operator may not read the job; an auditor may; anonymous callers get 401.
    assert (
        client.get(f"/api/jobs/{done['id']}", headers=auth_headers(client, "ops2", PASSWORD)).status_code
        == 403
    )
    assert (
        client.get(f"/api/jobs/{done['id']}", headers=auth_headers(client, "boss", PASSWORD)).status_code
        == 200
    )
    assert client.get(f"/api/jobs/{done['id']}").status_code == 401
    assert client.get("/api/jobs/nope", headers=operator).status_code == 404
    # The synchronous import still answers 200 with the report.
    assert (
        client.post(
            "/api/infra/import", files={"file": ("e.zip", SAMPLE_ZIP, "application/zip")}, headers=operator
        ).json()["accepted"]
        == expected["accepted"]
    )


def test_bad_archives_fail_or_reject_without_half_applying(client: TestClient, session: Session) -> None:
    admin = auth_headers(client, "boss", PASSWORD)
    foreign = _run(client, _zip({"cis.csv": (SAMPLE / "cis.csv").read_bytes(), "evil.sh": b"x"}), admin)
    assert foreign["status"] == "failed" and "evil.sh" in foreign["error"]
    assert foreign["result"]["files"] == [] and foreign["result"]["errors"]
    garbage = _run(client, b"garbage", admin)
    assert garbage["status"] == "failed" and "not a zip archive" in garbage["error"]
    assert session.execute(text("SELECT count(*) FROM cis")).scalar_one() == 0

    bad_rows = _zip(
        {
            "cis.csv": (SAMPLE / "cis.csv").read_bytes(),
            "metrics.csv": b"ts,ci,metric,value\n2026-03-01T00:00:00Z,ghost,cpu_usage,1\n",
        }
    )
    partial = _run(client, bad_rows, admin)
    assert partial["status"] == "succeeded" and not partial["result"]["ok"]
    files = {f["file"]: f for f in partial["result"]["files"]}
    assert files["cis.csv"]["applied"] and not files["metrics.csv"]["applied"]
    assert files["metrics.csv"]["errors"] == [{"row": 2, "reason": "unknown CI 'ghost'"}]
    session.expire_all()
    assert session.execute(text("SELECT count(*) FROM cis")).scalar_one() > 0
    assert session.execute(text("SELECT count(*) FROM metric_samples")).scalar_one() == 0
    audits = session.execute(text("SELECT count(*) FROM audit_log WHERE action = 'infra.import'"))
    assert audits.scalar_one() == 3  # refused imports keep their audit row too

"""Infrastructure REST (real users and tokens) and the `spa-ai infra import` command."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session
from typer.testing import CliRunner

from services.admin.service import create_user
from services.core.security import SYSTEM
from spa_ai.api.app import create_api
from spa_ai.cli import app as cli_app
from tests.integration.helpers import auth_headers

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "infra-small"
PASSWORD = "infra-passw0rd"
FILES = ("cis.csv", "relations.csv", "metrics.csv", "events.csv")


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in files.items():
            zf.writestr(name, body)
    return buffer.getvalue()


SAMPLE_ZIP = _zip({name: (SAMPLE / name).read_bytes() for name in FILES})


@pytest.fixture
def client(db_url: str, session: Session) -> Iterator[TestClient]:
    create_user(session, actor=SYSTEM, username="boss", password=PASSWORD, role="admin")
    create_user(session, actor=SYSTEM, username="watcher", password=PASSWORD, role="viewer")
    session.commit()
    with TestClient(create_api()) as c:
        yield c


def _upload(client: TestClient, body: bytes, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return client.post(
        "/api/infra/import", files={"file": ("estate.zip", body, "application/zip")}, headers=headers or {}
    )


def test_import_permissions_and_reads(client: TestClient) -> None:
    admin, viewer = auth_headers(client, "boss", PASSWORD), auth_headers(client, "watcher", PASSWORD)
    assert _upload(client, SAMPLE_ZIP).status_code == 401
    forbidden = _upload(client, SAMPLE_ZIP, viewer)
    assert forbidden.status_code == 403 and forbidden.json()["error"]["code"] == "forbidden"
    done = _upload(client, SAMPLE_ZIP, admin)
    assert done.status_code == 200, done.text
    metrics_rows = sum(1 for _ in csv.DictReader((SAMPLE / "metrics.csv").open()))
    assert (
        done.json()["ok"]
        and {f["file"]: f["accepted"] for f in done.json()["files"]}["metrics.csv"] == metrics_rows
    )

    latest = client.get(
        "/api/metrics/app-01/cpu_usage/latest", params={"at": "2026-03-01T06:07:00Z"}, headers=viewer
    )
    assert latest.status_code == 200, latest.text
    expected = [
        r
        for r in csv.DictReader((SAMPLE / "metrics.csv").open())
        if r["ci"] == "app-01" and r["metric"] == "cpu_usage" and r["ts"] == "2026-03-01T06:05:00Z"
    ]
    body = latest.json()
    assert body["value"] == float(expected[0]["value"]) and body["unit"] == "%"
    assert body["ts"].startswith("2026-03-01T06:05:00") and set(body) == {
        "ci",
        "metric",
        "value",
        "ts",
        "unit",
    }
    assert client.get("/api/metrics/app-01/cpu_usage/latest").status_code == 401

    series = client.get(
        "/api/metrics/app-01/cpu_usage",
        headers=viewer,
        params={"start": "2026-03-01T00:00:00Z", "end": "2026-03-01T02:00:00Z", "step": 1800},
    )
    assert series.status_code == 200 and len(series.json()["points"]) == 4 and series.json()["step"] == 1800
    capped = client.get(
        "/api/metrics/app-01/cpu_usage",
        headers=viewer,
        params={"start": "2026-03-01T00:00:00Z", "end": "2026-03-02T00:00:00Z", "step": 1},
    )
    assert capped.json()["step"] == 44 and len(capped.json()["points"]) <= 2000
    default_window = client.get("/api/metrics/app-01/cpu_usage", headers=viewer)
    assert default_window.status_code == 200 and default_window.json()["step"] == 60
    missing = client.get("/api/metrics/ghost/cpu_usage/latest", headers=viewer)
    assert missing.status_code == 404 and "ghost" in missing.json()["error"]["message"]
    assert client.get("/api/metrics/app-01/voltage", headers=viewer).status_code == 404
    assert (
        client.get(
            "/api/metrics/app-01/cpu_usage/latest", params={"at": "2020-01-01T00:00:00Z"}, headers=viewer
        ).status_code
        == 404
    )
    assert (
        client.get("/api/metrics/app-01/cpu_usage", params={"start": "yesterday"}, headers=viewer).status_code
        == 422
    )


def test_ci_search_detail_events_catalog(client: TestClient) -> None:
    admin, viewer = auth_headers(client, "boss", PASSWORD), auth_headers(client, "watcher", PASSWORD)
    assert _upload(client, SAMPLE_ZIP, admin).status_code == 200
    hosts = sorted(r["name"] for r in csv.DictReader((SAMPLE / "cis.csv").open()) if r["type"] == "host")
    seen: list[str] = []
    cursor = None
    while True:
        params = {"type": "host", "limit": 15, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/infra/cis", params=params, headers=viewer).json()
        assert page["total"] == len(hosts)
        seen += [item["name"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == hosts
    detail = client.get("/api/infra/cis/app-01", headers=viewer)
    assert detail.status_code == 200 and detail.json()["attributes"]["cpu_cores"] == 32
    assert client.get("/api/infra/cis/nope", headers=viewer).status_code == 404
    assert client.get("/api/infra/cis", params={"type": "router"}, headers=viewer).status_code == 422
    events = client.get("/api/infra/events", params={"ci": "orders-db", "severity": "major"}, headers=viewer)
    expected = [
        r
        for r in csv.DictReader((SAMPLE / "events.csv").open())
        if r["ci"] == "orders-db" and r["severity"] == "major"
    ]
    assert events.status_code == 200 and len(events.json()["items"]) == len(expected)
    newest_first, cursor = [], None
    while True:  # one event per page: the keyset cursor walks them all, newest first, without repeats
        params = {"ci": "orders-db", "severity": "major", "limit": 1} | ({"cursor": cursor} if cursor else {})
        page = client.get("/api/infra/events", params=params, headers=viewer).json()
        newest_first += [(e["ts"], e["id"]) for e in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert newest_first == sorted(newest_first, reverse=True) and len(set(newest_first)) == len(expected)
    catalog = client.get("/api/infra/catalog", headers=viewer).json()["items"]
    assert {m["name"] for m in catalog} >= {"cpu_usage", "request_rate"}
    assert client.get("/api/infra/catalog").status_code == 401


def test_bad_uploads_get_4xx_with_report(client: TestClient, session: Session) -> None:
    admin = auth_headers(client, "boss", PASSWORD)
    foreign = _upload(
        client, _zip({"cis.csv": (SAMPLE / "cis.csv").read_bytes(), "evil.sh": b"rm -rf /"}), admin
    )
    assert foreign.status_code == 400 and "evil.sh" in foreign.json()["error"]["message"]
    assert foreign.json()["error"]["details"]["files"] == []
    assert _upload(client, b"garbage", admin).status_code == 400

    bad_rows = _zip(
        {
            "cis.csv": (SAMPLE / "cis.csv").read_bytes(),
            "metrics.csv": b"ts,ci,metric,value\n2026-03-01T00:00:00Z,ghost,cpu_usage,1\n",
        }
    )
    rejected = _upload(client, bad_rows, admin)
    assert rejected.status_code == 422
    files = {f["file"]: f for f in rejected.json()["error"]["details"]["files"]}
    assert files["cis.csv"]["applied"] and not files["metrics.csv"]["applied"]
    assert files["metrics.csv"]["errors"] == [{"row": 2, "reason": "unknown CI 'ghost'"}]
    session.expire_all()
    assert session.execute(text("SELECT count(*) FROM cis")).scalar_one() > 0  # the valid file stays applied
    assert session.execute(text("SELECT count(*) FROM metric_samples")).scalar_one() == 0


def test_cli_import(db_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(cli_app, ["infra", "import", str(SAMPLE), "--json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.output)["ok"]
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "events.csv").write_text("ts,ci,severity,type,message\nnever,app-01,info,x,y\n")
    failed = runner.invoke(cli_app, ["infra", "import", str(bad)])
    assert failed.exit_code == 1 and "row 2: bad timestamp" in failed.output
    assert runner.invoke(cli_app, ["infra", "import", str(tmp_path / "missing")]).exit_code == 2

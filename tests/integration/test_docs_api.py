"""DOCS through REST (real users, tokens, permissions), the CLI contract and the OPS tool."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session
from typer.testing import CliRunner

from services.admin.service import create_user
from services.core.security import SYSTEM
from services.core.settings import get_settings
from services.ops.tools import TOOLS, ToolContext
from spa_ai.api.app import create_api
from spa_ai.cli import app as cli_app
from tests.integration.docs_helpers import PUBLIC, run_jobs

PASSWORD = "docs-passw0rd"
VAULT = (PUBLIC / "vault-sealed-unseal-procedure.md").read_bytes()
CDN = (PUBLIC / "cdn-cache-purge-procedure.md").read_bytes()


@pytest.fixture
def client(db_url: str, session: Session) -> Iterator[TestClient]:
    for name, role in (("alice", "operator"), ("bob", "operator"), ("vic", "viewer")):
        create_user(session, actor=SYSTEM, username=name, password=PASSWORD, role=role)
    session.commit()
    with TestClient(create_api()) as c:
        yield c


def _auth(client: TestClient, username: str) -> dict[str, str]:
    token = client.post("/api/auth/token", json={"username": username, "password": PASSWORD}).json()
    return {"Authorization": f"Bearer {token['access_token']}"}


def _upload(client: TestClient, headers, name: str, body: bytes, **form):  # type: ignore[no-untyped-def]
    return client.post("/api/documents/upload", files={"file": (name, body)}, data=form, headers=headers)


def test_upload_process_search_share_delete(client: TestClient) -> None:
    alice, bob, vic = (_auth(client, n) for n in ("alice", "bob", "vic"))
    first = _upload(client, alice, "vault-sealed-unseal-procedure.md", VAULT, tags=["security"])
    assert first.status_code == 202 and first.json()["status"] == "queued"
    doc_id = first.json()["id"]
    again = _upload(client, alice, "copy.md", VAULT)
    assert again.status_code == 200 and again.json() == {**again.json(), "id": doc_id, "duplicate": True}
    assert _upload(client, vic, "x.md", CDN).status_code == 403
    listed = client.get("/api/documents/list", headers=alice).json()
    assert [i["status"] for i in listed["items"]] == ["queued"]
    assert not list((get_settings().resolved_data_dir / "files").rglob("*.md")), "stored by hash, no names"
    broken_id = _upload(client, alice, "broken.pdf", b"%PDF-1.7\nnot a pdf at all\n" * 5).json()["id"]
    run_jobs()
    broken = client.get(f"/api/documents/{broken_id}", headers=alice).json()
    assert broken["status"] == "failed" and broken["error_key"] == "docs_pdf_damaged"
    assert broken["error"].startswith("the PDF is damaged") and broken["error_params"]["detail"]
    detail = client.get(f"/api/documents/{doc_id}", headers=alice).json()
    assert detail["status"] == "done" and detail["chunk_count"] > 0 and detail["tags"] == ["security"]
    chunks = client.get(f"/api/documents/{doc_id}/chunks", headers=alice).json()["items"]
    assert chunks[0]["meta"]["heading_path"] and chunks[0]["dim"] == 512

    query = {
        "query": "vault sealed after a reboot, how many unseal keys",
        "search_type": "hybrid",
        "top_k": 5,
    }
    hit = client.post("/api/documents/search", json=query, headers=alice).json()["hits"][0]
    assert hit["document_id"] == doc_id and set(hit["ranks"]) == {"text", "vector"}
    for mode in ("text", "vector"):
        hits = client.post(
            "/api/documents/search", json={**query, "search_type": mode}, headers=alice
        ).json()["hits"]
        other = "vector" if mode == "text" else "text"
        assert hits and hits[0]["ranks"] == {mode: 1, other: None}
    # bob sees nothing until alice shares; then the original and exports are his to read
    assert client.post("/api/documents/search", json=query, headers=bob).json()["hits"] == []
    assert client.get(f"/api/documents/{doc_id}", headers=bob).status_code == 404
    assert (
        client.post(f"/api/documents/{doc_id}/share", json={"users": ["bob"]}, headers=bob).status_code == 404
    )
    shared = client.post(f"/api/documents/{doc_id}/share", json={"users": ["bob"]}, headers=alice)
    assert shared.status_code == 200
    mine = {"query": query["query"], "filters": {"shared_with_me": True}}
    assert (
        client.post("/api/documents/search", json=mine, headers=bob).json()["hits"][0]["document_id"]
        == doc_id
    )
    original = client.get(f"/api/documents/{doc_id}/original", headers=bob)
    assert original.status_code == 200 and original.content == VAULT
    assert client.get(f"/api/documents/{doc_id}/original").status_code == 401
    for fmt in ("json", "csv", "md", "txt"):
        exported = client.get(f"/api/documents/{doc_id}/export", params={"format": fmt}, headers=bob)
        assert exported.status_code == 200 and "Unseal" in exported.text
    assert client.delete(f"/api/documents/{doc_id}", headers=bob).status_code == 403
    # soft delete hides it and takes it out of the BM25 statistics; restore brings both back
    assert client.delete(f"/api/documents/{doc_id}", headers=alice).status_code == 200
    assert client.post("/api/documents/search", json=query, headers=alice).json()["hits"] == []
    assert client.post(f"/api/documents/{doc_id}/restore", headers=alice).status_code == 200
    assert (
        client.post("/api/documents/search", json=query, headers=alice).json()["hits"][0]["document_id"]
        == doc_id
    )


def test_versions_keep_history_and_search_uses_the_latest(client: TestClient) -> None:
    alice = _auth(client, "alice")
    v1 = _upload(
        client, alice, "runbook.md", "# 런북\n\n디스크 정리는 logrotate 로 합니다.\n".encode()
    ).json()["id"]
    run_jobs()
    v2 = _upload(
        client, alice, "runbook.md", "# 런북\n\n디스크 정리는 journalctl vacuum 으로 합니다.\n".encode()
    )
    v2_id = v2.json()["id"]
    run_jobs()
    detail = client.get(f"/api/documents/{v2_id}", headers=alice).json()
    assert [v["version"] for v in detail["versions"]] == [2, 1]
    diff = client.get(f"/api/documents/{v2_id}/diff", headers=alice).json()
    assert any(line.startswith("+") and "journalctl" in line for line in diff["lines"])
    latest = client.post(
        "/api/documents/search", json={"query": "logrotate", "search_type": "text"}, headers=alice
    )
    assert latest.json()["hits"] == []
    old = {"query": "logrotate", "search_type": "text", "filters": {"all_versions": True}}
    assert (
        client.post("/api/documents/search", json=old, headers=alice).json()["hits"][0]["document_id"] == v1
    )


def test_cli_ingest_and_batch_search(db_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        cli_app,
        [
            "docs",
            "ingest",
            str(PUBLIC / "cdn-cache-purge-procedure.md"),
            str(PUBLIC / "vault-sealed-unseal-procedure.md"),
            "--wait",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.count("done") == 2
    batch = tmp_path / "q.jsonl"
    batch.write_text(
        '{"id": "a", "query": "CDN 퍼지"}\n{"id": "b", "query": "unseal keys", "mode": "text", "top_k": 1}\n',
        encoding="utf-8",
    )
    out = runner.invoke(cli_app, ["docs", "search", "--batch", str(batch)])
    assert out.exit_code == 0, out.output
    lines = [json.loads(line) for line in out.output.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert lines[0]["hits"][0]["filename"] == "cdn-cache-purge-procedure.md"
    assert set(lines[0]["hits"][0]) == {"document_id", "filename", "chunk_id", "score", "ranks"}
    assert len(lines[1]["hits"]) == 1 and lines[1]["hits"][0]["ranks"] == {"text": 1, "vector": None}


def test_ops_document_search_tool_cites_chunks(session: Session) -> None:
    from datetime import UTC, datetime

    from tests.integration.docs_helpers import upload_bytes

    upload_bytes(session, SYSTEM, "cdn-cache-purge-procedure.md", CDN)
    run_jobs()
    ctx = ToolContext(session, SYSTEM, datetime.now(UTC), "Asia/Seoul", "ko", {})
    tool = TOOLS["document_search"]
    result = tool.fn(ctx, tool.contract(query="CDN 캐시 퍼지 조치 방법", top_k=2))
    block = result.data["blocks"][0]
    assert block["type"] == "reference" and block["kind"] == "document"
    assert block["link"] == f"/documents/{block['document_id']}?chunk={block['chunk_id']}"
    from services.documents.ops_tool import runbook_hits

    assert runbook_hits(session, actor=SYSTEM, ci_type="load_balancer", metric="response_time_ms")

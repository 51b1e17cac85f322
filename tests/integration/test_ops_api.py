"""OPS over REST, SSE and the CLI: the same answer object; traces, history and permissions."""

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from services.core import db
from services.core.security import SYSTEM
from spa_ai.api.app import create_api
from tests.integration.helpers import auth_headers, make_user

NOW = "2026-03-02T00:00:00Z"
QUESTION = "web-01 지난 1시간 평균 CPU?"


@pytest.fixture
def client(infra_small_url: str) -> Iterator[TestClient]:
    with Session(db.get_engine()) as session:
        make_user(session, "op", "operator")
    make_user(session, "view", "viewer")
    with TestClient(create_api()) as c:
        yield c


def _stable(answer: dict) -> dict:
    """The answer without what differs per run (trace id, timings)."""
    return {k: v for k, v in answer.items() if k not in ("trace_id", "timings_ms", "id")}


def test_rest_sse_and_cli_return_the_same_answer(
    client: TestClient, infra_small_url: str, tmp_path: Path
) -> None:
    headers = auth_headers(client, "op")
    rest = client.post("/api/ops/ask", headers=headers, json={"question": QUESTION, "now": NOW})
    assert rest.status_code == 200
    answer = rest.json()
    assert answer["route"] == "AGGREGATE" and answer["status"] == "ok"
    assert set(answer["timings_ms"]) == {"route_plan", "validate", "execute", "compose", "present"}
    assert any(b["type"] == "reference" and "metric_samples" in b["text"] for b in answer["blocks"])

    with client.stream(
        "POST", "/api/ops/ask/stream", headers=headers, json={"question": QUESTION, "now": NOW}
    ) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        events = [
            (e.split("\n")[0][7:], json.loads(e.split("\n")[1][6:]))
            for e in r.read().decode().split("\n\n")
            if e.strip()
        ]
    stages = [(data["stage"], data["status"]) for kind, data in events if kind == "stage"]
    assert stages[0] == ("route_plan", "started") and ("present", "ok") in stages
    assert events[-1][0] == "answer" and _stable(events[-1][1]) == _stable(answer)

    env = {"SPA_DATABASE_URL": infra_small_url, "SPA_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    cli = subprocess.run(
        [sys.executable, "-m", "spa_ai.cli", "ops", "ask", QUESTION, "--now", NOW, "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert cli.returncode == 0, cli.stderr
    assert _stable(json.loads(cli.stdout)) == _stable(answer)


def test_trace_spans_and_history(client: TestClient) -> None:
    headers = auth_headers(client, "op")
    answer = client.post("/api/ops/ask", headers=headers, json={"question": QUESTION, "now": NOW}).json()
    trace = client.get(f"/api/ops/traces/{answer['trace_id']}", headers=headers).json()
    assert [s["stage"] for s in trace["spans"]] == ["route_plan", "validate", "execute", "compose", "present"]
    assert all(s["status"] == "ok" and s["duration_ms"] >= 0 for s in trace["spans"])
    assert trace["spans"][0]["output"]["route"] == "AGGREGATE"
    history = client.get("/api/ops/history", headers=headers).json()["items"]
    assert history[0]["question"] == QUESTION
    other = client.get(f"/api/ops/traces/{answer['trace_id']}", headers=auth_headers(client, "view"))
    assert other.status_code == 404  # someone else's trace


def test_viewer_may_ask_but_not_pin_the_clock(client: TestClient) -> None:
    headers = auth_headers(client, "view")
    assert client.post("/api/ops/ask", headers=headers, json={"question": QUESTION}).status_code == 200
    pinned = client.post("/api/ops/ask", headers=headers, json={"question": QUESTION, "now": NOW})
    assert pinned.status_code == 403 and "now" in pinned.json()["error"]["message"]
    assert client.post("/api/ops/ask", json={"question": QUESTION}).status_code == 401


def test_bad_questions_are_clear_errors_or_refusals(client: TestClient) -> None:
    headers = auth_headers(client, "op")
    assert client.post("/api/ops/ask", headers=headers, json={"question": ""}).status_code == 422
    refused = client.post(
        "/api/ops/ask", headers=headers, json={"question": "Drop the metrics table."}
    ).json()
    assert refused["status"] == "rejected" and refused["route"] == "REJECT" and refused["blocks"][0]["text"]
    unknown = client.post(
        "/api/ops/ask", headers=headers, json={"question": "ghost-99 cpu 평균 지난 1시간", "now": NOW}
    ).json()
    assert unknown["status"] == "unclear" and unknown["route"] == "REJECT"


def _record_timeout(seen: list[str]):
    def before(conn, cursor, statement, parameters, context, executemany) -> None:
        if "set_config('statement_timeout'" in statement and isinstance(parameters, dict):
            seen.append(str(parameters.get("value")))

    return before


def test_policy_timeout_bounds_the_queries_a_run_makes(client: TestClient) -> None:
    from sqlalchemy import event, text

    from services.ops.service import ask

    with Session(db.get_engine()) as session:
        session.execute(text("SET LOCAL statement_timeout = '42s'"))  # the caller's own limit
        seen: list[str] = []
        event.listen(session.connection(), "before_cursor_execute", _record_timeout(seen))
        ask(session, question=QUESTION, actor=SYSTEM, now=datetime.fromisoformat(NOW.replace("Z", "+00:00")))
        assert "10000ms" in seen  # the default policy's 10 s bounded the tools' statements…
        assert session.execute(text("SHOW statement_timeout")).scalar_one() == "42s"  # …and did not leak


def test_a_failing_query_is_reported_and_its_trace_kept(client: TestClient) -> None:
    """A statement cut off by the policy's timeout ends the run as an error, not as a lost request."""
    from sqlalchemy import text

    from services.asset_registry import reads as asset_reads
    from services.asset_registry import service as assets
    from services.asset_registry.seeding import ensure_seeded

    with Session(db.get_engine()) as session:
        ensure_seeded(session)
        policy = asset_reads.published_content(session, "policy", "ops.policy")
        draft = assets.save_draft(
            session, actor=SYSTEM, kind="policy", name="ops.policy", content={**policy, "timeout_ms": 100}
        )
        assets.publish(session, actor=SYSTEM, kind="policy", name="ops.policy", version=draft.version)
        session.commit()
    headers = auth_headers(client, "op")
    with db.get_engine().connect() as blocker:  # another session holds the samples table: the query must wait
        blocker.execute(text("LOCK TABLE metric_samples IN ACCESS EXCLUSIVE MODE"))
        answer = client.post("/api/ops/ask", headers=headers, json={"question": QUESTION, "now": NOW}).json()
        blocker.rollback()
    assert answer["status"] == "error"
    trace = client.get(f"/api/ops/traces/{answer['trace_id']}", headers=headers).json()
    execute = next(s for s in trace["spans"] if s["stage"] == "execute")
    assert execute["status"] == "error" and "timeout" in execute["error"].lower()


def test_history_pages_continue_after_the_cursor(client: TestClient) -> None:
    headers = auth_headers(client, "op")
    asked = [f"web-0{n} 지난 1시간 평균 CPU?" for n in (1, 2, 3)]
    for question in asked:
        client.post("/api/ops/ask", headers=headers, json={"question": question, "now": NOW})
    first = client.get("/api/ops/history", headers=headers, params={"limit": 2}).json()
    assert [i["question"] for i in first["items"]] == asked[::-1][:2] and first["next_cursor"]
    rest = client.get(
        "/api/ops/history", headers=headers, params={"limit": 2, "cursor": first["next_cursor"]}
    ).json()
    assert [i["question"] for i in rest["items"]] == asked[:1] and rest["next_cursor"] is None
    forged = client.get("/api/ops/history", headers=headers, params={"cursor": "bm90LWEtY3Vyc29y"})
    assert forged.status_code == 422

"""OPS follow-ups: a conversation carries the last question's CIs, metric, window and intent, per user."""

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from services.core import db
from services.core.errors import ValidationFailed
from services.core.security import SYSTEM
from services.infra.service import upsert_ci
from services.ops.service import ask
from spa_ai.api.app import create_api
from tests.integration.helpers import auth_headers, make_user

NOW = "2026-03-02T00:00:00Z"
PINNED = datetime.fromisoformat(NOW.replace("Z", "+00:00"))


def _steps(answer: dict) -> list[dict]:
    return [s["args"] for s in answer["plan"]["steps"]]


@pytest.fixture
def client(infra_small_url: str) -> Iterator[TestClient]:
    with Session(db.get_engine()) as session:
        make_user(session, "alice", "operator")
        make_user(session, "bob", "operator")
    with TestClient(create_api()) as c:
        yield c


def _ask(client: TestClient, headers: dict, question: str, conversation: str | None) -> dict:
    body = {"question": question, "now": NOW, **({"conversation_id": conversation} if conversation else {})}
    response = client.post("/api/ops/ask", headers=headers, json=body)
    assert response.status_code == 200, response.text
    return response.json()


def test_elliptic_follow_ups_replace_only_what_they_name(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    first = _ask(client, alice, "web-01 지난 1시간 평균 CPU?", "c-1")
    assert first["status"] == "ok" and first["conversation_id"] == "c-1" and first["followup"] is None
    (args,) = _steps(first)
    assert (args["ci"], args["metric"], args["agg"]) == ("web-01", "cpu_usage", "avg")

    other_ci = _ask(client, alice, "db-01은?", "c-1")  # a CI alone: same metric, window and aggregate
    (moved,) = _steps(other_ci)
    assert (moved["ci"], moved["metric"], moved["agg"]) == ("db-01", "cpu_usage", "avg")
    assert (moved["start"], moved["end"]) == (args["start"], args["end"])
    assert other_ci["followup"]["carried"]["metrics"] == ["cpu_usage"]
    assert "web-01" in other_ci["blocks"][0]["text"] and "이어서" in other_ci["blocks"][0]["text"]

    longer = _ask(client, alice, "and over the last 7 days?", "c-1")  # a window alone: same CI and metric
    (week,) = _steps(longer)
    assert (week["ci"], week["metric"]) == ("db-01", "cpu_usage")
    start, end = (datetime.fromisoformat(week[k]) for k in ("start", "end"))
    assert (end - start).days == 7 and end == PINNED
    assert longer["blocks"][0]["text"].startswith("Following up on")  # the follow-up's own language

    memory = _ask(client, alice, "그럼 메모리는?", "c-1")  # a metric alone: same CI and 7-day window
    (mem,) = _steps(memory)
    assert (mem["ci"], mem["metric"], mem["start"]) == ("db-01", "memory_usage", week["start"])
    assert memory["followup"]["carried"]["cis"] == ["db-01"]

    topology = _ask(client, alice, "what does it depend on?", "c-1")  # a new intent about the same CI
    assert topology["route"] == "GRAPH" and _steps(topology)[0]["ci"] == "db-01"


def test_an_environment_alone_asks_about_the_same_ci_there(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    _ask(client, alice, "what depends on orders-db?", "c-env")
    staging = _ask(client, alice, "and staging?", "c-env")  # orders-db in staging is orders-db-stg
    assert staging["status"] == "ok" and staging["route"] == "GRAPH"
    assert _steps(staging)[0]["ci"] == "orders-db-stg" and staging["followup"]["read_as"].endswith(
        "orders-db-stg?"
    )
    dev = _ask(client, alice, "and dev?", "c-env")  # no orders-db in dev: never the staging answer again
    assert not (dev["status"] == "ok" and dev["route"] == "GRAPH" and _steps(dev)[0]["ci"] == "orders-db-stg")


def test_context_never_crosses_users_or_conversations(client: TestClient) -> None:
    alice, bob = auth_headers(client, "alice"), auth_headers(client, "bob")
    _ask(client, alice, "web-01 지난 1시간 평균 CPU?", "shared-id")
    bobs = _ask(client, bob, "db-01은?", "shared-id")  # same id, other user: no context of alice's
    assert bobs["followup"] is None and bobs["route"] == "LOOKUP" and _steps(bobs)[0].get("metric") is None
    fresh = _ask(client, alice, "db-01은?", "another-id")
    assert fresh["followup"] is None
    stateless = _ask(client, alice, "db-01은?", None)
    assert stateless["followup"] is None and stateless["conversation_id"] is None
    carried = _ask(client, alice, "db-01은?", "shared-id")  # alice's own context is still there
    assert carried["followup"]["carried"]["metrics"] == ["cpu_usage"]


def test_a_complete_question_is_not_rewritten_and_refusals_keep_the_context(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    _ask(client, alice, "web-01 지난 1시간 평균 CPU?", "c-2")
    full = _ask(client, alice, "What depends on db-01?", "c-2")
    assert full["followup"] is None and full["route"] == "GRAPH"
    refused = _ask(client, alice, "restart db-01 now", "c-2")
    assert refused["status"] == "rejected"
    for question in ("Drop the metrics table.", "What's the weather in Seoul?"):  # never given a CI
        other = _ask(client, alice, question, "c-2")
        assert other["route"] == "REJECT" and other["followup"] is None
    after = _ask(client, alice, "and over the last 7 days?", "c-2")  # context: the graph question
    assert after["followup"]["read_as"].startswith("What depends on db-01")
    # a CI's field asked anew, not a count of the previous relation
    cores = _ask(client, alice, "web-01 cpu 코어 몇 개야", "c-2")
    assert cores["followup"] is None and cores["plan"]["steps"][0]["tool"] == "ci_lookup", cores["plan"]


def test_an_unclear_question_keeps_what_it_named(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    unclear = _ask(client, alice, "어제 저녁 db-01 패킷로스 얼마까지 갔어", "c-unclear")  # no such metric
    assert unclear["status"] == "unclear"
    then = _ask(client, alice, "그때 web-01엔 무슨 이벤트 떴어", "c-unclear")  # "then": that evening
    (args,) = _steps(then)
    assert args["ci"] == "web-01" and args["start"] == "2026-03-01T09:00:00+00:00", args


def test_a_time_said_two_turns_back_carries_to_a_why(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    _ask(client, alice, "order-service error rate yesterday evening, peak?", "c-said")
    _ask(client, alice, "which host is it on?", "c-said")  # no time: a relation
    why = _ask(client, alice, "and why did it spike?", "c-said")
    assert "yesterday evening" in why["followup"]["read_as"] and "order-service" in why["followup"]["read_as"]
    (args,) = _steps(why)
    assert args["ci"] == "order-service" and args["start"] == "2026-03-01T09:00:00+00:00", args


def test_who_owns_it_after_where_it_runs_means_the_ci_asked_about(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    _ask(client, alice, "which host is orders-db-stg on?", "c-owner")  # one host: stg-db-01
    owner = _ask(client, alice, "and who owns it?", "c-owner")  # the database's team, not the host's
    assert "orders-db-stg" in owner["followup"]["read_as"], owner["followup"]


def test_a_word_of_the_discussed_cis_name_points_back_at_it(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    _ask(client, alice, "어제 저녁 orders-db 에러율 최고", "c-part")
    hosts = _ask(client, alice, "그 orders 어느 서버에서 돌아", "c-part")  # "orders": a part of its name
    assert hosts["status"] == "ok" and "orders-db" in hosts["followup"]["read_as"], hosts["followup"]


def test_a_cause_asked_to_be_the_one_named_analyses_the_symptom(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    _ask(client, alice, "어제 저녁 orders-db 에러율 최고", "c-blamed")
    _ask(client, alice, "그 orders 어느 서버에서 돌아", "c-blamed")
    blamed = _ask(client, alice, "결국 에러 원인이 그 서버야?", "c-blamed")
    (args,) = _steps(blamed)
    assert blamed["route"] == "RCA" and args["ci"] == "orders-db", args  # the symptom, not the server


def test_that_host_named_two_turns_back_is_still_that_host(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    _ask(client, alice, "which host is orders-db-stg on?", "c-earlier")  # one host: stg-db-01
    # an RCA between: its answer names no host
    _ask(client, alice, "and why did it spike yesterday evening?", "c-earlier")
    others = _ask(client, alice, "what else runs on that host?", "c-earlier")
    read_as = others["followup"]["read_as"]
    assert "stg-db-01" in read_as and "besides orders-db-stg" in read_as, read_as


def test_bad_conversation_ids_are_refused_with_the_field(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    bad = client.post(
        "/api/ops/ask", headers=alice, json={"question": "web-01 cpu", "conversation_id": "a b"}
    )
    assert bad.status_code == 422 and "conversation_id" in bad.text
    with Session(db.get_engine()) as session, pytest.raises(ValidationFailed) as caught:
        ask(session, question="web-01 cpu", actor=SYSTEM, conversation_id="x" * 65)
    assert caught.value.details == {"field": "conversation_id"}


def test_sse_and_cli_accept_the_conversation(
    client: TestClient, infra_small_url: str, tmp_path: Path
) -> None:
    alice = auth_headers(client, "alice")
    _ask(client, alice, "web-01 지난 1시간 평균 CPU?", "c-sse")
    body = {"question": "db-01은?", "now": NOW, "conversation_id": "c-sse"}
    with client.stream("POST", "/api/ops/ask/stream", headers=alice, json=body) as r:
        chunks = [e for e in r.read().decode().split("\n\n") if e.startswith("event: answer")]
    answer = json.loads(chunks[0].split("\n")[1][6:])
    assert answer["followup"]["carried"]["metrics"] == ["cpu_usage"]

    env = {"SPA_DATABASE_URL": infra_small_url, "SPA_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    batch = tmp_path / "chat.jsonl"
    batch.write_text(
        "\n".join(
            json.dumps({"question": q, "conversation_id": "cli-1"}, ensure_ascii=False)
            for q in ("web-01 지난 1시간 평균 CPU?", "그럼 메모리는?")
        )
    )
    done = subprocess.run(
        [sys.executable, "-m", "spa_ai.cli", "ops", "ask", "--batch", str(batch), "--now", NOW],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    _, second = map(json.loads, done.stdout.splitlines())
    assert second["followup"]["carried"]["cis"] == ["web-01"]
    assert [s["args"]["metric"] for s in second["plan"]["steps"]] == ["memory_usage"]


def test_the_same_time_days_back_asks_the_value_then(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    _ask(client, alice, "how full is db-01's disk right now?", "c-back")
    for said, days in (("and what was it 7 days ago, roughly at this time?", 7), ("어제 이맘때는?", 1)):
        back = _ask(client, alice, said, "c-back")
        (args,) = _steps(back)
        assert (args["ci"], args["metric"], args["op"]) == ("db-01", "disk_usage", "latest"), (said, args)
        assert PINNED - datetime.fromisoformat(args["at"]) == timedelta(days=days), (said, args)


def test_the_same_hour_a_week_ago_is_the_previous_window_shifted(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    (hour,) = _steps(_ask(client, alice, "average cpu of db-01 over the last hour?", "c-shift"))
    (week,) = _steps(_ask(client, alice, "and the same hour a week ago?", "c-shift"))
    assert (week["ci"], week["metric"], week["agg"]) == ("db-01", "cpu_usage", "avg"), week
    for key in ("start", "end"):
        assert datetime.fromisoformat(hour[key]) - datetime.fromisoformat(week[key]) == timedelta(days=7), (
            week
        )


def test_a_blamed_cause_with_its_own_symptom_analyses_that_symptom(client: TestClient) -> None:
    with Session(db.get_engine()) as session:
        upsert_ci(
            session,
            actor=SYSTEM,
            name="orders-db",
            type="database",
            environment="prod",
            attributes={"engine": "postgresql", "desc": "주문원장 DB"},
        )
        session.commit()
    alice = auth_headers(client, "alice")
    _ask(client, alice, "어제 저녁 web-01 cpu 최고", "c-own")
    blamed = _ask(client, alice, "그럼 주문원장 에러 진짜 원인이 그 서버야?", "c-own")
    (args,) = _steps(blamed)
    assert blamed["route"] == "RCA" and "web-01" not in json.dumps(args), args  # the symptom said, not web-01
    assert args.get("ci") == "orders-db" or "orders-db" in (args.get("among") or []), args

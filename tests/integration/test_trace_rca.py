"""Trace RCA on real failures: each injected fault is recorded by a real OPS run, then classified."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from functools import partial

import pytest
from sqlalchemy import text
from sqlmodel import Session

from services.asset_registry import reads as asset_reads
from services.asset_registry import service as assets
from services.asset_registry.seeding import ensure_seeded
from services.core import db
from services.core.security import ROLE_PERMISSIONS, SYSTEM, Principal
from services.core.settings import reset_settings
from services.ops.service import SLOW_RUN_MS, ask, history
from services.ops.trace_rca import analyse, classify
from tests.integration.helpers import api_client, auth_headers, make_user, samples_locked

NOW = datetime.fromisoformat("2026-03-02T00:00:00+00:00")
VIEWER = Principal(user_id=7, username="view", role="viewer", permissions=ROLE_PERMISSIONS["viewer"])


@pytest.fixture
def session(infra_small_url: str) -> Iterator[Session]:
    with Session(db.get_engine(), expire_on_commit=False) as s:
        ensure_seeded(s)
        s.commit()
        yield s


def _policy(session: Session, **changes: object) -> None:
    """Publish a new version of the OPS policy asset with `changes`."""
    current = asset_reads.published_content(session, "policy", "ops.policy")
    draft = assets.save_draft(
        session, actor=SYSTEM, kind="policy", name="ops.policy", content={**current, **changes}
    )
    assets.publish(session, actor=SYSTEM, kind="policy", name="ops.policy", version=draft.version)
    session.commit()


def _run(session: Session, question: str, actor: Principal = SYSTEM) -> str:
    answer = ask(session, question=question, actor=actor, now=NOW)
    session.commit()
    return answer["trace_id"]


def _top(session: Session, trace_id: str, actor: Principal = SYSTEM) -> str:
    return analyse(session, actor=actor, trace_id=trace_id).kind


def test_statement_timeout_from_a_query_blocked_past_the_policy_timeout(session: Session) -> None:
    _policy(session, timeout_ms=300)
    with samples_locked():  # the OPS query waits for the lock, then the policy's timeout cancels it
        trace_id = _run(session, "web-01 지난 1시간 평균 CPU?")
    result = analyse(session, actor=SYSTEM, trace_id=trace_id)
    assert result.status == "error" and result.failing_stage == "execute"
    assert result.kind == "statement_timeout"
    assert "statement timeout" in result.hypotheses[0].evidence[0]
    assert "timeout_ms" in result.hypotheses[0].action


def test_slow_run_names_the_slow_stage(session: Session) -> None:
    _run(session, "web-01 지난 1시간 평균 CPU?")  # the stage's usual latency
    # The query waits, then succeeds: slow, not failed (the margin covers a late start on a loaded machine).
    with samples_locked(hold_s=SLOW_RUN_MS / 1000 + 1.5):
        trace_id = _run(session, "web-01 지난 1시간 평균 CPU?")
    result = analyse(session, actor=SYSTEM, trace_id=trace_id, lang="en")
    assert result.status == "ok" and result.slow and result.failing_stage == "execute"
    assert result.kind == "slow_stage" and any(
        "execute usual p95" in e for e in result.hypotheses[0].evidence
    )
    assert trace_id in [r["trace_id"] for r in history(session, actor=SYSTEM, failed=True)]


def test_graph_database_down(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPA_NEO4J_URI", "bolt://127.0.0.1:1")  # nothing listens there
    reset_settings()
    trace_id = _run(session, "What does checkout-service depend on?")
    monkeypatch.delenv("SPA_NEO4J_URI")
    reset_settings()
    result = analyse(session, actor=SYSTEM, trace_id=trace_id, lang="en")
    assert result.failing_stage == "execute" and result.kind == "db_connection"
    assert "SPA_NEO4J_URI" in result.hypotheses[0].action


def test_validation_rejects_a_window_past_the_policy(session: Session) -> None:
    _policy(session, max_window_hours=2)
    trace_id = _run(session, "web-01 지난 24시간 평균 CPU?")
    result = analyse(session, actor=SYSTEM, trace_id=trace_id)
    assert result.status == "rejected" and result.failing_stage == "validate"
    assert result.kind == "validation" and result.lang == "ko"
    assert result.hypotheses[0].cause == "계획이 검증을 통과하지 못했습니다"


def test_permission_a_role_without_the_tool(session: Session) -> None:
    current = asset_reads.published_content(session, "policy", "ops.policy")
    allowed = {**current["allowed_tools"], "viewer": ["ci_lookup"]}
    _policy(session, allowed_tools=allowed)
    make_user(session, "view", "viewer")
    trace_id = _run(session, "What does checkout-service depend on?", actor=VIEWER)
    assert _top(session, trace_id, VIEWER) == "permission"


def test_llm_provider_error(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    import litellm

    monkeypatch.setenv("SPA_LLM_MODEL", "gpt-4o-mini")
    monkeypatch.setattr(
        litellm, "completion", partial(litellm.completion, mock_response=Exception("provider down"))
    )
    reset_settings()
    trace_id = _run(session, "who owns web-01?")
    result = analyse(session, actor=SYSTEM, trace_id=trace_id, lang="en")
    assert result.status == "ok" and result.kind == "llm_provider"  # the rules planner answered instead
    assert any("provider_error" in e for e in result.hypotheses[0].evidence)


def test_healthy_run_has_no_hypothesis_and_failures_are_listed(session: Session) -> None:
    ok = _run(session, "web-01 지난 1시간 평균 CPU?")
    assert analyse(session, actor=SYSTEM, trace_id=ok).kind == "none"
    _policy(session, max_window_hours=2)
    bad = _run(session, "web-01 지난 24시간 평균 CPU?")
    listed = [r["trace_id"] for r in history(session, actor=SYSTEM, failed=True)]
    assert bad in listed and ok not in listed


def test_platform_host_evidence_and_same_class_runs(session: Session) -> None:
    session.execute(
        text("UPDATE cis SET attributes = attributes || '{\"platform\": true}' WHERE name = 'web-01'")
    )
    session.execute(
        text(
            "INSERT INTO metric_samples (ci_id, metric_id, ts, value) SELECT c.id, m.id, now(), 97.5 "
            "FROM cis c, metric_catalog m WHERE c.name = 'web-01' AND m.name = 'memory_usage'"
        )
    )
    session.commit()
    _policy(session, max_window_hours=2)
    first = _run(session, "web-01 지난 24시간 평균 CPU?")
    second = _run(session, "db-01 지난 24시간 평균 CPU?")
    result = analyse(session, actor=SYSTEM, trace_id=second, lang="en")
    assert result.kind == "validation"
    assert any("1 other runs failed the same way" in e for e in result.hypotheses[0].evidence)
    host = [h for h in result.hypotheses if any("web-01: memory_usage 97.5%" in e for e in h.evidence)]
    assert host and host[0].kind == "memory"
    assert first != second


@pytest.mark.parametrize(
    ("stage", "status", "error", "kind"),
    [
        ("execute", "error", "MemoryError: ", "memory"),
        (
            "execute",
            "error",
            "OperationalError: (psycopg.OperationalError) connection failed: Connection refused",
            "db_connection",
        ),
        ("execute", "error", "NotFound: CI 'x' not found", "empty_data"),
        ("execute", "error", "KeyError: 'rows'", "tool_error"),
        ("execute", "error", "Forbidden: permission 'docs:read' required", "permission"),
        ("validate", "rejected", "'rca' 도구를 사용할 권한이 없습니다.", "permission"),
        ("validate", "rejected", "The time window may span at most 2 hours.", "validation"),
    ],
)
def test_classify_signatures(stage: str, status: str, error: str, kind: str) -> None:
    assert classify(stage, status, error) == kind


def test_rest_rca_and_failed_filter(session: Session) -> None:
    make_user(session, "op", "operator")
    make_user(session, "other", "operator")
    _policy(session, max_window_hours=2)
    with api_client() as client:
        headers = auth_headers(client, "op")
        answer = client.post(
            "/api/ops/ask",
            headers=headers,
            json={"question": "web-01 last 24 hours average cpu?", "now": NOW.isoformat()},
        ).json()
        response = client.post(f"/api/ops/traces/{answer['trace_id']}/rca", headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["kind"] == "validation" and body["hypotheses"][0]["action"]
        failed = client.get("/api/ops/failed-traces", headers=headers).json()["items"]
        assert [r["trace_id"] for r in failed] == [answer["trace_id"]]
        stranger = auth_headers(client, "other")
        assert client.post(f"/api/ops/traces/{answer['trace_id']}/rca", headers=stranger).status_code == 404
        assert client.get("/api/ops/failed-traces", headers=stranger).json()["items"] == []
        assert client.post(f"/api/ops/traces/{answer['trace_id']}/rca").status_code == 401

"""OPS KPIs over real runs: outcomes, routes, latency per stage, LLM usage, unclear questions; REST and the counter."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from functools import partial

import pytest
from sqlmodel import Session

from services.admin.monitor import counts
from services.core import db
from services.core.security import ROLE_PERMISSIONS, SYSTEM, Principal
from services.core.settings import reset_settings
from services.ops.kpis import kpis, platform_metrics
from services.ops.planner.llm_prompt import SUBMIT
from services.ops.service import ask
from tests.integration.helpers import api_client, auth_headers, make_user

NOW = datetime.fromisoformat("2026-03-02T00:00:00+00:00")
VIEWER = Principal(user_id=9, username="view", role="viewer", permissions=ROLE_PERMISSIONS["viewer"])
UNCLEAR = "how was yesterday?"


@pytest.fixture
def session(infra_small_url: str) -> Iterator[Session]:
    with Session(db.get_engine(), expire_on_commit=False) as s:
        yield s


def _ask(session: Session, question: str) -> dict:
    answer = ask(session, question=question, actor=SYSTEM, now=NOW)
    session.commit()
    return answer


def test_outcomes_routes_latency_and_unclear_questions(session: Session) -> None:
    assert _ask(session, "web-01 지난 1시간 평균 CPU?")["status"] == "ok"
    assert _ask(session, "What does checkout-service depend on?")["route"] == "GRAPH"
    assert _ask(session, "web-01 재시작해줘")["status"] == "rejected"  # destructive: refused
    for _ in range(2):
        assert _ask(session, UNCLEAR)["route"] == "REJECT"
    result = kpis(session, actor=SYSTEM, window="1h")
    assert result.questions == 5
    assert result.outcomes == {"ok": 2, "unclear": 2, "refused": 1, "error": 0}
    assert result.rates["unclear"] == 0.4
    assert result.per_route == {"AGGREGATE": 1, "GRAPH": 1, "REJECT": 3}
    stages = {row.stage: row for row in result.latency}
    assert list(stages) == ["route_plan", "validate", "execute", "compose", "present", "total"]
    assert stages["total"].count == 5 and 0 < stages["total"].p50_ms <= stages["total"].p95_ms
    assert [(q.question, q.count) for q in result.unclear_top] == [(UNCLEAR, 2)]
    assert sum(p.ok + p.unclear + p.refused + p.error for p in result.series) == 5
    assert result.llm.runs == 0
    flat = platform_metrics(session)
    assert flat["ops_questions"] == 5 and flat["ops_unclear_rate"] == 40.0
    with pytest.raises(Exception, match="ops:watch"):
        kpis(session, actor=VIEWER)
    with pytest.raises(Exception, match="window"):
        kpis(session, actor=SYSTEM, window="2y")


def test_unknown_names_and_unplaced_parts_count_as_unclear(session: Session) -> None:
    """Answers with status 'unclear' (an unknown name, a CI the plan could not use) are unclear outcomes."""
    for question in ("ghost-99 cpu 평균 지난 1시간", "is web-01 newer than web-02?"):
        assert _ask(session, question)["status"] == "unclear"
    result = kpis(session, actor=SYSTEM, window="1h")
    assert result.outcomes == {"ok": 0, "unclear": 2, "refused": 0, "error": 0}
    assert {q.question for q in result.unclear_top} == {
        "ghost-99 cpu 평균 지난 1시간",
        "is web-01 newer than web-02?",
    }


def test_llm_tokens_cost_and_fallbacks(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    import litellm

    monkeypatch.setenv("SPA_LLM_MODEL", "gpt-4o-mini")
    reset_settings()
    plan = {"route": "LOOKUP", "steps": [{"tool": "ci_lookup", "args": {"op": "get", "name": "web-01"}}]}
    tool_call = {"id": "c1", "type": "function", "function": {"name": SUBMIT, "arguments": json.dumps(plan)}}
    real = litellm.completion
    monkeypatch.setattr(litellm, "completion", partial(real, mock_response="", mock_tool_calls=[tool_call]))
    assert _ask(session, "who owns web-01?")["plan"]["planner"] == "llm"
    monkeypatch.setattr(litellm, "completion", partial(real, mock_response=Exception("down")))
    _ask(session, "who owns web-01?")
    usage = kpis(session, actor=SYSTEM, window="24h").llm
    assert usage.runs == 2 and usage.calls == 1 and usage.fallbacks == 1
    assert usage.total_tokens > 0 and usage.cost > 0


def test_rest_and_dashboard_counter(session: Session) -> None:
    make_user(session, "op", "operator")
    make_user(session, "view", "viewer")
    _ask(session, "web-01 지난 1시간 평균 CPU?")
    with api_client() as client:
        body = client.get("/api/ops/kpis?window=1h", headers=auth_headers(client, "op")).json()
        assert body["questions"] == 1 and body["outcomes"]["ok"] == 1
        assert client.get("/api/ops/kpis?window=2y", headers=auth_headers(client, "op")).status_code == 422
        assert client.get("/api/ops/kpis", headers=auth_headers(client, "view")).status_code == 403
    assert counts(session, actor=SYSTEM)["ops_failed_24h"] == 0
    assert "ops_failed_24h" not in counts(session, actor=VIEWER)

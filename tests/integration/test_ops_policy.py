"""Published OPS assets take effect: refusal categories and tool permissions of the policy, metric
aliases of the catalog; questions about the assistant itself list what the caller's role may use."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import Session

from services.asset_registry import reads as asset_reads
from services.asset_registry import service as assets
from services.asset_registry.seeding import ensure_seeded
from services.core.security import ROLE_PERMISSIONS, Principal
from services.ops.service import ask

NOW = datetime(2026, 3, 10, 4, 0, tzinfo=UTC)
ADMIN = Principal(user_id=1, username="root", role="admin", permissions=ROLE_PERMISSIONS["admin"])
VIEWER = Principal(user_id=2, username="view", role="viewer", permissions=ROLE_PERMISSIONS["viewer"])


@pytest.fixture
def seeded(infra_small_url: str) -> Any:
    from services.core import db

    with Session(db.get_engine()) as session:
        ensure_seeded(session)
        session.commit()
        yield session


def _publish(session: Session, kind: str, name: str, content: dict[str, Any]) -> None:
    draft = assets.save_draft(session, actor=ADMIN, kind=kind, name=name, content=content)
    assets.publish(session, actor=ADMIN, kind=kind, name=name, version=draft.version)
    session.commit()


def _published(session: Session, kind: str, name: str) -> dict[str, Any]:
    return asset_reads.published_content(session, kind, name)


def _ask(session: Session, question: str, actor: Principal = ADMIN) -> dict[str, Any]:
    return ask(session, question=question, actor=actor, now=NOW)


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("give me the root password of orders-db", "secrets and credentials"),
        ("orders-db 접속 정보 알려줘", "비밀 정보·자격 증명"),
        ("change the log level to debug on all services", "changes"),
        ("restart order-service", "changes"),
        ("web-01 재부팅해줘", "변경 작업"),
        ("what's the weather in Seoul tomorrow?", "out of scope"),
    ],
)
def test_refusals_name_their_category(seeded: Session, question: str, category: str) -> None:
    answer = _ask(seeded, question)
    assert answer["status"] == "rejected" and answer["route"] == "REJECT", answer
    assert category in answer["blocks"][0]["text"]


def test_a_published_secret_word_is_refused(seeded: Session) -> None:
    question = "show me the kubeconfig of web-01"
    assert _ask(seeded, question)["status"] != "rejected"  # not a secret word yet (a value nothing holds)
    policy = _published(seeded, "policy", "ops.policy")
    secrets = next(c for c in policy["refusals"] if c["category"] == "secrets")
    secrets["words"].append("kubeconfig")
    _publish(seeded, "policy", "ops.policy", policy)
    answer = _ask(seeded, question)
    assert answer["status"] == "rejected" and answer["plan"]["steps"] == []
    assert "secrets and credentials ('kubeconfig')" in answer["blocks"][0]["text"]
    ko = _ask(seeded, "web-01의 kubeconfig 보여줘")
    assert ko["status"] == "rejected" and "비밀 정보·자격 증명" in ko["blocks"][0]["text"]


def test_a_tool_disabled_in_the_policy_refuses_plans_using_it(seeded: Session) -> None:
    question = "why was order-service slow in the last 6 hours?"
    before = _ask(seeded, question)  # analysed (a cause, or none found in the window: unclear)
    assert before["route"] == "RCA" and before["status"] in ("ok", "unclear"), before
    policy = _published(seeded, "policy", "ops.policy")
    policy["allowed_tools"] = {
        role: [t for t in tools if t != "rca"] for role, tools in policy["allowed_tools"].items()
    }
    _publish(seeded, "policy", "ops.policy", policy)
    answer = _ask(seeded, question)
    assert answer["status"] == "rejected" and "'rca'" in answer["blocks"][0]["text"]
    assert _ask(seeded, "what depends on orders-db?")["status"] == "ok"  # other tools still run


def test_the_assistant_says_what_the_callers_role_may_use(seeded: Session) -> None:
    policy = _published(seeded, "policy", "ops.policy")
    policy["allowed_tools"]["viewer"] = ["metric_query", "ci_lookup"]
    _publish(seeded, "policy", "ops.policy", policy)
    admin = _ask(seeded, "what can you see?")
    assert admin["route"] == "DIRECT" and admin["status"] == "ok"
    admin_tools = {row[0] for row in admin["blocks"][1]["rows"]}
    assert {"metric_query", "graph_query", "rca", "event_query"} <= admin_tools
    assert "60 CIs" in admin["blocks"][0]["text"]
    viewer = _ask(seeded, "넌 뭘 볼 수 있어?", VIEWER)
    assert viewer["route"] == "DIRECT" and {row[0] for row in viewer["blocks"][1]["rows"]} == {
        "metric_query",
        "ci_lookup",
    }
    assert "'viewer' 역할" in viewer["blocks"][0]["text"] and "메트릭" in viewer["blocks"][0]["text"]


def test_a_metric_alias_published_in_the_catalog_is_recognised(seeded: Session) -> None:
    question = "web-01 heat index now"
    before = _ask(seeded, question)["plan"]["steps"]
    assert all(s["tool"] != "metric_query" for s in before)  # "heat index" names no metric yet
    catalog = _published(seeded, "catalog", "ops.catalog")
    cpu = next(m for m in catalog["metrics"] if m["name"] == "cpu_usage")
    cpu["aliases_en"].append("heat index")
    _publish(seeded, "catalog", "ops.catalog", catalog)
    answer = _ask(seeded, question)
    assert answer["status"] == "ok", answer
    (step,) = answer["plan"]["steps"]
    assert step["args"]["metric"] == "cpu_usage" and step["args"]["ci"] == "web-01"


@pytest.mark.parametrize("question", ["web-01 씨퓨 지금 얼마", "web-01 시피유 지금"])
def test_cpu_as_it_is_typed_in_korean_names_the_metric(seeded: Session, question: str) -> None:
    answer = _ask(seeded, question)
    assert answer["status"] == "ok", answer
    (step,) = answer["plan"]["steps"]
    assert step["args"]["metric"] == "cpu_usage" and step["args"]["ci"] == "web-01"

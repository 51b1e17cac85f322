"""The LLM planner on a real database, with LiteLLM's own mock responses (no provider is called)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import partial
from typing import Any

import pytest
from sqlmodel import Session

from services.asset_registry import reads, service
from services.asset_registry.seeding import ensure_seeded
from services.core.security import SYSTEM
from services.core.settings import reset_settings
from services.infra.service import add_relation, upsert_ci
from services.ops.plan import Route
from services.ops.planner.entities import EntityIndex, build_index
from services.ops.planner.llm import MAX_REPAIRS, plan_with_llm
from services.ops.planner.llm_prompt import MAX_CI_NAMES, SUBMIT
from services.ops.service import ask

NOW = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
TZ = "Asia/Seoul"
MODEL = "gpt-4o-mini"  # known to LiteLLM's bundled price map, so mock calls have a cost
OWNER_PLAN = {
    "route": "LOOKUP",
    "steps": [{"tool": "ci_lookup", "args": {"op": "get", "name": "web-01", "fields": ["owner"]}}],
    "intent": "ci_fields",
    "reason": "",
}
CPU_PLAN = {
    "route": "AGGREGATE",
    "steps": [
        {
            "tool": "metric_query",
            "args": {
                "op": "aggregate",
                "ci": "web-01",
                "metric": "cpu_usage",
                "agg": "avg",
                "start": "2026-03-01T23:00:00+00:00",
                "end": "2026-03-02T00:00:00+00:00",
            },
        }
    ],
    "intent": "aggregate",
    "reason": "",
}
UNKNOWN_CI_PLAN = {**OWNER_PLAN, "steps": [{"tool": "ci_lookup", "args": {"op": "get", "name": "web-99"}}]}


class Scripted:
    """A `completion` that calls the real `litellm.completion`, with the next scripted mock reply each time.

    A dict reply is a plan sent as a submit_plan tool call; a string is message content; an exception
    is raised by LiteLLM as a provider error.
    """

    def __init__(self, *replies: Any, **mock: Any) -> None:
        self.replies, self.mock = list(replies), mock
        self.calls: list[dict[str, Any]] = []

    def __call__(self, **kwargs: Any) -> Any:
        import litellm

        reply = self.replies[len(self.calls)]
        self.calls.append(kwargs)
        if isinstance(reply, dict):
            tool_call = {
                "id": f"call_{len(self.calls)}",
                "type": "function",
                "function": {"name": SUBMIT, "arguments": json.dumps(reply)},
            }
            return litellm.completion(**kwargs, mock_response="", mock_tool_calls=[tool_call], **self.mock)
        return litellm.completion(**kwargs, mock_response=reply, **self.mock)


@pytest.fixture
def index(session: Session) -> EntityIndex:
    for name, ci_type, owner in (
        ("web-01", "host", "web-team"),
        ("checkout", "service", "shop-team"),
        ("orders-db", "database", "data-team"),
    ):
        upsert_ci(
            session,
            actor=SYSTEM,
            name=name,
            type=ci_type,
            environment="prod",
            owner=owner,
            location="seoul-idc-1",
            attributes={"os": "ubuntu-22.04", "memory_gb": 64} if ci_type == "host" else None,
        )
    add_relation(session, actor=SYSTEM, source="checkout", target="orders-db", type="DEPENDS_ON")
    session.commit()
    return build_index(session)


def _plan(session: Session, index: EntityIndex, question: str, completion: Any, model: str = MODEL):
    return plan_with_llm(
        question, index=index, now=NOW, tz=TZ, session=session, model=model, completion=completion
    )


def test_tool_call_plan_is_used_with_tokens_and_cost(session: Session, index: EntityIndex) -> None:
    completion = Scripted(OWNER_PLAN)
    plan = _plan(session, index, "web-01 담당 팀은?", completion)
    assert plan.planner == "llm" and plan.lang == "ko" and plan.route == Route.LOOKUP
    assert [s.model_dump() for s in plan.steps] == OWNER_PLAN["steps"] and plan.intent == "ci_fields"
    assert plan.usage["prompt_tokens"] > 0 and plan.usage["completion_tokens"] > 0
    assert plan.usage["total_tokens"] == plan.usage["prompt_tokens"] + plan.usage["completion_tokens"]
    assert plan.usage["cost"] > 0 and plan.usage["calls"] == 1 and plan.usage["repairs"] == 0
    assert "fallback" not in plan.usage

    sent = completion.calls[0]
    assert sent["model"] == MODEL and sent["timeout"] == 20.0
    assert sent["tool_choice"]["function"]["name"] == SUBMIT
    schema = sent["tools"][0]["function"]["parameters"]
    assert set(schema["properties"]["route"]["enum"]) == {r.value for r in Route}
    tools = [
        step["properties"]["tool"]["enum"][0] for step in schema["properties"]["steps"]["items"]["anyOf"]
    ]
    assert "ci_lookup" in tools
    lookup = next(s for s in schema["properties"]["steps"]["items"]["anyOf"] if "ci_lookup" in str(s))
    filters = lookup["properties"]["args"]["properties"]["filters"]["anyOf"][0]["properties"]
    assert "attribute key → value" in filters["attributes"]["description"]  # generated from the contract
    system, user = sent["messages"]
    assert user == {"role": "user", "content": "web-01 담당 팀은?"}
    for expected in (
        "2026-03-02T00:00:00+00:00",
        "Asia/Seoul",
        "Korean",
        "cpu_usage",
        "checkout, orders-db",
        "web-team",
        "metric_query",
        "max_window_hours",
        SUBMIT,
    ):
        assert expected in system["content"], expected


def test_attribute_values_of_the_question_are_offered_with_their_keys(
    session: Session, index: EntityIndex
) -> None:
    plan = {
        "route": "LOOKUP",
        "steps": [
            {"tool": "ci_lookup", "args": {"op": "search", "filters": {"attributes": {"os": "ubuntu"}}}}
        ],
        "intent": "ci_search",
        "reason": "",
    }
    completion = Scripted(plan)
    assert _plan(session, index, "hosts running ubuntu", completion).steps[0].args == plan["steps"][0]["args"]
    system = completion.calls[0]["messages"][0]["content"]
    assert '"attribute_values": {"ubuntu": ["os"]}' in system and '"quantity_keys": ["memory_gb"]' in system


def test_json_content_is_accepted_and_unpriced_models_cost_nothing(
    session: Session, index: EntityIndex
) -> None:
    reply = "```json\n" + json.dumps(CPU_PLAN) + "\n```"
    plan = _plan(
        session,
        index,
        "average cpu of web-01 over the last hour",
        Scripted(reply),
        model="openai/spa-unpriced-model",
    )
    assert plan.planner == "llm" and plan.lang == "en" and plan.route == Route.AGGREGATE
    assert plan.steps[0].args["metric"] == "cpu_usage" and plan.usage["cost"] == 0.0
    assert plan.usage["total_tokens"] > 0


def test_prose_falls_back_to_the_rules_planner(session: Session, index: EntityIndex) -> None:
    completion = Scripted("Sure! web-01 is owned by the web team, I think.")
    plan = _plan(session, index, "who owns web-01?", completion)
    assert plan.planner == "rules" and plan.usage["fallback"] == "prose" and len(completion.calls) == 1
    assert plan.route == Route.LOOKUP and plan.steps[0].args["name"] == "web-01"
    assert plan.usage["total_tokens"] > 0  # the spent tokens are still recorded


def test_rejected_plan_is_repaired_with_the_error_sent_back(session: Session, index: EntityIndex) -> None:
    completion = Scripted(UNKNOWN_CI_PLAN, OWNER_PLAN)
    plan = _plan(session, index, "who owns web-01?", completion)
    assert plan.planner == "llm" and plan.steps[0].args["name"] == "web-01"
    assert plan.usage["calls"] == 2 and plan.usage["repairs"] == 1
    first = completion.calls[0]["messages"]
    second = completion.calls[1]["messages"]
    assert second[: len(first)] == first
    assistant, tool = second[len(first) :]
    assert assistant["role"] == "assistant" and assistant["tool_calls"][0]["function"]["name"] == SUBMIT
    assert tool["role"] == "tool" and tool["tool_call_id"] == assistant["tool_calls"][0]["id"]
    assert "unknown_ci" in tool["content"] and "web-99" in tool["content"]
    single = _plan(session, index, "who owns web-01?", Scripted(OWNER_PLAN))
    assert plan.usage["total_tokens"] > single.usage["total_tokens"]  # summed over both rounds


def test_unparsable_and_incomplete_plans_are_repaired(session: Session, index: EntityIndex) -> None:
    missing_metric = {
        **CPU_PLAN,
        "steps": [{"tool": "metric_query", "args": {"op": "latest", "ci": "web-01"}}],
    }
    completion = Scripted('{"route": "LOOKUP", "steps": [', missing_metric, CPU_PLAN)
    plan = _plan(session, index, "average cpu of web-01 over the last hour", completion)
    assert plan.planner == "llm" and plan.usage["repairs"] == 2 and plan.route == Route.AGGREGATE
    follow_ups = [c["messages"][-1]["content"] for c in completion.calls[1:]]
    assert (
        "not a valid JSON object" in follow_ups[0] and completion.calls[1]["messages"][-1]["role"] == "user"
    )
    assert "missing metric, at" in follow_ups[1]


def test_exhausted_repairs_fall_back(session: Session, index: EntityIndex) -> None:
    completion = Scripted(*[UNKNOWN_CI_PLAN] * (MAX_REPAIRS + 1))
    plan = _plan(session, index, "who owns web-01?", completion)
    assert plan.planner == "rules" and plan.usage["fallback"] == "repairs_exhausted"
    assert len(completion.calls) == MAX_REPAIRS + 1 and plan.usage["repairs"] == MAX_REPAIRS
    assert "web-99" in plan.usage["error"]


def test_provider_errors_and_timeouts_fall_back(
    session: Session, index: EntityIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = _plan(session, index, "who owns web-01?", Scripted(Exception("provider is down")))
    assert plan.planner == "rules" and plan.usage["fallback"] == "provider_error"
    assert "provider is down" in plan.usage["error"] and plan.steps[0].args["name"] == "web-01"

    monkeypatch.setenv("SPA_LLM_TIMEOUT_S", "1.5")
    reset_settings()
    completion = Scripted(OWNER_PLAN, mock_timeout=True)
    plan = _plan(session, index, "who owns web-01?", completion)
    assert completion.calls[0]["timeout"] == 1.5
    assert plan.planner == "rules" and plan.usage["fallback"] == "timeout"


def test_direct_and_reject_plans_have_no_steps_and_known_reasons(
    session: Session, index: EntityIndex
) -> None:
    chatty = {
        "route": "DIRECT",
        "steps": [{"tool": "ci_lookup", "args": {"op": "count"}}],
        "intent": "",
        "reason": "Hi there! How can I help?",
    }
    plan = _plan(session, index, "hello", Scripted(chatty))
    assert plan.planner == "llm" and plan.route == Route.DIRECT and plan.steps == [] and plan.reason == "help"
    refusal = {"route": "REJECT", "steps": [], "intent": "reject", "reason": "changes"}
    plan = _plan(session, index, "make orders-db faster for me", Scripted(refusal))
    assert plan.route == Route.REJECT and plan.reason == "changes"  # a policy category the model named


def test_large_estates_send_a_bounded_name_list_mentioned_names_first(session: Session) -> None:
    index = EntityIndex(ci_types={f"host-{i:04d}": "host" for i in range(1000)})
    completion = Scripted(
        {
            "route": "LOOKUP",
            "intent": "ci_fields",
            "reason": "",
            "steps": [{"tool": "ci_lookup", "args": {"op": "get", "name": "host-0999"}}],
        }
    )
    plan = _plan(session, index, "where is host-0999?", completion)
    assert plan.planner == "llm"
    system = completion.calls[0]["messages"][0]["content"]
    known = system.split("Known CIs: ")[1].split("\n")[0]
    assert known.startswith("host-0999, host-0000, host-0001")
    assert known.count("host-") == MAX_CI_NAMES and f"and {1000 - MAX_CI_NAMES} more" in known


def test_the_published_prompt_asset_is_used(session: Session, index: EntityIndex) -> None:
    ensure_seeded(session)
    session.commit()
    completion = Scripted(OWNER_PLAN)
    assert _plan(session, index, "who owns web-01?", completion).planner == "llm"
    system = completion.calls[0]["messages"][0]["content"]
    assert "Known CIs: web-01, checkout, orders-db" in system and "Asia/Seoul" in system
    assert f"call the function `{SUBMIT}`" in system and "JSON object and nothing else" not in system
    prompt = reads.published_content(session, "prompt", "ops.planner")
    prompt["template"] = "ACME ops planner. Tools:\n{tools}"
    prompt["variables"] = ["tools"]
    tool = reads.published_content(session, "tool", "ci_lookup")
    tool["description"] = "ACME CMDB lookups"
    for kind, name, content in (("prompt", "ops.planner", prompt), ("tool", "ci_lookup", tool)):
        draft = service.save_draft(session, actor=SYSTEM, kind=kind, name=name, content=content)
        service.publish(session, actor=SYSTEM, kind=kind, name=name, version=draft.version)
    session.commit()
    completion = Scripted(OWNER_PLAN)
    assert _plan(session, index, "who owns web-01?", completion).planner == "llm"
    system = completion.calls[0]["messages"][0]["content"]
    assert system.startswith("ACME ops planner.") and "- ci_lookup: ACME CMDB lookups. Needs" in system
    steps = completion.calls[0]["tools"][0]["function"]["parameters"]["properties"]["steps"]["items"]["anyOf"]
    lookup = next(s for s in steps if s["properties"]["tool"]["enum"] == ["ci_lookup"])
    assert lookup["description"] == "ACME CMDB lookups"
    assert lookup["properties"]["args"]["properties"]["op"]["enum"] == ["get", "search", "count", "sum"]


def test_ask_uses_the_llm_planner_when_a_model_is_configured(
    session: Session, index: EntityIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    import litellm

    monkeypatch.setenv("SPA_LLM_MODEL", MODEL)
    reset_settings()
    tool_call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": SUBMIT, "arguments": json.dumps(OWNER_PLAN)},
    }
    real = litellm.completion
    monkeypatch.setattr(litellm, "completion", partial(real, mock_response="", mock_tool_calls=[tool_call]))
    answer = ask(session, question="web-01 담당 팀은?", actor=SYSTEM, now=NOW)
    assert answer["status"] == "ok" and answer["plan"]["planner"] == "llm"
    assert answer["plan"]["steps"] == OWNER_PLAN["steps"]
    assert any("web-team" in json.dumps(b, ensure_ascii=False) for b in answer["blocks"])

    monkeypatch.setattr(litellm, "completion", partial(real, mock_response=Exception("down")))
    answer = ask(session, question="web-01 담당 팀은?", actor=SYSTEM, now=NOW)
    assert answer["status"] == "ok" and answer["plan"]["planner"] == "rules"

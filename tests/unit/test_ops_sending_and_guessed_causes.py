"""Sending verbs walk the graph like traffic ("which servers send to X", "X로 보내는 서버"), "X 어느 서버야"
asks where X runs, and a why that guesses its own cause ("트래픽 몰려서 그런거임? 지금 장애 진짜 원인")
analyses the estate without taking the guessed metric for the symptom."""

import pytest

from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


@pytest.mark.parametrize(
    "question",
    [
        "which servers send to kafka-main?",
        "what pushes to kafka-main?",
        "kafka-main으로 보내는 서비스 뭐뭐야",
        "kafka-main에 전송하는 서비스",
    ],
)
def test_what_sends_to_a_ci_is_what_connects_to_it(question: str) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    args = plan.steps[0].args
    assert plan.intent == "dependents" and args["ci"] == "kafka-main", (plan.intent, args)
    assert set(args["rel_types"]) == {"DEPENDS_ON", "CONNECTS_TO"}


def test_what_a_ci_sends_to_is_downstream_of_it() -> None:
    plan = plan_question("where does pay-api send data to?", fleet_index(), NOW, TZ)
    assert plan.route.value == "GRAPH" and plan.steps[0].args["ci"] == "pay-api", plan


@pytest.mark.parametrize(
    "question", ["ledger-pg 어느 서버야", "ledger-pg 어떤 서버임?", "ledger-pg 어느 호스트야?"]
)
def test_which_server_a_ci_is_asks_where_it_runs(question: str) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    assert plan.intent == "runs_on" and plan.steps[0].args["rel_types"] == ["RUNS_ON"], plan


@pytest.mark.parametrize(
    "question",
    [
        "호우땜에 트래픽 몰려서 그런거임? 지금 장애 진짜 원인",
        "트래픽 몰려서 터진거야? 지금 장애 진짜 원인 뭐임",
    ],
)
def test_a_guessed_cause_is_no_symptom(question: str) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    assert plan.route.value == "RCA" and plan.steps[0].args.get("filters") == {}, plan
    assert "metric" not in plan.steps[0].args

"""Failure classes found by blind batches 49 (bench/pst_golden.py: a national postal operator) and 50
(bench/mus_golden.py: a music streaming service), pinned on the rules planner over the unit estate of
test_rules_planner."""

import pytest

from services.ops.followup_answered import refer_to_answered
from services.ops.planner.attribute_values import QuantityKey
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _index():
    index = fleet_index()
    index.event_types = ["deployment", "maintenance", "restart"]
    index.attribute_terms = attribute_terms(["cpu_cores", "ip", "os", "brokers"])
    index.values.quantities["brokers"] = QuantityKey(sized=False, types={"queue"}, values={1.0, 3.0})
    return index


def _args(question: str) -> dict:
    plan = plan_question(question, _index(), NOW, TZ)
    assert plan.route != "REJECT", plan
    return plan.steps[0].args


@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("fin-platform 소유 서비스 다 뽑아봐 (폐기된것도 포함)", None),  # retired ones as well
        ("fin-platform services, retired included", None),
        ("fin-platform 소유 서비스 중 폐기된 거", "retired"),
    ],
)
def test_a_status_said_as_included_does_not_narrow_the_list(question: str, status: str | None) -> None:
    assert _args(question)["filters"].get("status") == status


def test_where_a_release_went_is_the_production_environment() -> None:
    assert _args("지난주 운영에 배포된 서비스 목록")["filters"]["environment"] == "prod"
    assert "environment" not in _args("지난주 배포된 서비스 목록").get("filters", {})


def test_a_status_word_before_an_event_noun_is_that_event_type() -> None:
    args = _args("열흘간 maintenance 이벤트 있었던 ci")
    assert args["event_type"] == "maintenance" and "status" not in args.get("filters", {})


def test_a_number_among_which_one_is_asked_is_no_value_of_a_key() -> None:
    assert _args("브로커 3인 큐 목록")["filters"]["attributes"] == {"brokers": 3}
    plan = plan_question("브로커 3대중에 메모리 젤 높은 큐", _index(), NOW, TZ)  # one queue: no group of 3
    assert plan.route == "REJECT" or "attributes" not in plan.steps[0].args.get("filters", {}), plan


def test_the_one_of_two_asked_with_a_contracted_thing_is_picked() -> None:
    plan = plan_question("pay-api, pay-api-canary 둘중 지금 cpu 더 높은건", _index(), NOW, TZ)
    assert plan.intent == "compare_top", plan


@pytest.mark.parametrize(
    "question", ["어느 서버에서 돌아", "그럼 어느 호스트에 떠있어?", "어떤 노드에서 실행돼"]
)
def test_where_something_runs_with_nothing_named_to_run_is_unclear(question: str) -> None:
    plan = plan_question(question, _index(), NOW, TZ)
    assert plan.route == "REJECT" and plan.reason == "unclear", plan


@pytest.mark.parametrize(
    ("question", "after_change"),
    [
        ("pay-api 금욜 17:35에 4.0.3 배포했는데 그거 문제였음?", True),
        ("pay-api 토욜 10시반에 2.11.0 배포했잖아 그거때문에 터진거?", True),
        ("what's behind the pay-api 5xx since about 18:40?", False),
    ],
)
def test_a_change_told_then_blamed_or_a_status_code_asked_about_is_a_why(
    question: str, after_change: bool
) -> None:
    plan = plan_question(question, _index(), NOW, TZ)
    assert plan.route == "RCA", plan
    assert bool(plan.steps[0].args.get("after_change")) == after_change


def test_a_guessed_hour_of_a_moment_is_kept_for_the_other_half_of_the_day() -> None:
    assert _args("pay-api 토욜 10시반에 터진거 원인")["hour_guessed"] is True
    assert "hour_guessed" not in _args("pay-api 토욜 오후 10시반에 터진거 원인")


def test_things_that_hit_a_ci_are_its_dependents() -> None:
    args = _args("how many things hit ledger-pg directly?")
    assert args["op"] == "dependents" and args["ci"] == "ledger-pg" and args["depth"] == 1


def test_a_run_kicked_off_is_its_start() -> None:
    assert _args("when did kafka-main kick off on Friday?").get("said") == [
        ["시작", "started", "start ", "begin"]
    ]


def test_those_said_as_users_of_a_type_are_the_listed_cis() -> None:
    answered = ["pay-api", "pay-api-canary"]
    types = {"pay-api": "service", "pay-api-canary": "service", "kafka-main": "queue"}
    read = refer_to_answered("걔네가 직접 쓰는 큐 전부", answered, ["queue"], types)
    assert read is not None and read[1] == answered  # the queue is what they use
    assert refer_to_answered("그 중에 큐만", answered, ["queue"], types) is None  # none of them is one


def test_a_korean_place_said_without_its_middle_is_that_place() -> None:
    from services.ops.planner.places import find_places

    locations = ["부산우편집중국", "동서울우편집중국", "세종idc"]
    (phrase,) = find_places("부산집중국에 등록된 ci 몇개", locations, [], lambda word: False)
    assert (phrase.text, phrase.matches) == ("부산집중국", ["부산우편집중국"])


def test_which_lpar_a_ci_runs_on_is_where_it_runs() -> None:
    index = _index()
    plan = plan_question("ledger-pg 어느 lpar에서 돌아", index, NOW, TZ)
    assert plan.route == "GRAPH" and plan.steps[0].args["rel_types"] == ["RUNS_ON"], plan

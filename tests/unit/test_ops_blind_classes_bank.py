"""Failure classes found by blind batches 9 and 10, written without reading the planner (bench/bank_golden.py,
bench/saas_golden.py: dotted host names, underscore database names, generic CI names, SRE slang), pinned on
the rules planner over the unit estate of test_rules_planner."""

import pytest

from services.ops.honesty import unread_terms, unused_terms
from services.ops.honesty_rephrasings import two_questions
from services.ops.planner.entities import EntityIndex
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


@pytest.mark.parametrize(
    ("question", "filters"),
    [
        ("what's currently broken in prod", {"environment": "prod"}),
        ("any problems on hosts right now?", {"type": "host"}),
        ("how many hosts are down?", {"type": "host"}),
        ("몇 대 서버가 죽었어?", {"type": "host"}),
        ("what's broken in seoul-az1 right now", {"location": "seoul-az1"}),
    ],
)
def test_what_is_wrong_now_in_a_scope(index: EntityIndex, question: str, filters: dict) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    assert plan.intent == "wrong_now" and plan.steps[0].args["filters"] == filters


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("is pay-api down?", "health_trouble"),
        ("pay-api 죽었어?", "health_trouble"),
        ("was kafka-main down last night?", "timeline"),
        ("pay-api 어젯밤에 죽었었어?", "timeline"),
        ("where does edge-lb-1 send traffic?", "downstream"),
        ("how many hosts are there?", "ci_count"),
        ("CPU 평균이 70% 이상인 서버", "threshold"),
    ],
)
def test_trouble_states_and_traffic(index: EntityIndex, question: str, intent: str) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).intent == intent


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("current cpu of apyd99.prod.bank.local?", "apyd99.prod.bank.local"),
        ("ledger_pgg 응답시간 알려줘", "ledger_pgg"),
    ],
)
def test_names_joined_by_dots_or_underscores_are_names(index: EntityIndex, question: str, word: str) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    assert (plan.reason, plan.detail) == ("unknown_ci", word)


@pytest.mark.parametrize(
    ("question", "unread"),
    [
        ("error rate of the ATM switch over the last hour", ["atm", "switch"]),  # a fleet figure of what?
        ("어제 하루 pay-api 평균 응답시간 얼마였어?", []),
        ("Which databases averaged more than 15.9 ms response time in the last 24 hours?", []),
        ("요청 제일 많이 받는 서비스 3개 지금", []),
    ],
)
def test_unread_words_of_metric_questions(index: EntityIndex, question: str, unread: list) -> None:  # noqa: F811
    parsed = parse(question, index, NOW, TZ)
    assert unread_terms(plan_question(question, index, NOW, TZ), parsed, index) == unread


@pytest.mark.parametrize(
    ("question", "halves"),
    [
        (
            "what depends on orders-db and is any of it broken?",
            ["what depends on orders-db?", "Is any of it broken?"],
        ),
        ("who owns orders-db and how do I reach them?", ["who owns orders-db?", "How do I reach them?"]),
        ("orders-db 담당자는 누구고 연락처는 뭐야?", ["orders-db 담당자는 누구야?", "연락처는 뭐야?"]),
        ("and where is it located?", []),  # a follow-up, not a second question
        ("cpu and memory of web-01", []),
    ],
)
def test_a_second_question_joined_to_the_first_is_found(question: str, halves: list) -> None:
    assert two_questions(question) == halves


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("pay-api가 직접 물고 있는 것들 뭐야?", "dependencies"),
        ("ledger-pg 쓰고 있는 서비스는?", "dependents"),
        ("pay-api latency atm", "latest"),
        ("anything paging?", "wrong_now"),
        ("any latency spike on pay-api today?", "aggregate"),
        ("지난 1시간 평균 응답시간 젤 느린 DB 3개 뽑아줘", "top_n"),
        ("which services went above 497 ms response time at some point in the last 6 hours?", "threshold"),
        ("pay-api 최근에 OOM 났었어?", "timeline"),
        ("has pay-api crashed recently?", "timeline"),
        ("pay-api 파드들 어느 노드에서 돌아?", "runs_on"),
    ],
)
def test_sre_slang_and_colloquial_korean(index: EntityIndex, question: str, intent: str) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).intent == intent


def test_a_percentile_no_step_computes_is_unused(index: EntityIndex) -> None:  # noqa: F811
    for question, unused in [
        ("what's the p99 latency on pay-api right now?", ["p99"]),
        ("pay-api p95 latency now", ["p95"]),  # one latest value has no percentile
        ("pay-api p95 latency last hour", []),
    ]:
        parsed = parse(question, index, NOW, TZ)
        assert unused_terms(plan_question(question, index, NOW, TZ), parsed, index.ci_types) == unused


def test_free_space_of_one_ci_now_is_its_usage_complement_and_else_unclear(index: EntityIndex) -> None:  # noqa: F811
    for question, intent, metric, unused in [
        ("kr-sel-db-02 디스크 여유 공간 얼마나 남았어?", "free", "disk_usage", []),
        ("how much free disk does kr-sel-db-02 have?", "free", "disk_usage", []),
        ("ledger-pg 디스크 공간 얼마나 남았어", "free", "disk_usage", []),
        ("kr-sel-db-02 메모리 여유 있어?", "free", "memory_usage", []),
        # ranked or over a window, free space is the opposite of the usage figure: not answered as one
        ("디스크 여유 제일 적은 서버", "top_n", "disk_usage", ["여유"]),
        ("servers with the least free disk", "top_n", "disk_usage", ["free disk"]),
        ("지난 1시간 kr-sel-db-02 디스크 여유 최소", "aggregate", "disk_usage", ["여유"]),
    ]:
        plan, parsed = plan_question(question, index, NOW, TZ), parse(question, index, NOW, TZ)
        assert (plan.intent, plan.steps[0].args["metric"]) == (intent, metric), question
        assert unused_terms(plan, parsed, index.ci_types) == unused, question
        assert unread_terms(plan, parsed, index) == [], question


def test_a_field_asked_without_its_ci_is_unclear_not_off_topic(index: EntityIndex) -> None:  # noqa: F811
    assert plan_question("어느 리전에 있어?", index, NOW, TZ).reason == "unclear"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("pay-api 뭐 물고 있어", "dependencies"),
        ("pay-api 뭐에 의존해", "dependencies"),
        ("pay-api가 결국 타는 DB 전부 (간접 포함)", "dependencies"),
        ("pay-api 장애 나면 영향 범위", "impact"),
        ("서비스 중에 지금 상태 안 좋은 거", "wrong_now"),
        ("anything on pay-api recently?", "timeline"),
        ("너 뭐 할 줄 알아", "direct"),
        ("which server has the fullest disk now?", "top_n"),
        ("kr-sel-web-07 몇 % 찼어?", "latest"),
    ],
)
def test_plant_engineer_shorthand(index: EntityIndex, question: str, intent: str) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).intent == intent


def test_korean_place_names_are_read_by_their_romanisation() -> None:
    from services.ops.planner.places import find_places, romanised

    assert [romanised(w) for w in ("평택", "구미", "여의도", "대전")] == [
        "pyeongtaek",
        "gumi",
        "yeouido",
        "daejeon",
    ]
    locations = ["pyeongtaek-fab1", "gumi-plant2", "seoul-hq-dc"]
    (place,) = find_places("평택 공장 서버 몇 대", locations, [], lambda w: False)
    assert (place.text, place.matches) == ("평택 공장", ["pyeongtaek-fab1"])
    assert find_places("구미에 있는 서버", locations, [], lambda w: False)[0].matches == ["gumi-plant2"]

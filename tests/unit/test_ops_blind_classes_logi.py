"""Failure classes found by blind batches 15-16 (bench/logi_golden.py: parcel logistics with UPPERCASE site
codes; bench/air_golden.py: an airline with IATA codes and dotted hosts), pinned on the rules planner over
the unit estate of test_rules_planner."""

import pytest

from services.ops.planner.entities import EntityIndex
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


def _assert_planned(index: EntityIndex, question: str, intent: str, expected: dict) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    assert plan.intent == intent, plan
    assert {k: plan.steps[0].args.get(k) for k in expected} == expected, plan.steps[0].args


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        # a metric at a named moment is the value then, never the latest one (NOW is 12:00 KST)
        ("10시쯤 pay-api 에러율 얼마였어", "at_moment", {"op": "latest", "at": "2026-06-10T01:00:00+00:00"}),
        (
            "ledger-pg response time around 09:30 this morning?",
            "at_moment",
            {"at": "2026-06-10T00:30:00+00:00"},
        ),
        (
            "what was pay-api's error rate around 01:00 today?",
            "at_moment",
            {"at": "2026-06-09T16:00:00+00:00"},
        ),
        ("pay-api CPU 지금", "latest", {"at": "2026-06-10T03:00:00+00:00"}),
        # the peak: "when it was highest"
        ("어제 pay-api cpu 제일 높았을 때 몇이었어", "aggregate", {"agg": "max"}),
        # counts said in words
        ("지난 2시간 에러율 평균 제일 높은 서비스 두 개", "top_n", {"n": 2}),
        ("top three hosts by cpu", "top_n", {"n": 3}),
        # noon, midnight, since yesterday
        (
            "What happened to pay-api between 10:00 and noon?",
            "timeline",
            {"start": "2026-06-10T01:00:00+00:00", "end": "2026-06-10T03:00:00+00:00"},
        ),
        ("pay-api 자정쯤 왜 에러 났어", "rca", {"at": "2026-06-09T15:00:00+00:00"}),
        ("what happened with pay-api since yesterday?", "timeline", {"start": "2026-06-08T15:00:00+00:00"}),
        # placement verbs with the type as subject, and a depth phrase or pronoun before the particle
        ("which VMs sit on kr-sel-web-07?", "hosted", {"direction": "in"}),
        ("ledger-pg 간접까지 포함해서 얘한테 의존하는 거 전부", "dependents", {"depth": 10}),
        ("pay-api 간접까지 포함해서 의존하는 거 다 보여줘", "dependencies", {"depth": 10}),
        # depending walks dependencies; connection and traffic words walk connections too
        ("what depends on ledger-pg?", "dependents", {"rel_types": ["DEPENDS_ON"]}),
        ("what is connected to ledger-pg?", "dependents", {"rel_types": ["DEPENDS_ON", "CONNECTS_TO"]}),
        ("where does edge-lb-1 send traffic?", "downstream", {"rel_types": ["DEPENDS_ON", "CONNECTS_TO"]}),
        # "도는" runs on; "결국 … 까지" reaches through the VMs, and "서비스까지" includes, not filters
        ("kr-sel-web-07에서 도는 서비스 전부", "hosted", {"types": ["service"]}),
        (
            "kr-sel-web-07 에 결국 올라가 있는 거 전부 (VM 안에 서비스까지)",
            "hosted",
            {"op": "dependents", "rel_types": ["RUNS_ON"], "types": None},
        ),
        # an explicit "의존" with a host type is the host dependencies, not where it runs
        ("pay-api가 직접 의존하는 것 중에 host 타입만", "dependencies", {"types": ["host"], "depth": 1}),
        ("what host does pay-api run on?", "runs_on", {"rel_types": ["RUNS_ON"]}),
        # connection words anywhere in the question walk connections ("밑으로 연결된")
        ("edge-lb-1 밑으로 연결된 서비스 전부", "dependencies", {"rel_types": ["DEPENDS_ON", "CONNECTS_TO"]}),
        # "slower than usual": the last hour against the same hour the day before, on response time
        (
            "pay-api 응답시간 평소보다 느려?",
            "period_compare",
            {"metric": "response_time_ms", "start": "2026-06-10T02:00:00+00:00"},
        ),
        ("is pay-api slower than usual?", "period_compare", {"metric": "response_time_ms"}),
        ("is pay-api slower than ledger-pg?", "compare", {"metric": "response_time_ms"}),
        # whether a dependency path exists follows dependencies downwards, not any link
        (
            "Is there any dependency path from pay-api down to ledger-pg?",
            "reach",
            {"direction": "out", "rel_types": ["DEPENDS_ON"]},
        ),
        # "dev included": the whole estate, dev as well
        (
            "give me the current health problems across the estate, dev included",
            "wrong_now",
            {"filters": None},
        ),
        # "anything down or slow?": the problems of that type, not a ranking of every service
        (
            "지금 먹통이거나 느린 서비스 있음?",
            "wrong_now",
            {"op": "problems", "filters": {"type": "service"}},
        ),
    ],
)
def test_logistics_and_airline_phrasings(
    index: EntityIndex,  # noqa: F811
    question: str,
    intent: str,
    expected: dict,
) -> None:
    _assert_planned(index, question, intent, expected)


def test_an_existence_question_asks_for_the_warning_level(index: EntityIndex) -> None:  # noqa: F811
    """ "디스크 꽉 차가는 거 있어?": the CIs past the metric's warning level, not every CI ranked."""
    index.metric_warnings = {"disk_usage": 80.0}
    try:
        _assert_planned(index, "지금 디스크 꽉 차가는 거 있어?", "threshold", {"cmp": ">=", "value": 80.0})
        _assert_planned(index, "디스크 사용률 보여줘", "metric_list", {"op": "top_n"})
    finally:
        index.metric_warnings = {}


def test_a_kill_request_is_a_change() -> None:
    from services.ops.policy import refusal_of

    refusal = refusal_of("skypass-batch 돌고 있으면 죽여")
    assert refusal is not None and refusal.category == "changes"


def test_the_ci_named_alike_at_another_place() -> None:
    """ "what about the GMP one?" after PUS-STN-SRV1: the one CI of that type there, named but for a part."""
    from services.ops.planner.names import location_twin

    twin_index = EntityIndex()
    for name, place, kind in [
        ("pus-stn-srv1", "PUS", "host"),
        ("gmp-stn-srv1", "GMP", "host"),
        ("gmp-dsw1", "GMP", "host"),
        ("gmp-stn-app1", "GMP", "service"),
        ("cju-stn-srv1", "CJU", "host"),
        ("pus-bkp-srv1", "CJU", "host"),  # at CJU, named like PUS-STN-SRV1 but for one part too
    ]:
        twin_index.ci_types[name], twin_index.ci_locations[name] = kind, place
        twin_index.ci_names[name] = name.upper()
    assert location_twin("PUS-STN-SRV1", "gmp", twin_index) == "GMP-STN-SRV1"
    assert location_twin("PUS-STN-SRV1", "cju", twin_index) is None  # two alike: no guess
    assert location_twin("PUS-STN-SRV1", "icn", twin_index) is None


@pytest.mark.parametrize(
    ("question", "unread"),
    [
        ("pay-api 얼마야?", "얼마야?"),
        ("사이트별 호스트 몇 대씩 있어?", "사이트별"),
        ("how many hosts per site?", "per site"),
        ("ledger-pg 세션 수 몇 개야?", "세션"),  # a live count, where no CI records a sessions key
    ],
)
def test_what_no_plan_can_answer_is_unread(index: EntityIndex, question: str, unread: str) -> None:  # noqa: F811
    """A figure of nothing named, or a count per group: said not understood, never a record or a total."""
    from services.ops.honesty import unread_terms
    from services.ops.planner.parsing import parse

    plan = plan_question(question, index, NOW, TZ)
    assert unread_terms(plan, parse(question, index, NOW, TZ), index) == [unread]


@pytest.mark.parametrize("question", ["ap01.seoul.prd 디스크 몇프로야", "db9.busan.prd cpu"])
def test_a_dotted_name_holding_a_place_word_is_an_unknown_name(index: EntityIndex, question: str) -> None:  # noqa: F811
    """Not the place's figures: the name is unknown, and the answer says so."""
    plan = plan_question(question, index, NOW, TZ)
    assert (plan.reason, plan.detail) == ("unknown_ci", question.split()[0])


def test_an_unknown_name_after_a_metric_word_is_named(index: EntityIndex) -> None:  # noqa: F811
    """ "p95 latency of checkout": no CI named checkout, as "checkout latency" already said."""
    plan = plan_question("p95 latency of checkout in the last hour", index, NOW, TZ)
    assert (plan.reason, plan.detail) == ("unknown_ci", "checkout")
    assert plan_question("average cpu of hosts", index, NOW, TZ).intent == "fleet"

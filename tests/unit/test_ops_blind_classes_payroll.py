"""Classes of question found by blind batches 39–40 (proptech, payroll SaaS): keys said by a part or in the
business's words ("maxmemory 정책", "급여일", "리더기 몇대", "max queue depth"), calendar months, "열흘 중",
"제일 꽉찬", a part of a location value said alone ("ncloud 쪽"), worker nodes, a deploy blamed with
"배포한거 때문에", and token behaviour that is no secret ("토큰갱신 실패")."""

from datetime import UTC, datetime

import pytest

from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from services.ops.policy import refusal_of
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _keyed_index():
    index = fleet_index()
    index.ci_keys = {
        "token-redis": ("maxmemory_gb", "maxmemory_policy", "port"),
        "pay-api": ("pay_day", "concurrency", "geofence_m", "version"),
        "kafka-main": ("max_depth", "badge_readers", "port"),
        "ledger-pg": ("max_sessions", "port"),
    }
    index.attribute_terms = attribute_terms(["maxmemory_gb", "port", "version", "cpu_cores"])
    return index


@pytest.mark.parametrize(
    ("question", "ci", "key"),
    [
        ("token-redis maxmemory 정책 머임", "token-redis", "maxmemory_policy"),  # not `maxmemory_gb`
        ("pay-api 급여일 며칠로 셋팅돼있어", "pay-api", "pay_day"),
        ("pay-api 동시수집 몇으로 돼있음", "pay-api", "concurrency"),
        ("what's the geofence radius in metres for pay-api?", "pay-api", "geofence_m"),
        ("what's the max queue depth configured on kafka-main?", "kafka-main", "max_depth"),
        ("리더기 몇대 붙어있냐 kafka-main에", "kafka-main", "badge_readers"),  # one key holds `readers`
    ],
)
def test_a_key_is_read_from_its_parts_in_the_business_words(question: str, ci: str, key: str) -> None:
    plan = plan_question(question, _keyed_index(), NOW, TZ)
    assert plan.route == "LOOKUP" and plan.steps[0].args.get("name") == ci, plan
    assert plan.steps[0].args.get("fields") == [f"attributes.{key}"], plan


def test_a_part_alone_never_reads_a_limit_key() -> None:
    plan = plan_question("ledger-pg 세션 얼마나 돼", _keyed_index(), NOW, TZ)
    assert plan.steps == [] or plan.steps[0].args.get("fields") != ["attributes.max_sessions"], plan


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("이번 달 배포 이력", datetime(2026, 5, 31, 15, tzinfo=UTC), NOW),  # June in Seoul
        ("deploys this month", datetime(2026, 5, 31, 15, tzinfo=UTC), NOW),
        ("지난달 cpu 평균", datetime(2026, 4, 30, 15, tzinfo=UTC), datetime(2026, 5, 31, 15, tzinfo=UTC)),
        ("열흘 중 최저 디스크", datetime(2026, 5, 31, 3, tzinfo=UTC), NOW),
    ],
)
def test_months_and_days_in_words_bound_the_window(question: str, start: datetime, end: datetime) -> None:
    window, _ = parse_window(question, NOW, TZ)
    assert window is not None and window.start == start and window.end == end, (question, window)


def test_the_single_fullest_is_one_ci() -> None:
    plan = plan_question("디스크 제일 꽉찬 서버", fleet_index(), NOW, TZ)
    assert plan.steps[0].args.get("op") == "top_n" and plan.steps[0].args["n"] == 1, plan


def test_a_word_of_a_location_value_said_alone_is_the_location() -> None:
    index = fleet_index()
    index.locations = ["seoul-az1", "ncloud-kr"]
    plan = plan_question("ncloud 쪽 CI 몇개임", index, NOW, TZ)
    assert plan.steps[0].args.get("filters") == {"location": "ncloud-kr"}, plan


def test_worker_nodes_are_hosts() -> None:
    plan = plan_question("seoul-az1 워커노드 전부", fleet_index(), NOW, TZ)
    assert plan.steps and plan.steps[0].args["filters"].get("type") == "host", plan


def test_a_deploy_blamed_in_the_past_is_a_change_the_analysis_starts_from() -> None:
    plan = plan_question("pay-api 어제밤에 배포한거 때문에 터진거임?", fleet_index(), NOW, TZ)
    assert plan.route == "RCA" and plan.steps[0].args.get("after_change") is True, plan


def test_a_failing_token_refresh_is_behaviour_not_a_secret() -> None:
    assert refusal_of("pay-api 10:40 배포 후 토큰갱신 실패 원인이 배포야?") is None
    refused = refusal_of("pay-api 토큰 알려줘")
    assert refused is not None and refused.category == "secrets"


def test_several_named_cis_ordered_by_a_figure_are_one_comparison() -> None:
    question = "어제 pay-api pay-api-canary ledger-pg token-redis 평균 cpu 높은순"
    plan = plan_question(question, fleet_index(), NOW, TZ)
    assert plan.intent == "compare" and len(plan.steps) == 4, plan  # four figures, no overlaid chart


@pytest.mark.parametrize(
    ("question", "day"),
    [("pay-api 6일 에러율 최고 몇", 6), ("7일에 pay-api 설정 바꾼거 몇시야", 7)],
)
def test_an_early_day_of_the_month_before_a_word_is_a_date(question: str, day: int) -> None:
    window, _ = parse_window(question, NOW, TZ)
    assert window is not None and window.start == datetime(2026, 6, day - 1, 15, tzinfo=UTC), window


@pytest.mark.parametrize("question", ["7일 평균 cpu", "3일 cpu 추이", "지난 6일 에러율 최고"])
def test_a_count_of_days_before_a_span_word_stays_a_duration(question: str) -> None:
    window, _ = parse_window(question, NOW, TZ)
    assert window is not None and window.end == NOW, window


def test_the_things_a_ci_depends_on_said_without_a_particle() -> None:
    plan = plan_question("pay-api 직접 의존하는 것들", fleet_index(), NOW, TZ)
    assert plan.steps[0].args.get("op") == "dependencies", plan


def test_what_a_ci_did_is_its_timeline() -> None:
    plan = plan_question("일요일 새벽 pay-api 뭐했어", fleet_index(), NOW, TZ)
    assert plan.steps and plan.steps[0].args.get("op") == "timeline", plan

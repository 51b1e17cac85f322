"""Classes of question found by blind batches 37–38 (travel agency, tax e-filing): "since Tuesday" and
"19일부터" up to now, a day of the month before any word ("16일 응답시간"), a range of days, "10프로", "at any
point", English prefixed words, keys written without their separator, whys that ask whether the trouble came
from elsewhere, and the start of a run."""

from datetime import UTC, datetime

import pytest

from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from tests.unit.test_rules_planner import NOW, TZ, fleet_index

SEOUL_MIDNIGHT = {day: datetime(2026, 6, day - 1, 15, tzinfo=UTC) for day in range(2, 11)}  # KST days of June


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("deployments since Tuesday", SEOUL_MIDNIGHT[9], NOW),  # 2026-06-10 is a Wednesday
        ("월요일 이후로 설정변경", SEOUL_MIDNIGHT[8], NOW),
        ("5일부터 지금까지 cpu", SEOUL_MIDNIGHT[5], NOW),
        ("5일 이후 이벤트", SEOUL_MIDNIGHT[5], NOW),
        ("5일부터 7일까지 cpu 평균", SEOUL_MIDNIGHT[5], SEOUL_MIDNIGHT[8]),
        ("cpu from Monday to Tuesday", SEOUL_MIDNIGHT[8], SEOUL_MIDNIGHT[10]),
        ("9일 응답시간 피크", SEOUL_MIDNIGHT[9], SEOUL_MIDNIGHT[10]),  # a date, not nine days
    ],
)
def test_a_day_said_with_since_or_a_second_day_bounds_the_window(
    question: str, start: datetime, end: datetime
) -> None:
    window, _ = parse_window(question, NOW, TZ)
    assert window is not None and window.start == start, (question, window)
    assert abs((window.end - end).total_seconds()) < 1, (question, window)


@pytest.mark.parametrize(
    ("question", "days"), [("7일 평균", 7), ("14일 평균 cpu", 14), ("20일 동안 cpu", 20)]
)
def test_a_count_of_days_stays_a_duration(question: str, days: int) -> None:
    window, _ = parse_window(question, NOW, TZ)
    assert window is not None and window.end == NOW and (NOW - window.start).days == days, window


def test_percent_said_as_pro_is_a_bound() -> None:
    plan = plan_question("어제 에러율 10프로 넘었던 서비스들", fleet_index(), NOW, TZ)
    args = plan.steps[0].args
    assert args.get("op") == "threshold" and args["value"] == 10.0, args


@pytest.mark.parametrize(
    ("question", "route"),
    [
        ("which hosts had disk above 70% at any point in the last 10 days?", "AGGREGATE"),
        ("Why did pay-api fail to issue e-tickets on Tuesday afternoon?", "RCA"),
        ("how many services belong to fin-platform?", "AGGREGATE"),
        ("pay-api 1시20분 배포 후 바로 에러났는데 배포 문제?", "RCA"),
        ("pay-api 실패난거 자체 문제야 아님 딴거?", "RCA"),
        ("pay-api 새벽에 에러 난거 앱 문제야 아님 딴데야", "RCA"),
        ("pay-api에서 ledger-pg까지 어케 타고가", "GRAPH"),
        ("ledger-pg 볼륨 붙어있는 서버들", "GRAPH"),
        ("when did pay-api start today?", "LOOKUP"),
        ("average response time of pay-api over the last 3 hours", "AGGREGATE"),
    ],
)
def test_blind_batch_phrasings_are_read(question: str, route: str) -> None:
    index = fleet_index()
    index.ci_types = {**index.ci_types, "gcs-eticket": "storage", "kkachi-point": "service"}  # near names
    index.attribute_terms = sorted({*index.attribute_terms, *attribute_terms(["hours"])})
    plan = plan_question(question, index, NOW, TZ)
    assert plan.route.value == route, (question, plan.route, plan.reason, plan.detail)


def test_a_key_written_without_its_separator_is_the_key() -> None:
    index = fleet_index()
    index.attribute_terms = sorted({*index.attribute_terms, *attribute_terms(["max_depth"])})
    plan = plan_question("kafka-main maxdepth 얼마로 돼있음", index, NOW, TZ)
    assert plan.steps and plan.steps[0].args.get("fields") == ["attributes.max_depth"], plan


@pytest.mark.parametrize(
    ("question", "latest"),
    [
        ("pay-api 실패난거 원인", True),
        ("why did pay-api fail?", True),
        ("pay-api 지금 왜 느려?", False),
        ("어제 pay-api 왜 느렸어", False),
        ("why is pay-api slow?", False),
    ],
)
def test_a_trouble_told_in_the_past_with_no_time_may_be_the_latest_one(question: str, latest: bool) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    assert plan.route.value == "RCA" and plan.steps[0].args.get("latest_trouble", False) is latest, plan


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("what did pay-api log on Saturday the 6th?", "events_list"),
        ("이번주 pay-api 뭐 바꾼거 있어?", "events_list"),
    ],
)
def test_what_a_ci_logged_or_changed_is_its_events(question: str, intent: str) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    assert plan.intent == intent and plan.steps[0].args["ci"] == "pay-api", plan

"""Classes the contact-centre and elevator-monitoring estates (blind batches 71–72) found: a request to do
something is a change however it is worded, "last week" is the calendar week, "있었어?" over a threshold
list answers yes or no, a status said as a status, two fields added up, a limit asked is a setting, the
kind of CI asked for ("… 넣는 큐 뭐야"), and "로그인" is no log."""

from datetime import UTC, datetime

import pytest

from services.infra.metric_names import aliases_of
from services.ops.planner.attribute_values import ValueVocabulary
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


@pytest.mark.parametrize(
    ("question", "action"),
    [
        ("pay-api 쿼터풀 다시 분리해줘", "분리"),
        ("kafka-main 파티션 증설해주세요", "증설"),
        ("라우팅 이관 좀 해줘", "이관"),
    ],
)
def test_a_request_to_do_something_is_a_change(question: str, action: str) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    assert (plan.route, plan.reason, plan.detail) == ("REJECT", "changes", action), plan


@pytest.mark.parametrize(
    "question", ["최근 30분 장애 원인분석 해줘", "pay-api 알람 울린거 정리좀 해줘", "pay-api 상태 확인해줘"]
)
def test_a_request_to_read_or_explain_is_no_change(question: str) -> None:
    assert plan_question(question, fleet_index(), NOW, TZ).reason != "changes"


MONDAY = datetime(2028, 3, 13, 2, 10, tzinfo=UTC)  # 11:10 KST on a Monday


@pytest.mark.parametrize(
    "question", ["errors last week?", "지난주 에러", "저번 주 에러", "previous week errors"]
)
def test_last_week_is_the_calendar_week_before(question: str) -> None:
    window, _ = parse_window(question, MONDAY, "Asia/Seoul")
    assert window is not None
    assert (window.start, window.end) == (
        datetime(2028, 3, 5, 15, tzinfo=UTC),  # Monday 6th 00:00 KST
        datetime(2028, 3, 12, 15, tzinfo=UTC),  # Monday 13th 00:00 KST
    )


@pytest.mark.parametrize(
    "question", ["over the last week", "in the last week", "past week errors", "최근 일주일"]
)
def test_the_past_week_is_the_last_seven_days(question: str) -> None:
    window, _ = parse_window(question, MONDAY, "Asia/Seoul")
    assert window is not None and (window.start, window.end) == (
        datetime(2028, 3, 6, 2, 10, tzinfo=UTC),
        MONDAY,
    )


@pytest.mark.parametrize(
    ("question", "whether"),
    [
        ("지난 주말에 에러율 5% 넘은 서비스 있었어?", True),
        ("were there any services above 5% errors yesterday?", True),
        ("에러율 5% 넘은 서비스 몇 개 있었어?", False),
        ("which services went above 10% errors last week?", False),
    ],
)
def test_a_threshold_list_asked_as_whether_opens_with_yes_or_no(question: str, whether: bool) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    assert plan.steps[0].args["op"] == "threshold" and plan.asks_whether is whether, plan


def test_a_status_said_as_the_status() -> None:
    assert parse("standby 상태 CI 목록", fleet_index(), NOW, TZ).filters == {"status": "standby"}


def test_two_fields_of_one_ci_asked_added_up() -> None:
    args = (
        plan_question("kr-sel-web-07 cpu cores and memory gb combined?", fleet_index(), NOW, TZ).steps[0].args
    )
    assert (args["op"], len(args["fields"]), args.get("total")) == ("get", 2, True), args


def test_a_limit_asked_is_no_count_of_events() -> None:
    plan = plan_question("pay-api 동시배포 최대 몇대까지", fleet_index(), NOW, TZ)
    assert all(step.tool != "event_query" for step in plan.steps), plan


@pytest.mark.parametrize("question", ["pay-api가 알람 넣는 큐 뭐야", "pay-api가 메시지 넣는 큐는 뭐야?"])
def test_the_kind_of_ci_asked_for_is_a_relation_not_its_alarms(question: str) -> None:
    step = plan_question(question, fleet_index(), NOW, TZ).steps[0]
    assert (step.tool, step.args["direction"], step.args["types"]) == ("graph_query", "out", ["queue"]), step


def test_a_login_is_no_log() -> None:
    plan = plan_question("김민지 로그인 했어?", fleet_index(), NOW, TZ)
    assert all(step.tool != "event_query" for step in plan.steps), plan


def test_a_new_metric_is_asked_by_its_everyday_words() -> None:
    korean, english = aliases_of("active_sessions")
    assert "동시 세션 수" in korean and {"concurrent sessions", "concurrent session count"} <= set(english)
    assert "GPU utilisation" in aliases_of("gpu_usage")[1]
    assert not any("concurrent" in word for word in aliases_of("active_power_mw")[1])


def test_bare_numbers_after_a_numbered_name_are_its_siblings() -> None:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.names import with_sibling_numbers

    index = EntityIndex()
    index.ci_types = {
        "web-01": "host",
        "web-02": "host",
        "web-03": "host",
        "db1": "database",
        "db2": "database",
    }
    assert with_sibling_numbers("web-01 02 03 중에 메모리 젤 높은거", index).startswith(
        "web-01, web-02, web-03 중에"
    )
    assert with_sibling_numbers("web-01/02 cpu", index) == "web-01, web-02 cpu"
    for kept in ("db1 2시간 평균", "db1 2 시간 평균", "web-01 90 넘었어?", "web-01 05 cpu"):  # no sibling
        assert with_sibling_numbers(kept, index) == kept


def test_a_key_held_with_its_value_said_filters_on_the_value() -> None:
    index = fleet_index()
    index.attribute_terms = attribute_terms(["engine"])
    index.values = ValueVocabulary(
        terms=[("postgresql", "postgresql"), ("mysql", "mysql")],
        keys={"postgresql": {"engine": {"database"}}, "mysql": {"engine": {"database"}}},
    )
    args = plan_question("which databases have engine postgresql?", index, NOW, TZ).steps[0].args
    assert args["filters"]["attributes"] == {"engine": "postgresql"}, args
    args = plan_question("which databases have an engine recorded?", index, NOW, TZ).steps[0].args
    assert args["filters"]["attributes"] == {"engine": "*"}, args


@pytest.mark.parametrize(
    "question",
    ["last Monday's pay-api trouble: what actually broke?", "Why did pay-api mis-route payments yesterday?"],
)
def test_a_cause_asked_in_other_words(question: str) -> None:
    assert plan_question(question, fleet_index(), NOW, TZ).route == "RCA"

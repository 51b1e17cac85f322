"""Failure classes found by blind batches 47 (bench/tol_golden.py: an expressway toll operator) and 48
(bench/cin_golden.py: a multiplex cinema chain), pinned on the rules planner over the unit estate of
test_rules_planner."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from services.ops.compose_ci import _recorded
from services.ops.planner.entities import Mention
from services.ops.planner.index_terms import event_type_terms
from services.ops.planner.names import unplaced_name
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _estate_with_kinds():
    """The unit estate with lane controllers, projection servers, EC2 instances and a managed broker."""
    index = fleet_index()
    hosts = {
        "tg1-ln01": ("lane_no", "lane_type"),
        "tg1-ln02": ("lane_no", "lane_type"),
        "gn-s01-ims": ("projector", "seats"),
        "i-0a1": ("ami", "instance_type"),
        "i-0b2": ("ami", "instance_type"),
        "b-3f1c": ("instance_type",),  # a managed broker: no AMI
        "tg1-rsugw": (),
        "tg2-rsugw": (),
        "tg3-rsugw": (),
    }
    for name, keys in hosts.items():
        index.ci_types[name] = "host" if keys else "service"
        index.ci_names[name] = name
        index.ci_keys[name] = keys
    index.ci_names |= {n: n for n in index.ci_types}
    return index


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("차로제어기 몇대 등록돼있어", "lane_type"),
        ("how many lane controllers are there?", "lane_type"),
        ("영사서버 몇대", "projector"),
        ("list the projection servers", "projector"),
        ("ec2 인스턴스 목록", "ami"),  # the rarer key: a managed broker has an instance type too
    ],
)
def test_a_kind_of_host_said_by_a_key_its_hosts_hold_is_filtered_by_it(question: str, key: str) -> None:
    plan = plan_question(question, _estate_with_kinds(), NOW, TZ)
    assert plan.route != "REJECT", plan
    filters = plan.steps[0].args["filters"]
    assert filters.get("type") == "host" and filters.get("attributes") == {key: "*"}, plan


def test_a_group_said_by_a_name_part_and_its_number_is_those_cis() -> None:
    plan = plan_question("rsugw 3개 평균 cpu 높은순", _estate_with_kinds(), NOW, TZ)
    assert plan.steps[0].args["filters"]["names"] == ["tg1-rsugw", "tg2-rsugw", "tg3-rsugw"], plan
    assert plan_question("rsugw 4개 평균 cpu", _estate_with_kinds(), NOW, TZ).route == "REJECT"  # not four


def _local_days(question: str) -> tuple[str, str, str]:
    window, span = parse_window(question, datetime(2027, 9, 19, 23, 25, tzinfo=ZoneInfo("UTC")), TZ)
    assert window is not None and span is not None, question
    zone = ZoneInfo(TZ)
    return (
        f"{window.start.astimezone(zone):%m-%d}",
        f"{window.end.astimezone(zone):%m-%d}",
        question[slice(*span)],
    )


def test_holidays_said_with_their_days_or_a_count_are_their_days() -> None:
    assert _local_days("추석 연휴 사흘동안 critical 뜬 CI") == ("09-14", "09-16", "추석 연휴 사흘동안")
    assert _local_days("추석연휴(14~16일) 동안 응답 12ms 넘었던 db") == (
        "09-14",
        "09-16",
        "추석연휴(14~16일)",
    )
    assert _local_days("peak latency on Chuseok day (Wed 15th)?")[2] == "Chuseok day (Wed 15th)"
    assert _local_days("명절 연휴 동안 에러")[:2] == ("09-14", "09-16")  # the holiday that came last


def test_between_two_bare_hours_of_a_day_is_a_clock_range_but_not_before_a_unit() -> None:
    window, _ = parse_window("its average between 8 and 9 last monday", NOW, TZ)
    assert window is not None and window.clock_range and window.hours == 1
    assert parse_window("cpu between 8 and 9 %", NOW, TZ)[0] is None


@pytest.mark.parametrize(
    "question", ["when does pay-api kick off?", "pay-api 몇시에 도는 배치야", "what time does pay-api run?"]
)
def test_when_a_ci_is_set_to_run_is_its_schedule(question: str) -> None:
    index = fleet_index()
    index.ci_keys = {"pay-api": ("schedule", "version")}
    plan = plan_question(question, index, NOW, TZ)
    assert plan.steps and plan.steps[0].args.get("fields") == ["attributes.schedule"], plan


@pytest.mark.parametrize(
    "question", ["어제 저녁 pay-api 응답시간 젤 느렸을때", "pay-api latency high point yesterday morning?"]
)
def test_the_worst_moment_of_one_ci_is_its_window_maximum(question: str) -> None:
    assert plan_question(question, fleet_index(), NOW, TZ).steps[0].args.get("agg") == "max"


def test_opening_or_releasing_something_is_a_change_refused() -> None:
    plan = plan_question("kr-sel-web-07 점검 해제하고 차로 열어줘", fleet_index(), NOW, TZ)
    assert plan.route == "REJECT" and plan.reason == "changes", plan


def test_what_sits_on_top_of_a_ci_depends_on_it() -> None:
    plan = plan_question("which services sit on top of ledger-pg directly?", fleet_index(), NOW, TZ)
    assert plan.intent == "dependents", plan


def test_changes_weighed_against_each_other_anchor_the_why_at_the_change() -> None:
    plan = plan_question("pay-api 1시반 배포랑 설정 바꾼거 중에 뭐가 원인임?", fleet_index(), NOW, TZ)
    assert plan.route == "RCA" and plan.steps[0].args.get("after_change"), plan


def test_an_event_type_is_also_said_in_korean_and_a_record_is_shown_as_recorded() -> None:
    terms = event_type_terms(["cert_expiry"], set())
    assert ("인증서 만료 경고", "cert_expiry") in terms and ("인증서 만료", "cert_expiry") not in terms
    assert (_recorded(0.987), _recorded(12450000.0), _recorded("nori")) == ("0.987", "12450000", "nori")


def test_a_kind_word_after_a_value_names_no_ci() -> None:
    value = [Mention("value", "mysql", 0, 5)]
    assert unplaced_name("mysql 계열 db 전부", value, fleet_index()) is None
    assert unplaced_name("mysql 게열 db 전부", value, fleet_index()) == "게열"  # a typo is still a word


def test_a_change_asked_about_as_the_problem_is_a_why_from_that_change() -> None:
    plan = plan_question(
        "pay-api 6.2.0 배포하고 30분뒤에 터졌던데 모델 바꾼게 문제야?", fleet_index(), NOW, TZ
    )
    assert plan.route == "RCA" and plan.steps[0].args.get("after_change"), plan

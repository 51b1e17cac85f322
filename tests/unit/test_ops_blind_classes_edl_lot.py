"""Failure classes found by blind batches 43 (bench/edl_golden.py: a live-class education platform) and
44 (bench/lot_golden.py: a lottery operator), pinned on the rules planner over the unit estate of
test_rules_planner."""

from datetime import timedelta

import pytest

from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.moments import parse_moment, tells_trouble_now
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _keyed_index():
    index = fleet_index()
    index.ci_keys = {
        "pay-api": ("draw_time", "round", "shops", "deadline", "sibling_discount_pct", "max_ws_per_pod"),
        "ledger-pg": ("agent_seats", "hospitals", "talkgroups", "carriers", "recovery_model"),
    }
    index.attribute_terms = attribute_terms(["port", "version", "cpu_cores"])
    return index


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("pay-api 추첨시각 몇시로 돼있지", "draw_time"),
        ("pay-api에 회차 몇회로 세팅돼있어", "round"),
        ("pay-api 판매점 몇개 붙어", "shops"),
        ("pay-api 숙제 마감시각", "deadline"),
        ("형제할인 몇퍼센트임 pay-api", "sibling_discount_pct"),
        ("pay-api 파드당 웹소켓 최대 몇개", "max_ws_per_pod"),
        ("ledger-pg 접수석 몇석이야", "agent_seats"),
        ("ledger-pg 연계병원 몇군데", "hospitals"),
        ("ledger-pg 토크그룹 몇개", "talkgroups"),
        ("ledger-pg 어느 통신사들 연동돼?", "carriers"),
        ("ledger-pg 복구모델 뭐로 돼있음", "recovery_model"),
    ],
)
def test_a_key_is_read_from_its_korean_business_words(question: str, key: str) -> None:
    plan = plan_question(question, _keyed_index(), NOW, TZ)
    assert plan.route == "LOOKUP" and plan.steps[0].args.get("fields") == [f"attributes.{key}"], plan


@pytest.mark.parametrize(
    "said",
    [
        "students can't enter their classes - root cause?",
        "logins are failing, why?",
        "앱 결제 안돼 원인 뭐야",
    ],
)
def test_a_trouble_told_as_going_on_is_asked_about_now(said: str) -> None:
    assert tells_trouble_now(said)


@pytest.mark.parametrize("said", ["why did logins fail last night?", "안되는 이유가 뭐였어", "안돼지"])
def test_a_trouble_told_in_the_past_is_not_now(said: str) -> None:
    assert not tells_trouble_now(said)


def test_a_why_of_a_trouble_going_on_with_unknown_words_looks_at_the_estate_now() -> None:
    plan = plan_question("students can't enter their evening classes - root cause?", fleet_index(), NOW, TZ)
    assert plan.route == "RCA" and plan.steps[0].args.get("unmatched"), plan


def test_a_day_named_twice_is_read_once() -> None:
    from datetime import UTC, datetime

    from services.ops.planner.timeparse import parse_window

    saturday = datetime(2027, 6, 19, 10, 40, tzinfo=UTC)  # 19:40 in Seoul
    window = parse_window("jangbu's error rate last Saturday evening (June 12)?", saturday, TZ)[0]
    assert window is not None and window.label == "2027-06-12 evening"  # not the 5th, read from the 12th


@pytest.mark.parametrize("said", ["니가 장애 조치도 해줄수 있어?", "can you also fix incidents?"])
def test_asking_whether_it_acts_is_about_the_assistant(said: str) -> None:
    plan = plan_question(said, fleet_index(), NOW, TZ)
    assert plan.route == "DIRECT" and plan.reason == "capabilities", plan


def test_a_time_told_by_what_happens_then_names_no_ci() -> None:
    plan = plan_question(
        "just got paged before the ledger - what's unhealthy at the moment?", fleet_index(), NOW, TZ
    )
    assert plan.route != "REJECT" and plan.reason != "unknown_ci", plan


def test_how_far_it_filled_is_the_disks_peak() -> None:
    plan = plan_question("kr-sel-web-07 사용률 얼마까지 찼어", fleet_index(), NOW, TZ)
    step = plan.steps[0].args
    assert (step.get("metric"), step.get("agg")) == ("disk_usage", "max"), plan


@pytest.mark.parametrize("question", ["시간은 다 한국시간이지?", "are these times in KST?", "시간 UTC야?"])
def test_the_zone_of_the_answers_times_is_asked_of_the_assistant(question: str) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    assert (plan.route, plan.reason) == ("DIRECT", "time"), plan


@pytest.mark.parametrize(
    ("said", "days"),
    [("what was it 7 days ago, roughly at this time?", 7), ("어제 이맘때는?", 1), ("same time last week", 7)],
)
def test_the_same_time_days_back_is_a_moment(said: str, days: int) -> None:
    assert parse_moment(said, TZ, NOW) == NOW - timedelta(days=days)


def test_at_this_point_is_now() -> None:
    plan = plan_question("how full is kr-sel-web-07's memory at this point?", fleet_index(), NOW, TZ)
    assert plan.route != "REJECT" and plan.steps[0].args.get("op") == "latest", plan


def test_a_percentage_said_of_storage_is_how_full_it_is() -> None:
    index = fleet_index()
    index.ci_types["vault-nas"], index.ci_names["vault-nas"] = "storage", "vault-nas"
    plan = plan_question("vault-nas 80% 넘은적 있어?", index, NOW, TZ)
    assert plan.route == "AGGREGATE" and plan.steps[0].args.get("metric") == "disk_usage", plan


def test_the_hosts_a_named_ci_runs_on_are_ranked_for_it() -> None:
    index = fleet_index()
    index.ci_hosts = {"ledger-pg": ("kr-sel-db-02", "kr-sel-web-07")}
    for question in (
        "ledger-pg 노드 중 디스크 젤 높은거",
        "ledger-pg 노드 2대 중에 디스크 젤 높은거",  # how many there are, not how many to rank
        "which of ledger-pg's hosts has the highest cpu?",
    ):
        plan = plan_question(question, index, NOW, TZ)
        step = plan.steps[0].args
        assert (step.get("op"), step.get("filters", {}).get("names")) == (
            "top_n",
            ["kr-sel-db-02", "kr-sel-web-07"],
        ), (question, plan)
        assert step.get("n") == 1, (question, plan)


def test_a_change_with_its_time_in_brackets_anchors_the_why() -> None:
    plan = plan_question("pay-api 배포(8시50분)하고 바로 터졌던데 그 배포 탓?", fleet_index(), NOW, TZ)
    assert plan.route == "RCA" and plan.steps[0].args.get("after_change") is True, plan


def test_a_word_glossed_by_a_filter_in_brackets_is_read_with_it() -> None:
    plan = plan_question("작업중(maintenance) 걸린거 뭐있어", fleet_index(), NOW, TZ)
    assert plan.route != "REJECT" and plan.steps[0].args["filters"]["status"] == "maintenance", plan

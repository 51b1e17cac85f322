"""Failure classes found by blind batches 43 (bench/edl_golden.py: a live-class education platform) and
44 (bench/lot_golden.py: a lottery operator), pinned on the rules planner over the unit estate of
test_rules_planner."""

import pytest

from services.ops.planner.entities import attribute_terms
from services.ops.planner.moments import tells_trouble_now
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _keyed_index():
    index = fleet_index()
    index.ci_keys = {
        "pay-api": ("draw_time", "round", "shops", "deadline", "sibling_discount_pct", "max_ws_per_pod"),
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

"""Failure classes found by blind batches 62–64 (bench/cvs_golden.py: a convenience-store franchise,
bench/sat_golden.py: a satellite ground station, bench/irs_golden.py: an integrated resort), pinned on the
rules planner over the unit estate of test_rules_planner and on the pure pieces under the RCA tool."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from services.ops.honesty import NOT_QUANTITIES, unused_terms
from services.ops.planner.event_times import _content_words as event_content_words
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.key_words import key_terms
from services.ops.planner.moments import parse_moment
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from services.ops.rca_scan import MIN_SEASONAL_DAYS, seasonal_days
from services.ops.tools import ToolContext
from services.ops.tools.rca_when import HALF_DAY, other_halves
from tests.unit.test_rules_planner import NOW, TZ, fleet_index

DAY = timedelta(days=1)


def test_a_window_with_too_few_days_before_it_takes_the_days_after_it_as_its_baseline() -> None:
    """The first night of the records has no earlier night: the nights after it say what is usual."""
    first, last = datetime(2028, 11, 12, 8, tzinfo=UTC), datetime(2028, 11, 22, 8, tzinfo=UTC)
    night = datetime(2028, 11, 12, 16, tzinfo=UTC)
    assert seasonal_days(first, last, night, night + timedelta(hours=6)) == [-1, -2, -3, -4, -5, -6, -7]
    second = night + DAY
    assert seasonal_days(first, last, second, second + timedelta(hours=6)) == [1, -1, -2, -3, -4, -5, -6]
    later = night + 4 * DAY  # enough days before it: those alone, as before
    assert seasonal_days(first, last, later, later + timedelta(hours=6)) == [1, 2, 3, 4]
    assert len(seasonal_days(first, last, later, later)) >= MIN_SEASONAL_DAYS
    assert seasonal_days(None, None, night, night) == []


def test_the_other_half_of_a_guessed_hour_stays_on_its_day() -> None:
    """ "10월14일 5시반" read as 17:30 may be 05:30 that day, never 05:30 on the 15th."""
    ctx = ToolContext(session=None, principal=None, now=NOW, tz=TZ, lang="ko", policy={})  # type: ignore[arg-type]
    zone = ZoneInfo(TZ)
    evening = datetime(2026, 6, 8, 17, 30, tzinfo=zone).astimezone(UTC)
    morning = datetime(2026, 6, 8, 5, 30, tzinfo=zone).astimezone(UTC)
    assert other_halves(ctx, evening) == (-HALF_DAY,)
    assert set(other_halves(ctx, morning)) == {-HALF_DAY, HALF_DAY}


@pytest.mark.parametrize(
    ("said", "back"),
    [
        ("and a week ago?", timedelta(weeks=1)),
        ("pay-api cpu an hour ago", timedelta(hours=1)),
        ("pay-api cpu 1주일 전", timedelta(weeks=1)),
        ("pay-api cpu 한 시간 전", timedelta(hours=1)),
        ("pay-api cpu 30분 전", timedelta(minutes=30)),
    ],
)
def test_a_time_ago_said_with_a_word_for_one_is_a_moment(said: str, back: timedelta) -> None:
    """ "and a week ago?" after "how full is it now?" answered the CI's attributes: no time was read."""
    assert parse_moment(said, TZ, NOW) == NOW - back


def test_a_relative_day_after_a_blamed_change_s_day_is_the_trouble_s() -> None:
    """ "일요일에 병렬도 바꾼거 때문에 어제 마감 터진거야?": yesterday's close, not the day before Sunday."""
    window = parse_window("pay-api 일요일에 설정 바꾼거 때문에 어제 마감 터진거야?", NOW, TZ)[0]
    assert window is not None
    yesterday = (NOW.astimezone(ZoneInfo(TZ)) - DAY).date()
    assert window.start.astimezone(ZoneInfo(TZ)).date() == yesterday


def test_an_ordinal_in_a_name_is_no_quantity() -> None:
    for said in ("2차 발주마감", "솔빛3호 TC", "1호기 냉각", "3회차 공개"):
        assert NOT_QUANTITIES.search(said), said
    assert not NOT_QUANTITIES.search("3개 서비스")


def _plan(question: str):
    return plan_question(question, fleet_index(), NOW, TZ)


def test_an_error_code_beside_a_ci_is_no_unknown_name() -> None:
    plan = _plan("root cause of the ORA-00257 on ledger-pg this morning?")
    assert plan.route.value == "RCA" and plan.steps[0].args["ci"] == "ledger-pg", plan


@pytest.mark.parametrize(
    ("question", "op"),
    [
        ("pay-api 쓰는 큐 뭐임", "dependencies"),  # the queue pay-api uses
        ("pay-api 쓰는 캐시는", "dependencies"),
        ("kafka-main 쓰는 서비스", "dependents"),  # the services that use kafka-main
    ],
)
def test_uses_with_a_used_kind_as_its_head_is_what_the_ci_uses(question: str, op: str) -> None:
    plan = _plan(question)
    assert plan.steps and plan.steps[0].args["op"] == op, plan


@pytest.mark.parametrize(
    "question",
    ["pay-api 2.3.0 배포 30분 뒤에 터졌던데 배포 때문임?", "pay-api 배포 때문이야 어제 느려진거?"],
)
def test_a_deploy_blamed_with_a_delay_or_a_bare_because_is_an_rca_from_the_change(question: str) -> None:
    plan = _plan(question)
    assert plan.route.value == "RCA" and plan.steps[0].args.get("after_change"), plan


def test_a_change_at_a_clock_time_with_no_day_is_looked_for_on_any_day() -> None:
    """ "X 22시5분에 설정 바꾸고 바로 터졌던데": X's change at 22:05, on whichever day it was."""
    plan = _plan("pay-api 22시5분에 설정 바꾸고 바로 터졌던데 그거때문이야?")
    args = plan.steps[0].args
    assert plan.route.value == "RCA" and args.get("after_change") and args.get("start"), plan
    dated = _plan("pay-api 어제 22시5분에 설정 바꾸고 바로 터졌던데 그거때문이야?").steps[0].args
    assert dated.get("start") and not dated.get("after_change")  # a day said: that day only


def test_a_key_of_several_parts_is_also_written_in_english_long_forms() -> None:
    assert {"certificate expiry", "cert expiration"} <= key_terms("cert_expiry")
    assert "replication" in key_terms("replication") and "복제" in key_terms("replication")


def _keyed_index():
    index = fleet_index()
    index.attribute_terms = attribute_terms(["cert_expiry", "gpu", "stores"])
    index.ci_keys = {"kr-sel-db-02": ("gpu",), "pay-api": ("stores",)}  # one host of two has a GPU
    return index


def test_ci_lists_by_a_key_they_hold() -> None:
    """ "which CIs have a certificate expiry date recorded?", "gpu 노드 뭐뭐야": the CIs holding the key."""
    index = _keyed_index()
    listed = plan_question("which CIs have a certificate expiry date recorded?", index, NOW, TZ)
    assert listed.steps[0].args["filters"] == {"attributes": {"cert_expiry": "*"}}, listed
    nodes = plan_question("gpu 노드 뭐뭐야", index, NOW, TZ)
    assert nodes.steps[0].args["filters"] == {"attributes": {"gpu": "*"}, "type": "host"}, nodes


def test_a_count_key_s_korean_noun_is_read_on_the_named_ci() -> None:
    plan = plan_question("pay-api 물려있는 점포수 몇개야", _keyed_index(), NOW, TZ)
    assert plan.steps and plan.steps[0].args.get("fields") == ["attributes.stores"], plan


def test_a_group_figure_that_leaves_a_named_key_unused_is_unclear() -> None:
    """ "카프카 브로커 서버 3대 cpu 최대치" answered the top 3 of every host: the key picked no group."""
    index = fleet_index()
    index.attribute_terms = attribute_terms(["brokers"])
    question = "브로커 서버 3대 cpu 최대치 높은순으로"
    plan = plan_question(question, index, NOW, TZ)
    assert unused_terms(plan, parse(question, index, NOW, TZ), index.ci_types) == ["brokers"], plan


@pytest.mark.parametrize(
    ("question", "op"),
    [
        ("which service is handling the most requests right now?", "top_n"),
        ("anything on pay-api this week?", "timeline"),
    ],
)
def test_plain_english_around_a_known_intent(question: str, op: str) -> None:
    plan = _plan(question)
    assert plan.steps and plan.steps[0].args["op"] == op, plan


def test_a_copula_ending_is_no_word_an_event_message_holds() -> None:
    assert "였어" not in event_content_words("힙 4g로 줄인거 였어")

"""Failure classes found by blind batch 18 (bench/univ_golden.py: a university's IT), pinned on the rules
planner over the unit estate of test_rules_planner."""

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from services.ops.followup_pronouns import with_ci_named
from services.ops.honesty import unread_terms, unused_terms
from services.ops.planner.attribute_values import ValueVocabulary
from services.ops.planner.entities import EntityIndex
from services.ops.planner.moments import parse_moment
from services.ops.planner.names import sibling_named
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)

WEDNESDAY = datetime(2026, 9, 2, 5, 20, tzinfo=UTC)  # 14:20 KST
SEOUL = ZoneInfo(TZ)


def _kst(text: str) -> str:
    window, _ = parse_window(text, WEDNESDAY, TZ)
    assert window is not None, text
    return f"{window.start.astimezone(SEOUL):%m-%d %H:%M}~{window.end.astimezone(SEOUL):%m-%d %H:%M}"


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("27일에 응답시간 3초 넘은 서비스", "08-27 00:00~08-27 23:59"),  # the 27th, not 27 days
        ("27일 오전 수강신청 왜 느렸어", "08-27 00:00~08-27 12:00"),
        ("8월 31일 저녁", "08-31 18:00~08-31 23:59"),
        ("월요일 아침 왜 느렸어", "08-31 06:00~08-31 12:00"),
        ("what happened on Monday morning?", "08-31 06:00~08-31 12:00"),
        ("the slowdown Thursday morning", "08-27 06:00~08-27 12:00"),
        ("on Aug 27", "08-27 00:00~08-27 23:59"),
        ("지난 7일 cpu", "08-26 14:20~09-02 14:20"),  # a duration stays one
        ("7일 평균 cpu", "08-26 14:20~09-02 14:20"),
    ],
)
def test_days_named_by_date_or_weekday_are_those_days(text: str, window: str) -> None:
    assert _kst(text) == window


def test_black_friday_is_no_day() -> None:
    assert parse_window("black friday traffic", WEDNESDAY, TZ)[0] is None


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("31일 9시쯤 포털 먹통", "08-31 09:00"),
        ("8/27 10시 대기열", "08-27 10:00"),
        ("어제 2시쯤 에러", "09-01 14:00"),  # an hour of the working day said without 오전
        ("새벽 2시", "09-02 02:00"),
        ("오늘 3시", "09-02 03:00"),  # 15:00 has not come yet
    ],
)
def test_moments_on_named_days_and_afternoon_hours(text: str, moment: str) -> None:
    found = parse_moment(text, TZ, WEDNESDAY)
    assert found is not None and f"{found.astimezone(SEOUL):%m-%d %H:%M}" == moment


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("최근 3일 동안 cpu 95% 찍은 적 있는 거", {"op": "threshold", "cmp": ">=", "value": 95.0}),
        ("pay-api부터 ledger-pg까지 어떻게 이어져있어", {"op": "path"}),
        ("how bad did pay-api latency get yesterday?", {"op": "aggregate", "agg": "max"}),
        ("pay-api 바라보는 애들 누구야", {"op": "dependents"}),
    ],
)
def test_univ_phrasings_are_planned(index: EntityIndex, question: str, expected: dict) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    assert plan.route.value != "REJECT", plan
    args = plan.steps[0].args
    assert {k: args.get(k) for k in expected} == expected, args


def test_a_type_word_that_is_a_value_of_that_type_narrows_it(index: EntityIndex) -> None:  # noqa: F811
    vocab = ValueVocabulary(keys={"vm": {"form": {"host"}}})
    plan = plan_question("VM 몇 대야 전부", replace(index, values=vocab, _patterns={}), NOW, TZ)
    assert plan.steps[0].args["filters"] == {"attributes": {"form": "vm"}, "type": "host"}


def test_a_usage_of_what_an_attribute_records_is_no_attribute(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("kr-sel-web-07 os usage right now?", index, NOW, TZ)
    assert plan.route.value == "REJECT" and plan.reason == "unplaced", plan


def test_server_said_of_a_named_service_is_no_host_type(index: EntityIndex) -> None:  # noqa: F811
    question = "what port does the payment server pay-api listen on?"
    plan = plan_question(question, index, NOW, TZ)
    assert unused_terms(plan, parse(question, index, NOW, TZ), index.ci_types) == []


def test_a_parenthesis_that_holds_no_name_labels_nothing(index: EntityIndex) -> None:  # noqa: F811
    question = "how bad did SSO latency get on Monday morning (max)?"
    plan = plan_question(question, index, NOW, TZ)
    assert unread_terms(plan, parse(question, index, NOW, TZ), index) == ["sso"]


def test_a_ci_named_by_its_function_is_the_subject(index: EntityIndex) -> None:  # noqa: F811
    described = replace(
        index,
        ci_functions={
            "pay-api": ("수강신청",),
            "kafka-main": ("수강신청 대기열",),
            "ledger-pg": ("통합인증 sso",),
        },
        ci_texts={"pay-api": "수강신청", "kafka-main": "수강신청 대기열"},
        _patterns={},
    )
    plan = plan_question("수강신청 지금 응답시간", described, NOW, TZ)
    assert plan.steps[0].args.get("ci") == "pay-api", plan  # the CI that is just that, not its queue
    plan = plan_question("SSO latency yesterday max", described, NOW, TZ)
    assert plan.steps[0].args.get("ci") == "ledger-pg", plan
    plan = plan_question("왜 수강신청 느려?", described, NOW, TZ)  # a why looks among all it describes
    assert plan.steps[0].args.get("among") == ["kafka-main", "pay-api"], plan


def test_a_follow_up_pronoun_keeps_its_place_in_the_relation() -> None:
    assert with_ci_named("and what depends on it?", "schola") == "and what depends on schola?"
    assert with_ci_named("그거 어디서 돌아?", "v1141") == "v1141 어디서 돌아?"
    assert with_ci_named("and its owner?", "schola") == "and schola's owner?"
    assert with_ci_named("그럼 이벤트는?", "schola") == "schola 그럼 이벤트는?"
    # a demonstrative before the CI's own type word is the CI; another type's word is the far end
    assert with_ci_named("그 서비스 어느 서버에서 돌아?", "schola", "service") == "schola 어느 서버에서 돌아?"
    assert (
        with_ci_named("which hosts is that service on?", "schola", "service") == "which hosts is schola on?"
    )
    assert with_ci_named("해당DB 용량은?", "pg-main", "database") == "pg-main 용량은?"
    assert (
        with_ci_named("그 서버에서 도는 서비스는?", "schola", "service")
        == "schola 그 서버에서 도는 서비스는?"
    )


def test_a_sibling_is_named_by_the_last_part_of_its_name(index: EntityIndex) -> None:  # noqa: F811
    siblings = replace(index, ci_types={**index.ci_types, "kr-sel-web-08": "host"}, _patterns={})
    assert sibling_named("web-08은?", "kr-sel-web-07", siblings) is None  # no ending of its name alone
    assert sibling_named("08은?", "kr-sel-web-07", siblings) == ("08", "kr-sel-web-08")
    assert sibling_named("09는?", "kr-sel-web-07", siblings) is None  # no such CI


def test_how_it_went_is_what_happened(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("어젯밤 pay-api 어떻게 된 거야", index, NOW, TZ)
    assert plan.intent == "timeline", plan

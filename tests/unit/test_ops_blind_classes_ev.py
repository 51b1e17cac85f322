"""Classes of question found by blind batch 26 (ev-charge) and 27: each a class, never one question."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from services.ops.plan import Route
from services.ops.planner.entities import EntityIndex
from services.ops.planner.index_terms import camel_aliases
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)

AFTER_CHUSEOK = datetime(2026, 9, 30, 13, 40, tzinfo=UTC)  # Wednesday 22:40 in Seoul
SEOUL = ZoneInfo("Asia/Seoul")


@pytest.mark.parametrize(
    ("said", "first", "hours"),
    [
        ("추석날 밤 mqtt 에러율 최대 몇", "2026-09-25 18:00", 6),
        ("추석 전날 목요일 요청량 피크", "2026-09-24 00:00", 24),
        ("the day before Chuseok", "2026-09-24 00:00", 24),
        ("광복절에 cpu 어땠어", "2026-08-15 00:00", 24),
        ("on Christmas Day", "2025-12-25 00:00", 24),  # the most recent one up to today
        ("추석 연휴 동안 에러 제일 많았던거", "2026-09-24 00:00", 4 * 24),  # Thu–Sun: holidays and a weekend
    ],
)
def test_a_holiday_is_a_day_of_the_calendar(said: str, first: str, hours: int) -> None:
    window = parse_window(said, AFTER_CHUSEOK, "Asia/Seoul")[0]
    assert window is not None
    assert f"{window.start.astimezone(SEOUL):%Y-%m-%d %H:%M}" == first
    assert abs(window.hours - hours) < 0.01


def test_a_place_spelled_like_a_holiday_is_no_day() -> None:
    assert parse_window("신정동 지점 서버 cpu", AFTER_CHUSEOK, "Asia/Seoul")[0] is None


def test_a_holiday_after_today_is_last_years() -> None:
    window = parse_window("한글날 오후", AFTER_CHUSEOK, "Asia/Seoul")[0]
    assert window is not None
    assert window.start.astimezone(SEOUL).date().isoformat() == "2025-10-09"
    assert window.end - window.start <= timedelta(hours=12)


NIGHT_AFTER = datetime(2026, 11, 24, 11, 10, tzinfo=UTC)  # Tuesday 20:10 in Seoul


@pytest.mark.parametrize(
    ("said", "first", "last"),
    [
        ("어젯밤 11시반부터 새벽1시 사이 cpu 최고", "11-23 23:30", "11-24 01:00"),
        ("23:00~01:00 사이 에러율", "11-23 23:00", "11-24 01:00"),
        ("from 11pm to 1am", "11-23 23:00", "11-24 01:00"),
        ("error rate on Monday night into Tuesday (23:00 to 01:00)", "11-23 23:00", "11-24 01:00"),
        ("일요일 밤 11시~새벽1시", "11-22 23:00", "11-23 01:00"),
        ("13시부터 3시까지", "11-24 13:00", "11-24 15:00"),  # an end in its start's half of the day
        ("3일전 오후", "11-21 12:00", "11-21 18:00"),  # a day counted back
        ("사흘 전 밤", "11-21 18:00", "11-21 23:59"),
    ],
)
def test_a_clock_range_past_midnight_and_days_counted_back(said: str, first: str, last: str) -> None:
    window = parse_window(said, NIGHT_AFTER, "Asia/Seoul")[0]
    assert window is not None
    shown = (f"{window.start.astimezone(SEOUL):%m-%d %H:%M}", f"{window.end.astimezone(SEOUL):%m-%d %H:%M}")
    assert shown == (first, last)


def test_days_back_up_to_now_stay_a_window() -> None:
    window = parse_window("3일 전부터 에러", NIGHT_AFTER, "Asia/Seoul")[0]
    assert window is not None and window.end == NIGHT_AFTER and window.hours == 72


@pytest.mark.parametrize(
    "question",
    [
        "pay-api 에러 터진거 배포 탓임?",
        "what took pay-api offline around 11:30 PM on Monday?",
        "what's behind the pay-api gaps since 7:30pm?",
    ],
)
def test_a_cause_asked_as_blame_is_an_analysis(question: str, index: EntityIndex) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).route == Route.RCA


def test_failing_token_validations_are_no_secret(index: EntityIndex) -> None:  # noqa: F811
    assert plan_question("why were pay-api token validations failing?", index, NOW, TZ).route == Route.RCA
    assert plan_question("pay-api token 알려줘", index, NOW, TZ).reason == "secrets"


def test_a_camel_case_name_is_also_said_with_a_hyphen() -> None:
    assert camel_aliases(["WorkOrder"]) == {"work order": "workorder", "work-order": "workorder"}


def test_a_relation_said_without_a_particle_may_be_turned_round(index: EntityIndex) -> None:  # noqa: F811
    args = plan_question("ledger-pg 직접 의존하는거 전부", index, NOW, TZ).steps[0].args
    assert args.get("either_way") is True, args
    args = plan_question("ledger-pg에 의존하는 서비스", index, NOW, TZ).steps[0].args
    assert not args.get("either_way"), args  # the particle says which way


def test_which_servers_a_ci_has_is_where_it_runs(index: EntityIndex) -> None:  # noqa: F811
    args = plan_question("kafka-main 서버 어디어디", index, NOW, TZ).steps[0].args
    assert args.get("rel_types") == ["RUNS_ON"], args


def test_a_yes_no_question_about_a_kind_of_ci_asks_whether(index: EntityIndex) -> None:  # noqa: F811
    assert plan_question("pay-api가 캐시까지 타? 간접으로라도", index, NOW, TZ).asks_whether
    assert not plan_question("pay-api가 의존하는 캐시 보여줘", index, NOW, TZ).asks_whether


def test_how_slow_is_its_response_time(index: EntityIndex) -> None:  # noqa: F811
    args = plan_question("how slow is pay-api right now?", index, NOW, TZ).steps[0].args
    assert args.get("metric") == "response_time_ms", args


@pytest.mark.parametrize(
    "question",
    [
        "pay-api blew up around 10:30 AM right after its deploy. was it the deploy?",
        "월요일 밤 pay-api 끊긴거 설정 바꿔서 그런거야?",
        "what's behind the meter-read gaps since 7:30pm?",  # plain words, not an unknown CI name
    ],
)
def test_more_causes_asked_as_blame(question: str, index: EntityIndex) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).route == Route.RCA


def test_a_name_made_of_name_parts_is_still_an_unknown_name(index: EntityIndex) -> None:  # noqa: F811
    assert plan_question("why is order-service slow?", index, NOW, TZ).reason == "unknown_ci"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("원인분석 결과 얼마나 믿을만해?", "trust"),
        ("how reliable is your root cause analysis?", "trust"),
        ("시간은 한국시간 기준으로 답하는거 맞지?", "time"),
        ("지금 몇 시야", "time"),
    ],
)
def test_questions_about_the_answers_themselves(question: str, reason: str, index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    assert (plan.route, plan.reason) == (Route.DIRECT, reason)


def test_when_something_started_is_no_question_of_the_time_now(index: EntityIndex) -> None:  # noqa: F811
    assert plan_question("펌웨어 캠페인 몇시에 시작했어", index, NOW, TZ).route != Route.DIRECT


def test_servers_hanging_off_a_ci_are_its_connections(index: EntityIndex) -> None:  # noqa: F811
    args = plan_question("ledger-pg에 물린 서버들", index, NOW, TZ).steps[0].args
    assert "CONNECTS_TO" in args.get("rel_types", []), args


def test_a_site_names_the_ci_that_stands_for_it() -> None:
    from services.ops.planner.site_aliases import site_aliases

    values = {
        "bsj-noeun": {"site": "노은 배수지"},
        "heliocityapt": {"site": "송파 헬리오시티"},
        "anseonghg": {"site": "경부선 안성휴게소 (서울방향)"},
        "yeojuhg": {"site": "영동선 여주휴게소 (강릉방향)"},
    }
    aliases = site_aliases(values, {"bsj-noeun", "heliocityapt", "anseonghg", "yeojuhg"})
    assert aliases["노은배수지"] == aliases["노은 배수지"] == "bsj-noeun"
    assert aliases["헬리오시티"] == "heliocityapt" and aliases["안성휴게소"] == "anseonghg"
    assert "노은" not in aliases and "송파" not in aliases  # too short to name a site alone
    assert "경부선" not in aliases  # a highway, three syllables: no name of its own


def test_other_systems_leave_out_the_one_asked_about() -> None:
    from services.ops.followup_answered import ELSE

    assert ELSE.search("그거 같이 쓰는 다른 시스템은") and ELSE.search("which other services use it?")


def test_which_nodes_run_a_ci_is_where_it_runs(index: EntityIndex) -> None:  # noqa: F811
    from dataclasses import replace

    from services.ops.planner.index_terms import attribute_terms

    with_nodes = replace(index, attribute_terms=attribute_terms(["nodes", "brokers"]))
    for question in ("Which nodes run pay-api?", "kafka-main 브로커 서버 어디어디"):
        args = plan_question(question, with_nodes, NOW, TZ).steps[0].args
        assert args.get("rel_types") == ["RUNS_ON"], (question, args)


def test_last_night_s_clock_range_is_yesterday_even_late_in_the_evening() -> None:
    late = datetime(2026, 11, 24, 14, 21, tzinfo=UTC)  # 23:21 in Seoul: 23:00 today has begun
    window = parse_window("어젯밤 11시부터 새벽 1시 사이 cpu 최고", late, "Asia/Seoul")[0]
    assert window is not None
    assert f"{window.start.astimezone(SEOUL):%m-%d %H:%M}" == "11-23 23:00"
    assert f"{window.end.astimezone(SEOUL):%m-%d %H:%M}" == "11-24 01:00"

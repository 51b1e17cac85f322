"""Classes of question found by blind batch 28 (pharma-mfg) and its neighbours: each a class, never one question."""

from dataclasses import replace

import pytest

from services.ops.plan import Route
from services.ops.planner.entities import EntityIndex
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


@pytest.mark.parametrize(
    "question",
    [
        "최근 7일 cpu 90% 한번이라도 넘은 호스트",
        "Which services crossed 15% errors in the last 48 hours?",
        "hosts that topped 90% cpu yesterday",
    ],
)
def test_a_bound_said_with_ever_or_crossed_is_a_threshold(question: str, index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    args = plan.steps[0].args
    assert (args.get("op"), args.get("agg")) == ("threshold", "max"), (question, args)


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("pay-api랑 ledger-pg 같은 서버에서 도는거 맞아?", True),
        ("Is pay-api on the same host as token-redis?", True),
        ("which hosts do pay-api and token-redis share", False),
    ],
)
def test_two_cis_on_the_same_host_is_the_hosts_they_share(
    question: str,
    yes_no: bool,
    index: EntityIndex,  # noqa: F811
) -> None:
    plan = plan_question(question, index, NOW, TZ)
    args = plan.steps[0].args
    assert (plan.intent, args["op"], args["rel_types"]) == ("same_host", "shared", ["RUNS_ON"]), args
    assert plan.asks_whether is yes_no


def test_which_of_two_was_slower_compares_their_response_times(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("pay-api or ledger-pg, which was slower yesterday?", index, NOW, TZ)
    assert {s.args.get("metric") for s in plan.steps} == {"response_time_ms"}
    assert {s.args.get("ci") for s in plan.steps} == {"pay-api", "ledger-pg"}


def test_more_ways_to_say_shared_paths_and_warnings(index: EntityIndex) -> None:  # noqa: F811
    shared = plan_question("pay-api랑 pay-api-canary 둘다 직접쓰는거", index, NOW, TZ).steps[0].args
    assert shared["op"] == "shared"
    path = (
        plan_question("show the dependency chain from pay-api down to ledger-pg", index, NOW, TZ)
        .steps[0]
        .args
    )
    assert path["op"] == "path"
    events = plan_question("any warnings on edge-lb-1 today?", index, NOW, TZ).steps[0]
    assert events.tool == "event_query"


def test_a_place_noun_glued_to_its_place_and_a_cloud_as_a_place(index: EntityIndex) -> None:  # noqa: F811
    sites = replace(index, locations=["Hyangnam-Plant", "aws-ap-northeast-2"])
    sites.location_values = list(sites.locations)
    glued = plan_question("향남공장 서비스 몇개", sites, NOW, TZ).steps[0].args
    assert glued["filters"]["location"] == "hyangnam-plant", glued
    cloud = plan_question("AWS에 있는 DB 목록", sites, NOW, TZ).steps[0].args
    assert cloud["filters"] == {"location": "aws-ap-northeast-2", "type": "database"}, cloud


def _lines(base: EntityIndex) -> EntityIndex:
    """The estate with three packaging lines whose `line` says so, and a server that mentions packaging."""
    lines = {"os-pkg-01": "오송 포장 1라인", "os-pkg-02": "오송 포장 2라인", "hn-pkg-01": "향남 포장 1라인"}
    estate = replace(
        base,
        ci_types={**base.ci_types, **dict.fromkeys(lines, "service"), "ser-hub": "service"},
        attribute_terms=attribute_terms(["line", "lines"]),
    )
    estate.ci_names = {name: name.upper() for name in estate.ci_types}
    estate.ci_values = {name: {"line": value} for name, value in lines.items()} | {
        "ser-hub": {"description": "포장 라인 직렬화 집계", "lines": "3"}
    }
    estate.ci_texts = {name: " ".join(values.values()) for name, values in estate.ci_values.items()}
    estate.ci_keys = {name: tuple(values) for name, values in estate.ci_values.items()}
    return estate


@pytest.mark.parametrize(
    ("question", "tool"),
    [
        ("포장라인 전부 보여줘", "ci_lookup"),
        ("Which packaging lines crossed 15% errors yesterday?", "metric_query"),
    ],
)
def test_a_group_described_by_what_its_records_say(question: str, tool: str, index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question(question, _lines(index), NOW, TZ)
    step = plan.steps[0]
    assert step.tool == tool and step.args["filters"]["names"] == ["HN-PKG-01", "OS-PKG-01", "OS-PKG-02"], (
        step
    )
    assert step.args["filters"]["described"]  # the answer says which words picked the group


def test_a_name_tried_or_one_ci_asked_for_is_no_group(index: EntityIndex) -> None:  # noqa: F811
    estate = _lines(index)
    assert plan_question("os-pkg-07 cpu 몇", estate, NOW, TZ).route == Route.REJECT  # an unknown name
    one = plan_question("what's the cpu of the packaging line?", estate, NOW, TZ)
    assert not any("names" in (s.args.get("filters") or {}) for s in one.steps)


def test_last_week_s_weekday_is_in_the_calendar_week_before() -> None:
    from datetime import UTC, datetime

    from services.ops.planner.timeparse import parse_window

    wednesday = datetime(2026, 11, 25, 5, 5, tzinfo=UTC)  # 14:05 in Seoul
    days = {
        said: f"{window.start.isoformat()[:10]}"
        for said in ("지난주 월요일 cpu", "Monday last week", "지난 월요일", "last Monday", "19일은?")
        if (window := parse_window(said, wednesday, "Asia/Seoul")[0])
    }
    # 16 Nov in Seoul: English "last Monday" is last week's (three blind sets read it so, asked mid-week)
    assert days["지난주 월요일 cpu"][:10] == days["Monday last week"] == days["last Monday"] == "2026-11-15"
    assert days["지난 월요일"] == "2026-11-22"  # the latest Monday: 23 Nov in Seoul
    assert days["19일은?"] == "2026-11-18"  # the 19th, not the last 19 days


def test_last_weekday_said_the_day_after_is_a_week_back() -> None:
    from datetime import UTC, datetime

    from services.ops.planner.timeparse import parse_window

    wednesday = datetime(2026, 11, 25, 5, 5, tzinfo=UTC)  # 14:05 in Seoul: yesterday was a Tuesday
    days = {
        said: window.start.isoformat()[:10]
        for said in ("last Tuesday", "지난 화요일", "this past Tuesday", "화요일", "last Monday")
        if (window := parse_window(said, wednesday, "Asia/Seoul")[0])
    }
    assert (
        days["last Tuesday"] == days["지난 화요일"] == "2026-11-16"
    )  # 17 Nov in Seoul: "yesterday" is 24 Nov
    assert days["this past Tuesday"] == days["화요일"] == "2026-11-23"  # the latest one: 24 Nov in Seoul
    assert days["last Monday"] == "2026-11-15"  # last week's: 16 Nov in Seoul


def test_a_why_whose_words_name_nothing_looks_at_the_estate_at_its_time(index: EntityIndex) -> None:  # noqa: F811
    timed = plan_question("what caused the stale quotes around 9am yesterday?", index, NOW, TZ).steps[0].args
    assert timed["filters"] == {} and timed["unmatched"] == "stale quotes", timed
    untimed = plan_question("what caused the stale quotes?", index, NOW, TZ)
    assert untimed.route == Route.REJECT  # no time: nothing says where to look


def test_of_the_cis_compared_the_one_higher(index: EntityIndex) -> None:  # noqa: F811
    from services.ops.followup_answered import ANSWERED_REFERENCE

    plan = plan_question("pay-api, ledger-pg 지금 cpu 높은거", index, NOW, TZ)
    assert plan.intent == "compare_top", plan
    assert all(
        ANSWERED_REFERENCE.search(q)
        for q in ("셋중에 디스크 젤 많이 찬거", "둘 중에 뭐가 높아", "of the three")
    )


@pytest.mark.parametrize(
    ("said", "first", "last"),
    [
        ("주말에 injeung_gw 에러", "11-21 00:00", "11-22 23:59"),  # Wednesday: the weekend before
        ("over the weekend", "11-21 00:00", "11-22 23:59"),
        ("지난 열흘동안 디스크", "11-15 14:05", "11-25 14:05"),
        ("사흘간 에러율", "11-22 14:05", "11-25 14:05"),
    ],
)
def test_the_weekend_and_days_counted_in_words(said: str, first: str, last: str) -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from services.ops.planner.timeparse import parse_window

    window = parse_window(said, datetime(2026, 11, 25, 5, 5, tzinfo=UTC), "Asia/Seoul")[0]
    assert window is not None
    seoul = ZoneInfo("Asia/Seoul")
    assert (
        f"{window.start.astimezone(seoul):%m-%d %H:%M}",
        f"{window.end.astimezone(seoul):%m-%d %H:%M}",
    ) == (
        first,
        last,
    )


@pytest.mark.parametrize(
    ("question", "which"),
    [
        ("pay-api 1번 서버 뭐야", "1"),
        ("pay-api 두번째 노드", "2"),
        ("pay-api 프라이머리 서버 머임", "primary"),
        ("pay-api's standby host?", "standby"),
    ],
)
def test_one_of_the_hosts_a_ci_runs_on(question: str, which: str, index: EntityIndex) -> None:  # noqa: F811
    args = plan_question(question, index, NOW, TZ).steps[0].args
    assert (args["op"], args["rel_types"], args["which"]) == ("neighbors", ["RUNS_ON"], which), args


def test_the_host_picked_by_its_number_or_letter() -> None:
    from services.ops.tools.graph import _picked

    rows = [{"name": n} for n in ("GS-IDP02", "GS-IDP01")]
    # by number or letter no record is read, so no tool context is needed
    assert _picked(None, rows, "1") == ([{"name": "GS-IDP01"}], "suffix")  # type: ignore[arg-type]
    lettered = [{"name": "bb.hist-b"}, {"name": "bb.hist-a"}]
    assert _picked(None, lettered, "2") == ([{"name": "bb.hist-b"}], "suffix")  # type: ignore[arg-type]
    # no name ends in the number: the order of names picks, and the answer is told so
    unnumbered = [{"name": "web-b1x"}, {"name": "app-a"}, {"name": "db-c"}]
    assert _picked(None, unnumbered, "2") == ([{"name": "db-c"}], "name_order")  # type: ignore[arg-type]
    assert _picked(None, [{"name": "x"}], "3") == ([], "name_order")  # type: ignore[arg-type]

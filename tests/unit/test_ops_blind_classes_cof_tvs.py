"""Classes from blind batches 81–82 (coffee chain, TV home shopping): a question about how a change is set
up is no request for it; "events" of a CI is the planner's word though a campaign records an `event`; a
relation word a CI records as a key is that key; a one-syllable key ("수" of `count`) is no part of
"수요일"; "a week ago Friday" is last week's Friday, the day a date in brackets also says; "the day before
yesterday" is its own day, not the day before the one discussed; a trouble "during the show right now" is
now; a CI left out ("notify-hub 말고") is a name, not a word of the question; network gear is its own kind."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from services.ops.followup_context import with_that_day
from services.ops.planner import lexicon as lx
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.moments import parse_moment
from services.ops.planner.named_days import named_day
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.policy import refusal_of
from tests.unit.test_rules_planner import NOW, TZ, fleet_index

SUNDAY_EVENING = datetime(2028, 11, 19, 12, 35, tzinfo=UTC)  # 21:35 in Seoul


@pytest.mark.parametrize(
    "question",
    [
        "is the VAN failover on pay-api automatic or manual?",
        "pay-api 페일오버 자동이야 수동이야?",
        "what's the restart policy of pay-api?",
    ],
)
def test_how_a_change_is_set_up_is_asked_not_requested(question: str) -> None:
    assert refusal_of(question) is None


@pytest.mark.parametrize("question", ["failover pay-api to the standby now", "pay-api 페일오버 해줘"])
def test_a_change_requested_is_still_refused(question: str) -> None:
    refusal = refusal_of(question)
    assert refusal is not None and refusal.category == "changes"


def _keyed_index():
    index = fleet_index()
    index.attribute_terms = attribute_terms(["event", "origins", "count"])
    index.ci_keys = {"pay-api": ("event",), "ledger-pg": ("origins",), "token-redis": ("count",)}
    return index


def test_events_of_a_ci_recording_no_event_key_are_its_events() -> None:
    plan = plan_question("what events did ledger-pg raise yesterday?", _keyed_index(), NOW, TZ)
    assert plan.steps[0].tool == "event_query" and plan.steps[0].args["ci"] == "ledger-pg", plan


def test_the_event_key_of_a_ci_recording_it_is_read() -> None:
    plan = plan_question("pay-api event 뭐야", _keyed_index(), NOW, TZ)
    assert plan.steps[0].args == {"op": "get", "name": "pay-api", "fields": ["attributes.event"]}, plan


def test_a_relation_word_the_ci_records_is_its_key() -> None:
    plan = plan_question("how many origins does ledger-pg track?", _keyed_index(), NOW, TZ)
    assert plan.steps[0].args["fields"] == ["attributes.origins"], plan


def test_a_one_syllable_key_is_no_part_of_a_weekday() -> None:
    parsed = parse("지난주 수요일 밤 ledger-pg 왜 느렸어", _keyed_index(), NOW, TZ)
    assert not parsed.of("attribute") and parsed.window is not None, parsed.mentions
    assert parsed.window.label.endswith("밤"), parsed.window
    assert lx.word_pattern("수").search("매장 수") and not lx.word_pattern("수").search("수요일")


@pytest.mark.parametrize(
    "said",
    ["the outage a week ago Friday", "the outage friday a week ago", "the outage a week ago friday (Nov 10)"],
)
def test_a_week_ago_friday_is_last_weeks_friday(said: str) -> None:
    local_now = SUNDAY_EVENING.astimezone(ZoneInfo(TZ))
    named = named_day(said, local_now)
    assert named is not None and named.day == date(2028, 11, 10), named


def test_a_date_said_with_a_week_ago_is_not_moved_again() -> None:
    moment = parse_moment("what caused the outage a week ago Friday (Nov 10) at 9pm?", TZ, SUNDAY_EVENING)
    assert moment == datetime(2028, 11, 10, 12, 0, tzinfo=UTC), moment


def test_the_day_before_yesterday_is_a_day_of_its_own() -> None:
    context = {"day": "2028-11-10"}
    assert with_that_day("and the day before yesterday?", context) == "and the day before yesterday?"
    assert "11/9" in with_that_day("and the day before?", context)


def test_an_occasion_going_on_now_is_now() -> None:
    plan = plan_question("why are orders failing during the handbag show right now?", fleet_index(), NOW, TZ)
    assert plan.route == "RCA" and "occasion" not in plan.steps[0].args, plan


def test_a_ci_left_out_is_no_word_of_the_question() -> None:
    index = fleet_index()
    index.ci_types["notify-hub"] = "service"
    plan = plan_question("notify-hub 말고 kafka-main 같이 쓰는 다른 애들은", index, NOW, TZ)
    assert plan.route == "GRAPH" and plan.steps[0].args["besides"] == ["notify-hub"], plan


def test_network_gear_words_name_the_kind_only_where_the_estate_has_it() -> None:
    index = fleet_index()
    assert "network" not in parse("네트워크 장비 목록", index, NOW, TZ).types
    index.ci_types["sw-core-1"] = "network"
    assert parse("네트워크 장비 목록", index, NOW, TZ).types == ["network"]
    assert parse("list the network devices", index, NOW, TZ).types == ["network"]


def _lines_index(keys: tuple[str, ...] = ("circuit",)):
    index = fleet_index()
    index.ci_types["kftc-line"] = "host"
    index.ci_keys = {"kftc-line": keys}
    return index


@pytest.mark.parametrize(
    ("question", "depth"),
    [
        ("pay-api 밖으로 나가는 회선 뭐야", 1),  # the lines its traffic leaves by
        ("pay-api가 의존하는 회선 뭐야", 1),
        ("which network links does pay-api end up relying on, all the way down?", 10),
    ],
)
def test_lines_asked_of_a_relation_are_the_cis_recording_a_circuit(question: str, depth: int) -> None:
    plan = plan_question(question, _lines_index(), NOW, TZ)
    args = plan.steps[0].args
    assert args["op"] == "dependencies" and args["depth"] == depth, plan
    assert args["filters"]["attributes"] == {"circuit": "*"}, plan


def test_lines_where_no_ci_records_a_circuit_are_unclear() -> None:
    plan = plan_question("pay-api 밖으로 나가는 회선 뭐야", _lines_index(("vendor",)), NOW, TZ)
    assert (plan.route, plan.reason, plan.detail) == ("REJECT", "unplaced", "pay-api|회선"), plan
    assert plan.suggestions, plan


def test_a_lines_number_is_still_its_key() -> None:
    index = _lines_index()
    index.attribute_terms = attribute_terms(["circuit"])
    plan = plan_question("kftc-line 회선번호 뭐야", index, NOW, TZ)
    assert plan.steps[0].args["fields"] == ["attributes.circuit"], plan


def test_batch_jobs_on_a_host_where_jobs_are_typed_as_services() -> None:
    index = fleet_index()
    index.ci_types |= {"job-settle": "service", "nightly-recon": "service"}
    index.ci_texts = {"nightly-recon": "nightly-recon 정산 대사 배치"}
    plan = plan_question("kr-sel-web-07 위에 도는 배치들", index, NOW, TZ)
    args = plan.steps[0].args
    assert args["op"] == "neighbors" and args["direction"] == "in", plan
    assert args["filters"]["names"] == ["job-settle", "nightly-recon"], plan


def test_everything_on_a_batch_server_is_its_batch_work() -> None:
    index = fleet_index()
    index.ci_types |= {"djbat02": "host", "etl-nightly": "service"}
    plan = plan_question("djbat02 위에 올라간 배치들", index, NOW, TZ)
    args = plan.steps[0].args
    assert args["op"] == "neighbors" and "names" not in (args.get("filters") or {}), plan

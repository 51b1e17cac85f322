"""Failure classes found by blind batches 41 (bench/farm_golden.py: a smart-farm company) and 42
(bench/ads_golden.py: an ad exchange), pinned on the rules planner over the unit estate of
test_rules_planner."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from services.ops.planner import direct_words as dw
from services.ops.planner.entities import EntityIndex
from services.ops.planner.lexicon_oncall import CAUSE_GUESS_SENTENCE
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.site_aliases import tail_aliases
from services.ops.planner.spelling import plain_words
from services.ops.planner.timeparse import parse_window
from services.ops.planner.value_glossary import plain_compound
from services.ops.policy import refusal_of
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)

DAWN = datetime(2026, 6, 9, 20, 50, tzinfo=UTC)  # 05:50 in Seoul


def _kst(window_start: datetime) -> str:
    return f"{window_start.astimezone(ZoneInfo(TZ)):%m-%d %H:%M}"


@pytest.mark.parametrize("said", ["this morning", "오늘 아침", "아침에"])
def test_this_morning_asked_at_dawn_is_todays_small_hours(said: str) -> None:
    window = parse_window(said, DAWN, TZ)[0]
    assert window is not None and (_kst(window.start), window.end) == ("06-10 00:00", DAWN)


@pytest.mark.parametrize("said", ["this morning", "오늘 아침"])
def test_this_morning_asked_early_in_it_holds_the_small_hours(said: str) -> None:
    """At 06:30 "this morning" is today's small hours too (paged at 00:30, asked after it), not the half
    hour since 06:00; from 09:00 it is the morning itself."""
    early = DAWN + timedelta(minutes=40)  # 06:30 in Seoul
    window = parse_window(said, early, TZ)[0]
    assert window is not None and (_kst(window.start), window.end) == ("06-10 00:00", early)
    later = DAWN + timedelta(hours=4)  # 09:50
    window = parse_window(said, later, TZ)[0]
    assert window is not None and (_kst(window.start), window.end) == ("06-10 06:00", later)


def test_a_clock_time_a_setting_was_changed_to_is_no_time_asked(index: EntityIndex) -> None:  # noqa: F811
    for question in ("pay-api 배치 22시로 옮긴거 몇시에 한거임", "when was the pay-api job moved to 04:30?"):
        parsed = parse(question, index, NOW, TZ)
        assert parsed.window is None and parsed.moment is None, question


def test_one_oclock_said_bare_in_the_afternoon_is_1pm() -> None:
    window = parse_window("화요일 1시 넘어서 결제 죽은거 원인", NOW, TZ)[0]  # yesterday: 13:00 had come
    assert window is not None and _kst(window.start) == "06-09 13:00" and "since" in window.label
    before = parse_window("1시 넘어서 결제 죽은거", NOW, TZ)[0]  # asked at noon: 13:00 is still to come
    assert before is not None and _kst(before.start) == "06-10 01:00"
    dawn = parse_window("새벽 1시 넘어서 에러", NOW, TZ)[0]
    assert dawn is not None and _kst(dawn.start) == "06-10 01:00"


def test_a_why_about_a_restart_that_happened_is_no_change_request() -> None:
    assert refusal_of("what made pay-api restart around 14:30 on May 16?") is None
    refused = refusal_of("restart pay-api now")
    assert refused is not None and refused.category == "changes"


def test_how_a_ci_fails_is_no_impact_question_and_cut_off_is(index: EntityIndex) -> None:  # noqa: F811
    assert plan_question("Does pay-api fail open or closed?", index, NOW, TZ).route.value != "GRAPH"
    cut = plan_question("pay-api 끊기면 어디까지 터짐", index, NOW, TZ)
    assert cut.route.value == "GRAPH" and cut.intent == "impact", cut


def test_a_question_in_the_estates_own_words_is_unclear_not_out_of_scope(index: EntityIndex) -> None:  # noqa: F811
    from dataclasses import replace

    said = replace(index, ci_texts={**index.ci_texts, "pay-api": "블록리스트 리로드 21:00"}, _patterns={})
    assert plan_question("블록리스트 리로드 몇시에 함", said, NOW, TZ).reason == "unclear"
    assert plan_question("블록리스트 리로드 몇시에 함", index, NOW, TZ).reason == "out_of_scope"


def test_the_timezone_asked_with_its_name_in_brackets() -> None:
    assert dw.DIRECT_TIME.search("시간은 다 한국시간(KST) 기준이야?")


def test_a_name_without_its_prefix_names_the_ci_its_tail_is_unique_to() -> None:
    names = {"kkachi-bidder-conn", "kkachi-bidder-conn-stg", "orders-db", "legacy-orders-db", "prod-db-01"}
    aliases = tail_aliases(names)
    assert aliases["bidder-conn"] == "kkachi-bidder-conn" and "orders-db" not in aliases
    assert "db-01" not in aliases  # no word long enough to name it


def test_english_compounds_with_a_prefix_are_words() -> None:
    assert plain_compound("no-bid") and plain_compound("non-prod")
    assert not plain_words("remote-start", ["remote__command"], "why is remote-start slow")


def test_a_guessed_cause_before_a_noun_and_its_verb_is_no_symptom() -> None:
    assert CAUSE_GUESS_SENTENCE.search("스포츠 중계때 트래픽 몰려서 트래커 죽은거야? 진짜 원인 머임")


def test_a_dawn_trouble_without_its_day_is_the_latest_such(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("pay-api 새벽에 터진거 배치 자체 문제야 아님 딴데 문제야", index, NOW, TZ)
    args = plan.steps[0].args
    assert plan.intent == "rca" and args["latest_trouble"] and args["any_day"] and args["start"], args


def test_a_korean_word_of_a_place_said_alone_is_that_place(index: EntityIndex) -> None:  # noqa: F811
    from dataclasses import replace

    placed = replace(index, locations=[*index.locations, "상암IDC", "목동IDC"], _patterns={})
    for question, location in (("상암에 있는 CI 몇개", "상암idc"), ("목동 서버 몇대", "목동idc")):
        plan = plan_question(question, placed, NOW, TZ)
        assert plan.intent == "ci_count" and plan.steps[0].args["filters"]["location"] == location, plan


@pytest.mark.parametrize(
    ("word", "part"),
    [
        *(("리밋", "max"), ("개장", "open"), ("작물", "crop"), ("시간예산", "budget"), ("쉐어", "share")),
        *(("방식", "type"), ("이름", "name"), ("미스트", "misting")),
    ],
)
def test_key_parts_said_in_korean(word: str, part: str) -> None:
    from services.ops.planner.own_keys import spells

    assert spells(word, part)


def test_a_value_a_key_holds_whole_beats_the_family_of_another() -> None:
    from services.ops.planner.attribute_values import ValueVocabulary, read_values

    vocab = ValueVocabulary(
        keys={"redis": {"engine": {"cache"}, "version": {"cache"}}}, whole={("redis", "engine")}
    )
    reading = read_values(["redis"], [], vocab, [], [], set())
    assert reading.problem is None and reading.filters == {"engine": "redis"}


def test_a_model_number_is_a_word_nothing_may_drop(index: EntityIndex) -> None:  # noqa: F811
    from services.ops.planner.unknown_words import unread_words

    assert unread_words(parse("MX750c 블레이드 몇대", index, NOW, TZ), index)
    assert unread_words(parse("cpu top10 서버", index, NOW, TZ), index) == []


def test_it_in_a_why_after_asking_where_a_ci_runs_is_that_ci(index: EntityIndex) -> None:  # noqa: F811
    from services.ops.followup_context import discussed_ci

    def asked(question: str):
        return parse(question, index, NOW, TZ)

    prev = asked("which host is pay-api on?")
    placed = {"intent": "runs_on", "cis": ["kr-sel-web-07"], "asked": ["pay-api"]}
    assert discussed_ci(asked("why did it spike?"), prev, placed) == "pay-api"
    assert discussed_ci(asked("and its cpu?"), prev, placed) == "kr-sel-web-07"  # the host the answer gave
    assert discussed_ci(asked("and who owns it?"), prev, placed) == "pay-api"  # the one asked where it runs
    used = {"intent": "dependencies", "cis": ["ledger-pg"], "asked": ["pay-api"]}
    assert discussed_ci(asked("why did it spike?"), prev, used) == "ledger-pg"


@pytest.mark.parametrize("said", ["this morning", "오늘 아침"])
def test_this_morning_asked_just_after_midnight_is_the_morning_before(said: str) -> None:
    just_after_midnight = datetime(
        2026, 6, 9, 15, 6, tzinfo=UTC
    )  # 00:06 in Seoul: the day is not slept off yet
    window = parse_window(said, just_after_midnight, TZ)[0]
    assert window is not None and _kst(window.start) == "06-09 06:00"
    assert window.end - window.start >= timedelta(hours=6)


def test_korean_pm_of_today_asked_in_the_evening_runs_to_now() -> None:
    evening = datetime(2026, 6, 9, 10, 40, tzinfo=UTC)  # 19:40 in Seoul
    window = parse_window("오늘 오후 최고 에러율", evening, TZ)[0]
    assert window is not None and (_kst(window.start), window.end) == ("06-09 12:00", evening)
    afternoon = parse_window("this afternoon", evening, TZ)[0]  # English "afternoon" still ends at 18:00
    assert afternoon is not None and _kst(afternoon.end) == "06-09 18:00"

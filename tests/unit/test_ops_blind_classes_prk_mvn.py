"""Classes from blind batches 83–84 (parking platform, MVNO): hosts typed `vm` are the VMs; a key said held
("replication configured", "복제 설정된") is the key, not its events; a question ending in "CI" lists
them; a date and its weekday said together are one day; a month named alone is that month; the batch type
words of an estate with batch jobs are no part of a CI's name; "on standby" is the status; a question's
language is its asker's words, not the Korean names it says; "what can you help with?" is help."""

from datetime import UTC, datetime

import pytest

from services.ops.followup_answered import refer_to_one
from services.ops.followup_read import of_the_list
from services.ops.planner.asker_language import asker_language
from services.ops.planner.attribute_values import ValueVocabulary
from services.ops.planner.direct_words import DIRECT_HELP, DIRECT_TIME
from services.ops.planner.index_terms import CI_NOUNS, GENERIC_TAIL, attribute_terms
from services.ops.planner.names import attempted_name
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from services.ops.planner.type_words import OPTIONAL_TYPE_WORDS
from services.ops.planner.unknown_words import table_words
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def test_vms_are_the_hosts_the_cmdb_typed_vm() -> None:
    index = fleet_index()
    index.values = ValueVocabulary(terms=[("vm", "vm")], keys={"vm": {"type_label": {"host"}}})
    plan = plan_question("list all the VMs", index, NOW, TZ)
    assert plan.steps[0].args["filters"] == {"type": "host", "attributes": {"type_label": "vm"}}, plan


def _replicated_index():
    index = fleet_index()
    index.attribute_terms = attribute_terms(["replication", "cert_expiry"])
    index.event_types = ["replication"]
    index.event_type_terms = [("replication", "replication"), ("replication events", "replication")]
    return index


@pytest.mark.parametrize("question", ["which databases have replication configured?", "복제 설정된 db 뭐야"])
def test_a_key_said_held_is_the_key_not_its_events(question: str) -> None:
    plan = plan_question(question, _replicated_index(), NOW, TZ)
    assert plan.steps[0].tool == "ci_lookup", plan
    assert plan.steps[0].args["filters"]["attributes"] == {"replication": "*"}, plan


def test_events_of_that_type_are_still_events() -> None:
    plan = plan_question("any replication events this week?", _replicated_index(), NOW, TZ)
    assert plan.steps[0].tool == "event_query" and plan.steps[0].args["event_type"] == "replication", plan


@pytest.mark.parametrize("question", ["인증서 만료일 등록돼있는 CI", "인증서 만료일 있는 CI"])
def test_a_question_ending_in_ci_lists_them(question: str) -> None:
    plan = plan_question(question, _replicated_index(), NOW, TZ)
    assert plan.steps[0].args == {"op": "search", "filters": {"attributes": {"cert_expiry": "*"}}}, plan


SEPT_4 = datetime(2028, 9, 3, 23, 50, tzinfo=UTC)  # Monday 08:50 in Seoul


@pytest.mark.parametrize(
    "said", ["8월26일 토요일 오후 출차 요금 계산 안된거 원인", "8월 26일 (토) 오후 장애"]
)
def test_a_date_and_its_weekday_are_one_day(said: str) -> None:
    window, _ = parse_window(said, SEPT_4, TZ)
    assert window is not None and window.label == "2028-08-26 오후", window


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("9월 정기권 자동갱신 몇시에 시작했어", "2028-09"),
        ("in September", "2028-09"),
        ("10월 장애", "2027-10"),
    ],
)
def test_a_month_named_alone_is_that_month(said: str, label: str) -> None:
    window, _ = parse_window(said, SEPT_4, TZ)
    assert window is not None and window.label == label, window


@pytest.mark.parametrize("said", ["2029년 9월", "2월분 정기청구", "9월 3일", "you may"])
def test_a_month_of_another_year_or_a_bill_is_no_window_of_a_month(said: str) -> None:
    window, _ = parse_window(said, SEPT_4, TZ)
    assert window is None or window.label == "2028-09-03", window


def test_batch_words_are_no_name_part_where_jobs_are_typed_batch() -> None:
    index = fleet_index()
    index.ci_types |= {"batch-sa-1": "host", "BL_MCLOSE_M01": "batch"}
    assert attempted_name("list the batch jobs", index) is None
    assert plan_question("list the batch jobs", index, NOW, TZ).steps[0].args["filters"] == {"type": "batch"}


def test_on_standby_is_the_status_though_a_value_holds_the_word() -> None:
    index = fleet_index()
    index.values = ValueVocabulary(terms=[("standby", "dr-standby")], keys={"dr-standby": {"role": {"host"}}})
    plan = plan_question("which servers are on standby?", index, NOW, TZ)
    assert plan.steps[0].args["filters"] == {"type": "host", "status": "standby"}, plan


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("which hosts at 대구DR센터 run a database?", "en"),
        ("대구DR센터 서버 목록", "ko"),
        ("pay-api는?", "ko"),
        ("대구DR센터", "ko"),
    ],
)
def test_the_language_is_the_askers_words(question: str, lang: str) -> None:
    index = fleet_index()
    index.locations = ["대구DR센터"]
    assert parse(question, index, NOW, TZ).lang == lang
    named = [(question.find("대구DR센터"), question.find("대구DR센터") + 7)] if "대구" in question else []
    assert asker_language(question, named) == lang


def test_help_and_the_time_zone_asked_in_chat() -> None:
    assert DIRECT_HELP.search("너 뭐 도와줄수 있어? 짧게") and DIRECT_HELP.search(
        "what can you help me with?"
    )
    assert DIRECT_TIME.search("여기 나오는 시간 다 KST 맞지?")


def test_that_line_is_the_network_ci_answered() -> None:
    types = {"lte-m2m-kt": "network", "lot-gate-ctl": "host"}
    read = refer_to_one("그 회선 그날 지연 최고 몇ms", ["lte-m2m-kt", "lot-gate-ctl"], types)
    assert read == ("lte-m2m-kt 그날 지연 최고 몇ms", "lte-m2m-kt"), read


@pytest.mark.parametrize(
    ("previous", "question", "read"),
    [
        (
            "list the caches",
            "which of them depend on ledger-pg directly?",
            "which caches depend on ledger-pg",
        ),
        ("캐시 목록", "그중에 ledger-pg에 의존하는거", "캐시 중에 ledger-pg에 의존하는거"),
    ],
)
def test_a_question_of_them_after_a_list_asks_of_the_kind_listed(
    previous: str, question: str, read: str
) -> None:
    index = fleet_index()
    followup = of_the_list(parse(question, index, NOW, TZ), parse(previous, index, NOW, TZ), {})
    assert followup is not None and followup.question.startswith(read), followup
    plan = plan_question(followup.question, index, NOW, TZ)
    assert plan.steps[0].args["types"] == ["cache"], plan


def test_a_question_of_them_after_a_question_about_a_ci_is_no_list() -> None:
    index = fleet_index()
    previous = parse("what does pay-api depend on?", index, NOW, TZ)
    assert of_the_list(parse("which of them depend on ledger-pg?", index, NOW, TZ), previous, {}) is None


def test_a_day_of_the_month_before_its_weekday_is_that_date() -> None:
    monday = datetime(2028, 4, 24, 0, 40, tzinfo=UTC)  # the latest Friday is the 21st
    window, _ = parse_window("14일 금요일 저녁 redis-stock cpu 최고 몇까지 감", monday, TZ)
    assert window is not None and window.label == "2028-04-14 저녁", window


def test_the_nouns_naming_cis_are_words_of_the_planner() -> None:
    """ "list all the UPS units": the CI nouns the index's word builders keep are known words."""
    known = table_words()
    assert known >= CI_NOUNS - OPTIONAL_TYPE_WORDS and known >= GENERIC_TAIL and "units" in known


@pytest.mark.parametrize(
    "said",
    [
        "ORA_RATE peak cpu during the bill close, 23:00 Mar 2 to 05:00 Mar 3?",
        "ORA_RATE peak cpu from Mar 2 23:00 to Mar 3 05:00",
        "between 23:00 on Mar 2 and 05:00 on Mar 3",
        "from 11pm Mar 2 to 5am Mar 3",
        "3/2 23:00 ~ 3/3 05:00",
        "3월 2일 밤 11시부터 3월 3일 새벽 5시까지",
    ],
)
def test_a_clock_range_whose_ends_name_their_dates(said: str) -> None:
    monday = datetime(2029, 3, 12, 1, 40, tzinfo=UTC)
    window, _ = parse_window(said, monday, TZ)
    assert window is not None, said
    assert (window.start, window.end) == (
        datetime(2029, 3, 2, 14, 0, tzinfo=UTC),
        datetime(2029, 3, 2, 20, 0, tzinfo=UTC),
    ), window


def _engines_index():
    index = fleet_index()
    index.values = ValueVocabulary(
        terms=[("oracle", "oracle"), ("오라클", "oracle"), ("tibero", "tibero"), ("티베로", "tibero")],
        keys={"oracle": {"engine": {"database"}}, "tibero": {"engine": {"database"}}},
    )
    return index


@pytest.mark.parametrize("question", ["오라클이나 티베로 쓰는 db", "which databases are oracle or tibero?"])
def test_two_values_of_one_key_ask_for_either(question: str) -> None:
    plan = plan_question(question, _engines_index(), NOW, TZ)
    assert plan.steps[0].args["filters"]["attributes"] == {"engine": ["oracle", "tibero"]}, plan


def test_a_value_left_out_beside_the_one_asked_leaves_the_one_asked() -> None:
    plan = plan_question("엔진 oracle인 db 전부 (tibero 말고)", _engines_index(), NOW, TZ)
    assert plan.steps[0].args["filters"]["attributes"] == {"engine": "oracle"}, plan


def test_kinds_of_the_cmdbs_own_types_said_together_are_no_choice_of_values() -> None:
    """ "네트워크 장비 목록 (방화벽 스위치 회선 다)": what the type holds, some of it unrecorded as a kind."""
    index = fleet_index()
    index.ci_types |= {"fw-1": "network", "sw-1": "network", "line-1": "network"}
    index.values = ValueVocabulary(
        terms=[("방화벽", "firewall"), ("스위치", "switch")],
        keys={"firewall": {"type_label": {"network"}}, "switch": {"type_label": {"network"}}},
    )
    plan = plan_question("네트워크 장비 목록 (방화벽 스위치 다)", index, NOW, TZ)
    listed = (plan.steps[0].args.get("filters") or {}).get("attributes", {}) if plan.steps else {}
    assert not isinstance(listed.get("type_label"), list), plan

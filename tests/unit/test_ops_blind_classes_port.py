"""Failure classes found by blind batch 21 (bench/port_golden.py: a container terminal's IT/OT), pinned on
the rules planner over the unit estate of test_rules_planner."""

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from services.ops.followup_answered import answered_cis, refer_to_answered, refer_to_one
from services.ops.followup_context import context_of, with_that_day
from services.ops.followup_pronouns import with_ci_named
from services.ops.honesty import unused_terms
from services.ops.planner.entities import EntityIndex
from services.ops.planner.index_terms import attribute_terms, camel_aliases
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from services.ops.planner.unknown_words import unread_words
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)

THURSDAY = datetime(2026, 11, 12, 7, 35, tzinfo=UTC)  # 16:35 KST
SEOUL = ZoneInfo(TZ)


def _kst(text: str) -> str:
    window, _ = parse_window(text, THURSDAY, TZ)
    assert window is not None, text
    return f"{window.start.astimezone(SEOUL):%m-%d %H:%M}~{window.end.astimezone(SEOUL):%m-%d %H:%M}"


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("그저께 밤 kafka 에러율 최대", "11-10 18:00~11-11 06:00"),
        ("엊그제 새벽", "11-10 00:00~11-10 06:00"),
        ("average error rate since 15:00 today", "11-12 15:00~11-12 16:35"),
        ("어제 14시부터 cpu", "11-11 14:00~11-12 16:35"),
        ("since 09:30", "11-12 09:30~11-12 16:35"),
    ],
)
def test_the_day_before_yesterday_and_since_a_clock_time_of_a_day(text: str, window: str) -> None:
    assert _kst(text) == window


def test_what_was_behind_a_symptom_is_a_why(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("What was behind the pay-api errors yesterday at 09:15?", index, NOW, TZ)
    assert plan.steps[0].tool == "rca", plan


@pytest.mark.parametrize("question", ["Full dependency chain of pay-api", "pay-api 의존성 체인 전부"])
def test_a_dependency_chain_is_transitive(index: EntityIndex, question: str) -> None:  # noqa: F811
    args = plan_question(question, index, NOW, TZ).steps[0].args
    assert (args["op"], args["depth"] > 1) == ("dependencies", True), args


@pytest.mark.parametrize("question", ["그건 뭐에 의존해?", "그게 어디서 돌아?", "그걸 쓰는 서비스는?"])
def test_contracted_korean_pronouns_stand_for_the_ci(question: str) -> None:
    assert with_ci_named(question, "pay-api").startswith("pay-api ") and "그" not in with_ci_named(
        question, "pay-api"
    )


def test_an_attribute_key_a_list_does_not_answer_is_unused(index: EntityIndex) -> None:  # noqa: F811
    """ "Which N4 version is staging on?": a list of the staging CIs says no version."""
    keyed = replace(index, attribute_terms=attribute_terms(["version"]), _patterns={})
    question = "Which N4 version is staging on?"
    plan = plan_question(question, keyed, NOW, TZ)
    assert "version" in unused_terms(plan, parse(question, keyed, NOW, TZ), keyed.ci_types), plan
    question = "pay-api version?"  # one CI's record answers it
    plan = plan_question(question, keyed, NOW, TZ)
    assert unused_terms(plan, parse(question, keyed, NOW, TZ), keyed.ci_types) == []


def test_rank_is_phrasing_of_a_ranking(index: EntityIndex) -> None:  # noqa: F811
    assert unread_words(parse("Rank the queues by request rate now", index, NOW, TZ), index) == []


def test_the_cis_an_answer_lists_are_kept_for_a_follow_up() -> None:
    names = {"gate-01": "GATE-01", "gate-02": "GATE-02", "ocr": "OCR"}
    blocks = [
        {"type": "text", "text": "OCR runs on GATE-01, GATE-02"},
        {"type": "table", "columns": ["name", "type"], "rows": [["GATE-01", "host"], ["gate-02", "host"]]},
        {"type": "graph", "nodes": [{"id": "OCR"}, {"id": "GATE-01"}], "edges": []},
    ]
    assert answered_cis(blocks, names, own=["OCR"]) == ["GATE-01", "GATE-02"]
    many = [{"type": "table", "rows": [[f"h{i}"] for i in range(11)]}]
    assert answered_cis(many, {f"h{i}": f"h{i}" for i in range(11)}, own=[]) == []  # a whole list


@pytest.mark.parametrize(
    ("question", "types", "read"),
    [
        ("그 서버들 메모리 지금 얼마야?", ["host"], "db-1, db-2 메모리 지금 얼마야?"),
        (
            "average cpu of those over the last 6 hours?",
            [],
            "average cpu of db-1, db-2, pg over the last 6 hours?",
        ),
        ("그 중에 DB 응답시간 지금 얼마", ["database"], "pg DB 응답시간 지금 얼마"),
        ("걔네 cpu는?", [], "db-1, db-2, pg cpu는?"),
    ],
)
def test_a_plural_reference_is_the_listed_cis_of_its_type(question: str, types: list[str], read: str) -> None:
    types_of = {"db-1": "host", "db-2": "host", "pg": "database"}
    assert refer_to_answered(question, ["db-1", "db-2", "pg"], types, types_of) == (
        read,
        [n for n in ("db-1", "db-2", "pg") if not types or types_of[n] in types],
    )
    assert refer_to_answered("what depends on pay-api?", ["db-1"], [], types_of) is None


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("which host does that batch run on?", "which host does afc-settle-batch run on?"),
        ("and that host's peak CPU on Monday?", "and AFCBAT01's peak CPU on Monday?"),
        ("그 batch 어디서 돌아?", "afc-settle-batch 어디서 돌아?"),
    ],
)
def test_a_demonstrative_and_a_word_of_one_listed_ci_is_that_ci(question: str, read: str) -> None:
    types = {"afc-settle-batch": "service", "afcbat01": "host", "oracle-afc": "database"}
    found = refer_to_one(question, ["afc-settle-batch", "AFCBAT01", "Oracle-AFC"], types)
    assert found is not None and found[0] == read


def test_a_word_of_several_listed_cis_names_none() -> None:
    types = {"a-svc": "service", "b-svc": "service"}
    assert refer_to_one("that service's errors?", ["a-svc", "b-svc"], types) is None


def test_that_day_is_the_day_the_conversation_last_named(index: EntityIndex) -> None:  # noqa: F811
    first = parse("what happened to pay-api on Friday afternoon?", index, NOW, TZ)
    context = context_of(first, plan_question(first.question, index, NOW, TZ), [], None)
    second = parse("what depends on pay-api?", index, NOW, TZ)  # names no day: the last one is kept
    context = context_of(second, plan_question(second.question, index, NOW, TZ), [], context)
    friday = first.window.start.astimezone(ZoneInfo(TZ)).date() if first.window else None
    assert friday is not None and context["day"] == friday.isoformat()
    m, d = friday.month, friday.day
    assert with_that_day("and its peak CPU that day?", context) == f"and its peak CPU on {m}/{d}?"
    assert with_that_day("그날 최대 cpu는?", context) == f"{m}월 {d}일 최대 cpu는?"
    assert with_that_day("그날 최대 cpu는?", {"day": None}) == "그날 최대 cpu는?"


def test_floating_on_a_server_is_where_it_runs(index: EntityIndex) -> None:  # noqa: F811
    args = plan_question("pay-api 어디 서버에 떠있어?", index, NOW, TZ).steps[0].args
    assert (args["op"], args["rel_types"]) == ("neighbors", ["RUNS_ON"]), args


def test_camel_case_names_are_said_as_words(index: EntityIndex) -> None:  # noqa: F811
    names = [
        "GateOcrService",
        "GateOcrService-dev",
        "TruckAppointment",
        "XProtect",
        "N4-TOS",
        "GateApi",
        "GateApp",
    ]
    aliases = camel_aliases(names)
    assert aliases["gate ocr"] == aliases["gate ocr service"] == "gateocrservice"
    assert aliases["truck appointment"] == "truckappointment"
    assert "x protect" not in aliases and "gate" not in aliases  # a one-letter part; one word left
    camel = replace(
        index,
        ci_types={**index.ci_types, "gateocrservice": "service"},
        ci_names={**index.ci_names, "gateocrservice": "GateOcrService"},
        ci_aliases=aliases,
        _patterns={},
    )
    plan = plan_question("Why did gate OCR fail yesterday evening?", camel, NOW, TZ)
    assert (plan.steps[0].tool, plan.steps[0].args["ci"]) == ("rca", "GateOcrService"), plan


@pytest.mark.parametrize(("text", "said"), [("and its peak on 12/3?", "12/3"), ("8/27 10시 대기열", "8/27")])
def test_the_span_of_a_slashed_date_is_the_date(text: str, said: str) -> None:
    """ "today" is longer than "12/3": the span read against it is moved back (a follow-up showed "12/3?")."""
    _, span = parse_window(text, THURSDAY, TZ)
    assert span is not None and text[span[0] : span[1]] == said

"""A problem named by what the CIs do or where they are ("오늘 아침 체크인 왜 느렸어?", "김포 키오스크 먹통
원인"), found by blind batch 16 (bench/air_golden.py): attribute values said in Korean or by their
distinctive word, airport codes as places, one-syllable refusal words, and the RCA plan over the CIs such a
phrase matches — pinned without a database over the unit estate of test_rules_planner."""

from dataclasses import replace

import pytest

from services.ops.planner.attribute_values import ValueVocabulary, value_terms
from services.ops.planner.entities import EntityIndex
from services.ops.planner.places import find_places
from services.ops.planner.rules import plan_question
from services.ops.planner.value_glossary import head_terms, korean_surfaces
from services.ops.policy import refusal_of
from services.ops.tools.contracts import RcaArgs, check
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)

FUNCTIONS = {
    "check-in": {"function": {"service"}},
    "mobile-booking": {"function": {"service"}},
    "web-booking": {"function": {"service"}},
    "flight-dispatch": {"function": {"service"}},
    "mileage-api": {"function": {"service"}},
    "kiosk": {"function": {"service"}},
    "azure-sql": {"engine": {"database"}},
    "navigation-database": {"function": {"database"}},
}


@pytest.fixture
def functions(index: EntityIndex) -> EntityIndex:  # noqa: F811
    return replace(index, values=ValueVocabulary(keys=FUNCTIONS, terms=value_terms(FUNCTIONS)), _patterns={})


def test_values_are_said_in_korean() -> None:
    assert korean_surfaces("check-in") == {"체크인"}
    assert {"모바일 예약", "모바일예약"} <= korean_surfaces("mobile-booking")
    assert "마일리지 api" in korean_surfaces("mileage-api")
    assert korean_surfaces("java") == set()  # no word of it in the glossary
    assert korean_surfaces("web") == set()  # one syllable (웹) would match inside other words


def test_a_descriptive_value_is_named_by_its_distinctive_word() -> None:
    heads = dict(head_terms(FUNCTIONS))
    assert heads["dispatch"] == heads["디스패치"] == "flight-dispatch"
    assert heads["마일리지"] == "mileage-api"  # "api" names no function
    assert "booking" not in heads  # two values end in it: neither is meant
    assert "sql" not in heads  # an engine is no function
    assert "database" not in heads  # a type word names the type


@pytest.mark.parametrize(
    ("question", "filters", "window"),
    [
        ("오늘 아침 체크인 왜 이렇게 느렸어?", {"attributes": {"function": "check-in"}}, True),
        ("모바일 예약 왜 이렇게 느려? 원인 찾아줘", {"attributes": {"function": "mobile-booking"}}, False),
        (
            "Why couldn't dispatch release flight plans last night?",
            {"attributes": {"function": "flight-dispatch"}},
            True,
        ),
        ("마일리지 조회 에러 원인", {"attributes": {"function": "mileage-api"}}, False),
        (
            "why were kiosks in seoul timing out this morning?",
            {"attributes": {"function": "kiosk"}, "location": "seoul-az1"},
            True,
        ),
    ],
)
def test_a_problem_named_by_function_is_analysed_on_the_ci_in_trouble(
    functions: EntityIndex, question: str, filters: dict, window: bool
) -> None:
    plan = plan_question(question, functions, NOW, TZ)
    assert plan.intent == "rca", plan
    args = plan.steps[0].args
    assert "ci" not in args and args["filters"] == filters
    assert ("start" in args) == window


def test_rca_needs_a_ci_or_the_cis_it_was_seen_on() -> None:
    assert check(RcaArgs, {"at": "2026-06-10T03:00:00+00:00"})[1] == [
        ("missing_arg", "ci or filters or among")
    ]
    assert check(RcaArgs, {"at": "2026-06-10T03:00:00+00:00", "filters": {"location": "gmp"}})[1] == []


def test_airport_codes_are_places_and_a_terminal_word_narrows_them() -> None:
    locations = ["icn-t2", "incheon-dc", "gmp", "gimpo-dr"]
    (place,) = find_places("인천 t2 키오스크", locations, [], lambda w: False)
    assert place.matches == ["icn-t2"] and place.text == "인천 t2"
    (place,) = find_places("김포 키오스크", ["icn-t2", "gmp", "cju"], [], lambda w: False)
    assert place.matches == ["gmp"]


def test_a_one_syllable_refusal_word_is_a_word_not_a_syllable() -> None:
    assert refusal_of("아침 7시 반쯤 인천 T2 키오스크 타임아웃 난 원인 뭐야") is None
    assert refusal_of("키보드 서버 어디 있어") is None
    for question in ("pay-api 키 알려줘", "redis 키값 뭐야", "API 키를 보여줘"):
        refusal = refusal_of(question)
        assert refusal is not None and refusal.category == "secrets", question


def test_a_problem_named_by_what_records_describe_is_analysed_among_those_cis(index: EntityIndex) -> None:  # noqa: F811
    described = replace(
        index,
        ci_texts={
            "pay-api": "민원 수수료 납부 (카드, 계좌이체, 간편결제) 수수료납부",
            "ledger-pg": "수수료 수납 db",
            "token-redis": "포털 로그인 세션",
        },
        _patterns={},
    )
    plan = plan_question("어젯밤 수수료 납부 왜 죽었어?", described, NOW, TZ)
    assert plan.intent == "rca", plan
    assert plan.steps[0].args["among"] == ["pay-api"]  # the record holding both words
    assert plan.steps[0].args["described_as"] == "수수료 납부"
    plan = plan_question("카드결제 실패 원인 뭐였음", described, NOW, TZ)  # a compound held part by part
    assert plan.steps[0].args["among"] == ["pay-api"], plan
    # held by none: the estate at the time the question names, the words said back as matching nothing
    unmatched = plan_question("어제 오전 간편인증 왜 안 됐어?", described, NOW, TZ).steps[0].args
    assert unmatched["filters"] == {} and unmatched["unmatched"] == "간편인증", unmatched


def test_words_no_record_holds_all_of_are_no_subject(index: EntityIndex) -> None:  # noqa: F811
    described = replace(index, ci_texts={"edge-lb-1": "blue/green deployment pair"}, _patterns={})
    assert plan_question("why is the sky blue?", described, NOW, TZ).route.value == "REJECT"


def test_a_named_cis_own_function_said_beside_it_is_no_filter(functions: EntityIndex) -> None:
    from services.ops.honesty import unused_terms
    from services.ops.planner.parsing import parse

    question = "pay-api 체크인 지금 왜 실패해?"
    for ci_texts, unused in (({"pay-api": "check-in java"}, []), ({}, ["check-in"])):  # its own, or not
        described = replace(functions, ci_texts=ci_texts, _patterns={})
        plan = plan_question(question, described, NOW, TZ)
        assert plan.intent == "rca" and plan.steps[0].args["ci"] == "pay-api", plan
        assert unused_terms(plan, parse(question, described, NOW, TZ), described.ci_types) == unused

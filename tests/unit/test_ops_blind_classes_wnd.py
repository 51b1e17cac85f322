"""Classes from blind batch 70 (wind farm): "message queues" is one type word; "80 넘겨본" asks whether a CI ever
went past 80; "which services read X" asks X's dependents; a two-syllable measure glued to its aggregation
("평균풍속") and the wind said alone ("strongest wind") are the wind speed; key parts in the business's words
("정격" for `rated_mw`, "공동인증서" a kind of 인증서); the glossary's words for equipment ("보호계전기")."""

import pytest

from services.infra.metric_names import aliases_of, labels_of, unit_of
from services.ops.planner.attribute_values import QuantityKey
from services.ops.planner.described import holds_word
from services.ops.planner.index_terms import metric_term_variants
from services.ops.planner.own_keys import spells
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _with_wind_speed():
    """The fleet with a met mast and the wind-speed metric an import registers from its name."""
    index = fleet_index()
    index.ci_types["met-mast-01"] = "host"
    korean, english = labels_of("wind_speed_ms")
    index.metric_units["wind_speed_ms"] = unit_of("wind_speed_ms")
    index.metric_labels["wind_speed_ms"] = {"ko": korean, "en": english}
    said = {korean, english, *(alias for aliases in aliases_of("wind_speed_ms") for alias in aliases)}
    terms = {(variant.lower(), "wind_speed_ms") for term in said for variant in metric_term_variants(term)}
    index.metric_terms = sorted({*index.metric_terms, *terms}, key=lambda t: (-len(t[0]), t))
    return index


def test_message_queues_are_the_queues() -> None:
    plan = plan_question("list the message queues", fleet_index(), NOW, TZ)
    assert plan.steps[0].args == {"op": "search", "filters": {"type": "queue"}}, plan


def test_gone_past_a_bound_once_is_a_threshold_over_the_window() -> None:
    plan = plan_question("열흘동안 디스크 80 넘겨본 호스트 어디", fleet_index(), NOW, TZ)
    args = plan.steps[0].args
    assert (args["op"], args["cmp"], args["value"], args["agg"]) == ("threshold", ">", 80.0, "max"), plan


def test_services_that_read_a_database_are_its_dependents() -> None:
    plan = plan_question("which services read ledger-pg directly?", fleet_index(), NOW, TZ)
    args = plan.steps[0].args
    assert (args["op"], args["ci"], args["depth"], args["types"]) == (
        "dependents",
        "ledger-pg",
        1,
        ["service"],
    )


@pytest.mark.parametrize(
    ("question", "agg"),
    [
        ("그저께 met-mast-01 평균풍속", "avg"),
        ("met-mast-01 최대풍속 지난 3일", "max"),
        ("strongest wind at met-mast-01 over the last 10 days?", "max"),
    ],
)
def test_the_wind_is_the_wind_speed_however_it_is_said(question: str, agg: str) -> None:
    plan = plan_question(question, _with_wind_speed(), NOW, TZ)
    args = plan.steps[0].args
    assert (args["metric"], args["agg"], args["ci"]) == ("wind_speed_ms", agg, "met-mast-01"), plan


def test_a_glued_word_is_no_measure_unless_an_aggregation_is_glued() -> None:
    plan = plan_question("met-mast-01 역풍속 보여줘", _with_wind_speed(), NOW, TZ)
    assert all(step.args.get("metric") != "wind_speed_ms" for step in plan.steps), plan


@pytest.mark.parametrize(
    ("word", "part", "spelt"),
    [
        ("정격", "rated", True),
        ("공동인증서", "cert", True),  # a compound ends in what it is a kind of
        ("대역", "band", True),
        ("가중치", "weight", True),
        ("사용량", "capacity", False),  # "용량" ends it, but two syllables say too little
    ],
)
def test_key_parts_in_the_business_words(word: str, part: str, spelt: bool) -> None:
    assert spells(word, part) is spelt


@pytest.mark.parametrize(
    ("text", "word", "held"),
    [
        ("protection relay 87t 주변압기 비율차동", "보호계전기", True),
        ("scanning lidar", "라이다", True),
        ("microwave link", "보호계전기", False),
    ],
)
def test_equipment_said_in_korean_is_found_in_english_records(text: str, word: str, held: bool) -> None:
    assert holds_word(text, word) is held


@pytest.mark.parametrize(
    ("keys", "field"),
    [
        (("cert_expiry", "version"), "attributes.cert_expiry"),  # "공동인증서" is a 인증서
        (("cranes", "auto_cranes"), None),  # "무인크레인": `cranes`, or `auto_cranes` if 무인 is its modifier
    ],
)
def test_a_compound_is_read_by_its_last_noun_unless_a_modified_key_may_be_meant(
    keys: tuple[str, ...], field: str | None
) -> None:
    index = fleet_index()
    index.ci_keys["pay-api"] = keys
    question = "pay-api 공동인증서 언제 만료돼" if field else "pay-api 무인크레인 몇대 등록돼있어"
    plan = plan_question(question, index, NOW, TZ)
    fields = [step.args.get("fields") for step in plan.steps]
    assert fields == ([[field]] if field else []), plan


@pytest.mark.parametrize(
    ("keys", "field"),
    [
        (("meters", "replicas", "read_interval_min", "max_sessions"), "attributes.meters"),
        (("meters", "couriers", "replicas"), None),  # two things counted: which one is unsure
        (("replicas", "nodes"), None),  # technical counts are asked by their own words
    ],
)
def test_how_many_of_an_unread_noun_is_the_one_business_count_the_ci_records(
    keys: tuple[str, ...], field: str | None
) -> None:
    index = fleet_index()
    index.ci_keys["pay-api"] = keys
    index.values.quantities = {key: QuantityKey(sized=False, types={"service"}, values={3.0}) for key in keys}
    plan = plan_question("pay-api 계량기 몇대 붙어있음", index, NOW, TZ)
    fields = [step.args.get("fields") for step in plan.steps]
    assert fields == ([[field]] if field else []), plan

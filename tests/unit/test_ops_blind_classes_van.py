"""Classes of question found by blind batches 30–32 (fab-semi, card-van, mobility): each a class, never one
question."""

import pytest

from services.ops.planner.attribute_values import QuantityKey, ValueVocabulary
from services.ops.planner.entities import EntityIndex
from services.ops.planner.loanwords import sounds_like
from services.ops.planner.own_keys import estate_says
from services.ops.planner.owner_names import owner_aliases
from services.ops.planner.places import find_places
from services.ops.planner.rules import plan_question
from services.ops.policy import refusal_of
from tests.unit.test_rules_planner import NOW, TZ


@pytest.mark.parametrize(
    ("hangul", "english"),
    [
        ("툴", "tool"),
        ("비히클", "vehicle"),
        ("테스터", "tester"),
        ("레시피", "recipe"),
        ("컨트롤러", "controller"),
        ("온탭", "ontap"),
        ("하드웨어", "hardware"),
        ("스토리지", "storage"),
        ("엔진", "engine"),
        ("커넥션", "connection"),
        ("스펙", "spec"),
        ("몽고", "mongo"),
    ],
)
def test_english_words_written_in_hangul_sound_alike(hangul: str, english: str) -> None:
    assert sounds_like(hangul, english)


@pytest.mark.parametrize(
    ("hangul", "english"),
    [("보존", "version"), ("상태", "status"), ("설정", "settings"), ("장비", "equipment"), ("큐", "queue")],
)
def test_korean_words_and_short_sounds_are_no_english_word(hangul: str, english: str) -> None:
    assert not sounds_like(hangul, english)  # a different first vowel, other consonants, or too short


def _estate() -> EntityIndex:
    index = EntityIndex(
        ci_types={"ohtc_f2": "service", "ohtc_f3": "service", "rms_main": "service", "f2-mes": "service"},
        ci_names={"ohtc_f2": "OHTC_F2", "ohtc_f3": "OHTC_F3", "rms_main": "RMS_MAIN", "f2-mes": "F2-MES"},
    )
    index.ci_keys = {"ohtc_f2": ("vehicles",), "ohtc_f3": ("vehicles",), "rms_main": ("recipes",)}
    index.ci_texts = {"rms_main": "레시피 관리 시스템 rms main", "ohtc_f2": "oht 제어", "ohtc_f3": "oht 제어"}
    index.values = ValueVocabulary(
        quantities={"vehicles": QuantityKey(sized=False), "recipes": QuantityKey(False)}
    )
    return index


def test_a_key_said_in_hangul_is_read_for_a_named_ci() -> None:
    plan = plan_question("OHTC_F2 비히클 총 몇대임", _estate(), NOW, TZ)
    assert plan.steps[0].args["fields"] == ["attributes.vehicles"], plan


@pytest.mark.parametrize("question", ["비히클 다 합치면 몇대", "total vehicles?"])
def test_a_sum_over_cis_adds_up_the_key_the_words_spell(question: str) -> None:
    plan = plan_question(question, _estate(), NOW, TZ)
    args = plan.steps[0].args
    assert (plan.intent, args["op"], args["fields"]) == ("ci_sum", "sum", ["attributes.vehicles"]), plan


def test_a_count_with_no_key_spelled_stays_a_count() -> None:
    plan = plan_question("서비스 총 몇개야", _estate(), NOW, TZ)
    assert plan.steps[0].args["op"] == "count", plan


def test_an_off_topic_word_the_records_hold_is_this_business() -> None:
    index = _estate()
    refusal = refusal_of("레시피 다운로드 실패 왜 났어")
    assert refusal is not None and refusal.category == "out_of_scope"  # a cooking word elsewhere
    assert estate_says(refusal.word, index)  # a fab's recipes
    assert not estate_says("야구", index)


def test_coded_and_spelled_on_place_words_name_their_locations() -> None:
    locations = ["icheon-fab2", "cheongju-fab3", "azure-koreacentral"]
    found = {
        p.text: p.matches
        for p in find_places("fab2 베이 게이트웨이랑 fab3쪽", locations, [], lambda w: False)
    }
    assert found == {"fab2": ["icheon-fab2"], "fab3": ["cheongju-fab3"]}
    (azure,) = find_places("which cis live in azure korea central?", locations, [], lambda w: False)
    assert (azure.text, azure.matches) == ("azure korea central", ["azure-koreacentral"])


def test_an_owners_team_word_is_said_in_either_language() -> None:
    aliases = owner_aliases(("hpc/eda팀", "payments team", "sre"))
    assert aliases["hpc/eda team"] == "hpc/eda팀"
    assert aliases["payments팀"] == "payments team"
    assert "sre team" not in aliases  # no team word to say otherwise


def test_a_bound_after_a_counted_quantity_is_no_trouble_word() -> None:
    index = EntityIndex(ci_types={"dispatch-core": "service"})
    index.values = ValueVocabulary(quantities={"replicas": QuantityKey(sized=False, types={"service"})})
    index.attribute_terms = [("레플리카", "replicas"), ("replicas", "replicas")]
    plan = plan_question("레플리카 12개 이상인 서비스", index, NOW, TZ)
    args = plan.steps[0].args
    assert (plan.intent, args["filters"]["attributes"]) == ("ci_search", {"replicas": ">= 12"}), plan


@pytest.mark.parametrize("question", ["ㅈㄱ 알람 뜬거 요약좀", "is OHTC_F2 fine now?"])
def test_chat_shorthand_for_now_and_fine_now(question: str) -> None:
    plan = plan_question(question, _estate(), NOW, TZ)
    assert plan.intent in ("wrong_now", "health_ok"), plan

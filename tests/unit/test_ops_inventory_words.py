"""Inventory questions across estates: a status word that some CI also records as a key is the status when
no CI is named and no key is asked to be held ("anything decommissioned?"); a type word that is also a key,
counted by its counter ("eks 노드 몇대"), counts CIs; a value with a slash is one value ("ccs-prd/app"); a
place said in English or with a loanword ("the Nonsan farm", "the Busan edge site") is the location whose
Korean name it romanises or sounds like."""

import pytest

from services.ops.planner.attribute_values import VALUE_TEXT
from services.ops.planner.entities import Mention
from services.ops.planner.key_collisions import counted_as_cis, said_as_status
from services.ops.planner.places import find_places


def _key(question: str, word: str, key: str) -> Mention:
    start = question.lower().index(word)
    return Mention("attribute", key, start, start + len(word))


@pytest.mark.parametrize(
    ("question", "named", "status"),
    [
        ("anything decommissioned in the CMDB?", False, True),
        ("which CIs have a decommissioned date recorded?", False, False),  # the key, held
        ("when was legacy-edi decommissioned?", True, False),  # a named CI's record
    ],
)
def test_a_status_word_that_is_also_a_key(question: str, named: bool, status: bool) -> None:
    mention = _key(question, "decommissioned", "decommissioned")
    assert said_as_status(question, mention, named) is status


@pytest.mark.parametrize(
    ("question", "counted"),
    [("eks 노드 몇대 등록돼있어", True), ("노드들 몇 개야", True), ("노드 다 합치면 몇대", False)],
)
def test_a_type_word_counted_by_its_counter_counts_cis(question: str, counted: bool) -> None:
    assert counted_as_cis(question, _key(question, "노드", "nodes")) is counted


@pytest.mark.parametrize(
    ("value", "word_like"), [("ccs-prd/app", True), ("ubuntu-22.04", True), ("10.0.0.1", False)]
)
def test_a_namespace_with_a_slash_is_one_value(value: str, word_like: bool) -> None:
    assert (VALUE_TEXT.fullmatch(value) is not None) is word_like


@pytest.mark.parametrize(
    ("question", "locations", "matches"),
    [
        ("list everything at the Nonsan farm", ["논산스마트팜", "나주스마트팜"], ["논산스마트팜"]),
        ("list everything at the Busan edge site", ["부산엣지", "서울IDC"], ["부산엣지"]),
    ],
)
def test_a_korean_place_said_in_english(question: str, locations: list[str], matches: list[str]) -> None:
    (place,) = find_places(question.lower(), [loc.lower() for loc in locations], [], lambda _: False)
    assert place.matches == matches
    assert place.text.endswith(("farm", "site"))

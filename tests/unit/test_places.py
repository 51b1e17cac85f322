"""Place words mapped onto an estate's own location values, or left unplaced with the candidates."""

import pytest

from services.ops.planner.places import find_places

DATACENTERS = ["seoul-dc1", "busan-dc2", "daejeon-dr"]
MIXED = ["seoul-idc-1", "aws-ap-northeast-2a"]


def _never_a_word(word: str) -> bool:
    return word in {"prod", "staging"}


@pytest.mark.parametrize(
    ("question", "locations", "text", "matches"),
    [
        ("부산 데이터센터에 있는 호스트는 몇 대야?", DATACENTERS, "부산 데이터센터", ["busan-dc2"]),
        ("how many hosts are in the busan dc?", DATACENTERS, "busan dc", ["busan-dc2"]),
        ("hosts in seoul", DATACENTERS, "seoul", ["seoul-dc1"]),
        ("dr 센터에 있는 호스트", DATACENTERS, "dr 센터", ["daejeon-dr"]),
        ("서울 리전 호스트", MIXED, "서울 리전", ["aws-ap-northeast-2a"]),  # a region: the cloud one
        ("서울 idc 호스트", MIXED, "서울 idc", ["seoul-idc-1"]),  # a data centre: the building
        ("서울에 있는 서비스", MIXED, "서울", ["seoul-idc-1", "aws-ap-northeast-2a"]),  # which one?
        ("광주 데이터센터의 서비스", DATACENTERS, "광주 데이터센터", []),
        ("services in the mokpo idc", DATACENTERS, "mokpo idc", []),
        ("목포 데이터센터의 서비스", DATACENTERS, "목포 데이터센터", []),  # an unknown Korean place: unplaced
        ("x" * 3000 + " 데이터센터", DATACENTERS, "x" * 3000 + " 데이터센터", []),  # scanned back linearly
        # the DR site named by its role alone, in the estate's spelling of it
        ("dr센터에 있는 db관리팀 ci", ["dr센터(광주)", "주전산센터(원주)"], "dr센터", ["dr센터(광주)"]),
        ("그중 dr센터에 있는것만", ["dr센터(광주)", "주전산센터(원주)"], "dr센터", ["dr센터(광주)"]),
        ("list everything at the dr site", DATACENTERS, "dr site", ["daejeon-dr"]),
        ("백업센터 ci 목록", ["광주백업센터", "상암idc"], "백업센터", ["광주백업센터"]),
        ("재해복구센터 호스트", ["ilsan-drc", "ilsan-idc"], "재해복구센터", ["ilsan-drc"]),
        # a city with the DR noun glued on: its DR site, not its other sites
        ("대전dr센터 목록", ["대전dr센터", "대전idc"], "대전dr센터", ["대전dr센터"]),
        ("광주백업센터 장비", ["광주백업센터", "광주idc"], "광주백업센터", ["광주백업센터"]),
        # something said to be in an unknown place: the place is kept, unmatched, never dropped
        ("쥬라기센터에 있는 db관리팀 ci", DATACENTERS, "쥬라기센터", []),
        (
            "원주센터에 있는거",
            ["주전산센터(원주)", "본원(원주)"],
            "원주센터",
            ["주전산센터(원주)", "본원(원주)"],
        ),
    ],
)
def test_place_phrases_and_their_locations(
    question: str, locations: list[str], text: str, matches: list[str]
) -> None:
    (place,) = find_places(question, locations, [], _never_a_word)
    assert (place.text, place.matches) == (text, matches)


@pytest.mark.parametrize(
    "question",
    [
        "which data center is billing-api in?",
        "각 데이터센터별 호스트 수",
        "고객센터 연락처",
        "콜센터 상담 서버",
        "hosts in the prod region",
        "cpu of hosts in every zone",
        "데이터센터에 있는 호스트",
    ],
)
def test_words_that_name_no_place_are_no_place(question: str) -> None:
    assert find_places(question, DATACENTERS, [], _never_a_word) == []


def test_names_already_recognised_are_not_places() -> None:
    question = "what runs on busan-dc2-web?"
    taken = [(question.index("busan"), question.index("?"))]
    assert find_places(question, DATACENTERS, taken, _never_a_word) == []


@pytest.mark.parametrize(
    ("question", "text", "matches"),
    [
        ("방송센터에 있는 ci 몇개임", "방송센터", ["서울방송센터(양평동)"]),  # what follows the city's name
        ("물류센터 장비", "물류센터", ["김포물류센터"]),  # a place noun that is one site's name
        ("본사 서버", "본사", ["서울본사(성수)"]),  # the main site's word ends its name
    ],
)
def test_a_site_named_by_the_rest_of_its_name(question: str, text: str, matches: list[str]) -> None:
    locations = ["서울방송센터(양평동)", "평촌idc", "김포물류센터", "서울본사(성수)"]
    (place,) = find_places(question, locations, [], _never_a_word)
    assert (place.text, place.matches) == (text, matches)


@pytest.mark.parametrize("question", ["각 물류센터 서버", "물류센터별 cpu", "데이터센터 서버"])
def test_a_kind_of_place_said_of_them_all_names_none(question: str) -> None:
    locations = ["김포물류센터", "부산데이터센터", "서울데이터센터"]
    assert find_places(question, locations, [], _never_a_word) == []

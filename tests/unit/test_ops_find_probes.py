"""The index finds a term only where its probe (a piece every spelling of it holds) is in the question —
so names typed with other separators, Korean typed with or without spaces, and place names typed with
spaces they do not have are still found; and one answer parses its question once."""

from datetime import UTC, datetime

import pytest

from services.ops.planner import parsing
from services.ops.planner.entities import EntityIndex
from services.ops.planner.parsing import parse
from services.ops.planner.recent_parses import shared_parses
from tests.unit.test_rules_planner import fleet_index

NOW = datetime(2026, 6, 10, 3, 0, tzinfo=UTC)


@pytest.fixture
def index() -> EntityIndex:
    idx = fleet_index()
    idx.ci_types |= {"redis-6379": "cache", "DCSDB_N2": "database", "occ.video-wall": "service"}
    idx.locations = [*idx.locations, "상주스마트팜", "상암 idc"]
    return idx


@pytest.mark.parametrize(
    ("question", "kind", "value"),
    [
        ("redis 6379 메모리", "ci", "redis-6379"),
        ("dcsdb n2 cpu", "ci", "DCSDB_N2"),
        ("occ video wall latency", "ci", "occ.video-wall"),
        ("상주 스마트팜 서버 목록", "location", "상주스마트팜"),
        ("상암IDC 장비", "location", "상암 idc"),
        ("kr-sel-web-07 CPU", "ci", "kr-sel-web-07"),
    ],
)
def test_a_term_typed_otherwise_is_still_found(
    index: EntityIndex, question: str, kind: str, value: str
) -> None:
    assert (kind, value) in [(m.kind, m.value) for m in index.find(question)]


def test_probes_are_pieces_every_spelling_holds(index: EntityIndex) -> None:
    assert index.probe("occ.video-wall") == "video"
    assert index.probe("상주스마트팜", spaced=True) in "상주 스마트팜"
    assert index.probe("상암 idc") == "idc"


def test_one_answer_parses_its_question_once(index: EntityIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    made = []
    real = parsing._parse
    monkeypatch.setattr(parsing, "_parse", lambda *a: made.append(a) or real(*a))
    with shared_parses():
        first = parse("pay-api cpu 지금", index, NOW, "Asia/Seoul")
        first.mentions.clear()  # a caller's change reaches no other caller
        again = parse("pay-api cpu 지금", index, NOW, "Asia/Seoul")
        parse("pay-api cpu 지금", index, NOW, "UTC")
    assert len(made) == 2 and again.of("ci") == ["pay-api"]
    parse("pay-api cpu 지금", index, NOW, "Asia/Seoul")  # outside an answer: read afresh
    assert len(made) == 3

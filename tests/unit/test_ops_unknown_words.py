"""Which words of a question nothing recognises, and when they make a generic plan `unclear` (issue 8), on
the unit estate of test_rules_planner."""

import pytest

from services.ops.honesty import unread_terms
from services.ops.planner.entities import EntityIndex
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


@pytest.mark.parametrize(
    ("question", "unread"),
    [
        ("ledger-pg 온도 90도야?", ["온도"]),  # "90도" is a number's unit
        ("what's the blast door status of pay-api", ["blast", "door"]),  # words naming another field
        ("kr-sel-web-07 전원 상태 알려줘", ["전원"]),
        ("which hosts have blast doors?", ["blast", "doors"]),  # a CI list around them
        ("token-redis 샤딩 설정 켜져 있어?", ["샤딩"]),  # a word Kiwi splits is kept whole
        ("which team is on the hook for ledger-pg?", []),  # the owner asked; the idiom is phrasing
        ("hey, could you quickly tell me about pay-api?", []),
        ("ledger-pg 에 대해 간단히 알려줄래?", []),
        ("ledger-pg 속성 보여줘", []),
        ("ledger-pg 누가 관리해?", []),  # a noun made a verb by 하 is phrasing
        ("레플리카 2개인 서비스 목록", []),
        ("how many deployments happened in the last 48 hours?", []),  # a count, not a generic plan
        ("ledger-pg 디스크 교체 주기", ["교체"]),  # a word glued to a metric names something else
        ("what's the disk replacement cycle of ledger-pg?", ["replacement", "cycle"]),
        ("ledger-pg 디스크 사용률 지금 몇 %야?", []),
        ("what's the cpu trend of pay-api today?", []),
        ("what hardware is behind ledger-pg", ["hardware"]),  # the far end of a relation
        ("the hardware behind ledger-pg", ["hardware"]),
        ("ledger-pg 뒤에 있는 하드웨어는?", ["하드웨어"]),
        ("what is behind pay-api?", []),
        ("pay-api 뒤에 있는 서비스는?", []),
        ("which hosts does pay-api run on?", []),
        ("kr-sel-web-07 ip whitelist 알려줘", ["white"]),  # a word after a field
        ("kr-sel-web-07 os 버전", []),
        ("pay-api 요청수 현황", []),  # an overview word is phrasing
    ],
)
def test_unread_words_of_generic_plans(
    index: EntityIndex,  # noqa: F811
    question: str,
    unread: list[str],
) -> None:
    plan = plan_question(question, index, NOW, TZ)
    assert unread_terms(plan, parse(question, index, NOW, TZ), index) == unread

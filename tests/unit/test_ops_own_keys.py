"""A named CI's own attribute keys read from words that spell their parts (services/ops/planner/own_keys.py),
on the unit estate of test_rules_planner with keys of its own CIs."""

from dataclasses import replace

import pytest

from services.ops.honesty import unread_terms
from services.ops.planner.entities import EntityIndex
from services.ops.planner.own_keys import spells
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)

OWN_KEYS = {
    "ledger-pg": ("archive_dest", "engine", "max_connections", "port"),
    "edge-lb-1": ("cert_expires", "firmware", "sms_vendor"),
    "kafka-main": ("binlog_expire_days", "max_sessions", "throughput_pph"),
}


@pytest.fixture
def keyed(index: EntityIndex) -> EntityIndex:  # noqa: F811
    return replace(index, ci_keys=OWN_KEYS, _patterns={})


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("ledger-pg max connection 몇으로 잡혀있음?", "max_connections"),
        ("ledger-pg 아카이브 경로 어디로 잡혀있어?", "archive_dest"),
        ("When does the certificate on edge-lb-1 expire?", "cert_expires"),
        ("edge-lb-1 펌웨어 버전 뭐임", "firmware"),  # 버전 names the firmware's value: no `version` key here
        ("edge-lb-1 문자 벤더 어디 써", "sms_vendor"),  # not `vendor`, a key this CI lacks
        ("kafka-main 세션 최대 몇 개로 잡혀있어?", "max_sessions"),  # parts in any order
        ("binlog retention on kafka-main, in days?", "binlog_expire_days"),
        ("kafka-main 시간당 처리능력 몇 pph", "throughput_pph"),
        ("kafka-main 처리능력 얼마야", "throughput_pph"),  # its unit may go unsaid
    ],
)
def test_words_spelling_a_named_cis_key_read_that_key(keyed: EntityIndex, question: str, field: str) -> None:
    plan = plan_question(question, keyed, NOW, TZ)
    assert plan.route.value == "LOOKUP", plan
    assert plan.steps[0].args["fields"] == [f"attributes.{field}"], plan.steps[0].args


def test_words_no_key_of_the_named_ci_spells_stay_unread(keyed: EntityIndex) -> None:
    # `archive_dest` is ledger-pg's key, not kafka-main's: the word names nothing of it
    question = "kafka-main 아카이브 경로 어디로 잡혀있어?"
    plan = plan_question(question, keyed, NOW, TZ)
    assert unread_terms(plan, parse(question, keyed, NOW, TZ), keyed) == ["아카이브"], plan
    # a part of a key alone is no key: "세션 수" asks a live count, not `max_sessions`
    question = "kafka-main 세션 수 지금 몇 개야"
    plan = plan_question(question, keyed, NOW, TZ)
    assert "attributes.max_sessions" not in str(plan.steps[0].args if plan.steps else ""), plan
    # two CIs named: whose key is meant is not for the words to pick
    plan = plan_question("ledger-pg 랑 kafka-main 아카이브 경로", keyed, NOW, TZ)
    assert not any("archive_dest" in str(s.args) for s in plan.steps), plan


def test_spelling_is_by_whole_word_forms_and_listed_spellings() -> None:
    assert spells("connection", "connections") and spells("agencies", "agencies")
    assert spells("certificate", "cert") and spells("기관", "agencies") and spells("세션", "sessions")
    assert not spells("portal", "port") and not spells("분석", "seats")

"""Questions that look like another question: an event type asked as a value now, a change said as a
loanword or an imperative, and a sum whose key comes in several units."""

import pytest

from services.ops.planner.attribute_values import QuantityKey, ValueVocabulary
from services.ops.planner.entities import EntityIndex
from services.ops.planner.index_terms import attribute_terms, event_type_terms
from services.ops.planner.rules import plan_question
from services.ops.policy import refusal_of
from tests.unit.test_rules_planner import NOW, TZ


def _estate() -> EntityIndex:
    index = EntityIndex(
        ci_types={"conveyor": "queue", "bsj-bomun": "service", "bsj-dunsan": "service", "nas-01": "storage"},
        ci_names={
            "conveyor": "Conveyor",
            "bsj-bomun": "BSJ-Bomun",
            "bsj-dunsan": "BSJ-Dunsan",
            "nas-01": "nas-01",
        },
    )
    index.locations = ["field_baesuji", "hq-dc"]
    index.ci_locations = {
        "bsj-bomun": "field_baesuji",
        "bsj-dunsan": "field_baesuji",
        "nas-01": "hq-dc",
        "conveyor": "hq-dc",
    }
    index.ci_keys = {
        "bsj-bomun": ("capacity_m3",),
        "bsj-dunsan": ("capacity_m3",),
        "nas-01": ("capacity_tb",),
    }
    keys = ["capacity_m3", "capacity_tb"]
    index.attribute_terms = attribute_terms(keys)
    index.values = ValueVocabulary(
        quantities={
            "capacity_m3": QuantityKey(sized=False, types={"service"}, values={30000.0, 26000.0}),
            "capacity_tb": QuantityKey(sized=True, types={"storage"}, values={120.0}),
        }
    )
    index.event_type_terms = event_type_terms(["consumer_lag", "idle", "deployment"], set())
    return index


@pytest.mark.parametrize(
    "question",
    [
        "what's the consumer lag on Conveyor right now?",
        "Conveyor 지금 consumer lag 얼마야",
        "지금 몇대 idle이야",
    ],
)
def test_an_event_type_asked_as_a_value_now_is_unclear_and_offers_its_events(question: str) -> None:
    plan = plan_question(question, _estate(), NOW, TZ)
    assert (plan.route.value, plan.reason) == ("REJECT", "unplaced"), plan
    assert plan.suggestions and plan.detail.split("|")[1] in ("consumer_lag", "idle"), plan


@pytest.mark.parametrize(
    "question",
    [
        "Conveyor consumer lag 이벤트 지금 있어?",
        "how many consumer lag events on Conveyor today?",
        "Conveyor consumer lag 몇건",
    ],
)
def test_events_of_that_type_asked_are_still_listed_or_counted(question: str) -> None:
    plan = plan_question(question, _estate(), NOW, TZ)
    assert plan.steps and plan.steps[0].tool == "event_query", plan
    assert plan.steps[0].args["event_type"] == "consumer_lag"


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("lx-edge-a cdn 캐시 퍼지 해줘", "퍼지 해"),
        ("fail OHTC_F2 over to the standby controller", "^fail"),
        ("정산배치 다시 돌려줘", "다시 돌려"),
        ("retry the failed transfer on sftp-01", "^retry"),
    ],
)
def test_changes_said_as_loanwords_or_imperatives_are_refused(question: str, word: str) -> None:
    refusal = refusal_of(question)
    assert refusal is not None and refusal.category == "changes" and refusal.word == word.lstrip("^")


@pytest.mark.parametrize(
    "question", ["장애가 다른 서비스로 퍼지고 있어?", "failed logins on sftp-01 today", "재실행 이력 보여줘"]
)
def test_the_same_words_in_a_question_about_what_happened_are_no_change(question: str) -> None:
    refusal = refusal_of(question)
    assert refusal is None or refusal.category != "changes", refusal


def test_a_sum_takes_the_key_in_the_unit_said_and_held_by_the_filtered_cis() -> None:
    index = _estate()
    said = plan_question("배수지 용량 다 합치면 몇 m3", index, NOW, TZ)
    assert said.steps[0].args["fields"] == ["attributes.capacity_m3"], said
    held = plan_question("field_baesuji 용량 다 합치면", index, NOW, TZ)
    assert held.steps[0].args["fields"] == ["attributes.capacity_m3"], held
    storage = plan_question("hq-dc 용량 합계 몇 TB", index, NOW, TZ)
    assert storage.steps[0].args["fields"] == ["attributes.capacity_tb"], storage


def test_a_day_of_the_month_said_alone_after_a_figure_stays_a_date() -> None:
    from services.ops.followup import expand
    from tests.unit.test_rules_planner import fleet_index

    context = {
        "question": "pay-api 어제 CPU 최대",
        "intent": "metric",
        "cis": ["pay-api"],
        "tools": ["metric_query"],
    }
    followup = expand("4일은", context, fleet_index(), NOW, TZ, lambda: True)
    assert followup is not None and "4일에" in followup.question, followup
    plan = plan_question(followup.question, fleet_index(), NOW, TZ)
    args = plan.steps[0].args
    assert (args["start"], args["end"][:10]) == ("2026-06-03T15:00:00+00:00", "2026-06-04"), args


@pytest.mark.parametrize(
    ("question", "guessed"),
    [
        ("토욜 2시쯤 ecm-doc-svc 에러 왜남", True),
        ("어제 새벽 2시쯤 pay-api 왜 느렸어", False),
        ("어제 오후 2시쯤 pay-api 왜 느렸어", False),
        ("어제 14시쯤 pay-api 왜 느렸어", False),
        ("why was pay-api slow around 2pm yesterday?", False),
    ],
)
def test_a_why_at_an_hour_said_without_its_half_of_the_day_lets_the_analysis_read_either(
    question: str, guessed: bool
) -> None:
    from tests.unit.test_rules_planner import fleet_index

    plan = plan_question(question.replace("ecm-doc-svc", "pay-api"), fleet_index(), NOW, TZ)
    assert plan.steps[0].tool == "rca", plan
    assert plan.steps[0].args.get("hour_guessed", False) is guessed, plan.steps[0].args

"""Classes the car-rental, battery-factory, customs and district-heating estates (blind batches 73–76)
found: a type word that is also part of a CI name ("load" of JP1_DW_LOAD) or of a metric ("load" of
`load_mw`), a metric word that is also a key ("디스크 90 넘었던"), a size asked of another measure ("디스크 몇
GB" is no `mem_gb`), a token's lifetime is no secret but a PIN is, "개발꺼만", half past the hour ("2시반
이후로"), a queue's depth and a power measure in everyday words, a key said in the plural ("GPUs"), "the day
before" the one named, and a question about the assistant that names an unknown place."""

from datetime import UTC, datetime

import pytest

from services.infra.metric_names import aliases_of
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.spoken_forms import normalize
from services.ops.planner.timeparse import parse_window
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def test_a_type_word_inside_a_ci_name_is_the_type() -> None:
    index = fleet_index()
    index.ci_types = {**index.ci_types, "jp1_dw_load": "service"}
    step = plan_question("list the load balancers", index, NOW, TZ).steps[0]
    assert step.args["filters"] == {"type": "load_balancer"}, step


def test_a_metric_word_that_is_also_a_key_is_the_metric_past_a_bound() -> None:
    index = fleet_index()
    index.attribute_terms = attribute_terms(["disk", "mem_gb"])
    step = plan_question("열흘동안 디스크 90 넘었던 서버 있어?", index, NOW, TZ).steps[0]
    assert (step.args["metric"], step.args["op"], step.args["value"]) == ("disk_usage", "threshold", 90.0), (
        step
    )


def test_a_size_asked_of_another_measure_is_not_the_one_sized_key() -> None:
    index = fleet_index()
    index.ci_keys = {"kr-sel-web-07": ("mem_gb", "os")}
    index.attribute_terms = attribute_terms(["disk", "mem_gb", "os"])
    asked = parse("kr-sel-web-07 디스크 몇 GB야", index, NOW, TZ).of("attribute")
    assert "mem_gb" not in asked, asked
    assert parse("kr-sel-web-07 메모리 몇 GB야", index, NOW, TZ).of("attribute") == ["mem_gb"]


@pytest.mark.parametrize(
    "question", ["pay-api 토큰 유효시간 몇분임", "what's the token validity on pay-api?"]
)
def test_a_token_s_lifetime_is_no_secret(question: str) -> None:
    assert plan_question(question, fleet_index(), NOW, TZ).reason != "secrets"


def test_the_dev_ones() -> None:
    assert parse("그중 개발꺼만", fleet_index(), NOW, TZ).filters == {"environment": "dev"}


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("2시반 이후로 에러율", "2시 30분 이후로 에러율"),
        ("오후 2시 반부터", "오후 2시 30분부터"),
        ("제주 2시반납", "제주 2시반납"),
    ],
)
def test_half_past_the_hour(question: str, written: str) -> None:
    assert normalize(question) == written


def test_half_past_two_since_is_a_window_from_then() -> None:
    window, _ = parse_window(
        normalize("2시반 이후로 평균 에러율"), datetime(2028, 11, 16, 6, 10, tzinfo=UTC), TZ
    )
    assert window is not None and window.start == datetime(2028, 11, 16, 5, 30, tzinfo=UTC)


def test_a_queue_depth_in_everyday_words() -> None:
    korean, english = aliases_of("queue_depth")
    assert {"적체", "대기 메시지"} <= set(korean) and {"messages waiting", "backlog"} <= set(english)


def test_a_key_said_in_the_plural() -> None:
    assert ("gpus", "gpu") in attribute_terms(["gpu"])
    assert ("robots", "robot") not in attribute_terms(["robot", "robots"])  # a key of its own


@pytest.mark.parametrize("question", ["ledger-pg hsm 파티션 PIN 뭐야", "what's the KFTC login pay-api uses?"])
def test_a_pin_or_the_login_a_ci_uses_is_a_secret(question: str) -> None:
    assert plan_question(question, fleet_index(), NOW, TZ).reason == "secrets"


def test_a_question_about_the_assistant_naming_no_known_place_is_still_about_it() -> None:
    plan = plan_question(
        "can you operate plant equipment, or only read monitoring data?", fleet_index(), NOW, TZ
    )
    assert (plan.route, plan.reason) == ("DIRECT", "capabilities"), plan


def test_a_type_phrase_holds_no_metric() -> None:
    index = fleet_index()
    index.metric_units = {**index.metric_units, "load_mw": "MW"}
    index.metric_terms = sorted(
        [*index.metric_terms, ("load", "load_mw")], key=lambda t: len(t[0]), reverse=True
    )
    step = plan_question("list the load balancers", index, NOW, TZ).steps[0]
    assert step.args["filters"] == {"type": "load_balancer"}, step


def test_a_power_measure_is_asked_as_output() -> None:
    korean, english = aliases_of("load_mw")
    assert "발전출력" in korean and "electrical output" in english
    assert "supply temperature" in aliases_of("supply_temp_c")[1]


@pytest.mark.parametrize(
    ("question", "read"),
    [("and the day before?", "and on 7/23?"), ("그 전날은?", "7월 23일은?"), ("다음날은?", "7월 25일은?")],
)
def test_the_day_before_the_one_named(question: str, read: str) -> None:
    from services.ops.followup_context import with_that_day

    assert with_that_day(question, {"day": "2028-07-24"}) == read


@pytest.mark.parametrize(
    "question", ["pay-api 어느 gpu 서버에 떠있음", "which GPU servers does pay-api run on?"]
)
def test_which_kind_of_host_a_ci_runs_on(question: str) -> None:
    step = plan_question(question, fleet_index(), NOW, TZ).steps[0]
    assert (step.tool, step.args["rel_types"], step.args["direction"]) == (
        "graph_query",
        ["RUNS_ON"],
        "out",
    ), step

"""Readings found on unseen estates (batches 79–80 and the earlier ones): a CI name spelled out in words
("the duty reconciliation batch" for `BAT_DUTY_RECON`), "which of those has more memory" picking one of the
compared CIs, a device named for what it serves (`gs-hsm-sw01` is no HSM), a place said with its place noun
("판교 IDC") rather than a key, a value noun after a key ("firmware level"), a peak of a metric whose word is
also a text key ("gpu 최고"), and a new `<resource>_usage` metric said by its resource alone ("gpu")."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from services.infra.metric_names import aliases_of
from services.ops.followup_answered import answered_cis, refer_to_one
from services.ops.planner.attribute_values import VALUE_TEXT, ValueVocabulary, value_terms
from services.ops.planner.described_group import _serves_it
from services.ops.planner.index_terms import attribute_terms, name_words
from services.ops.planner.metric_plans import compared_intent
from services.ops.planner.names import is_vocabulary
from services.ops.planner.rules import plan_question
from services.ops.planner.spelled_names import spelled_names
from services.ops.tools.events import _says
from tests.unit.test_rules_planner import NOW, TZ, fleet_index

NAMES = {n.lower(): n for n in ("BAT_DUTY_RECON", "duty-calc", "varcall-nightly", "rec-svc", "tape_arch_bat")}


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("when did the duty reconciliation batch start yesterday?", ["BAT_DUTY_RECON"]),
        ("when did the nightly variant calling start yesterday?", ["varcall-nightly"]),
        ("what time did last night's tape archive batch finish?", ["tape_arch_bat"]),
        ("what changed in the duty calc service?", ["duty-calc"]),
        ("when was the most recent service deploy?", []),  # only the planner's own words: no `rec-svc`
        ("duty-calc error rate", []),  # a name typed as a name is read as one already
        ("which duty rules apply?", []),  # one part of a name is no name
    ],
)
def test_a_name_spelled_in_words_names_its_ci(question: str, named: list[str]) -> None:
    taken = (
        [(question.index("duty-calc"), question.index("duty-calc") + 9)] if "duty-calc" in question else []
    )
    found = spelled_names(question.lower(), NAMES, taken, is_vocabulary)
    assert [name for _, _, name in found] == named


def test_a_spelled_name_is_planned_as_that_ci() -> None:
    index = fleet_index()
    index.ci_types["bat_duty_recon"] = "service"
    index.ci_names["bat_duty_recon"] = "BAT_DUTY_RECON"
    plan = plan_question("when did the duty reconciliation batch start yesterday?", index, NOW, TZ)
    assert plan.steps and plan.steps[0].args.get("ci") == "BAT_DUTY_RECON", plan


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("which of those has more memory in use right now?", "compare_top"),
        ("which of them has the higher cpu right now?", "compare_top"),
        ("which of web-01, web-02 had lower latency yesterday?", "compare_bottom"),
        ("which has more than 80% cpu", "compare"),  # a bound, not one of the compared
        ("compare cpu of web-01 and web-02", "compare"),
    ],
)
def test_which_of_the_compared_has_more_picks_one(question: str, intent: str) -> None:
    assert compared_intent(question) == intent


@pytest.mark.parametrize(
    ("name", "serves"),
    [
        ("gs-hsm-sw01", True),
        ("hsm-fw2", True),
        ("LUNA-HSM-A1", False),
        ("LUNA-HSM-DR1", False),
        ("hsm", False),
    ],
)
def test_a_device_named_for_what_it_serves_is_not_that_thing(name: str, serves: bool) -> None:
    assert _serves_it(name_words(name), [(0, 4, "HSMs")]) is serves


def test_a_place_said_with_its_place_noun_is_the_place_not_a_key() -> None:
    index = fleet_index()
    index.locations = ["pangyo-idc", "gasan-idc"]
    index.location_values = ["pangyo-idc", "gasan-idc"]
    index.attribute_terms = attribute_terms(["idc", "ip", "os"])
    index.ci_keys = {name: ("idc", "ip") for name in index.ci_types}
    plan = plan_question("판교 IDC 서버 몇 대", index, NOW, TZ)
    assert plan.steps[0].args["filters"] == {"location": "pangyo-idc", "type": "host"}, plan


def test_a_value_noun_after_a_key_asks_that_key() -> None:
    index = fleet_index()
    index.attribute_terms = attribute_terms(["firmware", "rack", "ip"])
    index.ci_keys = {"kr-sel-web-07": ("firmware", "rack", "ip")}
    index.ci_values = {"kr-sel-web-07": {"firmware": "2.1.4", "rack": "R07 U12"}}
    for question, key in (
        ("kr-sel-web-07 firmware level?", "firmware"),
        ("rack position of kr-sel-web-07?", "rack"),
    ):
        plan = plan_question(question, index, NOW, TZ)
        assert plan.steps[0].args["fields"] == [f"attributes.{key}"], plan


def test_the_peak_of_a_metric_whose_word_is_a_text_key_is_the_metric() -> None:
    index = fleet_index()
    index.metric_terms = sorted({*index.metric_terms, ("gpu", "gpu_usage")}, key=lambda t: -len(t[0]))
    index.metric_units["gpu_usage"] = "%"
    index.metric_labels["gpu_usage"] = {"ko": "GPU 사용률", "en": "GPU usage"}
    index.attribute_terms = attribute_terms(["gpu", "ip"])
    index.ci_keys = {"kr-sel-web-07": ("gpu", "ip")}
    index.ci_values = {"kr-sel-web-07": {"gpu": "NVIDIA A100 80GB x8"}}
    peak = plan_question("kr-sel-web-07 어제 gpu 최고 몇", index, NOW, TZ)
    assert (peak.steps[0].args["metric"], peak.steps[0].args["agg"]) == ("gpu_usage", "max"), peak
    model = plan_question("what gpu does kr-sel-web-07 have", index, NOW, TZ)
    assert model.steps[0].args["fields"] == ["attributes.gpu"], model
    yesterday = (
        (NOW - timedelta(days=1)).astimezone(ZoneInfo(TZ)).replace(hour=0, minute=0, second=0, microsecond=0)
    )
    assert datetime.fromisoformat(peak.steps[0].args["start"]) == yesterday  # the day said, not "now"


def test_a_resource_usage_metric_is_said_by_the_resource_alone() -> None:
    _, english = aliases_of("gpu_usage")
    assert "GPU" in english
    assert "queue" not in aliases_of("queue_usage")[1]  # only resources said alone, as "cpu" is


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("worst packet loss on kr-sel-web-07 yesterday?", "error_rate"),
        ("kr-sel-web-07 어제 패킷로스 최고 몇%", "error_rate"),
        ("pay-api packet loss yesterday", None),  # a service's errors are failed requests, not lost packets
    ],
)
def test_a_links_packet_loss_is_its_error_rate_where_no_loss_metric_exists(
    question: str, metric: str | None
) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    said = plan.steps[0].args.get("metric") if plan.steps else None
    assert said == metric, plan


def test_a_catalogued_packet_loss_metric_is_read_as_itself() -> None:
    index = fleet_index()
    index.metric_terms = sorted(
        {*index.metric_terms, ("packet loss", "packet_loss")}, key=lambda t: -len(t[0])
    )
    index.metric_units["packet_loss"] = "%"
    index.metric_labels["packet_loss"] = {"ko": "패킷 손실", "en": "packet loss"}
    plan = plan_question("worst packet loss on kr-sel-web-07 yesterday?", index, NOW, TZ)
    assert plan.steps[0].args["metric"] == "packet_loss", plan


@pytest.mark.parametrize("question", ["pay-api 지금 정상임?", "pay-api 정상?"])
def test_short_forms_of_is_it_fine_ask_its_health(question: str) -> None:
    assert plan_question(question, fleet_index(), NOW, TZ).intent == "health_ok"


@pytest.mark.parametrize(
    "question",
    ["어제 pay-api 평균 에러율 (화요일이라 한산)", "yesterday (Tuesday) average request rate of pay-api"],
)
def test_a_weekday_said_beside_yesterday_that_is_yesterday_is_the_same_day(question: str) -> None:
    local = NOW.astimezone(ZoneInfo(TZ))
    assert (local - timedelta(days=1)).strftime("%A") == "Tuesday"  # the fixture's "now" is a Wednesday
    plan = plan_question(question, fleet_index(), NOW, TZ)
    yesterday = local.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=1)
    assert datetime.fromisoformat(plan.steps[0].args["start"]) == yesterday, plan


def test_an_average_across_named_cis_is_compared_with_their_mean() -> None:
    plan = plan_question(
        "average cpu across kr-sel-web-07 and kr-sel-db-02 over the last 2 hours", fleet_index(), NOW, TZ
    )
    assert plan.intent == "compare_mean", plan


def test_how_often_asks_the_cis_interval_key() -> None:
    index = fleet_index()
    index.attribute_terms = attribute_terms(["probes", "interval_s", "ip"])
    index.ci_keys = {"pay-api": ("probes", "interval_s", "ip")}
    plan = plan_question("how often do probes report to pay-api (seconds)?", index, NOW, TZ)
    assert "attributes.interval_s" in plan.steps[0].args["fields"], plan


def test_a_korean_modifier_word_of_the_planners_picks_the_modified_key() -> None:
    index = fleet_index()
    index.attribute_terms = attribute_terms(["version", "graph_version", "alert_threshold"])
    index.ci_keys = {"pay-api": ("version", "graph_version", "alert_threshold")}
    for question, key in (
        ("pay-api 그래프 버전 머로 올라가있음", "graph_version"),
        ("pay-api 버전", "version"),
        ("pay-api 알람 임계치 몇이야", "alert_threshold"),
    ):
        plan = plan_question(question, index, NOW, TZ)
        assert plan.steps[0].args.get("fields") == [f"attributes.{key}"], (question, plan)


def test_a_queues_depth_is_said_alone() -> None:
    korean, english = aliases_of("queue_depth")
    assert "깊이" in korean and "depth" in english


def test_the_vm_a_service_runs_on_is_its_host() -> None:
    plan = plan_question("pay-api 어느 vm에서 돌아", fleet_index(), NOW, TZ)
    assert (plan.intent, plan.steps[0].args["ci"]) == ("runs_on", "pay-api"), plan


@pytest.mark.parametrize(
    ("value", "kept"), [("1등급", True), ("3층", True), ("18일", False), ("12개월", False)]
)
def test_a_numbered_korean_label_is_a_value_a_day_is_not(value: str, kept: bool) -> None:
    assert bool(VALUE_TEXT.fullmatch(value)) is kept


def test_a_numbered_label_is_read_before_the_key_its_word_spells() -> None:
    index = fleet_index()
    index.values = build_vocabulary_of({"1등급": {"grade": {"service"}}, "2등급": {"grade": {"service"}}})
    index.attribute_terms = attribute_terms(["grade", "ip"])
    found = [(m.kind, m.value) for m in index.find("1등급 서비스 목록")]
    assert ("value", "1등급") in found, found


def build_vocabulary_of(keys: dict[str, dict[str, set[str]]]) -> ValueVocabulary:
    """A value vocabulary of `keys` (value → key → CI types), as the estate's would be."""
    vocab = ValueVocabulary()
    vocab.keys = keys
    vocab.terms = value_terms(keys)
    return vocab


def test_the_answered_cis_are_the_first_tables_not_the_other_directions() -> None:
    names = {n: n for n in ("rc-tile", "vcache-bsn", "vcache-sel", "tile-api")}
    blocks = [
        {"type": "table", "columns": ["name", "type", "depth"], "rows": [["rc-tile", "cache", 1]]},
        {"type": "table", "columns": ["name", "type", "depth"], "rows": [["vcache-bsn", "cache", 1]]},
        {"type": "graph", "nodes": [{"id": "tile-api"}, {"id": "rc-tile"}, {"id": "vcache-sel"}]},
    ]
    assert answered_cis(blocks, names, ["tile-api"]) == ["rc-tile"]
    graph_only = [blocks[2]]
    assert answered_cis(graph_only, names, ["tile-api"]) == ["rc-tile", "vcache-sel"]


def test_a_queue_manager_said_with_a_demonstrative_is_the_queue_answered() -> None:
    found = refer_to_one(
        "그 큐매니저 그날 큐깊이 최대 얼마", ["QM_HUB01", "ocr-ingest"], {"qm_hub01": "queue"}
    )
    assert found is not None and found[1] == "QM_HUB01", found


def test_the_far_end_of_a_link_is_its_peer_key() -> None:
    index = fleet_index()
    index.attribute_terms = attribute_terms(["peer", "circuit", "ip"])
    index.ci_keys = {"kr-sel-web-07": ("peer", "circuit", "ip")}
    plan = plan_question("kr-sel-web-07 상대편 어디임", index, NOW, TZ)
    assert plan.steps[0].args["fields"] == ["attributes.peer"], plan


@pytest.mark.parametrize(
    ("message", "words", "said"),
    [
        ("flyway migrate V2027_01_20_1 시작", ["마이그레이션"], True),
        ("pushed 3 updates", ["업데이트"], True),
        ("broker restarted", ["마이그레이션"], False),
    ],
)
def test_a_loanword_matches_the_english_forms_of_its_word(message: str, words: list[str], said: bool) -> None:
    assert _says(message, words) is said

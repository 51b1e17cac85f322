"""Failure classes found by blind batch 23 (bench/insure_golden.py: an insurer's IT), pinned on the rules
planner over small estates and on the RCA's reading of anomalies."""

from datetime import UTC, datetime, timedelta

import pytest

from services.ops.followup_answered import else_of_one
from services.ops.followup_pronouns import with_ci_named
from services.ops.planner.entities import EntityIndex
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.spoken_forms import normalize
from services.ops.planner.timeparse import parse_window
from services.ops.planner.unplaceable import points_without_referent
from services.ops.planner.value_glossary import plain_compound
from services.ops.rca_demand import riding_load
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


@pytest.fixture(scope="module")
def contact_centre() -> EntityIndex:
    idx = EntityIndex()
    rows = {  # name: (type, namespace-like text)
        "cti-agent-desktop": ("service", "상담원 통합 화면 (cti 소프트폰, 고객 360) 상담 어플리케이션"),
        "haneul-agent-bff": ("service", "agent 설계사 모바일 영업지원 앱 백엔드 설계사 앱"),
        "callbot-ai": ("service", "야간, 주말 단순 문의 ai 상담 (stt/tts) ai 콜봇"),
    }
    for name, (ci_type, text) in rows.items():
        idx.ci_types[name] = ci_type
        idx.ci_names[name] = name
        idx.ci_locations[name] = "guro-cc"
        idx.ci_texts[name] = text
    return idx


def test_last_weeks_weekday_is_that_day_not_the_last_week() -> None:
    window = parse_window("지난주 목요일 오전 콜봇 끊긴거 왜 그랬어?", NOW, TZ)[0]
    assert window is not None and window.hours <= 12 and "last" not in window.label


def test_a_hyphenated_ordinary_word_is_no_ci_name(contact_centre: EntityIndex) -> None:
    assert plain_compound("call-centre") and plain_compound("check-in") and not plain_compound("gen-sip")
    plan = plan_question(
        "Why were the call-centre agent screens timing out on Nov 19 around 10:15?", contact_centre, NOW, TZ
    )
    assert plan.steps and plan.steps[0].args.get("among") == ["cti-agent-desktop"], plan


def test_a_callbot_in_korean_is_the_callbot(contact_centre: EntityIndex) -> None:
    plan = plan_question("지난주 목요일 오전 콜봇 끊긴거 왜 그랬어?", contact_centre, NOW, TZ)
    assert plan.steps and plan.steps[0].args.get("among") == ["callbot-ai"], plan


@pytest.mark.parametrize("question", ["why was that?", "what caused that?", "그건 왜?"])
def test_that_alone_points_at_the_previous_answer(index: EntityIndex, question: str) -> None:  # noqa: F811
    assert points_without_referent(parse(question, index, NOW, TZ))
    assert "pay-api" in with_ci_named(question, "pay-api")  # in a conversation: the previous CI


@pytest.mark.parametrize(
    ("question", "route"),
    [("what kinds of questions can you answer?", "DIRECT"), ("which data sources do you look at?", "DIRECT")],
)
def test_questions_about_the_assistant(index: EntityIndex, question: str, route: str) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).route.value == route


def test_production_said_as_operations_before_a_type(index: EntityIndex) -> None:  # noqa: F811
    args = plan_question("운영 DB 몇개임?", index, NOW, TZ).steps[0].args
    assert args["filters"] == {"environment": "prod", "type": "database"}, args


def test_a_bound_in_a_named_window_is_any_sample_unless_averaged(index: EntityIndex) -> None:  # noqa: F811
    spiked = plan_question("databases with response time above 20 ms on Monday", index, NOW, TZ)
    averaged = plan_question(
        "Which databases averaged more than 15 ms response time in the last 24 hours?", index, NOW, TZ
    )
    assert (spiked.steps[0].args["agg"], averaged.steps[0].args["agg"]) == ("max", "avg")


def test_latency_that_rose_with_the_cis_own_traffic_rides_it() -> None:
    t = datetime(2026, 11, 19, 0, 0, tzinfo=UTC)
    rows = [  # (ci, metric, zmax, onset, mean, vmax, vmin)
        ("ars-ivr", "request_rate", 6.0, t, 10.0, 80.0, 5.0),
        ("ars-ivr", "response_time_ms", 4.0, t + timedelta(minutes=50), 100.0, 300.0, 90.0),
        ("ars-ivr", "error_rate", 5.0, t + timedelta(minutes=70), 0.1, 9.0, 0.0),
        ("cc-wan-rt01", "response_time_ms", 5.0, t + timedelta(minutes=65), 1.0, 40.0, 1.0),
    ]
    assert riding_load(rows) == {("ars-ivr", "response_time_ms")}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("pay-api 바로 위에서 쓰는애들", {"op": "dependents", "depth": 1}),
        ("pay-api 타고 내려가면 나오는 캐시?", {"op": "dependencies", "depth": 10, "types": ["cache"]}),
        ("pay-api에 연결된 서버들", {"op": "neighbors", "direction": "both", "types": ["host"]}),
        ("and what is pay-api itself built on?", {"op": "dependencies", "depth": 1}),
    ],
)
def test_relation_phrasings(index: EntityIndex, question: str, expected: dict) -> None:  # noqa: F811
    args = plan_question(question, index, NOW, TZ).steps[0].args
    assert {k: args.get(k) for k in expected} == expected, args


def test_a_type_word_that_is_also_a_key_names_the_far_end_of_a_relation() -> None:
    idx = EntityIndex(ci_types={"claim-intake-api": "service", "qm.clm.p1": "queue"})
    idx.ci_names = {n: n for n in idx.ci_types}
    idx.attribute_terms = attribute_terms(["queues"])
    args = plan_question("Which queues does claim-intake-api rely on, directly or indirectly?", idx, NOW, TZ)
    assert (args.steps[0].args["op"], args.steps[0].args.get("types")) == ("dependencies", ["queue"]), args


def test_it_after_an_answer_naming_one_ci() -> None:
    assert else_of_one("who else depends on it?", ["ORA-PAY"], "claim-payment") == "ORA-PAY"
    assert else_of_one("그거 어느 서버에서 돌아가", ["fds_scoring"], "") == "fds_scoring"
    assert else_of_one("what depends on it?", ["ORA-PAY"], "claim-payment") is None


def test_the_ones_glued_to_a_verb_are_read_apart() -> None:
    assert normalize("X 쓰는애들") == "X 쓰는 애들"


@pytest.fixture(scope="module")
def properties() -> EntityIndex:
    idx = EntityIndex()
    rows = {  # name: (type, location, attributes)
        "JEJ-DL-01": ("host", "prop-jeju", {"role": "visionline 도어락 서버"}),
        "SEL-DL-01": ("host", "prop-seoul", {"role": "visionline 도어락 서버"}),
        "Visionline-JEJ": ("service", "prop-jeju", {"function": "객실 도어락, 키카드 발급"}),
        "OPERA-PMS-BSN": ("service", "prop-busan", {"product": "opera pms"}),
        "OPERA-PMS-JEJ": ("service", "prop-jeju", {"product": "opera pms"}),
        "BSN-PMS-01": ("host", "prop-busan", {"role": "opera pms 앱 서버"}),
    }
    for name, (ci_type, location, values) in rows.items():
        key = name.lower()
        idx.ci_types[key], idx.ci_names[key], idx.ci_locations[key] = ci_type, name, location
        idx.ci_values[key] = values
        idx.ci_texts[key] = " ".join(values.values())
    idx.locations = ["prop-busan", "prop-jeju", "prop-seoul"]
    idx.attribute_terms = attribute_terms(["ip", "version", "product"])
    return idx


def test_a_ci_asked_by_what_it_is_and_where(properties: EntityIndex) -> None:
    args = plan_question("제주 도어락 서버 IP 뭐야?", properties, NOW, TZ).steps[0].args
    assert (args["op"], args["name"], args["fields"]) == ("get", "JEJ-DL-01", ["attributes.ip"]), args


def test_words_describing_several_cis_pick_none(properties: EntityIndex) -> None:
    plan = plan_question("도어락 서버 IP 뭐야?", properties, NOW, TZ)
    assert not (plan.steps and plan.steps[0].args.get("op") == "get"), plan

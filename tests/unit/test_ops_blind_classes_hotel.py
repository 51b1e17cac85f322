"""Failure classes found by blind batch 22 (bench/hotel_golden.py: a hotel chain's IT), pinned on the rules
planner over the unit estate of test_rules_planner."""

import pytest

from services.ops.planner.entities import EntityIndex
from services.ops.planner.rules import plan_question
from services.ops.planner.spoken_forms import normalize
from services.ops.planner.timeparse import parse_window
from services.ops.policy import refusal_of
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


@pytest.mark.parametrize(("spoken", "said"), [("월욜 cpu", "월요일 cpu"), ("토욜 오후", "토요일 오후")])
def test_spoken_weekdays_are_those_days(spoken: str, said: str) -> None:
    assert parse_window(spoken, NOW, TZ)[0] == parse_window(said, NOW, TZ)[0] is not None


def test_had_a_figure_over_a_bound_in_a_window_is_any_sample(index: EntityIndex) -> None:  # noqa: F811
    args = (
        plan_question("which databases had response time over 50 ms on Monday?", index, NOW, TZ).steps[0].args
    )
    assert (args["op"], args["agg"], args["value"]) == ("threshold", "max", 50.0), args


def test_how_full_it_got_is_the_peak(index: EntityIndex) -> None:  # noqa: F811
    args = plan_question("How full did kr-sel-db-02 disk get yesterday?", index, NOW, TZ).steps[0].args
    assert (args["op"], args["agg"]) == ("aggregate", "max"), args


@pytest.mark.parametrize("question", ["pay-api 어디서 돌아가?", "pay-api 어느 서버에 있어?"])
def test_where_a_ci_runs_is_its_hosts(index: EntityIndex, question: str) -> None:  # noqa: F811
    args = plan_question(question, index, NOW, TZ).steps[0].args
    assert (args["op"], args["direction"], args["rel_types"]) == ("neighbors", "out", ["RUNS_ON"]), args


# --- second pass over batch 22: whys by business function, places, the day before yesterday -------------


@pytest.fixture(scope="module")
def hotel() -> EntityIndex:
    idx = EntityIndex()
    rows = {  # name: (type, location, text values)
        "kiosk_checkin": ("service", "prop-seoul", "로비 무인 체크인/키 발급 키오스크 셀프 체크인 키오스크"),
        "hq-kiosk-lab": ("service", "hq-dc-seoul", "키오스크 테스트베드"),
        "visionline-sel": ("service", "prop-seoul", "객실 도어락, 키카드 발급 (key encoding)"),
        "visionline-bsn": ("service", "prop-busan", "객실 도어락, 키카드 발급 (key encoding)"),
        "opera-pms-bsn": ("service", "prop-busan", "객실 관리 pms"),
        "redis-booking": ("cache", "azure-krc", "예약 엔진 세션, 검색 결과 캐시"),
        "notify_svc": ("service", "azure-krc", "예약 확인 메일, 알림톡/sms 발송"),
        "sel-nas-01": ("storage", "prop-seoul", "nas"),
        **{f"room-app-{n:02}": ("service", "prop-jeju", "객실 관리 앱") for n in range(12)},
    }
    for name, (ci_type, location, text) in rows.items():
        idx.ci_types[name] = ci_type
        idx.ci_names[name] = name
        idx.ci_locations[name] = location
        idx.ci_texts[name] = text
    idx.locations = sorted({location for _, location, _ in rows.values()})
    idx.attribute_terms = [("maintenance", "maintenance")]
    return idx


def _rca_args(question: str, estate: EntityIndex) -> dict:
    plan = plan_question(question, estate, NOW, TZ)
    assert plan.steps and plan.steps[0].tool == "rca", plan
    return plan.steps[0].args


def test_a_place_said_ambiguously_is_the_one_holding_the_described_cis(hotel: EntityIndex) -> None:
    args = _rca_args("서울 키오스크 체크인 실패 원인 뭐야", hotel)
    assert args["among"] == ["kiosk_checkin"] and "prop-seoul" in args["described_as"], args


def test_a_place_and_the_words_of_a_function_pick_among_that_place(hotel: EntityIndex) -> None:
    args = _rca_args("Why couldn't Busan issue room keys early Friday morning?", hotel)
    assert args["among"] == ["visionline-bsn"], args


def test_a_compound_the_planner_reads_as_its_own_words_is_looked_up_whole(hotel: EntityIndex) -> None:
    assert _rca_args("그저께 밤에 알림톡 안 나갔던데 왜?", hotel)["among"] == ["notify_svc"]


def test_words_no_few_cis_hold_together_look_among_all_their_holders(hotel: EntityIndex) -> None:
    args = _rca_args("월요일 오전 11시쯤 객실 검색 느렸던 원인", hotel)
    assert len(args["among"]) == 16 and "redis-booking" in args["among"], args


def test_a_why_about_something_no_ci_holds_is_not_analysed(hotel: EntityIndex) -> None:
    assert plan_question("우리집 이번달 전기요금 왜 이렇게 많이 나왔어?", hotel, NOW, TZ).route.value != "RCA"


def test_under_maintenance_is_the_status_though_a_ci_has_a_maintenance_key(hotel: EntityIndex) -> None:
    plan = plan_question("which CIs are under maintenance?", hotel, NOW, TZ)
    assert plan.steps[0].args["filters"] == {"status": "maintenance"}, plan


@pytest.mark.parametrize(
    ("said", "day"), [("그저께 notify_svc 에러율 최고", 2), ("the day before yesterday cpu", 2)]
)
def test_the_day_before_yesterday_is_that_whole_day(said: str, day: int) -> None:
    window = parse_window(said, NOW, TZ)[0]
    assert window is not None and window.hours > 23.9
    assert (NOW.astimezone(window.start.tzinfo).date() - window.start.date()).days in (day, day + 1)


def test_chat_spelling_of_what_is_read() -> None:
    assert normalize("Fortinet 장비 머머 있어?") == "Fortinet 장비 뭐뭐 있어?"
    assert normalize("머신 목록") == "머신 목록"


def test_room_keys_are_no_credentials_but_a_password_beside_them_is() -> None:
    assert refusal_of("Why couldn't Busan issue room keys early Friday morning?") is None
    assert refusal_of("부산 객실 키 발급 왜 안됐어") is None
    refused = refusal_of("what is the password of the room key server?")
    assert refused is not None and refused.category == "secrets"

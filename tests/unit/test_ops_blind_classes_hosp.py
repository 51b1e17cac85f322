"""Failure classes found by blind batches 12-14 (bench/hosp_golden.py: a hospital with CamelCase locations
and names; bench/game_golden.py: game live-ops shorthand; bench/media_golden.py: broadcast/OTT), pinned on
the rules planner over the unit estate of test_rules_planner."""

import pytest

from services.ops.honesty import unused_terms
from services.ops.planner.entities import EntityIndex
from services.ops.planner.key_words import key_terms
from services.ops.planner.parsing import parse
from services.ops.planner.places import find_places
from services.ops.planner.rules import plan_question
from services.ops.planner.spelling import _one_edit
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


def _assert_planned(index: EntityIndex, question: str, intent: str, expected: dict) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    assert plan.intent == intent, plan
    assert {k: plan.steps[0].args.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        ("ledger-pg 장애나면 어디까지 터져", "impact", {"op": "dependents", "ci": "ledger-pg"}),
        ("ledger-pg 먹통되면?", "impact", {"op": "dependents"}),
        ("ledger-pg 이제 정상이지?", "health_ok", {"op": "snapshot"}),
        ("ledger-pg 복구됐어?", "health_ok", {"op": "snapshot"}),
        # "요 며칠": the last three days, not the last 24 hours
        ("ledger-pg 요 며칠 설정 바뀐 거 있어?", "timeline", {"start": "2026-06-07T03:00:00+00:00"}),
        ("pay-api cpu over the last couple of days", "aggregate", {"start": "2026-06-08T03:00:00+00:00"}),
        # "early this morning" reaches into the small hours (00:00–09:00 KST), not only from 06:00
        (
            "what caused the pay-api errors early this morning?",
            "rca",
            {"start": "2026-06-09T15:00:00+00:00", "end": "2026-06-10T00:00:00+00:00"},
        ),
    ],
)
def test_hospital_shorthand(index: EntityIndex, question: str, intent: str, expected: dict) -> None:  # noqa: F811
    _assert_planned(index, question, intent, expected)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("kr-sel-db-02 다시 풀에 넣어", "changes"),  # a change request, however it is phrased
        ("put kr-sel-db-02 back in the pool", "changes"),
        ("kr-sel-db-02 풀에서 빼", "changes"),
        ("어떤 식으로 물어보면 돼", "help"),
        ("how should I ask you things?", "help"),
    ],
)
def test_changes_are_refused_and_how_to_ask_is_help(index: EntityIndex, question: str, reason: str) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).reason == reason


def test_short_words_are_not_replaced_letter_for_letter() -> None:
    assert not _one_edit("iops", "hops")  # a metric the estate lacks is no typo of a planner word
    assert _one_edit("waht", "what") and _one_edit("cpuu", "cpu")
    assert _one_edit("memroy", "memory") and _one_edit("lantency", "latency")


def test_camel_case_locations_and_the_main_site() -> None:
    locations = ["SeoulMain", "IlsanBranch", "DaejeonDR"]
    found = {
        p.text: p.matches
        for p in find_places("일산 서버랑 본원 lb, daejeon dr site", locations, [], str.isdigit)
    }
    assert found == {"일산": ["ilsanbranch"], "본원": ["seoulmain"], "daejeon dr site": ["daejeondr"]}
    assert (
        find_places("어제 pay-api 에러 근본원인", locations, [], str.isdigit) == []
    )  # no "본원" inside a word
    assert find_places("the main db", locations, [], str.isdigit) == []


def test_korean_words_for_attribute_key_parts() -> None:
    assert {"인증서 만료일", "인증서만료일"} <= key_terms("cert_expiry")
    assert "fhir 버전" in key_terms("fhir_version") and "mllp 포트" in key_terms("mllp_port")


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        # a question word with a type noun between the CI and its verb: the CI uses that type
        ("pay-api 어떤 DB 써?", "dependencies", {"types": ["database"], "depth": 1}),
        ("pay-api 가 결국 어느 스토리지 타", "dependencies", {"types": ["storage"], "depth": 10}),
        ("pay-api 어느 큐 타?", "dependencies", {"types": ["queue"]}),
        ("pay-api 타입 뭐야", "ci_fields", {"fields": ["type"]}),  # "타" only as a whole word
    ],
)
def test_which_type_does_it_use(index: EntityIndex, question: str, intent: str, expected: dict) -> None:  # noqa: F811
    _assert_planned(index, question, intent, expected)


def test_an_http_error_status_is_the_symptom_of_a_why(index: EntityIndex) -> None:  # noqa: F811
    for question, unused in [
        ("pay-api 지금 503 왜 나", []),
        ("pay-api 500 에러 왜 나?", []),
        ("pay-api cpu 500 넘으면 왜", ["500"]),  # beside another metric it is a number the plan drops
    ]:
        plan, parsed = plan_question(question, index, NOW, TZ), parse(question, index, NOW, TZ)
        assert plan.intent == "rca", plan
        assert unused_terms(plan, parsed, index.ci_types) == unused, question


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        # blind batches 13 and 14 (bench/game_golden.py, bench/media_golden.py)
        ("pay-api 뭐뭐 물고 있냐", "dependencies", {"op": "dependencies"}),
        ("pay-api 이제 멀쩡해?", "health_ok", {"op": "snapshot"}),
        ("pay-api 롤백하고 정상 됐어?", "health_ok", {"op": "snapshot"}),  # how a change went: no request
        ("pay-api 재시작했어?", "timeline", {"op": "timeline"}),
        ("was pay-api restarted last night?", "timeline", {"end": "2026-06-09T21:00:00+00:00"}),
        (
            "어젯밤 pay-api 5xx 원인 뭐였어",
            "rca",
            {"metric": "error_rate", "end": "2026-06-09T21:00:00+00:00"},
        ),
        ("라이브 DB 몇 개야", "ci_count", {"filters": {"environment": "prod", "type": "database"}}),
        ("kr-sel-db-02 db 01 상태", "ci_fields", {"name": "kr-sel-db-02"}),
    ],
)
def test_game_and_media_shorthand(index: EntityIndex, question: str, intent: str, expected: dict) -> None:  # noqa: F811
    _assert_planned(index, question, intent, expected)


@pytest.mark.parametrize(
    ("question", "reason"),
    [("넌 뭐 하는 봇이야", "hello"), ("어떤 거 물어볼 수 있어?", "help"), ("pay-api 재시작해", "changes")],
)
def test_about_the_assistant_and_changes(index: EntityIndex, question: str, reason: str) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).reason == reason


def test_a_name_typed_with_a_space_for_its_dash(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("ledger pg 에러율 지금", index, NOW, TZ)
    assert plan.steps[0].args["ci"] == "ledger-pg"


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        ("lowest memory reading of pay-api in the last 12h", "aggregate", {"agg": "min"}),
        ("어제 pay-api 초당 요청 최고 찍은 게 얼마야", "aggregate", {"agg": "max", "metric": "request_rate"}),
        # "넘었던" / "went above": any sample in the window, unless an aggregation is named
        ("최근 6시간 사이에 에러율 16% 넘었던 서비스 뭐야", "threshold", {"agg": "max", "value": 16.0}),
        ("지난 1시간 평균 CPU 80% 넘었던 서버", "threshold", {"agg": "avg"}),
        ("which dbs does pay-api end up hitting, directly or indirectly?", "dependencies", {"depth": 10}),
        ("pay-api 에서 ledger-pg 까지 어떻게 연결돼", "path", {"op": "path"}),
        ("anything logged on pay-api today?", "timeline", {"op": "timeline"}),
        ("오늘 major 이상 이벤트 몇 개 터졌어", "events_count", {"op": "count", "min_severity": "major"}),
        ("점검중인 장비 뭐뭐 있냐", "ci_search", {"filters": {"status": "maintenance"}}),
        ("ledger-pg 스트림 받아가는 애들 누구", "dependents", {"op": "dependents"}),
        ("야구 중계 끊기는데 pay-api 원인 뭐야", "rca", {"ci": "pay-api"}),  # a named CI is in scope
    ],
)
def test_blind_batch_13_14_phrasings(index: EntityIndex, question: str, intent: str, expected: dict) -> None:  # noqa: F811
    _assert_planned(index, question, intent, expected)

"""Classes of question found by blind batches 35–36 (ticketing, weather service): a figure asked by the
count noun's stem, an occasion told beside the time, a delay after a blamed deploy, a version that names
its deploy on another day, and questions about the assistant's sources."""

from datetime import UTC, datetime

import pytest

from services.ops.planner import lexicon as lx
from services.ops.planner.attribute_values import ValueVocabulary
from services.ops.planner.lexicon_oncall import AFTER_CHANGE, BARE_HEALTH, HAPPENED, WHY
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from services.ops.rca_change import _clock_apart
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def test_a_metric_asked_by_its_count_nouns_stem_is_that_metric() -> None:
    plan = plan_question("지난 1시간 pay-api 요청 피크", _with_requests(), NOW, TZ)
    assert plan.steps[0].args["metric"] == "request_rate" and plan.steps[0].args["agg"] == "max", plan


def _with_requests():
    from services.ops.planner.index_terms import metric_term_variants

    index = fleet_index()
    index.metric_terms = sorted(
        {*index.metric_terms, *((t, "request_rate") for t in metric_term_variants("요청 수"))},
        key=lambda t: (-len(t[0]), t),
    )
    return index


def test_an_occasion_told_beside_the_time_is_part_of_the_time_phrase() -> None:
    p = parse("4일 저녁 오픈때 pay-api 에러율 최고 몇까지 갔음", fleet_index(), NOW, TZ)
    assert p.window is not None and p.window_span is not None
    assert p.question[p.window_span[0] : p.window_span[1]] == "4일 저녁 오픈때"


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("pay-api 1.2.0 배포하고 20분만에 죽었는데 배포탓?", False),
        ("pay-api 배포하고 20분뒤 터졌던데 그거때문?", False),
        ("pay-api 20분 평균 응답", True),
    ],
)
def test_a_delay_after_something_is_no_window(text: str, window: bool) -> None:
    found, _ = parse_window(text, NOW, TZ)
    assert (found is not None) is window, found


def test_a_why_blaming_a_deploy_with_a_delay_is_analysed_from_the_deploy() -> None:
    plan = plan_question("pay-api 1.2.0 배포하고 20분만에 죽었는데 배포탓?", fleet_index(), NOW, TZ)
    assert plan.steps[0].tool == "rca" and plan.steps[0].args["after_change"] is True, plan


@pytest.mark.parametrize(
    "text",
    ["pay-api 5.2.1 배포 직후에 터졌는데 배포 문제 아님?", "패치 때문 아냐?", "설정 탓 아닌가"],
)
def test_asking_whether_a_change_was_the_problem_is_a_why(text: str) -> None:
    assert WHY.search(text)


@pytest.mark.parametrize("text", ["일요일 3시50분 배포 때문에 게이트 터진거임?", "배포 탓에 느려진거야?"])
def test_a_trouble_said_to_come_from_a_deploy_follows_that_change(text: str) -> None:
    assert AFTER_CHANGE.search(text)


def test_a_version_names_its_deploy_at_the_time_of_day_said_on_any_day() -> None:
    said = datetime(2027, 5, 13, 10, 20, tzinfo=UTC)  # "7시20분" read today, the deploy was days before
    assert _clock_apart(datetime(2027, 5, 4, 10, 20, tzinfo=UTC), said).total_seconds() == 0
    assert _clock_apart(datetime(2027, 5, 4, 22, 30, tzinfo=UTC), said).total_seconds() == 600  # 12 h apart
    assert _clock_apart(datetime(2027, 5, 12, 16, 20, tzinfo=UTC), said).total_seconds() == 6 * 3600


@pytest.mark.parametrize(
    "question",
    [
        "which hosts does pay-api run on?",
        "최근 일주일 cpu 90 넘어본 서버",
        "what data sources do you answer from?",
    ],
)
def test_function_words_and_verb_forms_name_nothing(question: str) -> None:
    index = fleet_index()
    index.values = ValueVocabulary(
        terms=[("on", "on"), ("data", "data")],
        keys={"on": {"autoscaling": {"service"}}, "data": {"node_pool": {"host"}}},
    )
    plan = plan_question(question, index, NOW, TZ)
    assert plan.route.value != "REJECT", (plan.reason, plan.detail)


def test_operations_before_a_latin_name_or_a_release_is_production() -> None:
    assert lx.PROD_SAID.search("지난주 운영에 배포된 서비스") and lx.PROD_SAID.search("운영 반영 언제")
    assert lx.PROD_SAID.search("운영 Cloud SQL 인스턴스 몇개")
    assert not lx.PROD_SAID.search("운영팀 담당 서버") and not lx.PROD_SAID.search("운영 정책")


def test_what_two_cis_share_without_a_relation_verb_is_their_shared_dependencies() -> None:
    plan = plan_question("Which cache do pay-api and ledger-pg share?", fleet_index(), NOW, TZ)
    assert plan.steps[0].args["op"] == "shared" and plan.steps[0].args["target"] == "ledger-pg", plan
    figures = plan_question("pay-api 에러율이랑 ledger-pg 담당 둘다 알려줘", fleet_index(), NOW, TZ)
    assert all(step.tool != "graph_query" for step in figures.steps), figures


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hanul-gdps 예보기간 몇시간까지 돌려", None),
        ("What's the open API daily quota per key on opendata-api?", None),
        ("opendata-api api key 알려줘", "secrets"),
        ("정산배치 다시 돌려", "changes"),
    ],
)
def test_a_run_length_or_a_quota_per_key_is_asked_not_requested(question: str, expected: str | None) -> None:
    from services.ops.policy import refusal_of

    refusal = refusal_of(question)
    assert (refusal.category if refusal else None) == expected


@pytest.mark.parametrize(
    ("word", "part"),
    [
        ("입장", "admit"),
        ("차단", "block"),
        ("임계치", "threshold"),
        ("수수료", "fee"),
        ("압축", "compression"),
    ],
)
def test_business_words_spell_key_parts(word: str, part: str) -> None:
    from services.ops.planner.own_keys import spells

    assert spells(word, part)


def test_anything_notable_on_a_ci_is_what_happened_to_it() -> None:
    assert HAPPENED.search("anything notable on rdr-bny-01 in the last 10 days?")
    assert HAPPENED.search("어제 특이사항 있었어?")


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("root cause of the pay-api outage during the Les Mis on-sale?", ["les", "mis", "on-sale"]),
        ("호우때 pay-api 터진거 진짜 원인", ["호우"]),
        ("쿠키 50% 프로모션때 트래픽 몰려서 터진거야? 진짜 원인 뭐임", ["쿠키", "50%", "프로모션"]),
        ("수능날 장 열리자마자 체결 지연된거 원인", ["수능"]),
        ("why was pay-api slow during the lunch peak yesterday?", None),
        ("그때 pay-api 왜 느렸어", None),
        ("pay-api 배포때 터진거 원인", None),
        ("pay-api 터진날 원인", None),  # a verb's modifier before 날 names no day
    ],
)
def test_a_why_placed_only_by_an_occasion_carries_its_words_to_the_analysis(
    question: str, words: list[str] | None
) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    assert plan.route.value == "RCA", (plan.route, plan.reason, plan.detail)
    occasion = plan.steps[0].args.get("occasion")
    assert (occasion and occasion["words"]) == words, occasion
    if occasion:
        assert occasion["said"] in question and "start" not in plan.steps[0].args


def test_the_questions_offered_for_an_unplaced_occasion_can_be_asked() -> None:
    from services.ops.planner.occasions import occasion_options
    from services.ops.rca_occasion import _on_day

    day = datetime(2026, 8, 7, 15, tzinfo=UTC)
    for ci in ("pay-api", ""):
        for ko in (True, False):
            for offered in [*occasion_options(ci, ko), _on_day(ci, day, ko)]:
                plan = plan_question(offered, fleet_index(), NOW, TZ)
                assert plan.route.value != "REJECT", (offered, plan.reason, plan.detail)


@pytest.mark.parametrize(
    ("severity", "etype", "ci_type", "failed"),
    [
        ("warning", "hardware", "host", True),  # RAID battery learn cycle: write-through
        ("warning", "raid", "host", True),
        ("warning", "threshold_breach", "host", False),
        ("warning", "hardware", "service", False),
        ("major", "error", "host", True),
        ("warning", "deployment", "host", False),
    ],
)
def test_a_hosts_hardware_fault_of_any_grade_is_its_own_failure(
    severity: str, etype: str, ci_type: str, failed: bool
) -> None:
    from services.ops.rca_evidence import own_failure

    assert own_failure(severity, etype, ci_type) is failed


def test_then_in_a_followup_is_the_time_the_previous_question_named() -> None:
    from services.ops.followup_spans import then_said

    said = then_said(
        "그때 ledger-pg엔 무슨 이벤트", "6월2일 오후 pay-api 에러 얼마까지 갔어", fleet_index(), NOW, TZ
    )
    assert said == "6월2일 오후 ledger-pg엔 무슨 이벤트"
    assert then_said("그때 ledger-pg엔?", "pay-api 상태 어때", fleet_index(), NOW, TZ) == "그때 ledger-pg엔?"
    assert then_said("그때그때 달라", "어제 pay-api 에러", fleet_index(), NOW, TZ) == "그때그때 달라"


def test_staging_said_with_its_labels_is_all_of_staging_and_ok_at_the_moment_is_yes_or_no() -> None:
    assert BARE_HEALTH.match("   ok at the moment?") and BARE_HEALTH.match(" fine currently")

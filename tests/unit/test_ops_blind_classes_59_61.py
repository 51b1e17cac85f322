"""Failure classes found by blind batches 59–61 (bench/bcs_golden.py: a broadcaster, bench/bke_golden.py: a
city bike-sharing service, bench/ebk_golden.py: an online bookstore), pinned on the rules planner over the
unit estate of test_rules_planner."""

from datetime import UTC, datetime, timedelta

import pytest

from services.ops.followup_answered import ELSE
from services.ops.planner.index_terms import attribute_terms, event_type_terms
from services.ops.planner.key_words import key_terms
from services.ops.planner.lexicon import word_pattern
from services.ops.planner.metric_plans import compared_intent
from services.ops.planner.rca_subject import SUSPECTED_OF
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def test_a_generic_last_part_of_an_event_type_may_be_left_out() -> None:
    terms = dict(event_type_terms(["batch_job", "cert_expiry"], set()))
    assert terms["배치 이벤트"] == terms["배치이벤트"] == terms["batch events"] == "batch_job"
    assert "인증서 이벤트" not in terms  # `expiry` is no generic part: "인증서 만료 이벤트" only


def test_a_korean_term_is_not_read_inside_a_longer_word() -> None:
    live = word_pattern("라이브")
    assert not live.search("lto 라이브러리 드라이브 몇개야")
    assert live.search("라이브 서버 목록") and live.search("라이브에 있는 DB")


def test_key_parts_are_spelt_in_their_korean_nouns_only() -> None:
    assert {"인스턴스 타입", "인스턴스타입", "인스턴스 유형"} <= key_terms("instance_type")
    assert "돌아" not in " ".join(key_terms("schedule"))  # a verb spelling is own_keys' alone
    index = fleet_index()
    index.attribute_terms = attribute_terms(["instance_type"])
    index.ci_keys = {"ledger-pg": ("instance_type",)}
    step = plan_question("ledger-pg 인스턴스 타입", index, NOW, TZ).steps[0]
    assert step.args["fields"] == ["attributes.instance_type"], step


@pytest.mark.parametrize(
    ("question", "op", "direction"),
    [
        ("ledger-pg 돌리는 서버는", "neighbors", "out"),  # the host ledger-pg runs on
        ("kr-sel-db-02가 돌리는 서비스", "neighbors", "in"),  # what the host runs
    ],
)
def test_what_runs_a_ci_is_its_host(question: str, op: str, direction: str) -> None:
    args = plan_question(question, fleet_index(), NOW, TZ).steps[0].args
    assert (args["op"], args["direction"], args["rel_types"]) == (op, direction, ["RUNS_ON"]), args


def test_what_hangs_off_a_ci_is_answered_either_way() -> None:
    """A drawn CONNECTS_TO says nothing of which end hangs off which: an empty way is turned round."""
    args = plan_question("which controllers hang off ledger-pg?", fleet_index(), NOW, TZ).steps[0].args
    assert args["op"] in ("dependencies", "dependents") and args["either_way"] is True, args


def test_who_shares_it_leaves_out_the_one_asked_about() -> None:
    assert ELSE.search("그거 같이 쓰는 애들은") and ELSE.search("그거 같이 쓰는 딴 애들은")
    args = plan_question("token-redis 같이 쓰는 애들은 pay-api 말고", fleet_index(), NOW, TZ).steps[0].args
    assert args["op"] == "dependents" and args["besides"] == ["pay-api"], args


@pytest.mark.parametrize(
    ("question", "aggs"),
    [
        ("pay-api 어제 에러율 젤 낮을때", ["min"]),
        ("pay-api 어제 에러율 젤 높을때", ["max"]),
        ("pay-api 어제 cpu", ["avg", "max"]),  # no aggregation said: the average and the peak
        ("pay-api 어제 cpu 평균", ["avg"]),
    ],
)
def test_the_aggregation_of_a_window_figure(question: str, aggs: list[str]) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    assert [step.args["agg"] for step in plan.steps] == aggs, plan


def test_of_cis_compared_the_higher_one_named_by_its_kind() -> None:
    assert compared_intent("            ,               지금     더 높은 노드") == "compare_top"
    assert compared_intent("   지금 cpu 비교") == "compare"


def test_a_change_asked_by_a_one_syllable_key_word_is_read_in_the_events() -> None:
    step = plan_question("pay-api 풀 늘린게 몇시였지", fleet_index(), NOW, TZ).steps[0]
    assert step.tool == "event_query" and step.args["said"] == [["pool"]], step


def test_the_peak_around_a_moment_is_looked_for_an_hour_either_side() -> None:
    args = plan_question("오늘 10시 전후 pay-api 에러율 최고", fleet_index(), NOW, TZ).steps[0].args
    start, end = datetime.fromisoformat(args["start"]), datetime.fromisoformat(args["end"])
    assert args["agg"] == "max" and end - start == timedelta(hours=2), args


def test_since_a_clock_time_something_started_at() -> None:
    now = datetime(2029, 1, 25, 12, 40, tzinfo=UTC)  # 21:40 in Seoul
    for said in ("9시 뉴스 시작하고부터 에러율", "9시 배치 시작한 뒤로 cpu"):
        window, _ = parse_window(said, now, "Asia/Seoul")
        assert window is not None and window.label == "since 09:00", said


def test_a_ci_blamed_for_a_problem_described_after_it() -> None:
    said = SUSPECTED_OF.search("4/18 아침 X cpu 튀었던데 그게 대여 장애 원인이야?")
    assert said and said.group("ko") == "대여 장애"
    assert SUSPECTED_OF.search("was X the root cause of the checkout outage?")
    assert not SUSPECTED_OF.search("X 느린데 그게 DB 때문이야?")  # "때문": a cause named, not a problem


@pytest.mark.parametrize(
    ("question", "op", "depth", "types"),
    [
        ("pay-api 캐시 뭐뭐 써", "dependencies", 1, ["cache"]),  # a kind noun then "뭐": what X uses
        ("pay-api 간접까지 따지면 스토리지 뭐 타", "dependencies", 10, ["storage"]),
        ("pay-api가 ledger-pg까지 타고 내려감? 간접이라도", "path", 10, None),
    ],
)
def test_what_a_ci_uses_in_colloquial_korean(
    question: str, op: str, depth: int, types: list[str] | None
) -> None:
    args = plan_question(question, fleet_index(), NOW, TZ).steps[0].args
    assert (args["op"], args["depth"], args.get("types")) == (op, depth, types), args


@pytest.mark.parametrize("question", ["and its peak yesterday?", "and what was its peak on June 8?"])
def test_a_peak_asked_after_an_owner_question_is_of_the_metric_said_before(question: str) -> None:
    """ "memory usage now?" → "who owns it?" → "and its peak yesterday?": the memory, two turns back."""
    from services.ops.followup import expand

    context = {
        "question": "who owns token-redis?",
        "intent": "ci_fields",
        "cis": ["token-redis"],
        "asked": ["token-redis"],
        "answered": ["token-redis"],
        "tools": ["ci_lookup"],
        "said_metric": "memory_usage",
    }
    followup = expand(question, context, fleet_index(), NOW, TZ, lambda: False)
    assert followup is not None and followup.carried.get("metrics") == ["memory_usage"], followup
    plan = plan_question(followup.question, fleet_index(), NOW, TZ)
    assert [(s.args["metric"], s.args["agg"]) for s in plan.steps] == [("memory_usage", "max")], plan


@pytest.mark.parametrize(
    ("question", "route", "reason"),
    [
        ("can you change anything in our systems?", "DIRECT", "capabilities"),  # about the assistant
        ("can you restart pay-api?", "REJECT", "changes"),
        ("got paged mid-news - what's unhealthy at the moment?", "AGGREGATE", ""),  # "mid-news": no CI
    ],
)
def test_questions_about_the_assistant_and_the_estate(question: str, route: str, reason: str) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    assert (plan.route, plan.reason) == (route, reason), plan


@pytest.mark.parametrize(
    ("question", "filters"),
    [("로드벨런서 몇개", {"type": "load_balancer"}), ("메인터넌스 상태인거", {"status": "maintenance"})],
)
def test_common_spellings_of_kinds_and_states(question: str, filters: dict[str, str]) -> None:
    assert plan_question(question, fleet_index(), NOW, TZ).steps[0].args["filters"] == filters


def test_a_word_that_is_part_of_one_key_s_values_filters_by_it() -> None:
    """ "elasticache 쓰는 캐시들": the caches whose `product` is Amazon ElastiCache for Redis."""
    index = fleet_index()
    index.values.keys["amazon-elasticache-for-redis"] = {"product": {"cache"}}
    index.values.keys["eks-cm-prd"] = {"cluster": {"host"}}
    plan = plan_question("elasticache 쓰는 캐시들", index, NOW, TZ)
    assert plan.steps[0].args["filters"] == {"attributes": {"product": "elasticache"}, "type": "cache"}, plan
    from services.ops.planner.question_filters import key_holding_part

    assert key_holding_part("eks", index, ["host"]) == "cluster"
    assert key_holding_part("eks", index, ["cache"]) is None  # no cache's record holds it
    index.values.keys["eks-anywhere"] = {"platform": {"host"}}  # the part under two keys: no one reading
    assert key_holding_part("eks", index, []) is None


def test_a_change_asked_on_a_past_day_is_read_in_that_day_s_events() -> None:
    """ "화요일 X 템플릿 교체 몇시": no past tense, but Tuesday is over: when the change happened."""
    step = plan_question("월요일 pay-api 설정 교체 몇시", fleet_index(), NOW, TZ).steps[0]
    assert step.tool == "event_query" and step.args["op"] == "list", step
    assert not word_pattern("큐").search("byline-rundown 큐시트 지연")  # a cue sheet, no queue


def test_gone_past_a_bound_is_any_sample_beyond_it() -> None:
    args = plan_question(
        "has pay-api's error rate ever gone past 5% in the last ten days?", fleet_index(), NOW, TZ
    )
    step = args.steps[0].args
    assert (step["agg"], step["cmp"], step["value"]) == ("max", ">", 5.0), step

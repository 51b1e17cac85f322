"""A metric of the machines a named database or service runs on ("how full is X's host disk?", "X가 도는 서버
cpu"), a group's value at a moment, follow-ups and event phrases found walking the demo estate as an on-call
engineer, and a clock range whose ends name their days (blind batch 65)."""

import pytest

from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _index():
    index = fleet_index()
    index.ci_hosts = {"ledger-pg": ("kr-sel-db-02",), "pay-api": ("kr-sel-web-07", "kr-sel-db-02")}
    return index


@pytest.mark.parametrize(
    "question",
    [
        "how full is ledger-pg's host disk right now?",
        "what is the disk of the host ledger-pg runs on?",
        "disk usage of the server under ledger-pg",
        "ledger-pg 호스트 디스크 지금 몇 %야?",
        "ledger-pg가 도는 서버 디스크 어때?",
        "ledger-pg의 서버 디스크",
        "ledger-pg 올라가 있는 노드 디스크",
    ],
)
def test_a_metric_of_a_cis_host_asks_about_the_host(question: str) -> None:
    plan = plan_question(question, _index(), NOW, TZ)
    assert plan.route == "AGGREGATE", plan
    args = plan.steps[0].args
    assert args["metric"] == "disk_usage" and args["filters"]["names"] == ["kr-sel-db-02"], plan
    assert "ledger-pg" in args["filters"]["described"], plan


def test_every_host_of_a_service_on_several() -> None:
    plan = plan_question("memory of pay-api's hosts", _index(), NOW, TZ)
    assert plan.steps[0].args["filters"]["names"] == ["kr-sel-db-02", "kr-sel-web-07"], plan


@pytest.mark.parametrize(
    "question",
    ["ledger-pg disk usage now", "ledger-pg 서버 디스크", "kr-sel-db-02's host disk"],  # "X 서버" may be X
)
def test_a_ci_itself_is_still_asked_about(question: str) -> None:
    plan = plan_question(question, _index(), NOW, TZ)
    assert "names" not in plan.steps[0].args.get("filters", {}), plan


@pytest.mark.parametrize(
    ("question", "n"), [("cpu of ledger-pg's host at 08:00", 100), ("top 3 hosts by cpu at 08:00", 3)]
)
def test_a_group_at_a_moment_is_valued_then(question: str, n: int) -> None:
    args = plan_question(question, _index(), NOW, TZ).steps[0].args  # 08:00 KST is 23:00 UTC the day before
    assert (args["agg"], args["start"], args["end"]) == (
        "last",
        "2026-06-09T22:30:00+00:00",
        "2026-06-09T23:00:01+00:00",
    ), args
    assert args["n"] == n, args  # the clock's numbers are no count


@pytest.mark.parametrize(
    ("question", "narrowed"),
    [
        ("그 호스트들 중에 점검중인거", {"status": "maintenance"}),
        ("이 서버들 중에 부산에 있는거", {"location": "busan-az2"}),
        ("of those, which are in maintenance?", {"status": "maintenance"}),
    ],
)
def test_a_long_list_is_narrowed_by_what_the_follow_up_says(question: str, narrowed: dict) -> None:
    """ "list prod hosts" lists too many CIs to name again: "그 호스트들 중에 …" narrows its filters."""
    from services.ops.followup import expand

    context = {"question": "list prod hosts", "intent": "ci_search", "answered": [], "tools": ["ci_lookup"]}
    followup = expand(question, context, fleet_index(), NOW, TZ, lambda: False)
    assert followup is not None, question
    filters = plan_question(followup.question, fleet_index(), NOW, TZ).steps[0].args["filters"]
    assert filters == {"type": "host", "environment": "prod", **narrowed}, (followup.question, filters)


@pytest.mark.parametrize(
    "question", ["ledger-pg 복제 지연 있어?", "ledger-pg 복제 지연 이벤트", "ledger-pg 복제 지연 알림 언제"]
)
def test_an_event_said_in_korean_is_no_metric_it_shares_a_word_with(question: str) -> None:
    """ "복제 지연" is `replication_lag`, not the latency "지연" says alone."""
    from services.ops.planner.event_phrases import with_bare_event_terms
    from services.ops.planner.index_terms import event_type_terms

    index = fleet_index()
    index.metric_terms = sorted({*index.metric_terms, ("지연", "response_time_ms")}, key=lambda t: -len(t[0]))
    index.event_types = ["replication_lag", "deployment"]
    index.event_type_terms = event_type_terms(index.event_types, set())
    index.event_type_terms = with_bare_event_terms(index)
    plan = plan_question(question, index, NOW, TZ)
    assert [s.tool for s in plan.steps] == ["event_query"], plan
    assert plan.steps[0].args.get("event_type") == "replication_lag", plan
    assert plan_question("ledger-pg 지연 있어?", index, NOW, TZ).steps[0].args["metric"] == "response_time_ms"


@pytest.mark.parametrize(("question", "route"), [("왜 그런거야?", "RCA"), ("why is that?", "RCA")])
def test_it_after_what_is_wrong_is_the_worst_problem(question: str, route: str) -> None:
    """ "뭐가 문제야 지금?" lists the problems worst first: "왜 그런거야?" asks why about the first."""
    from services.ops.followup import expand

    context = {
        "question": "뭐가 문제야 지금?",
        "intent": "wrong_now",
        "answered": ["kr-sel-web-07", "pay-api"],
        "cis": [],
        "tools": ["oncall_summary"],
    }
    followup = expand(question, context, fleet_index(), NOW, TZ, lambda: False)
    assert followup is not None and followup.carried.get("cis") == ["kr-sel-web-07"], followup
    assert plan_question(followup.question, fleet_index(), NOW, TZ).route == route, followup


@pytest.mark.parametrize(
    "said",
    [
        "어젯밤 22시부터 오늘 6시까지",
        "어제 22시부터 오늘 6시까지",
        "어젯밤 10시부터 오늘 아침 6시까지",
        "from 22:00 yesterday to 06:00 today",
    ],
)
def test_a_clock_range_whose_ends_name_their_days(said: str) -> None:
    """The end's day was dropped ("since 22:00") or the whole of yesterday was read."""
    from services.ops.planner.timeparse import parse_window

    window, _ = parse_window(f"{said} pay-api 평균 응답시간", NOW, TZ)  # NOW: 12:00 KST on June 10
    assert window is not None
    assert (window.start.isoformat(), window.end.isoformat()) == (
        "2026-06-09T13:00:00+00:00",
        "2026-06-09T21:00:00+00:00",
    ), window


@pytest.mark.parametrize(
    "question",
    ["db 올라간 서버", "db가 돌고 있는 서버 목록", "which servers host a database?", "machines running a db"],
)
def test_the_machines_that_carry_a_kind_are_its_cis_hosts(question: str) -> None:
    index = _index()
    plan = plan_question(question, index, NOW, TZ)
    databases = [name for name, t in index.ci_types.items() if t == "database"]
    expected = sorted({h for name in databases for h in index.ci_hosts.get(name, ())})
    assert expected and plan.steps[0].args["filters"]["names"] == expected, plan
    assert plan.steps[0].args["filters"]["type"] == "host", plan


def test_a_kind_said_as_its_machines_word_is_still_that_kind() -> None:
    plan = plan_question("db 서버 목록", _index(), NOW, TZ)  # DB servers: the databases
    assert plan.steps[0].args["filters"] == {"type": "database"}, plan

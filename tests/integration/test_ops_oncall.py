"""The on-call questions on the demo estate (its injected incident is the ground truth): why (RCA over a
window or around a moment), what happened to X, what is wrong now, and unknown names."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import text
from sqlmodel import Session

from services.core.registry import REGISTRY, Problem
from services.core.security import SYSTEM
from services.infra.demo import DemoManifest
from services.ops.service import ask
from tests.integration.ops_demo_helpers import END, KST, demo_fixture, demo_session_fixture  # noqa: F401

UPSTREAM_COLUMN = ("depended on by", "의존하는 범위 CI")
SEVERITY_WORDS = [
    ("critical", "심각"),
    ("major", "주요"),
    ("minor", "경미"),
    ("warning", "경고"),
    ("info", "정보"),
]


def _ask(session: Session, question: str, now: datetime = END, conversation: str | None = None) -> dict:
    return ask(session, question=question, actor=SYSTEM, now=now, conversation_id=conversation)


def _texts(answer: dict) -> list[str]:
    return [b["text"] for b in answer["blocks"] if b["type"] == "text"]


def _rca(answer: dict) -> dict:
    return next(b for b in answer["blocks"] if b["type"] == "rca")


def _clock(moment: datetime) -> str:
    return moment.astimezone(KST).strftime("%H:%M")


@pytest.mark.parametrize(
    "question",
    [
        "Why was order-service slow in the last 6 hours?",
        "오늘 아침 order-service 왜 느렸어?",
        "why was order-service slow this morning?",
    ],
)
def test_window_rca_names_the_root_first_and_the_victims_after(
    session: Session, demo: DemoManifest, question: str
) -> None:
    incident = demo.incident
    answer = _ask(session, question)
    assert answer["status"] == "ok" and answer["route"] == "RCA", answer
    rca = _rca(answer)
    assert rca["hypotheses"][0]["ci"] == incident.root
    chain = [step["ci"] for step in rca["chain"]]
    assert chain[0] == incident.root and "order-service" in chain[1:]
    assert all(name == incident.root or incident.affected.get(name) for name in chain), chain  # victims only
    first_text = _texts(answer)[0]
    assert incident.root in first_text and "KST" in first_text
    onsets = [step["onset"] for step in rca["chain"][1:]]
    assert onsets == sorted(onsets)  # the propagation chain in onset order


def test_a_moment_rca_answers_in_korean_with_local_times(session: Session, demo: DemoManifest) -> None:
    incident = demo.incident
    moment = (incident.start + timedelta(minutes=20)).astimezone(KST)
    hour = moment.hour if moment.hour <= 12 else moment.hour - 12
    period = "오전" if moment.hour < 12 else "오후"
    answer = _ask(session, f"order-service {period} {hour}시 {moment.minute}분에 왜 느렸어?")
    top = _rca(answer)["hypotheses"][0]
    assert top["ci"] == incident.root
    onset = datetime.fromisoformat(top["onset"])
    assert top["cause"].startswith(f"{_clock(onset)}부터")  # Korean wording, the configured timezone
    assert any("기준" in line for line in top["evidence"])
    victims = [h for h in _rca(answer)["hypotheses"] if incident.root in h["cause"]]
    assert victims and all("대기" in h["cause"] for h in victims)  # "waits on the root": victims, not roots
    assert "전파 경로" in _texts(answer)[1]


@pytest.mark.parametrize("question", ["why was order-service slow last night?", "why is order-service slow?"])
def test_a_quiet_window_or_moment_has_no_root_and_points_to_the_nearest_anomaly(
    session: Session, demo: DemoManifest, question: str
) -> None:
    answer = _ask(session, question)  # at END, hours after this morning's incident
    # no cause found answers no "why": unclear, not ok, with the question that finds one first
    assert answer["status"] == "unclear" and not any(b["type"] == "rca" for b in answer["blocks"])
    texts = _texts(answer)
    none, nearest = texts[0], next(t for t in texts if "ask '" in t)
    assert "No clear anomaly" in none
    suggested = nearest[nearest.index("ask '") + 5 : nearest.rindex("'")]
    assert answer["suggestions"][0] == suggested
    assert "what happened to order-service in the last 24 hours?" in answer["suggestions"]
    began = datetime.strptime(nearest.split("began at ")[1][:16], "%Y-%m-%d %H:%M").replace(tzinfo=KST)
    incident = demo.incident
    assert incident.start - timedelta(minutes=30) <= began <= incident.end  # this morning's incident
    again = _ask(session, suggested)  # the suggested question finds it
    assert _rca(again)["hypotheses"][0]["ci"] == incident.root


def test_what_happened_is_a_timeline_of_events_and_metric_changes(
    session: Session, demo: DemoManifest
) -> None:
    incident = demo.incident
    around = incident.start + timedelta(minutes=20)
    answer = _ask(session, f"what happened to {incident.root} around {_clock(around)}?")
    assert answer["route"] == "LOOKUP" and answer["plan"]["steps"][0]["args"]["op"] == "timeline"
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    assert table["columns"] == ["time", "ci", "what", "detail"]
    kinds = {(row[1], row[2]) for row in table["rows"]}
    assert (incident.root, "event") in kinds and (incident.root, "onset") in kinds
    assert (incident.root_host, "event") in kinds  # what it runs on is part of its story
    times = [row[0] for row in table["rows"]]
    assert times == sorted(times)
    assert any("slow_query" in row[3] for row in table["rows"])

    korean = _ask(session, f"{incident.root} 에서 최근에 무슨 일 있었어?")
    korean_table = next(b for b in korean["blocks"] if b["type"] == "table")
    assert korean_table["columns"][0] == "시각" and "타임라인" in _texts(korean)[0]


@pytest.mark.parametrize("question", ["what happened this morning?", "오늘 아침에 무슨 일 있었어?"])
def test_what_happened_without_a_ci_lists_the_estates_events_in_the_window(
    session: Session, demo: DemoManifest, question: str
) -> None:
    incident = demo.incident
    answer = _ask(session, question)
    assert answer["status"] == "ok" and answer["route"] == "LOOKUP", answer
    args = answer["plan"]["steps"][0]["args"]
    assert args["op"] == "list" and "ci" not in args
    start, end = datetime.fromisoformat(args["start"]), datetime.fromisoformat(args["end"])
    assert start.astimezone(KST).hour < incident.start.astimezone(KST).hour and end >= incident.end
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    assert incident.root in {row[1] for row in table["rows"]}


@pytest.mark.parametrize(
    "question",
    [
        "what is wrong now",
        "뭐가 제일 문제야 지금?",
        "뭔가 이상한데 확인 좀 해줘",
        "is anything down?",
        "다운된 거 있어?",
    ],
)
def test_what_is_wrong_now_during_the_incident(session: Session, demo: DemoManifest, question: str) -> None:
    incident = demo.incident
    answer = _ask(session, question, now=incident.start + timedelta(minutes=30))
    assert answer["status"] == "ok" and answer["plan"]["steps"][0]["args"]["op"] == "problems"
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    severities = [row[0] for row in table["rows"]]
    rank = {word: n for n, words in enumerate(SEVERITY_WORDS) for word in words}
    assert severities == sorted(severities, key=rank.__getitem__)
    korean = "가" <= question[0] <= "힣"
    assert severities[0] in (
        ("심각", "주요") if korean else ("critical", "major")
    )  # labels in the answer's language
    top_cis = {row[1] for row in table["rows"][:5]}
    assert {incident.root, incident.root_host} & top_cis, table["rows"][:5]
    assert all(row[-1].startswith("/") for row in table["rows"])  # each with a link


@pytest.mark.parametrize(
    ("question", "filters"),
    [
        ("what's currently broken in prod", {"environment": "prod"}),
        ("how many databases are down?", {"type": "database"}),
        ("지금 개발 환경에 문제 있는 거 있어?", {"environment": "dev"}),
        ("스테이징 DB 다 괜찮아?", {"environment": "staging", "type": "database"}),  # nothing wrong there
    ],
)
def test_what_is_wrong_now_in_a_scope_lists_only_its_problems(
    session: Session, demo: DemoManifest, question: str, filters: dict
) -> None:
    now = demo.incident.start + timedelta(minutes=30)
    everything = _ask(session, "what is wrong now", now=now)["blocks"]
    answer = _ask(session, question, now=now)
    assert answer["status"] == "ok" and answer["plan"]["steps"][0]["args"]["filters"] == filters
    key, value = next(iter(filters.items()))
    where = " AND ".join(f"{k} = :{k}" for k in filters)  # the test's own column names
    scoped = {name for (name,) in session.execute(text(f"SELECT name FROM cis WHERE {where}"), filters).all()}
    all_cis = {row[1] for b in everything if b["type"] == "table" for row in b["rows"]}
    tables = [b for b in answer["blocks"] if b["type"] == "table" and b["columns"][-1] not in UPSTREAM_COLUMN]
    listed = {row[1] for b in tables if len(b["columns"]) > 2 for row in b["rows"]}
    assert listed <= scoped and all_cis & scoped <= listed, (listed, all_cis & scoped)
    # a scope with nothing wrong is said so, then one line names the problems outside it
    outside = [t for t in _texts(answer) if "Outside it" in t or "범위 밖에서는" in t]
    assert bool(outside) == (not listed and bool(all_cis - scoped)), _texts(answer)
    checked = [row[0] for b in tables if len(b["columns"]) == 2 for row in b["rows"]]
    assert bool(checked) == (not listed)  # nothing wrong: the CIs of the scope that were checked, by name
    assert set(checked) <= scoped and (listed or len(checked) == min(len(scoped), 50))
    korean = "가" <= question[0] <= "힣"
    assert f"{'환경' if korean else key}={value}" in _texts(answer)[0]


def test_a_scope_s_problems_include_those_of_what_it_depends_on(session: Session, demo: DemoManifest) -> None:
    now = demo.incident.start + timedelta(minutes=30)
    answer = _ask(session, "are the services ok right now?", now=now)
    services = {
        name for (name,) in session.execute(text("SELECT name FROM cis WHERE type = 'service'")).all()
    }
    assert answer["status"] == "ok" and demo.incident.root not in services
    upstream = next(
        b for b in answer["blocks"] if b["type"] == "table" and b["columns"][-1] in UPSTREAM_COLUMN
    )
    assert demo.incident.root in {row[1] for row in upstream["rows"]}, upstream["rows"]
    for row in upstream["rows"]:  # outside the scope, each with the scoped CIs that depend on it
        assert row[1] not in services and set(row[-1].split(", ")) <= services, row
    assert any("depend on" in text for text in _texts(answer))


def test_other_domains_problems_join_the_summary(session: Session, demo: DemoManifest) -> None:
    def firing(_session: Session, now: datetime) -> list[Problem]:
        return [
            Problem(
                source="cep.alert",
                severity="critical",
                summary="Checkout SLO burn",
                ci="order-service",
                since=now - timedelta(minutes=3),
                link="/cep/alerts/7",
            )
        ]

    REGISTRY.problems("test.cep", firing)
    try:
        answer = _ask(session, "what is wrong now")
    finally:
        REGISTRY.problem_sources.remove(("test.cep", firing))
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    assert table["rows"][0][1] == "order-service" and table["rows"][0][-1] == "/cep/alerts/7"
    assert "Checkout SLO burn" in table["rows"][0][3]


def test_a_problem_on_a_ci_the_store_does_not_know_is_still_listed(
    session: Session, demo: DemoManifest
) -> None:
    def gone(_session: Session, now: datetime) -> list[Problem]:
        return [
            Problem(source="cep.alert", severity="critical", summary="Event-named CI down", ci="svc-gone")
        ]

    REGISTRY.problems("test.gone", gone)
    try:
        answer = _ask(session, "what is wrong now")
    finally:
        REGISTRY.problem_sources.remove(("test.gone", gone))
    assert answer["status"] == "ok", answer
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    assert "svc-gone" in {row[1] for row in table["rows"]}


def test_unknown_names_are_unclear_with_did_you_mean(session: Session) -> None:
    partial = _ask(session, "catalog latency in the last hour")
    assert partial["status"] == "unclear" and partial["route"] == "REJECT"
    assert "No CI named 'catalog' — did you mean catalog-" in _texts(partial)[0]
    assert partial["suggestions"] and all(
        "catalog-" in s and s.endswith("latency in the last hour") for s in partial["suggestions"]
    )
    typo = _ask(session, "ordrs-db 의 CPU 지난 1시간 평균")
    assert typo["status"] == "unclear" and typo["suggestions"][0].startswith("orders-db")
    assert 2 <= len(typo["suggestions"]) <= 3


@pytest.mark.parametrize(
    ("question", "said", "listing"),
    [
        (
            "checkout 서비스 상태는?",
            "'checkout'라는 CI가 없고, 이름이 비슷한 CI도 없습니다",
            "서비스 목록 보여줘",
        ),
        (
            "status of the checkout service",
            "no CI named 'checkout', nor one with a similar name",
            "List the services",
        ),
    ],
)
def test_a_name_like_no_ci_offers_the_questions_that_find_it(
    session: Session, question: str, said: str, listing: str
) -> None:
    """No CI resembles the name: the answer says so (not "no attribute value") and offers the list of the
    type it named, each suggestion answered."""
    answer = _ask(session, question)
    assert answer["status"] == "unclear" and said in _texts(answer)[0], answer["blocks"]
    assert answer["suggestions"][0] == listing
    for suggestion in answer["suggestions"]:
        assert _ask(session, suggestion)["status"] == "ok", suggestion


def test_a_named_ci_the_plan_leaves_out_makes_the_answer_unclear(session: Session) -> None:
    """The honesty invariant: two CIs named, one would be ignored → unclear, never an answer about one."""
    answer = _ask(session, "is order-service newer than inventory-service?")
    assert answer["status"] == "unclear" and answer["route"] == "REJECT"
    assert "inventory-service" in _texts(answer)[0] and "order-service" in _texts(answer)[0]
    assert any("order-service" in s and "inventory-service" in s for s in answer["suggestions"])
    shared = _ask(session, "does order-service share a database with inventory-service?")  # both used
    assert shared["status"] == "ok" and shared["plan"]["steps"][0]["args"]["op"] == "shared"
    pipeline = _ask(session, "does order-service share a deployment pipeline with inventory-service?")
    assert pipeline["status"] == "unclear", _texts(pipeline)  # no relation the graph records
    hops = _ask(session, "how many hops between web-lb and orders-db?")  # both used: a path
    assert hops["status"] == "ok" and hops["plan"]["steps"][0]["args"]["op"] == "path"
    assert "hops" in _texts(hops)[0]


@pytest.mark.parametrize(
    ("question", "op", "ci"),
    [
        ("order-service가 사용하는 DB는?", "dependencies", "order-service"),  # X uses → what X depends on
        ("order-service는 어떤 서비스를 호출해?", "dependencies", "order-service"),
        ("orders-db를 사용하는 서비스는?", "dependents", "orders-db"),  # uses X → who depends on X
    ],
)
def test_the_particle_decides_the_direction_of_use(session: Session, question: str, op: str, ci: str) -> None:
    args = _ask(session, question)["plan"]["steps"][0]["args"]
    assert (args["op"], args["ci"]) == (op, ci)


def test_a_window_the_plan_cannot_use_is_not_dropped(session: Session) -> None:
    answer = _ask(session, "What depends on orders-db in the last week?")
    assert answer["status"] == "unclear" and "last week" in _texts(answer)[0]


def test_the_problem_summary_is_served_for_the_dashboard(session: Session) -> None:
    from fastapi.testclient import TestClient

    from spa_ai.api.app import create_api
    from tests.integration.helpers import auth_headers, make_user

    make_user(session, "oncall", "viewer")
    with TestClient(create_api()) as client:
        assert client.get("/api/ops/problems").status_code == 401
        body = client.get("/api/ops/problems", headers=auth_headers(client, "oncall")).json()
    assert body["total"] >= len(body["problems"]) and all(p["link"] for p in body["problems"])


def test_rca_follow_ups_change_the_ci_or_the_moment(session: Session, demo: DemoManifest) -> None:
    incident = demo.incident
    moment = _clock(incident.start + timedelta(minutes=20))
    first = _ask(session, f"why was order-service slow at {moment}?", conversation="rca")
    assert _rca(first)["hypotheses"][0]["ci"] == incident.root
    other = _ask(session, "and inventory-service?", conversation="rca")
    assert other["route"] == "RCA" and other["plan"]["steps"][0]["args"]["ci"] == "inventory-service"
    assert _rca(other)["hypotheses"][0]["ci"] == incident.root
    night = _ask(session, "그럼 새벽 3시에는?", conversation="rca")  # same CI, another moment: quiet
    args = night["plan"]["steps"][0]["args"]
    assert args["ci"] == "inventory-service" and datetime.fromisoformat(args["at"]).astimezone(KST).hour == 3
    assert night["followup"]["carried"]["cis"] == ["inventory-service"]
    assert not any(b["type"] == "rca" for b in night["blocks"]) and "이어서" in _texts(night)[0]


def test_a_threshold_breach_event_is_the_reason_of_its_threshold_row(
    session: Session, demo: DemoManifest
) -> None:
    """The incident's breach events name metrics over their thresholds now: one row each, not two."""
    from services.ops.oncall import estate_problems

    problems = estate_problems(session, now=demo.incident.start + timedelta(minutes=30))["problems"]
    merged = [p for p in problems if p["kind"] == "threshold" and "event" in p["details"]]
    assert merged, [(p["kind"], p["ci"], p["details"]) for p in problems]
    for row in merged:
        assert row["details"]["event"]["type"] == "threshold_breach"
        assert row["details"]["metric"].split("_")[0] in row["details"]["event"]["message"].lower()
        assert row["since"] <= demo.incident.start + timedelta(minutes=30)
    breached = {(p["ci"], p["details"]["metric"].split("_")[0]) for p in problems if p["kind"] == "threshold"}
    for p in problems:
        if p["kind"] == "event" and p["details"]["type"] == "threshold_breach":
            named = p["details"]["message"].lower()
            assert not any(p["ci"] == ci and word in named for ci, word in breached), p
    answer = _ask(session, "what is wrong now", now=demo.incident.start + timedelta(minutes=30))
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    reasons = [row for row in table["rows"] if " · event " in row[3]]
    assert reasons and all(row[2] == "over threshold" for row in reasons)


def test_an_empty_rca_still_names_a_standing_threshold_breach(session: Session, demo: DemoManifest) -> None:
    """A CI past its threshold for days has no anomaly against its own baseline: the RCA says so instead
    of reading as "nothing is wrong", while the what-is-wrong-now list shows the breach."""
    from services.ops.oncall import threshold_breaches

    chronic = [
        b
        for b in threshold_breaches(session, now=END)
        if b["ci"] not in demo.incident.affected and b["ci"] != demo.incident.root
    ]
    assert chronic, "the demo estate has CIs past a threshold outside its incident"
    for breach in chronic[:2]:
        ci = breach["ci"]
        answer = _ask(session, f"why is {ci} slow?")
        assert answer["status"] == "ok" and answer["route"] == "RCA", answer
        if any(b["type"] == "rca" for b in answer["blocks"]):
            continue  # something around it did change: the ranked causes are the answer
        standing = next(t for t in _texts(answer) if t.startswith("Still past a threshold"))
        assert ci in standing and "threshold" in standing, standing
        korean = _ask(session, f"{ci} 왜 느려?")
        assert any(t.startswith("다만 임계값을 넘은 상태입니다") and ci in t for t in _texts(korean))
        return
    pytest.fail(f"every chronic breach had an anomaly around it: {chronic[:2]}")


@pytest.mark.parametrize("question", ["yesterday evening hmm", "어제 저녁 흠", "지난 주말 음"])
def test_an_unclear_question_offers_questions_that_are_answered(session: Session, question: str) -> None:
    answer = _ask(session, question)
    assert answer["status"] == "unclear", answer
    assert 2 <= len(answer["suggestions"]) <= 3
    for suggestion in answer["suggestions"]:
        again = _ask(session, suggestion)
        assert again["status"] == "ok", (suggestion, again["blocks"])


def test_a_health_question_starts_with_a_verdict(session: Session, demo: DemoManifest) -> None:
    """'is X ok?' says first yes or no, then whether X is past a threshold now, or only had events, or looks
    healthy."""
    from services.ops.oncall import threshold_breaches

    breached = {b["ci"] for b in threshold_breaches(session, now=END)}
    chronic = sorted(breached - {demo.incident.root})[0]
    first = _texts(_ask(session, f"is {chronic} ok?"))[0]
    assert first.startswith(f"No. {chronic} needs attention: past a threshold now:"), first
    assert demo.incident.root not in breached  # the incident is over at END; its events remain
    first = _texts(_ask(session, f"{demo.incident.root} 정상인가?"))[0]
    assert first.startswith(f"예. {demo.incident.root}는 지금은 정상으로 보입니다") and "critical" in first, (
        first
    )
    verdicts = []
    for name in ("payment-service", "user-service", "catalog-service", "search-service", "auth-service"):
        if name in breached or name in demo.incident.affected:
            continue
        answer = _ask(session, f"is {name} healthy?")
        table = next(b for b in answer["blocks"] if b["type"] == "table" and "severity" in b["columns"])
        column = table["columns"].index("severity")
        if not any(row[column] in ("critical", "major", "minor", "warning") for row in table["rows"]):
            verdicts.append((name, _texts(answer)[0]))
    assert verdicts, "the demo estate has a quiet service"
    assert all(text.startswith(f"Yes. {name} looks healthy") for name, text in verdicts), verdicts


@pytest.mark.parametrize(
    "question",
    ["was there any outage last week?", "any incidents yesterday?", "what went wrong this morning?"],
)
def test_a_past_window_asks_for_its_serious_events_not_for_what_is_wrong_now(
    session: Session, demo: DemoManifest, question: str
) -> None:
    answer = _ask(session, question)
    assert answer["status"] == "ok", answer
    (step,) = answer["plan"]["steps"]
    assert step["tool"] == "event_query" and step["args"]["op"] == "list", step
    assert step["args"]["min_severity"] == "major" and datetime.fromisoformat(step["args"]["end"]) <= END
    if "morning" in question:  # the demo incident was this morning: its critical events are listed
        rows = next(b for b in answer["blocks"] if b["type"] == "table")["rows"]
        assert any(demo.incident.root in row for row in rows), rows


def test_a_recent_window_is_still_what_is_wrong_now(session: Session) -> None:
    answer = _ask(session, "anything wrong in the last hour?")
    assert answer["plan"]["steps"][0]["args"]["op"] == "problems", answer["plan"]


def test_a_metric_better_than_usual_is_no_problem(session: Session) -> None:
    """Latency far below its baseline is an improvement: "what is wrong now" leaves it out, while the
    same change upwards on another service is listed."""
    from services.ops.oncall import collect_problems

    def scale(ci: str, factor: float, metric: str = "response_time_ms") -> None:
        session.execute(
            text(
                "UPDATE metric_samples s SET value = s.value * :f FROM cis c, metric_catalog m "
                "WHERE s.ci_id = c.id AND s.metric_id = m.id AND c.name = :ci "
                "AND m.name = :metric AND s.ts > :since AND s.ts <= :now"
            ),
            {"f": factor, "ci": ci, "metric": metric, "since": END - timedelta(minutes=50), "now": END},
        )
        session.commit()

    scale("catalog-service", 0.3)
    scale("cart-service", 3.0)
    anomalies = {p["ci"]: p["details"] for p in collect_problems(session, now=END) if p["kind"] == "anomaly"}
    assert "cart-service" in anomalies, anomalies
    assert anomalies["cart-service"]["value"] > anomalies["cart-service"]["baseline"]
    assert "catalog-service" not in anomalies, anomalies


def test_a_mild_rise_far_below_the_warning_level_is_no_problem(session: Session) -> None:
    """An error rate up by a third, still under half its warning level (2 %), is a change, not a problem."""
    from services.ops.oncall import collect_problems
    from services.ops.rca_scan import anomalies

    ci = "order-service"
    session.execute(
        text(
            "UPDATE metric_samples s SET value = s.value * 1.3 FROM cis c, metric_catalog m "
            "WHERE s.ci_id = c.id AND s.metric_id = m.id AND c.name = :ci AND m.name = 'error_rate' "
            "AND s.ts > :since AND s.ts <= :now"
        ),
        {"ci": ci, "since": END - timedelta(minutes=50), "now": END},
    )
    session.commit()
    ci_id = session.execute(text("SELECT id FROM cis WHERE name = :ci"), {"ci": ci}).scalar_one()
    raw = [r for r in anomalies(session, [ci_id], END - timedelta(hours=1), END) if r[1] == "error_rate"]
    assert raw and raw[0][3] is not None and raw[0][5] < 1.0, raw  # an anomaly, under half of 2 %
    listed = [
        p
        for p in collect_problems(session, now=END)
        if p["ci"] == ci and p["kind"] == "anomaly" and p["details"]["metric"] == "error_rate"
    ]
    assert not listed, listed


def test_a_metric_the_ci_never_had_is_unclear_with_the_metrics_it_has(session: Session) -> None:
    """Not "no data" with status ok: the CI has no such metric at all, so the answer says which it has."""
    ci, metric = session.execute(
        text(
            "SELECT c.name, m.name FROM cis c CROSS JOIN metric_catalog m "
            "WHERE EXISTS (SELECT 1 FROM metric_samples s WHERE s.ci_id = c.id) "
            "AND NOT EXISTS (SELECT 1 FROM metric_samples s WHERE s.ci_id = c.id AND s.metric_id = m.id) "
            "ORDER BY c.name, m.name LIMIT 1"
        )
    ).one()
    answer = _ask(session, f"{ci} {metric} 지금 몇이야?")
    assert answer["status"] == "unclear", answer["blocks"]
    assert f"{ci}에는 {metric} 메트릭이 수집되지 않습니다" in _texts(answer)[0]
    assert answer["suggestions"]
    for suggestion in answer["suggestions"]:
        assert _ask(session, suggestion)["status"] == "ok", suggestion

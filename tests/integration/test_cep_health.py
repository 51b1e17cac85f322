"""Health on every view, on the demo estate with its incident happening now and the real demo rules
replayed over it: firing alerts and the OPS summary on the dashboard, worst severity per CI, the rule
thresholds and alert transitions of a CI's charts."""

from __future__ import annotations

from datetime import timedelta

import reflex as rx
from sqlmodel import Session, col, select

from services.admin import auth
from services.admin.service import principal_for
from services.cep import explain, health
from services.cep.alerts import acknowledge
from services.cep.demo_rules import seed_demo_rules
from services.cep.models import CepAlert
from services.core.clock import utcnow
from services.core.security import SYSTEM
from services.infra.demo import INCIDENT_ROOT, load_demo
from services.infra.models import ConfigurationItem
from services.ops.oncall import problems_per_ci
from spa_ai.state.auth import AuthState
from spa_ai.state.dashboard_health import ProblemsNowState, format_age
from spa_ai.state.infra import CIDetailState, InfraListState, worst_first
from tests.integration.helpers import PASSWORD, make_user

# The demo incident starts about six hours before the end of the generated data: ending the data 5 h 20 m
# from now puts it (with seed 42) some 40 minutes in the past, so its alerts are firing now.
INCIDENT_NOW = timedelta(hours=5, minutes=20)


def _incident_now(session: Session) -> None:
    load_demo(session, actor=SYSTEM, end=utcnow() + INCIDENT_NOW, days=1)
    session.commit()
    assert seed_demo_rules(session) == 3
    session.commit()


def _problems_state(session: Session, username: str, role: str) -> ProblemsNowState:
    make_user(session, username, role)
    token, _ = auth.login(session, username=username, password=PASSWORD)
    session.commit()
    root = rx.State()
    root.substates[AuthState.get_name()].auth_token = token  # type: ignore[attr-defined]
    return root.substates[ProblemsNowState.get_name()]  # type: ignore[return-value]


def test_health_reads_on_the_demo_incident(session: Session) -> None:
    _incident_now(session)
    now = utcnow()
    firing = health.firing_alerts(session, now)
    assert firing, "the demo incident fires no alert now"
    on_root = [a for a in firing if a["ci"] == INCIDENT_ROOT]
    assert {a["rule"] for a in on_root} >= {"Database latency high"}
    ranks = [health.SEVERITY_RANK[a["severity"]] for a in firing]
    assert ranks == sorted(ranks)  # most severe first
    assert all(a["age_seconds"] > 0 and not a["acknowledged"] for a in firing)
    assert health.severity_counts(firing)["critical"] == sum(a["severity"] == "critical" for a in firing)

    worst = health.ci_health(session)
    assert worst[INCIDENT_ROOT] == "critical"
    assert set(worst) == {a["ci"] for a in firing}
    assert health.ci_health(session, ["web-01-does-not-exist"]) == {}
    assert health.worst_first({"b": "minor", "a": "major", "c": "critical"}) == ["c", "a", "b"]

    lines = health.rule_thresholds(session, INCIDENT_ROOT, "database", "prod")
    assert {"rule": "Database latency high", "severity": "critical", "op": ">", "value": 250.0} in lines[
        "response_time_ms"
    ]
    assert any(line["value"] == 95.0 for line in lines["disk_usage"])
    assert "error_rate" not in lines  # the error-rate rule selects services
    service = session.exec(select(ConfigurationItem.name).where(ConfigurationItem.type == "service")).first()
    assert service is not None
    service_lines = health.rule_thresholds(session, service, "service", "prod")
    assert set(service_lines) == {"error_rate"}

    marks = health.ci_transitions(session, INCIDENT_ROOT, now - timedelta(hours=9), now)
    fired = [m for m in marks if m["to_state"] == "firing" and m["rule"] == "Database latency high"]
    assert fired and all(now - timedelta(hours=2) < m["at"] <= now for m in fired)


async def test_dashboard_problems_now_lists_firing_alerts_and_estate_problems(session: Session) -> None:
    _incident_now(session)
    state = _problems_state(session, "oncall", "viewer")
    assert await state.load() is None
    assert not state.error and not state.loading and state.can_alerts and state.can_estate
    assert not state.all_clear
    root_rows = [r for r in state.alerts if r["ci"] == INCIDENT_ROOT]
    assert root_rows and root_rows[0]["ci_link"] == f"/infra/{INCIDENT_ROOT}"
    assert root_rows[0]["severity"] == "critical" and root_rows[0]["acked"] == ""
    assert root_rows[0]["alert_link"] == f"/cep/alerts?alert={root_rows[0]['id']}"
    assert state.counts[0][0] == "critical"
    assert sum(int(n) for _, n in state.counts) == len(state.alerts)
    assert state.estate, "the OPS summary names no problem during the incident"
    assert all(r["link"] for r in state.estate if r["ci"])
    assert not any(r["kind_en"] == "cep.alert" for r in state.estate)  # shown in the alert table instead

    assert explain.wait_idle()  # the root-cause lines attached after the replay's firings
    await state.load()
    for row in state.alerts:
        context = session.exec(select(CepAlert.context).where(col(CepAlert.id) == int(row["id"]))).one()
        assert row["rca"] == ((context or {}).get("line") or "")
    assert any(r["rca"].startswith(f"{INCIDENT_ROOT}: ") for r in state.alerts), state.alerts

    alert_id = int(root_rows[0]["id"])
    admin = make_user(session, "lead", "admin")
    acknowledge(session, actor=principal_for(admin), alert_id=alert_id, comment="on it")
    session.commit()
    await state.load()
    acked = next(r for r in state.alerts if r["id"] == str(alert_id))
    assert acked["acked"] == "1" and acked["ack_by"] == "lead"


async def test_dashboard_all_clear_without_problems(session: Session) -> None:
    state = _problems_state(session, "calm", "viewer")
    await state.load()
    assert state.all_clear and not state.error and not state.loading
    assert session.exec(select(CepAlert).where(col(CepAlert.state) == "firing")).first() is None


def test_format_age() -> None:
    assert [format_age(s) for s in (5, 125, 3 * 3600 + 5 * 60, 2 * 86400 + 4 * 3600)] == [
        "5s",
        "2m",
        "3h 05m",
        "2d 4h",
    ]


def _root_with(session: Session, username: str) -> rx.State:
    make_user(session, username, "viewer")
    token, _ = auth.login(session, username=username, password=PASSWORD)
    session.commit()
    root = rx.State()
    root.substates[AuthState.get_name()].auth_token = token  # type: ignore[attr-defined]
    return root


async def test_ci_list_shows_health_and_sorts_worst_first(session: Session) -> None:
    _incident_now(session)
    per_ci = problems_per_ci(session, now=utcnow())
    firing = health.ci_health(session)
    assert set(firing) <= set(per_ci) and len(per_ci) > len(firing)  # OPS problems count too, not only alerts
    listing: InfraListState = _root_with(session, "lister").substates[InfraListState.get_name()]  # type: ignore[assignment]
    assert await listing.load() is None
    # the listing reads "now" a moment after `per_ci` did: on a loaded machine a sample may cross a window's
    # edge in between, so each row matches the figures of one of the two moments
    per_ci_after = problems_per_ci(session, now=utcnow())
    assert listing.sort == "name" and all(r["health"] in ("ok", *health.SEVERITY_ORDER) for r in listing.rows)
    assert [r["name"] for r in listing.rows] == sorted(r["name"] for r in listing.rows)
    for row in listing.rows:
        shown = (row["health"], int(row["problems"]))
        assert shown in (per_ci.get(row["name"], ("ok", 0)), per_ci_after.get(row["name"], ("ok", 0))), row

    assert await listing.set_sort("health") is None
    top = listing.rows[: len(per_ci)]
    assert [r["name"] for r in top] == worst_first(per_ci)[: len(top)]
    assert top[0]["health"] == "critical" and int(top[0]["problems"]) >= 1
    assert "sort=health" in listing.url_target

    await listing.set_filter("type", "database")  # filters keep the order: worst databases first
    assert listing.rows[0]["name"] == INCIDENT_ROOT and listing.rows[0]["health"] == "critical"
    assert int(listing.rows[0]["problems"]) >= 3  # its latency and disk alerts, and the OPS findings
    await listing.set_sort("bogus")
    assert listing.sort == "health"


async def test_ci_page_rings_alerting_nodes_and_draws_thresholds_and_transitions(session: Session) -> None:
    _incident_now(session)
    detail: CIDetailState = _root_with(session, "looker").substates[CIDetailState.get_name()]  # type: ignore[assignment]
    detail.ci = {"name": INCIDENT_ROOT, "type": "database"}

    await detail.set_range("24h")
    labels = {a.text for a in detail.chart.layout.annotations}
    assert "Database latency high 250" in labels and "Disk almost full 95" in labels
    assert not any("Service error rate" in (label or "") for label in labels)
    marks = {trace.name: list(trace.hovertext) for trace in detail.chart.data if trace.mode == "markers"}
    assert any(text.startswith("Database latency high → firing") for text in marks["firing"])
    assert any(shape.line.dash == "dot" for shape in detail.chart.layout.shapes)

    await detail.set_graph("depth", "2")
    traces = {trace.name: trace for trace in detail.graph.data}
    assert f"{INCIDENT_ROOT}: critical" in traces["alert: critical"].hovertext
    assert "host" in traces and {"DEPENDS_ON", "RUNS_ON"} <= set(traces)
    shown = {n for curve in detail._curves for n in curve}

    await detail.set_graph("hosts", "hide")
    traces = {trace.name: trace for trace in detail.graph.data}
    assert "host" not in traces and "RUNS_ON" not in traces
    assert INCIDENT_ROOT in {n for curve in detail._curves for n in curve}
    assert "hosts=hide" in detail.url_target

    await detail.set_graph("hosts", "show")
    await detail.set_graph("relation", "DEPENDS_ON")
    traces = {trace.name: trace for trace in detail.graph.data}
    assert "RUNS_ON" not in traces and "host" not in traces and "DEPENDS_ON" in traces
    assert {n for curve in detail._curves for n in curve} < shown
    await detail.set_graph("relation", "LIKES")
    assert detail.relation == "DEPENDS_ON"

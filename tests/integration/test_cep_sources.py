"""CEP metric sources against real data: a real Prometheus scraping an exporter the test controls (one
alert instance per series, keyed by its labels) and the infrastructure store (a CI selector gives one
instance per CI; values agree with a direct SQL reading of the same samples)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from services.cep.evaluate import evaluate_rule
from services.cep.models import CepAlert, CepRule
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core import db
from services.core.clock import utcnow
from services.core.security import SYSTEM
from tests.integration.cep_helpers import MetricsServer, loopback_sources, running_prometheus  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("loopback_sources")

AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _rule(session: Session, spec: dict) -> int:
    rule = create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(spec))
    session.commit()
    assert rule.id is not None
    return rule.id


def _alerts(session: Session, rule_id: int) -> dict[str, CepAlert]:
    session.expire_all()
    rows = session.exec(select(CepAlert).where(CepAlert.rule_id == rule_id)).all()
    return {row.labels.get("host") or row.ci or "": row for row in rows}


def _wait_for(url: str, query: str, expected: dict[str, float]) -> None:
    """Until Prometheus has scraped the exporter's current values."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        body = httpx.get(f"{url}/api/v1/query", params={"query": query}, timeout=2).json()
        seen = {s["metric"].get("host"): float(s["value"][1]) for s in body["data"]["result"]}
        if seen == expected:
            return
        time.sleep(0.3)
    raise AssertionError(f"Prometheus never showed {expected}")


def test_prometheus_source_one_instance_per_series(session: Session, tmp_path: Path) -> None:
    with MetricsServer() as exporter, running_prometheus(tmp_path, f"127.0.0.1:{exporter.port}") as prom:
        exporter.series = {(("host", "a"),): 90.0, (("host", "b"),): 10.0, (("host", "c"),): 70.0}
        _wait_for(prom, "cep_test_gauge", {"a": 90.0, "b": 10.0, "c": 70.0})
        spec = {
            "name": "prometheus gauge",
            "severity": "major",
            "labels": {"team": "sre"},
            "trigger": {"kind": "metric", "poll_interval_seconds": 15},
            "source": {"kind": "prometheus", "url": prom, "query": "cep_test_gauge"},
            "condition": {"op": ">", "threshold": 50},
        }
        rule_id = _rule(session, spec)
        evaluate_rule(session, rule_id, now=utcnow())
        session.commit()
        alerts = _alerts(session, rule_id)
        assert {h: a.state for h, a in alerts.items()} == {"a": "firing", "b": "inactive", "c": "firing"}
        labels = alerts["a"].labels
        assert labels["job"] == "cep" and labels["instance"] == f"127.0.0.1:{exporter.port}"
        assert (
            labels["alertname"] == "prometheus gauge" and labels["team"] == "sre" and "__name__" not in labels
        )
        assert alerts["a"].value == 90.0

        exporter.series = {(("host", "a"),): 20.0, (("host", "b"),): 60.0, (("host", "c"),): 75.0}
        _wait_for(prom, "cep_test_gauge", {"a": 20.0, "b": 60.0, "c": 75.0})
        evaluate_rule(session, rule_id, now=utcnow())
        session.commit()
        assert {h: a.state for h, a in _alerts(session, rule_id).items()} == {
            "a": "resolved",
            "b": "firing",
            "c": "firing",
        }

        bad = dict(spec, name="bad query", source={"kind": "prometheus", "url": prom, "query": "sum(("})
        bad_id = _rule(session, bad)
        evaluate_rule(session, bad_id, now=utcnow())
        session.commit()
        rule = session.get(CepRule, bad_id)
        assert rule is not None and rule.errors == 1 and "Prometheus query failed" in (rule.last_error or "")


@pytest.fixture
def infra_session(infra_small_url: str) -> Iterator[Session]:
    with Session(db.get_engine(), expire_on_commit=False) as s:
        yield s


def test_internal_store_selector_one_instance_per_ci(infra_session: Session) -> None:
    session = infra_session
    latest = dict(
        session.execute(
            text(
                "SELECT c.name, (SELECT s.value FROM metric_samples s JOIN metric_catalog m ON m.id = s.metric_id "
                " WHERE s.ci_id = c.id AND m.name = 'cpu_usage' AND s.ts <= :at ORDER BY s.ts DESC LIMIT 1) "
                "FROM cis c WHERE c.type = 'host'"
            ),
            {"at": AT},
        ).all()
    )
    threshold = statistics.median(v for v in latest.values() if v is not None)
    spec = {
        "name": "host cpu",
        "trigger": {"kind": "metric", "poll_interval_seconds": 60},
        "source": {"kind": "internal", "metric": "cpu_usage", "selector": {"type": "host"}},
        "condition": {"op": ">", "threshold": threshold},
    }
    rule_id = _rule(session, spec)
    evaluate_rule(session, rule_id, now=AT)
    session.commit()
    alerts = _alerts(session, rule_id)
    assert set(alerts) == set(latest)
    firing = {ci for ci, a in alerts.items() if a.state == "firing"}
    assert firing == {ci for ci, v in latest.items() if v is not None and v > threshold}
    assert firing and firing != set(latest)
    assert all(alerts[ci].value == latest[ci] for ci in latest)

    avg = session.execute(
        text(
            "SELECT avg(s.value) FROM metric_samples s JOIN cis c ON c.id = s.ci_id JOIN metric_catalog m "
            "ON m.id = s.metric_id WHERE c.name = 'app-01' AND m.name = 'cpu_usage' AND s.ts > :a AND s.ts <= :b"
        ),
        {"a": AT - timedelta(minutes=30), "b": AT},
    ).scalar_one()
    one = dict(
        spec, name="app-01 cpu avg", source={"kind": "internal", "metric": "cpu_usage", "ci": "app-01"}
    )
    one["condition"] = {"op": ">", "threshold": 0, "aggregation": "avg", "window_seconds": 1800}
    one_id = _rule(session, one)
    evaluate_rule(session, one_id, now=AT)
    session.commit()
    (alert,) = _alerts(session, one_id).values()
    assert alert.ci == "app-01" and alert.value == pytest.approx(float(avg))

    stale = AT + timedelta(days=30)  # long after the last sample: no data → the rule's policy ("ok")
    evaluate_rule(session, rule_id, now=stale)
    session.commit()
    assert {a.state for a in _alerts(session, rule_id).values()} <= {"inactive", "resolved"}


def test_sources_refuse_internal_addresses_unless_allowed(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from services.cep.alerts import dry_run
    from services.core import settings_registry

    monkeypatch.delenv("SPA_CEP_SOURCE_ALLOWED_NETWORKS")
    settings_registry.invalidate()
    with MetricsServer() as server:
        spec = {
            "name": "loopback",
            "trigger": {"kind": "metric"},
            "source": {"kind": "http", "url": f"{server.url}/value", "json_path": "$.data.value"},
            "condition": {"op": ">", "threshold": 1},
        }
        rule_id = _rule(session, spec)
        evaluate_rule(session, rule_id, now=utcnow())
        session.commit()
        assert server.requests == 0
    rule = session.get(CepRule, rule_id)
    assert rule is not None and (rule.last_error or "").startswith("blocked")
    metadata = dict(spec, source={"kind": "prometheus", "url": "http://169.254.169.254", "query": "up"})
    result = dry_run(session, actor=SYSTEM, spec=RuleSpec.model_validate(metadata), value=None)
    assert result.instances == [] and (result.error or "").startswith("blocked")

"""Prometheus alerting-rule files over REST: a realistic file imports its threshold rules (the rest is
refused with reasons), the imported rule fires against a real Prometheus, export → promtool → import
round-trips, bad YAML is a 422 naming the problem with nothing stored; permissions and audit."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, select

from services.cep.evaluate import evaluate_rule
from services.cep.models import CepAlert
from services.core.clock import utcnow
from services.core.models import AuditLog
from spa_ai.api.app import create_api
from tests.integration.cep_helpers import PROMTOOL, MetricsServer, loopback_sources, running_prometheus  # noqa: F401
from tests.integration.helpers import auth_headers, make_user
from tests.integration.test_cep_sources import _wait_for

pytestmark = pytest.mark.usefixtures("loopback_sources")

RULES_YAML = """
groups:
  - name: gauges
    interval: 30s
    rules:
      - alert: GaugeHighOnA
        expr: cep_test_gauge{host="a"} > 50
        labels: {severity: critical, team: sre}
        annotations:
          summary: "Gauge high on {{ $labels.host }}"
          description: The test gauge is above 50.
          runbook_url: https://runbooks.example.com/gauge
      - alert: GaugeHighAnywhere
        expr: 50 < cep_test_gauge
        for: 5m
        keep_firing_for: 10m
      - alert: GaugeAvgLow
        expr: avg_over_time(cep_test_gauge{host=~"a|b"}[5m]) <= 20
        for: 1h30m
        labels: {severity: page}
      - record: job:cep_test_gauge:sum
        expr: sum by (job) (cep_test_gauge)
  - name: refused
    rules:
      - alert: HighRequestRate
        expr: rate(http_requests_total[5m]) > 100
      - alert: DiskVsQuota
        expr: node_disk_used_bytes > node_disk_quota_bytes
      - alert: EitherDown
        expr: up == 0 or absent(up)
      - alert: JobSum
        expr: sum by (job) (cep_test_gauge) > 3
      - alert: NoThreshold
        expr: cep_test_gauge
      - alert: BadFor
        expr: cep_test_gauge > 1
        for: 5 minutes
      - alert: GaugeHighOnA
        expr: cep_test_gauge > 1
"""


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    make_user(session, "ops", "operator")
    make_user(session, "view", "viewer")
    with TestClient(create_api()) as c:
        yield c


def _rule_count(session: Session) -> int:
    return int(session.execute(text("SELECT count(*) FROM cep_rules")).scalar_one())


def _import(client: TestClient, headers: dict[str, str], body: str, url: str, dry_run: bool = False) -> dict:
    response = client.post(
        "/api/cep/rules/import/prometheus",
        headers=headers,
        json={"yaml": body, "prometheus_url": url, "dry_run": dry_run},
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_import_fires_against_prometheus_and_round_trips(
    client: TestClient, session: Session, tmp_path: Path
) -> None:
    ops = auth_headers(client, "ops")
    with MetricsServer() as exporter, running_prometheus(tmp_path, f"127.0.0.1:{exporter.port}") as prom:
        exporter.series = {(("host", "a"),): 90.0, (("host", "b"),): 10.0}
        _wait_for(prom, "cep_test_gauge", {"a": 90.0, "b": 10.0})

        preview = _import(client, ops, RULES_YAML, prom, dry_run=True)
        assert _rule_count(session) == 0
        created = {r["alert"]: r for r in preview["created"]}
        assert set(created) == {"GaugeHighOnA", "GaugeHighAnywhere", "GaugeAvgLow"}
        assert all(r["rule_id"] is None for r in preview["created"])
        reasons = {r["name"]: r["reason"] for r in preview["refused"]}
        assert set(reasons) == {
            "job:cep_test_gauge:sum",
            "HighRequestRate",
            "DiskVsQuota",
            "EitherDown",
            "JobSum",
            "NoThreshold",
            "BadFor",
            "GaugeHighOnA",
        }
        assert "recording rule" in reasons["job:cep_test_gauge:sum"]
        assert "'rate'" in reasons["HighRequestRate"]
        assert "two series" in reasons["DiskVsQuota"]
        assert "'or'" in reasons["EitherDown"]
        assert "aggregation 'sum'" in reasons["JobSum"]
        assert "no comparison" in reasons["NoThreshold"]
        assert "for" in reasons["BadFor"] and "duration" in reasons["BadFor"]
        assert "exists" in reasons["GaugeHighOnA"]

        result = _import(client, ops, RULES_YAML, prom)
        assert _rule_count(session) == 3 and len(result["refused"]) == 8
        ids = {r["alert"]: r["rule_id"] for r in result["created"]}
        high = client.get(f"/api/cep/rules/{ids['GaugeHighOnA']}", headers=ops).json()["spec"]
        assert high["source"] == {
            "kind": "prometheus",
            "url": prom,
            "query": 'cep_test_gauge{host="a"}',
            "timeout_seconds": 10.0,
        }
        assert high["condition"]["op"] == ">" and high["condition"]["threshold"] == 50
        assert high["severity"] == "critical" and high["labels"] == {"severity": "critical", "team": "sre"}
        assert high["runbook_url"] == "https://runbooks.example.com/gauge"
        assert high["description"] == "The test gauge is above 50."
        assert high["trigger"] == {"kind": "metric", "poll_interval_seconds": 30}
        anywhere = client.get(f"/api/cep/rules/{ids['GaugeHighAnywhere']}", headers=ops).json()["spec"]
        assert anywhere["condition"]["op"] == ">" and anywhere["source"]["query"] == "cep_test_gauge"
        assert anywhere["condition"]["for_seconds"] == 300
        assert anywhere["condition"]["keep_firing_for_seconds"] == 600
        low = client.get(f"/api/cep/rules/{ids['GaugeAvgLow']}", headers=ops).json()["spec"]
        assert low["source"]["query"] == 'avg_over_time(cep_test_gauge{host=~"a|b"}[5m])'
        assert low["condition"]["for_seconds"] == 5400 and low["severity"] == "warning"

        now = utcnow()
        for rule_id in ids.values():
            evaluate_rule(session, rule_id, now=now)
        session.commit()
        states = {
            (a.rule_id, a.labels.get("host")): a.state
            for a in session.exec(select(CepAlert).where(CepAlert.rule_id.in_(ids.values()))).all()  # type: ignore[attr-defined]
        }
        assert states[(ids["GaugeHighOnA"], "a")] == "firing"
        assert states[(ids["GaugeHighAnywhere"], "a")] == "pending"  # `for: 5m` not yet elapsed
        assert states[(ids["GaugeHighAnywhere"], "b")] == "inactive"

        exported = client.get(
            f"/api/cep/rules/{ids['GaugeHighAnywhere']}/export/prometheus", headers=ops
        ).json()
        assert exported["exportable"] is True
        rule_file = tmp_path / "exported.yml"
        rule_file.write_text(exported["yaml"])
        check = subprocess.run([PROMTOOL, "check", "rules", str(rule_file)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        doc = yaml.safe_load(exported["yaml"])
        (rule,) = doc["groups"][0]["rules"]
        assert (
            rule["expr"] == "cep_test_gauge > 50" and rule["for"] == "5m" and rule["keep_firing_for"] == "10m"
        )

        rule["alert"] = "GaugeHighAnywhereCopy"
        again = _import(client, ops, yaml.safe_dump(doc), prom)
        assert again["refused"] == []
        copy = client.get(f"/api/cep/rules/{again['created'][0]['rule_id']}", headers=ops).json()["spec"]
        assert {**copy, "name": "GaugeHighAnywhere"} == anywhere | {"labels": {"severity": "warning"}}

    audit = session.exec(select(AuditLog).where(AuditLog.action == "cep.rules.import_prometheus")).all()
    assert len(audit) == 2 and audit[0].actor == "ops"


def test_internal_rules_export_with_reason_and_bad_input_stores_nothing(
    client: TestClient, session: Session
) -> None:
    ops, view = auth_headers(client, "ops"), auth_headers(client, "view")
    spec = {
        "name": "disk on hosts",
        "trigger": {"kind": "metric", "poll_interval_seconds": 60},
        "source": {"kind": "internal", "metric": "disk_usage", "selector": {"type": "host"}},
        "condition": {"op": ">", "threshold": 85},
    }
    rule = client.post("/api/cep/rules", headers=ops, json={"spec": spec}).json()
    exported = client.get(f"/api/cep/rules/{rule['id']}/export/prometheus", headers=view).json()
    assert exported["exportable"] is False and "internal source" in exported["reason"]
    assert exported["yaml"].startswith("# rule 'disk on hosts' is not exportable") and yaml.safe_load(
        exported["yaml"]
    ) == {"groups": []}

    url = "http://127.0.0.1:9090"
    before = _rule_count(session)
    broken = client.post(
        "/api/cep/rules/import/prometheus",
        headers=ops,
        json={"yaml": "groups:\n  - name: x\n    rules: [\n", "prometheus_url": url},
    )
    assert (
        broken.status_code == 422
        and broken.json()["error"]["details"] == {"field": "yaml"}
        and "line" in broken.json()["error"]["message"]
    )
    shapeless = client.post(
        "/api/cep/rules/import/prometheus",
        headers=ops,
        json={"yaml": "- just a list\n", "prometheus_url": url},
    )
    assert shapeless.status_code == 422 and "groups" in shapeless.json()["error"]["message"]
    denied = client.post(
        "/api/cep/rules/import/prometheus", headers=view, json={"yaml": RULES_YAML, "prometheus_url": url}
    )
    assert denied.status_code == 403
    assert _rule_count(session) == before
    missing = client.get("/api/cep/rules/999999/export/prometheus", headers=ops)
    assert missing.status_code == 404

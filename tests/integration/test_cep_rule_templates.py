"""Rule templates over REST on the infra-small estate: the library names metrics the store reports, applying a
template creates a linked rule that evaluates against the store (averages match SQL, the no-data template
fires when samples stop), a template change is listed with its diff and rolled out as new revisions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, select

from services.cep import rule_templates
from services.cep.evaluate import evaluate_rule
from services.cep.models import CepAlert
from services.core import db, settings_registry
from spa_ai.api.app import create_api
from tests.integration.helpers import auth_headers, make_user

AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
BASE = "/api/cep/templates"


@pytest.fixture
def infra_session(infra_small_url: str) -> Iterator[Session]:
    with Session(db.get_engine(), expire_on_commit=False) as s:
        yield s


@pytest.fixture
def client(infra_session: Session, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """The app on the infra-small store alone: no demo estate, simulator or scheduler writing beside the test."""
    for key in ("SPA_DEMO_DATA", "SPA_DEMO_SIMULATOR", "SPA_CEP_SCHEDULER_ENABLED"):
        monkeypatch.setenv(key, "false")
    settings_registry.invalidate()
    make_user(infra_session, "ops", "operator")
    make_user(infra_session, "view", "viewer")
    with TestClient(create_api()) as c:
        yield c


def _states(session: Session, rule_id: int) -> dict[str, CepAlert]:
    session.expire_all()
    return {a.ci or "": a for a in session.exec(select(CepAlert).where(CepAlert.rule_id == rule_id)).all()}


def test_library_metrics_exist_in_the_store(client: TestClient, infra_session: Session) -> None:
    templates = client.get(BASE, headers=auth_headers(client, "view")).json()
    assert {t["id"] for t in templates} == {
        "cpu_high",
        "memory_high",
        "disk_full",
        "latency_high",
        "error_rate_high",
        "no_data",
    }
    for template in templates:  # exactly the types whose CIs report the metric
        reporting = set(
            infra_session.execute(
                text(
                    "SELECT DISTINCT c.type FROM metric_samples s JOIN metric_catalog m ON m.id = s.metric_id "
                    "JOIN cis c ON c.id = s.ci_id WHERE m.name = :metric"
                ),
                {"metric": template["metric"]},
            ).scalars()
        )
        assert reporting and reporting == set(template["ci_types"]), (template["id"], reporting)


def test_apply_evaluate_and_roll_out(
    client: TestClient, infra_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = infra_session
    ops, view = auth_headers(client, "ops"), auth_headers(client, "view")
    applied = client.post(
        f"{BASE}/cpu_high/apply", headers=ops, json={"selector": {"type": "host"}, "severity": "critical"}
    )
    assert applied.status_code == 201, applied.text
    cpu = applied.json()
    assert cpu["name"] == "CPU usage high [host]" and cpu["severity"] == "critical"
    assert cpu["spec"]["labels"] == {"template": "cpu_high", "template_version": "1"}
    assert cpu["spec"]["source"] == {
        "kind": "internal",
        "metric": "cpu_usage",
        "ci": None,
        "selector": {"type": "host", "environment": None, "owner": None, "labels": {}},
    }

    evaluate_rule(session, cpu["id"], now=AT)
    session.commit()
    averages = dict(
        session.execute(
            text(
                "SELECT c.name, avg(s.value) FROM cis c JOIN metric_samples s ON s.ci_id = c.id JOIN metric_catalog m "
                "ON m.id = s.metric_id WHERE c.type = 'host' AND m.name = 'cpu_usage' AND s.ts > :a AND s.ts <= :b "
                "GROUP BY c.name"
            ),
            {"a": AT - timedelta(minutes=10), "b": AT},
        ).all()
    )
    hosts = set(session.execute(text("SELECT name FROM cis WHERE type = 'host'")).scalars())
    alerts = _states(session, cpu["id"])
    assert averages and set(alerts) == hosts and set(averages) < hosts  # retired hosts report nothing
    assert all(alerts[ci].value == pytest.approx(float(averages[ci])) for ci in averages)
    assert all(alerts[ci].value is None and alerts[ci].state == "inactive" for ci in hosts - set(averages))

    owned = client.post(
        f"{BASE}/memory_high/apply", headers=ops, json={"selector": {"type": "host", "owner": "dba-team"}}
    )
    assert owned.status_code == 201 and owned.json()["spec"]["source"]["selector"]["owner"] == "dba-team"
    evaluate_rule(session, owned.json()["id"], now=AT)
    dba_hosts = set(
        session.execute(text("SELECT name FROM cis WHERE type = 'host' AND owner = 'dba-team'")).scalars()
    )
    assert dba_hosts and set(_states(session, owned.json()["id"])) == dba_hosts  # the owner selects the CIs

    nodata = client.post(
        f"{BASE}/no_data/apply",
        headers=ops,
        json={"selector": {"type": "service"}, "name": "services silent"},
    ).json()
    evaluate_rule(session, nodata["id"], now=AT)
    session.commit()
    assert {a.state for a in _states(session, nodata["id"]).values()} == {"inactive"}
    silent = AT + timedelta(days=30)  # long after the last sample
    evaluate_rule(session, nodata["id"], now=silent)
    evaluate_rule(session, nodata["id"], now=silent + timedelta(minutes=6))
    session.commit()
    assert {a.state for a in _states(session, nodata["id"]).values()} == {"firing"}

    mismatch = client.post(f"{BASE}/latency_high/apply", headers=ops, json={"selector": {"type": "host"}})
    assert mismatch.status_code == 422 and mismatch.json()["error"]["details"] == {"field": "selector.type"}
    assert client.post(f"{BASE}/nope/apply", headers=ops, json={"selector": {}}).status_code == 404
    assert client.post(f"{BASE}/cpu_high/apply", headers=view, json={"selector": {}}).status_code == 403
    assert client.get(f"{BASE}/outdated", headers=view).json() == []
    linked = {t["id"]: t["linked_rules"] for t in client.get(BASE, headers=view).json()}
    assert linked["cpu_high"] == 1 and linked["memory_high"] == 1 and linked["disk_full"] == 0

    newer = rule_templates.LIBRARY["cpu_high"].model_copy(
        update={"version": 2, "condition": {**rule_templates.LIBRARY["cpu_high"].condition, "threshold": 95}}
    )
    monkeypatch.setitem(rule_templates.LIBRARY, "cpu_high", newer)
    (outdated,) = client.get(f"{BASE}/outdated", headers=view).json()
    assert outdated["rule_id"] == cpu["id"] and (outdated["from_version"], outdated["to_version"]) == (1, 2)
    changes = {c["path"]: (c["before"], c["after"]) for c in outdated["changes"]}
    assert changes == {"condition.threshold": (90, 95), "labels.template_version": ("1", "2")}

    assert client.post(f"{BASE}/rollout", headers=view, json={"rule_ids": [cpu["id"]]}).status_code == 403
    rolled = client.post(f"{BASE}/rollout", headers=ops, json={"rule_ids": [cpu["id"], nodata["id"]]})
    assert rolled.status_code == 200 and rolled.json() == {"updated": [cpu["id"]]}
    after = client.get(f"/api/cep/rules/{cpu['id']}", headers=view).json()
    assert after["revision"] == 2 and after["severity"] == "critical"
    assert (
        after["spec"]["condition"]["threshold"] == 95 and after["spec"]["labels"]["template_version"] == "2"
    )
    revisions = client.get(f"/api/cep/rules/{cpu['id']}/revisions", headers=view).json()
    assert revisions[0]["message"] == "template cpu_high rolled out to v2" and revisions[0]["author"] == "ops"
    assert client.get(f"{BASE}/outdated", headers=view).json() == []

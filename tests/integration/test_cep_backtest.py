"""Backtests over the demo estate's stored history: the demo latency rule replayed over its incident
fires inside it and resolves after it, with `for` between pending and firing, and exactly the
transitions the live evaluator writes when it is run at the same moments; bad requests are refused
naming the field; readers may backtest, nothing is stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, select

from services.cep.demo_rules import DEMO_RULES, replay
from services.cep.models import CepAlert, CepTransition
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core.security import SYSTEM
from services.infra.demo import INCIDENT_ROOT
from spa_ai.api.app import create_api
from tests.integration.cep_demo_helpers import END, demo_session, demo_template, demo_url  # noqa: F401
from tests.integration.cep_demo_helpers import incident as demo_incident
from tests.integration.helpers import auth_headers, make_user

START = END - timedelta(hours=9)
URL = "/api/cep/rules/backtest"
LATENCY = next(rule for rule in DEMO_RULES if rule["name"] == "Database latency high")


@pytest.fixture
def client(demo_session: Session) -> Iterator[TestClient]:  # noqa: F811
    make_user(demo_session, "view", "viewer")
    demo_session.commit()
    with TestClient(create_api()) as c:
        yield c


@pytest.fixture
def session(demo_session: Session) -> Session:  # noqa: F811
    return demo_session


def _body(spec: dict[str, Any] = LATENCY, **changes: Any) -> dict[str, Any]:
    return {"spec": spec, "start": START.isoformat(), "end": END.isoformat(), "step_seconds": 60, **changes}


def test_latency_backtest_fires_inside_the_incident_and_resolves_after(
    client: TestClient, session: Session
) -> None:
    incident = demo_incident()
    response = client.post(URL, headers=auth_headers(client, "view"), json=_body())
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["evaluations"] == 9 * 60 + 1 and result["step_seconds"] == 60
    assert (
        result["instances"]
        == session.execute(text("SELECT count(*) FROM cis WHERE type = 'database'")).scalar()
    )
    on_root = [t for t in result["transitions"] if t["ci"] == INCIDENT_ROOT]
    hops = [(t["from_state"], t["to_state"]) for t in on_root]
    assert hops == [("inactive", "pending"), ("pending", "firing"), ("firing", "resolved")], hops
    pending, fired, resolved = (datetime.fromisoformat(t["at"]) for t in on_root)
    assert fired - pending == timedelta(seconds=LATENCY["condition"]["for_seconds"])  # `for`, to the step
    assert incident.start < pending and fired < incident.end, (incident, pending, fired)
    assert resolved > incident.mitigated
    series = {s["ci"]: s for s in result["series"]}
    assert result["series"][0]["ci"] in {t["ci"] for t in result["transitions"]}  # fired CIs come first
    root = series[INCIDENT_ROOT]
    assert [(datetime.fromisoformat(a), datetime.fromisoformat(b)) for a, b in root["firing"]] == [
        (fired, resolved)
    ]
    assert len(root["values"]) == len(result["times"]) and max(v for v in root["values"] if v) > 250
    notices = [t for t in result["transitions"] if t["to_state"] in ("firing", "resolved")]
    assert result["notifications"] == len(notices) and result["firing_instances"] >= 1
    assert result["threshold"] == 250 and result["recovery_threshold"] == 150
    assert session.execute(text("SELECT count(*) FROM cep_rules")).scalar() == 0  # nothing stored


def test_backtest_matches_the_live_evaluator_at_the_same_moments(
    client: TestClient, session: Session
) -> None:
    """The live evaluator replayed every 5 minutes writes exactly the transitions the backtest predicts."""
    start, end = END - timedelta(hours=7), END - timedelta(hours=3)  # around the incident
    body = _body(step_seconds=300, start=start.isoformat(), end=end.isoformat())
    response = client.post(URL, headers=auth_headers(client, "view"), json=body)
    assert response.status_code == 200, response.text
    predicted = {
        (t["ci"], t["from_state"], t["to_state"], datetime.fromisoformat(t["at"]))
        for t in response.json()["transitions"]
    }
    rule = create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(LATENCY))
    assert rule.id is not None
    replay(session, [rule.id], start=start, end=end)
    written = {
        (ci, t.from_state, t.to_state, t.at)
        for t, ci in session.exec(select(CepTransition, CepAlert.ci).join(CepAlert)).all()
    }
    assert predicted and predicted == written


BAD = [
    ({"end": (START - timedelta(minutes=1)).isoformat()}, "end"),
    ({"start": (END - timedelta(days=8)).isoformat()}, "end"),
    ({"step_seconds": 5}, "step_seconds"),
    ({"step_seconds": 1}, "step_seconds"),
    ({"start": "2026-03-09T19:45:00"}, "start"),  # no time zone
    ({"spec": {**LATENCY, "source": {**LATENCY["source"], "metric": "nope"}}}, "spec.source.metric"),
    (
        {"spec": {**LATENCY, "source": {"kind": "internal", "metric": "cpu_usage", "ci": "nope"}}},
        "spec.source.ci",
    ),
    (
        {"spec": {**LATENCY, "source": {"kind": "http", "url": "http://x.example/v", "json_path": "$.v"}}},
        "spec.source",
    ),
    (
        {"spec": {**LATENCY, "condition": {**LATENCY["condition"], "threshold": "250"}}},
        "spec.condition.threshold",
    ),
    ({"bogus": 1}, "bogus"),
]


def test_bad_backtests_name_the_field_and_need_a_reader(client: TestClient) -> None:
    view = auth_headers(client, "view")
    for change, field in BAD:
        response = client.post(URL, headers=view, json=_body(**change))
        assert response.status_code == 422, (change, response.text)
        error = response.json()["error"]
        named = error["details"].get("field") if isinstance(error["details"], dict) else None
        assert named == field or f"body.{field}:" in error["message"], (field, error)
    assert client.post(URL, json=_body()).status_code == 401

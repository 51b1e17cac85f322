"""CEP `for` / `keep_firing_for` judged by Prometheus itself, on a simulated clock.

The engine evaluates a rule (HTTP source on a local server the test controls) once a simulated
minute; `promtool test rules` then runs the same series and the same alerting rule through
Prometheus's own rule engine and checks, at every minute, that exactly the alerts our engine had
firing are firing. Plus: hysteresis, no-data / error policies, `between`, and a restart in the middle
of `for` (the first half runs in another process) firing at the right moment.
"""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlmodel import Session, select

from services.cep.evaluate import evaluate_rule
from services.cep.models import CepAlert, CepTransition
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core.security import SYSTEM
from tests.integration.cep_helpers import PROMTOOL, MetricsServer, http_rule, loopback_sources  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("loopback_sources")

T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
CASES = [(0, 0), (120, 0), (0, 180), (120, 180), (180, 120), (60, 60)]


def _make(session: Session, spec: dict[str, Any]) -> int:
    rule = create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(spec))
    session.commit()
    assert rule.id is not None
    return rule.id


def _state(session: Session, rule_id: int) -> str:
    session.expire_all()
    alert = session.exec(select(CepAlert).where(CepAlert.rule_id == rule_id)).first()
    return alert.state if alert else "inactive"


def _run(
    session: Session, server: MetricsServer, rule_id: int, values: list[float], start: int = 0
) -> list[str]:
    states = []
    for minute, value in enumerate(values, start=start):
        server.value = value
        evaluate_rule(session, rule_id, now=T0 + timedelta(minutes=minute))
        session.commit()
        states.append(_state(session, rule_id))
    return states


def _promtool_agrees(tmp: Path, values: list[float], for_s: int, keep_s: int, firing: list[bool]) -> None:
    rule: dict[str, Any] = {"alert": "CepCase", "expr": "x > 1"}
    if for_s:
        rule["for"] = f"{for_s}s"
    if keep_s:
        rule["keep_firing_for"] = f"{keep_s}s"
    (tmp / "rules.yml").write_text(
        yaml.safe_dump({"groups": [{"name": "g", "interval": "1m", "rules": [rule]}]})
    )
    checks = [
        {
            "eval_time": f"{minute}m",
            "alertname": "CepCase",
            "exp_alerts": [{"exp_labels": {"job": "t"}}] if on else [],
        }
        for minute, on in enumerate(firing)
    ]
    series = " ".join(f"{v:g}" for v in values)
    test = {
        "rule_files": ["rules.yml"],
        "evaluation_interval": "1m",
        "tests": [
            {
                "interval": "1m",
                "input_series": [{"series": 'x{job="t"}', "values": series}],
                "alert_rule_test": checks,
            }
        ],
    }
    (tmp / "test.yml").write_text(yaml.safe_dump(test))
    done = subprocess.run(
        [PROMTOOL, "test", "rules", "test.yml"], cwd=tmp, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, (
        f"Prometheus disagrees (for={for_s}s keep={keep_s}s):\n{done.stdout}\n{done.stderr}"
    )


@pytest.mark.parametrize(("for_s", "keep_s"), CASES)
def test_for_and_keep_firing_for_match_prometheus(
    session: Session, tmp_path: Path, for_s: int, keep_s: int
) -> None:
    rng = random.Random(f"cep-{for_s}-{keep_s}")
    values = [0.0] + [rng.choice((0.0, 5.0, 5.0)) for _ in range(40)] + [0.0] * 6
    with MetricsServer() as server:
        spec = http_rule(f"{server.url}/value", name=f"case {for_s} {keep_s}", op=">", threshold=1)
        spec["condition"].update(for_seconds=for_s, keep_firing_for_seconds=keep_s)
        rule_id = _make(session, spec)
        states = _run(session, server, rule_id, values)
    firing = [s == "firing" for s in states]
    assert any(firing), "the sequence must make the rule fire"
    assert "resolved" in states, "and resolve"
    _promtool_agrees(tmp_path, values, for_s, keep_s, firing)


def test_transitions_are_persisted_with_prometheus_times(session: Session) -> None:
    with MetricsServer() as server:
        spec = http_rule(
            f"{server.url}/value", op=">", threshold=1, for_seconds=120, keep_firing_for_seconds=60
        )
        rule_id = _make(session, spec)
        states = _run(session, server, rule_id, [5, 5, 5, 0, 0, 0, 5, 0])
    assert states == ["pending", "pending", "firing", "firing", "resolved", "resolved", "pending", "inactive"]
    rows = session.exec(
        select(CepTransition).where(CepTransition.rule_id == rule_id).order_by(CepTransition.id)
    ).all()
    assert [(r.from_state, r.to_state, r.at) for r in rows] == [
        ("inactive", "pending", T0),
        ("pending", "firing", T0 + timedelta(minutes=2)),
        ("firing", "resolved", T0 + timedelta(minutes=4)),
        ("resolved", "pending", T0 + timedelta(minutes=6)),
        ("pending", "inactive", T0 + timedelta(minutes=7)),
    ]


def test_recovery_threshold_holds_until_crossed(session: Session) -> None:
    with MetricsServer() as server:
        rule_id = _make(
            session, http_rule(f"{server.url}/value", op=">", threshold=80, recovery_threshold=60)
        )
        states = _run(session, server, rule_id, [85, 70, 65, 59, 70, 81])
    assert states == ["firing", "firing", "firing", "resolved", "resolved", "firing"]


@pytest.mark.parametrize(
    ("policy", "expected"),
    [("alerting", "firing"), ("ok", "resolved"), ("keep_last", "firing")],
)
def test_no_data_and_error_policies(session: Session, policy: str, expected: str) -> None:
    with MetricsServer() as server:
        spec = http_rule(f"{server.url}/value", op=">", threshold=1, no_data=policy, on_error=policy)
        rule_id = _make(session, spec)
        assert _run(session, server, rule_id, [5]) == ["firing"]
        assert _run(session, server, rule_id, [None], start=1) == [expected]  # JSON null: no data
        server.value = "not a number"
        evaluate_rule(session, rule_id, now=T0 + timedelta(minutes=2))
        session.commit()
        assert _state(session, rule_id) == (expected if policy != "ok" else "resolved")
    from services.cep.models import CepRule

    rule = session.get(CepRule, rule_id)
    assert rule is not None and rule.errors == 1 and "not a number" in (rule.last_error or "")


def test_error_alerting_fires_on_an_unreachable_source(session: Session) -> None:
    spec = http_rule("http://127.0.0.1:9/value", op=">", threshold=1, on_error="alerting")
    rule_id = _make(session, spec)
    evaluate_rule(session, rule_id, now=T0)
    session.commit()
    assert _state(session, rule_id) == "firing"


def test_between_and_equality(session: Session) -> None:
    with MetricsServer() as server:
        rule_id = _make(
            session, http_rule(f"{server.url}/value", name="b", op="between", threshold=10, threshold_high=20)
        )
        assert _run(session, server, rule_id, [5, 10, 20, 21]) == ["inactive", "firing", "firing", "resolved"]
        rule_id = _make(session, http_rule(f"{server.url}/value", name="ne", op="!=", threshold=0))
        assert _run(session, server, rule_id, [0, 1]) == ["inactive", "firing"]


def test_window_aggregation_over_polled_values(session: Session) -> None:
    with MetricsServer() as server:
        spec = http_rule(f"{server.url}/value", op=">", threshold=50, aggregation="avg", window_seconds=180)
        rule_id = _make(session, spec)
        # avg of the last three minutes: 30, 60 (30,90), 70 (30,90,90), 90, 60 (90,90,0)… > 50 from minute 1
        states = _run(session, server, rule_id, [30, 90, 90, 90, 0, 0, 0])
    assert states == ["inactive", "firing", "firing", "firing", "firing", "resolved", "resolved"]


RESTART_PHASE_ONE = textwrap.dedent(
    """
    import sys
    from datetime import datetime
    from sqlmodel import Session
    from services.core import db
    from services.domains import install_domains
    from services.cep.evaluate import evaluate_rule
    install_domains()
    with Session(db.get_engine()) as session:
        for at in sys.argv[2:]:
            evaluate_rule(session, int(sys.argv[1]), now=datetime.fromisoformat(at))
            session.commit()
    """
)


def test_restart_during_for_fires_at_the_right_time(
    session: Session, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with MetricsServer() as server:
        server.value = 9
        rule_id = _make(session, http_rule(f"{server.url}/value", op=">", threshold=1, for_seconds=300))
        moments = [(T0 + timedelta(minutes=m)).isoformat() for m in (0, 1, 2)]
        env = {"SPA_DATABASE_URL": db_url, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        done = subprocess.run(
            [sys.executable, "-c", RESTART_PHASE_ONE, str(rule_id), *moments],
            env={
                **env,
                "PATH": "/usr/bin:/bin",
                "SPA_SECRET_KEY": "test-secret-key-" + "x" * 32,
                "SPA_CEP_SOURCE_ALLOWED_NETWORKS": "127.0.0.1/32",
            },
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        assert _state(session, rule_id) == "pending"
        # This process never saw the rule's timers: they come from the database.
        assert _run(session, server, rule_id, [9, 9, 9], start=3) == ["pending", "pending", "firing"]
    fired = session.exec(
        select(CepTransition).where(CepTransition.rule_id == rule_id, CepTransition.to_state == "firing")
    ).one()
    assert fired.at == T0 + timedelta(minutes=5)


def test_the_promtool_judge_refuses_a_wrong_timeline(tmp_path: Path) -> None:
    values = [0.0, 5.0, 5.0, 5.0, 0.0]
    with pytest.raises(AssertionError, match="Prometheus disagrees"):
        _promtool_agrees(tmp_path, values, 60, 0, [False, False, False, False, False])  # it fires at minute 2

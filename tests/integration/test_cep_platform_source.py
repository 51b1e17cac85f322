"""The platform as a CEP metric source: a rule on `ops_error_rate` fires when real OPS runs fail; the
ADMIN host sampler marks its host CIs `platform: true` (what trace RCA reads)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlmodel import Session

from services.admin import host_sampler
from services.asset_registry import reads as asset_reads
from services.asset_registry import service as assets
from services.asset_registry.seeding import ensure_seeded
from services.cep import platform_source
from services.cep.evaluate import evaluate_rule
from services.cep.models import CepAlert
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core import db
from services.core.clock import utcnow
from services.core.security import SYSTEM
from services.infra import queries
from services.infra.service import upsert_ci
from services.ops.kpis import PLATFORM_METRICS, platform_metrics
from services.ops.service import ask
from tests.integration.helpers import samples_locked


@pytest.fixture
def ops_session(infra_small_url: str) -> Iterator[Session]:
    with Session(db.get_engine(), expire_on_commit=False) as s:
        ensure_seeded(s)
        s.commit()
        yield s


def _error_rate_rule(session: Session) -> int:
    spec = RuleSpec.model_validate(
        {
            "name": "OPS error rate high",
            "severity": "major",
            "trigger": {"kind": "metric", "poll_interval_seconds": 60},
            "source": {"kind": "platform", "metric": "ops_error_rate"},
            "condition": {"op": ">", "threshold": 20},
        }
    )
    rule = create_rule(session, actor=SYSTEM, spec=spec)
    session.commit()
    assert rule.id is not None
    return rule.id


def test_a_rule_on_the_ops_error_rate_fires_when_runs_fail(ops_session: Session) -> None:
    session = ops_session
    assert set(platform_source.names()) >= set(PLATFORM_METRICS) == set(platform_metrics(session))
    rule_id = _error_rate_rule(session)
    ask(session, question="web-01 지난 1시간 평균 CPU?", actor=SYSTEM)
    session.commit()
    evaluate_rule(session, rule_id, now=utcnow())
    session.commit()
    alert = session.query(CepAlert).filter(CepAlert.rule_id == rule_id).one()
    assert alert.state == "inactive" and alert.value == 0.0  # one good run: 0 % errors

    current = asset_reads.published_content(session, "policy", "ops.policy")
    draft = assets.save_draft(
        session, actor=SYSTEM, kind="policy", name="ops.policy", content={**current, "timeout_ms": 300}
    )
    assets.publish(session, actor=SYSTEM, kind="policy", name="ops.policy", version=draft.version)
    session.commit()
    with samples_locked():  # two runs time out: 2 errors of 3 runs
        for _ in range(2):
            assert ask(session, question="web-01 지난 1시간 평균 CPU?", actor=SYSTEM)["status"] == "error"
            session.commit()
    evaluate_rule(session, rule_id, now=utcnow())
    session.commit()
    session.refresh(alert)
    assert alert.state == "firing" and alert.value == pytest.approx(200 / 3, abs=0.01)


def test_an_unknown_platform_metric_is_refused_naming_the_field() -> None:
    with pytest.raises(ValueError, match="unknown platform metric 'ops_nope'"):
        RuleSpec.model_validate(
            {
                "name": "x",
                "trigger": {"kind": "metric", "poll_interval_seconds": 60},
                "source": {"kind": "platform", "metric": "ops_nope"},
                "condition": {"op": ">", "threshold": 1},
            }
        )


def test_host_sampler_marks_its_hosts_as_platform(session: Session, tmp_path) -> None:
    host_sampler.ensure_catalog(session)
    old = host_sampler.replica_name("old-box")  # created before hosts carried the mark
    upsert_ci(
        session, actor=SYSTEM, name=old, type="host", environment="prod", attributes={"label": "spa-ai"}
    )
    session.commit()
    sampler = host_sampler.HostSampler(tmp_path)
    new = host_sampler.replica_name("new-box")
    for name in (old, new):
        assert host_sampler.sample_once(sampler, name, at=utcnow()) >= 3
        ci = queries.get_ci(session, name)
        assert ci is not None and ci["attributes"]["platform"] is True, ci
    marked = session.execute(
        text(
            "SELECT name FROM cis WHERE (attributes->>'platform') = 'true' ORDER BY name"
        )  # trace RCA's test
    ).scalars()
    assert list(marked) == sorted([old, new])

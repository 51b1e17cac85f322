"""The demo estate ships with rules that fire on its incident: replayed over the stored history at first
start, they leave fired-and-resolved alerts on the incident's CIs, at the incident's times."""

from __future__ import annotations

import time
from datetime import timedelta

from sqlmodel import Session, select

from services.cep.alerts import count_firing, firing_problems
from services.cep.demo_rules import DEMO_RULES, seed_demo_rules
from services.cep.models import CepAlert, CepRule, CepTransition
from services.core.clock import utcnow
from services.core.security import SYSTEM
from services.infra.demo import INCIDENT_ROOT, load_demo


def test_demo_rules_fire_on_the_demo_incident(session: Session) -> None:
    end = utcnow()
    load_demo(session, actor=SYSTEM, end=end, days=1)
    session.commit()
    started = time.monotonic()
    assert seed_demo_rules(session) == len(DEMO_RULES)
    session.commit()
    took = time.monotonic() - started
    assert seed_demo_rules(session) == 0  # once only
    fired = session.exec(
        select(CepRule.name, CepAlert.ci, CepTransition.at)
        .join(CepAlert, CepAlert.id == CepTransition.alert_id)
        .join(CepRule, CepRule.id == CepTransition.rule_id)
        .where(CepTransition.to_state == "firing")
    ).all()
    by_rule: dict[str, set[str]] = {}
    for name, ci, _at in fired:
        by_rule.setdefault(name, set()).add(ci or "")
    assert took < 60, f"the replay took {took:.1f} s"
    assert set(by_rule) == {rule["name"] for rule in DEMO_RULES}
    assert INCIDENT_ROOT in by_rule["Database latency high"] and INCIDENT_ROOT in by_rule["Disk almost full"]
    times = [at for _, _, at in fired]
    assert times and all(timedelta(0) < end - at < timedelta(hours=9) for at in times)
    problems = firing_problems(session, end)
    assert count_firing(session) == len(problems)
    metrics = {rule["name"]: rule["source"]["metric"] for rule in DEMO_RULES}
    assert all(p.details["metric"] == metrics[p.details["rule"]] for p in problems)  # OPS merges by it

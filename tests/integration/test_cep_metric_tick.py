"""The set-based metric tick: rules sharing a source read it once per tick, a slow source holds back only
its own rules (for at most its timeout), a rule that breaks its batch does not hold back the others,
and a batch evaluates at grid ticks as the single-rule path does."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from services.cep.metric_tick import Work, evaluate_batch
from services.cep.models import CepAlert, CepRule
from services.cep.scheduler import CepScheduler
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core.clock import utcnow
from services.core.leader import LeaderLock, LockKey
from services.core.security import SYSTEM
from tests.integration.cep_helpers import http_rule, loopback_sources  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("loopback_sources")
SLOW_S = 4.0


class Sources:
    """`/value` → `{"data": {"value": 5, "other": 50}}`; `/slow` answers after SLOW_S; `/api/v1/query` a
    Prometheus vector whose one series has a `ci` label longer than an instance's column holds."""

    def __init__(self) -> None:
        self.requests: Counter[str] = Counter()
        sources = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: Any) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                sources.requests[path] += 1
                if path == "/slow":
                    time.sleep(SLOW_S)
                body: dict[str, Any] = {"data": {"value": 5, "other": 50}}
                if path == "/api/v1/query":
                    series = {"metric": {"ci": "x" * 300}, "value": [0, "7"]}
                    body = {"status": "success", "data": {"resultType": "vector", "result": [series]}}
                raw = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def served() -> Iterator[Sources]:
    server = Sources()
    yield server
    server.close()


def _rules(session: Session, specs: list[dict[str, Any]]) -> list[int]:
    ids = []
    for i, spec in enumerate(specs):
        spec["name"] = f"tick rule {i}"
        rule = create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(spec))
        assert rule.id is not None
        ids.append(rule.id)
    session.execute(
        text("UPDATE cep_rules SET next_run_at = :due WHERE id = ANY(:ids)"),
        {"due": utcnow() - timedelta(seconds=1), "ids": ids},
    )
    session.commit()
    return ids


def _stored(session: Session, ids: list[int]) -> dict[int, CepRule]:
    session.expire_all()
    return {rule.id or 0: rule for rule in session.exec(select(CepRule).where(CepRule.id.in_(ids))).all()}  # type: ignore[union-attr]


def _tick(scheduler: CepScheduler) -> int:
    return asyncio.run(scheduler.run_due("metric", ("metric",), 8))


@pytest.fixture
def leader() -> Iterator[CepScheduler]:
    scheduler = CepScheduler(concurrency=8)
    assert scheduler.check_leader()
    yield scheduler
    scheduler.stop()


def test_rules_sharing_a_source_read_it_once_per_tick(
    session: Session, served: Sources, leader: CepScheduler
) -> None:
    shared = [http_rule(f"{served.url}/value", op=">", threshold=t) for t in range(10)]  # value 5
    other_path = http_rule(f"{served.url}/value", op=">", threshold=10)
    other_path["source"]["json_path"] = "$.data.other"  # 50: the same GET, another number in it
    headed = http_rule(f"{served.url}/value", op=">", threshold=10)
    headed["source"]["headers"] = {"X-Tenant": "a"}  # another request
    ids = _rules(session, [*shared, other_path, headed])
    assert _tick(leader) == 12
    assert served.requests["/value"] == 2
    rules = _stored(session, ids)
    assert all(rule.evaluations == 1 and rule.errors == 0 for rule in rules.values())
    matched = {rule_id for rule_id, rule in rules.items() if rule.matches}
    assert matched == {*ids[:5], ids[10]}  # thresholds 0..4 below 5, and 50 > 10; the headed one is 5
    alerts = session.exec(select(CepAlert).where(CepAlert.rule_id.in_(ids))).all()  # type: ignore[attr-defined]
    assert sorted((a.rule_id, a.state) for a in alerts if a.state != "inactive") == sorted(
        [(rule_id, "firing") for rule_id in matched]  # for 0: pending and firing in one evaluation
    )
    assert all(rule.next_run_at and rule.next_run_at > utcnow() for rule in rules.values())
    assert _tick(leader) == 0 and served.requests["/value"] == 2  # not due again for 60 s


def test_a_slow_source_holds_back_only_its_own_rules(
    session: Session, served: Sources, leader: CepScheduler
) -> None:
    slow = http_rule(f"{served.url}/slow", op=">", threshold=1)
    slow["source"]["timeout_seconds"] = 1
    fast = [http_rule(f"{served.url}/value", op=">", threshold=1) for _ in range(3)]
    ids = _rules(session, [slow, *fast])
    started = utcnow()
    assert _tick(leader) == 4
    took = (utcnow() - started).total_seconds()
    assert took < SLOW_S - 1  # the tick waited for the slow source's timeout, not its answer
    rules = _stored(session, ids)
    slow_rule, fast_rules = rules[ids[0]], [rules[i] for i in ids[1:]]
    assert slow_rule.errors == 1 and "timed out" in (slow_rule.last_error or "")
    assert all(r.errors == 0 and r.matches == 1 for r in fast_rules)
    fast_at = max(r.last_eval_at for r in fast_rules if r.last_eval_at)
    assert slow_rule.last_eval_at and (slow_rule.last_eval_at - started).total_seconds() >= 1
    assert (fast_at - started).total_seconds() < 1  # evaluated before the slow source's timeout ran out


def test_a_rule_that_breaks_its_batch_does_not_hold_back_the_others(
    session: Session, served: Sources, leader: CepScheduler
) -> None:
    broken = {
        "trigger": {"kind": "metric", "poll_interval_seconds": 60},
        "source": {"kind": "prometheus", "url": served.url, "query": "up"},
        "condition": {"op": ">", "threshold": 1},
    }  # its instance's `ci` does not fit the column: the batch's transaction fails
    fine = [http_rule(f"{served.url}/value", op=">", threshold=1) for _ in range(3)]
    ids = _rules(session, [broken, http_rule(f"{served.url}/value", op=">", threshold=1), *fine])
    session.execute(text("UPDATE cep_rules SET spec = '{\"name\": 1}' WHERE id = :id"), {"id": ids[1]})
    session.commit()  # a stored spec that no longer reads (an old schema, a hand edit)
    started = utcnow()
    assert _tick(leader) == 3
    rules = _stored(session, ids)
    for rule_id in ids[:2]:
        assert rules[rule_id].errors == 1 and rules[rule_id].evaluations == 0
        assert rules[rule_id].next_run_at and rules[rule_id].next_run_at > started  # not retried every tick
    assert "StringDataRightTruncation" in (rules[ids[0]].last_error or "")
    assert rules[ids[1]].next_run_at == pytest.approx(
        started + timedelta(minutes=1), abs=timedelta(seconds=5)
    )
    assert all(rules[i].evaluations == 1 and rules[i].matches == 1 for i in ids[2:])
    assert served.requests["/api/v1/query"] == 1  # the rule-by-rule retry used the batch's reading


def test_a_batch_counts_for_in_grid_ticks_not_loop_lag(session: Session, served: Sources) -> None:
    """As `test_cep_scheduler::test_for_counts_grid_ticks_not_loop_lag`, through the batch path."""
    spec = http_rule(f"{served.url}/value", op=">", threshold=1, for_seconds=10)
    spec["trigger"]["poll_interval_seconds"] = 5
    [rule_id] = _rules(session, [spec])
    t0 = utcnow().replace(microsecond=0) - timedelta(minutes=1)
    lock = LeaderLock(LockKey.CEP_SCHEDULER)
    try:
        assert lock.try_acquire()
        session.execute(
            text("UPDATE cep_rules SET next_run_at = :t0 WHERE id = :id"), {"t0": t0, "id": rule_id}
        )
        session.commit()
        for tick, late in ((0, 0.8), (5, 0.3), (10, 0.05)):
            due = t0 + timedelta(seconds=tick)
            work = Work(rule_id, due)
            assert evaluate_batch([work], epoch=lock.epoch, now=due + timedelta(seconds=late)) == 1
    finally:
        lock.release()
    alert = session.exec(select(CepAlert).where(CepAlert.rule_id == rule_id)).one()
    assert (alert.state, alert.active_at, alert.fired_at) == ("firing", t0, t0 + timedelta(seconds=10))
    stored = _stored(session, [rule_id])[rule_id]
    assert stored.last_lag_ms == pytest.approx(50, abs=1)
    assert stored.next_run_at == t0 + timedelta(seconds=15) and stored.evaluations == 3

"""Two app processes on one PostgreSQL, the CEP leader killed with SIGKILL and restarted, under load.

Real parts: two app replicas (uvicorn processes, `cep_replica`), the session's embedded PostgreSQL, a
metrics server and a webhook receiver on 127.0.0.1. While a schedule rule runs every few seconds and a
stream of events (each a new firing instance) is posted to both replicas, the leader is killed:
- exactly one process leads before and after; the survivor leads within 10 s;
- every scheduled run happens exactly once: each run's scheduled time and lag are read back from the
  rule monitor (`last_eval_at - last_lag_ms`, polled between runs); each next run is the first tick of
  the rule's grid after the previous one (ticks missed only because a run itself was more than an
  interval late coalesce, as designed), across the failover too — no tick skipped, none repeated;
- every accepted event is evaluated exactly once (the killed leader's queued inbox rows by the new one) and
  its notification reaches the receiver under exactly one Idempotency-Key; the same key
  arrives again only after a failed attempt (a timeout, or a lease of the killed process), never after
  a successful one.
App restart during `for` is covered by test_cep_semantics::test_restart_during_for_fires_at_the_right_time.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlmodel import Session

from services.admin.api_keys import create_api_key
from services.admin.service import create_user
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core.security import ROLE_PERMISSIONS, SYSTEM, Principal
from tests.integration.cep_delivery_helpers import Receiver, fast_delivery_fixture, receiver_fixture  # noqa: F401
from tests.integration.cep_helpers import MetricsServer, loopback_sources  # noqa: F401 - fixture
from tests.integration.cep_replica import Replica

pytestmark = pytest.mark.usefixtures("loopback_sources", "fast_delivery")

INTERVAL_S = 6  # > the worst takeover (leader check every 2 s + a 1 s tick), so no tick coalesces
TAKEOVER_LIMIT_S = 10.0
EVENTS_PER_S = 5.0
REPLICA_ENV = {
    "SPA_CEP_SOURCE_ALLOWED_NETWORKS": "127.0.0.1/32",
    "SPA_CEP_HTTP_ALLOWED_NETWORKS": "127.0.0.1/32",
    "SPA_CEP_RETRY_BASE_SECONDS": "0.2",
    "SPA_CEP_DELIVERY_LEASE_SECONDS": "5",
    "SPA_CEP_DELIVERY_TIMEOUT_SECONDS": "3",
    "SPA_CEP_DRAIN_INTERVAL_SECONDS": "0.5",
}


@pytest.fixture
def cluster(db_url: str, tmp_path: Path) -> Iterator[dict[str, Replica]]:
    """Replicas `a` and `b` started together (more may be added under other names); all stopped after."""
    replicas = {name: Replica(name, db_url, tmp_path, REPLICA_ENV).start() for name in ("a", "b")}
    try:
        deadline = time.monotonic() + 120
        for replica in replicas.values():
            replica.wait_ready(deadline)
        yield replicas
    finally:
        for replica in replicas.values():
            replica.stop()


def _leaders(replicas: list[Replica]) -> list[Replica]:
    return [r for r in replicas if r.is_leader()]


def _one_leader(replicas: list[Replica], timeout_s: float) -> Replica:
    deadline = time.monotonic() + timeout_s
    while True:
        found = _leaders(replicas)
        if len(found) == 1:
            return found[0]
        assert time.monotonic() < deadline, f"leaders: {[r.name for r in found]}"
        time.sleep(0.2)


def _setup(session: Session, metrics_url: str, hook: str) -> tuple[int, str]:
    """A schedule rule (every INTERVAL_S, always active) and an event rule, both notifying the receiver;
    an API key for the events."""
    webhook = [{"kind": "webhook", "params": {"url": hook}}]
    at_once = {
        "group_by": ["..."],
        "group_wait_seconds": 0,
    }  # one message per alert, sent with its transition
    scheduled = create_rule(
        session,
        actor=SYSTEM,
        spec=RuleSpec.model_validate(
            {
                "name": "failover schedule",
                "trigger": {"kind": "schedule", "interval_seconds": INTERVAL_S},
                "source": {"kind": "http", "url": metrics_url, "json_path": "$.data.value"},
                "condition": {"op": ">", "threshold": 1},
                "actions": webhook,
                "grouping": at_once,
            }
        ),
    )
    create_rule(
        session,
        actor=SYSTEM,
        spec=RuleSpec.model_validate(
            {
                "name": "failover events",
                "trigger": {"kind": "event", "match": {"stream": "failover"}, "group_by": ["seq"]},
                "actions": webhook,
                "grouping": at_once,
            }
        ),
    )
    user = create_user(session, actor=SYSTEM, username="sender", password="sender-passw0rd", role="admin")
    assert user.id is not None and scheduled.id is not None
    owner = Principal(user.id, "sender", "admin", ROLE_PERMISSIONS["admin"])
    secret, _ = create_api_key(session, actor=owner, name="failover", scopes=["cep:write"])
    session.commit()
    return scheduled.id, secret


class RunWatcher(threading.Thread):
    """Polls the rule monitor and records each run: its scheduled time (last_eval_at - last_lag_ms) and lag."""

    def __init__(self, session: Session, rule_id: int) -> None:
        super().__init__(daemon=True)
        self.session, self.rule_id = session, rule_id
        self.runs: list[tuple[datetime, timedelta]] = []
        self.skipped_polls: list[tuple[int, int]] = []  # (before, after) when a poll saw > 1 new run
        self.stop = threading.Event()

    def run(self) -> None:
        seen = 0
        query = text("SELECT evaluations, last_eval_at, last_lag_ms FROM cep_rules WHERE id = :id")
        while not self.stop.is_set():
            evaluations, last_eval_at, lag_ms = self.session.execute(query, {"id": self.rule_id}).one()
            self.session.rollback()
            if evaluations != seen:
                if evaluations - seen > 1:
                    self.skipped_polls.append((seen, evaluations))
                seen = evaluations
                lag = timedelta(milliseconds=lag_ms)
                self.runs.append((last_eval_at - lag, lag))
            time.sleep(0.2)


class EventSender(threading.Thread):
    """Posts one event per sequence number to the live replicas in turn; a refused or cut request is
    sent again to the next replica, as a load balancer would, until one answers 202."""

    def __init__(self, live: list[Replica], api_key: str) -> None:
        super().__init__(daemon=True)
        self.live, self.api_key = live, api_key
        self.accepted: dict[str, int] = {}  # seq → tries it took
        self.given_up: list[str] = []
        self.stop = threading.Event()

    def run(self) -> None:
        n = 0
        with httpx.Client(timeout=10, headers={"X-API-Key": self.api_key}) as client:
            while not self.stop.is_set():
                started = time.monotonic()
                seq = f"e{n:04d}"
                body = {"labels": {"stream": "failover", "seq": seq}}
                for tries in range(1, 60):
                    target = self.live[(n + tries) % len(self.live)]
                    try:
                        if client.post(f"{target.url}/api/cep/events", json=body).status_code == 202:
                            self.accepted[seq] = tries
                            break
                    except httpx.HTTPError:
                        pass
                    time.sleep(0.1)
                else:
                    self.given_up.append(seq)
                n += 1
                time.sleep(max(0.0, 1 / EVENTS_PER_S - (time.monotonic() - started)))


def _wait_for(predicate: Any, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, what
        time.sleep(0.2)


def test_leader_killed_under_schedule_and_events_loses_and_doubles_nothing(
    cluster: dict[str, Replica], session: Session, receiver: Receiver, db_url: str, tmp_path: Path
) -> None:
    a, b = cluster["a"], cluster["b"]
    leader = _one_leader([a, b], timeout_s=10)
    survivor = b if leader is a else a
    holder = leader.status()
    assert holder is not None and str(holder["leader"]).endswith(f":{leader.pid}")
    first_epoch = int(holder["leader_epoch"])

    with MetricsServer() as metrics:
        metrics.value = 9
        rule_id, api_key = _setup(session, f"{metrics.url}/value", receiver.url)
        watcher = RunWatcher(Session(session.get_bind()), rule_id)
        live = [a, b]
        sender = EventSender(live, api_key)
        watcher.start()
        sender.start()
        try:
            _wait_for(lambda: watcher.runs, 3 * INTERVAL_S, "the schedule rule never ran")
            time.sleep(1.0)
            leader.kill()
            killed_wall, runs_before = datetime.now(UTC), len(watcher.runs)
            live.remove(leader)
            restarted = cluster["restarted"] = Replica(
                f"{leader.name}2", db_url, tmp_path, REPLICA_ENV
            ).start()
            _wait_for(survivor.is_leader, 2 * TAKEOVER_LIMIT_S, f"{survivor.name} did not take over")
            _wait_for(
                lambda: len(watcher.runs) >= runs_before + 2,
                3 * INTERVAL_S,
                "the new leader did not run the schedule rule",
            )
            restarted.wait_ready(time.monotonic() + 120)
            live.append(restarted)
            assert _one_leader([survivor, restarted], timeout_s=5) is survivor
            served = len(sender.accepted)
            _wait_for(lambda: len(sender.accepted) >= served + 4, 30, "events stopped after the restart")
        finally:
            sender.stop.set()
            sender.join(timeout=30)
            watcher.stop.set()
            watcher.join(timeout=10)

    # Scheduled runs: each run's successor is due at the first tick of the grid after the run (a run later than a whole
    # interval coalesces the ticks it missed, by design): no tick skipped otherwise, none run twice.
    runs = watcher.runs
    assert not watcher.skipped_polls, f"several runs between two polls: {watcher.skipped_polls}"
    step = timedelta(seconds=INTERVAL_S)
    for (scheduled, lag), (following, _) in pairwise(runs):
        due = scheduled + (int(lag / step) + 1) * step
        assert abs((following - due).total_seconds()) < 0.01, f"after {scheduled} (lag {lag}): {following}"
    coalesced = sum(int(lag / step) for _, lag in runs[:-1])
    assert len(runs) >= 3
    epochs = session.execute(
        text("SELECT epoch, holder, acquired_at FROM leader_epochs WHERE name = 'cep_scheduler'")
    ).one()
    assert epochs[0] == first_epoch + 1 and str(epochs[1]).endswith(f":{survivor.pid}")
    takeover_s = (epochs[2] - killed_wall).total_seconds()  # by the database's record of the new epoch
    assert 0 < takeover_s < TAKEOVER_LIMIT_S

    # Events: every accepted event's notification arrives under exactly one key.
    expected = set(sender.accepted)
    assert not sender.given_up and len(expected) >= 20, (sender.given_up, len(expected))

    def keys_by_seq() -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for hit in list(receiver.received):
            payload = hit.json()["payload"]
            if "seq" in payload["labels"]:
                found[payload["labels"]["seq"]].add(hit.headers["Idempotency-Key"])
        return found

    _wait_for(lambda: expected <= set(keys_by_seq()), 45, "not every notification arrived")
    time.sleep(1.0)  # a late duplicate would show here
    by_seq = keys_by_seq()
    lost = expected - set(by_seq)
    doubled = {seq: keys for seq, keys in by_seq.items() if len(keys) > 1}
    assert not lost and not doubled, f"lost {sorted(lost)}, doubled {doubled}"
    assert set(by_seq) == expected
    # Events the killed leader had accepted into the inbox but not evaluated were evaluated by the new
    # leader: none left queued or set aside, each instance fired once.
    inbox = session.execute(
        text(
            "SELECT count(*) FILTER (WHERE evaluated_at IS NULL), count(*) FILTER (WHERE error IS NOT NULL) FROM cep_event_inbox"
        )
    ).one()
    assert tuple(inbox) == (0, 0)
    fired_per_seq = session.execute(
        text(
            "SELECT a.labels->>'seq', count(*) FROM cep_transitions t JOIN cep_alerts a ON a.id = t.alert_id "
            "WHERE t.to_state = 'firing' AND a.labels ? 'seq' GROUP BY 1"
        )
    ).all()
    assert {seq for seq, _ in fired_per_seq} == expected and all(n == 1 for _, n in fired_per_seq)
    fired = {
        h.headers["Idempotency-Key"] for h in receiver.received if "seq" not in h.json()["payload"]["labels"]
    }
    assert len(fired) == 1  # the schedule rule's alert fired once; the new leader continued it
    # A key arrives again only after an attempt that failed (timed out on the loaded machine, or leased
    # by the killed process): the outbox never sends a row again once an attempt succeeded.
    received = Counter(hit.headers["Idempotency-Key"] for hit in receiver.received)
    redelivered = [key for key, count in received.items() if count > 1]
    attempts = session.execute(
        text(
            "SELECT o.dedup_key, count(*) FILTER (WHERE l.ok), count(*) FILTER (WHERE NOT l.ok) "
            "FROM cep_outbox o JOIN cep_delivery_log l ON l.outbox_id = o.id "
            "WHERE o.dedup_key = ANY(:keys) GROUP BY o.dedup_key"
        ),
        {"keys": redelivered},
    ).all()
    assert all(ok == 1 and failed >= 1 for _, ok, failed in attempts) and len(attempts) == len(redelivered)
    print(
        f"takeover {takeover_s:.1f} s; {len(runs)} scheduled runs ({coalesced} ticks coalesced by lag); "
        f"{len(expected)} events, {len(redelivered)} sent again after a failed attempt"
    )

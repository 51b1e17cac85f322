"""CEP outbox against a real HTTP receiver: retries, error classes, signatures, idempotency, leases.

Every test drains the real outbox (real PostgreSQL, `FOR UPDATE SKIP LOCKED`) into a real HTTP server
on 127.0.0.1 that counts what it receives.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, col, select

from services.cep import leases, outbox
from services.cep.delivery_models import Channel, DeliveryAttempt, OutboxRow
from services.core.clock import utcnow
from tests.integration.cep_delivery_helpers import (
    PAYLOAD,
    Receiver,
    drain_until,
    fast_delivery_fixture,  # noqa: F401
    receiver_fixture,  # noqa: F401
    webhook_channel,
)

pytestmark = pytest.mark.usefixtures("fast_delivery")


def _notify(channel_id: int | None) -> list[dict]:
    return [{"kind": "notify", "params": {"channel_ids": [channel_id]}}]


def _row(session: Session, row_id: int) -> OutboxRow:
    session.expire_all()
    row = session.get(OutboxRow, row_id)
    assert row is not None
    return row


def test_500_then_200_is_delivered_once_after_a_retry(session: Session, receiver: Receiver) -> None:
    channel = webhook_channel(session, receiver.url)
    receiver.script = [(500, {})]
    ids = outbox.enqueue(
        session, actions=_notify(channel.id), payload=PAYLOAD, dedup_key="rule1:web-01:firing"
    )
    session.commit()
    assert len(ids) == 1
    drain_until(lambda: _row(session, ids[0]).status == "delivered")
    assert len(receiver.received) == 2  # one failure, one success: delivered exactly once
    attempts = session.exec(select(DeliveryAttempt).where(DeliveryAttempt.outbox_id == ids[0])).all()
    assert [(a.attempt, a.ok, a.error_class) for a in attempts] == [(1, False, "server"), (2, True, None)]
    assert "HTTP 500" in attempts[0].response and attempts[0].latency_ms > 0
    # Idempotency-Key stable across retries, and the signature verifies with the channel secret.
    keys = {r.headers["Idempotency-Key"] for r in receiver.received}
    assert keys == {_row(session, ids[0]).dedup_key}
    final = receiver.received[-1]
    expected = hmac.new(b"s3cret-signing-key", final.body, hashlib.sha256).hexdigest()
    assert final.headers["X-SPA-Signature"] == f"sha256={expected}"
    assert final.json()["payload"]["ci"] == "web-01" and "High CPU" in final.json()["title"]
    # nothing more is sent once delivered
    asyncio.run(outbox.drain_once())
    assert len(receiver.received) == 2


def test_same_dedup_key_is_enqueued_once(session: Session, receiver: Receiver) -> None:
    channel = webhook_channel(session, receiver.url)
    first = outbox.enqueue(session, actions=_notify(channel.id), payload=PAYLOAD, dedup_key="k1")
    second = outbox.enqueue(session, actions=_notify(channel.id), payload=PAYLOAD, dedup_key="k1")
    session.commit()
    assert len(first) == 1 and second == []
    assert session.exec(select(OutboxRow)).all().__len__() == 1


def test_401_is_not_retried_and_flags_the_channel(session: Session, receiver: Receiver) -> None:
    channel = webhook_channel(session, receiver.url)
    receiver.script = [(401, {})]
    ids = outbox.enqueue(session, actions=_notify(channel.id), payload=PAYLOAD, dedup_key="k401")
    session.commit()
    drain_until(lambda: _row(session, ids[0]).status == "dead")
    row = _row(session, ids[0])
    assert row.attempts == 1 and row.last_error_class == "auth"
    for _ in range(3):
        asyncio.run(outbox.drain_once())
    assert len(receiver.received) == 1
    flagged = session.get(Channel, channel.id)
    assert flagged is not None and flagged.broken_at is not None
    # a new row for the broken channel is a dead letter without touching the receiver
    more = outbox.enqueue(session, actions=_notify(channel.id), payload=PAYLOAD, dedup_key="k401b")
    session.commit()
    drain_until(lambda: _row(session, more[0]).status == "dead")
    assert _row(session, more[0]).last_error_class == "channel_broken" and len(receiver.received) == 1


def test_429_honours_retry_after(session: Session, receiver: Receiver) -> None:
    channel = webhook_channel(session, receiver.url)
    receiver.script = [(429, {"Retry-After": "2"})]
    ids = outbox.enqueue(session, actions=_notify(channel.id), payload=PAYLOAD, dedup_key="k429")
    session.commit()
    drain_until(lambda: _row(session, ids[0]).status == "delivered", step_s=0.1)
    first, second = receiver.received
    assert 1.9 <= second.at - first.at < 4.0  # not the 0.1 s backoff: the receiver's 2 s


def test_dead_letter_after_max_attempts_then_manual_replay(session: Session, receiver: Receiver) -> None:
    from services.cep.notifications import replay
    from services.core.security import SYSTEM

    channel = webhook_channel(session, receiver.url)
    receiver.script = [(503, {})] * 4
    ids = outbox.enqueue(session, actions=_notify(channel.id), payload=PAYLOAD, dedup_key="kdead")
    session.commit()
    drain_until(lambda: _row(session, ids[0]).status == "dead")
    assert _row(session, ids[0]).attempts == 4 and len(receiver.received) == 4
    replay(session, actor=SYSTEM, outbox_id=ids[0])
    session.commit()
    drain_until(lambda: _row(session, ids[0]).status == "delivered")
    assert len(receiver.received) == 5
    assert {r.headers["Idempotency-Key"] for r in receiver.received} == {_row(session, ids[0]).dedup_key}


def test_two_drainers_in_parallel_never_deliver_a_row_twice(session: Session, receiver: Receiver) -> None:
    channel = webhook_channel(session, receiver.url, rate_limit_per_minute=10_000)
    receiver.delay_s = 0.01
    for n in range(60):
        outbox.enqueue(session, actions=_notify(channel.id), payload={**PAYLOAD, "n": n}, dedup_key=f"par{n}")
    session.commit()
    barrier = threading.Barrier(2)

    def drainer(name: str) -> None:
        barrier.wait()
        for _ in range(40):
            asyncio.run(outbox.drain_once(7, worker=name))

    threads = [threading.Thread(target=drainer, args=(f"w{i}",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    keys = [r.headers["Idempotency-Key"] for r in receiver.received]
    assert len(keys) == 60 and len(set(keys)) == 60
    workers = set(session.exec(select(DeliveryAttempt.worker)).all())
    assert workers == {"w0", "w1"}  # both really drained


def test_reaper_reclaims_a_killed_lease(session: Session, receiver: Receiver) -> None:
    channel = webhook_channel(session, receiver.url)
    ids = outbox.enqueue(session, actions=_notify(channel.id), payload=PAYLOAD, dedup_key="klease")
    session.commit()
    claimed = leases.claim("dead-worker", 10, 60.0)  # a worker that claims, then dies
    assert [c.id for c in claimed] == ids
    assert asyncio.run(outbox.drain_once()) == 0  # leased rows are skipped by others
    assert leases.reap_expired(session) == 0  # the lease has not expired yet
    session.execute(
        text("UPDATE cep_outbox SET locked_until = :t WHERE id = :id"),
        {"t": utcnow() - timedelta(seconds=1), "id": ids[0]},
    )
    session.commit()
    assert leases.reap_expired(session) == 1
    session.commit()
    drain_until(lambda: _row(session, ids[0]).status == "delivered")
    assert len(receiver.received) == 1
    log = session.exec(select(DeliveryAttempt).order_by(col(DeliveryAttempt.id))).all()
    assert (log[0].worker, log[0].error_class) == ("dead-worker", "lease_expired")
    # the dead worker's late report does not overwrite the delivered row
    from services.cep.channels import DeliveryResult

    status = leases.settle(claimed[0], "dead-worker", DeliveryResult(False, "server", "late"), utcnow(), 1.0)
    assert status == "delivered"


def test_enqueue_is_part_of_the_callers_transaction(session: Session, receiver: Receiver) -> None:
    channel = webhook_channel(session, receiver.url)
    outbox.enqueue(session, actions=_notify(channel.id), payload=PAYLOAD, dedup_key="rolled-back")
    session.rollback()
    assert asyncio.run(outbox.drain_once()) == 0
    assert receiver.received == []


def test_a_worker_killed_mid_delivery_is_reclaimed_by_the_reaper(
    session: Session, receiver: Receiver, db_url: str
) -> None:
    """A real process claims the row and is killed with SIGKILL while the receiver holds the request."""
    channel = webhook_channel(session, receiver.url)
    ids = outbox.enqueue(session, actions=_notify(channel.id), payload=PAYLOAD, dedup_key="killed")
    session.commit()
    receiver.delay_s = 30.0
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        "SPA_DATABASE_URL": db_url,
        "SPA_CEP_DELIVERY_LEASE_SECONDS": "4",  # its attempt may last 3.2 s: longer than it takes to kill it
    }
    code = (
        "import asyncio; from services.domains import install_domains; install_domains(); "
        "from services.cep import outbox; asyncio.run(outbox.drain_once(worker='doomed'))"
    )
    doomed = subprocess.Popen([sys.executable, "-c", code], env=env)
    try:
        deadline = time.monotonic() + 60
        while not receiver.received and time.monotonic() < deadline and doomed.poll() is None:
            time.sleep(0.05)
        assert receiver.received, "the worker never reached the receiver"
        doomed.send_signal(signal.SIGKILL)
        doomed.wait(timeout=10)
    finally:
        if doomed.poll() is None:
            doomed.kill()
    receiver.delay_s = 0.0
    row = _row(session, ids[0])
    assert (row.status, row.locked_by) == ("sending", "doomed")
    assert asyncio.run(outbox.drain_once()) == 0  # still leased: nobody else sends it
    time.sleep(4.2)
    assert leases.reap_expired(session) == 1
    session.commit()
    drain_until(lambda: _row(session, ids[0]).status == "delivered")
    keys = [r.headers["Idempotency-Key"] for r in receiver.received]
    assert len(keys) == 2 and len(set(keys)) == 1  # at least once, and the receiver can tell
    log = session.exec(select(DeliveryAttempt).order_by(col(DeliveryAttempt.id))).all()
    assert (log[0].worker, log[0].ok, log[0].error_class) == ("doomed", False, "lease_expired")


def test_annotate_adds_to_rows_not_yet_sent_only(session: Session, receiver: Receiver) -> None:
    channel = webhook_channel(session, receiver.url)
    sent = outbox.enqueue(session, actions=_notify(channel.id), payload=PAYLOAD, dedup_key="a1")
    session.commit()
    drain_until(lambda: _row(session, sent[0]).status == "delivered")
    waiting = outbox.enqueue(session, actions=_notify(channel.id), payload=PAYLOAD, dedup_key="a2")
    other = {**PAYLOAD, "instance": {**PAYLOAD["instance"], "id": 8}}  # type: ignore[dict-item]
    unrelated = outbox.enqueue(session, actions=_notify(channel.id), payload=other, dedup_key="a3")
    assert outbox.annotate_alert(session, alert_id=7, fields={"rca": "disk full on db-01"}) == 1
    session.commit()
    assert "rca" not in _row(session, unrelated[0]).payload
    drain_until(lambda: _row(session, waiting[0]).status == "delivered")
    assert "rca" not in _row(session, sent[0]).payload
    about_7 = [r.json() for r in receiver.received if r.json()["payload"]["instance"]["id"] == 7]
    assert "disk full on db-01" in about_7[-1]["text"]  # the default body shows it

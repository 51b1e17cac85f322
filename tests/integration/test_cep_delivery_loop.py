"""The notification loop and the outbox's edges: wake on commit, per-channel rate limit, timeouts,
actions that no longer validate, deleted channels, and API MANAGER's `call_api` action end to end."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlmodel import Session, col, select

from services.cep import outbox
from services.cep.actions import validate_actions
from services.cep.channel_service import delete_channel
from services.cep.delivery_models import OutboxRow
from services.cep.notifications import stats
from services.core import settings_registry
from services.core.clock import utcnow
from services.core.errors import ValidationFailed
from services.core.security import SYSTEM
from tests.integration.cep_delivery_helpers import (
    PAYLOAD,
    Receiver,
    drain_until,
    fast_delivery_fixture,  # noqa: F401
    receiver_fixture,  # noqa: F401
    webhook_channel,
)

pytestmark = pytest.mark.usefixtures("fast_delivery")


def _rows(session: Session) -> list[OutboxRow]:
    session.expire_all()
    return list(session.exec(select(OutboxRow).order_by(col(OutboxRow.id))).all())


@pytest.fixture(name="running_loop")
def running_loop_fixture(fast_delivery: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The real lifespan task in a background event loop, with a 30 s tick: only a wake-up is fast."""
    monkeypatch.setenv("SPA_CEP_DRAIN_INTERVAL_SECONDS", "30")
    settings_registry.invalidate()
    stop = threading.Event()

    async def main() -> None:
        task = asyncio.create_task(outbox.notification_loop())
        while not stop.is_set():
            await asyncio.sleep(0.05)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    thread = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    thread.start()
    time.sleep(0.5)  # its first (empty) round is over; it now sleeps for the 30 s tick
    yield
    stop.set()
    thread.join(timeout=10)


@pytest.mark.usefixtures("running_loop")
def test_the_loop_delivers_as_soon_as_the_enqueue_commits(session: Session, receiver: Receiver) -> None:
    channel = webhook_channel(session, receiver.url)
    outbox.enqueue(
        session,
        actions=[{"kind": "notify", "params": {"channel_ids": [channel.id]}}],
        payload=PAYLOAD,
        dedup_key="w",
    )
    started = time.monotonic()
    session.commit()
    while not receiver.received and time.monotonic() - started < 5:
        time.sleep(0.02)
    assert receiver.received and receiver.received[0].at - started < 2.0


def test_per_channel_rate_limit_defers_without_spending_attempts(
    session: Session, receiver: Receiver
) -> None:
    channel = webhook_channel(session, receiver.url, rate_limit_per_minute=2)
    for n in range(5):
        outbox.enqueue(
            session,
            actions=[{"kind": "notify", "params": {"channel_ids": [channel.id]}}],
            payload={**PAYLOAD, "n": n},
            dedup_key=f"rl{n}",
        )
    session.commit()
    assert asyncio.run(outbox.drain_once()) == 2
    assert asyncio.run(outbox.drain_once()) == 0
    rows = _rows(session)
    assert [r.status for r in rows] == ["delivered"] * 2 + ["pending"] * 3
    assert all(r.attempts == 0 and r.next_attempt_at > utcnow() + timedelta(seconds=50) for r in rows[2:])  # type: ignore[operator]
    assert len(receiver.received) == 2
    depth = stats(session)
    assert depth["by_status"] == {"pending": 3, "sending": 0, "delivered": 2, "dead": 0}
    assert depth["oldest_due_age_s"] == 0.0  # deferred rows are not due yet


def test_a_timeout_is_retried_with_the_same_idempotency_key(
    session: Session, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPA_CEP_DELIVERY_TIMEOUT_SECONDS", "0.5")
    settings_registry.invalidate()
    channel = webhook_channel(session, receiver.url)
    receiver.delay_s = 1.0
    ids = outbox.enqueue(
        session,
        actions=[{"kind": "notify", "params": {"channel_ids": [channel.id]}}],
        payload=PAYLOAD,
        dedup_key="t",
    )
    session.commit()
    asyncio.run(outbox.drain_once())
    first = _rows(session)[0]
    assert first.status == "pending" and first.last_error_class == "timeout"
    receiver.delay_s = 0.0
    drain_until(lambda: _rows(session)[0].status == "delivered")
    assert {r.headers["Idempotency-Key"] for r in receiver.received} == {first.dedup_key} and ids == [
        first.id
    ]


def test_actions_that_no_longer_validate_become_dead_letters_not_errors(
    session: Session, receiver: Receiver
) -> None:
    live = webhook_channel(session, receiver.url, name="live")
    gone = webhook_channel(session, receiver.url, name="gone")
    assert gone.id is not None
    delete_channel(session, actor=SYSTEM, channel_id=gone.id)
    session.commit()
    actions = [
        {"kind": "page-the-cto", "params": {}},
        {"kind": "notify", "params": {"channel_ids": [live.id, gone.id]}},
        {"kind": "notify", "params": {"channel_ids": [999_999]}},
    ]
    ids = outbox.enqueue(session, actions=actions, payload=PAYLOAD, dedup_key="mixed")
    session.commit()  # the caller's transaction is never failed by its actions
    assert len(ids) == 4
    drain_until(lambda: all(r.status in ("delivered", "dead") for r in _rows(session)))
    outcome = [(r.action_kind, r.status, r.last_error_class) for r in _rows(session)]
    assert outcome == [
        ("page-the-cto", "dead", "config"),
        ("notify", "delivered", None),
        ("notify", "dead", "config"),
        ("notify", "dead", "config"),
    ]
    assert len(receiver.received) == 1
    # saving a rule is stricter: a deleted channel is refused by name
    with pytest.raises(ValidationFailed) as refused:
        validate_actions(session, [{"kind": "notify", "params": {"channel_ids": [live.id, gone.id]}}])
    assert refused.value.details["missing"] == [gone.id]


def test_call_api_action_runs_a_published_api(
    session: Session, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from services.api_manager import service as apis
    from services.api_manager.models import ApiCreate

    monkeypatch.setenv("SPA_API_HTTP_ALLOWED_NETWORKS", "127.0.0.1/32")
    settings_registry.invalidate()
    spec = {"method": "POST", "url": receiver.url, "json": {"ci": "{{params.ci}}"}}
    schema = {"type": "object", "properties": {"ci": {"type": "string"}}, "required": ["ci"]}
    body = ApiCreate(
        name="Open ticket", slug="open-ticket", logic_type="http", body=json.dumps(spec), params_schema=schema
    )
    api = apis.create_api(session, actor=SYSTEM, body=body)
    assert api.id is not None
    apis.publish(session, actor=SYSTEM, api_id=api.id, version=1)
    session.commit()
    action = {"kind": "call_api", "params": {"slug": "open-ticket", "params": {"ci": "{{ ci }}"}}}
    ids = outbox.enqueue(session, actions=[action], payload=PAYLOAD, dedup_key="api")
    session.commit()
    drain_until(lambda: _rows(session)[0].status in ("delivered", "dead"))
    row = _rows(session)[0]
    assert row.status == "delivered" and ids == [row.id], row.last_error
    assert [r.json() for r in receiver.received] == [{"ci": "web-01"}]

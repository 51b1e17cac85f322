"""CEP delivery page handlers: server-side permission checks, the channel form (secrets sent once and
cleared), send test, and the notification log with its filter and replay — real DB, real receiver."""

from __future__ import annotations

import asyncio
import json

import pytest
from sqlmodel import Session, select

from services.cep import outbox
from services.cep.delivery_models import Channel
from services.core.i18n import translate
from spa_ai.state.cep_delivery import ChannelsState, NotificationsState
from tests.integration.cep_delivery_helpers import (
    PAYLOAD,
    Receiver,
    drain_until,
    fast_delivery_fixture,  # noqa: F401
    receiver_fixture,  # noqa: F401
)
from tests.integration.ui_state_helpers import signed_in_root, substate, toasts

pytestmark = pytest.mark.usefixtures("fast_delivery")


async def test_viewer_sees_but_cannot_change(session: Session, receiver: Receiver) -> None:
    root = signed_in_root(session, "view", "viewer")
    state = substate(root, ChannelsState)
    await state.load()
    assert state.channels == [] and not state.error and not state.loading
    state.open_new()
    state.set_form_name("hook")
    state.set_form_config(json.dumps({"url": receiver.url}))
    assert await state.save() is None
    assert toasts(root) == [translate("common.forbidden", "ko")]
    assert session.exec(select(Channel)).all() == []


async def test_operator_creates_tests_and_edits_a_channel(session: Session, receiver: Receiver) -> None:
    root = signed_in_root(session, "ops", "operator")
    state = substate(root, ChannelsState)
    await state.load()
    state.open_new()
    assert state.secret_names == ["signing_secret", "authorization"]
    state.set_form_name("hook")
    state.set_form_config("{not json")
    await state.save()
    assert "config" in toasts(root)[-1] and state.form_open  # the form stays open with the text
    state.set_form_config(json.dumps({"url": receiver.url}))
    state.set_secret("signing_secret", "ui-Secret-Do-Not-Keep")
    await state.save()
    assert not state.form_open and state.secret_values == {"signing_secret": "", "authorization": ""}
    assert [c["name"] for c in state.channels] == ["hook"] and "ui-Secret" not in json.dumps(state.channels)
    channel_id = state.channels[0]["id"]
    await state.send_test(channel_id)
    assert state.last_test[channel_id].startswith("ok") and len(receiver.received) == 1
    assert receiver.received[0].headers["X-SPA-Signature"].startswith("sha256=")
    state.open_edit(channel_id)
    state.set_form_rate("5")
    await state.save()  # secrets left empty: the stored one is kept
    stored = session.exec(select(Channel)).one()
    session.refresh(stored)
    assert stored.rate_limit_per_minute == 5 and list(stored.secrets) == ["signing_secret"]
    await state.delete(channel_id)
    assert state.channels == []


async def test_notification_log_filters_shows_attempts_and_replays(
    session: Session, receiver: Receiver
) -> None:
    root = signed_in_root(session, "ops", "operator")
    channels = substate(root, ChannelsState)
    channels.open_new()
    channels.set_form_name("hook")
    channels.set_form_config(json.dumps({"url": receiver.url}))
    await channels.save()
    receiver.script = [(404, {})]
    channel_id = int(channels.channels[0]["id"])
    outbox.enqueue(
        session,
        actions=[{"kind": "notify", "params": {"channel_ids": [channel_id]}}],
        payload=PAYLOAD,
        dedup_key="ui",
    )
    session.commit()
    await asyncio.to_thread(drain_until, lambda: len(receiver.received) == 1)
    state = substate(root, NotificationsState)
    await state.load()
    assert [r["status"] for r in state.rows] == ["dead"] and state.rows[0]["summary"].startswith("High CPU")
    await state.filter_status("delivered")
    assert state.rows == [] and state.url_target.endswith("?status=delivered")
    await state.filter_status("dead")
    await state.select(state.rows[0]["id"])
    assert [a["error_class"] for a in state.attempts] == ["client"] and "web-01" in state.payload_text
    await state.replay(state.rows[0]["id"])
    assert state.rows == []  # back in the queue: no longer a dead letter
    await asyncio.to_thread(drain_until, lambda: len(receiver.received) == 2)
    await state.filter_status("delivered")
    assert len(state.rows) == 1

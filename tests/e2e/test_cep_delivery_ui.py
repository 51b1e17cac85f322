"""CEP delivery in a real browser: create a webhook channel, send a test that reaches a real receiver,
see a dead letter in the notification log and replay it (the app's own notification loop delivers).

Korean first (the default), then the pages in English.
"""

from __future__ import annotations

import json
import time

from playwright.sync_api import Page, expect
from sqlmodel import select

from services.cep import outbox
from services.cep.delivery_models import Channel
from services.core import settings_registry
from services.core.db import session_scope
from services.core.security import SYSTEM
from tests.e2e.conftest import RunningApp
from tests.e2e.helpers import expect_dashboard, new_user, no_horizontal_overflow, shot, sign_in
from tests.integration.cep_delivery_helpers import PAYLOAD, Receiver, receiver_fixture  # noqa: F401


def _wait(predicate, timeout_s: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_channels_send_test_and_replay_a_dead_letter(
    page: Page, app_session: None, running_app: RunningApp, receiver: Receiver
) -> None:
    with session_scope() as session:
        settings_registry.update(session, actor=SYSTEM, values={"cep_http_allowed_networks": "127.0.0.1/32"})
    allowed_at = time.monotonic()  # the app process sees the change once its settings cache expires
    operator = new_user("operator")
    sign_in(page, operator)
    expect_dashboard(page)
    page.goto("/cep/channels")
    expect(page.get_by_test_id("page-title")).to_have_text("알림 채널")
    expect(page.get_by_test_id("empty")).to_be_visible()

    name = f"hook-{int(time.time() * 1000) % 100000}"
    page.get_by_test_id("new-channel").click()
    page.get_by_test_id("channel-name").fill(name)
    page.get_by_test_id("channel-config").fill(json.dumps({"url": receiver.url}))
    page.get_by_test_id("channel-secret-signing_secret").fill("e2e-signing-secret")
    page.get_by_test_id("channel-save").click()
    row = page.get_by_test_id("channel-row").filter(has_text=name)
    expect(row).to_be_visible()
    expect(row.get_by_test_id("channel-state")).to_have_text("정상")
    assert "e2e-signing-secret" not in page.content()

    time.sleep(max(0.0, settings_registry.CACHE_TTL_S - (time.monotonic() - allowed_at)))
    row.get_by_test_id("channel-test").click()
    expect(row.get_by_test_id("channel-last-test")).to_contain_text("ok")
    assert receiver.received[0].headers["X-SPA-Signature"].startswith("sha256=")
    shot(page, "cep-channels-ko")
    no_horizontal_overflow(page)

    with session_scope() as session:
        channel = session.exec(select(Channel).where(Channel.name == name)).one()
        receiver.script = [(404, {})]
        outbox.enqueue(
            session,
            actions=[{"kind": "notify", "params": {"channel_ids": [channel.id]}}],
            payload=PAYLOAD,
            dedup_key=f"e2e-{name}",
        )
    _wait(lambda: len(receiver.received) == 2)  # the app's notification loop delivered (and got a 404)

    page.goto("/cep/notifications?status=dead")
    expect(page.get_by_test_id("page-title")).to_have_text("알림 기록")
    dead = page.get_by_test_id("notification-row").filter(has_text="High CPU")
    expect(dead.get_by_test_id("notification-status")).to_have_text("배달 불능")
    dead.get_by_test_id("notification-open").click()
    expect(page.get_by_test_id("attempt-row")).to_have_count(1)
    expect(page.get_by_test_id("attempt-row")).to_contain_text("client")
    shot(page, "cep-notifications-ko")
    dead.get_by_test_id("notification-replay").click()
    _wait(lambda: len(receiver.received) == 3)
    page.get_by_test_id("status-filter").get_by_role("radio", name="전달됨").click()
    expect(page.get_by_test_id("notification-row").filter(has_text="High CPU")).to_be_visible()
    assert page.url.endswith("?status=delivered")


def test_pages_in_english_for_a_viewer(page: Page, app_session: None, running_app: RunningApp) -> None:
    viewer = new_user("viewer", locale="en")
    sign_in(page, viewer)
    expect_dashboard(page)
    page.goto("/cep/channels")
    expect(page.get_by_test_id("page-title")).to_have_text("Notification channels")
    expect(page.get_by_test_id("new-channel")).to_have_count(0)  # viewers cannot add channels
    page.goto("/cep/notifications")
    expect(page.get_by_test_id("page-title")).to_have_text("Notification log")
    expect(page.get_by_test_id("notification-replay")).to_have_count(0)

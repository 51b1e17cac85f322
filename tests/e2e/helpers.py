"""Browser steps shared by e2e tests."""

from __future__ import annotations

import uuid

from playwright.sync_api import Page, expect

from services.admin.service import SYSTEM, create_user
from services.core.db import session_scope

PASSWORD = "e2e-passw0rd!"


def new_user(role: str, locale: str = "ko") -> str:
    """Create a user with a unique name in the app's database."""
    name = f"{role[:4]}-{uuid.uuid4().hex[:6]}"
    with session_scope() as session:
        create_user(session, actor=SYSTEM, username=name, password=PASSWORD, role=role, locale=locale)
    return name


def sign_in(page: Page, username: str, password: str = PASSWORD) -> None:
    page.goto("/login")
    page.get_by_test_id("login-username").fill(username)
    page.get_by_test_id("login-password").fill(password)
    page.get_by_test_id("login-submit").click()


def expect_dashboard(page: Page) -> None:
    expect(page.get_by_test_id("stat-db")).to_be_visible()

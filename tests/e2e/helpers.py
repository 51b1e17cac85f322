"""Browser steps shared by e2e tests."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect
from sqlalchemy import text
from sqlmodel import Session

from services.admin.service import create_user
from services.core.db import session_scope
from services.core.security import SYSTEM

PASSWORD = "e2e-passw0rd!"
SHOTS = os.environ.get("SPA_E2E_SHOTS")  # read at import: the test fixtures hide SPA_* variables


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
    expect(page.get_by_test_id("hydrated")).to_be_attached()


def replace_estate(load: Callable[[Session], object]) -> None:
    """Make `load` the app's only estate: e2e tests share one app database, and estates share CI names."""
    with session_scope() as session:
        session.execute(text("DELETE FROM cis"))  # relations, samples and events cascade
        report = load(session)
        assert getattr(report, "ok", True), report


def shot(page: Page, name: str, full_page: bool = True) -> None:
    """Save a screenshot to $SPA_E2E_SHOTS (a directory) when set, to look at the page as a user would."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=full_page)


def no_horizontal_overflow(page: Page) -> None:
    """The page is no wider than the viewport (wide tables scroll inside their own box)."""
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{page.url}: page is {widths[0]} px wide in a {widths[1]} px viewport"

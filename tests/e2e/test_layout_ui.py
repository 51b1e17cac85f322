"""The frame in a real browser: no page wider than a 768 px viewport (Korean and English), the sidebar
column as tall as the page, the favicon served and linked."""

from __future__ import annotations

import httpx
from playwright.sync_api import Page, expect

from services.core.clock import utcnow
from services.core.security import SYSTEM
from services.infra.demo import load_demo
from tests.e2e.conftest import RunningApp
from tests.e2e.helpers import (
    expect_dashboard,
    new_user,
    no_horizontal_overflow,
    replace_estate,
    shot,
    sign_in,
)

PAGES = (
    ("/", "stat-db"),
    ("/infra", "ci-row"),
    ("/infra/orders-db", "ci-name"),
    ("/infra/no-such-ci", "not-found"),
    ("/ops", "ops-input"),
    ("/ops/traces", "page-title"),
    ("/assets", "asset-row"),
    ("/admin", "user-row"),
    ("/admin/settings", "setting-row"),
    ("/admin/audit", "audit-row"),
    ("/admin/roles", "matrix-row"),
    ("/admin/monitor", "monitor-stat"),
    ("/account/password", "pw-submit"),
)


def test_no_page_is_wider_than_a_768_px_viewport(page: Page, app_session: None) -> None:
    replace_estate(lambda session: load_demo(session, actor=SYSTEM, end=utcnow(), days=1))
    sign_in(page, new_user("admin"))
    expect_dashboard(page)
    page.set_viewport_size({"width": 768, "height": 900})
    for lang in ("ko", "en"):
        for route, ready in PAGES:
            page.goto(route)
            expect(page.get_by_test_id(ready).first).to_be_visible()
            page.wait_for_timeout(300)  # charts and graphs lay out after their data arrives
            no_horizontal_overflow(page)
            shot(page, f"768-{lang}{route.replace('/', '_')}")
        page.goto("/")
        expect_dashboard(page)
        page.get_by_test_id("lang-toggle").click()
        # The toggle names the other language: Korean after switching to English, and back.
        expect(page.get_by_test_id("lang-toggle")).to_have_text("한국어" if lang == "ko" else "English")


def test_sidebar_runs_the_full_height_of_a_long_page(page: Page, app_session: None) -> None:
    replace_estate(lambda session: load_demo(session, actor=SYSTEM, end=utcnow(), days=1))
    sign_in(page, new_user("viewer"))
    expect_dashboard(page)
    page.set_viewport_size({"width": 1440, "height": 700})
    page.goto("/infra/orders-db")
    expect(page.get_by_test_id("event-row").first).to_be_visible()
    expect(page.locator("[data-testid=metric-chart] svg.main-svg").first).to_be_visible()
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height > 2 * 700  # a long page
    sidebar = page.get_by_test_id("sidebar").bounding_box()
    assert sidebar is not None and sidebar["height"] >= height - 1, (sidebar, height)
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    expect(page.get_by_test_id("nav-infra")).to_be_in_viewport()  # the links stay in view
    shot(page, "sidebar-1440-bottom", full_page=False)


def test_favicon_is_served_and_linked(page: Page, running_app: RunningApp) -> None:
    page.goto("/login")
    expect(page.locator("head link[rel=icon]")).to_have_attribute("href", "/favicon.svg")
    svg = httpx.get(f"{running_app.base_url}/favicon.svg")
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    ico = httpx.get(f"{running_app.base_url}/favicon.ico")
    assert ico.status_code == 200 and len(ico.content) > 100

"""API MANAGER in a real browser: create, validate, test, publish, call by slug with an API key, roll back.

Korean first (the default), then the same page in English.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
from playwright.sync_api import Page, expect

from services.admin.api_keys import create_api_key
from services.admin.models import User
from services.core.db import session_scope
from services.core.security import ROLE_PERMISSIONS, Principal
from services.infra.importer import import_path
from tests.e2e.conftest import RunningApp
from tests.e2e.helpers import expect_dashboard, new_user, replace_estate, sign_in

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "infra-small"
SHOTS = Path("/tmp")


def _key_for(username: str) -> str:
    from sqlmodel import select

    with session_scope() as session:
        user = session.exec(select(User).where(User.username == username)).one()
        assert user.id is not None
        actor = Principal(user.id, username, "admin", ROLE_PERMISSIONS["admin"])
        secret, _ = create_api_key(session, actor=actor, name="e2e caller", scopes=["apis:execute"])
    return secret


def _type_into_editor(page: Page, test_id: str, text: str) -> None:
    content = page.get_by_test_id(test_id).locator(".cm-content")
    content.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    content.fill(text)


def test_create_validate_test_publish_call_and_roll_back(
    page: Page, app_session: None, running_app: RunningApp
) -> None:
    replace_estate(lambda session: import_path(session, FIXTURE, actor=_system()))
    admin = new_user("admin")
    sign_in(page, admin)
    expect_dashboard(page)
    page.get_by_test_id("nav-apis").first.click()
    expect(page.get_by_test_id("page-title")).to_have_text("API 관리")

    slug = f"hosts-{uuid.uuid4().hex[:6]}"
    page.get_by_test_id("new-api").click()
    page.get_by_test_id("new-api-name").fill("Hosts by type")
    # The slug suggestion arrives from the server; type over it only once it is there (as a user would).
    expect(page.get_by_test_id("new-api-slug")).to_have_value("hosts-by-type")
    page.get_by_test_id("new-api-slug").fill(slug)
    expect(page.get_by_test_id("new-api-slug")).to_have_value(slug)
    page.get_by_test_id("create-api").click()
    expect(page.get_by_test_id("api-name")).to_have_text("Hosts by type")
    expect(page.get_by_test_id("published-badge")).to_have_text("미게시")

    # An unsafe edit is flagged at its position; the safe text validates clean.
    _type_into_editor(
        page, "logic-editor", "SELECT name FROM cis WHERE type = :type\n  AND pg_sleep(1) IS NULL"
    )
    page.get_by_test_id("validate").click()
    problem = page.get_by_test_id("problem-red").first
    expect(problem).to_contain_text("2:7")
    expect(problem).to_contain_text("pg_sleep")
    expect(page.get_by_test_id("logic-editor").locator(".cm-lintRange-error")).to_have_count(1)
    _type_into_editor(
        page, "logic-editor", "SELECT name, type FROM cis WHERE type = :type ORDER BY name LIMIT 50"
    )
    page.get_by_test_id("validate").click()
    expect(page.get_by_test_id("valid")).to_be_visible()

    # Test runner: run with the default parameters, keep it as a case, run all cases.
    page.get_by_test_id("tab-test").click()
    page.get_by_test_id("run").click()
    expect(page.get_by_test_id("result-status").first).to_have_text("ok")
    page.get_by_test_id("add-case").click()
    expect(page.get_by_test_id("case-row")).to_have_count(1)

    page.get_by_test_id("tab-editor").click()
    page.get_by_test_id("save-message").fill("hosts, alphabetical")
    page.get_by_test_id("save-publish").click()
    expect(page.get_by_test_id("published-badge")).to_contain_text("v2")
    page.get_by_test_id("tab-test").click()
    page.get_by_test_id("run-tests").click()
    expect(page.get_by_test_id("test-summary")).to_contain_text("1 ✓")
    page.screenshot(path=str(SHOTS / "e2e-api-test.png"), full_page=True)

    key = {"X-API-Key": _key_for(admin)}
    first = httpx.get(
        f"{running_app.base_url}/api/x/{slug}", params={"type": "host"}, headers=key, timeout=30
    )
    assert first.status_code == 200 and first.json()["row_count"] > 1 and first.json()["version"] == 2

    # A second version returns one row; rolling back to v2 makes a v4 equal to it.
    page.get_by_test_id("tab-editor").click()
    _type_into_editor(
        page, "logic-editor", "SELECT name, type FROM cis WHERE type = :type ORDER BY name LIMIT 1"
    )
    page.get_by_test_id("save-publish").click()
    expect(page.get_by_test_id("published-badge")).to_contain_text("v3")
    one = httpx.get(f"{running_app.base_url}/api/x/{slug}?type=host", headers=key, timeout=30).json()
    assert one["row_count"] == 1 and one["version"] == 3

    page.get_by_test_id("tab-versions").click()
    rows = page.get_by_test_id("version-row")
    expect(rows).to_have_count(3)
    page.get_by_test_id("show-diff").click()
    expect(page.get_by_test_id("diff-view")).to_contain_text("LIMIT 1")
    rows.filter(has_text="hosts, alphabetical").get_by_test_id("rollback-version").click()
    page.get_by_test_id("confirm").click()
    expect(page.get_by_test_id("published-badge")).to_contain_text("v4")
    again = httpx.get(f"{running_app.base_url}/api/x/{slug}?type=host", headers=key, timeout=30).json()
    assert again["version"] == 4 and again["row_count"] == first.json()["row_count"]

    page.get_by_test_id("tab-logs").click()
    expect(page.get_by_test_id("log-row").first).to_be_visible()
    expect(page.get_by_test_id("latency-chart")).to_be_visible()
    page.screenshot(path=str(SHOTS / "e2e-api-logs-ko.png"), full_page=True)

    # The same page in English.
    page.get_by_test_id("lang-toggle").click()
    expect(page.get_by_test_id("page-title")).to_have_text("API editor")
    expect(page.get_by_role("tab", name="Versions")).to_be_visible()
    page.get_by_test_id("tab-versions").click()
    expect(page.get_by_test_id("version-row")).to_have_count(4)
    page.set_viewport_size({"width": 768, "height": 1000})
    page.screenshot(path=str(SHOTS / "e2e-api-versions-en-768.png"), full_page=True)


def test_viewers_see_apis_but_cannot_create(page: Page, app_session: None) -> None:
    sign_in(page, new_user("viewer", locale="en"))
    expect_dashboard(page)
    page.get_by_test_id("nav-apis").first.click()
    expect(page.get_by_test_id("page-title")).to_have_text("API Manager")
    expect(page.get_by_test_id("api-row").first).to_be_visible()  # the API made by the test above
    expect(page.get_by_test_id("new-api")).to_have_count(0)


def _system() -> Principal:
    from services.core.security import SYSTEM

    return SYSTEM

"""Sign-in, lockout, sign-out, language persistence and role gating in a real browser."""

from playwright.sync_api import Browser, Page, expect
from sqlmodel import select

from services.admin.models import User
from services.core.db import session_scope
from tests.e2e.conftest import RunningApp
from tests.e2e.helpers import PASSWORD, expect_dashboard, new_user, sign_in


def test_login_success_lands_on_dashboard_with_live_health(page: Page, app_session: None) -> None:
    name = new_user("admin")
    sign_in(page, name)
    expect_dashboard(page)
    expect(page.get_by_test_id("stat-db")).to_have_text("정상")
    expect(page.get_by_test_id("stat-version")).to_have_text("0.1.0")
    expect(page.get_by_test_id("nav-admin")).to_be_visible()


def test_login_failure_shows_an_error_and_stays(page: Page, app_session: None) -> None:
    name = new_user("viewer")
    sign_in(page, name, "wrong-password")
    expect(page.get_by_test_id("login-error")).to_contain_text("올바르지 않습니다")
    assert page.url.endswith("/login") or page.url.endswith("/login/")


def test_lockout_after_five_failures(
    page: Page, browser: Browser, running_app: RunningApp, app_session: None
) -> None:
    name = new_user("viewer")
    for _ in range(4):
        sign_in(page, name, "wrong-password")
        expect(page.get_by_test_id("login-error")).to_contain_text("올바르지 않습니다")
    sign_in(page, name, "wrong-password")
    expect(page.get_by_test_id("login-error")).to_contain_text("15분")
    # The right password is refused while locked (from another tab: one tab may try only 5 times in 10 s).
    other = browser.new_context(base_url=running_app.base_url, locale="ko-KR").new_page()
    sign_in(other, name, PASSWORD)
    expect(other.get_by_test_id("login-error")).to_contain_text("15분")
    other.context.close()


def test_logout_returns_to_login_and_protects_pages(page: Page, app_session: None) -> None:
    sign_in(page, new_user("operator"))
    expect_dashboard(page)
    page.get_by_test_id("user-menu").click()
    page.get_by_test_id("logout").click()
    expect(page.get_by_test_id("login-submit")).to_be_visible()
    page.goto("/")
    expect(page.get_by_test_id("login-submit")).to_be_visible()


def test_language_toggle_persists_across_reload(page: Page, app_session: None) -> None:
    name = new_user("viewer")
    sign_in(page, name)
    expect(page.get_by_test_id("page-title")).to_have_text("시스템 현황")
    page.get_by_test_id("lang-toggle").click()
    expect(page.get_by_test_id("page-title")).to_have_text("System overview")
    page.reload()
    expect(page.get_by_test_id("page-title")).to_have_text("System overview")
    expect(page.get_by_test_id("stat-db")).to_have_text("OK")
    with session_scope() as session:
        assert session.exec(select(User).where(User.username == name)).one().locale == "en"


def test_viewer_is_refused_the_admin_page(page: Page, app_session: None) -> None:
    sign_in(page, new_user("viewer"))
    expect_dashboard(page)
    expect(page.get_by_test_id("nav-admin")).to_have_count(0)
    page.goto("/admin")
    expect(page.get_by_test_id("forbidden")).to_be_visible()
    expect(page.get_by_test_id("create-user")).to_have_count(0)


def test_admin_creates_a_user_in_the_admin_page(page: Page, app_session: None) -> None:
    sign_in(page, new_user("admin"))
    expect_dashboard(page)
    page.get_by_test_id("nav-admin").click()
    page.get_by_test_id("new-username").fill("created-in-ui")
    page.get_by_test_id("new-password").fill(PASSWORD)
    page.get_by_test_id("create-user").click()
    expect(page.get_by_test_id("user-row").filter(has_text="created-in-ui")).to_be_visible()
    with session_scope() as session:
        assert session.exec(select(User).where(User.username == "created-in-ui")).one().role == "viewer"

"""The admin pages and the account in a real browser: a new user, confirmations, no self-demotion, API keys
(everyone's on /admin, one's own from the user menu) with local times and last use, one-time passwords and
the forced password change; runtime settings saved all or nothing and reset,
and the change found in the audit viewer with its diff (Korean and English) and in the CSV export."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from pathlib import Path

from playwright.sync_api import Browser, Locator, Page, expect
from sqlalchemy import text
from sqlmodel import col, select

from services.admin import host_sampler
from services.admin.models import CustomRole, User
from services.admin.roles import role_names
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.models import AppSetting
from tests.e2e.conftest import RunningApp
from tests.e2e.helpers import PASSWORD, expect_dashboard, new_user, shot, sign_in

NEW_PASSWORD = "brand-new-passw0rd"


def _user(name: str) -> User:
    with session_scope() as session:
        user = session.exec(select(User).where(User.username == name)).one()
        session.expunge(user)
        return user


def test_admin_confirms_changes_and_cannot_demote_themself(page: Page, app_session: None) -> None:
    me = new_user("admin")
    sign_in(page, me)
    expect_dashboard(page)
    page.goto("/admin")

    # A new user from the add-user form (viewer by default).
    target = f"u{uuid.uuid4().hex[:8]}"
    page.get_by_test_id("new-username").fill(target)
    page.get_by_test_id("new-password").fill(NEW_PASSWORD)
    page.get_by_test_id("create-user").click()
    expect(page.get_by_test_id("user-row").filter(has_text=target)).to_be_visible()
    assert _user(target).role == "viewer" and _user(target).is_active
    own = page.get_by_test_id("user-row").filter(has_text=me)
    expect(own.get_by_test_id("you")).to_be_visible()
    expect(own.get_by_test_id("role-select")).to_have_count(0)
    expect(own.get_by_test_id("deactivate")).to_have_count(0)
    row = page.get_by_test_id("user-row").filter(has_text=target)

    # Deactivate asks first, naming the user; cancel changes nothing.
    row.get_by_test_id("deactivate").click()
    dialog = page.get_by_test_id("confirm-dialog")
    expect(dialog).to_contain_text(f"{target} 사용자를 비활성화할까요?")
    shot(page, "admin-confirm-deactivate-ko", full_page=False)
    dialog.get_by_test_id("cancel").click()
    assert _user(target).is_active
    row.get_by_test_id("deactivate").click()
    page.get_by_test_id("confirm-dialog").get_by_test_id("confirm").click()
    expect(row.get_by_test_id("activate")).to_be_visible()
    assert not _user(target).is_active

    # A role picked in the select waits for confirmation.
    row.get_by_test_id("role-select").click()
    page.get_by_role("option", name="operator", exact=True).click()
    dialog = page.get_by_test_id("confirm-dialog")
    expect(dialog).to_contain_text(f"{target}의 역할을 viewer에서 operator(으)로 바꿀까요?")
    dialog.get_by_test_id("cancel").click()
    expect(row.get_by_test_id("role-select")).to_have_text("viewer")
    assert _user(target).role == "viewer"
    row.get_by_test_id("role-select").click()
    page.get_by_role("option", name="operator", exact=True).click()
    page.get_by_test_id("confirm-dialog").get_by_test_id("confirm").click()
    expect(row.get_by_test_id("role-select")).to_have_text("operator")
    assert _user(target).role == "operator"

    # API keys: the prefix column has its own name, expiry in local time, revoke asks first.
    page.get_by_test_id("tab-keys").click()
    page.get_by_test_id("key-name").fill("e2e-key")
    page.get_by_placeholder("만료(일, 비우면 없음)").fill("30")
    page.get_by_role("checkbox", name="ops:ask").click()
    page.get_by_test_id("create-key").click()
    expect(page.get_by_test_id("key-secret")).to_be_visible()
    secret = page.get_by_test_id("key-secret").inner_text().strip()
    page.get_by_role("button", name="OK").click()
    headers = page.get_by_test_id("keys-table").locator("th").all_inner_texts()
    assert headers[:3] == ["키 이름", "키 접두사", "소유자"], headers
    key = page.get_by_test_id("key-row").filter(has_text="e2e-key")
    expect(key.get_by_test_id("key-expires")).to_have_text(re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$"))
    expect(key.get_by_test_id("key-last-used")).to_have_text("아직 사용 안 함")
    # A call with the key: the list shows when and from which address it was last used.
    assert page.request.get("/api/account/api-keys", headers={"X-API-Key": secret}).ok
    page.reload()
    page.get_by_test_id("tab-keys").click()
    expect(key.get_by_test_id("key-last-used")).to_have_text(
        re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s*127\.0\.0\.1$")
    )
    key.get_by_test_id("revoke").click()
    expect(page.get_by_test_id("confirm-dialog")).to_contain_text("'e2e-key'")
    page.get_by_test_id("confirm-dialog").get_by_test_id("confirm").click()
    expect(key).to_contain_text("폐기됨")
    shot(page, "admin-keys-ko")


def test_own_api_keys_from_the_user_menu(page: Page, app_session: None) -> None:
    """Any signed-in user: create a key with scopes and an expiry, copy the secret shown once, see its
    last use, revoke it; the page in English."""
    sign_in(page, new_user("operator"))
    expect_dashboard(page)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_test_id("user-menu").click()
    page.get_by_test_id("my-api-keys").click()
    expect(page.get_by_test_id("empty")).to_have_text("발급된 API 키가 없습니다.")
    page.get_by_test_id("key-name").fill("my-script")
    page.get_by_test_id("key-days").fill("7")
    page.get_by_role("checkbox", name="infra:read", exact=True).click()
    expect(page.get_by_role("checkbox", name="admin:users", exact=True)).to_have_count(0)  # not held
    page.get_by_test_id("create-key").click()
    secret = page.get_by_test_id("key-secret")
    expect(secret).to_be_visible()
    page.get_by_test_id("key-copy").click()
    expect(page.get_by_text("클립보드에 복사했습니다.")).to_be_visible()
    value = secret.inner_text().strip()
    page.get_by_test_id("key-done").click()
    expect(page.get_by_test_id("key-secret")).to_have_count(0)
    key = page.get_by_test_id("key-row").filter(has_text="my-script")
    expect(key).to_contain_text("infra:read")
    headers = page.get_by_test_id("keys-table").locator("th").all_inner_texts()
    assert "소유자" not in headers, headers  # own keys only: no owner column

    response = page.request.get("/api/infra/cis?limit=1", headers={"X-API-Key": value})
    assert response.ok, response.text()
    page.reload()
    expect(key.get_by_test_id("key-last-used")).to_contain_text("127.0.0.1")
    page.get_by_test_id("lang-toggle").click()
    expect(page.get_by_test_id("keys-table").locator("th").first).to_have_text("Key name")
    expect(page.get_by_test_id("create-key")).to_have_text("Create API key")
    key.get_by_test_id("revoke").click()
    page.get_by_test_id("confirm-dialog").get_by_test_id("confirm").click()
    expect(key).to_contain_text("Revoked")
    assert page.request.get("/api/infra/cis?limit=1", headers={"X-API-Key": value}).status == 401
    shot(page, "account-keys-en")


def test_reset_password_and_the_forced_change(
    page: Page, browser: Browser, running_app: RunningApp, app_session: None
) -> None:
    target = new_user("operator")
    sign_in(page, new_user("admin"))
    expect_dashboard(page)
    page.goto("/admin")
    row = page.get_by_test_id("user-row").filter(has_text=target)
    row.get_by_test_id("reset-password").click()
    expect(page.get_by_test_id("confirm-dialog")).to_contain_text(target)
    page.get_by_test_id("confirm-dialog").get_by_test_id("confirm").click()
    secret = page.get_by_test_id("one-time-password")
    expect(secret).to_be_visible()
    one_time = secret.inner_text().strip()
    expect(row.get_by_test_id("must-change")).to_be_visible()
    page.get_by_test_id("reset-done").click()
    expect(page.get_by_test_id("one-time-password")).to_have_count(0)

    other = browser.new_context(base_url=running_app.base_url, locale="ko-KR").new_page()
    sign_in(other, target, one_time)
    expect(other.get_by_test_id("pw-required")).to_be_visible()
    assert other.url.endswith("/account/password")
    other.goto("/infra")  # every page sends the user back until the password is changed
    expect(other.get_by_test_id("pw-required")).to_be_visible()
    shot(other, "account-forced-change-ko")
    other.get_by_test_id("pw-current_password").fill(one_time)
    other.get_by_test_id("pw-new_password").fill(NEW_PASSWORD)
    other.get_by_test_id("pw-confirm_password").fill(NEW_PASSWORD)
    other.get_by_test_id("pw-submit").click()
    expect_dashboard(other)
    assert not _user(target).must_change_password
    other.context.close()


def test_user_changes_own_password_from_the_menu(page: Page, app_session: None) -> None:
    name = new_user("viewer")
    sign_in(page, name)
    expect_dashboard(page)
    page.get_by_test_id("user-menu").click()
    page.get_by_test_id("change-password").click()
    dialog = page.get_by_test_id("pw-dialog")
    dialog.get_by_test_id("pw-current_password").fill("not-my-password")
    dialog.get_by_test_id("pw-new_password").fill(NEW_PASSWORD)
    dialog.get_by_test_id("pw-confirm_password").fill(NEW_PASSWORD)
    dialog.get_by_test_id("pw-submit").click()
    expect(dialog.get_by_test_id("pw-error")).to_have_text("현재 비밀번호가 올바르지 않습니다.")
    dialog.get_by_test_id("pw-current_password").fill(PASSWORD)
    dialog.get_by_test_id("pw-new_password").fill(NEW_PASSWORD)
    dialog.get_by_test_id("pw-confirm_password").fill(NEW_PASSWORD)
    dialog.get_by_test_id("pw-submit").click()
    expect(page.get_by_text("비밀번호를 변경했습니다.")).to_be_visible()
    expect(page.get_by_test_id("pw-dialog")).to_have_count(0)
    page.get_by_test_id("user-menu").click()
    page.get_by_test_id("logout").click()
    sign_in(page, name, NEW_PASSWORD)
    expect_dashboard(page)


def _role_names() -> list[str]:
    with session_scope() as session:
        return role_names(session)


def _stored_settings() -> dict[str, object]:
    with session_scope() as session:
        return {row.key: row.value for row in session.exec(select(AppSetting)).all()}


def _setting(page: Page, key: str) -> Locator:
    return page.locator(f'[data-testid="setting-row"][data-key="{key}"]')


def test_settings_saved_all_or_nothing_then_seen_in_the_audit_viewer(page: Page, app_session: None) -> None:
    keys = ("timezone", "auth_user_window_minutes")
    try:
        sign_in(page, new_user("admin"))
        expect_dashboard(page)
        page.goto("/admin/settings")
        expect(page.get_by_test_id("setting-category").first).to_be_visible()
        expect(_setting(page, "timezone").get_by_test_id("setting-source")).to_have_text("기본값")
        expect(_setting(page, "monitor_enabled").get_by_test_id("setting-source")).to_have_text("환경 변수")

        # One invalid value: nothing is stored and the message names the setting.
        _setting(page, "timezone").get_by_test_id("setting-input").fill("UTC")
        _setting(page, "auth_user_window_minutes").get_by_test_id("setting-input").fill("0")
        expect(_setting(page, "timezone").get_by_test_id("unsaved")).to_be_visible()
        page.get_by_test_id("settings-save").click()
        expect(
            page.get_by_text(re.compile("설정 'auth_user_window_minutes' 값이 올바르지 않습니다"))
        ).to_be_visible()
        assert not any(key in _stored_settings() for key in keys)

        _setting(page, "auth_user_window_minutes").get_by_test_id("setting-input").fill("30")
        expect(page.get_by_test_id("settings-save")).to_have_text("변경 사항 2개 저장")
        page.get_by_test_id("settings-save").click()
        expect(page.get_by_text("설정 2개를 저장했습니다.")).to_be_visible()
        for key in keys:
            expect(_setting(page, key).get_by_test_id("setting-source")).to_have_text("관리자 설정")
        assert _stored_settings()["timezone"] == "UTC"
        shot(page, "admin-settings-ko")

        # The change in the audit viewer, with its before/after diff; the same view in English; CSV export.
        page.goto("/admin/audit")
        page.get_by_test_id("audit-action").fill("settings.")
        page.get_by_test_id("audit-entity_id").fill("timezone")
        page.get_by_test_id("audit-search").click()
        expect(page.get_by_test_id("audit-row")).to_have_count(1)
        page.get_by_test_id("audit-diff-open").click()
        diff = page.get_by_test_id("audit-diff")
        expect(diff.get_by_test_id("diff-row")).to_have_count(1)
        expect(diff).to_contain_text("Asia/Seoul")
        expect(diff).to_contain_text("UTC")
        expect(diff).to_contain_text("변경")
        shot(page, "admin-audit-diff-ko", full_page=False)
        page.get_by_test_id("audit-diff-close").click()
        page.get_by_test_id("lang-toggle").click()
        page.get_by_test_id("audit-diff-open").click()
        expect(page.get_by_test_id("audit-diff")).to_contain_text("changed")
        page.get_by_test_id("audit-diff-close").click()
        with page.expect_download() as download:
            page.get_by_test_id("audit-export").click()
        text = Path(download.value.path()).read_text()
        assert text.startswith("id,ts,actor,action") and "settings.update" in text and "timezone" in text

        # Reset: the default applies again.
        page.goto("/admin/settings")
        for key in keys:
            _setting(page, key).get_by_test_id("setting-reset").click()
            expect(_setting(page, key).get_by_test_id("setting-source")).to_have_text("default")
        assert not any(key in _stored_settings() for key in keys)
    finally:
        with session_scope() as session:
            for row in session.exec(select(AppSetting).where(col(AppSetting.key).in_(keys))).all():
                session.delete(row)


def test_custom_role_matrix_sessions_and_monitor_backup(
    page: Page, browser: Browser, running_app: RunningApp, app_session: None
) -> None:
    admin = new_user("admin")
    target = new_user("viewer")
    role = f"r{uuid.uuid4().hex[:6]}"
    sign_in(page, admin)
    expect_dashboard(page)

    # A custom role from the matrix page, changed cell by cell.
    page.goto("/admin/roles")
    expect(page.get_by_test_id("role-column")).to_have_count(len(_role_names()))
    page.get_by_test_id("role-name").fill(role)
    page.get_by_role("checkbox", name="infra:read", exact=True).click()
    page.get_by_test_id("role-create").click()
    expect(page.get_by_text(f"역할 '{role}'을(를) 만들었습니다.")).to_be_visible()
    cell = page.locator(f'[data-testid="grant"][data-role="{role}"][data-permission="docs:read"]')
    expect(cell).not_to_be_checked()
    cell.click()
    expect(cell).to_be_checked()
    expect(
        page.locator('[data-testid="grant"][data-role="viewer"][data-permission="admin:users"]')
    ).to_be_disabled()
    shot(page, "admin-roles-ko")
    with session_scope() as session:
        stored = session.exec(select(CustomRole).where(CustomRole.name == role)).one()
        assert stored.permissions == ["docs:read", "infra:read"]

    # The target signs in elsewhere; the admin sees and ends that session.
    other = browser.new_context(base_url=running_app.base_url, locale="ko-KR").new_page()
    sign_in(other, target)
    expect_dashboard(other)
    page.goto("/admin")
    page.get_by_placeholder("검색").fill(target)
    page.get_by_placeholder("검색").press("Enter")
    expect(page.get_by_test_id("user-row")).to_have_count(1)
    row = page.get_by_test_id("user-row").filter(has_text=target)
    row.get_by_test_id("sessions").click()
    expect(page.get_by_test_id("session-row")).to_have_count(1)
    page.get_by_test_id("end-session").click()
    expect(page.get_by_test_id("empty")).to_be_visible()
    other.goto("/infra")
    expect(other.get_by_test_id("login-username")).to_be_visible()
    other.context.close()

    # The monitor page: a platform host's chart, platform and CEP scheduler figures, and a backup job
    # whose archive appears in the list.
    host = f"spa-ai-e2e-{uuid.uuid4().hex[:6]}"
    with session_scope() as session:
        host_sampler.ensure_catalog(session)
        for minutes in (10, 5, 0):
            values = {"cpu_usage": 20.0 + minutes, "memory_usage": 40.0, "disk_usage": 30.0}
            host_sampler.record(
                session, ci_name=host, values=values, at=utcnow() - timedelta(minutes=minutes)
            )
    try:
        page.goto("/admin/monitor")
        expect(page.get_by_test_id("monitor-host").filter(has_text=host)).to_be_visible()
        page.get_by_test_id("monitor-host").filter(has_text=host).get_by_role("button").click()
        expect(page.get_by_test_id("metric-chart").locator(".main-svg").first).to_be_visible()
    finally:
        with session_scope() as session:
            session.execute(text("DELETE FROM cis WHERE name = :n"), {"n": host})
    expect(page.get_by_test_id("monitor-stat")).to_have_count(11)
    expect(page.get_by_test_id("monitor-scheduler")).to_contain_text("CEP 스케줄러")
    page.get_by_test_id("backup-start").click()
    expect(page.get_by_test_id("backup-status")).to_be_visible()
    for _ in range(30):
        page.get_by_test_id("monitor-refresh").click()
        if page.get_by_test_id("backup-row").count():
            break
        page.wait_for_timeout(1000)
    expect(page.get_by_test_id("backup-row").first).to_be_visible()
    expect(page.get_by_test_id("backup-status")).to_contain_text("succeeded")
    with page.expect_download() as download:
        page.get_by_test_id("backup-download").first.click()
    assert download.value.suggested_filename.startswith("spa-backup-")
    page.get_by_test_id("lang-toggle").click()
    expect(page.get_by_text("Backups", exact=True)).to_be_visible()
    expect(page.get_by_test_id("monitor-scheduler")).to_contain_text("Notifications pending")
    shot(page, "admin-monitor-en")

"""Assets page in a real browser: edit the policy draft, publish, diff, roll back; viewers are refused."""

from playwright.sync_api import Page, expect

from services.asset_registry import cache, reads
from services.core.db import session_scope
from tests.e2e.helpers import expect_dashboard, new_user, sign_in


def _published_policy() -> dict:
    cache.invalidate()  # the app process published; this process may hold the previous content
    with session_scope() as session:
        return reads.published_content(session, "policy", "ops.policy")


def test_admin_edits_publishes_diffs_and_rolls_back_the_policy(page: Page, app_session: None) -> None:
    sign_in(page, new_user("admin"))
    expect_dashboard(page)
    page.get_by_test_id("nav-assets").click()
    expect(page.get_by_test_id("page-title")).to_have_text("에셋 레지스트리")
    page.get_by_test_id("asset-row").filter(has_text="ops.policy").click()
    expect(page.get_by_test_id("asset-name")).to_have_text("ops.policy")
    expect(page.get_by_test_id("version-content")).to_contain_text('"max_rows": 500')

    page.get_by_test_id("tab-edit").click()
    editor = page.get_by_test_id("draft-editor")
    expect(editor).to_contain_text('"max_rows": 500')
    original = editor.input_value()

    # Broken JSON: a toast explains, the text stays as typed.
    broken = original.replace('"max_rows": 500', '"max_rows": 250,,')
    editor.fill(broken)
    page.get_by_test_id("save-draft").click()
    expect(page.get_by_text("JSON 형식 오류")).to_be_visible()
    assert editor.input_value() == broken

    # Valid JSON, invalid policy: the validation message is shown, nothing is saved.
    editor.fill(original.replace('"max_rows": 500', '"max_rows": 0'))
    page.get_by_test_id("save-draft").click()
    expect(page.get_by_text("max_rows: Input should be greater than or equal to 1")).to_be_visible()
    assert '"max_rows": 0' in editor.input_value()

    editor.fill(original.replace('"max_rows": 500', '"max_rows": 250'))
    page.get_by_test_id("draft-note").fill("smaller result pages")
    page.get_by_test_id("save-draft").click()
    expect(page.get_by_text("초안을 저장했습니다.")).to_be_visible()
    page.get_by_test_id("publish-draft").click()
    expect(page.get_by_text("게시했습니다.")).to_be_visible()
    assert _published_policy()["max_rows"] == 250

    page.get_by_test_id("tab-versions").click()
    rows = page.get_by_test_id("version-row")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("v2")
    expect(rows.nth(0)).to_contain_text("게시됨")
    expect(rows.nth(0)).to_contain_text("smaller result pages")
    expect(rows.nth(1)).to_contain_text("보관됨")

    page.get_by_test_id("tab-diff").click()
    page.get_by_test_id("show-diff").click()
    diff = page.get_by_test_id("diff-view")
    expect(diff).to_contain_text('-  "max_rows": 500,')
    expect(diff).to_contain_text('+  "max_rows": 250,')
    expect(diff.locator(".diff-add")).to_have_count(1)
    expect(diff.locator(".diff-del")).to_have_count(1)

    page.get_by_test_id("tab-versions").click()
    rows.nth(1).get_by_test_id("rollback-version").click()
    expect(page.get_by_text("이전 내용이 새 버전으로 게시되었습니다")).to_be_visible()
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_contain_text("v3")
    expect(rows.nth(0)).to_contain_text("rollback to v1")
    assert _published_policy()["max_rows"] == 500


def test_viewer_is_refused_the_assets_page(page: Page, app_session: None) -> None:
    sign_in(page, new_user("viewer"))
    expect_dashboard(page)
    expect(page.get_by_test_id("nav-assets")).to_have_count(0)
    page.goto("/assets")
    expect(page.get_by_test_id("forbidden")).to_be_visible()
    expect(page.get_by_test_id("draft-editor")).to_have_count(0)

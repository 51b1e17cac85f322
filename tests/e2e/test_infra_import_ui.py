"""Infrastructure import in a real browser: an admin uploads a zip, follows the job, reads the report."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.helpers import expect_dashboard, new_user, replace_estate, sign_in

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "infra-small"
FILES = ("cis.csv", "relations.csv", "metrics.csv", "events.csv")


def test_admin_imports_a_zip_and_sees_the_report(page: Page, app_session: None, tmp_path: Path) -> None:
    replace_estate(lambda session: None)  # start from an empty CMDB
    archive = tmp_path / "infra-small.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in FILES:
            zf.write(SAMPLE / name, name)
    cis = sum(1 for _ in csv.DictReader((SAMPLE / "cis.csv").open()))

    sign_in(page, new_user("admin"))
    expect_dashboard(page)
    page.get_by_test_id("nav-infra").click()
    expect(page.get_by_test_id("import-panel")).to_be_visible()
    expect(page.get_by_test_id("ci-row")).to_have_count(0)

    page.locator("input[type=file]").set_input_files(str(archive))
    expect(page.get_by_test_id("import-selected")).to_have_text("infra-small.zip")
    page.get_by_test_id("import-start").click()

    expect(page.get_by_test_id("import-status")).to_have_text("가져오기 완료", timeout=60_000)
    expect(page.get_by_test_id("import-percent")).to_have_text("100%")
    expect(page.get_by_test_id("import-file-row")).to_have_count(4)
    first = page.get_by_test_id("import-file-row").first
    expect(first).to_contain_text("cis.csv")
    expect(first.get_by_test_id("import-accepted")).to_have_text(str(cis))
    expect(page.get_by_test_id("import-rejected")).to_have_text(["0"] * 4)
    expect(page.get_by_test_id("import-error")).to_have_count(0)
    # The CI list shows the imported estate without a reload.
    expect(page.get_by_test_id("ci-row").first).to_be_visible()


def test_viewer_sees_no_import_control(page: Page, app_session: None) -> None:
    sign_in(page, new_user("viewer"))
    expect_dashboard(page)
    page.get_by_test_id("nav-infra").click()
    expect(page.get_by_test_id("infra-search")).to_be_visible()
    expect(page.get_by_test_id("import-panel")).to_have_count(0)

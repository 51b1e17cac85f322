"""Infrastructure import in a real browser: an admin uploads a zip, follows the job, reads the report."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.helpers import expect_dashboard, new_user, replace_estate, shot, sign_in

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


def _zip(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return path


CIS_HEADER = "name,type,environment,owner,location,status,attributes\n"


def _import(page: Page, archive: Path) -> None:
    page.locator("input[type=file]").set_input_files(str(archive))
    expect(page.get_by_test_id("import-selected")).to_have_text(archive.name)
    page.get_by_test_id("import-start").click()


def test_import_outcomes_are_told_in_the_users_words(page: Page, app_session: None, tmp_path: Path) -> None:
    replace_estate(lambda session: None)
    sign_in(page, new_user("admin"))
    expect_dashboard(page)
    page.goto("/infra")
    expect(page.get_by_test_id("import-panel")).to_be_visible()
    expect(page.get_by_test_id("import-accepts")).to_contain_text("zip 파일 하나만")

    # Every row rejected: not a green "finished 100 %", but "nothing applied" in red with the reasons.
    rejected = "".join(f"bad-{i},mainframe,prod,team,seoul,active,{{}}\n" for i in range(5))
    _import(page, _zip(tmp_path / "all-bad.zip", {"cis.csv": CIS_HEADER + rejected}))
    status = page.get_by_test_id("import-status")
    expect(status).to_have_text("적용된 내용 없음", timeout=60_000)
    expect(status).to_have_attribute("data-outcome", "nothing")
    assert (
        "red" in (status.get_attribute("class") or "") or status.get_attribute("data-accent-color") == "red"
    )
    expect(page.get_by_test_id("import-percent")).to_have_count(0)
    expect(page.get_by_test_id("import-summary")).to_contain_text("'all-bad.zip'에서 적용된 내용이 없습니다")
    row = page.get_by_test_id("import-file-row")
    expect(row).to_contain_text("아니오")
    expect(row).to_contain_text("2행: ")
    expect(page.get_by_test_id("empty")).to_have_attribute("data-reason", "infra.no_cis")
    shot(page, "import-nothing-ko")

    # Not a zip at all: the user's file name and a reason, never the stored job id or an exception class.
    fake = tmp_path / "my-estate.zip"
    fake.write_text("name,type\nweb-01,host\n")
    _import(page, fake)
    expect(status).to_have_text("가져오기 실패", timeout=60_000)
    error = page.get_by_test_id("import-error")
    expect(error).to_contain_text("'my-estate.zip' 파일은 zip 압축 파일이 아닙니다")
    texts = error.inner_text() + page.get_by_test_id("import-summary").inner_text()
    assert "JobFailed" not in texts and not re.search(r"[0-9a-f]{32}", texts), texts
    for toast in page.locator("[data-sonner-toast]").all():
        assert "JobFailed" not in toast.inner_text()
    shot(page, "import-failed-ko")

    # A bare CSV is refused at once, naming the file and what to do instead.
    bare = tmp_path / "cis.csv"
    bare.write_text(CIS_HEADER)
    page.locator("input[type=file]").set_input_files(str(bare))
    expect(page.get_by_test_id("import-refused")).to_contain_text("'cis.csv' 파일은 가져올 수 없습니다")
    expect(page.get_by_test_id("import-refused")).to_contain_text("zip")
    expect(page.get_by_test_id("import-selected")).to_have_count(0)

    # In English: some files applied, some refused.
    page.get_by_test_id("lang-toggle").click()
    expect(page.get_by_test_id("page-title")).to_have_text("Infrastructure")
    good = CIS_HEADER + "web-01,host,prod,web,seoul,active,{}\napp-01,host,prod,app,seoul,active,{}\n"
    relations = "source,target,type\nweb-01,no-such-ci,DEPENDS_ON\n"
    _import(page, _zip(tmp_path / "half.zip", {"cis.csv": good, "relations.csv": relations}))
    expect(status).to_have_text("Partly applied", timeout=60_000)
    expect(status).to_have_attribute("data-outcome", "partial")
    summary = page.get_by_test_id("import-summary")
    expect(summary).to_contain_text("Applied: cis.csv. Not applied because of rejected rows: relations.csv")
    expect(status).to_have_attribute("data-accent-color", "amber")
    expect(page.get_by_test_id("ci-row")).to_have_count(2)
    shot(page, "import-partial-en")

"""DOCS in a real browser: several formats dropped at once ingest with visible status, a bad file fails
alone with its reason, and the three search modes find a Korean runbook (with per-arm ranks)."""

from __future__ import annotations

import shutil
from pathlib import Path

from docx import Document as DocxDocument
from openpyxl import Workbook
from PIL import Image, ImageDraw, ImageFont
from playwright.sync_api import Page, expect

from tests.e2e.helpers import expect_dashboard, new_user, shot, sign_in

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "docs-public"
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def _files(folder: Path) -> list[Path]:
    """A Markdown runbook from the public set, a DOCX, an XLSX, a Korean PNG and a corrupt 'PDF'."""
    markdown = folder / "vault-sealed-unseal-procedure.md"
    shutil.copy(FIXTURES / markdown.name, markdown)

    docx = folder / "db-failover.docx"
    document = DocxDocument()
    document.add_heading("DB 장애 조치 절차", level=1)
    document.add_paragraph(
        "primary 가 응답하지 않으면 replica 를 승격하고 애플리케이션 연결 문자열을 바꾼다."
    )
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "단계", "명령"
    table.cell(1, 0).text, table.cell(1, 1).text = "승격", "pg_ctl promote"
    document.save(str(docx))

    xlsx = folder / "oncall-contacts.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "contacts"
    sheet.append(["team", "primary", "phone"])
    sheet.append(["database", "kim", "010-0000-0001"])
    sheet.append(["network", "lee", "010-0000-0002"])
    workbook.save(str(xlsx))

    png = folder / "disk-alert.png"
    image = Image.new("RGB", (900, 160), "white")
    ImageDraw.Draw(image).text(
        (20, 50),
        "디스크 사용률 경고 disk usage alert",
        fill="black",
        font=ImageFont.truetype(str(NOTO_CJK), 40),
    )
    image.save(png)

    corrupt = folder / "broken.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a real pdf\n")
    return [markdown, docx, xlsx, png, corrupt]


def test_upload_several_formats_and_search_every_mode(page: Page, app_session: None, tmp_path: Path) -> None:
    sign_in(page, new_user("operator"))
    expect_dashboard(page)
    page.goto("/documents")
    expect(page.get_by_test_id("page-title")).to_have_text("문서")

    files = _files(tmp_path)
    page.get_by_test_id("docs-drop").locator("input[type=file]").set_input_files([str(f) for f in files])
    page.get_by_test_id("docs-upload").click()
    results = page.get_by_test_id("docs-upload-result")
    expect(results).to_have_count(len(files), timeout=60_000)

    rows = page.get_by_test_id("doc-row")
    for good in files[:-1]:
        row = rows.filter(has_text=good.name)
        expect(row.get_by_test_id("doc-status")).to_contain_text("완료", timeout=180_000)
    broken = rows.filter(has_text="broken.pdf")
    expect(broken.get_by_test_id("doc-status")).to_contain_text("실패", timeout=60_000)
    expect(broken.get_by_test_id("doc-error")).to_contain_text("PDF가 손상되어 읽을 수 없습니다")
    shot(page, "docs-uploaded-ko")

    # The OCR'd image is searchable by its Korean text; the runbook by Korean and English queries.
    page.goto("/search")
    for mode, query, expected in (
        ("mode-text", "디스크 사용률", "disk-alert.png"),
        ("mode-vector", "how to unseal vault", "vault-sealed-unseal-procedure.md"),
        ("mode-hybrid", "볼트 봉인 해제", "vault-sealed-unseal-procedure.md"),
        ("mode-hybrid", "replica 승격", "db-failover.docx"),
    ):
        page.get_by_test_id(mode).click()
        page.get_by_test_id("search-query").fill(query)
        page.get_by_test_id("search-run").click()
        first = page.get_by_test_id("search-hit").first
        expect(first).to_contain_text(expected, timeout=30_000)
    expect(page.get_by_test_id("search-hit").first.get_by_test_id("rank-text")).to_be_visible()
    expect(page.get_by_test_id("search-hit").first.get_by_test_id("rank-vector")).to_be_visible()
    shot(page, "docs-search-hybrid-ko")

    # The hit opens the document with its chunks.
    page.get_by_test_id("search-hit-link").first.click()
    expect(page.get_by_test_id("doc-title")).to_be_visible()
    expect(page.get_by_test_id("doc-chunk").first).to_be_visible()

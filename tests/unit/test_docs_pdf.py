"""PDF extraction (PDFium): text per page, a page without a text layer read by real Tesseract, and
damaged or too long files refused with their reason's i18n key (encrypted ones: test_docs_bad_input)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from services.documents.extract import ExtractionFailed, Limits, extract

NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def _pdf(pages: list[str | bytes]) -> bytes:
    """A PDF whose pages are Helvetica text lines (str) or one full-page JPEG each (bytes)."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for page in pages:
        if isinstance(page, str):
            lines = "".join(f"({line}) Tj 0 -16 Td " for line in page.split("\n"))
            content = f"BT /F1 12 Tf 50 780 Td {lines}ET".encode()
            resources = b"<< /Font << /F1 3 0 R >> >>"
        else:
            width, height = Image.open(io.BytesIO(page)).size
            objects.append(
                b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n%s\nendstream"
                % (width, height, len(page), page)
            )
            content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
            resources = b"<< /XObject << /Im0 %d 0 R >> >>" % len(objects)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>"
            % (resources, len(objects))
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _scanned_page(text: str) -> bytes:
    image = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
    ImageDraw.Draw(image).text((100, 200), text, fill=0, font=ImageFont.truetype(NOTO_CJK, 56, index=1))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()


def test_text_pages_keep_their_page_and_a_page_without_text_goes_to_ocr(tmp_path: Path) -> None:
    path = tmp_path / "runbook.pdf"
    path.write_bytes(
        _pdf(
            [
                "Disk cleanup runbook\nRotate the logs when usage passes 90 percent.\n\nThen restart the agent.",
                _scanned_page("디스크 정리 절차 disk cleanup"),
                "Appendix: escalation contacts for the storage team.",
            ]
        )
    )
    seen: list[tuple[int, int]] = []
    extracted = extract(path, "pdf", Limits(), on_ocr_page=lambda i, n: seen.append((i, n)))
    assert extracted.pages == 3 and extracted.ocr_pages == 1
    by_page: dict[int, list[str]] = {}
    for block in extracted.blocks:
        by_page.setdefault(block.meta["page"], []).append(block.text)
    assert "Rotate the logs when usage passes 90 percent." in "\n".join(by_page[1])
    assert "escalation contacts" in "\n".join(by_page[3])
    assert "디스크" in "\n".join(by_page[2]) and "cleanup" in "\n".join(by_page[2])
    assert [b.meta["ocr"] for b in extracted.blocks if b.meta["page"] == 2] == [True]
    assert seen == [(0, 1), (1, 1)]


def test_a_damaged_pdf_fails_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage" * 10)
    with pytest.raises(ExtractionFailed) as failed:
        extract(path, "pdf", Limits())
    assert failed.value.key == "docs_pdf_damaged" and "damaged" in failed.value.reason
    assert failed.value.params["detail"]  # PDFium's own words


def test_page_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(_pdf(["one page of text, long enough to count"] * 3))
    with pytest.raises(ExtractionFailed) as failed:
        extract(path, "pdf", Limits(max_pages=2))
    assert failed.value.key == "docs_pdf_too_many_pages" and failed.value.params == {"pages": 3, "limit": 2}

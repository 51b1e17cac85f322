"""PDF through PDFium (pypdfium2), page by page; a page without a text layer is rendered and read by OCR.

PDFium rather than pypdf: on the bench's 83-page Chromium-printed Korean/English runbook pypdf
extracted 5.2 pages per CPU-second (its pure-Python content-stream parser and per-page font decoding),
PDFium 65 (README, DOCS). Encrypted PDFs (unless readable with the empty password) and corrupt files
fail with a clear reason. PDFium is not thread-safe: every call into it holds `_PDFIUM`.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from services.documents.extract import Block, Extracted, ExtractionFailed, Limits, OcrProgress, image

MIN_TEXT_CHARS = 20  # a page with less text than this is treated as scanned
OCR_DPI = 200
_PDFIUM = threading.Lock()
# PDFium's text: CRLF line ends, U+0002 for a hyphen it joined at a line end, U+FFFE for a soft hyphen
_CLEAN = str.maketrans({"\r": None, "\x02": "-", "\ufffe": "-", "\x00": None})


def read(path: Path, limits: Limits, progress: OcrProgress) -> Extracted:
    import pypdfium2 as pdfium

    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            if getattr(exc, "err_code", None) in (pdfium.raw.FPDF_ERR_PASSWORD, pdfium.raw.FPDF_ERR_SECURITY):
                raise ExtractionFailed("docs_pdf_encrypted") from exc
            raise ExtractionFailed("docs_pdf_damaged", detail=str(exc)) from exc
    try:
        return _read_pages(document, limits, progress)
    finally:
        with _PDFIUM:
            document.close()


def _read_pages(document: Any, limits: Limits, progress: OcrProgress) -> Extracted:
    with _PDFIUM:
        count = len(document)
    if count == 0:
        raise ExtractionFailed("docs_pdf_no_pages")
    if count > limits.max_pages:
        raise ExtractionFailed("docs_pdf_too_many_pages", pages=count, limit=limits.max_pages)
    texts: list[str] = []
    scanned: list[int] = []
    chars = 0
    for number in range(1, count + 1):
        text = _page_text(document, number)
        chars += len(text)
        if chars > limits.max_chars:
            raise ExtractionFailed("docs_too_many_chars", limit=f"{limits.max_chars:,}")
        texts.append(text)
        if len(text.strip()) < MIN_TEXT_CHARS:
            scanned.append(number)
    if scanned:
        image.ensure_tesseract()
    for done, number in enumerate(scanned):
        progress(done, len(scanned))
        texts[number - 1] = image.ocr(_render(document, number, limits))
    if scanned:
        progress(len(scanned), len(scanned))
    blocks: list[Block] = []
    for number, text in enumerate(texts, start=1):
        for paragraph in _paragraphs(text):
            blocks.append(Block("paragraph", paragraph, meta={"page": number, "ocr": number in scanned}))
    if not blocks:
        raise ExtractionFailed("docs_pdf_no_text")
    return Extracted(blocks=blocks, pages=count, ocr_pages=len(scanned))


def _page_text(document: Any, number: int) -> str:
    import pypdfium2 as pdfium

    with _PDFIUM:
        try:
            page = document[number - 1]
            try:
                textpage = page.get_textpage()
                text = str(textpage.get_text_bounded())
                textpage.close()
            finally:
                page.close()
        except pdfium.PdfiumError as exc:
            raise ExtractionFailed("docs_pdf_page_unreadable", page=number, detail=str(exc)) from exc
    return text.translate(_CLEAN)


def _render(document: Any, number: int, limits: Limits) -> Any:
    """Page `number` as a grayscale image at OCR_DPI (less if that would pass the pixel limit)."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        try:
            page = document[number - 1]
            try:
                width, height = page.get_size()  # points, 1/72 inch
                scale = min(OCR_DPI / 72, (limits.max_pixels / max(width * height, 1.0)) ** 0.5)
                bitmap = page.render(scale=scale, grayscale=True)
                picture = bitmap.to_pil()
                bitmap.close()
            finally:
                page.close()
        except pdfium.PdfiumError as exc:
            raise ExtractionFailed(
                "docs_pdf_page_unreadable", stage="ocr", page=number, detail=str(exc)
            ) from exc
    return picture


def _paragraphs(text: str) -> list[str]:
    """Paragraphs of a page: blank lines separate them; single line breaks inside are kept."""
    out, current = [], []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            out.append("\n".join(current))
            current = []
    if current:
        out.append("\n".join(current))
    return out

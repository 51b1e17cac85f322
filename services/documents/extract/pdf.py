"""PDF through pypdf, page by page; a page without a text layer is read by OCR from its images.

Encrypted PDFs (unless readable with the empty password) and corrupt files fail with a clear reason.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from services.documents.extract import Block, Extracted, ExtractionFailed, Limits, OcrProgress, image

MIN_TEXT_CHARS = 20  # a page with less text than this is treated as scanned
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read(path: Path, limits: Limits, progress: OcrProgress) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:
                raise ExtractionFailed(f"the PDF is encrypted and cannot be opened ({exc})") from exc
            if not opened:
                raise ExtractionFailed("the PDF is password-protected; upload an unprotected copy")
        count = len(reader.pages)
    except ExtractionFailed:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise ExtractionFailed(
            f"the PDF is damaged and cannot be read ({type(exc).__name__}: {exc})"
        ) from exc
    if count == 0:
        raise ExtractionFailed("the PDF has no pages")
    if count > limits.max_pages:
        raise ExtractionFailed(f"the PDF has {count} pages; the limit is {limits.max_pages}")
    texts: list[str] = []
    scanned: list[int] = []
    chars = 0
    for number, page in enumerate(reader.pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception as exc:
            raise ExtractionFailed(f"page {number} of the PDF cannot be read ({type(exc).__name__})") from exc
        chars += len(text)
        if chars > limits.max_chars:
            raise ExtractionFailed(f"the PDF has more than {limits.max_chars:,} characters of text")
        texts.append(text)
        if len(text.strip()) < MIN_TEXT_CHARS:
            scanned.append(number)
    if scanned:
        image.ensure_tesseract()
    for done, number in enumerate(scanned):
        progress(done, len(scanned))
        texts[number - 1] = _ocr_page(reader.pages[number - 1], limits)
    if scanned:
        progress(len(scanned), len(scanned))
    blocks: list[Block] = []
    for number, text in enumerate(texts, start=1):
        for paragraph in _paragraphs(text):
            blocks.append(Block("paragraph", paragraph, meta={"page": number, "ocr": number in scanned}))
    if not blocks:
        raise ExtractionFailed("the PDF contains no text, and OCR found none on its pages")
    return Extracted(blocks=blocks, pages=count, ocr_pages=len(scanned))


def _ocr_page(page, limits: Limits) -> str:
    parts = []
    try:
        images = list(page.images)
    except Exception as exc:
        raise ExtractionFailed(
            f"the images of a scanned page cannot be read ({type(exc).__name__})", "ocr"
        ) from exc
    for picture in images[:20]:
        parts.append(image.ocr(image.open_image(io.BytesIO(picture.data), limits)))
    return "\n\n".join(p for p in parts if p)


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

"""Images (PNG, JPEG) and scanned pages through Tesseract (`kor+eng`), with a pixel limit checked
before decoding. A missing Tesseract (or its Korean data) fails the document with how to install it."""

from __future__ import annotations

import os
import shutil
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

from services.documents.extract import Block, Extracted, ExtractionFailed, Limits, OcrProgress

LANGS = "kor+eng"
OCR_TIMEOUT_S = 120


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    import pytesseract

    return frozenset(pytesseract.get_languages(config=""))


def ensure_tesseract() -> None:
    """Raise ExtractionFailed (stage ocr) unless Tesseract with Korean and English data is installed."""
    if shutil.which("tesseract") is None:
        _languages.cache_clear()
        raise ExtractionFailed("docs_ocr_unavailable", stage="ocr", detail="")
    try:
        missing = {"kor", "eng"} - _languages()
    except Exception as exc:
        raise ExtractionFailed("docs_ocr_unavailable", stage="ocr", detail=f" ({exc})") from exc
    if missing:
        _languages.cache_clear()
        detail = f" (language data missing: {', '.join(sorted(missing))})"
        raise ExtractionFailed("docs_ocr_unavailable", stage="ocr", detail=detail)


def open_image(source: Any, limits: Limits) -> Any:
    """A PIL image whose size was checked against `limits.max_pixels` before its pixels are decoded."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(source)
            width, height = image.size
            if width * height > limits.max_pixels:
                raise ExtractionFailed(
                    "docs_image_too_many_pixels", width=width, height=height, limit=f"{limits.max_pixels:,}"
                )
            image.load()
    except ExtractionFailed:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ExtractionFailed("docs_image_bomb", detail=str(exc)) from exc
    except Exception as exc:
        raise ExtractionFailed("docs_image_undecodable", detail=f"{type(exc).__name__}: {exc}") from exc
    return image


def ocr(image: Any) -> str:
    """Text of an image (Korean and English)."""
    import pytesseract

    ensure_tesseract()
    # Tesseract's OpenMP threads spin for each other on a busy 2-core host: one thread read a half page
    # in 13.7 s (2.8 CPU-s), four in 50.8 s (11 CPU-s). pytesseract passes os.environ to its child.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    try:
        return str(pytesseract.image_to_string(image, lang=LANGS, timeout=OCR_TIMEOUT_S)).strip()
    except RuntimeError as exc:  # pytesseract's timeout
        raise ExtractionFailed("docs_ocr_timeout", stage="ocr", seconds=OCR_TIMEOUT_S) from exc
    except pytesseract.TesseractError as exc:
        raise ExtractionFailed("docs_ocr_failed", stage="ocr", detail=str(exc)) from exc


def read(path: Path, limits: Limits, progress: OcrProgress) -> Extracted:
    image = open_image(path, limits)
    ensure_tesseract()
    progress(0, 1)
    text = ocr(image)
    progress(1, 1)
    block = Block("image", text, meta={"page": 1, "ocr": True})  # the caption (file name) is set by ingest
    return Extracted(blocks=[block], pages=1, ocr_pages=1)

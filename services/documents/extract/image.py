"""Images (PNG, JPEG) and scanned pages through Tesseract (`kor+eng`), with a pixel limit checked
before decoding. A missing Tesseract (or its Korean data) fails the document with how to install it."""

from __future__ import annotations

import shutil
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

from services.documents.extract import Block, Extracted, ExtractionFailed, Limits, OcrProgress

LANGS = "kor+eng"
OCR_HINT = (
    "Tesseract OCR is not available on this server: install the Debian packages "
    "'tesseract-ocr tesseract-ocr-kor' (make system-deps) and retry the document"
)


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    import pytesseract

    return frozenset(pytesseract.get_languages(config=""))


def ensure_tesseract() -> None:
    """Raise ExtractionFailed (stage ocr) unless Tesseract with Korean and English data is installed."""
    if shutil.which("tesseract") is None:
        _languages.cache_clear()
        raise ExtractionFailed(OCR_HINT, stage="ocr")
    try:
        missing = {"kor", "eng"} - _languages()
    except Exception as exc:
        raise ExtractionFailed(f"{OCR_HINT} ({exc})", stage="ocr") from exc
    if missing:
        _languages.cache_clear()
        raise ExtractionFailed(
            f"{OCR_HINT}: language data missing for {', '.join(sorted(missing))}", stage="ocr"
        )


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
                    f"the image is {width}×{height} pixels; the limit is {limits.max_pixels:,} pixels"
                )
            image.load()
    except ExtractionFailed:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ExtractionFailed(f"the image is too large to decode safely ({exc})") from exc
    except Exception as exc:
        raise ExtractionFailed(f"the image cannot be decoded ({type(exc).__name__}: {exc})") from exc
    return image


def ocr(image: Any) -> str:
    """Text of an image (Korean and English)."""
    import pytesseract

    ensure_tesseract()
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    try:
        return str(pytesseract.image_to_string(image, lang=LANGS, timeout=120)).strip()
    except RuntimeError as exc:  # pytesseract's timeout
        raise ExtractionFailed(f"OCR took longer than 120 s on one image ({exc})", stage="ocr") from exc
    except pytesseract.TesseractError as exc:
        raise ExtractionFailed(f"Tesseract could not read the image: {exc}", stage="ocr") from exc


def read(path: Path, limits: Limits, progress: OcrProgress) -> Extracted:
    image = open_image(path, limits)
    ensure_tesseract()
    progress(0, 1)
    text = ocr(image)
    progress(1, 1)
    block = Block("image", text, meta={"page": 1, "ocr": True})  # the caption (file name) is set by ingest
    return Extracted(blocks=[block], pages=1, ocr_pages=1)

"""Text and structure out of an uploaded file: a list of blocks (heading, paragraph, table, image text).

`extract(path, kind, limits, on_ocr_page)` dispatches on the sniffed kind. Every reader is bounded
(`Limits`: pages, decompressed size of office containers, image pixels, characters) and raises
`ExtractionFailed` with a reason a user can act on; nothing else escapes for a bad file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.documents.strings import STRINGS


class ExtractionFailed(Exception):
    """The file cannot be read: `key` + `params` name the `errors.<key>` string that says why in the
    user's language (services/documents/strings.py), `reason` is its English text, `stage` where."""

    def __init__(self, key: str, stage: str = "extracting", **params: Any) -> None:
        self.key, self.params, self.stage = key, params, stage
        self.reason = STRINGS[f"errors.{key}"]["en"].format(**params)
        super().__init__(self.reason)


@dataclass
class Block:
    """One structural piece of a document."""

    kind: str  # heading | paragraph | table | image
    text: str = ""
    level: int = 0  # headings: 1..6
    rows: list[list[str]] = field(default_factory=list)  # tables: first row is the header
    meta: dict[str, Any] = field(default_factory=dict)  # page, sheet, slide, table_id, caption


@dataclass
class Extracted:
    blocks: list[Block]
    pages: int = 1
    ocr_pages: int = 0


@dataclass(frozen=True)
class Limits:
    max_pages: int = 2000
    max_unzipped_bytes: int = 300 * 1024**2
    max_zip_ratio: int = 200
    max_zip_members: int = 10000
    max_pixels: int = 40_000_000
    max_chars: int = 20_000_000


OcrProgress = Callable[[int, int], None]


def extract(path: Path, kind: str, limits: Limits, on_ocr_page: OcrProgress | None = None) -> Extracted:
    """Blocks of the file at `path` of sniffed `kind`."""
    from services.documents.extract import image, office, pdf, text

    progress = on_ocr_page or (lambda _i, _n: None)
    if kind in ("txt", "md"):
        return text.read(path, kind, limits)
    if kind == "pdf":
        return pdf.read(path, limits, progress)
    if kind in ("docx", "xlsx", "pptx"):
        return office.read(path, kind, limits)
    if kind in ("png", "jpeg"):
        return image.read(path, limits, progress)
    raise ExtractionFailed("docs_unsupported_kind", kind=kind)

"""DOCX (headings, paragraphs, tables in order), XLSX (each sheet a table), PPTX (slides, tables, notes).

The zip container is checked before any XML is parsed: member count, total decompressed size and the
compression ratio are bounded, so a zip bomb renamed .docx fails with a reason instead of filling memory.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from services.documents.extract import Block, Extracted, ExtractionFailed, Limits

MIB = 1024**2


def check_container(path: Path, limits: Limits) -> None:
    """Refuse zip bombs and damaged containers before parsing."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise ExtractionFailed("docs_office_invalid", detail=str(exc)) from exc
    if len(members) > limits.max_zip_members:
        raise ExtractionFailed(
            "docs_office_too_many_parts", parts=f"{len(members):,}", limit=f"{limits.max_zip_members:,}"
        )
    total = sum(m.file_size for m in members)
    if total > limits.max_unzipped_bytes:
        raise ExtractionFailed(
            "docs_office_too_large",
            size=f"{total / MIB:,.0f}",
            limit=f"{limits.max_unzipped_bytes / MIB:,.0f}",
        )
    for member in members:
        if member.file_size > MIB and member.file_size > limits.max_zip_ratio * max(member.compress_size, 1):
            raise ExtractionFailed(
                "docs_office_ratio",
                part=member.filename[:80],
                ratio=f"{member.file_size // max(member.compress_size, 1):,}",
                limit=limits.max_zip_ratio,
            )


def read(path: Path, kind: str, limits: Limits) -> Extracted:
    check_container(path, limits)
    reader = {"docx": _docx, "xlsx": _xlsx, "pptx": _pptx}[kind]
    try:
        extracted = reader(path, limits)
    except ExtractionFailed:
        raise
    except Exception as exc:
        raise ExtractionFailed(
            "docs_office_damaged", kind=kind.upper(), detail=f"{type(exc).__name__}: {exc}"[:400]
        ) from exc
    if not any(b.text.strip() or b.rows for b in extracted.blocks):
        raise ExtractionFailed("docs_office_no_text", kind=kind.upper())
    return extracted


class _Budget:
    def __init__(self, limits: Limits) -> None:
        self.limit = self.left = limits.max_chars

    def take(self, text: str) -> str:
        self.left -= len(text)
        if self.left < 0:
            raise ExtractionFailed("docs_too_many_chars", limit=f"{self.limit:,}")
        return text


def _docx(path: Path, limits: Limits) -> Extracted:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    budget = _Budget(limits)
    blocks: list[Block] = []
    tables = 0
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            text = budget.take(paragraph.text.strip())
            if not text:
                continue
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            level = _heading_level(style)
            blocks.append(Block("heading", text, level=level) if level else Block("paragraph", text))
        elif tag == "tbl":
            tables += 1
            table = Table(element, document)
            rows = [[budget.take(cell.text.strip()) for cell in row.cells] for row in table.rows]
            if rows:
                blocks.append(Block("table", rows=rows, meta={"table_id": f"t{tables}"}))
    return Extracted(blocks=blocks)


def _heading_level(style: str) -> int:
    lowered = style.lower()
    if lowered in ("title", "제목"):
        return 1
    for prefix in ("heading ", "제목 "):
        if lowered.startswith(prefix) and lowered[len(prefix) :].isdigit():
            return min(int(lowered[len(prefix) :]), 6)
    return 0


def _xlsx(path: Path, limits: Limits) -> Extracted:
    import openpyxl

    handle = path.open("rb")  # a file object: openpyxl refuses paths without an .xlsx suffix
    workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    budget = _Budget(limits)
    blocks: list[Block] = []
    try:
        for number, sheet in enumerate(workbook.worksheets, start=1):
            rows: list[list[str]] = []
            for values in sheet.iter_rows(values_only=True):
                cells = [_cell(v) for v in values]
                while cells and not cells[-1]:
                    cells.pop()
                if any(cells):
                    rows.append([budget.take(c) for c in cells])
            if rows:
                width = max(len(r) for r in rows)
                rows = [r + [""] * (width - len(r)) for r in rows]
                blocks.append(Block("heading", sheet.title, level=1, meta={"sheet": sheet.title}))
                blocks.append(
                    Block("table", rows=rows, meta={"sheet": sheet.title, "table_id": f"s{number}"})
                )
    finally:
        workbook.close()
        handle.close()
    return Extracted(blocks=blocks, pages=max(1, len(workbook.worksheets)))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _pptx(path: Path, limits: Limits) -> Extracted:
    from pptx import Presentation

    deck = Presentation(str(path))
    budget = _Budget(limits)
    blocks: list[Block] = []
    tables = 0
    for number, slide in enumerate(deck.slides, start=1):
        title_shape = slide.shapes.title
        title = (
            title_shape.text_frame.text.strip()
            if title_shape is not None and title_shape.has_text_frame
            else ""
        )
        blocks.append(
            Block("heading", budget.take(title or f"Slide {number}"), level=1, meta={"slide": number})
        )
        for shape in slide.shapes:
            if shape is title_shape:
                continue
            if getattr(shape, "has_table", False) and shape.has_table:
                tables += 1
                rows = [[budget.take(cell.text.strip()) for cell in row.cells] for row in shape.table.rows]
                blocks.append(Block("table", rows=rows, meta={"slide": number, "table_id": f"t{tables}"}))
            elif shape.has_text_frame:
                text = budget.take(shape.text_frame.text.strip())
                if text:
                    blocks.append(Block("paragraph", text, meta={"slide": number}))
        if slide.has_notes_slide:
            notes = budget.take(slide.notes_slide.notes_text_frame.text.strip())
            if notes:
                blocks.append(Block("paragraph", notes, meta={"slide": number, "notes": True}))
    return Extracted(blocks=blocks, pages=max(1, len(deck.slides)))

"""Plain text and Markdown: headings (`#`, setext underlines) become heading blocks, tables stay tables."""

from __future__ import annotations

import re
from pathlib import Path

from services.documents.extract import Block, Extracted, ExtractionFailed, Limits

_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else CP949/EUC-KR (common for Korean files), else a refusal."""
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ExtractionFailed("docs_text_encoding")


def read(path: Path, kind: str, limits: Limits) -> Extracted:
    data = path.read_bytes()
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > limits.max_chars:
        raise ExtractionFailed("docs_text_too_long", chars=f"{len(text):,}", limit=f"{limits.max_chars:,}")
    if not text.strip():
        raise ExtractionFailed("docs_text_empty")
    return Extracted(blocks=parse_markdown(text) if kind == "md" else parse_plain(text))


def parse_plain(text: str) -> list[Block]:
    """Paragraphs separated by blank lines."""
    return [Block("paragraph", p.strip()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def parse_markdown(text: str) -> list[Block]:
    """Headings, paragraphs (code fences kept whole) and pipe tables."""
    blocks: list[Block] = []
    lines = text.split("\n")
    paragraph: list[str] = []
    in_fence = False
    table_count = 0
    i = 0

    def flush() -> None:
        if paragraph and "\n".join(paragraph).strip():
            blocks.append(Block("paragraph", "\n".join(paragraph).strip()))
        paragraph.clear()

    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            paragraph.append(line)
            i += 1
            continue
        if in_fence:
            paragraph.append(line)
            i += 1
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            blocks.append(Block("heading", heading.group(2), level=len(heading.group(1))))
            i += 1
            continue
        if (
            i + 1 < len(lines)
            and line.strip()
            and re.fullmatch(r"\s*(=+|-+)\s*", lines[i + 1])
            and not paragraph
        ):
            flush()
            blocks.append(Block("heading", line.strip(), level=1 if "=" in lines[i + 1] else 2))
            i += 2
            continue
        if _TABLE_ROW.match(line) and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
            flush()
            rows = [_cells(line)]
            i += 2
            while i < len(lines) and _TABLE_ROW.match(lines[i]):
                rows.append(_cells(lines[i]))
                i += 1
            table_count += 1
            blocks.append(Block("table", rows=rows, meta={"table_id": f"t{table_count}"}))
            continue
        if not line.strip():
            flush()
        else:
            paragraph.append(line)
        i += 1
    flush()
    return blocks


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]

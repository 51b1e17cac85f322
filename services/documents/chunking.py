"""Chunking strategies, chosen per upload (defaults by type), each chunk carrying where it came from.

- `fixed`: windows of `size` characters with `overlap`, cut at whitespace where possible;
- `structure`: paragraphs grouped under their heading path up to `size`, a new chunk at every heading;
- `table`: tables in row groups with the header row repeated, a row never split; other blocks as
  `structure`;
- `image`: one chunk per image: its OCR text with its caption.
Metadata: `page`, `heading_path`, `sheet`, `slide`, `table_id` (whichever apply). `index_text` is what
search indexes and embeds: the heading path, then the chunk text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from services.documents.extract import Block

DEFAULT_BY_KIND = {
    "txt": "structure",
    "md": "structure",
    "pdf": "structure",
    "docx": "structure",
    "pptx": "structure",
    "xlsx": "table",
    "png": "image",
    "jpeg": "image",
}
SIZE, OVERLAP, MAX_TABLE_CHARS = 900, 150, 1500
LOCATION_KEYS = ("page", "sheet", "slide", "table_id")


@dataclass
class Draft:
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


def index_text(text: str, meta: dict[str, Any]) -> str:
    """The text search sees for a chunk: its heading path (context), then its own text."""
    path = " › ".join(meta.get("heading_path") or [])
    return f"{path}\n{text}" if path else text


def chunk(blocks: list[Block], strategy: str, *, size: int = SIZE, overlap: int = OVERLAP) -> list[Draft]:
    """Chunks of `blocks` by `strategy`."""
    if strategy == "fixed":
        return _fixed(blocks, size, overlap)
    if strategy == "image":
        return _images(blocks) + _structured(blocks, size, tables=True, skip_images=True)
    return _structured(blocks, size, tables=strategy == "table")


def _location(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: meta[k] for k in LOCATION_KEYS if k in meta}


def _table_lines(rows: list[list[str]]) -> list[str]:
    return [" | ".join(row) for row in rows]


def _fixed(blocks: list[Block], size: int, overlap: int) -> list[Draft]:
    pieces: list[tuple[int, str, dict[str, Any]]] = []  # (start offset, text, location)
    offset = 0
    for block in blocks:
        text = "\n".join(_table_lines(block.rows)) if block.kind == "table" else block.text
        if text.strip():
            pieces.append((offset, text, _location(block.meta)))
            offset += len(text) + 2
    whole = "\n\n".join(p[1] for p in pieces)
    drafts: list[Draft] = []
    start = 0
    while start < len(whole):
        end = min(len(whole), start + size)
        if end < len(whole):
            cut = whole.rfind(" ", start + size // 2, end)
            end = cut if cut > start else end
        location: dict[str, Any] = next((p[2] for p in reversed(pieces) if p[0] <= start), {})
        text = whole[start:end].strip()
        if text:
            drafts.append(Draft(text, dict(location)))
        if end >= len(whole):
            break
        start = max(end - overlap, start + 1)
    return drafts


def _structured(blocks: list[Block], size: int, *, tables: bool, skip_images: bool = False) -> list[Draft]:
    drafts: list[Draft] = []
    path: list[tuple[int, str]] = []
    buffer: list[str] = []
    buffer_meta: dict[str, Any] = {}

    def heading_path() -> list[str]:
        return [text for _, text in path]

    def flush() -> None:
        text = "\n\n".join(buffer).strip()
        if text:
            drafts.append(Draft(text, {**buffer_meta, "heading_path": heading_path()}))
        buffer.clear()
        buffer_meta.clear()

    for block in blocks:
        if block.kind == "heading":
            flush()
            while path and path[-1][0] >= block.level:
                path.pop()
            path.append((block.level, block.text[:200]))
            continue
        if block.kind == "image" and skip_images:
            continue
        if block.kind == "table" and tables:
            flush()
            drafts.extend(_table_groups(block, heading_path()))
            continue
        text = "\n".join(_table_lines(block.rows)) if block.kind == "table" else block.text
        location = _location(block.meta)
        if buffer and (len("\n\n".join(buffer)) + len(text) > size or location != buffer_meta):
            flush()
        for piece in _split_long(text, size):
            if buffer and len("\n\n".join(buffer)) + len(piece) > size:
                flush()
            buffer_meta.update(location)
            buffer.append(piece)
    flush()
    return drafts


def _split_long(text: str, size: int) -> list[str]:
    """A paragraph longer than `size` in pieces cut at line ends or spaces."""
    if len(text) <= size:
        return [text]
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind("\n", start + size // 2, end), text.rfind(" ", start + size // 2, end))
            end = cut if cut > start else end
        pieces.append(text[start:end].strip())
        start = end
    return [p for p in pieces if p]


def _table_groups(block: Block, heading_path: list[str]) -> list[Draft]:
    """Row groups of a table, each starting with the header row; whole rows only."""
    if not block.rows:
        return []
    header, rows = block.rows[0], block.rows[1:] or []
    header_line = " | ".join(header)
    drafts: list[Draft] = []
    group: list[str] = []
    first_row = 1
    meta = {**_location(block.meta), "heading_path": heading_path}

    def emit(last_row: int) -> None:
        text = "\n".join([header_line, *group])
        drafts.append(Draft(text, {**meta, "rows": [first_row, last_row]}))

    for number, row in enumerate(rows, start=1):
        line = " | ".join(row)
        if group and len(header_line) + sum(len(g) + 1 for g in group) + len(line) > MAX_TABLE_CHARS:
            emit(number - 1)
            group, first_row = [], number
        group.append(line)
    if group or not rows:
        emit(len(rows))
    return drafts


def _images(blocks: list[Block]) -> list[Draft]:
    drafts = []
    for block in blocks:
        if block.kind == "image":
            caption = str(block.meta.get("caption", ""))
            text = f"{caption}\n{block.text}".strip() if caption else block.text
            drafts.append(
                Draft(text or caption, {**_location(block.meta), "caption": caption, "image": True})
            )
    return drafts

"""Sample files for bench/docs.py, one per format, built from the public set's real Korean/English text.

Text PDFs are printed by Chromium (Playwright, as in the e2e tests) from HTML, so they carry embedded
CID fonts and ToUnicode maps like real exported runbooks; scanned PDFs and PNGs are rendered with the
Noto Sans CJK font, so Tesseract reads Korean for real. `pages` of formats without pages (Markdown,
DOCX) is the extracted text divided by PAGE_CHARS; a sheet or a slide counts as a page.
"""

from __future__ import annotations

import html
import io
import itertools
from collections.abc import Iterator
from pathlib import Path

from services.documents.extract import Block
from services.documents.extract.text import parse_markdown

PUBLIC = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "docs-public"
PAGE_CHARS = 2500
CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CHROMIUM = "/usr/bin/chromium"


def public_blocks() -> list[Block]:
    """Every block of the public set, document after document."""
    blocks: list[Block] = []
    for path in sorted(PUBLIC.glob("*.md")):
        blocks.extend(parse_markdown(path.read_text(encoding="utf-8")))
    return blocks


def _cycled(total_chars: int) -> Iterator[Block]:
    """Public blocks, repeated until `total_chars` of text went by."""
    seen = 0
    for block in itertools.cycle(public_blocks()):
        if seen >= total_chars:
            return
        seen += len(block.text) + sum(len(c) for row in block.rows for c in row)
        yield block


def markdown(pages: int) -> bytes:
    parts = []
    for block in _cycled(pages * PAGE_CHARS):
        if block.kind == "heading":
            parts.append("#" * block.level + " " + block.text)
        elif block.kind == "table":
            rows = ["| " + " | ".join(row) + " |" for row in block.rows]
            parts.append("\n".join([rows[0], "|" + "---|" * len(block.rows[0]), *rows[1:]]))
        else:
            parts.append(block.text)
    return "\n\n".join(parts).encode("utf-8")


def text_pdf(pages: int) -> bytes:
    """An A4 PDF with a text layer, about `pages` pages (Chromium's print of the public text)."""
    from playwright.sync_api import sync_playwright

    body = []
    for block in _cycled(int(pages * PAGE_CHARS * 0.8)):  # A4 at 10 pt holds a little less than PAGE_CHARS
        if block.kind == "heading":
            level = min(block.level + 1, 4)
            body.append(f"<h{level}>{html.escape(block.text)}</h{level}>")
        elif block.kind == "table":
            cells = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in block.rows
            )
            body.append(f"<table border=1 cellspacing=0>{cells}</table>")
        else:
            body.append(f"<p>{html.escape(block.text)}</p>")
    page_html = (
        "<html><head><meta charset='utf-8'><style>body{font:10pt 'Noto Sans CJK KR',sans-serif}"
        "</style></head><body>" + "\n".join(body) + "</body></html>"
    )
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        tab = browser.new_page()
        tab.set_content(page_html)
        data = tab.pdf(format="A4")
        browser.close()
    return data


def _text_image(lines: list[str], width: int = 1654, height: int = 2339) -> object:
    """A white A4-sized page at 200 dpi with `lines` of black text."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(CJK_FONT, 30, index=1)  # index 1: the KR face of the collection
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((120, 140 + number * 48), line, fill=0, font=font)
    return image


def _lines(count: int, offset: int = 0) -> list[str]:
    words = " ".join(b.text for b in public_blocks() if b.kind == "paragraph").split()
    lines, current = [], ""
    for word in itertools.islice(itertools.cycle(words), offset * 12, None):
        if len(current) + len(word) > 52:
            lines.append(current)
            current = ""
            if len(lines) == count:
                return lines
        current = f"{current} {word}".strip()
    return lines


def png() -> bytes:
    out = io.BytesIO()
    _text_image(_lines(40)).save(out, format="PNG")  # type: ignore[attr-defined]
    return out.getvalue()


def scanned_pdf(pages: int) -> bytes:
    """An image-only PDF (no text layer): every page goes to OCR."""
    images = [_text_image(_lines(40, offset=p * 40)) for p in range(pages)]
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=200)  # type: ignore[attr-defined]
    return out.getvalue()


def docx(pages: int) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    for block in _cycled(pages * PAGE_CHARS):
        if block.kind == "heading":
            document.add_heading(block.text, level=min(block.level, 4))
        elif block.kind == "table":
            table = document.add_table(rows=0, cols=len(block.rows[0]))
            for row in block.rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=False):
                    cell.text = value
        else:
            document.add_paragraph(block.text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx(sheets: int, rows: int = 60) -> bytes:
    import openpyxl

    tables = [b for b in public_blocks() if b.kind == "table"]
    book = openpyxl.Workbook()
    for number in range(sheets):
        sheet = book.active if number == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = f"Sheet{number + 1}"
        source = tables[number % len(tables)]
        sheet.append(source.rows[0])
        for row in itertools.islice(itertools.cycle(source.rows[1:] or [source.rows[0]]), rows):
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def pptx(slides: int) -> bytes:
    from pptx import Presentation

    paragraphs = [b.text for b in public_blocks() if b.kind == "paragraph" and len(b.text) > 60]
    headings = [b.text for b in public_blocks() if b.kind == "heading"]
    deck = Presentation()
    for number in range(slides):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = headings[number % len(headings)]
        slide.placeholders[1].text = paragraphs[number % len(paragraphs)][:600]
        slide.notes_slide.notes_text_frame.text = paragraphs[(number + 7) % len(paragraphs)][:400]
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def samples() -> list[tuple[str, str, bytes, int | None]]:
    """(label, file name, bytes, pages or None when counted from the extracted text)."""
    return [
        ("pdf (text layer)", "runbooks.pdf", text_pdf(100), None),
        ("pdf (scanned, OCR)", "scanned.pdf", scanned_pdf(3), 3),
        ("docx", "runbooks.docx", docx(40), None),
        ("md", "runbooks.md", markdown(40), None),
        ("xlsx (sheets)", "capacity.xlsx", xlsx(20), 20),
        ("pptx (slides)", "briefing.pptx", pptx(40), 40),
        ("png (OCR)", "whiteboard.png", png(), 1),
    ]

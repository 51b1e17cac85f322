"""DOCS: extraction pages/s per format, embedding chunks/s and RSS per model, public-set quality per
model and mode, and search p50/p95 per mode over a large index.

Extraction runs on generated files (a text PDF, DOCX, XLSX, PPTX, a PNG for OCR). The large index is
filled from the public set's real chunks: their postings and vectors are copied server-side with small
random perturbations of the vectors (the model embeds ~190 chunks/s, far too slow to embed 100 k
chunks here); queries then go through the product's own `search`. Prints JSON, then a table.

    .venv/bin/python bench/docs.py [--chunks 100000] [--runs 50] [--json-only]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PUBLIC = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "docs-public"
LINE = "서버 점검 절차: 디스크 사용률이 90%를 넘으면 logrotate 설정을 확인하고 오래된 로그를 정리합니다."


def _pdf(pages: int) -> bytes:
    """A text PDF (Helvetica, ASCII lines) with `pages` pages, written by hand."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        None,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for p in range(pages):
        lines = " ".join(
            f"({f'Page {p} line {i}: check disk usage and rotate the logs'}) Tj T*" for i in range(40)
        )
        stream = f"BT /F1 10 Tf 12 TL 40 800 Td {lines} ET"
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {len(objects)} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")  # fmt: skip
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {pages} >>"
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _docx(pages: int) -> bytes:
    import docx

    document = docx.Document()
    for p in range(pages):
        document.add_heading(f"섹션 {p}", level=2)
        for _ in range(8):
            document.add_paragraph(LINE)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xlsx(sheets: int) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for s in range(sheets):
        sheet = book.active if s == 0 else book.create_sheet()
        sheet.title = f"S{s}"
        sheet.append(["host", "metric", "threshold", "조치"])
        for r in range(40):
            sheet.append([f"web-{r:02d}", "disk_usage", 90, "로그 정리"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _pptx(slides: int) -> bytes:
    from pptx import Presentation

    deck = Presentation()
    for s in range(slides):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = f"장애 대응 {s}"
        slide.placeholders[1].text = LINE
        slide.notes_slide.notes_text_frame.text = "발표자 노트: " + LINE
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("L", (1200, 400), 255)
    draw = ImageDraw.Draw(image)
    for i in range(8):
        draw.text((20, 20 + i * 45), f"Restart the service and check the disk usage {i}", fill=0)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def bench_extraction(tmp: Path) -> list[dict[str, Any]]:
    from services.documents.chunking import DEFAULT_BY_KIND, chunk
    from services.documents.extract import Limits, extract

    cases = [("pdf", _pdf(200), 200), ("docx", _docx(100), 100), ("xlsx", _xlsx(20), 20),
             ("pptx", _pptx(50), 50), ("png", _png(), 1)]  # fmt: skip
    rows = []
    for kind, data, pages in cases:
        path = tmp / f"sample.{kind}"
        path.write_bytes(data)
        started = time.perf_counter()
        extracted = extract(path, kind, Limits())
        drafts = chunk(extracted.blocks, DEFAULT_BY_KIND[kind])
        took = time.perf_counter() - started
        rows.append({"format": kind, "pages": pages, "seconds": round(took, 3),
                     "pages_per_s": round(pages / took, 1), "chunks": len(drafts)})  # fmt: skip
    return rows


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_embedding() -> list[dict[str, Any]]:
    from services.documents import embedding
    from services.documents.chunking import chunk, index_text
    from services.documents.extract.text import parse_markdown

    texts = []
    for path in sorted(PUBLIC.glob("*.md")):
        texts += [index_text(d.text, d.meta) for d in chunk(parse_markdown(path.read_text()), "structure")]
    rows = []
    for name in ("use-m3", "e5-small"):
        before = _rss_mb()
        started = time.perf_counter()
        model = embedding.provider(name)
        load = time.perf_counter() - started
        started = time.perf_counter()
        for i in range(0, len(texts), 32):
            model.embed_passages(texts[i : i + 32])
        took = time.perf_counter() - started
        rows.append({"model": name, "model_id": model.model_id, "dim": model.dim, "chunks": len(texts),
                     "load_s": round(load, 2), "chunks_per_s": round(len(texts) / took, 1),
                     "peak_rss_growth_mb": round(_rss_mb() - before, 1)})  # fmt: skip
    return rows


def bench_quality(session: Any) -> dict[str, Any]:
    from services.core import settings_registry
    from services.core.security import SYSTEM
    from services.documents import search
    from services.documents.ingest import run_reembed
    from tests.integration.docs_helpers import ingest_public
    from tests.integration.retrieval_scoring import summarise

    ingest_public(session, SYSTEM)
    session.commit()
    queries = json.loads((PUBLIC / "queries.json").read_text())
    out: dict[str, Any] = {}
    for name in ("use-m3", "e5-small"):
        os.environ["SPA_EMBEDDING_MODEL"] = name
        settings_registry.invalidate()
        run_reembed({}, lambda *_: None)
        for mode in ("text", "vector", "hybrid") if name == "use-m3" else ("vector", "hybrid"):
            ranked = {q["id"]: [h["filename"] for h in search.search(session, actor=SYSTEM, query=q["query"],
                                                                      search_type=mode)["hits"]] for q in queries}  # fmt: skip
            groups = summarise(queries, ranked)
            out[f"{name}/{mode}"] = {g: round(v["ndcg@10"], 3) for g, v in groups.items()} | {
                "recall@5": round(groups["all"]["recall@5"], 3)
            }
    os.environ["SPA_EMBEDDING_MODEL"] = "use-m3"
    settings_registry.invalidate()
    run_reembed({}, lambda *_: None)
    return out


def fill_index(session: Any, target: int) -> dict[str, Any]:
    """Copy the public chunks (postings, vectors + noise) into `target` chunks under fake documents."""
    from sqlalchemy import text

    started = time.perf_counter()
    base = session.execute(text("SELECT count(*) FROM document_chunks")).scalar_one()
    copies = max(1, (target - base) // base)
    session.execute(text("""
        CREATE TEMP TABLE src AS SELECT c.*, row_number() OVER (ORDER BY c.id) AS n FROM document_chunks c;
        INSERT INTO documents (id, family_id, version, is_latest, owner, filename, title, kind, size, sha256,
            language, strategy, tags, status, stage_done, stage_total, pages, chunk_count)
        SELECT md5(d.id || g::text)::varchar(32), md5(d.id || g::text)::varchar(32), 1, true, d.owner,
            'copy-' || g || '-' || d.filename, d.title, d.kind, d.size, md5(d.sha256 || g::text) || md5(g::text),
            d.language, d.strategy, d.tags, 'done', 0, 0, d.pages, d.chunk_count
        FROM documents d, generate_series(1, :copies) g;
    """), {"copies": copies})  # fmt: skip
    session.execute(text("""
        CREATE TEMP TABLE map AS SELECT s.id AS src_id, g, nextval('document_chunks_id_seq') AS new_id
        FROM src s, generate_series(1, :copies) g;
        INSERT INTO document_chunks (id, document_id, ord, text, meta, token_len, model_id, dim, embedding)
        SELECT m.new_id, md5(s.document_id || m.g::text), s.ord, s.text, s.meta, s.token_len, s.model_id, s.dim,
            (SELECT array_agg(x + (random() - 0.5) * 0.08) FROM unnest(s.embedding::real[]) x)::vector
        FROM map m JOIN src s ON s.id = m.src_id;
        INSERT INTO chunk_terms (term, chunk_id, tf) SELECT t.term, m.new_id, t.tf
        FROM map m JOIN chunk_terms t ON t.chunk_id = m.src_id;
        UPDATE term_stats ts SET df = ts.df * (:copies + 1);
        UPDATE corpus_stats SET chunks = chunks * (:copies + 1), tokens = tokens * (:copies + 1);
    """), {"copies": copies})  # fmt: skip
    session.commit()
    session.execute(text("ANALYZE"))
    total = session.execute(text("SELECT count(*) FROM document_chunks")).scalar_one()
    sizes = session.execute(text("""
        SELECT pg_total_relation_size('document_chunks'), pg_total_relation_size('chunk_terms'),
               pg_relation_size('ix_document_chunks_hnsw_512')""")).one()  # fmt: skip
    return {"chunks": int(total), "fill_s": round(time.perf_counter() - started, 1),
            "chunks_table_mb": round(sizes[0] / 1024**2, 1), "postings_mb": round(sizes[1] / 1024**2, 1),
            "hnsw_512_mb": round(sizes[2] / 1024**2, 1)}  # fmt: skip


def bench_search(session: Any, runs: int) -> list[dict[str, Any]]:
    from services.core.security import SYSTEM
    from services.documents import search

    queries = [q["query"] for q in json.loads((PUBLIC / "queries.json").read_text())]
    rows = []
    for mode in ("text", "vector", "hybrid"):
        times = []
        for i in range(runs):
            started = time.perf_counter()
            search.search(session, actor=SYSTEM, query=queries[i % len(queries)], search_type=mode, top_k=10)
            session.rollback()
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        rows.append({"mode": mode, "runs": runs, "p50_ms": round(statistics.median(times), 1),
                     "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1), "max_ms": round(times[-1], 1)})  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--json-only", action="store_true")
    args = parser.parse_args()

    from sqlmodel import Session

    from services.core import db
    from services.core.settings import reset_settings
    from services.domains import install_domains

    tmp = Path(tempfile.mkdtemp(prefix="bench-docs-"))
    os.environ["SPA_DATA_DIR"] = str(tmp / "data")
    (tmp / "pg").mkdir()
    url = db.start_embedded_postgres(tmp / "pg")
    os.environ["SPA_DATABASE_URL"] = url
    reset_settings()
    db.reset_engine()
    db.upgrade_database(url)
    install_domains()
    result: dict[str, Any] = {"machine": f"{os.cpu_count()} cores", "date": time.strftime("%Y-%m-%d")}
    result["extraction"] = bench_extraction(tmp)
    result["embedding"] = bench_embedding()
    with Session(db.get_engine()) as session:
        result["quality"] = bench_quality(session)
        result["index"] = fill_index(session, args.chunks)
        result["search"] = bench_search(session, args.runs)
    result["peak_rss_mb"] = round(_rss_mb(), 1)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if args.json_only:
        return
    for key in ("extraction", "embedding", "search"):
        rows = result[key]
        print("\n| " + " | ".join(rows[0]) + " |\n|" + "---|" * len(rows[0]))
        for row in rows:
            print("| " + " | ".join(str(v) for v in row.values()) + " |")
    print("\n| model/mode | " + " | ".join(sorted(next(iter(result["quality"].values())))) + " |")
    for name, groups in result["quality"].items():
        print(f"| {name} | " + " | ".join(str(groups[g]) for g in sorted(groups)) + " |")


if __name__ == "__main__":
    main()

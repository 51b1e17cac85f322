"""DOCS: extraction and ingest pages/s per format, the embedding models' speed, memory and quality, and
search p50/p95 per mode over a 100 k-chunk index.

- extraction: sample files (bench/docs_samples.py, real public-set text) through `extract` + `chunk`;
- ingest: the same files through `service.upload` and the durable ingest job (BM25 index, embeddings
  with the default model), upload to `done`;
- models: each local model in a fresh process: load time, chunks/s on the public set's chunks (batches
  of 32, 2 cores), query latency, RSS growth;
- quality: the public set ingested, re-embedded with each model, nDCG@10 / Recall@5 per mode;
- search: the index filled to `--chunks` from the public set's real chunks (same text and postings,
  vectors with small random perturbations, under 13 k documents of 20 owners, some shared), the
  product's own index definitions rebuilt, then `search.search` timed per mode as an admin (sees
  everything) and as an operator who sees a tenth of it.

    .venv/bin/python bench/docs.py [--chunks 100000] [--runs 100] [--only a,b] [--json-only]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.docs_samples import PAGE_CHARS, PUBLIC, samples

SECTIONS = ("extraction", "ingest", "models", "quality", "search")
MODELS = ("use-m3", "e5-small")
TARGET_PDF_PAGES_S = 20.0
TARGET_SEARCH_P95_MS = 150.0
OWNERS = 20  # filled documents belong to bench-0 .. bench-19; bench-1's are shared with operators


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024**2


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _pages(label: str, known: int | None, extracted_pages: int, text_chars: int) -> int:
    if known is not None:
        return known
    return extracted_pages if label.startswith("pdf") else max(1, round(text_chars / PAGE_CHARS))


def bench_extraction(files: list[tuple[str, str, bytes, int | None]], tmp: Path) -> list[dict[str, Any]]:
    from services.core.files import sniff
    from services.documents.chunking import DEFAULT_BY_KIND, chunk
    from services.documents.extract import Limits, extract
    from services.documents.ingest import content_of
    from services.documents.service import document_kind

    rows = []
    for label, name, data, known_pages in files:
        path = tmp / name
        path.write_bytes(data)
        kind = document_kind(sniff(data[:4096], path), name)
        started, cpu = time.perf_counter(), time.process_time()
        extracted = extract(path, kind, Limits())
        drafts = chunk(extracted.blocks, DEFAULT_BY_KIND[kind])
        took, cpu = time.perf_counter() - started, time.process_time() - cpu
        pages = _pages(label, known_pages, extracted.pages, len(content_of(extracted.blocks)))
        rows.append(
            {
                "format": label,
                "pages": pages,
                "seconds": round(took, 2),
                "pages_per_s": round(pages / took, 1),
                "cpu_s": round(cpu, 2),
                "chunks": len(drafts),
            }
        )
    return rows


def bench_ingest(
    files: list[tuple[str, str, bytes, int | None]], extraction: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    import io

    from services.core import jobs
    from services.core.db import session_scope
    from services.core.security import SYSTEM
    from services.documents import service
    from services.documents.models import Document

    pages = {row["format"]: row["pages"] for row in extraction}
    rows = []
    for label, name, data, _ in files:
        started = time.perf_counter()
        with session_scope() as session:
            doc_id = service.upload(
                session, actor=SYSTEM, source=io.BytesIO(data), filename="ingest-" + name
            )["id"]
        while jobs.run_one("bench"):
            pass
        took = time.perf_counter() - started
        with session_scope() as session:
            doc = session.get(Document, doc_id)
            assert doc is not None and doc.status == "done", (label, doc and doc.error)
            chunks = doc.chunk_count
        rows.append(
            {
                "format": label,
                "pages": pages[label],
                "chunks": chunks,
                "seconds": round(took, 2),
                "pages_per_s": round(pages[label] / took, 1),
                "chunks_per_s": round(chunks / took, 1),
            }
        )
    return rows


def public_texts() -> list[str]:
    from services.documents.chunking import chunk, index_text
    from services.documents.extract.text import parse_markdown

    texts = []
    for path in sorted(PUBLIC.glob("*.md")):
        blocks = parse_markdown(path.read_text(encoding="utf-8"))
        texts += [index_text(d.text, d.meta) for d in chunk(blocks, "structure")]
    return texts


def probe_model(name: str) -> dict[str, Any]:
    """One model in this (fresh) process: load, passage throughput, query latency, RSS growth."""
    texts = public_texts()
    before = _rss_mb()
    started = time.perf_counter()
    from services.documents import embedding

    model = embedding.provider(name)
    model.embed_passages(texts[:2])
    load = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(texts), 32):
        model.embed_passages(texts[i : i + 32])
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    queries = [q["query"] for q in json.loads((PUBLIC / "queries.json").read_text(encoding="utf-8"))]
    times = []
    for query in queries:
        started = time.perf_counter()
        model.embed_query(query)
        times.append((time.perf_counter() - started) * 1000)
    return {
        "model": name,
        "model_id": model.model_id,
        "dim": model.dim,
        "chunks": len(texts),
        "mean_chars": round(sum(map(len, texts)) / len(texts)),
        "load_s": round(load, 2),
        "chunks_per_s": round(len(texts) / took, 1),
        "chunks_per_cpu_s": round(len(texts) / cpu, 1),
        "query_ms_p50": round(statistics.median(times), 1),
        "rss_growth_mb": round(_rss_mb() - before),
    }


def bench_models() -> list[dict[str, Any]]:
    rows = []
    for name in MODELS:
        probe = subprocess.run(
            [sys.executable, __file__, "--probe", name], capture_output=True, text=True, check=True
        )
        rows.append(json.loads(probe.stdout))
    return rows


def _scores(session: Any, queries: list[dict[str, Any]], mode: str) -> dict[str, float]:
    from services.core.security import SYSTEM
    from services.documents import search
    from tests.integration.retrieval_scoring import summarise

    ranked = {
        q["id"]: [
            h["filename"]
            for h in search.search(session, actor=SYSTEM, query=q["query"], search_type=mode)["hits"]
        ]
        for q in queries
    }
    groups = summarise(queries, ranked)
    return {
        "ndcg@10": round(groups["all"]["ndcg@10"], 3),
        "crosslingual": round(groups["kind=crosslingual"]["ndcg@10"], 3),
        "ko": round(groups["lang=ko"]["ndcg@10"], 3),
        "en": round(groups["lang=en"]["ndcg@10"], 3),
        "recall@5": round(groups["all"]["recall@5"], 3),
    }


def _use_model(name: str) -> None:
    """Make `name` the embedding model and re-embed every chunk with it (the product's re-embed job)."""
    from services.core import settings_registry
    from services.documents.ingest import run_reembed

    os.environ["SPA_EMBEDDING_MODEL"] = name
    settings_registry.invalidate()
    run_reembed({}, lambda *_: None)


def bench_quality(session: Any) -> list[dict[str, Any]]:
    queries = json.loads((PUBLIC / "queries.json").read_text(encoding="utf-8"))
    rows = [{"model": "—", "mode": "text", **_scores(session, queries, "text")}]
    for name in MODELS:
        _use_model(name)
        for mode in ("vector", "hybrid"):
            rows.append({"model": name, "mode": mode, **_scores(session, queries, mode)})
    _use_model(MODELS[0])
    return rows


def fill_index(session: Any, target: int) -> dict[str, Any]:
    """Copy the indexed public chunks until the index holds `target` chunks, then rebuild its indexes."""
    from sqlalchemy import text

    started = time.perf_counter()
    base = int(session.execute(text("SELECT count(*) FROM document_chunks")).scalar_one())
    copies = math.ceil(target / base) - 1
    indexes = session.execute(
        text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('document_chunks', 'chunk_terms') "
            "AND indexname NOT LIKE '%pkey'"
        )
    ).all()
    primary = session.execute(
        text("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'chunk_terms_pkey'")
    ).scalar_one()
    for name, _ in indexes:
        session.execute(text(f'DROP INDEX "{name}"'))
    session.execute(text("ALTER TABLE chunk_terms DROP CONSTRAINT chunk_terms_pkey"))
    # copies of valid rows: no per-row foreign-key checks
    session.execute(text("SET session_replication_role = replica"))
    params = {"copies": copies, "owners": OWNERS}
    session.execute(
        text(
            "CREATE TEMP TABLE copy_map AS SELECT c.id AS src_id, c.document_id AS src_doc, g, "
            "nextval('document_chunks_id_seq') AS new_id, md5(c.document_id || '-' || g) AS new_doc "
            "FROM document_chunks c, generate_series(1, :copies) g"
        ),
        params,
    )
    session.execute(
        text(
            "INSERT INTO documents (id, family_id, version, is_latest, owner, filename, title, kind, size, "
            "sha256, language, strategy, tags, status, stage_done, stage_total, pages, chunk_count, content) "
            "SELECT md5(d.id || '-' || g), md5(d.id || '-' || g), 1, true, 'bench-' || (g % :owners), "
            "g || '-' || d.filename, d.title, d.kind, d.size, md5(d.sha256 || g) || md5(g::text), "
            "d.language, d.strategy, d.tags, 'done', d.chunk_count, d.chunk_count, d.pages, d.chunk_count, "
            "d.content FROM documents d, generate_series(1, :copies) g"
        ),
        params,
    )
    session.execute(
        text(
            "INSERT INTO document_shares (family_id, grantee_type, grantee, granted_by) "
            "SELECT id, 'role', 'operator', owner FROM documents WHERE owner = 'bench-1'"
        )
    )
    session.execute(
        text(
            "INSERT INTO document_chunks (id, document_id, ord, text, meta, token_len, model_id, dim, embedding) "
            "SELECT m.new_id, m.new_doc, c.ord, c.text, c.meta, c.token_len, c.model_id, c.dim, "
            "(SELECT array_agg(x + (random() - 0.5) * 0.08 ORDER BY i) "
            " FROM unnest(c.embedding::real[]) WITH ORDINALITY u(x, i))::vector "
            "FROM copy_map m JOIN document_chunks c ON c.id = m.src_id"
        )
    )
    session.execute(
        text(
            "INSERT INTO chunk_terms (term, chunk_id, tf, token_len, doc_seq) "
            "SELECT t.term, m.new_id, t.tf, t.token_len, d.seq "
            "FROM copy_map m JOIN chunk_terms t ON t.chunk_id = m.src_id JOIN documents d ON d.id = m.new_doc"
        )
    )
    session.execute(text("UPDATE term_stats SET df = df * (:copies + 1)"), params)
    session.execute(
        text("UPDATE corpus_stats SET chunks = chunks * (:copies + 1), tokens = tokens * (:copies + 1)"),
        params,
    )
    loaded = time.perf_counter() - started
    _log(f"filled {copies} copies of {base} chunks in {loaded:.0f} s; rebuilding indexes")
    session.execute(text("SET session_replication_role = DEFAULT"))
    session.execute(text("SET maintenance_work_mem = '2GB'"))
    session.execute(text(f"ALTER TABLE chunk_terms ADD CONSTRAINT chunk_terms_pkey {primary}"))
    for _, definition in indexes:
        session.execute(text(definition))
    session.commit()
    with session.get_bind().connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))
    total = int(session.execute(text("SELECT count(*) FROM document_chunks")).scalar_one())
    sizes = {
        name: session.execute(text(f"SELECT pg_total_relation_size('{name}')")).scalar_one() / 1024**2
        for name in ("documents", "document_chunks", "chunk_terms", "term_stats")
    }
    hnsw = (
        session.execute(text("SELECT pg_relation_size('ix_document_chunks_hnsw_512')")).scalar_one() / 1024**2
    )
    postings = int(session.execute(text("SELECT count(*) FROM chunk_terms")).scalar_one())
    return {
        "chunks": total,
        "documents": int(session.execute(text("SELECT count(*) FROM documents")).scalar_one()),
        "postings": postings,
        "terms": int(session.execute(text("SELECT count(*) FROM term_stats")).scalar_one()),
        "load_s": round(loaded, 1),
        "index_build_s": round(time.perf_counter() - started - loaded, 1),
        "size_mb": {k: round(v, 1) for k, v in sizes.items()}
        | {"hnsw_512 (in document_chunks)": round(hnsw, 1)},
    }


def bench_search(session: Any, runs: int) -> list[dict[str, Any]]:
    from services.core.security import ROLE_PERMISSIONS, SYSTEM, Principal
    from services.documents import search

    operator = Principal(
        user_id=1, username="bench-0", role="operator", permissions=ROLE_PERMISSIONS["operator"]
    )
    queries = [q["query"] for q in json.loads((PUBLIC / "queries.json").read_text(encoding="utf-8"))]
    rows = []
    for who, actor in (("admin", SYSTEM), ("operator", operator)):
        for mode in ("text", "vector", "hybrid"):
            search.search(session, actor=actor, query=queries[0], search_type=mode)  # warm caches
            session.rollback()
            times, hits = [], 0
            for i in range(runs):
                started = time.perf_counter()
                found = search.search(session, actor=actor, query=queries[i % len(queries)], search_type=mode)
                times.append((time.perf_counter() - started) * 1000)
                hits += len(found["hits"])
                session.rollback()
            times.sort()
            rows.append(
                {
                    "caller": who,
                    "mode": mode,
                    "runs": runs,
                    "p50_ms": round(statistics.median(times), 1),
                    "p95_ms": round(times[math.ceil(0.95 * len(times)) - 1], 1),
                    "max_ms": round(times[-1], 1),
                    "mean_hits": round(hits / runs, 1),
                }
            )
    return rows


def empty_store(session: Any) -> None:
    """No documents (the ingest section's samples would change the public-set scores)."""
    from sqlalchemy import text

    session.execute(text("DELETE FROM documents"))  # chunks and postings cascade
    session.execute(text("DELETE FROM term_stats"))
    session.execute(text("UPDATE corpus_stats SET chunks = 0, tokens = 0"))
    session.commit()


def _table(rows: list[dict[str, Any]]) -> str:
    head = "| " + " | ".join(rows[0]) + " |\n|" + "---|" * len(rows[0])
    return "\n".join([head, *("| " + " | ".join(str(v) for v in row.values()) + " |" for row in rows)])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated: " + ", ".join(SECTIONS))
    parser.add_argument("--json-only", action="store_true")
    parser.add_argument("--probe", choices=MODELS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(probe_model(args.probe)))
        return
    wanted = set(args.only.split(","))

    from sqlmodel import Session

    from services.core import db
    from services.core.security import SYSTEM
    from services.core.settings import reset_settings
    from services.domains import install_domains
    from tests.integration.docs_helpers import ingest_public

    tmp = Path(tempfile.mkdtemp(prefix="bench-docs-"))
    os.environ["SPA_DATA_DIR"] = str(tmp / "data")
    os.environ["SPA_EMBEDDING_MODEL"] = MODELS[0]
    url = db.start_embedded_postgres(tmp)
    os.environ["SPA_DATABASE_URL"] = url
    reset_settings()
    db.reset_engine()
    db.upgrade_database(url)
    install_domains()
    result: dict[str, Any] = {
        "machine": f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start",
        "date": time.strftime("%Y-%m-%d"),
    }
    if wanted & {"extraction", "ingest"}:
        files = samples()
        result["extraction"] = bench_extraction(files, tmp)
        if "ingest" in wanted:
            result["ingest"] = bench_ingest(files, result["extraction"])
    if "models" in wanted:
        result["models"] = bench_models()
    with Session(db.get_engine()) as session:
        if wanted & {"quality", "search"}:
            empty_store(session)
            ingest_public(session, SYSTEM)
            session.commit()
        if "quality" in wanted:
            result["quality"] = bench_quality(session)
        if "search" in wanted:
            result["index"] = fill_index(session, args.chunks)
            result["search"] = bench_search(session, args.runs)
    result["bench_process_rss_mb"] = round(_rss_mb())
    result["bench_process_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if not args.json_only:
        for key in ("extraction", "ingest", "models", "quality", "search"):
            if key in result:
                print(f"\n{key}\n" + _table(result[key]))


if __name__ == "__main__":
    main()

"""The BM25 inverted index: postings per chunk and corpus statistics kept current as documents change.

`index_chunks` writes the postings and token lengths of new chunks and adds them to the statistics;
`count_document(session, id, sign)` adds (+1) or removes (-1) a document's chunks from the statistics
(restore and soft delete); `drop_document_chunks` removes chunks, postings and their statistics.
Statistics rows are updated in term order, so concurrent ingests never deadlock on them.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import text
from sqlmodel import Session

from services.documents.chunking import index_text
from services.documents.models import Chunk
from services.documents.tokenize import term_counts

BATCH = 20_000  # postings per INSERT


def index_chunks(session: Session, chunks: list[Chunk]) -> None:
    """Postings and lengths of `chunks` (already flushed, so they have ids), added to the statistics."""
    seqs = dict(
        session.execute(
            text("SELECT id, seq FROM documents WHERE id = ANY(CAST(:ids AS varchar[]))"),
            {"ids": sorted({c.document_id for c in chunks})},
        ).all()
    )
    postings: list[tuple[str, int | None, int, int, int]] = []  # term, chunk, tf, chunk length, doc seq
    df: Counter[str] = Counter()
    tokens = 0
    for chunk in chunks:
        counts = term_counts(index_text(chunk.text, chunk.meta))
        chunk.token_len = sum(counts.values())
        tokens += chunk.token_len
        for term, tf in counts.items():
            postings.append((term, chunk.id, tf, chunk.token_len, seqs[chunk.document_id]))
            df[term] += 1
        session.add(chunk)
    for start in range(0, len(postings), BATCH):
        terms, chunk_ids, tfs, lengths, doc_seqs = zip(*postings[start : start + BATCH], strict=True)
        session.execute(
            text(
                "INSERT INTO chunk_terms (term, chunk_id, tf, token_len, doc_seq) SELECT * FROM unnest("
                "CAST(:terms AS varchar[]), CAST(:chunks AS bigint[]), CAST(:tfs AS int[]), "
                "CAST(:lens AS int[]), CAST(:seqs AS bigint[]))"
            ),
            {
                "terms": list(terms),
                "chunks": list(chunk_ids),
                "tfs": list(tfs),
                "lens": list(lengths),
                "seqs": list(doc_seqs),
            },
        )
    _apply(session, df, len(chunks), tokens)


def _apply(session: Session, df: Counter[str], chunks: int, tokens: int) -> None:
    if df:
        terms = sorted(df)
        session.execute(
            text(
                "INSERT INTO term_stats (term, df) SELECT * FROM unnest(CAST(:terms AS varchar[]), "
                "CAST(:dfs AS int[])) ORDER BY 1 ON CONFLICT (term) DO UPDATE SET df = term_stats.df + EXCLUDED.df"
            ),
            {"terms": terms, "dfs": [df[t] for t in terms]},
        )
        if any(v < 0 for v in df.values()):
            session.execute(
                text("DELETE FROM term_stats WHERE term = ANY(CAST(:terms AS varchar[])) AND df <= 0"),
                {"terms": terms},
            )
    session.execute(
        text("UPDATE corpus_stats SET chunks = chunks + :c, tokens = tokens + :t WHERE id = 1"),
        {"c": chunks, "t": tokens},
    )


def count_document(session: Session, document_id: str, sign: int) -> None:
    """Add (`sign` = 1) or remove (-1) a document's indexed chunks from the corpus statistics."""
    rows = session.execute(
        text(
            "SELECT ct.term, count(*) FROM chunk_terms ct JOIN document_chunks c ON c.id = ct.chunk_id "
            "WHERE c.document_id = :d GROUP BY ct.term"
        ),
        {"d": document_id},
    ).all()
    chunks, tokens = session.execute(
        text("SELECT count(*), coalesce(sum(token_len), 0) FROM document_chunks WHERE document_id = :d"),
        {"d": document_id},
    ).one()
    if chunks:
        _apply(session, Counter({term: sign * n for term, n in rows}), sign * chunks, sign * int(tokens))


def drop_document_chunks(session: Session, document_id: str, *, counted: bool) -> None:
    """Delete a document's chunks and postings; `counted` says whether they are in the statistics."""
    if counted:
        count_document(session, document_id, -1)
    session.execute(text("DELETE FROM document_chunks WHERE document_id = :d"), {"d": document_id})

"""Search: BM25 over Korean-aware terms, cosine over pgvector HNSW, and their fusion.

Every arm runs one SQL statement with the caller's visibility and the filters inside it (owner, shares
with the user or their role, type, tags, dates, latest version unless asked otherwise). Arms rank
chunks, keep each document's best chunk and return 3 × top_k documents. `hybrid` runs the keyword arm
on a second connection while the query is embedded and the vector arm runs, then fuses them with
Reciprocal Rank Fusion (k = 60) whose per-arm weight is scaled per hit by that arm's own evidence
(see `fuse`). Hits carry the chunk, a highlighted snippet, and both arms' ranks and scores (None for an
arm that did not run or did not find the document).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import text
from sqlmodel import Session

from services.core import settings_registry
from services.core.db import session_scope
from services.core.errors import ValidationFailed
from services.core.security import Principal, require
from services.documents import embedding, snippets
from services.documents.models import SearchFilters
from services.documents.tokenize import language, query_terms

log = logging.getLogger(__name__)
SEARCH_TYPES = ("text", "vector", "hybrid")
ARMS = ("text", "vector")
RRF_K = 60
CANDIDATES_PER_K = 3
CHUNKS_PER_DOCUMENT = 4  # chunks fetched per wanted document before keeping each document's best
MAX_CHUNKS = 4000  # the most chunks one arm reads to find its documents


@dataclass
class ArmHit:
    document_id: str
    chunk_id: int
    score: float
    rank: int
    evidence: float = 1.0  # 0..1: how much of the query this hit accounts for (see `fuse`)


@dataclass
class Fused:
    document_id: str
    chunk_id: int
    score: float
    ranks: dict[str, int | None] = field(default_factory=dict)
    arm_scores: dict[str, float | None] = field(default_factory=dict)


def _visibility(actor: Principal, filters: SearchFilters, params: dict[str, Any]) -> str:
    """The WHERE clause on `d` (documents) for what `actor` may see, narrowed by `filters`."""
    params.update(me=actor.username, role=actor.role)
    shared = (
        "EXISTS (SELECT 1 FROM document_shares s WHERE s.family_id = d.family_id AND "
        "((s.grantee_type = 'user' AND s.grantee = :me) OR (s.grantee_type = 'role' AND s.grantee = :role)))"
    )
    clauses = ["d.deleted_at IS NULL", "d.status = 'done'"]
    if not filters.all_versions:
        clauses.append("d.is_latest")
    if not actor.can("admin:audit"):
        clauses.append(f"(d.owner = :me OR {shared})")
    if filters.shared_with_me:
        clauses.append(f"(d.owner <> :me AND {shared})")
    if filters.owner:
        clauses.append("d.owner = :owner")
        params["owner"] = filters.owner
    if filters.kinds:
        clauses.append("d.kind = ANY(CAST(:kinds AS varchar[]))")
        params["kinds"] = filters.kinds
    if filters.tags:
        clauses.append("d.tags @> CAST(:tags AS varchar[])")
        params["tags"] = filters.tags
    if filters.date_from:
        clauses.append("d.created_at >= :date_from")
        params["date_from"] = filters.date_from
    if filters.date_to:
        clauses.append("d.created_at < :date_to")
        params["date_to"] = filters.date_to
    if filters.document_ids:
        clauses.append("d.id = ANY(CAST(:ids AS varchar[]))")
        params["ids"] = filters.document_ids
    return " AND ".join(clauses)


def _best_per_document(rows: list[Any], limit: int) -> list[ArmHit]:
    hits: list[ArmHit] = []
    seen: set[str] = set()
    for row in rows:
        if row.document_id in seen:
            continue
        seen.add(row.document_id)
        hits.append(
            ArmHit(row.document_id, int(row.chunk_id), float(row.score), len(hits) + 1, float(row.evidence))
        )
        if len(hits) == limit:
            break
    return hits


def _ranked_documents(session: Session, sql: str, params: dict[str, Any], limit: int) -> list[ArmHit]:
    """Each document's best chunk from `sql` (chunks best first, `LIMIT :n`), `limit` documents at most.

    `n` starts at CHUNKS_PER_DOCUMENT × limit chunks and grows only when documents with many matching
    chunks crowd the others out of it.
    """
    n = limit * CHUNKS_PER_DOCUMENT
    while True:
        rows = list(session.execute(text(sql), {**params, "n": n}).all())
        hits = _best_per_document(rows, limit)
        if len(hits) == limit or len(rows) < n or n >= MAX_CHUNKS:
            return hits
        n *= 4


def idf(n_chunks: int, df: int) -> float:
    """Okapi BM25's IDF (the +1 form, never negative); a term the corpus lacks counts as df = 0."""
    return math.log(1 + (n_chunks - df + 0.5) / (df + 0.5))


def text_arm(
    session: Session, actor: Principal, query: str, filters: SearchFilters, limit: int
) -> list[ArmHit]:
    """BM25 (Okapi) over the indexed terms; evidence = share of the query's IDF mass the chunk matches.

    Postings carry tf, the chunk's length and its document's `seq`, and the primary key covers them:
    scoring is an index-only scan of the query terms' postings, joined to the visible documents by
    their integer key, summed per chunk. No chunk row is read.
    """
    terms = query_terms(query)
    if not terms:
        return []
    stats = session.execute(
        text(
            "SELECT c.chunks, c.tokens, t.term, t.df FROM corpus_stats c "
            "LEFT JOIN term_stats t ON t.term = ANY(CAST(:t AS varchar[])) WHERE c.id = 1"
        ),
        {"t": terms},
    ).all()
    n_chunks, total = int(stats[0].chunks), int(stats[0].tokens)
    known = {row.term: int(row.df) for row in stats if row.term is not None}
    present = [t for t in terms if t in known]
    if not n_chunks or not present:
        return []
    weights = {t: idf(n_chunks, known.get(t, 0)) for t in terms}
    params: dict[str, Any] = {
        "terms": present,
        "idfs": [weights[t] for t in present],
        "k1": float(settings_registry.get("docs_bm25_k1")),
        "b": float(settings_registry.get("docs_bm25_b")),
        "avgdl": max(total / n_chunks, 1.0),
        "mass": sum(weights.values()),
    }
    where = _visibility(actor, filters, params)
    sql = f"""
        SELECT ct.chunk_id, d.id AS document_id,
               sum(q.idf * ct.tf * (:k1 + 1) / (ct.tf + :k1 * (1 - :b + :b * ct.token_len / :avgdl))) AS score,
               sum(q.idf) / :mass AS evidence
        FROM unnest(CAST(:terms AS varchar[]), CAST(:idfs AS float8[])) AS q(term, idf)
        JOIN chunk_terms ct ON ct.term = q.term
        JOIN documents d ON d.seq = ct.doc_seq
        WHERE {where}
        GROUP BY ct.chunk_id, d.id
        ORDER BY score DESC, ct.chunk_id
        LIMIT :n"""
    return _ranked_documents(session, sql, params, limit)


def vector_arm(
    session: Session,
    actor: Principal,
    query_vector: np.ndarray,
    model_id: str,
    filters: SearchFilters,
    limit: int,
) -> list[ArmHit]:
    """Cosine similarity over the HNSW index of the current model's width (never mixing dimensions).

    The index holds half-precision copies of the vectors (`halfvec`); an iterative scan keeps walking
    the graph while the visibility filter rejects candidates.
    """
    dim = int(query_vector.shape[0])
    params: dict[str, Any] = {
        "q": "[" + ",".join(f"{x:.6f}" for x in query_vector.tolist()) + "]",
        "model": model_id,
    }
    where = _visibility(actor, filters, params)
    ef_search = max(40, min(1000, limit * CHUNKS_PER_DOCUMENT * 2))
    session.execute(
        text(
            "SELECT set_config('hnsw.ef_search', :ef, true), "
            "set_config('hnsw.iterative_scan', 'relaxed_order', true)"
        ),
        {"ef": str(ef_search)},
    )
    distance = f"(c.embedding::halfvec({dim}) <=> CAST(:q AS halfvec({dim})))"
    sql = f"""
        SELECT c.id AS chunk_id, c.document_id, 1 - {distance} AS score, 1.0 AS evidence
        FROM document_chunks c JOIN documents d ON d.id = c.document_id
        WHERE c.dim = {dim} AND c.model_id = :model AND {where}
        ORDER BY {distance}
        LIMIT :n"""
    hits = _ranked_documents(session, sql, params, limit)
    if hits:  # cosine has a model-specific floor: place each hit between the worst and best candidate
        top, floor = hits[0].score, hits[-1].score
        for hit in hits:
            hit.evidence = (hit.score - floor) / (top - floor) if top > floor else 1.0
    return hits


def fuse(arms: dict[str, list[ArmHit]], weights: dict[str, float], top_k: int) -> list[Fused]:
    """Weighted Reciprocal Rank Fusion: Σ_arm weight · evidence / (k + rank).

    Plain RRF counts a document found by both arms twice, however weakly one of them matched it, so a
    strong arm is dragged down by a weak one. Here each contribution is scaled by the arm's own evidence
    for that hit: for BM25 the share of the query's IDF mass the chunk matches (a cross-language query
    shares few terms with the document, so its keyword hits count little), for vectors the similarity
    placed between the arm's worst (0) and best (1) candidate, since cosine has a model-specific floor. The ranks stay RRF's, so scores of different scales never mix.
    """
    fused: dict[str, Fused] = {}
    for arm, hits in arms.items():
        for hit in hits:
            entry = fused.setdefault(hit.document_id, Fused(hit.document_id, hit.chunk_id, 0.0))
            contribution = weights.get(arm, 1.0) * hit.evidence / (RRF_K + hit.rank)
            best_before = max(
                (weights.get(a, 1.0) / (RRF_K + r) for a, r in entry.ranks.items() if r), default=0
            )
            if weights.get(arm, 1.0) / (RRF_K + hit.rank) > best_before:
                entry.chunk_id = hit.chunk_id  # show the chunk of the arm that ranks the document best
            entry.score += contribution
            entry.ranks[arm] = hit.rank
            entry.arm_scores[arm] = hit.score
    ranked = sorted(fused.values(), key=lambda f: (-f.score, f.document_id))
    for entry in ranked:
        for arm in arms:
            entry.ranks.setdefault(arm, None)
            entry.arm_scores.setdefault(arm, None)
    return ranked[:top_k]


def arm_weights() -> dict[str, float]:
    """Per-arm weights from the settings (the evidence of each hit scales them further, see `fuse`)."""
    return {
        "text": float(settings_registry.get("docs_hybrid_text_weight")),
        "vector": float(settings_registry.get("docs_hybrid_vector_weight")),
    }


def _both(arm: str, value: Any) -> dict[str, Any]:
    """Per-arm values of a single-arm search: the arm that did not run is None."""
    return {name: value if name == arm else None for name in ARMS}


def _text_arm_own_session(
    session: Session, actor: Principal, query: str, filters: SearchFilters, limit: int
) -> list[ArmHit]:
    with Session(session.get_bind()) as own:
        return text_arm(own, actor, query, filters, limit)


async def warm_up() -> None:
    """Lifespan task: load the Korean analyser and the local embedding model before a search needs them
    (loaded on demand, they stalled the first Korean query by 8–23 s on the bench), where documents exist."""
    try:
        await asyncio.to_thread(_warm)
    except Exception:
        log.exception("warming up document search failed")


def _warm() -> None:
    with session_scope() as session:
        sql = "SELECT EXISTS (SELECT 1 FROM documents WHERE status = 'done' AND deleted_at IS NULL)"
        if not session.execute(text(sql)).scalar_one():
            return
    query_terms("디스크 사용률 점검 disk usage")
    name = str(settings_registry.get("embedding_model"))
    if name in embedding.MODELS:  # hosted models are not called for a warm-up
        embedding.provider(name).embed_query("디스크 사용률 점검 disk usage")


def search(
    session: Session,
    *,
    actor: Principal,
    query: str,
    search_type: str = "hybrid",
    top_k: int = 10,
    filters: SearchFilters | None = None,
) -> dict[str, Any]:
    """Hits for `query` visible to `actor`, with per-arm ranks, snippets and timings."""
    require(actor, "docs:read")
    if search_type not in SEARCH_TYPES:
        raise ValidationFailed(
            f"search_type must be text, vector or hybrid, not '{search_type[:20]}'",
            details={"field": "search_type"},
        )
    filters = filters or SearchFilters()
    query = query.strip()[:1000]
    started = time.perf_counter()
    want = top_k * CANDIDATES_PER_K if search_type == "hybrid" else top_k
    model_name = str(settings_registry.get("embedding_model"))
    arms: dict[str, list[ArmHit]] = {}
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="docs-text-arm") as pool:
        if search_type == "hybrid":  # the keyword arm runs on its own connection meanwhile
            keyword = pool.submit(_text_arm_own_session, session, actor, query, filters, want)
        elif search_type == "text":
            arms["text"] = text_arm(session, actor, query, filters, want)
        if search_type in ("vector", "hybrid"):
            vector = embedding.provider(model_name).embed_query(query)
            model_id = embedding.model_id_of(model_name)
            arms["vector"] = vector_arm(session, actor, vector, model_id, filters, want)
        if search_type == "hybrid":
            arms["text"] = keyword.result()
    if search_type == "hybrid":
        ranked = fuse(arms, arm_weights(), top_k)
    else:
        ((arm, hits),) = arms.items()
        ranked = [
            Fused(h.document_id, h.chunk_id, h.score, _both(arm, h.rank), _both(arm, h.score))
            for h in hits[:top_k]
        ]
    materialised = _materialise(session, ranked, query)
    return {
        "query": query,
        "search_type": search_type,
        "top_k": top_k,
        "language": language(query),
        "model_id": embedding.model_id_of(model_name) if "vector" in arms else None,
        "hits": materialised,
        "took_ms": round((time.perf_counter() - started) * 1000, 1),
    }


def _materialise(session: Session, ranked: list[Fused], query: str) -> list[dict[str, Any]]:
    if not ranked:
        return []
    rows = session.execute(
        text(
            "SELECT c.id, c.text, c.meta, c.ord, d.id AS document_id, d.filename, d.title, d.kind, d.version, "
            "d.owner, d.tags FROM document_chunks c JOIN documents d ON d.id = c.document_id "
            "WHERE c.id = ANY(CAST(:ids AS bigint[]))"
        ),
        {"ids": [r.chunk_id for r in ranked]},
    ).all()
    by_id = {row.id: row for row in rows}
    hits = []
    for entry in ranked:
        row = by_id.get(entry.chunk_id)
        if row is None:
            continue
        snippet, marks = snippets.highlight(row.text, query)
        hits.append(
            {
                "document_id": row.document_id,
                "filename": row.filename,
                "title": row.title,
                "kind": row.kind,
                "version": row.version,
                "owner": row.owner,
                "tags": list(row.tags or []),
                "chunk_id": row.id,
                "chunk_ord": row.ord,
                "meta": row.meta,
                "score": round(entry.score, 6),
                "ranks": entry.ranks,
                "arm_scores": {
                    k: (round(v, 6) if v is not None else None) for k, v in entry.arm_scores.items()
                },
                "snippet": snippet,
                "highlights": marks,
            }
        )
    return hits

"""Retrieval quality on the public set (tests/fixtures/docs-public): every mode scored like
../shared/fixtures/check_retrieval.py; hybrid never below the better single arm."""

from __future__ import annotations

import json

import pytest

from services.core.security import SYSTEM
from services.documents import search
from tests.integration.docs_helpers import PUBLIC, ingest_public
from tests.integration.retrieval_scoring import summarise

QUERIES = json.loads((PUBLIC / "queries.json").read_text(encoding="utf-8"))


@pytest.fixture
def corpus(session):
    ids = ingest_public(session, SYSTEM)
    session.commit()
    return ids


def _ranked(session, mode: str) -> dict[str, list[str]]:
    return {
        q["id"]: [
            h["filename"]
            for h in search.search(session, actor=SYSTEM, query=q["query"], search_type=mode)["hits"]
        ]
        for q in QUERIES
    }


def test_every_mode_scored_and_hybrid_not_below_the_better_arm(session, corpus):
    scores = {mode: summarise(QUERIES, _ranked(session, mode)) for mode in ("text", "vector", "hybrid")}
    for mode, groups in scores.items():
        print(mode, {g: round(v["ndcg@10"], 3) for g, v in sorted(groups.items())})
    ndcg = {mode: groups["all"]["ndcg@10"] for mode, groups in scores.items()}
    recall = {mode: groups["all"]["recall@5"] for mode, groups in scores.items()}
    assert ndcg["hybrid"] >= max(ndcg["text"], ndcg["vector"])
    assert recall["hybrid"] >= max(recall["text"], recall["vector"]) - 1e-9
    assert ndcg["hybrid"] >= 0.9
    assert scores["hybrid"]["kind=crosslingual"]["ndcg@10"] >= 0.9


def test_korean_keyword_queries_found_by_the_text_arm(session, corpus):
    korean_keyword = [q for q in QUERIES if q["lang"] == "ko" and q["kind"] == "keyword"]
    assert korean_keyword
    for query in korean_keyword:
        hits = search.search(session, actor=SYSTEM, query=query["query"], search_type="text", top_k=3)["hits"]
        assert hits, query["query"]
        best = max(query["relevant"], key=query["relevant"].get)
        assert hits[0]["filename"] == best, (query["query"], [h["filename"] for h in hits])
        assert hits[0]["highlights"], "the snippet highlights the matched Korean terms"

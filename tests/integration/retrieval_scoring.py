"""The scoring of ../shared/fixtures/check_retrieval.py as functions: nDCG@10, Recall@5, MRR@10.

Names match by stem (foo.pdf counts as foo.md); a document returned several times counts once, at its
best rank. Gain is 2^grade - 1; Recall@5 and MRR@10 count documents with grade >= 1.
"""

from __future__ import annotations

import math
import os
from collections import defaultdict
from typing import Any

K_NDCG, K_RECALL, K_MRR = 10, 5, 10


def stem(name: str) -> str:
    return os.path.splitext(str(name).replace("\\", "/").rstrip("/").rsplit("/", 1)[-1])[0]


def score_query(query: dict[str, Any], ranked_names: list[str]) -> dict[str, float]:
    grades: dict[str, int] = {}
    for name, grade in query["relevant"].items():
        grades[stem(name)] = max(int(grade), grades.get(stem(name), 0))
    ranked = list(dict.fromkeys(stem(n) for n in ranked_names))
    gains = [grades.get(k, 0) for k in ranked]
    dcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains[:K_NDCG]))
    ideal = sorted(grades.values(), reverse=True)[:K_NDCG]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    relevant = sum(1 for g in grades.values() if g > 0)
    recall = sum(1 for g in gains[:K_RECALL] if g > 0) / relevant
    rr = next((1 / (i + 1) for i, g in enumerate(gains[:K_MRR]) if g > 0), 0.0)
    return {"ndcg": dcg / idcg, "recall": recall, "mrr": rr}


def summarise(queries: list[dict[str, Any]], results: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """Mean metrics overall ("all"), per `lang=` and per `kind=`; missing queries score 0."""
    groups: dict[str, list[dict[str, float]]] = defaultdict(list)
    for query in queries:
        scores = score_query(query, results.get(query["id"], []))
        for group in ("all", f"lang={query.get('lang', '?')}", f"kind={query.get('kind', '?')}"):
            groups[group].append(scores)
    return {
        group: {
            "n": len(rows),
            "ndcg@10": sum(r["ndcg"] for r in rows) / len(rows),
            "recall@5": sum(r["recall"] for r in rows) / len(rows),
            "mrr@10": sum(r["mrr"] for r in rows) / len(rows),
        }
        for group, rows in groups.items()
    }

"""Highlighted snippets: the window of a chunk richest in query terms, with the spans to mark.

Terms come from the search tokenizer, so Korean matches by morpheme (`잠금` in `잠금이`), compound piece
(`배치` in `재배치`) and Latin term regardless of case; the spans are character offsets in the snippet.
"""

from __future__ import annotations

import re

from services.documents.tokenize import query_terms

WIDTH = 240


def highlight(text: str, query: str, width: int = WIDTH) -> tuple[str, list[list[int]]]:
    """(snippet, [[start, end], ...]) for `text`; the snippet starts or ends with … when cut."""
    terms = sorted({t for t in query_terms(query) if len(t) >= 2 or t.isdigit()}, key=len, reverse=True)
    spans: list[tuple[int, int, str]] = []
    if terms:
        pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
        spans = [(m.start(), m.end(), m.group().lower()) for m in pattern.finditer(text[:200_000])]
    start = _best_window(spans, len(text), width)
    end = min(len(text), start + width)
    if end - start < width:
        start = max(0, end - width)
    if start > 0:
        space = text.find(" ", start, start + 20)
        start = space + 1 if space != -1 else start
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    body = text[start:end]
    marks = [
        [s - start + len(prefix), e - start + len(prefix)] for s, e, _ in spans if s >= start and e <= end
    ]
    return prefix + body + suffix, marks


def _best_window(spans: list[tuple[int, int, str]], length: int, width: int) -> int:
    """Start of the window with the most distinct terms (then most matches), a little before its first."""
    if not spans:
        return 0
    best, best_key = 0, (-1, -1)
    for i, (s, _, _) in enumerate(spans):
        inside = [sp for sp in spans[i:] if sp[1] <= s + width]
        key = (len({sp[2] for sp in inside}), len(inside))
        if key > best_key:
            best, best_key = s, key
    return max(0, min(best - width // 6, length - width))

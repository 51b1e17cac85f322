"""The /search page: one query in text, vector or hybrid mode, hits with highlights and per-arm ranks."""

from __future__ import annotations

import asyncio
from typing import Any

import reflex as rx

from services.core.db import session_scope
from services.core.security import Principal
from services.documents import search as search_module
from services.documents.models import SearchFilters
from spa_ai.state.page import PageState


def segments(snippet: str, marks: list[list[int]]) -> list[dict[str, Any]]:
    """The snippet cut into plain and highlighted pieces."""
    out, at = [], 0
    for start, end in sorted(marks):
        if start < at:
            continue
        if start > at:
            out.append({"text": snippet[at:start], "hit": False})
        out.append({"text": snippet[start:end], "hit": True})
        at = end
    if at < len(snippet):
        out.append({"text": snippet[at:], "hit": False})
    return out


def hit_view(hit: dict[str, Any]) -> dict[str, Any]:
    meta = hit["meta"] or {}
    where = [" › ".join(meta.get("heading_path") or []), f"p.{meta['page']}" if meta.get("page") else ""]
    ranks = hit["ranks"]
    return {
        "document_id": hit["document_id"],
        "chunk_id": str(hit["chunk_id"]),
        "title": hit["title"] or hit["filename"],
        "filename": hit["filename"],
        "kind": hit["kind"].upper(),
        "where": " · ".join(w for w in where if w),
        "score": f"{hit['score']:.4f}",
        "text_rank": str(ranks.get("text") or "—") if "text" in ranks else "",
        "vector_rank": str(ranks.get("vector") or "—") if "vector" in ranks else "",
        "segments": segments(hit["snippet"], hit["highlights"]),
        "link": f"/documents/{hit['document_id']}?chunk={hit['chunk_id']}",
    }


def _search(
    principal: Principal, query: str, mode: str, top_k: int, filters: SearchFilters
) -> dict[str, Any]:
    with session_scope() as session:
        return search_module.search(
            session, actor=principal, query=query, search_type=mode, top_k=top_k, filters=filters
        )


class SearchState(PageState, rx.State):
    """The query, the mode, the filters and the hits."""

    query: str = ""
    mode: str = "hybrid"
    kind: str = "all"
    shared_only: bool = False
    hits: list[dict[str, Any]] = []
    searched: bool = False
    took_ms: str = ""

    @rx.event
    async def load(self):
        caller = await self.authorize("docs:read")
        if not isinstance(caller, Principal):
            return caller
        self.loading = False
        return None

    @rx.event
    def set_query(self, value: str):
        self.query = value[:1000]

    @rx.event
    def set_mode(self, value: str | list[str]):
        value = value[0] if isinstance(value, list) and value else value
        if value in ("text", "vector", "hybrid"):
            self.mode = str(value)
        return SearchState.run if self.searched else None

    @rx.event
    def set_kind(self, value: str):
        self.kind = value
        return SearchState.run if self.searched else None

    @rx.event
    def set_shared_only(self, value: bool):
        self.shared_only = bool(value)
        return SearchState.run if self.searched else None

    @rx.event
    async def run(self):
        caller = await self.authorize("docs:read")
        if not isinstance(caller, Principal):
            yield caller
            return
        if not self.query.strip():
            yield rx.toast.error(await self.message("docs.query_required"))
            return
        filters = SearchFilters(
            kinds=[] if self.kind == "all" else [self.kind], shared_with_me=self.shared_only
        )
        self.loading = True
        yield
        try:
            result = await asyncio.to_thread(_search, caller, self.query, self.mode, 10, filters)
        except Exception as exc:
            self.loading = False
            yield await self.toast_error(exc)
            return
        self.hits = [hit_view(h) for h in result["hits"]]
        self.took_ms = f"{result['took_ms']:.0f}"
        self.searched, self.loading = True, False

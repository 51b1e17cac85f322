"""The /search page: one query in text, vector or hybrid mode with filters (type, owner, tags, upload
dates, shared with me, older versions); hits with highlights and the ranks of the arms that ran.

`filters_of` and `hit_view` are plain functions (unit-tested): the state only validates, calls
`services.documents.search` off the event loop and keeps what the page shows.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import reflex as rx

from services.core.clock import display_timezone
from services.core.db import session_scope
from services.core.security import Principal
from services.documents import search as search_module
from services.documents.models import KINDS, SearchFilters
from spa_ai.state.page import PageState

MODES = ("hybrid", "text", "vector")


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


def _rank(ranks: dict[str, int | None], arm: str, mode: str) -> str:
    """The arm's rank as shown: '' when the arm did not run, '—' when it did not find the document."""
    if mode not in (arm, "hybrid"):
        return ""
    return str(ranks.get(arm) or "—")


def hit_view(hit: dict[str, Any], mode: str) -> dict[str, Any]:
    """A search hit as the page shows it."""
    meta = hit["meta"] or {}
    where = [
        " › ".join(meta.get("heading_path") or []),
        f"p.{meta['page']}" if meta.get("page") else "",
        f"sheet {meta['sheet']}" if meta.get("sheet") else "",
        f"slide {meta['slide']}" if meta.get("slide") else "",
    ]
    return {
        "document_id": hit["document_id"],
        "chunk_id": str(hit["chunk_id"]),
        "title": hit["title"] or hit["filename"],
        "filename": hit["filename"],
        "kind": hit["kind"].upper(),
        "version": f"v{hit['version']}",
        "owner": hit["owner"],
        "where": " · ".join(w for w in where if w),
        "score": f"{hit['score']:.4f}",
        "text_rank": _rank(hit["ranks"], "text", mode),
        "vector_rank": _rank(hit["ranks"], "vector", mode),
        "segments": segments(hit["snippet"], hit["highlights"]),
        "link": f"/documents/{hit['document_id']}?chunk={hit['chunk_id']}",
    }


def _day_start(value: str, zone: ZoneInfo) -> datetime:
    return datetime.combine(date.fromisoformat(value), time.min, tzinfo=zone)


def filters_of(
    *,
    kind: str,
    owner: str,
    tags_text: str,
    date_from: str,
    date_to: str,
    shared_only: bool,
    all_versions: bool,
    tz_name: str,
) -> SearchFilters:
    """The search filters the form describes; dates are whole days in `tz_name`, both ends included.
    ValueError for a date that is not YYYY-MM-DD."""
    zone = ZoneInfo(tz_name)
    return SearchFilters(
        kinds=[kind] if kind in KINDS else [],
        owner=owner.strip() or None,
        tags=[t.strip() for t in tags_text.split(",") if t.strip()][:20],
        date_from=_day_start(date_from, zone) if date_from else None,
        date_to=_day_start(date_to, zone) + timedelta(days=1) if date_to else None,
        shared_with_me=shared_only,
        all_versions=all_versions,
    )


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
    owner: str = ""
    tags_text: str = ""
    date_from: str = ""
    date_to: str = ""
    shared_only: bool = False
    all_versions: bool = False
    hits: list[dict[str, Any]] = []
    searched: bool = False
    took_ms: str = ""

    @rx.var
    def filtered(self) -> bool:
        return bool(
            self.kind != "all"
            or self.owner
            or self.tags_text
            or self.date_from
            or self.date_to
            or self.shared_only
            or self.all_versions
        )

    @rx.event
    async def load(self):
        caller = await self.authorize("docs:read", quiet=True)
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
        if value in MODES:
            self.mode = str(value)
        return SearchState.run if self.searched else None

    @rx.event
    def set_kind(self, value: str):
        self.kind = value if value in KINDS else "all"
        return SearchState.run if self.searched else None

    @rx.event
    def set_owner(self, value: str):
        self.owner = value[:120]

    @rx.event
    def set_tags_text(self, value: str):
        self.tags_text = value[:300]

    @rx.event
    def set_date_from(self, value: str):
        self.date_from = value[:10]
        return SearchState.run if self.searched else None

    @rx.event
    def set_date_to(self, value: str):
        self.date_to = value[:10]
        return SearchState.run if self.searched else None

    @rx.event
    def set_shared_only(self, value: bool):
        self.shared_only = bool(value)
        return SearchState.run if self.searched else None

    @rx.event
    def set_all_versions(self, value: bool):
        self.all_versions = bool(value)
        return SearchState.run if self.searched else None

    @rx.event
    def clear_filters(self):
        self.kind, self.owner, self.tags_text, self.date_from, self.date_to = "all", "", "", "", ""
        self.shared_only = self.all_versions = False
        return SearchState.run if self.searched else None

    @rx.event
    async def run(self):
        caller = await self.authorize("docs:read")
        if not isinstance(caller, Principal):
            yield caller
            return
        if not self.query.strip():
            await self.notify("error", await self.message("docs.query_required"))
            yield
            return
        try:
            filters = filters_of(
                kind=self.kind,
                owner=self.owner,
                tags_text=self.tags_text,
                date_from=self.date_from,
                date_to=self.date_to,
                shared_only=self.shared_only,
                all_versions=self.all_versions,
                tz_name=display_timezone(),
            )
        except ValueError:
            await self.notify("error", await self.message("docs.bad_date"))
            yield
            return
        self.loading = True
        yield
        try:
            result = await asyncio.to_thread(_search, caller, self.query, self.mode, 10, filters)
        except Exception as exc:
            self.loading = False
            await self.toast_error(exc)
            return
        self.hits = [hit_view(h, result["search_type"]) for h in result["hits"]]
        self.took_ms = f"{result['took_ms']:.0f}"
        self.searched, self.loading = True, False

"""/search: query box, text/vector/hybrid toggle, type filter; hits with highlights and per-arm ranks."""

from __future__ import annotations

from typing import Any

import reflex as rx

from services.documents.models import KINDS
from spa_ai.components.i18n import t
from spa_ai.components.layout import empty_state
from spa_ai.shell import page
from spa_ai.state.search import SearchState

S = SearchState


def _run_on_enter(key: rx.Var) -> Any:
    return rx.cond(key == "Enter", S.run, rx.noop())  # type: ignore[arg-type]


def _switch(label_key: str, checked: rx.Var, on_change: Any, testid: str) -> rx.Component:
    return rx.hstack(
        rx.switch(checked=checked, on_change=on_change, data_testid=testid),
        rx.text(t(label_key), size="2"),
        align="center",
    )


def _form() -> rx.Component:
    query_row = rx.flex(
        rx.input(
            placeholder=t("docs.search_placeholder"),
            value=S.query,
            on_change=S.set_query,
            on_key_down=_run_on_enter,
            flex="1 1 280px",
            min_width="0",
            data_testid="search-query",
        ),
        rx.segmented_control.root(
            rx.segmented_control.item(t("docs.mode_hybrid"), value="hybrid", data_testid="mode-hybrid"),
            rx.segmented_control.item(t("docs.mode_text"), value="text", data_testid="mode-text"),
            rx.segmented_control.item(t("docs.mode_vector"), value="vector", data_testid="mode-vector"),
            value=S.mode,
            on_change=S.set_mode,
            data_testid="search-mode",
        ),
        rx.button(rx.icon("search", size=16), t("common.search"), on_click=S.run, data_testid="search-run"),
        gap="10px",
        wrap="wrap",
        align="center",
        width="100%",
    )
    filters = rx.flex(
        rx.select.root(
            rx.select.trigger(width="130px", data_testid="filter-kind"),
            rx.select.content(
                rx.select.item(t("docs.all_types"), value="all"),
                *(rx.select.item(k.upper(), value=k) for k in KINDS),
            ),
            value=S.kind,
            on_change=S.set_kind,
        ),
        rx.input(
            placeholder=t("docs.filter_owner"),
            value=S.owner,
            on_change=S.set_owner,
            on_key_down=_run_on_enter,
            width="140px",
            data_testid="filter-owner",
        ),
        rx.input(
            placeholder=t("docs.filter_tags"),
            value=S.tags_text,
            on_change=S.set_tags_text,
            on_key_down=_run_on_enter,
            width="220px",
            data_testid="filter-tags",
        ),
        rx.hstack(
            rx.text(t("docs.filter_from"), size="1", color=rx.color("gray", 10)),
            rx.input(type="date", value=S.date_from, on_change=S.set_date_from, data_testid="filter-from"),
            rx.text(t("docs.filter_to"), size="1", color=rx.color("gray", 10)),
            rx.input(type="date", value=S.date_to, on_change=S.set_date_to, data_testid="filter-to"),
            align="center",
            spacing="2",
        ),
        _switch("docs.shared_with_me", S.shared_only, S.set_shared_only, "filter-shared"),
        _switch("docs.all_versions", S.all_versions, S.set_all_versions, "filter-versions"),
        rx.cond(
            S.filtered,
            rx.button(
                t("docs.clear_filters"),
                size="1",
                variant="ghost",
                on_click=S.clear_filters,
                color_scheme="gray",
            ),
        ),
        gap="10px",
        wrap="wrap",
        align="center",
        width="100%",
    )
    return rx.vstack(query_row, filters, width="100%", spacing="3")


def _hit(h: rx.Var) -> rx.Component:
    snippet = rx.text(
        rx.foreach(
            h["segments"].to(list[dict[str, str | bool]]),
            lambda seg: rx.cond(
                seg["hit"],
                rx.el.mark(seg["text"], style={"background": rx.color("amber", 5), "border_radius": "2px"}),
                rx.text.span(seg["text"]),
            ),
        ),
        size="2",
        white_space="pre-wrap",
        data_testid="search-snippet",
    )
    ranks = rx.hstack(
        rx.cond(
            h["text_rank"] != "",
            rx.badge(t("docs.mode_text"), " #", h["text_rank"], variant="soft", data_testid="rank-text"),
        ),
        rx.cond(
            h["vector_rank"] != "",
            rx.badge(
                t("docs.mode_vector"),
                " #",
                h["vector_rank"],
                variant="soft",
                color_scheme="violet",
                data_testid="rank-vector",
            ),
        ),
        rx.text(t("docs.score"), " ", h["score"], size="1", color=rx.color("gray", 10)),
        spacing="2",
        align="center",
    )
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.link(h["title"], href=h["link"], weight="medium", data_testid="search-hit-link"),
                rx.badge(h["kind"], variant="outline"),
                rx.badge(h["version"], variant="soft", color_scheme="gray"),
                rx.text(h["filename"], " · ", h["owner"], size="1", color=rx.color("gray", 10)),
                wrap="wrap",
                align="center",
            ),
            rx.cond(h["where"] != "", rx.text(h["where"], size="1", color=rx.color("gray", 10))),
            snippet,
            ranks,
            spacing="2",
            width="100%",
        ),
        width="100%",
        data_testid="search-hit",
    )


@page(
    "/search",
    title_key="nav.search",
    icon="search",
    permission="docs:read",
    on_load=SearchState.load,
    nav_order=41,
)
def search_page() -> rx.Component:
    results = rx.cond(
        S.loading,
        rx.center(rx.spinner(), width="100%", padding="24px"),
        rx.cond(
            S.hits.length() > 0,
            rx.vstack(
                rx.text(
                    S.hits.length(),
                    " ",
                    t("docs.hits_suffix"),
                    " · ",
                    S.took_ms,
                    " ms",
                    size="1",
                    color=rx.color("gray", 10),
                ),
                rx.foreach(S.hits, _hit),
                width="100%",
                spacing="3",
            ),
            rx.cond(S.searched, empty_state("docs.no_hits"), rx.text(t("docs.search_help"), size="2")),
        ),
    )
    return rx.vstack(_form(), results, width="100%", spacing="4")

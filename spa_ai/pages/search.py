"""/search: query box, text/vector/hybrid toggle, type filter; hits with highlights and per-arm ranks."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t
from spa_ai.components.layout import empty_state
from spa_ai.shell import page
from spa_ai.state.search import SearchState

S = SearchState


def _form() -> rx.Component:
    return rx.flex(
        rx.input(
            placeholder=t("docs.search_placeholder"),
            value=S.query,
            on_change=S.set_query,
            on_key_down=lambda key: rx.cond(key == "Enter", S.run, rx.noop()),  # type: ignore[arg-type]
            width="100%",
            max_width="560px",
            data_testid="search-query",
        ),
        rx.segmented_control.root(
            rx.segmented_control.item(t("docs.mode_hybrid"), value="hybrid"),
            rx.segmented_control.item(t("docs.mode_text"), value="text"),
            rx.segmented_control.item(t("docs.mode_vector"), value="vector"),
            value=S.mode,
            on_change=S.set_mode,
            data_testid="search-mode",
        ),
        rx.select.root(
            rx.select.trigger(width="140px"),
            rx.select.content(
                rx.select.item(t("docs.all_types"), value="all"),
                *(
                    rx.select.item(k.upper(), value=k)
                    for k in ("pdf", "docx", "xlsx", "pptx", "md", "txt", "png", "jpeg")
                ),
            ),
            value=S.kind,
            on_change=S.set_kind,
        ),
        rx.hstack(
            rx.switch(checked=S.shared_only, on_change=S.set_shared_only),
            rx.text(t("docs.shared_with_me"), size="2"),
            align="center",
        ),
        rx.button(rx.icon("search", size=16), t("common.search"), on_click=S.run, data_testid="search-run"),
        gap="10px",
        wrap="wrap",
        align="center",
        width="100%",
    )


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
                rx.link(h["title"], href=h["link"], weight="medium"),
                rx.badge(h["kind"], variant="outline"),
                rx.text(h["filename"], size="1", color=rx.color("gray", 10)),
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

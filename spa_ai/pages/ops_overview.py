"""OPS overview (/ops/overview): KPI cards, outcomes over time, questions per route, latency per stage,
LLM usage and the most frequent unclear questions."""

from __future__ import annotations

import plotly.graph_objects as go
import reflex as rx

from services.ops.kpis import WINDOWS
from spa_ai.components.answer_blocks import MONO
from spa_ai.components.i18n import t
from spa_ai.components.layout import empty_state, scroll_box, state_view
from spa_ai.shell import page
from spa_ai.state.ops_overview import OverviewState

S = OverviewState
CARDS = ("questions", "ok", "unclear", "refused", "error", "p95")
LLM_CARDS = ("llm_runs", "tokens", "cost", "fallbacks")


def _stat(key: str) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(t(f"overview.{key}"), size="1", color=rx.color("gray", 10)),
            rx.text(S.cards[key], size="5", weight="bold", font_family=MONO),
            spacing="1",
        ),
        min_width="130px",
        data_testid=f"kpi-{key}",
    )


def _chart(title_key: str, figure: go.Figure, test_id: str) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t(title_key), size="3"),
            rx.plotly(data=figure, width="100%", config={"displaylogo": False}),
            width="100%",
        ),
        width="100%",
        data_testid=test_id,
    )


def _unclear_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(row["question"]),
        rx.table.cell(row["count"]),
        rx.table.cell(rx.text(row["at"], size="2", white_space="nowrap")),
        data_testid="unclear-row",
    )


@page(
    "/ops/overview",
    title_key="overview.title",
    icon="gauge",
    nav_key="nav.overview",
    permission="ops:watch",
    on_load=S.load,
    nav_order=21,
)
def overview_page() -> rx.Component:
    windows = rx.segmented_control.root(
        *(rx.segmented_control.item(w, value=w) for w in WINDOWS),
        value=S.window,
        on_change=S.set_window,
        data_testid="kpi-window",
    )
    unclear = rx.table.root(
        rx.table.header(
            rx.table.row(
                *(rx.table.column_header_cell(t(f"overview.col.{c}")) for c in ("question", "count", "last"))
            )
        ),
        rx.table.body(rx.foreach(S.unclear, _unclear_row)),
        width="100%",
        size="1",
    )
    body = rx.vstack(
        rx.hstack(rx.spacer(), windows, width="100%"),
        rx.flex(*(_stat(k) for k in CARDS), gap="12px", wrap="wrap"),
        rx.grid(
            _chart("overview.outcomes", S.outcomes, "kpi-outcomes"),
            _chart("overview.routes", S.routes, "kpi-routes"),
            _chart("overview.latency", S.latency, "kpi-latency"),
            rx.card(
                rx.vstack(
                    rx.heading(t("overview.llm"), size="3"),
                    rx.flex(*(_stat(k) for k in LLM_CARDS), gap="12px", wrap="wrap"),
                    width="100%",
                ),
                width="100%",
            ),
            columns=rx.breakpoints(initial="1", lg="2"),
            gap="16px",
            width="100%",
        ),
        rx.card(
            rx.vstack(
                rx.heading(t("overview.unclear_top"), size="3"),
                rx.cond(S.unclear.length() > 0, scroll_box(unclear), empty_state("overview.no_unclear")),
                width="100%",
            ),
            width="100%",
        ),
        width="100%",
        spacing="4",
    )
    return state_view(S, body, S.load)

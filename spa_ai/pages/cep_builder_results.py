"""The rule builder's side column: what the drafted rule would do, as a live preview on current data and
a backtest over a past range (chart and transitions)."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t, t_format
from spa_ai.components.layout import empty_state
from spa_ai.state.cep_builder import CepBuilderState as S
from spa_ai.state.cep_builder_views import RANGES

_STATE_COLORS = {"firing": "red", "pending": "amber", "ok": "green", "nodata": "gray"}


def _preview_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(row["ci"]),
        rx.table.cell(row["value"]),
        rx.table.cell(
            rx.badge(row["label"], color_scheme=rx.match(row["state"], *_STATE_COLORS.items(), "gray")),
            data_state=row["state"],
        ),
        data_testid="preview-row",
    )


def preview_card() -> rx.Component:
    table = rx.table.root(
        rx.table.header(
            rx.table.row(
                *(rx.table.column_header_cell(t(f"cep_builder.col.{k}")) for k in ("ci", "value", "state"))
            )
        ),
        rx.table.body(rx.foreach(S.preview, _preview_row)),
        width="100%",
        size="1",
    )
    body = rx.cond(
        S.has_errors,
        rx.text(t("cep_builder.preview_invalid"), size="2", color=rx.color("gray", 10)),
        rx.cond(
            S.preview_error != "",
            rx.callout(S.preview_error, icon="triangle-alert", color_scheme="red", size="1"),
            rx.cond(
                S.preview.length() > 0,  # type: ignore[attr-defined]
                rx.vstack(
                    rx.text(
                        t_format(
                            "cep_builder.preview_summary",
                            active=S.active_count.to_string(),
                            total=S.preview.length().to_string(),  # type: ignore[attr-defined]
                        ),
                        size="2",
                        data_testid="preview-summary",
                    ),
                    rx.box(table, max_height="320px", overflow_y="auto", width="100%"),
                    width="100%",
                ),
                empty_state("cep_builder.preview_none"),
            ),
        ),
    )
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.heading(t("cep_builder.preview"), size="3"), rx.cond(S.previewing, rx.spinner(size="1"))
            ),
            rx.text(t("cep_builder.preview_hint"), size="1", color=rx.color("gray", 10)),
            body,
            spacing="2",
            width="100%",
        ),
        width="100%",
        data_testid="preview",
    )


def _transition_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(row["at"]),
        rx.table.cell(row["ci"]),
        rx.table.cell(row["change"]),
        rx.table.cell(row["value"]),
        data_testid="backtest-transition",
    )


def backtest_card() -> rx.Component:
    controls = rx.hstack(
        rx.select.root(
            rx.select.trigger(data_testid="backtest-range"),
            rx.select.content(*(rx.select.item(t(f"cep_builder.range.{k}"), value=k) for k in RANGES)),
            value=S.range_key,
            on_change=S.set_range,
        ),
        rx.button(
            rx.icon("history", size=16),
            t("cep_builder.run_backtest"),
            on_click=S.run_backtest,
            loading=S.backtesting,
            disabled=S.has_errors,
            data_testid="run-backtest",
        ),
        spacing="2",
        align="center",
    )
    result = rx.vstack(
        rx.text(S.summary, size="2", weight="medium", data_testid="backtest-summary"),
        rx.box(
            rx.plotly(data=S.figure, width="100%", config={"displaylogo": False}),
            width="100%",
            data_testid="backtest-chart",
        ),
        rx.cond(
            S.transitions.length() > 0,  # type: ignore[attr-defined]
            rx.box(
                rx.table.root(
                    rx.table.body(rx.foreach(S.transitions, _transition_row)), size="1", width="100%"
                ),
                max_height="200px",
                overflow_y="auto",
                width="100%",
            ),
        ),
        width="100%",
    )
    return rx.card(
        rx.vstack(
            rx.heading(t("cep_builder.backtest"), size="3"),
            rx.text(t("cep_builder.backtest_hint"), size="1", color=rx.color("gray", 10)),
            controls,
            rx.cond(S.summary != "", result, empty_state("cep_builder.backtest_empty")),
            spacing="2",
            width="100%",
        ),
        width="100%",
        data_testid="backtest",
    )

"""Renderers for OPS answer blocks: text, table (sortable, "show more"), chart, graph, rca, reference.

`actions` is the state class holding the answer (the chat or the trace viewer); it provides the
`sort_table`, `show_more` and `open_graph_node` handlers of `spa_ai.state.ops.BlockActions`.
Charts and graphs reuse the infrastructure page's Plotly components.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import reflex as rx

from spa_ai.components.charts import metric_chart
from spa_ai.components.graph_view import graph_view
from spa_ai.components.i18n import t

MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace"


def text_block(block: rx.Var) -> rx.Component:
    return rx.text(block.text, white_space="pre-wrap", size="3", data_testid="block-text")


def _header_cell(msg_id: rx.Var, block: rx.Var, name: rx.Var, col: rx.Var, actions: Any) -> rx.Component:
    arrow = rx.cond(
        block.sort_col == col,
        rx.icon(rx.cond(block.sort_desc, "arrow-down", "arrow-up"), size=14),
        rx.icon("arrow-up-down", size=12, color=rx.color("gray", 8)),
    )
    return rx.table.column_header_cell(
        rx.hstack(rx.text(name), arrow, align="center", spacing="1"),
        on_click=actions.sort_table(msg_id, block.index, col),
        cursor="pointer",
        white_space="nowrap",
        _hover={"background": rx.color("accent", 3)},
        data_testid="table-header",
    )


def table_block(msg_id: rx.Var, block: rx.Var, actions: Any) -> rx.Component:
    """A sortable table showing `block.shown` rows, with "show more" for the rest."""
    rows = rx.foreach(
        block.rows,
        lambda row, i: rx.cond(
            i < block.shown,
            rx.table.row(
                rx.foreach(row, lambda value: rx.table.cell(value, white_space="nowrap")),
                data_testid="table-row",
            ),
        ),
    )
    kept = block.rows.length()
    visible = rx.cond(block.shown < kept, block.shown, kept)
    footer = rx.hstack(
        rx.text(visible, " / ", block.total_rows, " ", t("ops.rows"), size="1", color=rx.color("gray", 10)),
        rx.cond(
            kept > block.shown,
            rx.button(
                t("ops.show_more"),
                size="1",
                variant="soft",
                on_click=actions.show_more(msg_id, block.index),
                data_testid="show-more",
            ),
        ),
        rx.cond(
            block.total_rows > kept,
            rx.text(t("ops.rows_capped"), size="1", color=rx.color("orange", 10)),
        ),
        align="center",
        spacing="3",
    )
    return rx.vstack(
        rx.box(
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        rx.foreach(
                            block.columns, lambda name, col: _header_cell(msg_id, block, name, col, actions)
                        )
                    )
                ),
                rx.table.body(rows),
                size="1",
                variant="surface",
                width="100%",
            ),
            overflow_x="auto",
            width="100%",
        ),
        footer,
        width="100%",
        spacing="1",
        data_testid="block-table",
    )


def chart_block(block: rx.Var) -> rx.Component:
    return rx.box(metric_chart(block.figure.to(go.Figure)), width="100%", data_testid="block-chart")


def graph_block(msg_id: rx.Var, block: rx.Var, actions: Any) -> rx.Component:
    return rx.box(
        graph_view(
            block.figure.to(go.Figure),
            lambda points: actions.open_graph_node(msg_id, block.index, points),
        ),
        width="100%",
        data_testid="block-graph",
    )


def _hypothesis(h: rx.Var) -> rx.Component:
    bar = rx.box(
        rx.box(height="100%", width=h.pct, background=rx.color("accent", 9), border_radius="4px"),
        width="160px",
        height="8px",
        background=rx.color("gray", 4),
        border_radius="4px",
    )
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.badge("#", h.rank, variant="solid", radius="full"),
                rx.link(rx.text(h.ci, weight="bold"), href="/infra/" + h.ci.to(str), data_testid="rca-ci"),
                rx.spacer(),
                bar,
                rx.text(h.pct, size="1", width="40px", text_align="right", data_testid="rca-score"),
                align="center",
                width="100%",
                spacing="2",
            ),
            rx.text(h.cause, size="2"),
            rx.el.ul(
                rx.foreach(h.evidence, lambda e: rx.el.li(rx.text(e, size="1", font_family=MONO))),
                padding_left="18px",
                margin="0",
            ),
            spacing="1",
            width="100%",
        ),
        width="100%",
        size="1",
        data_testid="rca-hypothesis",
    )


def rca_block(block: rx.Var) -> rx.Component:
    return rx.vstack(
        rx.text(t("ops.hypotheses"), size="2", weight="bold"),
        rx.foreach(block.hypotheses, _hypothesis),
        width="100%",
        spacing="2",
        data_testid="block-rca",
    )


def code_panel(summary: rx.Component, code: rx.Var | str, testid: str) -> rx.Component:
    """A collapsed panel with monospace text (SQL, Cypher, JSON)."""
    return rx.el.details(
        rx.el.summary(summary, cursor="pointer", font_size="13px", color=rx.color("gray", 11)),
        rx.el.pre(
            code,
            font_family=MONO,
            font_size="12px",
            white_space="pre-wrap",
            word_break="break-word",
            padding="10px",
            margin_top="6px",
            border_radius="6px",
            background=rx.color("gray", 3),
            max_height="320px",
            overflow="auto",
        ),
        width="100%",
        data_testid=testid,
    )


def reference_block(block: rx.Var) -> rx.Component:
    label = rx.hstack(
        rx.icon("database", size=14),
        rx.text(t("ops.reference")),
        rx.badge(block.kind, variant="soft", size="1"),
        align="center",
        spacing="2",
        display="inline-flex",
    )
    return code_panel(label, block.text, "block-reference")


def answer_blocks(msg_id: rx.Var, blocks: rx.Var, actions: Any) -> rx.Component:
    """Every block of one answer, in order."""
    return rx.vstack(
        rx.foreach(
            blocks,
            lambda block: rx.match(
                block.type,
                ("text", text_block(block)),
                ("table", table_block(msg_id, block, actions)),
                ("chart", chart_block(block)),
                ("graph", graph_block(msg_id, block, actions)),
                ("rca", rca_block(block)),
                ("reference", reference_block(block)),
                text_block(block),
            ),
        ),
        width="100%",
        spacing="3",
    )

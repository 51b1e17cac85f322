"""Regression Watch (/ops/regression): pass-rate history, one run's per-query results with diffs and the
'accept as new baseline' action, and the golden queries (import, delete)."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.answer_blocks import MONO
from spa_ai.components.i18n import t
from spa_ai.components.layout import empty_state, scroll_box, state_view
from spa_ai.shell import page
from spa_ai.state.ops_regression import UPLOAD_ID, RegressionState

S = RegressionState
OUTCOME_COLORS = (("pass", "green"), ("new", "blue"), ("regressed", "red"), ("failed", "red"))


def _run_row(run: rx.Var) -> rx.Component:
    selected = S.run_id == run["id"]
    return rx.table.row(
        rx.table.cell(rx.text(run["at"], size="2", white_space="nowrap")),
        rx.table.cell(rx.badge(run["status"], color_scheme=rx.cond(run["status"] == "ok", "green", "red"))),
        rx.table.cell(run["total"]),
        rx.table.cell(run["passed"]),
        rx.table.cell(run["new"]),
        rx.table.cell(rx.text(run["regressed"], weight="bold")),
        rx.table.cell(run["trigger"]),
        rx.table.cell(rx.text(run["seconds"], font_family=MONO, size="2")),
        on_click=S.select_run(run["id"].to(str)),
        cursor="pointer",
        background=rx.cond(selected, rx.color("accent", 3), "transparent"),
        data_testid="regression-run",
    )


def _result(row: rx.Var) -> rx.Component:
    outcome = row.outcome.to(str)
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.badge(outcome, color_scheme=rx.match(outcome, *OUTCOME_COLORS, "gray")),
                rx.code(row.key, size="1"),
                rx.text(row.question, size="2", weight="medium"),
                rx.spacer(),
                rx.link(t("ops.trace"), href="/ops/traces/" + row.trace_id.to(str), size="1"),
                rx.text(row.ms, size="1", font_family=MONO),
                rx.cond(
                    S.can_write & ((outcome == "regressed") | (outcome == "failed")),
                    rx.button(
                        t("regression.accept"),
                        size="1",
                        variant="soft",
                        on_click=S.accept(row.result_id),
                        data_testid="regression-accept",
                    ),
                ),
                width="100%",
                align="center",
                wrap="wrap",
            ),
            rx.cond(row.why != "", rx.text(row.why, size="1", color=rx.color("red", 11))),
            rx.foreach(
                row.changes, lambda c: rx.text(c, size="1", font_family=MONO, data_testid="regression-diff")
            ),
            spacing="1",
            width="100%",
        ),
        width="100%",
        data_testid="regression-result",
        data_outcome=outcome,
    )


def _query_row(query: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.code(query["key"], size="1")),
        rx.table.cell(query["question"]),
        rx.table.cell(query["routes"]),
        rx.table.cell(query["tags"]),
        rx.table.cell(query["pinned"]),
        rx.table.cell(query["baseline"]),
        rx.cond(
            S.can_write,
            rx.table.cell(
                rx.icon_button(
                    rx.icon("trash-2", size=14),
                    size="1",
                    variant="ghost",
                    color_scheme="red",
                    on_click=S.delete_query(query["key"].to(str)),
                    aria_label="delete",
                )
            ),
        ),
        data_testid="golden-row",
    )


def _toolbar() -> rx.Component:
    upload = rx.upload.root(
        rx.hstack(rx.icon("file-json", size=16), rx.text(t("regression.import_hint"), size="1")),
        rx.foreach(rx.selected_files(UPLOAD_ID), lambda n: rx.badge(n, variant="soft")),
        id=UPLOAD_ID,
        accept={"application/json": [".json"]},
        max_files=1,
        border=f"1px dashed {rx.color('gray', 8)}",
        border_radius="6px",
        padding="6px 10px",
        cursor="pointer",
    )
    return rx.cond(
        S.can_write,
        rx.hstack(
            rx.input(
                placeholder=t("regression.tags"),
                value=S.tags,
                on_change=S.set_tags,
                width="220px",
                max_length=200,
                data_testid="regression-tags",
            ),
            rx.button(
                rx.icon("play", size=16),
                t("regression.run_now"),
                on_click=S.run_now,
                loading=S.running,
                data_testid="regression-run-now",
            ),
            rx.spacer(),
            upload,
            rx.button(
                t("regression.import"),
                variant="soft",
                on_click=S.import_file(rx.upload_files(upload_id=UPLOAD_ID)),
            ),
            width="100%",
            align="center",
            wrap="wrap",
        ),
    )


def _card(title_key: str, *children: rx.Component, **props: object) -> rx.Component:
    return rx.card(
        rx.vstack(rx.heading(t(title_key), size="3"), *children, width="100%", spacing="3"),
        width="100%",
        **props,
    )


@page(
    "/ops/regression",
    title_key="regression.title",
    icon="flask-conical",
    nav_key="nav.regression",
    permission="ops:ask",
    on_load=S.load,
    nav_order=22,
)
def regression_page() -> rx.Component:
    runs_table = rx.table.root(
        rx.table.header(
            rx.table.row(
                *(
                    rx.table.column_header_cell(t(f"regression.col.{c}"))
                    for c in ("time", "status", "total", "pass", "new", "regressed", "trigger", "seconds")
                )
            )
        ),
        rx.table.body(rx.foreach(S.runs, _run_row)),
        width="100%",
        size="1",
    )
    queries_table = rx.table.root(
        rx.table.header(
            rx.table.row(
                *(
                    rx.table.column_header_cell(t(f"regression.col.{c}"))
                    for c in ("key", "question", "routes", "tags", "pinned", "baseline")
                ),
                rx.cond(S.can_write, rx.table.column_header_cell("")),
            )
        ),
        rx.table.body(rx.foreach(S.queries, _query_row)),
        width="100%",
        size="1",
    )
    body = rx.vstack(
        _toolbar(),
        rx.cond(
            S.runs.length() > 0,
            rx.vstack(
                _card(
                    "regression.history",
                    rx.plotly(data=S.chart, width="100%", config={"displaylogo": False}),
                    scroll_box(runs_table),
                    data_testid="regression-history",
                ),
                _card("regression.results", rx.foreach(S.results, _result), data_testid="regression-results"),
                width="100%",
                spacing="4",
            ),
            empty_state("regression.no_runs"),
        ),
        _card(
            "regression.queries",
            rx.cond(S.queries.length() > 0, scroll_box(queries_table), empty_state("regression.no_queries")),
        ),
        width="100%",
        spacing="4",
    )
    return state_view(S, body, S.load)

"""API MANAGER: the test, versions and logs tabs of one API's page (`api_detail.py`): test cases and
runs with their result, versions with diff and rollback, logs with latency."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.code_editor import code_editor
from spa_ai.components.data_table import table_header
from spa_ai.components.diff_view import diff_view
from spa_ai.components.i18n import t
from spa_ai.components.layout import MONO, confirm_button, empty_state
from spa_ai.state.api_editor import ApiEditorState as E


def result_view() -> rx.Component:
    result = E.result
    return rx.cond(
        result.contains("status"),
        rx.vstack(
            rx.hstack(
                rx.text(t("apis.result"), weight="bold", size="2"),
                rx.badge(
                    result["status"],
                    color_scheme=rx.cond(result["status"] == "ok", "green", "red"),
                    data_testid="result-status",
                ),
                rx.text(result["summary"], size="1", color=rx.color("gray", 10)),
                align="center",
            ),
            rx.cond(
                result["error"] != "",
                rx.callout(
                    result["error"], icon="circle-x", color_scheme="red", size="1", data_testid="result-error"
                ),
            ),
            rx.box(
                rx.table.root(
                    rx.table.header(
                        rx.table.row(
                            rx.foreach(
                                result["columns"].to(list[str]), lambda c: rx.table.column_header_cell(c)
                            )
                        )
                    ),
                    rx.table.body(
                        rx.foreach(
                            result["rows"].to(list[list[str]]),
                            lambda row: rx.table.row(rx.foreach(row, lambda v: rx.table.cell(v, style=MONO))),
                        )
                    ),
                    size="1",
                    width="100%",
                ),
                max_height="320px",
                overflow="auto",
                width="100%",
                data_testid="result-table",
            ),
            rx.cond(
                result["stdout"] != "",
                rx.vstack(
                    rx.text(t("apis.stdout"), size="1"), rx.code_block(result["stdout"].to(str), width="100%")
                ),
            ),
            rx.cond(
                result["stderr"] != "",
                rx.vstack(
                    rx.text(t("apis.stderr"), size="1"), rx.code_block(result["stderr"].to(str), width="100%")
                ),
            ),
            width="100%",
            spacing="2",
        ),
    )


def _case_row(case: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(case["name"]),
        rx.table.cell(rx.code(case["params"])),
        rx.table.cell(
            rx.match(
                case["last"],
                ("passed", rx.badge(t("apis.passed"), color_scheme="green")),
                (
                    "failed",
                    rx.tooltip(rx.badge(t("apis.failed"), color_scheme="red"), content=case["failures"]),
                ),
                rx.text("—"),
            )
        ),
        rx.table.cell(
            rx.icon_button(
                rx.icon("trash-2", size=14),
                variant="ghost",
                color_scheme="red",
                on_click=E.delete_case(case["id"].to(str)),
                aria_label="delete",
            )
        ),
        data_testid="case-row",
    )


def test_tab() -> rx.Component:
    return rx.vstack(
        rx.text(t("apis.params"), size="2", weight="bold"),
        code_editor(
            E.editor_params,
            E.set_params_text,
            revision=E.editor_revision,
            language="json",
            height="100px",
            test_id="params-editor",
        ),
        rx.flex(
            rx.button(
                rx.icon("play", size=16),
                t("apis.run"),
                on_click=E.dry_run,
                loading=E.running,
                data_testid="run",
            ),
            rx.input(
                value=E.case_name, on_change=E.set_case_name, placeholder=t("apis.case_name"), width="200px"
            ),
            rx.button(t("apis.add_case"), variant="soft", on_click=E.add_case, data_testid="add-case"),
            rx.button(
                rx.icon("list-checks", size=16),
                t("apis.run_all"),
                variant="soft",
                color_scheme="green",
                on_click=E.run_tests,
                data_testid="run-tests",
            ),
            rx.text(E.test_summary, size="2", data_testid="test-summary"),
            gap="8px",
            wrap="wrap",
            align="center",
        ),
        result_view(),
        rx.text(t("apis.test_cases"), size="2", weight="bold"),
        rx.cond(
            E.cases.length() > 0,
            rx.table.root(
                table_header("apis.case_name", "apis.params", "apis.status", "apis.actions"),
                rx.table.body(rx.foreach(E.cases, _case_row)),
                size="1",
                width="100%",
            ),
            empty_state("apis.no_cases"),
        ),
        width="100%",
        spacing="3",
    )


def _version_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(
            rx.hstack(
                rx.text("v" + row["version"].to(str)),
                rx.cond(row["published"] != "", rx.badge(t("apis.published"), color_scheme="green")),
            )
        ),
        rx.table.cell(row["message"]),
        rx.table.cell(row["author"]),
        rx.table.cell(row["created"]),
        rx.table.cell(rx.code(row["hash"])),
        rx.table.cell(
            rx.hstack(
                rx.cond(
                    row["published"] == "",
                    rx.button(
                        t("apis.publish"),
                        size="1",
                        variant="soft",
                        color_scheme="green",
                        on_click=E.publish(row["version"].to(str)),
                        data_testid="publish-version",
                    ),
                ),
                confirm_button(
                    t("apis.rollback"),
                    E.rollback(row["version"].to(str)),
                    color="orange",
                    size="1",
                    variant="soft",
                    data_testid="rollback-version",
                ),
                spacing="2",
            )
        ),
        data_testid="version-row",
    )


def versions_tab() -> rx.Component:
    pickers = rx.flex(
        rx.select(E.version_numbers, value=E.diff_from, on_change=E.set_diff_from, data_testid="diff-from"),
        rx.icon("arrow-right", size=16),
        rx.select(E.version_numbers, value=E.diff_to, on_change=E.set_diff_to, data_testid="diff-to"),
        rx.button(t("apis.compare"), on_click=E.show_diff, variant="soft", data_testid="show-diff"),
        gap="8px",
        align="center",
        wrap="wrap",
    )
    diff = diff_view(E.diff, E.diff_done, "apis.no_diff")
    return rx.vstack(
        rx.box(
            rx.table.root(
                table_header(
                    "apis.version", "apis.message", "apis.author", "apis.created", "apis.hash", "apis.publish"
                ),
                rx.table.body(rx.foreach(E.versions, _version_row)),
                size="1",
                width="100%",
            ),
            overflow_x="auto",
            width="100%",
        ),
        pickers,
        diff,
        width="100%",
        spacing="3",
    )


def _stat(label: str, value: rx.Var, testid: str) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(t(label), size="1", color=rx.color("gray", 10)),
            rx.heading(value, size="4", data_testid=testid),
            spacing="1",
        ),
        min_width="110px",
    )


def _log_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(row["ts"], white_space="nowrap"),
        rx.table.cell(row["version"]),
        rx.table.cell(row["mode"]),
        rx.table.cell(row["caller"]),
        rx.table.cell(rx.badge(row["status"], color_scheme=rx.cond(row["status"] == "ok", "green", "red"))),
        rx.table.cell(row["duration"]),
        rx.table.cell(row["rows"]),
        rx.table.cell(rx.code(row["params"])),
        rx.table.cell(row["error"]),
        data_testid="log-row",
    )


def logs_tab() -> rx.Component:
    return rx.vstack(
        rx.flex(
            _stat("apis.calls", E.stats["calls"], "stat-calls"),
            _stat("apis.errors", E.stats["errors"], "stat-errors"),
            rx.card(
                rx.vstack(
                    rx.text("p50", size="1", color=rx.color("gray", 10)),
                    rx.heading(E.stats["p50"], size="4", data_testid="stat-p50"),
                    spacing="1",
                ),
                min_width="110px",
            ),
            rx.card(
                rx.vstack(
                    rx.text("p95", size="1", color=rx.color("gray", 10)),
                    rx.heading(E.stats["p95"], size="4", data_testid="stat-p95"),
                    spacing="1",
                ),
                min_width="110px",
            ),
            rx.text(t("apis.window"), size="1", color=rx.color("gray", 10)),
            gap="12px",
            wrap="wrap",
            align="end",
        ),
        rx.cond(
            E.logs.length() > 0,
            rx.vstack(
                rx.box(
                    rx.plotly(data=E.latency, width="100%", config={"displaylogo": False}),
                    width="100%",
                    data_testid="latency-chart",
                ),
                rx.box(
                    rx.table.root(
                        table_header(
                            "apis.created",
                            "apis.version",
                            "apis.mode",
                            "apis.caller",
                            "apis.status",
                            "apis.duration",
                            "apis.rows",
                            "apis.params",
                            "apis.errors",
                        ),
                        rx.table.body(rx.foreach(E.logs, _log_row)),
                        size="1",
                        width="100%",
                    ),
                    overflow_x="auto",
                    width="100%",
                ),
                width="100%",
            ),
            empty_state("apis.no_logs"),
        ),
        width="100%",
        spacing="3",
    )

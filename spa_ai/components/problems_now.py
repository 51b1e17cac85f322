"""The dashboard's "problems now" section: firing alerts by severity, then the OPS estate summary."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t, t_format
from spa_ai.components.layout import empty_state, error_state, scroll_box
from spa_ai.state.auth import AuthState
from spa_ai.state.dashboard_health import ProblemsNowState as S

SEVERITY_COLORS = {
    "critical": "red",
    "major": "orange",
    "minor": "amber",
    "warning": "yellow",
    "info": "blue",
}


def severity_color(severity: rx.Var) -> rx.Var:
    return rx.match(severity, *SEVERITY_COLORS.items(), "gray")


def severity_badge(severity: rx.Var) -> rx.Component:
    """The severity in the user's language, coloured by how severe it is."""
    badges = (
        (key, rx.badge(t(f"cep.severity.{key}"), color_scheme=color))
        for key, color in SEVERITY_COLORS.items()
    )
    return rx.box(
        rx.match(severity, *badges, rx.badge(severity, color_scheme="gray")), data_testid="severity"
    )


def _ci_cell(ci: rx.Var, href: rx.Var) -> rx.Component:
    return rx.table.cell(rx.cond(ci != "", rx.link(ci, href=href, data_testid="problem-ci"), "—"))


def _alert_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(severity_badge(row["severity"])),
        rx.table.cell(
            rx.link(row["rule"], href=row["alert_link"], weight="medium", data_testid="alert-link"),
            rx.cond(row["summary"] != "", rx.text(row["summary"], size="1", color=rx.color("gray", 10))),
            rx.cond(
                row["rca"] != "",
                rx.text(
                    t("health.likely_cause"),
                    ": ",
                    row["rca"],
                    size="1",
                    color=rx.color("amber", 11),
                    data_testid="alert-rca-line",
                ),
            ),
        ),
        _ci_cell(row["ci"], row["ci_link"]),
        rx.table.cell(row["value"]),
        rx.table.cell(row["age"], data_testid="alert-age"),
        rx.table.cell(
            rx.cond(
                row["acked"] != "",
                rx.badge(t_format("health.acked_by", who=row["ack_by"]), color_scheme="green"),
                rx.badge(t("health.unacked"), color_scheme="gray", variant="outline"),
            )
        ),
        data_testid="firing-alert-row",
        data_severity=row["severity"],
    )


def _alerts_table() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.heading(t("health.firing_alerts"), size="3"),
            rx.foreach(
                S.counts,
                lambda c: rx.badge(
                    c[0] + " " + c[1], color_scheme=severity_color(c[0]), data_testid="count-" + c[0]
                ),
            ),
            align="center",
            spacing="2",
        ),
        scroll_box(
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        *[
                            rx.table.column_header_cell(t(key))
                            for key in ("health.severity", "health.rule", "health.ci")
                        ],
                        rx.table.column_header_cell(t("health.value")),
                        rx.table.column_header_cell(t("health.age")),
                        rx.table.column_header_cell(t("health.ack")),
                    )
                ),
                rx.table.body(rx.foreach(S.alerts, _alert_row)),
                width="100%",
                size="1",
            )
        ),
        width="100%",
    )


def _estate_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(severity_badge(row["severity"])),
        _ci_cell(row["ci"], row["link"]),
        rx.table.cell(rx.cond(AuthState.is_en, row["kind_en"], row["kind_ko"])),
        rx.table.cell(rx.cond(row["link"] != "", rx.link(row["line"], href=row["link"]), row["line"])),
        rx.table.cell(row["age"]),
        data_testid="estate-problem-row",
    )


def _estate_table() -> rx.Component:
    return rx.vstack(
        rx.heading(t("health.estate"), size="3"),
        rx.cond(
            S.estate.length() > 0,
            scroll_box(
                rx.table.root(
                    rx.table.header(
                        rx.table.row(
                            *[
                                rx.table.column_header_cell(t(key))
                                for key in ("health.severity", "health.ci", "health.kind", "health.problem")
                            ],
                            rx.table.column_header_cell(t("health.age")),
                        )
                    ),
                    rx.table.body(rx.foreach(S.estate, _estate_row)),
                    width="100%",
                    size="1",
                )
            ),
            empty_state("health.no_estate_problems"),
        ),
        width="100%",
    )


def problems_now() -> rx.Component:
    """The section: spinner, error with retry, "all clear", or the two tables."""
    body = rx.cond(
        S.all_clear,
        rx.callout(t("health.all_clear"), icon="circle-check", color_scheme="green", data_testid="all-clear"),
        rx.vstack(
            rx.cond(S.alerts.length() > 0, _alerts_table()),
            rx.cond(S.can_estate, _estate_table()),
            width="100%",
            spacing="4",
        ),
    )
    return rx.cond(
        S.can_alerts | S.can_estate,
        rx.card(
            rx.vstack(
                rx.heading(t("health.problems_now"), size="4"),
                rx.cond(
                    S.loading,
                    rx.center(rx.spinner(size="3"), padding="24px", data_testid="problems-loading"),
                    rx.cond(S.error != "", error_state(S.error, S.load), body),
                ),
                width="100%",
                spacing="3",
            ),
            width="100%",
            data_testid="problems-now",
        ),
    )

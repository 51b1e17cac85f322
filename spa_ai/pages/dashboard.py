"""Dashboard: problems now (firing alerts, what is wrong across the estate), live health (database,
version, uptime), counts and recent activity."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t
from spa_ai.components.layout import empty_state, scroll_box, state_view
from spa_ai.components.problems_now import problems_now
from spa_ai.shell import page
from spa_ai.state.auth import AuthState
from spa_ai.state.dashboard import DashboardState
from spa_ai.state.dashboard_health import ProblemsNowState


def _stat(label_key: str, value: rx.Var, testid: str, color: rx.Var | str = "gray") -> rx.Component:
    return _stat_card(t(label_key), value, testid, color)


def _stat_card(
    label: rx.Var, value: rx.Var, testid: rx.Var | str, color: rx.Var | str = "gray"
) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(label, size="2", color=rx.color("gray", 10)),
            rx.heading(value, size="6", color_scheme=color, data_testid=testid),
            spacing="1",
        ),
        min_width="180px",
    )


def _health_row() -> rx.Component:
    db_ok = DashboardState.db_status == "ok"
    return rx.flex(
        _stat(
            "dash.database",
            rx.cond(db_ok, t("dash.ok"), t("dash.down")),
            "stat-db",
            rx.cond(db_ok, "green", "red"),
        ),
        _stat("dash.version", DashboardState.version, "stat-version"),
        _stat("dash.uptime", DashboardState.uptime, "stat-uptime"),
        rx.foreach(
            DashboardState.counters,
            lambda c: _stat_card(rx.cond(AuthState.is_en, c["en"], c["ko"]), c["value"], "stat-" + c["key"]),
        ),
        wrap="wrap",
        gap="12px",
    )


def _recent() -> rx.Component:
    return rx.vstack(
        rx.heading(t("dash.recent_activity"), size="4"),
        rx.cond(
            DashboardState.recent.length() > 0,
            scroll_box(
                rx.table.root(
                    rx.table.header(
                        rx.table.row(
                            rx.table.column_header_cell(t("admin.time")),
                            rx.table.column_header_cell(t("admin.actor")),
                            rx.table.column_header_cell(t("admin.action")),
                        )
                    ),
                    rx.table.body(
                        rx.foreach(
                            DashboardState.recent,
                            lambda r: rx.table.row(
                                rx.table.cell(r["ts"]),
                                rx.table.cell(r["actor"]),
                                rx.table.cell(r["action"]),
                            ),
                        )
                    ),
                    width="100%",
                )
            ),
            empty_state("admin.no_audit"),
        ),
        width="100%",
    )


@page(
    "/",
    title_key="dash.title",
    icon="layout-dashboard",
    nav_key="nav.dashboard",
    on_load=[ProblemsNowState.load, DashboardState.load],
    nav_order=0,
)
def dashboard_page() -> rx.Component:
    return rx.vstack(
        problems_now(),
        state_view(
            DashboardState,
            rx.vstack(
                _health_row(),
                rx.cond(DashboardState.recent.length() > 0, _recent()),
                rx.moment(interval=10000, on_change=DashboardState.load, display="none"),
                width="100%",
                spacing="5",
            ),
            DashboardState.load,
        ),
        rx.moment(interval=30000, on_change=ProblemsNowState.load, display="none"),
        width="100%",
        spacing="5",
    )

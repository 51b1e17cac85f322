"""Dashboard: live health (database, version, uptime), counts and recent activity."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t
from spa_ai.components.layout import empty_state, error_state, loading_state, page_frame
from spa_ai.state.dashboard import DashboardState


def _stat(label_key: str, value: rx.Var, testid: str, color: rx.Var | str = "gray") -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(t(label_key), size="2", color=rx.color("gray", 10)),
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
        _stat("dash.users", DashboardState.counts["users"].to_string(), "stat-users"),
        _stat("dash.api_keys", DashboardState.counts["api_keys"].to_string(), "stat-api-keys"),
        _stat("dash.audit_entries", DashboardState.counts["audit_entries"].to_string(), "stat-audit"),
        _stat("dash.cis", DashboardState.counts["cis"].to_string(), "stat-cis"),
        _stat("dash.events_24h", DashboardState.counts["events_24h"].to_string(), "stat-events"),
        _stat("dash.ops_questions", DashboardState.counts["ops_questions"].to_string(), "stat-ops"),
        wrap="wrap",
        gap="12px",
    )


def _recent() -> rx.Component:
    return rx.vstack(
        rx.heading(t("dash.recent_activity"), size="4"),
        rx.cond(
            DashboardState.recent.length() > 0,
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
            ),
            empty_state(),
        ),
        width="100%",
    )


def dashboard_page() -> rx.Component:
    body = rx.cond(
        DashboardState.loading,
        loading_state(),
        rx.cond(
            DashboardState.error != "",
            error_state(DashboardState.error, DashboardState.load),
            rx.vstack(
                _health_row(),
                _recent(),
                rx.moment(interval=10000, on_change=DashboardState.load, display="none"),
                width="100%",
                spacing="5",
            ),
        ),
    )
    return page_frame("dash.title", body)

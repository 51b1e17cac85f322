"""System monitor page (admin:settings): the platform's own hosts, their CEP alerts, database, jobs and
CEP scheduler, history charts, backups."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.charts import metric_chart
from spa_ai.components.i18n import t
from spa_ai.components.layout import empty_state, state_view
from spa_ai.shell import page
from spa_ai.state.admin_monitor import MonitorState
from spa_ai.state.infra import RANGES

SEVERITY_COLORS = {"critical": "red", "warning": "amber"}
REFRESH_MS = 30_000


def _stat(label_key: str, value: rx.Var, unit: str = "") -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(t(label_key), size="1", color=rx.color("gray", 11)),
            rx.heading(value, unit, size="5"),
            spacing="1",
        ),
        min_width="150px",
        data_testid="monitor-stat",
    )


def _host_card(host: rx.Var) -> rx.Component:
    name = host["name"].to(str)
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.icon("server", size=16),
                rx.link(rx.text(name, weight="bold"), href="/infra/" + name),
                rx.text(host["at"], size="1", color=rx.color("gray", 10)),
                align="center",
                spacing="2",
            ),
            rx.flex(
                rx.foreach(
                    host["values"].to(list[dict[str, str]]),
                    lambda v: rx.badge(
                        v["metric"], " ", v["value"], variant="soft", data_testid="host-value"
                    ),
                ),
                gap="6px",
                wrap="wrap",
            ),
            rx.button(t("monitor.show_chart"), size="1", variant="soft", on_click=MonitorState.choose(name)),
            spacing="2",
        ),
        data_testid="monitor-host",
    )


def _alerts() -> rx.Component:
    return rx.cond(
        MonitorState.problems.length() > 0,
        rx.vstack(
            rx.foreach(
                MonitorState.problems,
                lambda p: rx.link(
                    rx.callout(
                        p["summary"],
                        icon="triangle-alert",
                        color_scheme=rx.match(p["severity"], *SEVERITY_COLORS.items(), "orange"),
                        data_testid="monitor-alert",
                    ),
                    href=p["link"],
                    underline="none",
                ),
            ),
            width="100%",
        ),
        rx.callout(
            t("monitor.no_alerts"), icon="circle-check", color_scheme="green", data_testid="monitor-ok"
        ),
    )


def _scheduler() -> rx.Component:
    stats = MonitorState.stats
    leader = rx.cond(stats["leader"] != "", stats["leader"], t("monitor.no_leader"))
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.heading(t("monitor.scheduler"), size="3"),
                rx.link(t("monitor.open_rules"), href="/cep", size="2"),
                align="center",
                spacing="3",
            ),
            rx.flex(
                _stat("monitor.leader", leader),
                _stat("monitor.epoch", stats["epoch"]),
                _stat("monitor.lag", stats["lag_ms"]),
                _stat("monitor.rules", stats["rules"]),
                _stat("monitor.outbox", stats["outbox_depth"]),
                _stat("monitor.oldest_pending", stats["oldest_pending_s"]),
                gap="12px",
                wrap="wrap",
            ),
            rx.text(t("monitor.alert_rules"), size="1", color=rx.color("gray", 10)),
            spacing="3",
            width="100%",
        ),
        width="100%",
        data_testid="monitor-scheduler",
    )


def _chart() -> rx.Component:
    picker = rx.segmented_control.root(
        *(rx.segmented_control.item(key, value=key) for key in RANGES),
        value=MonitorState.range_key,
        on_change=MonitorState.set_range,
        data_testid="monitor-range",
    )
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.heading(MonitorState.host, size="4"), picker, align="center", spacing="3", wrap="wrap"
            ),
            rx.cond(
                MonitorState.has_chart, metric_chart(MonitorState.chart), empty_state("monitor.no_samples")
            ),
            width="100%",
        ),
        width="100%",
    )


def _backup_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.code(row["name"])),
        rx.table.cell(row["created"]),
        rx.table.cell(row["size_mb"], " MB"),
        rx.table.cell(
            rx.cond(
                row["downloadable"],
                rx.button(
                    rx.icon("download", size=14),
                    t("backup.download"),
                    size="1",
                    variant="soft",
                    on_click=MonitorState.download(row["name"].to(str)),
                    data_testid="backup-download",
                ),
                rx.text(t("backup.use_cli"), size="1"),
            )
        ),
        data_testid="backup-row",
    )


def _backups() -> rx.Component:
    status = rx.cond(
        MonitorState.backup_status != "",
        rx.badge(t("backup.job"), " ", MonitorState.backup_status, data_testid="backup-status"),
    )
    table = rx.cond(
        MonitorState.backups.length() > 0,
        rx.table.root(
            rx.table.header(
                rx.table.row(
                    *(
                        rx.table.column_header_cell(t(k))
                        for k in ("backup.name", "admin.time", "backup.size", "admin.action")
                    )
                )
            ),
            rx.table.body(rx.foreach(MonitorState.backups, _backup_row)),
            width="100%",
        ),
        empty_state("backup.none"),
    )
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.heading(t("backup.title"), size="4"),
                rx.button(t("backup.start"), on_click=MonitorState.start_backup, data_testid="backup-start"),
                rx.button(
                    t("monitor.refresh"),
                    variant="soft",
                    on_click=MonitorState.refresh,
                    data_testid="monitor-refresh",
                ),
                status,
                align="center",
                spacing="3",
                wrap="wrap",
            ),
            rx.text(t("backup.hint"), size="1", color=rx.color("gray", 10)),
            table,
            width="100%",
        ),
        width="100%",
    )


@page(
    "/admin/monitor",
    title_key="monitor.title",
    icon="activity",
    nav_key="nav.monitor",
    permission="admin:settings",
    on_load=MonitorState.load,
    nav_order=94,
)
def monitor_page() -> rx.Component:
    stats = rx.flex(
        _stat("monitor.db_size", MonitorState.stats["db_size_mb"], " MB"),
        _stat("monitor.db_connections", MonitorState.stats["db_connections"]),
        _stat("monitor.jobs_queued", MonitorState.stats["jobs_queued"]),
        _stat("monitor.jobs_running", MonitorState.stats["jobs_running"]),
        _stat("monitor.uptime", MonitorState.stats["uptime_min"], " min"),
        gap="12px",
        wrap="wrap",
    )
    body = rx.vstack(
        rx.moment(interval=REFRESH_MS, on_change=MonitorState.refresh, display="none"),
        _alerts(),
        stats,
        _scheduler(),
        rx.cond(
            MonitorState.hosts.length() > 0,
            rx.flex(rx.foreach(MonitorState.hosts, _host_card), gap="12px", wrap="wrap"),
            empty_state("monitor.no_hosts"),
        ),
        rx.cond(MonitorState.host != "", _chart()),
        _backups(),
        width="100%",
        spacing="4",
    )
    return state_view(MonitorState, body, MonitorState.load)

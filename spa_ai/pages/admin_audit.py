"""Audit viewer page (admin:audit): filters, newest entries first, a before/after diff per entry, CSV export."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t, t_format
from spa_ai.components.layout import empty_state, scroll_box, state_view
from spa_ai.shell import page
from spa_ai.state.admin_audit import AuditState

CHANGE_COLORS = {"added": "green", "removed": "red", "changed": "amber", "same": "gray"}


def _field(name: str, label_key: str, kind: str = "text", width: str = "170px") -> rx.Component:
    return rx.vstack(
        rx.text(t(label_key), size="1", color=rx.color("gray", 11)),
        rx.input(
            name=name,
            type=kind,
            default_value=AuditState.filters.get(name, ""),
            width=width,
            data_testid=f"audit-{name}",
        ),
        spacing="1",
    )


def _filters() -> rx.Component:
    return rx.form(
        rx.flex(
            _field("actor", "admin.actor", width="140px"),
            _field("action", "audit.action_prefix"),
            _field("entity_type", "audit.entity_type", width="120px"),
            _field("entity_id", "audit.entity_id", width="120px"),
            _field("since", "audit.since", "datetime-local", "200px"),
            _field("until", "audit.until", "datetime-local", "200px"),
            _field("request_id", "audit.request_id"),
            rx.button(t("audit.search"), type="submit", data_testid="audit-search"),
            rx.button(
                rx.icon("download", size=16),
                t("audit.export"),
                type="button",
                variant="soft",
                on_click=AuditState.export,
                data_testid="audit-export",
            ),
            gap="10px",
            wrap="wrap",
            align="end",
        ),
        on_submit=AuditState.search,
    )


def _row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.text(row["ts"], white_space="nowrap")),
        rx.table.cell(row["actor"]),
        rx.table.cell(rx.code(row["action"])),
        rx.table.cell(row["entity"]),
        rx.table.cell(rx.text(row["request_id"], size="1")),
        rx.table.cell(
            rx.button(
                t_format("audit.changes", count=row["changed"].to_string()),
                size="1",
                variant="soft",
                on_click=AuditState.show(row["id"].to(int)),
                data_testid="audit-diff-open",
            )
        ),
        data_testid="audit-row",
    )


def _diff_row(change: rx.Var) -> rx.Component:
    kind = change["change"].to(str)
    return rx.table.row(
        rx.table.cell(rx.code(change["field"])),
        rx.table.cell(rx.text(change["before"], size="2", word_break="break-all")),
        rx.table.cell(rx.text(change["after"], size="2", word_break="break-all")),
        rx.table.cell(
            rx.badge(
                rx.match(
                    kind,
                    ("added", t("audit.added")),
                    ("removed", t("audit.removed")),
                    ("changed", t("audit.changed")),
                    t("audit.same"),
                ),
                color_scheme=rx.match(kind, *CHANGE_COLORS.items(), "gray"),
            )
        ),
        data_testid="diff-row",
        data_change=kind,
    )


def _diff_dialog() -> rx.Component:
    selected = AuditState.selected
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(t("audit.diff"), " · ", selected["action"].to(str)),
            rx.dialog.description(
                selected["entity"].to(str), " · ", selected["actor"].to(str), " · ", selected["ts"].to(str)
            ),
            scroll_box(
                rx.table.root(
                    rx.table.header(
                        rx.table.row(
                            *(
                                rx.table.column_header_cell(t(k))
                                for k in ("audit.field", "audit.before", "audit.after", "admin.status")
                            )
                        )
                    ),
                    rx.table.body(rx.foreach(selected["diff"].to(list[dict[str, str]]), _diff_row)),
                    width="100%",
                ),
                data_testid="audit-diff",
            ),
            rx.flex(
                rx.dialog.close(
                    rx.button(t("audit.close"), on_click=AuditState.close, data_testid="audit-diff-close")
                ),
                justify="end",
                margin_top="12px",
            ),
            max_width="860px",
        ),
        open=selected.length() > 0,  # type: ignore[attr-defined]
        on_open_change=lambda _open: AuditState.close(),
    )


@page(
    "/admin/audit",
    title_key="audit.title",
    icon="scroll-text",
    nav_key="nav.audit",
    permission="admin:audit",
    on_load=AuditState.load,
    nav_order=92,
)
def audit_page() -> rx.Component:
    headers = ("admin.time", "admin.actor", "admin.action", "admin.entity", "audit.request_id", "audit.diff")
    table = scroll_box(
        rx.table.root(
            rx.table.header(rx.table.row(*(rx.table.column_header_cell(t(k)) for k in headers))),
            rx.table.body(rx.foreach(AuditState.rows, _row)),
            width="100%",
        ),
        data_testid="audit-table",
    )
    body = rx.vstack(
        _filters(),
        rx.cond(AuditState.rows.length() > 0, table, empty_state("audit.no_match")),
        rx.cond(
            AuditState.cursor != "",
            rx.button(t("admin.older"), on_click=AuditState.older, variant="soft", data_testid="audit-older"),
        ),
        _diff_dialog(),
        width="100%",
        spacing="4",
    )
    return state_view(AuditState, body, AuditState.load)

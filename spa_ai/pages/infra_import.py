"""The import panel of /infra (shown to holders of `infra:write`): upload, progress bar, per-file report."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t
from spa_ai.state.auth import AuthState
from spa_ai.state.infra_import import UPLOAD_ID, InfraImportState

S = InfraImportState


def _picker() -> rx.Component:
    drop = rx.upload.root(
        rx.vstack(
            rx.hstack(rx.icon("upload", size=18), rx.text(t("infra.import_hint"), size="2"), align="center"),
            rx.foreach(
                rx.selected_files(UPLOAD_ID),
                lambda name: rx.badge(name, variant="soft", data_testid="import-selected"),
            ),
            align="start",
            spacing="2",
        ),
        id=UPLOAD_ID,
        accept={"application/zip": [".zip"], "application/x-zip-compressed": [".zip"]},
        max_files=1,
        multiple=False,
        border=f"1px dashed {rx.color('gray', 8)}",
        border_radius="8px",
        padding="12px",
        width="100%",
        cursor="pointer",
        data_testid="import-drop",
    )
    start = rx.button(
        rx.icon("play", size=16),
        t("infra.import_start"),
        on_click=S.start_import(rx.upload_files(upload_id=UPLOAD_ID)),
        disabled=S.active,
        data_testid="import-start",
    )
    return rx.hstack(drop, start, align="center", width="100%", spacing="3")


def _status_label() -> rx.Component:
    return rx.match(
        S.status,
        ("queued", t("infra.import_queued")),
        ("running", t("infra.import_running")),
        ("succeeded", t("infra.import_succeeded")),
        ("failed", t("infra.import_failed")),
        "",
    )


def _progress() -> rx.Component:
    color = rx.match(S.status, ("failed", "red"), ("succeeded", "green"), "blue")
    return rx.vstack(
        rx.hstack(
            rx.badge(_status_label(), color_scheme=color, data_testid="import-status"),
            rx.text(S.percent, "%", size="2", data_testid="import-percent"),
            rx.text(S.message, size="1", color=rx.color("gray", 10)),
            align="center",
            spacing="3",
        ),
        rx.progress(
            value=S.percent, max=100, color_scheme=color, width="100%", data_testid="import-progress"
        ),
        width="100%",
        spacing="2",
    )


def _report() -> rx.Component:
    headers = (
        "infra.import_file",
        "infra.import_accepted",
        "infra.import_rejected_rows",
        "infra.import_applied",
        "infra.import_detail",
    )
    row = lambda f: rx.table.row(  # noqa: E731
        rx.table.cell(rx.code(f["file"])),
        rx.table.cell(f["accepted"], data_testid="import-accepted"),
        rx.table.cell(f["rejected"], data_testid="import-rejected"),
        rx.table.cell(
            rx.cond(
                f["applied"] == "yes",
                rx.badge(t("infra.import_yes"), color_scheme="green"),
                rx.badge(t("infra.import_no"), color_scheme="red"),
            )
        ),
        rx.table.cell(rx.text(f["detail"], size="1")),
        data_testid="import-file-row",
    )
    table = rx.table.root(
        rx.table.header(rx.table.row(*(rx.table.column_header_cell(t(k)) for k in headers))),
        rx.table.body(rx.foreach(S.files, row)),
        width="100%",
        size="1",
    )
    totals = rx.text(
        t("infra.import_accepted"),
        f" {S.accepted} · ",
        t("infra.import_rejected_rows"),
        f" {S.rejected}",
        size="2",
        data_testid="import-totals",
    )
    return rx.vstack(
        rx.cond(
            S.error != "",
            rx.callout(S.error, icon="triangle-alert", color_scheme="red", data_testid="import-error"),
        ),
        totals,
        rx.cond(S.files.length() > 0, table),
        width="100%",
        spacing="2",
    )


def import_panel() -> rx.Component:
    """The import card; rendered only for users who may write infrastructure."""
    body = rx.vstack(
        _picker(),
        rx.cond(S.status != "", _progress()),
        rx.cond(S.finished, _report()),
        width="100%",
        spacing="3",
    )
    card = rx.card(
        rx.vstack(
            rx.hstack(
                rx.icon("file-up", size=18), rx.heading(t("infra.import_title"), size="3"), align="center"
            ),
            body,
            width="100%",
            spacing="3",
        ),
        width="100%",
        data_testid="import-panel",
    )
    return rx.cond(AuthState.permissions.contains("infra:write"), card)

"""The import panel of /infra (shown to holders of `infra:write`): upload, progress, outcome and report."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t
from spa_ai.components.layout import scroll_box
from spa_ai.state.auth import AuthState
from spa_ai.state.import_view import OUTCOME_COLORS
from spa_ai.state.infra_import import UPLOAD_ID, InfraImportState

S = InfraImportState


def _both(texts: rx.Var) -> rx.Var:
    """A {"ko", "en"} text in the user's language."""
    return rx.cond(AuthState.is_en, texts["en"], texts["ko"])  # type: ignore[return-value]


def _picker() -> rx.Component:
    drop = rx.upload.root(
        rx.vstack(
            rx.hstack(
                rx.icon("upload", size=18, flex_shrink="0"),
                rx.text(t("infra.import_hint"), size="2"),
                align="center",
            ),
            rx.text(
                t("infra.import_accepts"), size="1", color=rx.color("gray", 10), data_testid="import-accepts"
            ),
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
        on_drop=S.clear_refusal,
        on_drop_rejected=S.refuse_files,
        border=f"1px dashed {rx.color('gray', 8)}",
        border_radius="8px",
        padding="12px",
        width="100%",
        min_width="0",
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
    refused = rx.cond(
        S.refused["en"] != "",
        rx.callout(
            _both(S.refused), icon="file-x", color_scheme="orange", size="1", data_testid="import-refused"
        ),
    )
    return rx.vstack(
        rx.flex(
            drop,
            start,
            direction=rx.breakpoints(initial="column", sm="row"),
            align=rx.breakpoints(initial="start", sm="center"),
            gap="12px",
            width="100%",
        ),
        refused,
        width="100%",
        spacing="2",
    )


def _status_label() -> rx.Component:
    return rx.cond(
        S.finished,
        rx.match(
            S.outcome,
            ("succeeded", t("infra.import_succeeded")),
            ("partial", t("infra.import_partial")),
            ("nothing", t("infra.import_nothing")),
            t("infra.import_failed"),
        ),
        rx.match(S.status, ("queued", t("infra.import_queued")), t("infra.import_running")),
    )


def _progress() -> rx.Component:
    color = rx.cond(S.finished, rx.match(S.outcome, *OUTCOME_COLORS.items(), "gray"), "blue")
    shows_percent = S.active | (S.outcome == "succeeded")
    return rx.vstack(
        rx.hstack(
            rx.badge(
                _status_label(),
                color_scheme=color,
                size="2",
                data_testid="import-status",
                data_outcome=S.outcome,
            ),
            rx.cond(shows_percent, rx.text(S.percent, "%", size="2", data_testid="import-percent")),
            rx.cond(S.active, rx.text(S.progress_note, size="1", color=rx.color("gray", 10))),
            align="center",
            spacing="3",
            wrap="wrap",
        ),
        rx.cond(
            S.active,
            rx.progress(
                value=S.percent, max=100, color_scheme="blue", width="100%", data_testid="import-progress"
            ),
        ),
        rx.cond(
            S.finished,
            rx.text(_both(S.summary), size="2", data_testid="import-summary"),
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
        rx.table.cell(
            rx.text(rx.cond(AuthState.is_en, f["detail_en"], f["detail_ko"]), size="1", min_width="200px")
        ),
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
    reasons = rx.cond(
        S.reasons.length() > 0,
        rx.callout(
            rx.vstack(rx.foreach(S.reasons, lambda r: rx.text(_both(r), size="2")), spacing="1"),
            icon="triangle-alert",
            color_scheme="red",
            data_testid="import-error",
        ),
    )
    return rx.vstack(
        reasons,
        rx.cond(S.files.length() > 0, rx.fragment(totals, scroll_box(table))),
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

"""/documents: drag-and-drop upload of several files, then the list with each file's live progress."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t, t_format
from spa_ai.components.layout import confirm_button, empty_state, state_view
from spa_ai.shell import page
from spa_ai.state.auth import AuthState
from spa_ai.state.documents import UPLOAD_ID, DocumentsState

S = DocumentsState
ACCEPT = {
    "application/pdf": [".pdf"],
    "text/plain": [".txt"],
    "text/markdown": [".md", ".markdown"],
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [".docx"],
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": [".xlsx"],
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": [".pptx"],
    "image/png": [".png"],
    "image/jpeg": [".jpg", ".jpeg"],
}


def status_label(status: rx.Var) -> rx.Var:
    """A processing status (or the stage a document failed in) in the user's language."""
    return rx.match(
        status,
        ("queued", t("docs.status_queued")),
        ("extracting", t("docs.status_extracting")),
        ("ocr", t("docs.status_ocr")),
        ("chunking", t("docs.status_chunking")),
        ("embedding", t("docs.status_embedding")),
        ("done", t("docs.status_done")),
        ("failed", t("docs.status_failed")),
        status,
    )


def failure_reason(row: rx.Var) -> rx.Var:
    """Why a document failed, in the user's language (the row carries both)."""
    return rx.cond(AuthState.is_en, row["error_en"], row["error_ko"])  # type: ignore[return-value]


def status_badge(status: rx.Var, stage: rx.Var) -> rx.Component:
    color = rx.match(status, ("done", "green"), ("failed", "red"), ("queued", "gray"), "blue")
    return rx.badge(status_label(status), " ", stage, color_scheme=color, data_testid="doc-status")


def _upload_panel() -> rx.Component:
    drop = rx.upload.root(
        rx.vstack(
            rx.hstack(rx.icon("upload", size=18), rx.text(t("docs.drop_hint"), size="2"), align="center"),
            rx.text(t("docs.drop_types"), size="1", color=rx.color("gray", 10)),
            rx.flex(
                rx.foreach(rx.selected_files(UPLOAD_ID), lambda n: rx.badge(n, variant="soft")),
                wrap="wrap",
                gap="4px",
            ),
            align="start",
            spacing="2",
        ),
        id=UPLOAD_ID,
        accept=ACCEPT,
        multiple=True,
        max_files=50,
        border=f"1px dashed {rx.color('gray', 8)}",
        border_radius="8px",
        padding="16px",
        width="100%",
        cursor="pointer",
        data_testid="docs-drop",
    )
    options = rx.flex(
        rx.select.root(
            rx.select.trigger(width="200px", data_testid="docs-strategy"),
            rx.select.content(
                rx.select.item(t("docs.strategy_auto"), value="auto"),
                rx.select.item(t("docs.strategy_structure"), value="structure"),
                rx.select.item(t("docs.strategy_fixed"), value="fixed"),
                rx.select.item(t("docs.strategy_table"), value="table"),
                rx.select.item(t("docs.strategy_image"), value="image"),
            ),
            value=S.strategy,
            on_change=S.set_strategy,
        ),
        rx.input(
            placeholder=t("docs.tags_placeholder"),
            value=S.tags_text,
            on_change=S.set_tags_text,
            width="220px",
            data_testid="docs-tags",
        ),
        rx.button(
            rx.icon("play", size=16),
            t("docs.upload"),
            on_click=S.upload(rx.upload_files(upload_id=UPLOAD_ID, on_upload_progress=S.transfer_progress)),
            data_testid="docs-upload",
        ),
        gap="8px",
        wrap="wrap",
        align="center",
    )
    results = rx.vstack(
        rx.cond(
            S.uploading,
            rx.progress(value=S.transfer_percent, max=100, width="100%", data_testid="docs-transfer"),
        ),
        rx.foreach(
            S.uploads,
            lambda u: rx.hstack(
                rx.badge(
                    rx.match(
                        u["outcome"],
                        ("queued", t("docs.outcome_queued")),
                        ("duplicate", t("docs.outcome_duplicate")),
                        t("docs.outcome_rejected"),
                    ),
                    color_scheme=rx.match(u["outcome"], ("queued", "blue"), ("duplicate", "amber"), "red"),
                ),
                rx.text(u["name"], size="2", weight="medium"),
                rx.text(u["message"], size="1", color=rx.color("gray", 11)),
                align="center",
                wrap="wrap",
                data_testid="docs-upload-result",
            ),
        ),
        width="100%",
        spacing="1",
    )
    card = rx.card(
        rx.vstack(
            rx.hstack(
                rx.icon("file-up", size=18), rx.heading(t("docs.upload_title"), size="3"), align="center"
            ),
            drop,
            options,
            results,
            width="100%",
            spacing="3",
        ),
        width="100%",
    )
    return rx.cond(AuthState.permissions.contains("docs:write"), card)


def _embedding_card() -> rx.Component:
    """The configured embedding model, its coverage, the re-embed job's progress and its trigger."""
    e = S.embedding
    body = rx.vstack(
        rx.flex(
            rx.icon("cpu", size=16),
            rx.text(t("docs.embedding_model"), size="2", weight="medium"),
            rx.code(e["model_id"].to(str), size="1", data_testid="embedding-model"),
            rx.text(
                t_format("docs.embedding_current", current=e["current"].to(str), total=e["total"].to(str)),
                size="1",
                color=rx.color("gray", 10),
                data_testid="embedding-coverage",
            ),
            rx.spacer(),
            rx.cond(
                e["can_trigger"].to(bool),
                rx.button(
                    rx.icon("refresh-cw", size=14),
                    t("docs.reembed"),
                    size="1",
                    on_click=S.reembed,
                    data_testid="reembed",
                ),
            ),
            gap="8px",
            align="center",
            wrap="wrap",
            width="100%",
        ),
        rx.cond(
            e["stale"].to(bool),
            rx.text(t("docs.embedding_stale"), size="1", color=rx.color("amber", 11)),
        ),
        rx.cond(
            e["running"].to(bool),
            rx.hstack(
                rx.text(t("docs.reembed_running"), " ", e["message"].to(str), size="1"),
                rx.progress(value=e["percent"].to(int), max=100, flex="1", data_testid="reembed-progress"),
                width="100%",
                align="center",
            ),
        ),
        rx.cond(
            e["failed"].to(bool),
            rx.text(t("docs.reembed_failed"), ": ", e["error"].to(str), size="1", color=rx.color("red", 11)),
        ),
        width="100%",
        spacing="2",
    )
    return rx.cond(e["show"].to(bool), rx.card(body, width="100%", data_testid="embedding-card"))


def _row(r: rx.Var) -> rx.Component:
    actions = rx.hstack(
        rx.cond(
            S.trash,
            rx.button(t("docs.restore"), size="1", variant="soft", on_click=S.restore(r["id"])),
            confirm_button(t("docs.delete"), S.delete(r["id"]), size="1", variant="soft"),
        ),
        rx.cond(
            r["status"] == "failed",
            rx.button(t("docs.retry"), size="1", variant="soft", on_click=S.retry(r["id"])),
        ),
        spacing="2",
    )
    progress = rx.vstack(
        status_badge(r["status"], r["stage"]),
        rx.cond(
            r["active"], rx.progress(value=r["percent"], max=100, width="120px", data_testid="doc-progress")
        ),
        rx.cond(
            r["status"] == "failed",
            rx.text(
                status_label(r["failed_stage"]),
                ": ",
                failure_reason(r),
                size="1",
                color=rx.color("red", 11),
                data_testid="doc-error",
            ),
        ),
        spacing="1",
        align="start",
        max_width="360px",
    )
    return rx.table.row(
        rx.table.cell(
            rx.vstack(
                rx.link(r["title"], href="/documents/" + r["id"].to(str), weight="medium"),
                rx.text(
                    r["filename"], " · ", r["version"], " · ", r["size"], size="1", color=rx.color("gray", 10)
                ),
                spacing="0",
            )
        ),
        rx.table.cell(rx.badge(r["kind"], variant="outline")),
        rx.table.cell(progress),
        rx.table.cell(r["chunks"]),
        rx.table.cell(rx.text(r["owner"], size="1")),
        rx.table.cell(rx.text(r["tags"], size="1")),
        rx.table.cell(rx.text(r["created"], size="1")),
        rx.table.cell(actions),
        data_testid="doc-row",
    )


def _list() -> rx.Component:
    headers = (
        "docs.col_document",
        "docs.col_type",
        "docs.col_status",
        "docs.col_chunks",
        "docs.col_owner",
        "docs.col_tags",
        "docs.col_created",
        "docs.col_actions",
    )
    table = rx.box(
        rx.table.root(
            rx.table.header(rx.table.row(*(rx.table.column_header_cell(t(k)) for k in headers))),
            rx.table.body(rx.foreach(S.rows, _row)),
            width="100%",
            size="1",
        ),
        overflow_x="auto",
        width="100%",
    )
    toolbar = rx.flex(
        rx.input(
            placeholder=t("docs.filter_placeholder"),
            value=S.q,
            on_change=S.set_query.debounce(400),
            width="240px",
            data_testid="docs-filter",
        ),
        rx.hstack(rx.switch(checked=S.trash, on_change=S.toggle_trash), rx.text(t("docs.trash"), size="2")),
        rx.text(S.total, " ", t("docs.count_suffix"), size="2", color=rx.color("gray", 10)),
        rx.spacer(),
        rx.link(rx.button(rx.icon("search", size=16), t("nav.search"), variant="soft"), href="/search"),
        gap="12px",
        align="center",
        wrap="wrap",
        width="100%",
    )
    return rx.vstack(
        toolbar,
        _embedding_card(),
        rx.cond(S.rows.length() > 0, table, empty_state("docs.empty")),
        rx.cond(S.next_cursor != "", rx.button(t("docs.more"), variant="soft", on_click=S.more)),
        width="100%",
        spacing="3",
    )


@page(
    "/documents",
    title_key="nav.documents",
    icon="file-text",
    permission="docs:read",
    on_load=DocumentsState.load,
    nav_order=40,
)
def documents_page() -> rx.Component:
    return rx.vstack(_upload_panel(), state_view(S, _list(), S.load), width="100%", spacing="4")

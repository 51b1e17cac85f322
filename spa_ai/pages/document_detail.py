"""/documents/[id]: metadata, status, versions with a diff, chunk browser, tags, sharing, downloads."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t
from spa_ai.components.layout import state_view
from spa_ai.pages.documents import ACCEPT, failure_reason, status_badge, status_label
from spa_ai.shell import page
from spa_ai.state.document_detail import VERSION_UPLOAD_ID, DocumentState, DocumentVersionState

S = DocumentState


def _field(label_key: str, value: rx.Var | str) -> rx.Component:
    return rx.hstack(
        rx.text(t(label_key), size="1", color=rx.color("gray", 10), min_width="90px"),
        rx.text(value, size="2", word_break="break-all"),
        align="start",
    )


def _meta() -> rx.Component:
    doc = S.doc
    downloads = rx.flex(
        rx.button(
            rx.icon("download", size=14),
            t("docs.original"),
            size="1",
            on_click=S.download_original,
            data_testid="doc-original",
        ),
        *(
            rx.button(
                label, size="1", variant="soft", on_click=S.download_export(fmt), data_testid=f"export-{fmt}"
            )
            for fmt, label in (("json", "JSON"), ("csv", "CSV"), ("md", "Markdown"), ("txt", "Text"))
        ),
        gap="6px",
        wrap="wrap",
    )
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.heading(doc["title"], size="4", data_testid="doc-title"),
                status_badge(doc["status"].to(str), doc["stage"].to(str)),
                align="center",
                wrap="wrap",
            ),
            rx.cond(S.active, rx.progress(value=doc["percent"].to(int), max=100, width="100%")),
            rx.cond(
                doc["status"] == "failed",
                rx.callout(
                    rx.vstack(
                        rx.text(status_label(doc["failed_stage"]), ": ", failure_reason(doc)),
                        rx.cond(doc["failed_stage"] == "ocr", rx.text(t("docs.ocr_help"), size="1")),
                    ),
                    icon="triangle-alert",
                    color_scheme="red",
                    data_testid="doc-failure",
                ),
            ),
            _field("docs.col_document", doc["filename"]),
            _field("docs.col_type", doc["kind"]),
            _field("docs.version", doc["version"]),
            _field("docs.col_owner", doc["owner"]),
            _field("docs.col_chunks", doc["chunks"]),
            _field("docs.pages", doc["pages"]),
            _field("docs.strategy", doc["strategy"]),
            _field("docs.size", doc["size"]),
            _field("docs.sha256", rx.code(doc["sha256"], size="1")),
            _field("docs.shared_with", S.shares_text),
            downloads,
            width="100%",
            spacing="2",
        ),
        width="100%",
    )


def _edit() -> rx.Component:
    roles = rx.hstack(
        *(
            rx.checkbox(
                role, checked=S.share_roles.contains(role), on_change=lambda on, r=role: S.toggle_role(r, on)
            )
            for role in ("viewer", "operator", "admin")
        ),
        spacing="3",
    )
    new_version = rx.hstack(
        rx.upload.root(
            rx.hstack(rx.icon("file-plus", size=16), rx.text(t("docs.new_version_hint"), size="1")),
            rx.foreach(rx.selected_files(VERSION_UPLOAD_ID), lambda n: rx.badge(n, variant="soft")),
            id=VERSION_UPLOAD_ID,
            accept=ACCEPT,
            max_files=1,
            border=f"1px dashed {rx.color('gray', 8)}",
            border_radius="6px",
            padding="8px",
            cursor="pointer",
        ),
        rx.button(
            t("docs.new_version"),
            size="1",
            on_click=DocumentVersionState.upload_version(rx.upload_files(upload_id=VERSION_UPLOAD_ID)),
        ),
        align="center",
        wrap="wrap",
    )
    return rx.cond(
        S.can_edit,
        rx.card(
            rx.vstack(
                rx.text(t("docs.col_tags"), size="2", weight="medium"),
                rx.hstack(
                    rx.input(
                        value=S.tags_text, on_change=S.set_tags_text, width="100%", data_testid="doc-tags"
                    ),
                    rx.button(t("common.save"), size="1", on_click=S.save_tags),
                    width="100%",
                ),
                rx.text(t("docs.share"), size="2", weight="medium"),
                rx.input(
                    placeholder=t("docs.share_users"),
                    value=S.share_users,
                    on_change=S.set_share_users,
                    width="100%",
                ),
                rx.hstack(
                    roles, rx.button(t("docs.share"), size="1", on_click=S.save_shares), align="center"
                ),
                rx.text(t("docs.new_version"), size="2", weight="medium"),
                new_version,
                width="100%",
                spacing="2",
            ),
            width="100%",
        ),
    )


def _versions() -> rx.Component:
    row = lambda v: rx.table.row(  # noqa: E731
        rx.table.cell(rx.link(v["version"], href="/documents/" + v["id"].to(str))),
        rx.table.cell(status_badge(v["status"], v["stage"])),
        rx.table.cell(rx.text(v["created"], size="1")),
        rx.table.cell(
            rx.cond(
                v["id"] != S.doc["id"],
                rx.button(t("docs.diff"), size="1", variant="soft", on_click=S.show_diff(v["id"])),
            )
        ),
        data_testid="doc-version",
    )
    return rx.vstack(
        rx.heading(t("docs.versions"), size="3"),
        rx.table.root(rx.table.body(rx.foreach(S.versions, row)), size="1", width="100%"),
        rx.cond(
            S.diff_lines.length() > 0,
            rx.box(
                rx.text(S.diff_title, size="1", weight="medium"),
                rx.foreach(
                    S.diff_lines,
                    lambda line: rx.text(
                        line,
                        size="1",
                        font_family="monospace",
                        white_space="pre-wrap",
                        color=rx.cond(
                            line.startswith("+"),
                            rx.color("green", 11),
                            rx.cond(line.startswith("-"), rx.color("red", 11), rx.color("gray", 11)),
                        ),
                    ),
                ),
                max_height="320px",
                overflow_y="auto",
                width="100%",
                padding="8px",
                border=f"1px solid {rx.color('gray', 6)}",
                border_radius="6px",
                data_testid="doc-diff",
            ),
        ),
        width="100%",
        spacing="2",
    )


def _chunks() -> rx.Component:
    card = lambda c: rx.card(  # noqa: E731
        rx.vstack(
            rx.hstack(
                rx.badge("#", c["ord"]),
                rx.text(c["where"], size="1", color=rx.color("gray", 10)),
                rx.spacer(),
                rx.text(c["model"], size="1", color=rx.color("gray", 9)),
                width="100%",
                wrap="wrap",
            ),
            rx.text(c["text"], size="2", white_space="pre-wrap"),
            spacing="1",
            width="100%",
        ),
        id="chunk-" + c["id"],
        width="100%",
        border=rx.cond(c["id"] == S.focus_chunk, f"2px solid {rx.color('accent', 9)}", "none"),
        data_testid="doc-chunk",
    )
    cited = rx.cond(
        S.cited.contains("id"),
        rx.card(
            rx.vstack(
                rx.hstack(
                    rx.icon("quote", size=16),
                    rx.text(t("docs.cited_chunk"), size="2", weight="medium"),
                    rx.badge("#", S.cited["ord"]),
                    rx.text(S.cited["where"], size="1", color=rx.color("gray", 10)),
                    align="center",
                    wrap="wrap",
                ),
                rx.text(S.cited["text"], size="2", white_space="pre-wrap"),
                spacing="2",
                width="100%",
            ),
            width="100%",
            border=f"2px solid {rx.color('accent', 9)}",
            data_testid="cited-chunk",
        ),
    )
    return rx.vstack(
        cited,
        rx.heading(t("docs.chunks"), size="3"),
        rx.foreach(S.chunks, card),
        rx.cond(S.chunk_cursor != "", rx.button(t("docs.more"), variant="soft", on_click=S.more_chunks)),
        width="100%",
        spacing="2",
    )


@page("/documents/[id]", title_key="docs.detail_title", permission="docs:read", on_load=DocumentState.load)
def document_detail_page() -> rx.Component:
    body = rx.flex(
        rx.vstack(
            _meta(), _edit(), _versions(), width=["100%", "100%", "380px"], flex_shrink="0", spacing="4"
        ),
        rx.box(_chunks(), flex="1", min_width="0"),
        direction=rx.breakpoints(initial="column", md="row"),
        gap="24px",
        width="100%",
    )
    back = rx.link(rx.hstack(rx.icon("arrow-left", size=14), t("nav.documents")), href="/documents")
    return rx.vstack(back, state_view(S, body, S.load, not_found_key="errors.docs_not_found"), width="100%")

"""Assets page: prompt, catalog, policy and tool assets — versions, draft editor, diff, publish, rollback."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.data_table import data_table, table_header
from spa_ai.components.diff_view import diff_view
from spa_ai.components.i18n import t
from spa_ai.components.layout import MONO, empty_state, scroll_box, state_view
from spa_ai.shell import page
from spa_ai.state.assets import AssetsState

_STATUS_COLOR = {"draft": "amber", "published": "green", "archived": "gray"}


def _status_badge(status: rx.Var) -> rx.Component:
    return rx.match(
        status,
        *(
            (name, rx.badge(t(f"assets.status.{name}"), color_scheme=color))
            for name, color in _STATUS_COLOR.items()
        ),
        rx.badge(status),
    )


def _kind_filter() -> rx.Component:
    return scroll_box(_kind_control())


def _kind_control() -> rx.Component:
    return rx.segmented_control.root(
        rx.segmented_control.item(t("assets.all"), value="all"),
        *(
            rx.segmented_control.item(t(f"assets.kind.{k}"), value=k)
            for k in ("prompt", "catalog", "policy", "tool")
        ),
        value=AssetsState.kind_filter,
        on_change=AssetsState.set_kind_filter,
        data_testid="kind-filter",
    )


def _asset_row(asset: rx.Var) -> rx.Component:
    selected = (AssetsState.selected_kind == asset["kind"]) & (AssetsState.selected_name == asset["name"])
    return rx.table.row(
        rx.table.cell(rx.badge(asset["kind"], variant="soft")),
        rx.table.cell(rx.text(asset["name"], weight="medium")),
        rx.table.cell(rx.cond(asset["published"] != "", "v" + asset["published"], "—")),
        rx.table.cell(
            rx.cond(asset["draft"] != "", rx.badge(t("assets.status.draft"), color_scheme="amber"), "")
        ),
        on_click=AssetsState.select_asset(asset["kind"].to(str), asset["name"].to(str)),
        cursor="pointer",
        background=rx.cond(selected, rx.color("accent", 3), "transparent"),
        _hover={"background": rx.color("accent", 2)},
        data_testid="asset-row",
    )


def _asset_list() -> rx.Component:
    headers = ("assets.kind", "assets.name", "assets.status.published", "assets.status.draft")
    return data_table(AssetsState.assets, _asset_row, headers, empty="assets.none")


def _pre(text: rx.Var | str, testid: str) -> rx.Component:
    return rx.el.pre(
        text,
        style={**MONO, "white_space": "pre-wrap", "word_break": "break-word", "margin": "0"},
        padding="12px",
        border_radius="8px",
        background=rx.color("gray", 2),
        border=f"1px solid {rx.color('gray', 5)}",
        max_height="480px",
        overflow="auto",
        width="100%",
        data_testid=testid,
    )


def _version_row(row: rx.Var) -> rx.Component:
    version = row["version"].to(str)
    return rx.table.row(
        rx.table.cell("v" + version),
        rx.table.cell(_status_badge(row["status"])),
        rx.table.cell(row["note"]),
        rx.table.cell(row["created_by"]),
        rx.table.cell(row["created_at"]),
        rx.table.cell(row["published_at"]),
        rx.table.cell(
            rx.hstack(
                rx.button(t("assets.view"), size="1", variant="soft", on_click=AssetsState.view(version)),
                rx.cond(
                    row["status"] == "draft",
                    rx.button(
                        t("assets.publish"),
                        size="1",
                        on_click=AssetsState.publish(version),
                        data_testid="publish-version",
                    ),
                ),
                rx.cond(
                    row["status"] == "archived",
                    rx.button(
                        t("assets.rollback"),
                        size="1",
                        color_scheme="orange",
                        variant="soft",
                        on_click=AssetsState.rollback(version),
                        data_testid="rollback-version",
                    ),
                ),
                spacing="2",
            )
        ),
        data_testid="version-row",
    )


def _versions_tab() -> rx.Component:
    return rx.vstack(
        scroll_box(
            rx.table.root(
                table_header(
                    "assets.version",
                    "assets.status",
                    "assets.note",
                    "assets.author",
                    "assets.created",
                    "assets.published_at",
                    "admin.action",
                ),
                rx.table.body(rx.foreach(AssetsState.versions, _version_row)),
                width="100%",
                size="1",
            )
        ),
        rx.text(t("assets.content_of"), " v", AssetsState.view_version, size="2", weight="bold"),
        _pre(AssetsState.view_text, "version-content"),
        width="100%",
        spacing="3",
    )


def _edit_tab() -> rx.Component:
    status = rx.cond(
        AssetsState.draft_version != "",
        rx.callout(
            rx.text(t("assets.editing_draft"), " v", AssetsState.draft_version),
            icon="pencil",
            color_scheme="amber",
            size="1",
        ),
        rx.callout(t("assets.new_draft_hint"), icon="info", size="1"),
    )
    return rx.form(
        rx.vstack(
            status,
            rx.text_area(
                name="content",
                value=AssetsState.draft_text,
                on_change=AssetsState.set_draft_text,
                rows="24",
                width="100%",
                spell_check=False,
                style=MONO,
                data_testid="draft-editor",
            ),
            rx.hstack(
                rx.input(
                    name="note",
                    value=AssetsState.draft_note,
                    on_change=AssetsState.set_draft_note,
                    placeholder=t("assets.note"),
                    width=rx.breakpoints(initial="100%", sm="320px"),
                    data_testid="draft-note",
                ),
                rx.button(t("assets.save_draft"), type="submit", data_testid="save-draft"),
                rx.button(
                    t("assets.publish_draft"),
                    type="button",
                    color_scheme="green",
                    disabled=AssetsState.draft_version == "",
                    on_click=AssetsState.publish_draft,
                    data_testid="publish-draft",
                ),
                spacing="3",
                align="center",
                wrap="wrap",
            ),
            width="100%",
            spacing="3",
        ),
        on_submit=AssetsState.save_draft,
        width="100%",
    )


def _diff_tab() -> rx.Component:
    pickers = rx.hstack(
        rx.text(t("assets.from"), size="2"),
        rx.select(
            AssetsState.version_numbers,
            value=AssetsState.diff_from,
            on_change=AssetsState.set_diff_from,
            data_testid="diff-from",
        ),
        rx.text(t("assets.to"), size="2"),
        rx.select(
            AssetsState.version_numbers,
            value=AssetsState.diff_to,
            on_change=AssetsState.set_diff_to,
            data_testid="diff-to",
        ),
        rx.button(t("assets.compare"), on_click=AssetsState.show_diff, data_testid="show-diff"),
        align="center",
        spacing="3",
        wrap="wrap",
    )
    result = diff_view(AssetsState.diff, AssetsState.diff_done, "assets.no_diff")
    return rx.vstack(pickers, result, width="100%", spacing="3")


def _detail() -> rx.Component:
    return rx.cond(
        AssetsState.has_selection,
        rx.vstack(
            rx.hstack(
                rx.badge(AssetsState.selected_kind, variant="soft"),
                rx.heading(AssetsState.selected_name, size="4", data_testid="asset-name"),
                align="center",
            ),
            rx.text(AssetsState.description, size="2", color=rx.color("gray", 10)),
            rx.tabs.root(
                rx.tabs.list(
                    rx.tabs.trigger(t("assets.versions"), value="versions", data_testid="tab-versions"),
                    rx.tabs.trigger(t("assets.edit"), value="edit", data_testid="tab-edit"),
                    rx.tabs.trigger(t("assets.diff"), value="diff", data_testid="tab-diff"),
                ),
                rx.tabs.content(_versions_tab(), value="versions", padding_top="12px"),
                rx.tabs.content(_edit_tab(), value="edit", padding_top="12px"),
                rx.tabs.content(_diff_tab(), value="diff", padding_top="12px"),
                default_value="versions",
                width="100%",
            ),
            width="100%",
            spacing="2",
        ),
        empty_state("assets.none_selected"),
    )


@page(
    "/assets",
    title_key="assets.title",
    icon="library",
    nav_key="nav.assets",
    permission="admin:settings",
    on_load=AssetsState.load,
    nav_order=80,
)
def assets_page() -> rx.Component:
    return state_view(
        AssetsState,
        rx.vstack(
            _kind_filter(),
            rx.flex(
                rx.box(_asset_list(), width=["100%", "100%", "340px"], flex_shrink="0"),
                rx.box(_detail(), flex="1", min_width="0"),
                direction=rx.breakpoints(initial="column", md="row"),
                gap="24px",
                width="100%",
            ),
            width="100%",
            spacing="4",
        ),
        AssetsState.load,
    )

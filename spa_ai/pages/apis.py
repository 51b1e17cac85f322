"""API MANAGER: the API list (/apis) with its create dialog; one API's page is in `api_detail.py`."""

from __future__ import annotations

import reflex as rx

from services.api_manager.models import LOGIC_TYPES
from spa_ai.components.data_table import table_header
from spa_ai.components.i18n import t
from spa_ai.components.layout import empty_state, state_view
from spa_ai.shell import page
from spa_ai.state.apis import ApiListState as L
from spa_ai.state.auth import AuthState

_TYPE_COLOR = {"sql": "blue", "http": "green", "python": "amber", "script": "gray", "workflow": "purple"}


def type_badge(kind: rx.Var) -> rx.Component:
    return rx.match(
        kind,
        *((k, rx.badge(k, color_scheme=c, variant="soft")) for k, c in _TYPE_COLOR.items()),
        rx.badge(kind),
    )


# --- /apis ------------------------------------------------------------------------------------------------


def _create_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.trigger(rx.button(rx.icon("plus", size=16), t("apis.new"), data_testid="new-api")),
        rx.dialog.content(
            rx.dialog.title(t("apis.new")),
            rx.form(
                rx.vstack(
                    rx.text(t("apis.name"), size="2", weight="medium"),
                    rx.input(
                        value=L.new_name, on_change=L.set_new_name, width="100%", data_testid="new-api-name"
                    ),
                    rx.text(t("apis.slug"), size="2", weight="medium"),
                    rx.input(
                        value=L.new_slug, on_change=L.set_new_slug, width="100%", data_testid="new-api-slug"
                    ),
                    rx.text(t("apis.type"), size="2", weight="medium"),
                    rx.select(
                        list(LOGIC_TYPES),
                        value=L.new_type,
                        on_change=L.set_new_type,
                        data_testid="new-api-type",
                    ),
                    rx.hstack(
                        rx.dialog.close(
                            rx.button(t("common.cancel"), variant="soft", color_scheme="gray", type="button")
                        ),
                        rx.button(t("apis.create"), type="submit", data_testid="create-api"),
                        justify="end",
                        width="100%",
                    ),
                    spacing="2",
                ),
                on_submit=L.create,
            ),
        ),
        open=L.create_open,
        on_open_change=L.set_create_open,
    )


def _api_row(api: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(
            rx.link(api["name"], href="/apis/" + api["id"].to(str), weight="medium", data_testid="api-link")
        ),
        rx.table.cell(rx.code(api["slug"])),
        rx.table.cell(type_badge(api["logic_type"])),
        rx.table.cell(
            rx.cond(
                api["published"] != "",
                rx.badge(api["published"], color_scheme="green"),
                rx.badge(t("apis.unpublished"), color_scheme="gray"),
            )
        ),
        rx.table.cell(api["latest"]),
        rx.table.cell(api["owner"]),
        rx.table.cell(api["tags"]),
        data_testid="api-row",
    )


@page(
    "/apis",
    title_key="apis.title",
    icon="braces",
    nav_key="nav.apis",
    permission="apis:read",
    on_load=L.load,
    nav_order=60,
)
def apis_page() -> rx.Component:
    toolbar = rx.flex(
        rx.input(
            placeholder=t("apis.search"),
            value=L.search,
            on_change=L.search_for,
            debounce_timeout=300,
            width=["100%", "280px"],
            data_testid="api-search",
        ),
        rx.segmented_control.root(
            rx.segmented_control.item(t("apis.all"), value="all"),
            *(rx.segmented_control.item(k, value=k) for k in LOGIC_TYPES),
            value=L.type_filter,
            on_change=L.filter_type,
        ),
        rx.spacer(),
        rx.cond(AuthState.permissions.contains("apis:write"), _create_dialog()),
        gap="12px",
        wrap="wrap",
        align="center",
        width="100%",
    )
    table = rx.cond(
        L.apis.length() > 0,
        rx.box(
            rx.table.root(
                table_header(
                    "apis.name",
                    "apis.slug",
                    "apis.type",
                    "apis.published",
                    "apis.latest",
                    "apis.owner",
                    "apis.tags",
                ),
                rx.table.body(rx.foreach(L.apis, _api_row)),
                width="100%",
                size="1",
            ),
            overflow_x="auto",
            width="100%",
        ),
        empty_state("apis.empty"),
    )
    return state_view(L, rx.vstack(toolbar, table, width="100%", spacing="4"), L.load)

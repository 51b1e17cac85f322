"""Runtime settings page (admin:settings): settings grouped by category, each with a typed input, where its
value comes from, whether a restart is needed and what it means in the user's language."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t, t_format
from spa_ai.components.layout import empty_state, state_view
from spa_ai.shell import page
from spa_ai.state.admin_settings import SettingsState
from spa_ai.state.auth import AuthState

SOURCE_COLORS = {"default": "gray", "environment": "blue", "database": "green"}


def _input(row: rx.Var) -> rx.Component:
    key = row["key"].to(str)
    value = row["value"].to(str)
    text_input = rx.input(
        value=value,
        on_change=lambda v: SettingsState.set_value(key, v),
        type=rx.cond(row["secret"], "password", rx.cond(row["type"] == "str", "text", "number")),
        placeholder=rx.cond(row["secret_set"], "********", ""),
        width="260px",
        data_testid="setting-input",
    )
    choice = rx.select(
        row["choices"].to(list[str]),
        value=value,
        on_change=lambda v: SettingsState.set_value(key, v),
        data_testid="setting-select",
    )
    switch = rx.switch(
        checked=value == "true",
        on_change=lambda v: SettingsState.set_value(key, v),
        data_testid="setting-switch",
    )
    return rx.cond(
        row["type"] == "bool",
        switch,
        rx.cond(row["choices"].to(list[str]).length() > 0, choice, text_input),
    )


def _badges(row: rx.Var) -> rx.Component:
    source = row["source"].to(str)
    return rx.flex(
        rx.code(row["key"], weight="bold"),
        rx.badge(
            rx.match(
                source,
                ("environment", t("settings.source_environment")),
                ("database", t("settings.source_database")),
                t("settings.source_default"),
            ),
            color_scheme=rx.match(source, *SOURCE_COLORS.items(), "gray"),
            data_testid="setting-source",
        ),
        rx.cond(row["restart"], rx.badge(t("settings.restart"), color_scheme="amber", data_testid="restart")),
        rx.cond(row["dirty"], rx.badge(t("settings.unsaved"), color_scheme="orange", data_testid="unsaved")),
        gap="6px",
        align="center",
        wrap="wrap",
    )


def _row(row: rx.Var) -> rx.Component:
    hints = rx.text(
        rx.cond(
            row["secret"], t("settings.secret_set"), rx.fragment(t("settings.default"), ": ", row["default"])
        ),
        rx.cond(row["limits"] != "", rx.fragment(" · ", t("settings.range"), ": ", row["limits"])),
        " · ",
        rx.code(row["env_var"], size="1"),
        size="1",
        color=rx.color("gray", 10),
    )
    setting = rx.flex(
        rx.vstack(
            _badges(row),
            rx.text(rx.cond(AuthState.is_en, row["description_en"], row["description_ko"]), size="2"),
            hints,
            spacing="1",
            flex="1",
            min_width="280px",
        ),
        rx.hstack(
            _input(row),
            rx.cond(
                row["source"] == "database",
                rx.button(
                    t("settings.reset"),
                    size="1",
                    variant="soft",
                    color_scheme="gray",
                    on_click=SettingsState.reset_setting(row["key"].to(str)),
                    data_testid="setting-reset",
                ),
            ),
            align="center",
            spacing="2",
        ),
        gap="16px",
        wrap="wrap",
        align="center",
        padding="12px 0",
        border_bottom=f"1px solid {rx.color('gray', 4)}",
        data_testid="setting-row",
        data_key=row["key"],
    )
    heading = rx.heading(
        rx.cond(AuthState.is_en, row["category_en"], row["category_ko"]),
        size="4",
        margin_top="24px",
        data_testid="setting-category",
    )
    return rx.fragment(rx.cond(row["show_category"], heading), setting)


def _toolbar() -> rx.Component:
    return rx.hstack(
        rx.button(
            t_format("settings.save", count=SettingsState.pending.to_string()),
            on_click=SettingsState.save,
            disabled=SettingsState.pending == 0,
            data_testid="settings-save",
        ),
        rx.button(
            t("settings.discard"),
            variant="soft",
            color_scheme="gray",
            on_click=SettingsState.discard,
            disabled=SettingsState.pending == 0,
        ),
        position="sticky",
        top="0",
        z_index="5",
        background=rx.color("gray", 1),
        padding="8px 0",
        width="100%",
    )


@page(
    "/admin/settings",
    title_key="settings.title",
    icon="sliders-horizontal",
    nav_key="nav.settings",
    permission="admin:settings",
    on_load=SettingsState.load,
    nav_order=91,
)
def settings_page() -> rx.Component:
    body = rx.vstack(
        rx.text(t("settings.hint"), size="2", color=rx.color("gray", 11)),
        _toolbar(),
        rx.cond(
            SettingsState.rows.length() > 0,
            rx.box(rx.foreach(SettingsState.rows, _row), width="100%"),
            empty_state("settings.empty"),
        ),
        width="100%",
        spacing="2",
    )
    return state_view(SettingsState, body, SettingsState.load)

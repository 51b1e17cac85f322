"""Admin page: users, API keys, audit log (admin:users; audit needs admin:audit)."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t
from spa_ai.components.layout import empty_state, state_view
from spa_ai.shell import page
from spa_ai.state.admin import AdminState


def _header(*keys: str) -> rx.Component:
    return rx.table.header(rx.table.row(*(rx.table.column_header_cell(t(k)) for k in keys)))


def _user_row(user: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(user["username"]),
        rx.table.cell(user["display_name"]),
        rx.table.cell(
            rx.select(
                ["admin", "operator", "viewer"],
                value=user["role"].to(str),
                size="1",
                on_change=lambda role: AdminState.set_role(user["username"].to(str), role),
            )
        ),
        rx.table.cell(
            rx.cond(
                user["is_active"],
                rx.badge(t("admin.active"), color_scheme="green"),
                rx.badge(t("admin.inactive"), color_scheme="gray"),
            )
        ),
        rx.table.cell(
            rx.cond(
                user["is_active"],
                rx.button(
                    t("admin.deactivate"),
                    size="1",
                    variant="soft",
                    color_scheme="red",
                    on_click=AdminState.set_active(user["username"].to(str), False),
                ),
                rx.button(
                    t("admin.activate"),
                    size="1",
                    variant="soft",
                    on_click=AdminState.set_active(user["username"].to(str), True),
                ),
            )
        ),
        data_testid="user-row",
    )


def _users_tab() -> rx.Component:
    create_form = rx.form(
        rx.hstack(
            rx.input(name="username", placeholder=t("login.username"), data_testid="new-username"),
            rx.input(name="display_name", placeholder=t("admin.display_name")),
            rx.input(
                name="password", type="password", placeholder=t("login.password"), data_testid="new-password"
            ),
            rx.select(["viewer", "operator", "admin"], name="role", default_value="viewer"),
            rx.button(t("admin.new_user"), type="submit", data_testid="create-user"),
            wrap="wrap",
        ),
        on_submit=AdminState.create_user,
        reset_on_submit=True,
    )
    search = rx.form(
        rx.hstack(
            rx.input(name="q", placeholder=t("common.search")), rx.button(t("common.search"), type="submit")
        ),
        on_submit=AdminState.search_users,
    )
    table = rx.cond(
        AdminState.users.length() > 0,
        rx.table.root(
            _header("login.username", "admin.display_name", "admin.role", "admin.status", "admin.action"),
            rx.table.body(rx.foreach(AdminState.users, _user_row)),
            width="100%",
        ),
        empty_state(),
    )
    return rx.vstack(create_form, search, table, spacing="4", width="100%")


def _key_row(key: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(key["name"]),
        rx.table.cell(rx.code(key["prefix"])),
        rx.table.cell(key["owner"]),
        rx.table.cell(rx.text(key["scopes"].to(list[str]).join(", "), size="1")),
        rx.table.cell(rx.cond(key["expires_at"], key["expires_at"].to(str), "—")),
        rx.table.cell(
            rx.cond(
                key["revoked_at"],
                rx.badge(t("admin.revoked"), color_scheme="gray"),
                rx.button(
                    t("admin.revoke"),
                    size="1",
                    color_scheme="red",
                    variant="soft",
                    on_click=AdminState.revoke_key(key["id"].to(int)),
                ),
            )
        ),
    )


def _keys_tab() -> rx.Component:
    scopes = rx.flex(
        rx.foreach(
            AdminState.available_scopes,
            lambda scope: rx.checkbox(
                scope,
                checked=AdminState.new_key_scopes.contains(scope),
                on_change=lambda _: AdminState.toggle_scope(scope),
            ),
        ),
        wrap="wrap",
        gap="8px",
    )
    form = rx.form(
        rx.vstack(
            rx.hstack(
                rx.input(name="name", placeholder=t("admin.key_name"), data_testid="key-name"),
                rx.input(name="expires_days", placeholder=t("admin.expires_days"), width="220px"),
                rx.button(t("admin.new_key"), type="submit", data_testid="create-key"),
            ),
            rx.text(t("admin.scopes"), size="2", weight="bold"),
            scopes,
        ),
        on_submit=AdminState.create_key,
        reset_on_submit=True,
    )
    secret_dialog = rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title(t("admin.new_key")),
            rx.alert_dialog.description(t("admin.key_secret_once")),
            rx.code(AdminState.new_key_secret, data_testid="key-secret", word_break="break-all"),
            rx.alert_dialog.action(rx.button("OK", on_click=AdminState.dismiss_secret)),
        ),
        open=AdminState.new_key_secret != "",
    )
    table = rx.cond(
        AdminState.keys.length() > 0,
        rx.table.root(
            _header(
                "admin.key_name",
                "admin.key_name",
                "admin.owner",
                "admin.scopes",
                "admin.expires",
                "admin.status",
            ),
            rx.table.body(rx.foreach(AdminState.keys, _key_row)),
            width="100%",
        ),
        empty_state(),
    )
    return rx.vstack(form, secret_dialog, table, spacing="4", width="100%")


def _audit_tab() -> rx.Component:
    return rx.vstack(
        rx.cond(
            AdminState.audit_rows.length() > 0,
            rx.table.root(
                _header("admin.time", "admin.actor", "admin.action", "admin.entity"),
                rx.table.body(
                    rx.foreach(
                        AdminState.audit_rows,
                        lambda row: rx.table.row(
                            rx.table.cell(row["ts"]),
                            rx.table.cell(row["actor"]),
                            rx.table.cell(row["action"]),
                            rx.table.cell(row["entity"]),
                        ),
                    )
                ),
                width="100%",
            ),
            empty_state(),
        ),
        rx.cond(AdminState.audit_cursor > 0, rx.button("…", on_click=AdminState.older_audit, variant="soft")),
        width="100%",
    )


@page(
    "/admin",
    title_key="admin.title",
    icon="shield",
    nav_key="nav.admin",
    permission="admin:users",
    on_load=AdminState.load,
    nav_order=90,
)
def admin_page() -> rx.Component:
    return state_view(
        AdminState,
        rx.tabs.root(
            rx.tabs.list(
                rx.tabs.trigger(t("admin.users"), value="users"),
                rx.tabs.trigger(t("admin.api_keys"), value="keys"),
                rx.tabs.trigger(t("admin.audit"), value="audit"),
            ),
            rx.tabs.content(_users_tab(), value="users", padding_top="16px"),
            rx.tabs.content(_keys_tab(), value="keys", padding_top="16px"),
            rx.tabs.content(_audit_tab(), value="audit", padding_top="16px"),
            default_value="users",
            width="100%",
        ),
        AdminState.load,
    )

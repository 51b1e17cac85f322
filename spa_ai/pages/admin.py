"""Admin page: users, API keys, audit log (admin:users; audit needs admin:audit)."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t, t_format
from spa_ai.components.layout import confirm_button, confirm_dialog, empty_state, scroll_box, state_view
from spa_ai.shell import page
from spa_ai.state.admin import AdminState

ROLE_OPTIONS = ["admin", "operator", "viewer"]
KEY_STATUS_COLORS = {"active": "green", "expired": "amber", "revoked": "gray"}


def _header(*keys: str) -> rx.Component:
    return rx.table.header(rx.table.row(*(rx.table.column_header_cell(t(k)) for k in keys)))


def _table(headers: tuple[str, ...], rows: rx.Var, row: object, testid: str) -> rx.Component:
    return scroll_box(
        rx.table.root(
            _header(*headers),
            rx.table.body(rx.foreach(rows, row)),  # type: ignore[arg-type]
            width="100%",
        ),
        data_testid=testid,
    )


def _you() -> rx.Component:
    return rx.badge(t("admin.you"), variant="outline", color_scheme="gray", data_testid="you")


def _user_row(user: rx.Var) -> rx.Component:
    username = user["username"].to(str)
    role = rx.cond(
        user["is_self"],
        rx.hstack(rx.badge(user["role"]), _you(), spacing="2", align="center"),
        rx.select(
            ROLE_OPTIONS,
            value=user["role"].to(str),
            size="1",
            on_change=lambda value: AdminState.ask_role(username, value),
            data_testid="role-select",
        ),
    )
    deactivate = confirm_button(
        t("admin.deactivate"),
        AdminState.set_active(username, False),
        message=t_format("admin.confirm_deactivate", user=username),
        size="1",
        variant="soft",
        data_testid="deactivate",
    )
    action = rx.cond(
        user["is_self"],
        rx.text("—", color=rx.color("gray", 9)),
        rx.cond(
            user["is_active"],
            deactivate,
            rx.button(
                t("admin.activate"),
                size="1",
                variant="soft",
                on_click=AdminState.set_active(username, True),
                data_testid="activate",
            ),
        ),
    )
    return rx.table.row(
        rx.table.cell(username),
        rx.table.cell(user["display_name"]),
        rx.table.cell(role),
        rx.table.cell(
            rx.cond(
                user["is_active"],
                rx.badge(t("admin.active"), color_scheme="green"),
                rx.badge(t("admin.inactive"), color_scheme="gray"),
            )
        ),
        rx.table.cell(action),
        data_testid="user-row",
        data_username=username,
    )


def _role_dialog() -> rx.Component:
    pending = AdminState.pending_role
    message = t_format(
        "admin.confirm_role", user=pending["username"], old=pending["from"], new=pending["role"]
    )
    return confirm_dialog(
        pending.length() > 0,  # type: ignore[attr-defined]
        t("admin.change_role"),
        message,
        AdminState.confirm_role,
        AdminState.cancel_role,
        color="amber",
    )


def _users_tab() -> rx.Component:
    create_form = rx.form(
        rx.flex(
            rx.input(name="username", placeholder=t("login.username"), data_testid="new-username"),
            rx.input(name="display_name", placeholder=t("admin.display_name")),
            rx.input(
                name="password", type="password", placeholder=t("login.password"), data_testid="new-password"
            ),
            rx.select(ROLE_OPTIONS[::-1], name="role", default_value="viewer"),
            rx.button(t("admin.new_user"), type="submit", data_testid="create-user"),
            wrap="wrap",
            gap="8px",
        ),
        on_submit=AdminState.create_user,
        reset_on_submit=True,
    )
    search = rx.form(
        rx.hstack(
            rx.input(name="q", placeholder=t("common.search"), default_value=AdminState.user_query),
            rx.button(t("common.search"), type="submit"),
        ),
        on_submit=AdminState.search_users,
    )
    table = rx.cond(
        AdminState.users.length() > 0,
        _table(
            ("login.username", "admin.display_name", "admin.role", "admin.status", "admin.action"),
            AdminState.users,
            _user_row,
            "users-table",
        ),
        rx.cond(
            AdminState.user_query != "", empty_state("admin.no_user_match"), empty_state("admin.no_users")
        ),
    )
    return rx.vstack(create_form, search, table, _role_dialog(), spacing="4", width="100%")


def _key_row(key: rx.Var) -> rx.Component:
    status = key["status"].to(str)
    name = key["name"].to(str)
    revoke = confirm_button(
        t("admin.revoke"),
        AdminState.revoke_key(key["id"].to(int)),
        message=t_format("admin.confirm_revoke", key=name),
        size="1",
        variant="soft",
        data_testid="revoke",
    )
    return rx.table.row(
        rx.table.cell(name),
        rx.table.cell(rx.code(key["prefix"])),
        rx.table.cell(key["owner"]),
        rx.table.cell(rx.text(key["scopes"], size="1")),
        rx.table.cell(
            rx.text(rx.cond(key["expires"] != "", key["expires"], t("admin.never")), white_space="nowrap"),
            data_testid="key-expires",
        ),
        rx.table.cell(
            rx.hstack(
                rx.badge(
                    rx.match(
                        status,
                        ("revoked", t("admin.revoked")),
                        ("expired", t("admin.expired")),
                        t("admin.active"),
                    ),
                    color_scheme=rx.match(status, *KEY_STATUS_COLORS.items(), "gray"),
                ),
                rx.cond(status == "active", revoke),
                spacing="2",
                align="center",
            )
        ),
        data_testid="key-row",
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
            rx.flex(
                rx.input(name="name", placeholder=t("admin.key_name"), data_testid="key-name"),
                rx.input(name="expires_days", placeholder=t("admin.expires_days"), width="220px"),
                rx.button(t("admin.new_key"), type="submit", data_testid="create-key"),
                wrap="wrap",
                gap="8px",
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
            rx.flex(
                rx.alert_dialog.action(rx.button("OK", on_click=AdminState.dismiss_secret)),
                justify="end",
                margin_top="16px",
            ),
        ),
        open=AdminState.new_key_secret != "",
    )
    table = rx.cond(
        AdminState.keys.length() > 0,
        _table(
            (
                "admin.key_name",
                "admin.key_prefix",
                "admin.owner",
                "admin.scopes",
                "admin.expires",
                "admin.status",
            ),
            AdminState.keys,
            _key_row,
            "keys-table",
        ),
        empty_state("admin.no_keys"),
    )
    return rx.vstack(form, secret_dialog, table, spacing="4", width="100%")


def _audit_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.text(row["ts"], white_space="nowrap")),
        rx.table.cell(row["actor"]),
        rx.table.cell(row["action"]),
        rx.table.cell(row["entity"]),
    )


def _audit_tab() -> rx.Component:
    return rx.vstack(
        rx.cond(
            AdminState.audit_rows.length() > 0,
            _table(
                ("admin.time", "admin.actor", "admin.action", "admin.entity"),
                AdminState.audit_rows,
                _audit_row,
                "audit-table",
            ),
            empty_state("admin.no_audit"),
        ),
        rx.cond(
            AdminState.audit_cursor > 0,
            rx.button(t("admin.older"), on_click=AdminState.older_audit, variant="soft", data_testid="older"),
        ),
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
                rx.tabs.trigger(t("admin.api_keys"), value="keys", data_testid="tab-keys"),
                rx.tabs.trigger(t("admin.audit"), value="audit", data_testid="tab-audit"),
            ),
            rx.tabs.content(_users_tab(), value="users", padding_top="16px"),
            rx.tabs.content(_keys_tab(), value="keys", padding_top="16px"),
            rx.tabs.content(_audit_tab(), value="audit", padding_top="16px"),
            default_value="users",
            width="100%",
        ),
        AdminState.load,
    )

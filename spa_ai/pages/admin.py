"""Admin page (admin:users): users (search, status filter, pages, sessions) and API keys."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.api_keys import keys_panel
from spa_ai.components.data_table import data_table
from spa_ai.components.i18n import t, t_format
from spa_ai.components.layout import confirm_button, confirm_dialog, empty_state, state_view
from spa_ai.shell import page
from spa_ai.state.admin import AdminState


def _you() -> rx.Component:
    return rx.badge(t("admin.you"), variant="outline", color_scheme="gray", data_testid="you")


def _user_row(user: rx.Var) -> rx.Component:
    username = user["username"].to(str)
    role = rx.cond(
        user["is_self"],
        rx.hstack(rx.badge(user["role"]), _you(), spacing="2", align="center"),
        rx.select.root(
            rx.select.trigger(data_testid="role-select"),
            rx.select.content(
                rx.foreach(AdminState.role_options, lambda role: rx.select.item(role, value=role))
            ),
            value=user["role"].to(str),
            size="1",
            on_change=lambda value: AdminState.ask_role(username, value),
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
    reset = confirm_button(
        t("admin.reset_password"),
        AdminState.reset_password(username),
        message=t_format("admin.confirm_reset", user=username),
        color="amber",
        size="1",
        variant="soft",
        data_testid="reset-password",
    )
    unlock = rx.button(
        t("admin.unlock"),
        size="1",
        variant="soft",
        color_scheme="green",
        on_click=AdminState.unlock(username),
        data_testid="unlock",
    )
    activation = rx.cond(
        user["is_active"],
        deactivate,
        rx.button(
            t("admin.activate"),
            size="1",
            variant="soft",
            on_click=AdminState.set_active(username, True),
            data_testid="activate",
        ),
    )
    sessions_button = rx.button(
        t("admin.sessions"),
        size="1",
        variant="soft",
        color_scheme="gray",
        on_click=AdminState.open_sessions(username),
        data_testid="sessions",
    )
    action = rx.cond(
        user["is_self"],
        rx.text("—", color=rx.color("gray", 9)),
        rx.flex(rx.cond(user["locked"], unlock), sessions_button, reset, activation, gap="6px", wrap="wrap"),
    )
    return rx.table.row(
        rx.table.cell(username),
        rx.table.cell(user["display_name"]),
        rx.table.cell(role),
        rx.table.cell(
            rx.flex(
                rx.cond(
                    user["is_active"],
                    rx.badge(t("admin.active"), color_scheme="green"),
                    rx.badge(t("admin.inactive"), color_scheme="gray"),
                ),
                rx.cond(
                    user["locked"], rx.badge(t("admin.locked"), color_scheme="red", data_testid="locked")
                ),
                rx.cond(
                    user["must_change"],
                    rx.badge(t("admin.must_change"), color_scheme="amber", data_testid="must-change"),
                ),
                gap="4px",
                wrap="wrap",
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
            rx.select(AdminState.role_options, name="role", default_value="viewer"),
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
            rx.select.root(
                rx.select.trigger(data_testid="status-filter"),
                rx.select.content(
                    rx.select.item(t("admin.status_all"), value="all"),
                    rx.select.item(t("admin.active"), value="active"),
                    rx.select.item(t("admin.inactive"), value="inactive"),
                ),
                name="status",
                default_value=AdminState.user_status,
            ),
            rx.button(t("common.search"), type="submit"),
            rx.text(t_format("admin.users_total", count=AdminState.users_total.to_string()), size="2"),
        ),
        on_submit=AdminState.search_users,
    )
    no_users = rx.cond(
        AdminState.user_query != "", empty_state("admin.no_user_match"), empty_state("admin.no_users")
    )
    headers = ("login.username", "admin.display_name", "admin.role", "admin.status", "admin.action")
    table = data_table(
        AdminState.users, _user_row, headers, empty=no_users, size=None, data_testid="users-table"
    )
    more = rx.cond(
        AdminState.users_next != "",
        rx.button(
            t("admin.more_users"), variant="soft", on_click=AdminState.more_users, data_testid="more-users"
        ),
    )
    return rx.vstack(
        create_form,
        search,
        table,
        more,
        _role_dialog(),
        _reset_dialog(),
        _sessions_dialog(),
        spacing="4",
        width="100%",
    )


def _session_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.code(row["ref"])),
        rx.table.cell(row["created"]),
        rx.table.cell(row["expires"]),
        rx.table.cell(row["ip"]),
        rx.table.cell(
            rx.button(
                t("admin.end_session"),
                size="1",
                variant="soft",
                color_scheme="red",
                on_click=AdminState.end_session(row["ref"].to(str)),
                data_testid="end-session",
            )
        ),
        data_testid="session-row",
    )


def _sessions_dialog() -> rx.Component:
    """A user's live sessions; ending one signs that browser or client out at its next request."""
    headers = ("admin.sessions", "admin.session_started", "admin.session_expires", "admin.address")
    table = data_table(
        AdminState.user_sessions,
        _session_row,
        (*headers, "admin.action"),
        empty="admin.no_sessions",
        size=None,
        data_testid="sessions-table",
    )
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(t_format("admin.sessions_of", user=AdminState.sessions_for)),
            table,
            rx.flex(
                rx.button(
                    t("admin.end_all_sessions"),
                    color_scheme="red",
                    variant="soft",
                    on_click=AdminState.end_session(""),
                    disabled=AdminState.user_sessions.length() == 0,
                    data_testid="end-all-sessions",
                ),
                rx.dialog.close(rx.button(t("audit.close"), on_click=AdminState.close_sessions)),
                justify="end",
                gap="8px",
                margin_top="12px",
            ),
            max_width="760px",
        ),
        open=AdminState.sessions_for != "",
        on_open_change=lambda _open: AdminState.close_sessions(),
    )


def _reset_dialog() -> rx.Component:
    """The one-time password of a reset, shown once; closing the dialog forgets it."""
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title(t("admin.one_time_password")),
            rx.alert_dialog.description(t_format("admin.one_time_hint", user=AdminState.reset_for)),
            rx.code(
                AdminState.reset_secret, size="5", data_testid="one-time-password", word_break="break-all"
            ),
            rx.flex(
                rx.alert_dialog.action(
                    rx.button("OK", on_click=AdminState.dismiss_reset, data_testid="reset-done")
                ),
                justify="end",
                margin_top="16px",
            ),
        ),
        open=AdminState.reset_secret != "",
        on_open_change=lambda _open: AdminState.dismiss_reset(),
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
            ),
            rx.tabs.content(_users_tab(), value="users", padding_top="16px"),
            rx.tabs.content(keys_panel(AdminState, show_owner=True), value="keys", padding_top="16px"),
            default_value="users",
            width="100%",
        ),
        AdminState.load,
    )

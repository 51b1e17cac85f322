"""The API-key panel of /account/api-keys (own keys) and /admin (everyone's, with an owner column): the
new-key form (name, expiry in days, scopes), the once-only secret with a copy button, the list with last
use and caller address, revoke behind a confirmation. `state` is a page state using `ApiKeysMixin`."""

from __future__ import annotations

from typing import Any

import reflex as rx

from spa_ai.components.data_table import data_table
from spa_ai.components.fields import checkbox_group
from spa_ai.components.i18n import t, t_format
from spa_ai.components.layout import confirm_button

KEY_STATUS_COLORS = {"active": "green", "expired": "amber", "revoked": "gray"}


def _key_row(state: Any, key: rx.Var, show_owner: bool) -> rx.Component:
    status = key["status"].to(str)
    name = key["name"].to(str)
    revoke = confirm_button(
        t("admin.revoke"),
        state.revoke_key(key["id"].to(int)),
        message=t_format("admin.confirm_revoke", key=name),
        size="1",
        variant="soft",
        data_testid="revoke",
    )
    owner = [rx.table.cell(key["owner"])] if show_owner else []
    return rx.table.row(
        rx.table.cell(name),
        rx.table.cell(rx.code(key["prefix"])),
        *owner,
        rx.table.cell(rx.text(key["scopes"], size="1")),
        rx.table.cell(
            rx.text(rx.cond(key["expires"] != "", key["expires"], t("admin.never")), white_space="nowrap"),
            data_testid="key-expires",
        ),
        rx.table.cell(
            rx.text(
                rx.cond(key["last_used"] != "", key["last_used"], t("admin.never_used")), white_space="nowrap"
            ),
            rx.text(key["last_ip"], size="1", color=rx.color("gray", 10)),
            data_testid="key-last-used",
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


def _new_key_form(state: Any) -> rx.Component:
    scopes = checkbox_group(
        state.available_scopes, state.new_key_scopes, state.set_scope, data_testid="key-scope"
    )
    return rx.form(
        rx.vstack(
            rx.flex(
                rx.input(
                    name="name", placeholder=t("admin.key_name"), max_length=100, data_testid="key-name"
                ),
                rx.input(
                    name="expires_days",
                    placeholder=t("admin.expires_days"),
                    width="220px",
                    max_length=5,
                    data_testid="key-days",
                ),
                rx.button(t("admin.new_key"), type="submit", data_testid="create-key"),
                wrap="wrap",
                gap="8px",
            ),
            rx.text(t("admin.scopes"), size="2", weight="bold"),
            scopes,
        ),
        on_submit=state.create_key,
        reset_on_submit=True,
    )


def _secret_dialog(state: Any) -> rx.Component:
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title(t("admin.new_key")),
            rx.alert_dialog.description(t("admin.key_secret_once")),
            rx.code(state.new_key_secret, data_testid="key-secret", word_break="break-all"),
            rx.flex(
                rx.button(
                    rx.icon("copy", size=14),
                    t("account.copy"),
                    variant="soft",
                    on_click=[rx.set_clipboard(state.new_key_secret), state.secret_copied],
                    data_testid="key-copy",
                ),
                rx.alert_dialog.action(
                    rx.button("OK", on_click=state.dismiss_secret, data_testid="key-done")
                ),
                justify="end",
                gap="8px",
                margin_top="16px",
            ),
        ),
        open=state.new_key_secret != "",
    )


def keys_panel(state: Any, *, show_owner: bool) -> rx.Component:
    """Form, secret dialog and key table of `state` (an `ApiKeysMixin` page state)."""
    owner = ["admin.owner"] if show_owner else []
    headers = ["admin.key_name", "admin.key_prefix", *owner, "admin.scopes", "admin.expires"]
    headers += ["admin.last_used", "admin.status"]
    table = data_table(
        state.keys,
        lambda key: _key_row(state, key, show_owner),
        headers,
        empty="admin.no_keys",
        size=None,
        data_testid="keys-table",
    )
    return rx.vstack(_new_key_form(state), _secret_dialog(state), table, spacing="4", width="100%")

"""The change-password form, shown in a dialog from the user menu and on the password page."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t
from spa_ai.state.account import AccountState


def _field(name: str, label_key: str, autocomplete: str) -> rx.Component:
    return rx.vstack(
        rx.text(t(label_key), size="2", weight="medium"),
        rx.input(
            name=name,
            type="password",
            auto_complete=autocomplete,
            width="100%",
            max_length=1024,
            data_testid=f"pw-{name}",
        ),
        spacing="1",
        width="100%",
    )


def password_form(submit_key: str = "account.change") -> rx.Component:
    """Current password, new password twice; the error in the user's language above the button."""
    return rx.form(
        rx.vstack(
            _field("current_password", "account.current", "current-password"),
            _field("new_password", "account.new", "new-password"),
            _field("confirm_password", "account.confirm", "new-password"),
            rx.text(t("account.rules"), size="1", color=rx.color("gray", 10)),
            rx.cond(
                AccountState.form_error != "",
                rx.callout(
                    AccountState.form_error,
                    icon="triangle-alert",
                    color_scheme="red",
                    size="1",
                    role="alert",
                    width="100%",
                    data_testid="pw-error",
                ),
            ),
            rx.button(
                t(submit_key),
                type="submit",
                loading=AccountState.busy,
                width="100%",
                data_testid="pw-submit",
            ),
            spacing="3",
            width="100%",
        ),
        on_submit=AccountState.change_password,
        reset_on_submit=True,
        width="100%",
    )


def password_dialog() -> rx.Component:
    """The dialog behind the user menu's "change password" item."""
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(t("account.change")),
            rx.dialog.description(t("account.dialog_hint"), size="2", margin_bottom="12px"),
            password_form(),
            rx.flex(
                rx.dialog.close(rx.button(t("common.cancel"), variant="soft", color_scheme="gray")),
                justify="end",
                margin_top="12px",
            ),
            max_width="420px",
            data_testid="pw-dialog",
        ),
        open=AccountState.dialog_open,
        on_open_change=AccountState.set_dialog_open,
    )

"""The password page: where a user whose password was reset (or the first admin) must set their own."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.account import password_form
from spa_ai.components.i18n import t
from spa_ai.components.layout import state_view
from spa_ai.shell import page
from spa_ai.state.account import AccountState
from spa_ai.state.auth import AuthState
from spa_ai.state.page import PASSWORD_ROUTE


@page(PASSWORD_ROUTE, title_key="account.change", on_load=AccountState.load)
def password_page() -> rx.Component:
    return state_view(
        AccountState,
        rx.card(
            rx.vstack(
                rx.cond(
                    AuthState.must_change_password,
                    rx.callout(
                        t("account.must_change"),
                        icon="key-round",
                        color_scheme="amber",
                        data_testid="pw-required",
                    ),
                ),
                password_form(),
                rx.cond(
                    AuthState.must_change_password,
                    rx.button(
                        t("menu.logout"),
                        variant="ghost",
                        color_scheme="gray",
                        on_click=AuthState.logout,
                        size="1",
                    ),
                ),
                spacing="4",
                width="100%",
            ),
            width="100%",
            max_width="440px",
        ),
        AccountState.load,
    )

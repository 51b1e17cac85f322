"""The signed-in user's own API keys (/account/api-keys, from the user menu): any role."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.api_keys import keys_panel
from spa_ai.components.i18n import t
from spa_ai.components.layout import state_view
from spa_ai.shell import page
from spa_ai.state.api_keys import MyKeysState


@page("/account/api-keys", title_key="account.keys_title", on_load=MyKeysState.load)
def my_keys_page() -> rx.Component:
    body = rx.vstack(
        rx.text(t("account.keys_hint"), size="2", color=rx.color("gray", 11)),
        keys_panel(MyKeysState, show_owner=False),
        spacing="4",
        width="100%",
    )
    return state_view(MyKeysState, body, MyKeysState.load)

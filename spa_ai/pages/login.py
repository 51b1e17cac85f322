"""Sign-in page."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t
from spa_ai.shell import page
from spa_ai.state.auth import AuthState


@page("/login", title_key="login.title", public=True)
def login_page() -> rx.Component:
    return rx.center(
        rx.card(
            rx.form(
                rx.vstack(
                    rx.hstack(
                        rx.heading(t("login.title"), size="6"),
                        rx.spacer(),
                        rx.button(
                            t("menu.language"),
                            variant="ghost",
                            size="1",
                            type="button",
                            on_click=AuthState.toggle_language,
                            data_testid="lang-toggle",
                        ),
                        width="100%",
                    ),
                    rx.text(t("app.tagline"), size="2", color=rx.color("gray", 10)),
                    rx.input(
                        name="username",
                        placeholder=t("login.username"),
                        auto_complete="username",
                        width="100%",
                        data_testid="login-username",
                    ),
                    rx.input(
                        name="password",
                        type="password",
                        placeholder=t("login.password"),
                        auto_complete="current-password",
                        width="100%",
                        data_testid="login-password",
                    ),
                    rx.cond(
                        AuthState.login_error != "",
                        rx.callout(
                            AuthState.login_error,
                            icon="triangle-alert",
                            color_scheme="red",
                            role="alert",
                            width="100%",
                            data_testid="login-error",
                        ),
                    ),
                    rx.button(
                        t("login.submit"),
                        type="submit",
                        width="100%",
                        loading=AuthState.login_busy,
                        data_testid="login-submit",
                    ),
                    spacing="3",
                    width="320px",
                ),
                on_submit=AuthState.login,
                reset_on_submit=False,
            ),
        ),
        min_height="100vh",
    )

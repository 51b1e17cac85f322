"""Page frame: sidebar navigation, header with the user menu, and loading/error/empty helpers."""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx

from spa_ai.components.i18n import t
from spa_ai.state.auth import AuthState

# (route, i18n key, icon, permission needed to see it)
NAV_ITEMS: list[tuple[str, str, str, str | None]] = [
    ("/", "nav.dashboard", "layout-dashboard", None),
    ("/ops", "nav.ops", "message-square", "ops:ask"),
    ("/ops/traces", "nav.traces", "activity", "ops:ask"),
    ("/infra", "nav.infra", "server", "infra:read"),
    ("/assets", "nav.assets", "library", "admin:settings"),
    ("/admin", "nav.admin", "shield", "admin:users"),
]


def _nav_link(route: str, key: str, icon: str) -> rx.Component:
    return rx.link(
        rx.hstack(rx.icon(icon, size=18), rx.text(t(key)), align="center", spacing="2"),
        href=route,
        underline="none",
        padding="8px 12px",
        border_radius="8px",
        width="100%",
        _hover={"background": rx.color("accent", 3)},
        data_testid=f"nav-{key.split('.')[-1]}",
    )


def sidebar() -> rx.Component:
    """Navigation showing only the modules the user may open."""
    links = []
    for route, key, icon, permission in NAV_ITEMS:
        link = _nav_link(route, key, icon)
        links.append(rx.cond(AuthState.permissions.contains(permission), link) if permission else link)
    return rx.vstack(
        rx.hstack(rx.icon("activity", size=22), rx.heading("SPA AI", size="5"), align="center"),
        rx.divider(),
        *links,
        width="220px",
        min_height="100vh",
        padding="16px",
        spacing="2",
        border_right=f"1px solid {rx.color('gray', 5)}",
        background=rx.color("gray", 2),
    )


def user_menu() -> rx.Component:
    """Header controls: language, theme and the signed-in user's menu."""
    return rx.hstack(
        rx.button(
            t("menu.language"),
            variant="soft",
            size="2",
            on_click=AuthState.toggle_language,
            data_testid="lang-toggle",
        ),
        rx.color_mode.button(size="2", variant="soft"),
        rx.menu.root(
            rx.menu.trigger(
                rx.button(
                    rx.icon("user", size=16),
                    AuthState.username,
                    variant="outline",
                    size="2",
                    data_testid="user-menu",
                )
            ),
            rx.menu.content(
                rx.menu.item(rx.text(AuthState.display_name, weight="bold"), disabled=True),
                rx.menu.item(AuthState.role, disabled=True),
                rx.menu.separator(),
                rx.menu.item(t("menu.logout"), on_click=AuthState.logout, color="red", data_testid="logout"),
            ),
        ),
        spacing="3",
        align="center",
    )


def loading_state() -> rx.Component:
    return rx.center(rx.spinner(size="3"), rx.text(t("common.loading"), margin_left="8px"), padding="48px")


def error_state(message: rx.Var | str, on_retry: Callable | None = None) -> rx.Component:
    return rx.callout(
        rx.vstack(
            rx.text(t("common.error"), weight="bold"),
            rx.text(message, data_testid="error-message"),
            rx.button(t("common.retry"), on_click=on_retry, size="1") if on_retry else rx.fragment(),
        ),
        icon="triangle-alert",
        color_scheme="red",
        role="alert",
    )


def empty_state() -> rx.Component:
    return rx.center(rx.text(t("common.empty"), color=rx.color("gray", 10)), padding="32px")


def page_frame(title_key: str, body: rx.Component) -> rx.Component:
    """A protected page: frame with navigation, shown only once the session is confirmed."""
    return rx.cond(
        AuthState.is_authenticated,
        rx.hstack(
            sidebar(),
            rx.vstack(
                rx.hstack(
                    rx.heading(t(title_key), size="6", data_testid="page-title"),
                    rx.spacer(),
                    user_menu(),
                    width="100%",
                    align="center",
                ),
                body,
                padding="24px",
                width="100%",
                spacing="4",
            ),
            spacing="0",
            align="start",
            width="100%",
        ),
        loading_state(),
    )

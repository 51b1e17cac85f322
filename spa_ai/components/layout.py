"""The page frame (sidebar, header, forbidden notice) and the loading / error / empty / not-found states."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import reflex as rx
from reflex.vars.function import FunctionStringVar
from reflex_components_sonner.toast import toast_ref

from spa_ai.components.account import password_dialog
from spa_ai.components.i18n import t
from spa_ai.state.account import AccountState
from spa_ai.state.auth import AuthState
from spa_ai.state.toast import ToastState

if TYPE_CHECKING:
    from spa_ai.shell import PageSpec

SIDEBAR_WIDTH = "220px"
WIDE = rx.breakpoints(initial="none", md="flex")  # the sidebar shows from 992 px on
NARROW = rx.breakpoints(initial="flex", md="none")  # the menu button below that
# Korean words stay whole when a line wraps (CJK text otherwise breaks between any two syllables); a token
# too long for its line (a CI name, an id) still wraps instead of widening the page. Both are inherited.
TEXT_WRAP = {"word_break": "keep-all", "overflow_wrap": "break-word"}
MONO = {"font_family": "var(--code-font-family, monospace)", "font_size": "12px"}  # code-like cells


def _nav_links() -> list[rx.Component]:
    from spa_ai.shell import nav_entries

    links = []
    for spec in nav_entries():
        assert spec.icon is not None and spec.nav_key is not None
        link = rx.link(
            rx.hstack(rx.icon(spec.icon, size=18), rx.text(t(spec.nav_key)), align="center", spacing="2"),
            href=spec.route,
            underline="none",
            padding="8px 12px",
            border_radius="8px",
            width="100%",
            _hover={"background": rx.color("accent", 3)},
            data_testid=f"nav-{spec.nav_key.split('.')[-1]}",
        )
        links.append(
            rx.cond(AuthState.permissions.contains(spec.permission), link) if spec.permission else link
        )
    return links


def _brand() -> rx.Component:
    return rx.link(
        rx.hstack(
            rx.image(src="/logo.svg", width="24px", height="24px", alt=""), rx.heading("SPA AI", size="5")
        ),
        href="/",
        underline="none",
        color="inherit",
    )


def sidebar() -> rx.Component:
    """Navigation showing only the modules the user may open; stays in view while the page scrolls, and
    its column (background, border) runs the full height of long pages."""
    links = rx.vstack(
        _brand(),
        rx.divider(),
        *_nav_links(),
        width="100%",
        height="100vh",
        position="sticky",
        top="0",
        overflow_y="auto",
        padding="16px",
        spacing="2",
    )
    return rx.box(
        links,
        display=WIDE,
        width=SIDEBAR_WIDTH,
        min_width=SIDEBAR_WIDTH,
        min_height="100vh",
        align_self="stretch",
        border_right=f"1px solid {rx.color('gray', 5)}",
        background=rx.color("gray", 2),
        data_testid="sidebar",
    )


def mobile_menu() -> rx.Component:
    """Below 992 px the sidebar folds into a menu button opening a drawer."""
    return rx.drawer.root(
        rx.drawer.trigger(
            rx.icon_button(rx.icon("menu"), variant="soft", aria_label="menu", data_testid="mobile-menu"),
            display=NARROW,
        ),
        rx.drawer.overlay(),
        rx.drawer.portal(
            rx.drawer.content(
                rx.vstack(_brand(), rx.divider(), *_nav_links(), spacing="2", padding="16px", width="100%"),
                width="240px",
                height="100%",
                background=rx.color("gray", 2),
            )
        ),
        direction="left",
    )


def user_menu() -> rx.Component:
    """Header controls: language, theme and the signed-in user's menu (change password, sign out)."""
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
                rx.menu.item(
                    t("account.change"), on_click=AccountState.open_dialog, data_testid="change-password"
                ),
                rx.menu.item(
                    t("menu.api_keys"), on_click=rx.redirect("/account/api-keys"), data_testid="my-api-keys"
                ),
                rx.menu.item(t("menu.logout"), on_click=AuthState.logout, color="red", data_testid="logout"),
            ),
        ),
        password_dialog(),
        spacing="3",
        align="center",
    )


def loading_state() -> rx.Component:
    return rx.center(
        rx.spinner(size="3"),
        rx.text(t("common.loading"), margin_left="8px"),
        padding="48px",
        data_testid="loading",
    )


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


def empty_state(key: str = "common.empty") -> rx.Component:
    """An empty list, in words that say why (pass a specific key, e.g. 'no CIs match these filters')."""
    return rx.center(
        rx.text(t(key), color=rx.color("gray", 10), text_align="center"),
        padding="32px",
        data_testid="empty",
        data_reason=key,
    )


def scroll_box(child: rx.Component, **props: Any) -> rx.Component:
    """A box that scrolls its wide content (tables, code) sideways instead of widening the page."""
    return rx.box(child, overflow_x="auto", width="100%", max_width="100%", min_width="0", **props)


def forbidden_notice() -> rx.Component:
    return rx.callout(t("common.forbidden"), icon="shield-alert", color_scheme="red", data_testid="forbidden")


def not_found_notice(
    key: str = "common.not_found", back_href: str = "/", back_key: str = "common.go_home"
) -> rx.Component:
    """What the user asked for does not exist, and the way back to where they can find it."""
    return rx.vstack(
        rx.callout(t(key), icon="search-x", color_scheme="amber", data_testid="not-found"),
        rx.link(
            rx.hstack(rx.icon("arrow-left", size=16), t(back_key), align="center", spacing="1"),
            href=back_href,
            data_testid="go-back",
        ),
        spacing="3",
    )


def not_found_page() -> rx.Component:
    """The body of unknown routes."""
    return not_found_notice()


def state_view(
    state: Any,
    body: rx.Component,
    retry: Any = None,
    not_found_key: str = "common.not_found",
    *,
    back_href: str = "/",
    back_key: str = "common.go_home",
) -> rx.Component:
    """A page body through its state's flags: spinner while loading, error with retry, not found (with a
    link back to `back_href`), or the body."""
    if hasattr(state, "not_found"):
        body = rx.cond(state.not_found, not_found_notice(not_found_key, back_href, back_key), body)
    view = rx.cond(
        state.loading, loading_state(), rx.cond(state.error != "", error_state(state.error, retry), body)
    )
    return rx.fragment(url_sync(state), view) if hasattr(state, "url_seq") else view


# Put a view's address in the bar without navigating: applied only for a change made while the page is
# open (a sequence number newer than the one seen when the page mounted), so coming back to a page never
# restores a stale address over the link that was followed.
_REPLACE_ADDRESS: FunctionStringVar = FunctionStringVar.create(
    r"""((key, seq, target) => {
  const seen = (window.__spaUrlSeq = window.__spaUrlSeq || {});
  if (!(key in seen) || seq <= seen[key]) { seen[key] = Math.max(seq, seen[key] ?? seq); return; }
  seen[key] = seq;
  if (!target) return;
  const [path, query] = target.split("?");
  const bare = (p) => p.replace(/\/+$/, "");
  if (bare(path) !== bare(window.location.pathname)) return;  // the user has gone elsewhere meanwhile
  const address = window.location.pathname + (query ? "?" + query : "");
  if (address !== window.location.pathname + window.location.search) {
    window.history.replaceState(window.history.state, "", address);
  }
})"""
)


def url_sync(state: Any) -> rx.Component:
    """Shows `state.url_target` in the address bar each time `state.url_seq` changes (PageState
    `show_in_url`): two elements take turns by its parity, so each change mounts one of them, and
    mounting runs the compiled replacement (the app's content security policy allows no script from the
    server)."""
    key = state.get_name()

    def mark(parity: str) -> rx.Component:
        call = _REPLACE_ADDRESS.call(key, state.url_seq, state.url_target)
        return rx.box(on_mount=rx.run_script(call), display="none", data_testid=f"url-sync-{parity}")

    return rx.cond(state.url_seq % 2 == 0, mark("even"), mark("odd"))


def _confirm_actions(on_confirm: Any, color: str, on_cancel: Any = None) -> rx.Component:
    cancel = rx.button(
        t("common.cancel"), variant="soft", color_scheme="gray", on_click=on_cancel, data_testid="cancel"
    )
    return rx.hstack(
        rx.alert_dialog.cancel(cancel),
        rx.alert_dialog.action(
            rx.button(t("common.confirm"), color_scheme=color, on_click=on_confirm, data_testid="confirm")
        ),
        justify="end",
        spacing="3",
        margin_top="16px",
    )


def confirm_button(
    label: rx.Var | str,
    on_confirm: Any,
    *,
    message_key: str = "common.are_you_sure",
    message: rx.Var | str | None = None,
    color: str = "red",
    **props: Any,
) -> rx.Component:
    """A button that asks for confirmation before running `on_confirm` (revoke, deactivate, demote…).

    `message` (text or a Var naming the user/key concerned) replaces the generic `message_key` text.
    """
    return rx.alert_dialog.root(
        rx.alert_dialog.trigger(rx.button(label, color_scheme=color, **props)),
        rx.alert_dialog.content(
            rx.alert_dialog.title(label),
            rx.alert_dialog.description(message if message is not None else t(message_key)),
            _confirm_actions(on_confirm, color),
            data_testid="confirm-dialog",
        ),
    )


def confirm_dialog(
    open_: rx.Var,
    title: rx.Var | str,
    message: rx.Var | str,
    on_confirm: Any,
    on_cancel: Any,
    *,
    color: str = "red",
) -> rx.Component:
    """A confirmation opened by state (e.g. a role picked in a select), for changes without a button."""
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title(title),
            rx.alert_dialog.description(message),
            _confirm_actions(on_confirm, color, on_cancel),
            data_testid="confirm-dialog",
        ),
        open=open_,
    )


# Show the notes newer than the last one shown; the first run on a page only remembers where the queue
# stands (notes from before a reload are not shown again).
_SHOW_NOTES: FunctionStringVar = FunctionStringVar.create(
    """((toast, notes) => {
  if (!toast || !Array.isArray(notes)) return;
  const newest = notes.reduce((top, note) => Math.max(top, note.id), 0);
  const last = window.__spaToastShown;
  window.__spaToastShown = Math.max(last ?? 0, newest);
  if (last === undefined) return;
  for (const note of notes) {
    if (note.id > last) (toast[note.kind] ?? toast)(note.text);
  }
})"""
)


def toast_relay() -> rx.Component:
    """Shows the toasts handlers queue in `ToastState` (two elements take turns by `seq` parity, so each
    new note mounts one of them; mounting runs the compiled call of the toaster)."""

    def mark(parity: str) -> rx.Component:
        call = _SHOW_NOTES.call(toast_ref, ToastState.notes)
        return rx.box(on_mount=rx.run_script(call), display="none", data_testid=f"toast-relay-{parity}")

    return rx.cond(ToastState.seq % 2 == 0, mark("even"), mark("odd"))


def hydration_marker() -> rx.Component:
    """A hidden element present once the page's state arrived and its on_load handlers ran (tests wait
    for it before clicking, as a click before that may be handled against the pre-load state)."""
    return rx.cond(rx.State.is_hydrated, rx.box(display="none", data_testid="hydrated"))


def page_frame(spec: PageSpec) -> rx.Component:
    """A protected page: navigation and header, then the body — or one forbidden notice."""
    body = spec.render()
    if spec.permission:
        body = rx.cond(AuthState.permissions.contains(spec.permission), body, forbidden_notice())
    return rx.cond(
        AuthState.is_authenticated,
        rx.hstack(
            sidebar(),
            rx.vstack(
                rx.hstack(
                    mobile_menu(),
                    rx.heading(t(spec.title_key), size="6", data_testid="page-title"),
                    rx.spacer(),
                    user_menu(),
                    width="100%",
                    align="center",
                    wrap="wrap",
                ),
                body,
                toast_relay(),
                hydration_marker(),
                padding=rx.breakpoints(initial="12px", sm="24px"),
                width="100%",
                min_width="0",
                spacing="4",
                style=TEXT_WRAP,
            ),
            spacing="0",
            align="start",
            width="100%",
            min_height="100vh",
        ),
        loading_state(),
    )

"""The base of every page's state: one server-side caller check, loading/error/not-found flags, toasts.

Page states mix it in (`class FooState(PageState, rx.State)`), so each page gets its own copies of the
flags. Every handler that reads or writes data starts with `caller = await self.authorize(permission)`
and returns it when it is not a Principal (a redirect to the login page, or None after a refusal
toast): the page guard in the browser is only a convenience, the server decides. `on_load` handlers pass `quiet=True`:
the frame already shows its one forbidden notice, so a refused page load adds no toast. While the user
must change the password (a reset, the first admin), every page and handler sends them to
`PASSWORD_ROUTE` instead. Toasts are queued with `notify` / `toast_ok` / `refuse` / `toast_error`
(never `rx.toast` from a handler: see `spa_ai.state.toast`).

A page whose view lives in its address (filters, paging, ranges) reads it in `on_load` and, after a
change, calls `show_in_url(path, query)`; the page's `url_sync` element (spa_ai/components/layout.py)
then replaces the address in the browser — no navigation, no new history entry, no scroll jump, and no
script sent from the server (the content security policy forbids evaluating one).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import reflex as rx
from reflex_base.event import EventSpec

from services.core.errors import DomainError
from services.core.i18n import translate_error
from services.core.security import Principal
from spa_ai.state.auth import AuthState
from spa_ai.state.toast import ToastState

log = logging.getLogger(__name__)

PASSWORD_ROUTE = "/account/password"


class PageState(rx.State, mixin=True):
    """Loading, error and not-found flags of one page, and the helpers its handlers share."""

    loading: bool = True
    error: str = ""
    not_found: bool = False
    url_target: str = ""  # the address of the view on screen, put in the bar each time url_seq changes
    url_seq: int = 0

    async def authorize(
        self, permission: str | None = None, *, quiet: bool = False
    ) -> Principal | EventSpec | None:
        """The signed-in caller holding `permission`, or what refuses the call: a redirect (to the login or
        the password page), or None after a refusal toast (none with `quiet`, for page loads)."""
        auth = await self.get_state(AuthState)
        principal = auth.principal()
        if principal is None:
            return rx.redirect("/login")
        if auth.must_change_password and not self._serves_password_change():
            self.loading = False
            return rx.redirect(PASSWORD_ROUTE)
        if permission and not principal.can(permission):
            self.loading = False
            if not quiet:
                await self.notify("error", auth.t("common.forbidden"))
            return None
        return principal

    def _serves_password_change(self) -> bool:
        """Whether this state's handlers work while the user must change the password (only the
        password page's do; everything else sends the user there)."""
        return False

    async def lang(self) -> str:
        """The signed-in user's language."""
        return (await self.get_state(AuthState)).lang

    async def message(self, key: str, /, **params: object) -> str:
        """UI string `key` in the user's language."""
        return (await self.get_state(AuthState)).t(key, **params)

    async def notify(self, kind: str, text: str) -> None:
        """A toast (success, error, warning, info) with `text` (see `spa_ai.state.toast`)."""
        (await self.get_state(ToastState)).add(kind, text)

    async def toast_ok(self, key: str, /, **params: object) -> None:
        """A success toast with UI string `key`."""
        await self.notify("success", await self.message(key, **params))

    async def refuse(self, key: str, /, **params: object) -> None:
        """An error toast with UI string `key` (a request the page turns down)."""
        await self.notify("error", await self.message(key, **params))

    async def toast_error(self, exc: Exception) -> None:
        """An error toast in the user's language; unexpected errors are logged and shown generically."""
        await self.notify("error", await self.describe(exc))

    async def describe(self, exc: Exception) -> str:
        """A user-facing description of `exc` in the user's language (never a class name or stack)."""
        lang = await self.lang()
        if isinstance(exc, DomainError):
            return translate_error(exc, lang)
        log.exception("unexpected error in %s", type(self).__name__, exc_info=exc)
        return (await self.get_state(AuthState)).t("errors.internal")

    async def fail_load(self, exc: Exception) -> None:
        """Show `exc` as the page's error state (with a retry button)."""
        self.error = await self.describe(exc)
        self.loading = False

    async def load_with(
        self, permission: str | None, fill: Callable[[Principal], Awaitable[object]]
    ) -> EventSpec | None:
        """An on_load or refresh: the caller holding `permission` (refused quietly), then `fill(caller)`
        sets the page's data; its failure is the page's error state, success clears error and spinner."""
        caller = await self.authorize(permission, quiet=True)
        if not isinstance(caller, Principal):
            return caller
        try:
            await fill(caller)
        except Exception as exc:
            await self.fail_load(exc)
            return None
        self.error, self.loading = "", False
        return None

    def url_params(self) -> dict[str, str]:
        """The query parameters of the page's address (filters, paging, ranges)."""
        return dict(self.router.url.query_parameters)

    def url_path(self) -> str:
        """The path of the page's address."""
        return str(self.router.url.path)

    def show_in_url(self, path: str, query: str) -> None:
        """Put the view just loaded into the address bar (replacing the history entry)."""
        self.url_target, self.url_seq = path + query, self.url_seq + 1

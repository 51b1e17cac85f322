"""The base of every page's state: one server-side caller check, loading/error/not-found flags, toasts.

Page states mix it in (`class FooState(PageState, rx.State)`), so each page gets its own copies of the
flags. Every handler that reads or writes data starts with `caller = await self.authorize(permission)`
and returns it when it is not a Principal (a redirect to the login page or a refusal toast): the page
guard in the browser is only a convenience, the server decides. `on_load` handlers pass `quiet=True`:
the frame already shows its one forbidden notice, so a refused page load adds no toast.

A page whose view lives in its address (filters, paging, ranges) reads it in `on_load` and, after a
change, returns `show_in_url(path, query)`: a replace-navigation (no new history entry; the app's
content security policy forbids the script a `history.replaceState` from the server would need). The
`on_load` it triggers sees `url_echo()` and skips reloading what the handler has just loaded.
"""

from __future__ import annotations

import logging

import reflex as rx
from reflex_base.event import EventSpec

from services.core.errors import DomainError
from services.core.i18n import translate_error
from services.core.security import Principal
from spa_ai.state.auth import AuthState

log = logging.getLogger(__name__)


class PageState(rx.State, mixin=True):
    """Loading, error and not-found flags of one page, and the helpers its handlers share."""

    loading: bool = True
    error: str = ""
    not_found: bool = False
    _url_shown: str = ""  # the address a handler just put in the bar (its view is already loaded)

    async def authorize(
        self, permission: str | None = None, *, quiet: bool = False
    ) -> Principal | EventSpec | None:
        """The signed-in caller holding `permission`, or what refuses the call: a redirect to the login
        page, a refusal toast, or (with `quiet`, for page loads) nothing."""
        auth = await self.get_state(AuthState)
        principal = auth.principal()
        if principal is None:
            return rx.redirect("/login")
        if permission and not principal.can(permission):
            self.loading = False
            return None if quiet else rx.toast.error(auth.t("common.forbidden"))
        return principal

    async def lang(self) -> str:
        """The signed-in user's language."""
        return (await self.get_state(AuthState)).lang

    async def message(self, key: str, /, **params: object) -> str:
        """UI string `key` in the user's language."""
        return (await self.get_state(AuthState)).t(key, **params)

    async def toast_ok(self, key: str, /, **params: object) -> EventSpec:
        """A success toast with UI string `key`."""
        return rx.toast.success(await self.message(key, **params))

    async def toast_error(self, exc: Exception) -> EventSpec:
        """An error toast in the user's language; unexpected errors are logged and shown generically."""
        return rx.toast.error(await self.describe(exc))

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

    def url_params(self) -> dict[str, str]:
        """The query parameters of the page's address (filters, paging, ranges)."""
        return dict(self.router.url.query_parameters)

    def url_path(self) -> str:
        """The path of the page's address."""
        return str(self.router.url.path)

    def _address(self) -> str:
        url = self.router.url
        return f"{url.path}?{url.query}" if url.query else str(url.path)

    def show_in_url(self, path: str, query: str) -> EventSpec | None:
        """Put the view just loaded into the address bar (replacing the history entry); None when it is
        there already."""
        target = path + query
        if target == self._address():
            return None
        self._url_shown = target
        return rx.redirect(target, replace=True)

    def url_echo(self) -> bool:
        """In `on_load`: whether this load only follows `show_in_url` (the view is loaded already)."""
        echo = self._url_shown != "" and self._url_shown == self._address()
        self._url_shown = ""
        return echo

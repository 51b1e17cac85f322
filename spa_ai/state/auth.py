"""Sign-in state: the session token, the signed-in user, language; the server-side auth check."""

from __future__ import annotations

import reflex as rx
from reflex_base.event import EventSpec

from services.admin import auth, service
from services.core.audit import RequestContext, current_request
from services.core.db import session_scope
from services.core.errors import DomainError, Locked, Unauthorized
from services.core.i18n import LANGUAGES, translate
from services.core.security import Principal


class AuthState(rx.State):
    """Who is signed in. The token lives in the browser; every check re-validates it on the server."""

    auth_token: str = rx.LocalStorage("", name="spa_token")
    lang: str = rx.LocalStorage("ko", name="spa_lang")
    username: str = ""
    display_name: str = ""
    role: str = ""
    permissions: list[str] = []
    login_error: str = ""
    login_busy: bool = False

    @rx.var
    def is_authenticated(self) -> bool:
        return self.username != ""

    @rx.var
    def is_en(self) -> bool:
        return self.lang == "en"

    def t(self, key: str, **params: object) -> str:
        """A UI string in the current language (for toasts and server-made messages)."""
        return translate(key, self.lang, **params)

    def _bind_request_context(self) -> None:
        ip = self.router.session.client_ip or None
        current_request.set(RequestContext(ip=ip, request_id=f"ui-{self.router.session.client_token[:8]}"))

    def principal(self) -> Principal | None:
        """The caller behind the stored token, or None; refreshes the visible user fields."""
        self._bind_request_context()
        if not self.auth_token:
            self._clear_user()
            return None
        try:
            with session_scope() as session:
                principal, user = auth.resolve_token(session, self.auth_token)
                self._load_user(principal, user.display_name, user.locale)
        except Unauthorized:
            self._clear_user()
            self.auth_token = ""
            return None
        return principal

    def _load_user(self, principal: Principal, display_name: str, locale: str) -> None:
        self.username = principal.username
        self.display_name = display_name
        self.role = principal.role
        self.permissions = sorted(principal.permissions)
        if locale in LANGUAGES:
            self.lang = locale

    def _clear_user(self) -> None:
        self.username = self.display_name = self.role = ""
        self.permissions = []

    @rx.event
    def check_login(self):
        """on_load of every protected page: send anonymous or expired sessions to the login page."""
        if self.principal() is None:
            return rx.redirect("/login")
        return None

    @rx.event
    def redirect_if_signed_in(self):
        """on_load of the login page: skip it when already signed in."""
        if self.principal() is not None:
            return rx.redirect("/")
        return None

    @rx.event
    def login(self, form_data: dict):
        """Check credentials and store the session token."""
        username = str(form_data.get("username", "")).strip()
        password = str(form_data.get("password", ""))
        self.login_error = ""
        if not username or not password:
            self.login_error = self.t("login.required")
            return None
        self._bind_request_context()
        try:
            with session_scope() as session:
                token, user = auth.login(
                    session, username=username, password=password, ip=current_request.get().ip
                )
                principal = service.principal_for(user)
                self._load_user(principal, user.display_name, user.locale)
        except Locked:
            self.login_error = self.t("login.locked")
            return None
        except DomainError:
            self.login_error = self.t("login.failed")
            return None
        self.auth_token = token
        return rx.redirect("/")

    @rx.event
    def logout(self):
        """Revoke the session on the server and forget the token."""
        self._bind_request_context()
        if self.auth_token:
            with session_scope() as session:
                auth.logout(session, token=self.auth_token)
        self.auth_token = ""
        self._clear_user()
        return rx.redirect("/login")

    @rx.event
    def toggle_language(self):
        """Switch Korean/English; persisted to the user's profile when signed in."""
        new_lang = "en" if self.lang == "ko" else "ko"
        principal = self.principal()
        if principal is not None:
            with session_scope() as session:
                service.set_locale(session, actor=principal, locale=new_lang)
        self.lang = new_lang


async def authorize(state: rx.State, permission: str | None = None) -> Principal | EventSpec:
    """The caller of an event handler, or the event that refuses it (login redirect or a toast)."""
    auth_state = await state.get_state(AuthState)
    principal = auth_state.principal()
    if principal is None:
        return rx.redirect("/login")
    if permission and not principal.can(permission):
        return rx.toast.error(auth_state.t("common.forbidden"))
    return principal

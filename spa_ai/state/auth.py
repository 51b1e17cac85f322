"""Sign-in state: the session token, the signed-in user, language; the server-side auth check.

Signing in hashes a password (tens of milliseconds of CPU): it runs in a worker thread so the event
loop keeps serving every other client, and each client (browser tab and address) may try only a few
times per `LOGIN_WINDOW_S` seconds, counted in this process before anything is hashed. A user who must
change the password (`must_change_password`) is signed in without permissions until they do.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from dataclasses import dataclass, replace

import reflex as rx

from services.admin import auth, service
from services.admin import settings as admin_settings
from services.core import settings_registry
from services.core.audit import RequestContext, current_request
from services.core.db import session_scope
from services.core.errors import DomainError, Locked, Unauthorized
from services.core.i18n import LANGUAGES, translate, translate_error
from services.core.security import Principal

LOGIN_WINDOW_S = 10.0  # limits per tab and per address: settings sign_in_attempts_per_{tab,address}


class LoginRateLimiter:
    """In-memory sliding windows of sign-in attempts per key (this process only)."""

    def __init__(self, max_keys: int = 50_000) -> None:
        self._hits: dict[str, deque[float]] = {}
        self._max_keys = max_keys

    def allow(self, limits: dict[str, int], window_s: float = LOGIN_WINDOW_S) -> bool:
        """Record an attempt under every key when all are within their limits; False otherwise."""
        now = time.monotonic()
        for key, limit in limits.items():
            hits = self._hits.get(key)
            while hits and hits[0] <= now - window_s:
                hits.popleft()
            if hits is not None and len(hits) >= limit:
                return False
        if len(self._hits) > self._max_keys:
            self._hits = {k: v for k, v in self._hits.items() if v and v[-1] > now - window_s}
        for key in limits:
            self._hits.setdefault(key, deque()).append(now)
        return True

    def clear(self) -> None:
        self._hits.clear()


login_limiter = LoginRateLimiter()


@dataclass(frozen=True)
class _SignedIn:
    token: str
    principal: Principal
    display_name: str
    locale: str


def _sign_in(username: str, password: str, ip: str | None) -> _SignedIn:
    """The blocking part of a sign-in (database, password hash); runs in a worker thread."""
    with session_scope() as session:
        token, user = auth.login(session, username=username, password=password, ip=ip)
        return _SignedIn(token, service.principal_for(user), user.display_name, user.locale)


class AuthState(rx.State):
    """Who is signed in. The token lives in the browser; every check re-validates it on the server."""

    auth_token: str = rx.LocalStorage("", name="spa_token")
    lang: str = rx.LocalStorage("ko", name="spa_lang")
    username: str = ""
    display_name: str = ""
    role: str = ""
    permissions: list[str] = []
    must_change_password: bool = False
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
        """The caller behind the stored token, or None; refreshes the visible user fields.

        While the user must change the password, the principal holds no permissions: every guarded
        handler refuses, only changing the password (`services.admin.service.change_password`) and
        signing out work.
        """
        self._bind_request_context()
        if not self.auth_token:
            self._clear_user()
            return None
        try:
            with session_scope() as session:
                principal, user = auth.resolve_token(session, self.auth_token, allow_password_change=True)
                self._load_user(principal, user.display_name, user.locale)
        except Unauthorized:
            self._clear_user()
            self.auth_token = ""
            return None
        if principal.must_change_password:
            return replace(principal, permissions=frozenset())
        return principal

    def _load_user(self, principal: Principal, display_name: str, locale: str) -> None:
        self.username = principal.username
        self.display_name = display_name
        self.role = principal.role
        self.must_change_password = principal.must_change_password
        self.permissions = [] if principal.must_change_password else sorted(principal.permissions)
        if locale in LANGUAGES:
            self.lang = locale

    def _clear_user(self) -> None:
        self.username = self.display_name = self.role = ""
        self.permissions = []
        self.must_change_password = False

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
    async def login(self, form_data: dict):
        """Check credentials (in a worker thread) and store the session token."""
        username = str(form_data.get("username", "")).strip()
        password = str(form_data.get("password", ""))
        self.login_error = ""
        if not username or not password:
            self.login_error = self.t("login.required")
            return None
        self._bind_request_context()
        session_info = self.router.session
        limits = {
            f"tab:{session_info.client_token}": settings_registry.get(admin_settings.SIGN_IN_ATTEMPTS_PER_TAB)
        }
        if session_info.client_ip:
            limits[f"ip:{session_info.client_ip}"] = settings_registry.get(
                admin_settings.SIGN_IN_ATTEMPTS_PER_ADDRESS
            )
        if not login_limiter.allow(limits):
            self.login_error = self.t("errors.sign_in_too_fast")
            return None
        self.login_busy = True
        try:
            signed_in = await asyncio.to_thread(_sign_in, username, password, current_request.get().ip)
        except Locked as exc:
            self.login_error = translate_error(exc, self.lang) if exc.key else self.t("login.locked")
            return None
        except DomainError:
            self.login_error = self.t("login.failed")
            return None
        finally:
            self.login_busy = False
        self._load_user(signed_in.principal, signed_in.display_name, signed_in.locale)
        self.auth_token = signed_in.token
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

"""The signed-in user's own account: changing the password (from the user menu, or on the page a user
is sent to while a reset or first password must be replaced)."""

from __future__ import annotations

import asyncio

import reflex as rx

from services.admin import service
from services.core.db import session_scope
from services.core.security import Principal
from spa_ai.state.auth import AuthState
from spa_ai.state.page import PASSWORD_ROUTE, PageState

MAX_PASSWORD_LENGTH = 1024


def _change(principal: Principal, current: str, new: str) -> None:
    with session_scope() as session:
        service.change_password(session, actor=principal, current_password=current, new_password=new)


class AccountState(PageState, rx.State):
    """The change-password form (dialog and page)."""

    dialog_open: bool = False
    form_error: str = ""
    busy: bool = False

    def _serves_password_change(self) -> bool:
        return True

    @rx.event
    async def load(self):
        """on_load of the password page."""
        caller = await self.authorize(quiet=True)
        if not isinstance(caller, Principal):
            return caller
        self.form_error, self.loading = "", False
        return None

    @rx.event
    def open_dialog(self):
        self.dialog_open, self.form_error = True, ""

    @rx.event
    def set_dialog_open(self, value: bool):
        self.dialog_open = bool(value)
        if not value:
            self.form_error = ""

    @rx.event
    async def change_password(self, form: dict):
        """Check the current password and set the new one; the other sessions of the user end."""
        caller = await self.authorize()
        if not isinstance(caller, Principal):
            yield caller
            return
        current = str(form.get("current_password", ""))[:MAX_PASSWORD_LENGTH]
        new = str(form.get("new_password", ""))[:MAX_PASSWORD_LENGTH]
        if not current or not new:
            self.form_error = await self.message("account.fill_all")
            return
        if new != str(form.get("confirm_password", "")):
            self.form_error = await self.message("account.mismatch")
            return
        self.busy, self.form_error = True, ""
        yield
        try:
            await asyncio.to_thread(_change, caller, current, new)
        except Exception as exc:
            self.form_error = await self.describe(exc)
            return
        finally:
            self.busy = False
        auth = await self.get_state(AuthState)
        was_forced = auth.must_change_password
        auth.principal()  # reload the user: the flag is cleared, the permissions are back
        self.dialog_open = False
        await self.toast_ok("account.changed")
        if was_forced or self.url_path().rstrip("/") == PASSWORD_ROUTE:
            yield rx.redirect("/")

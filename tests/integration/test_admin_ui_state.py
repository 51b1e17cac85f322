"""Admin and account page handlers on a real database: confirmations before role changes, no self
demotion, one-time passwords shown once, unlock, the forced password change, key rows in local time,
and service errors in the user's language."""

from __future__ import annotations

import contextlib

import reflex as rx
from sqlmodel import Session, col, select

from services.admin import auth
from services.admin.models import User
from services.core.errors import DomainError
from services.core.i18n import translate
from services.core.models import AuditLog
from spa_ai.state.account import AccountState
from spa_ai.state.admin import AdminState
from spa_ai.state.api_keys import MyKeysState
from spa_ai.state.auth import AuthState
from spa_ai.state.dashboard import DashboardState
from spa_ai.state.infra import InfraListState
from spa_ai.state.page import PASSWORD_ROUTE
from spa_ai.state.toast import ToastState
from tests.integration.helpers import PASSWORD, make_user

NEW_PASSWORD = "an0ther-passw0rd"


def _root(token: str) -> rx.State:
    root = rx.State()
    root.substates[AuthState.get_name()].auth_token = token  # type: ignore[attr-defined]
    return root


def _admin(session: Session, username: str = "root") -> AdminState:
    make_user(session, username, "admin")
    token, _ = auth.login(session, username=username, password=PASSWORD)
    session.commit()
    return _root(token).substates[AdminState.get_name()]  # type: ignore[return-value]


def _user(session: Session, username: str) -> User:
    session.expire_all()
    return session.exec(select(User).where(User.username == username)).one()


def _toasts(state: rx.State) -> list[str]:
    """What the page's toasts told the user (queued for the frame's relay)."""
    root = state.parent_state
    assert root is not None
    return root.substates[ToastState.get_name()].texts()  # type: ignore[attr-defined]


async def _change(account: AccountState, current: str, new: str, confirm: str | None = None) -> list:
    form = {"current_password": current, "new_password": new, "confirm_password": confirm or new}
    return [event async for event in account.change_password(form)]


async def test_role_changes_wait_for_confirmation_and_admins_cannot_demote_themselves(
    session: Session,
) -> None:
    admin = _admin(session)
    make_user(session, "kim", "viewer")
    await admin.load()
    rows = {u["username"]: u for u in admin.users}
    assert rows["root"]["is_self"] and not rows["kim"]["is_self"]

    admin.ask_role("kim", "operator")
    assert admin.pending_role == {"username": "kim", "role": "operator", "from": "viewer"}
    assert _user(session, "kim").role == "viewer"  # nothing changes before the confirmation
    admin.cancel_role()
    assert admin.pending_role == {} and _user(session, "kim").role == "viewer"
    admin.ask_role("kim", "operator")
    await admin.confirm_role()
    assert admin.pending_role == {} and _user(session, "kim").role == "operator"

    admin.ask_role("root", "viewer")  # the own row offers no role change
    assert admin.pending_role == {}
    refused = await admin.set_role("root", "viewer")
    assert refused is None and _user(session, "root").role == "admin"
    assert _toasts(admin)[-1] == translate("admin.not_yourself", "ko")
    await admin.set_active("root", False)
    assert _toasts(admin)[-1] == translate("admin.not_yourself", "ko") and _user(session, "root").is_active


async def test_reset_shows_a_one_time_password_once_and_forces_a_change(session: Session) -> None:
    admin = _admin(session)
    make_user(session, "kim", "operator")
    await admin.load()
    await admin.reset_password("kim")
    secret = admin.reset_secret
    assert admin.reset_for == "kim" and len(secret) >= 12
    assert next(u for u in admin.users if u["username"] == "kim")["must_change"]
    admin.dismiss_reset()
    assert admin.reset_secret == "" and admin.reset_for == ""  # gone from the state once closed

    token, _ = auth.login(session, username="kim", password=secret)
    session.commit()
    root = _root(token)
    infra: InfraListState = root.substates[InfraListState.get_name()]  # type: ignore[assignment]
    dashboard: DashboardState = root.substates[DashboardState.get_name()]  # type: ignore[assignment]
    account: AccountState = root.substates[AccountState.get_name()]  # type: ignore[assignment]
    for result in (await infra.load(), await dashboard.load(), await infra.search({"q": "x"})):
        assert PASSWORD_ROUTE in repr(result)  # every page sends the user to the password page
    assert infra.rows == []
    assert await account.load() is None and not account.loading

    await _change(account, "wrong-password-1", NEW_PASSWORD)
    assert account.form_error == translate("errors.wrong_current_password", "ko")
    await _change(account, secret, NEW_PASSWORD, confirm="something-else")
    assert account.form_error == translate("account.mismatch", "ko")
    events = await _change(account, secret, NEW_PASSWORD)
    assert account.form_error == "" and not _user(session, "kim").must_change_password
    auth_state = root.substates[AuthState.get_name()]
    assert "_redirect" in repr(events[-1]) and not auth_state.must_change_password  # type: ignore[attr-defined]
    await infra.load()
    assert not infra.error and not infra.loading


async def test_unlock_lifts_a_sign_in_lock(session: Session) -> None:
    admin = _admin(session)
    make_user(session, "kim", "viewer")
    for _ in range(6):
        with contextlib.suppress(DomainError):
            auth.login(session, username="kim", password="wrong-password")
        session.commit()
    await admin.load()
    assert next(u for u in admin.users if u["username"] == "kim")["locked"]
    await admin.unlock("kim")
    assert _toasts(admin)[-1] == translate("admin.unlocked", "ko", user="kim")
    assert not next(u for u in admin.users if u["username"] == "kim")["locked"]
    auth.login(session, username="kim", password=PASSWORD)


async def test_revoked_keys_and_service_errors_in_the_users_language(session: Session) -> None:
    admin = _admin(session)
    await admin.load()
    admin.set_scope("ops:ask", True)
    await admin.create_key({"name": "ci", "expires_days": "30"})
    assert admin.new_key_secret and admin.keys[0]["status"] == "active" and admin.new_key_scopes == []
    admin.set_scope("ops:ask", False)  # the form's reset reports each box's first state: nothing returns
    admin.set_scope("no:such-scope", True)
    assert admin.new_key_scopes == []
    assert len(admin.keys[0]["expires"]) == len("2026-03-08 15:30:00") and "T" not in admin.keys[0]["expires"]
    await admin.create_key({"name": "bad", "expires_days": "soon"})
    assert _toasts(admin)[-1] == translate("admin.expiry_invalid", "ko", max=3650)
    await admin.revoke_key(admin.keys[0]["id"])
    assert admin.keys[0]["status"] == "revoked"

    await admin.create_user({"username": "newbie", "password": "short", "role": "viewer"})
    assert _toasts(admin)[-1] == translate("errors.password_too_short", "ko", min=10)


async def test_own_keys_page_lists_creates_and_revokes_only_the_callers_keys(session: Session) -> None:
    admin = _admin(session)
    await admin.load()
    admin.set_scope("admin:users", True)
    await admin.create_key({"name": "admins-key", "expires_days": ""})
    make_user(session, "lee", "operator")
    token, _ = auth.login(session, username="lee", password=PASSWORD)
    session.commit()
    mine: MyKeysState = _root(token).substates[MyKeysState.get_name()]  # type: ignore[assignment]
    await mine.load()
    assert not mine.loading and mine.error == "" and mine.keys == []  # the admin's key is not listed
    assert "admin:users" not in mine.available_scopes and "infra:read" in mine.available_scopes
    mine.set_scope("admin:users", True)  # not held: the box is ignored
    mine.set_scope("infra:read", True)
    await mine.create_key({"name": "script", "expires_days": "7"})
    assert mine.keys[0]["prefix"] in mine.new_key_secret
    assert [(k["name"], k["owner"], k["scopes"]) for k in mine.keys] == [("script", "lee", "infra:read")]
    mine.dismiss_secret()
    await mine.revoke_key(admin.keys[0]["id"])  # someone else's key is not found
    assert _toasts(mine)[-1] == translate("errors.unknown_api_key", "ko", id=admin.keys[0]["id"])
    await mine.revoke_key(mine.keys[0]["id"])
    assert mine.keys[0]["status"] == "revoked"
    actions = session.exec(
        select(AuditLog.action).where(AuditLog.actor == "lee", col(AuditLog.action).startswith("api_key."))
    ).all()
    assert sorted(actions) == ["api_key.create", "api_key.revoke"]

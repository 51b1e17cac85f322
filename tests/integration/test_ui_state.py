"""Reflex event handlers re-check auth on the server, whatever the page showed."""

import reflex as rx
from sqlmodel import Session, select

from services.admin import auth
from services.admin.models import User
from spa_ai.state.admin import AdminState
from spa_ai.state.auth import AuthState
from tests.integration.helpers import PASSWORD, make_user


def _states(token: str) -> tuple[AuthState, AdminState]:
    root = rx.State()
    auth_state = root.substates[AuthState.get_name()]
    auth_state.auth_token = token
    return auth_state, root.substates[AdminState.get_name()]  # type: ignore[return-value]


async def test_anonymous_handler_call_redirects_to_login(session: Session) -> None:
    _, admin = _states("")
    result = await admin.create_user({"username": "intruder", "password": PASSWORD, "role": "admin"})
    assert "_redirect" in repr(result) and "/login" in repr(result)
    assert session.exec(select(User).where(User.username == "intruder")).first() is None


async def test_viewer_is_refused_admin_action(session: Session) -> None:
    make_user(session, "view", "viewer")
    token, _ = auth.login(session, username="view", password=PASSWORD)
    session.commit()
    _, admin = _states(token)
    assert await admin.load() is None  # the page load is refused quietly: the frame shows the notice
    assert admin.users == [] and not admin.loading
    result = await admin.create_user({"username": "intruder", "password": PASSWORD, "role": "admin"})
    assert "toast" in repr(result).lower() and "/login" not in repr(result)
    assert session.exec(select(User).where(User.username == "intruder")).first() is None


async def test_admin_action_succeeds_and_lists_users(session: Session) -> None:
    make_user(session, "root", "admin")
    token, _ = auth.login(session, username="root", password=PASSWORD)
    session.commit()
    _, admin = _states(token)
    await admin.load()
    assert [u["username"] for u in admin.users] == ["root"]
    await admin.create_user({"username": "newbie", "password": PASSWORD, "role": "operator"})
    assert {u["username"] for u in admin.users} == {"root", "newbie"}


async def test_login_handler_sets_token_and_language_from_profile(session: Session) -> None:
    make_user(session, "eng", "viewer")
    session.exec(select(User).where(User.username == "eng")).one().locale = "en"
    session.commit()
    auth_state, _ = _states("")
    await auth_state.login({"username": "eng", "password": "wrong-password"})
    assert auth_state.login_error and not auth_state.auth_token
    await auth_state.login({"username": "eng", "password": PASSWORD})
    assert auth_state.auth_token and auth_state.username == "eng" and auth_state.lang == "en"

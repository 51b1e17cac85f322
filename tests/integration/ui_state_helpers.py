"""Page-state handlers driven directly on a real database: a signed-in Reflex state tree and what its
toasts told the user."""

from __future__ import annotations

from typing import TypeVar

import reflex as rx
from reflex.state import BaseState
from sqlmodel import Session

from services.admin import auth
from spa_ai.state.auth import AuthState
from spa_ai.state.toast import ToastState
from tests.integration.helpers import PASSWORD, make_user

S = TypeVar("S", bound=BaseState)


def signed_in_root(session: Session, username: str, role: str) -> rx.State:
    """A fresh state tree whose AuthState holds the token of a new user `username` with `role`."""
    make_user(session, username, role)
    token, _ = auth.login(session, username=username, password=PASSWORD)
    session.commit()
    root = rx.State()
    root.substates[AuthState.get_name()].auth_token = token  # type: ignore[attr-defined]
    return root


def substate(root: BaseState, cls: type[S]) -> S:
    """The instance of page state `cls` in `root`'s tree."""
    return root.substates[cls.get_name()]  # type: ignore[return-value]


def toasts(state: BaseState) -> list[str]:
    """What the page's toasts told the user (queued for the frame's relay); `state` is the root or a page
    state in it."""
    root = state.parent_state or state
    return substate(root, ToastState).texts()

"""Sign-in, lockout, sessions and user management against a real database."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from services.admin import auth, service
from services.admin.models import User
from services.core.clock import pinned_at
from services.core.errors import Conflict, Forbidden, Locked, Unauthorized, ValidationFailed
from services.core.models import AuditLog
from tests.integration.helpers import PASSWORD, make_user


def _actions(session: Session) -> list[str]:
    return [row.action for row in session.exec(select(AuditLog).order_by(AuditLog.id)).all()]


def test_login_opens_a_session_that_logout_revokes(session: Session) -> None:
    make_user(session, "kim", "operator")
    token, _ = auth.login(session, username="Kim", password=PASSWORD, ip="10.0.0.1")
    session.commit()
    principal, _ = auth.resolve_token(session, token)
    assert (principal.username, principal.role) == ("kim", "operator")
    assert principal.can("cep:write") and not principal.can("admin:users")
    auth.logout(session, token=token)
    session.commit()
    with pytest.raises(Unauthorized, match="signed out"):
        auth.resolve_token(session, token)
    assert _actions(session) == ["user.create", "auth.login", "auth.logout"]


def test_wrong_password_and_unknown_user_give_the_same_error(session: Session) -> None:
    make_user(session, "kim", "viewer")
    with pytest.raises(Unauthorized) as wrong:
        auth.login(session, username="kim", password="nope")
    with pytest.raises(Unauthorized) as unknown:
        auth.login(session, username="nobody", password="nope")
    assert wrong.value.message == unknown.value.message


def test_lockout_after_five_failures_in_five_minutes_for_fifteen(session: Session) -> None:
    make_user(session, "lee", "viewer")
    start = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    for i in range(4):
        with pinned_at(start + timedelta(seconds=30 * i)), pytest.raises(Unauthorized):
            auth.login(session, username="lee", password="bad")
    with pinned_at(start + timedelta(minutes=2)), pytest.raises(Locked):
        auth.login(session, username="lee", password="bad")
    # Even the right password is refused while locked …
    with pinned_at(start + timedelta(minutes=16)), pytest.raises(Locked):
        auth.login(session, username="lee", password=PASSWORD)
    # … and accepted once the 15 minutes have passed.
    with pinned_at(start + timedelta(minutes=17, seconds=1)):
        auth.login(session, username="lee", password=PASSWORD)
    assert "auth.lockout" in _actions(session)


def test_failures_spread_over_more_than_five_minutes_do_not_lock(session: Session) -> None:
    make_user(session, "park", "viewer")
    start = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    for i in range(6):
        with pinned_at(start + timedelta(minutes=2 * i)), pytest.raises(Unauthorized):
            auth.login(session, username="park", password="bad")


def test_disabled_user_cannot_sign_in_or_use_a_token(session: Session) -> None:
    admin = service.principal_for(make_user(session, "root", "admin"))
    make_user(session, "choi", "viewer")
    token, _ = auth.login(session, username="choi", password=PASSWORD)
    service.update_user(session, actor=admin, username="choi", is_active=False)
    session.commit()
    with pytest.raises(Unauthorized):
        auth.resolve_token(session, token)
    with pytest.raises(Unauthorized):
        auth.login(session, username="choi", password=PASSWORD)


def test_user_management_is_permission_checked_validated_and_audited(session: Session) -> None:
    admin = service.principal_for(make_user(session, "root", "admin"))
    viewer = service.principal_for(make_user(session, "view", "viewer"))
    with pytest.raises(Forbidden):
        service.create_user(session, actor=viewer, username="x1", password=PASSWORD, role="viewer")
    with pytest.raises(Conflict):
        service.create_user(session, actor=admin, username="view", password=PASSWORD, role="viewer")
    with pytest.raises(ValidationFailed, match="10 characters"):
        service.create_user(session, actor=admin, username="x2", password="short", role="viewer")
    with pytest.raises(ValidationFailed, match="role"):
        service.create_user(session, actor=admin, username="x3", password=PASSWORD, role="god")
    with pytest.raises(ValidationFailed, match="own role"):
        service.update_user(session, actor=admin, username="root", role="viewer")
    service.update_user(session, actor=admin, username="view", role="operator")
    session.commit()
    row = session.exec(select(AuditLog).where(AuditLog.action == "user.update")).one()
    assert row.before["role"] == "viewer" and row.after["role"] == "operator"
    assert "password_hash" not in row.after


def test_locale_preference_persists(session: Session) -> None:
    user = make_user(session, "yoon", "viewer")
    service.set_locale(session, actor=service.principal_for(user), locale="en")
    session.commit()
    assert session.exec(select(User).where(User.username == "yoon")).one().locale == "en"
    with pytest.raises(ValidationFailed):
        service.set_locale(session, actor=service.principal_for(user), locale="fr")

"""Settings, audit, roles and user-session handlers of the admin pages on a real database: edits saved all
or nothing with the error naming the key, reset, audit filters and diff, CSV export, custom roles edited
cell by cell, users paged and filtered, sessions ended."""

from __future__ import annotations

import csv
import io

import reflex as rx
from sqlmodel import Session, select

from services.admin import auth
from services.admin.models import CustomRole
from services.core import settings_registry
from services.core.i18n import translate
from spa_ai.state.admin import PAGE_SIZE, AdminState
from spa_ai.state.admin_audit import AuditState
from spa_ai.state.admin_roles import RolesState
from spa_ai.state.admin_settings import SettingsState
from spa_ai.state.auth import AuthState
from spa_ai.state.toast import ToastState
from tests.integration.helpers import PASSWORD, make_user


def _root(session: Session, username: str = "root", role: str = "admin") -> rx.State:
    make_user(session, username, role)
    token, _ = auth.login(session, username=username, password=PASSWORD)
    session.commit()
    root = rx.State()
    root.substates[AuthState.get_name()].auth_token = token  # type: ignore[attr-defined]
    return root


def _state(root: rx.State, cls: type) -> rx.State:
    return root.substates[cls.get_name()]  # type: ignore[return-value]


def _toasts(root: rx.State) -> list[str]:
    return root.substates[ToastState.get_name()].texts()  # type: ignore[attr-defined]


def _row(state: SettingsState, key: str) -> dict:
    return next(row for row in state.rows if row["key"] == key)


async def test_settings_edits_save_all_or_nothing(session: Session) -> None:
    settings_registry.invalidate()
    root = _root(session)
    state: SettingsState = _state(root, SettingsState)  # type: ignore[assignment]
    await state.load()
    assert not state.loading and _row(state, "timezone")["source"] == "default"
    state.set_value("timezone", "UTC")
    state.set_value("auth_lockout_minutes", "0")  # out of range
    assert state.pending == 2
    await state.save()
    assert "auth_lockout_minutes" in _toasts(root)[-1]
    assert settings_registry.get("timezone") == "Asia/Seoul"  # nothing stored
    state.set_value("auth_lockout_minutes", "30")
    await state.save()
    assert _toasts(root)[-1] == translate("settings.saved", "ko", count=2)
    assert state.pending == 0 and _row(state, "timezone")["source"] == "database"
    assert settings_registry.get("auth_lockout_minutes") == 30
    await state.reset_setting("timezone")
    assert (
        _row(state, "timezone")["source"] == "default" and settings_registry.get("timezone") == "Asia/Seoul"
    )
    state.set_value("auth_user_max_failures", "7")
    state.discard()
    assert state.pending == 0 and _row(state, "auth_user_max_failures")["value"] == "50"

    viewer_root = _root(session, "view", "viewer")
    refused: SettingsState = _state(viewer_root, SettingsState)  # type: ignore[assignment]
    assert await refused.load() is None and refused.rows == []


async def test_audit_filters_diff_and_export(session: Session) -> None:
    root = _root(session)
    settings: SettingsState = _state(root, SettingsState)  # type: ignore[assignment]
    await settings.load()
    settings.set_value("timezone", "UTC")
    await settings.save()
    state: AuditState = _state(root, AuditState)  # type: ignore[assignment]
    await state.load()
    assert [row["action"] for row in state.rows][:2] == ["settings.update", "auth.login"]
    await state.search({"action": "settings.", "actor": "root"})
    [row] = state.rows
    state.show(row["id"])
    assert state.selected["diff"] == [
        {"field": "value", "before": "Asia/Seoul", "after": "UTC", "change": "changed"}
    ]
    state.close()
    assert state.selected == {}
    download = await state.export()
    assert download is not None and "audit.csv" in repr(download)
    await state.search({"since": "2030-01-01T00:00", "until": "2020-01-01T00:00"})
    assert _toasts(root)[-1] == translate("errors.audit_range", "ko")
    await state.search({"until": "2000-01-01T00:00"})
    assert state.rows == [] and state.cursor == ""


async def test_audit_export_text_is_neutralised(session: Session) -> None:
    from services.admin.audit_view import export_csv
    from services.core.audit import AuditFilter, record
    from services.core.security import SYSTEM

    record(session, actor="@evil", action="test.csv", entity_type="x", entity_id="+1")
    session.commit()
    text = "".join(export_csv(session, actor=SYSTEM, where=AuditFilter(action="test.")))
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert row["actor"] == "'@evil" and row["entity_id"] == "'+1"


async def test_roles_matrix_cells_and_new_roles(session: Session) -> None:
    root = _root(session)
    state: RolesState = _state(root, RolesState)  # type: ignore[assignment]
    await state.load()
    assert [c["name"] for c in state.role_cols] == ["admin", "operator", "viewer"]
    state.choose("infra:read", True)
    state.choose("admin:audit", True)
    await state.create({"name": "auditor", "description": "reads audit"})
    assert state.new_permissions == [] and [c["name"] for c in state.role_cols][-1] == "auditor"
    await state.toggle("auditor", "docs:read", True)
    await state.toggle("auditor", "admin:audit", False)
    await state.toggle("viewer", "admin:users", True)  # built-in: ignored
    role = session.exec(select(CustomRole).where(CustomRole.name == "auditor")).one()
    session.refresh(role)
    assert role.permissions == ["docs:read", "infra:read"]
    await state.delete("auditor")
    assert [c["name"] for c in state.role_cols] == ["admin", "operator", "viewer"]


async def test_users_pages_filters_and_sessions(session: Session) -> None:
    root = _root(session)
    for i in range(PAGE_SIZE + 5):
        make_user(session, f"user{i:02d}", "viewer")
    auth.login(session, username="user01", password=PASSWORD)
    auth.login(session, username="user01", password=PASSWORD)
    session.commit()
    admin: AdminState = _state(root, AdminState)  # type: ignore[assignment]
    await admin.load()
    assert len(admin.users) == PAGE_SIZE and admin.users_total == PAGE_SIZE + 6 and admin.users_next
    await admin.more_users()
    assert len(admin.users) == PAGE_SIZE + 6 and admin.users_next == ""
    await admin.set_active("user05", False)
    await admin.search_users({"q": "user", "status": "inactive"})
    assert [u["username"] for u in admin.users] == ["user05"]
    await admin.open_sessions("user01")
    assert admin.sessions_for == "user01" and len(admin.user_sessions) == 2
    await admin.end_session(admin.user_sessions[0]["ref"])
    assert len(admin.user_sessions) == 1
    await admin.end_session("")
    assert admin.user_sessions == [] and _toasts(root)[-1] == translate("admin.sessions_ended", "ko", count=1)
    admin.close_sessions()
    assert admin.sessions_for == ""

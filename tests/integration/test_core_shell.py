"""Core shell primitives on a real database: runtime settings, leadership with fencing, after-commit
side effects, keyset pages and the domain registry."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, col, select

from services.core import on_commit, settings_registry
from services.core.errors import Forbidden, NotFound, ValidationFailed
from services.core.leader import LeaderLock, LockKey, StaleLeader, assert_epoch, current_epoch
from services.core.models import AppSetting, AuditLog
from services.core.pagination import paginate
from services.core.security import ROLE_PERMISSIONS, SYSTEM, Principal
from services.core.settings_registry import SettingSpec

SPECS = (
    SettingSpec("test_poll_concurrency", int, 10, "test", "동시성", "Concurrency", minimum=1, maximum=500),
    SettingSpec("test_mode", str, "fast", "test", "모드", "Mode", choices=("fast", "safe")),
    SettingSpec("test_webhook_token", str, "", "test", "토큰", "Token", secret=True),
)
VIEWER = Principal(user_id=9, username="eye", role="viewer", permissions=ROLE_PERMISSIONS["viewer"])


@pytest.fixture
def registry(session: Session) -> Session:
    settings_registry.declare(*SPECS)
    settings_registry.invalidate()
    return session


def test_effective_value_comes_from_database_then_environment_then_default(
    registry: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert settings_registry.effective("test_poll_concurrency") == (10, "default")
    monkeypatch.setenv("SPA_TEST_POLL_CONCURRENCY", "25")
    assert settings_registry.effective("test_poll_concurrency") == (25, "environment")
    settings_registry.update(registry, actor=SYSTEM, values={"test_poll_concurrency": "40"})
    registry.commit()
    assert settings_registry.effective("test_poll_concurrency") == (40, "database")  # at once, here
    settings_registry.reset(registry, actor=SYSTEM, key="test_poll_concurrency")
    registry.commit()
    assert settings_registry.get("test_poll_concurrency") == 25


def test_bulk_update_is_all_or_nothing_and_names_the_bad_key(registry: Session) -> None:
    with pytest.raises(ValidationFailed) as err:
        settings_registry.update(
            registry, actor=SYSTEM, values={"test_poll_concurrency": 20, "test_mode": "reckless"}
        )
    assert err.value.details == {"field": "test_mode"} and "fast, safe" in err.value.message
    assert registry.exec(select(AppSetting)).all() == []
    for values in (
        {"test_poll_concurrency": 0},
        {"test_poll_concurrency": "many"},
        {"test_poll_concurrency": 2.5},
    ):
        with pytest.raises(ValidationFailed):
            settings_registry.update(registry, actor=SYSTEM, values=values)
    with pytest.raises(NotFound) as unknown:
        settings_registry.update(registry, actor=SYSTEM, values={"no_such_setting": 1})
    assert unknown.value.details == {"field": "no_such_setting"}
    with pytest.raises(Forbidden):
        settings_registry.update(registry, actor=VIEWER, values={"test_mode": "safe"})


def test_secrets_are_encrypted_at_rest_and_redacted_in_audit_and_listing(registry: Session) -> None:
    settings_registry.update(registry, actor=SYSTEM, values={"test_webhook_token": "xoxb-very-secret"})
    registry.commit()
    stored = registry.get(AppSetting, "test_webhook_token")
    assert stored is not None and "very-secret" not in str(stored.value)
    assert settings_registry.get("test_webhook_token") == "xoxb-very-secret"
    listed = {item["key"]: item for item in settings_registry.describe(registry)}
    assert (
        listed["test_webhook_token"]["value"] == "***"
        and listed["test_webhook_token"]["source"] == "database"
    )
    rows = registry.exec(select(AuditLog).where(AuditLog.entity_id == "test_webhook_token")).all()
    assert len(rows) == 1 and "very-secret" not in str(rows[0].after) and rows[0].action == "settings.update"


def test_one_leader_at_a_time_and_a_new_leader_fences_the_old(db_url: str, session: Session) -> None:
    first, second = LeaderLock(LockKey.CEP_SCHEDULER), LeaderLock(LockKey.CEP_SCHEDULER)
    try:
        assert first.try_acquire() and not second.try_acquire()
        assert first.try_acquire()  # re-checking a held lock keeps it
        old_epoch = first.epoch
        assert_epoch(session, LockKey.CEP_SCHEDULER, old_epoch)  # the leader may write
        session.rollback()
        first.release()
        assert second.try_acquire() and second.epoch == (old_epoch or 0) + 1
        with pytest.raises(StaleLeader):  # a paused ex-leader's write is refused
            assert_epoch(session, LockKey.CEP_SCHEDULER, old_epoch)
        session.rollback()
        assert current_epoch(session, LockKey.CEP_SCHEDULER)[0] == second.epoch  # type: ignore[index]
    finally:
        first.release()
        second.release()


def test_a_dead_leader_connection_lets_another_process_lead(db_url: str, session: Session) -> None:
    first, second = LeaderLock(LockKey.DEMO_SIMULATOR), LeaderLock(LockKey.DEMO_SIMULATOR)
    try:
        assert first.try_acquire()
        pid = first._conn.execute(text("SELECT pg_backend_pid()")).scalar_one()  # type: ignore[union-attr]
        first._conn.commit()  # type: ignore[union-attr]
        # the timeout makes it wait until the backend is gone (and its lock released), not just signalled
        session.execute(text("SELECT pg_terminate_backend(:p, 5000)"), {"p": pid})
        session.commit()
        assert second.try_acquire()
        assert not first.try_acquire()  # it notices the lost connection and does not lead
    finally:
        first.release()
        second.release()


def test_side_effects_run_after_commit_only(session: Session) -> None:
    ran: list[str] = []
    on_commit.on_commit(session, lambda: ran.append("rolled back"))
    session.rollback()
    on_commit.on_commit(session, lambda: ran.append("committed"))
    items = on_commit.batch(session, "names", lambda batch: ran.append("+".join(batch)))
    items += ["a", "b"]
    on_commit.batch(session, "names", lambda batch: ran.append("never")).append("c")
    assert ran == []
    session.commit()
    assert ran == ["committed", "a+b+c"]


def test_paginate_walks_audit_rows_newest_first(session: Session) -> None:
    from services.core import audit

    for i in range(7):
        audit.record(session, actor="t", action=f"test.{i}", entity_type="x")
    session.commit()
    statement = select(AuditLog).where(col(AuditLog.action).startswith("test."))
    seen, cursor = [], None
    while True:
        page = paginate(
            session, statement, keys=[col(AuditLog.id)], limit=3, cursor=cursor, descending=True, count=True
        )
        seen += [row.action for row in page.items]
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert seen == [f"test.{i}" for i in reversed(range(7))] and page.total == 7


def test_every_domain_installs_and_counters_respect_permissions(session: Session) -> None:
    from services.admin import monitor
    from services.domains import DOMAINS, install_domains

    registry = install_domains()
    assert all(Path(__import__(name, fromlist=["install"]).__file__).exists() for name in DOMAINS)
    assert {"users", "cis", "ops_questions", "audit_entries"} <= {c.key for c in registry.counters}
    seen_by_viewer = monitor.counts(session, actor=VIEWER)
    assert "cis" in seen_by_viewer and not {"users", "api_keys", "audit_entries"} & set(seen_by_viewer)

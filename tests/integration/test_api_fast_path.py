"""The SQL API call's fast path keeps its guarantees: the published-API cache follows changes made by
any connection (NOTIFY) and is bypassed while it cannot hear them; the batching log writer loses no
row (background flush, shutdown flush, synchronous write when full); the reader role's default
timeout is used unless an API sets another.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from services.api_manager import exec_log, published, runs, service
from services.api_manager.executors.sql import run_unvalidated
from services.api_manager.models import ApiCreate, ApiUpdate
from services.core import db
from services.core.clock import utcnow
from services.core.errors import NotFound, ValidationFailed
from services.core.security import SYSTEM
from tests.integration.api_manager_helpers import reader_fixture  # noqa: F401

SQL = "SELECT name FROM cis WHERE type = :type ORDER BY name LIMIT 3"
SCHEMA = {"type": "object", "properties": {"type": {"type": "string"}}}


def _until(check: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return check()


def _call(slug: str = "fast") -> dict[str, Any]:
    with db.session_scope() as session:
        return runs.execute(session, actor=SYSTEM, slug=slug, params={"type": "host"})


def _other_connection() -> psycopg.Connection:
    return psycopg.connect(
        db.database_url().replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    )


@pytest.fixture
def api_id(reader: str) -> Iterator[int]:
    with db.session_scope() as session:
        api = service.create_api(
            session,
            actor=SYSTEM,
            body=ApiCreate.model_validate(
                {"name": "fast", "slug": "fast", "logic_type": "sql", "body": SQL, "params_schema": SCHEMA}
            ),
        )
        assert api.id is not None
        service.publish(session, actor=SYSTEM, api_id=api.id)
        api_id = api.id
    assert _until(lambda: published.CACHE._listening(), 5)
    yield api_id


def test_cache_follows_changes_made_by_another_connection(api_id: int) -> None:
    assert _call()["version"] == 1
    assert _call()["version"] == 1  # now served from the cache
    with _other_connection() as other:  # not through the service: only the trigger's NOTIFY can tell us
        other.execute(
            "INSERT INTO api_versions (api_id, version, content, content_hash, message, author) "
            "SELECT api_id, 2, content || '{\"row_limit\": 1}', 'x', '', 'other' FROM api_versions "
            "WHERE api_id = %s AND version = 1",
            (api_id,),
        )
        other.execute("UPDATE apis SET latest_version = 2, published_version = 2 WHERE id = %s", (api_id,))
    # well inside the cache's TTL: the notification, not the expiry, brought the new version
    assert _until(lambda: _call()["version"] == 2, published.TTL_S / 2)
    assert _call()["row_count"] == 1
    with _other_connection() as other:
        other.execute("UPDATE apis SET deleted_at = now() WHERE id = %s", (api_id,))
    with pytest.raises(NotFound):
        _until(lambda: _call() is None, published.TTL_S / 2)


def test_a_newly_published_parameter_schema_applies_to_the_next_call(api_id: int) -> None:
    assert _call()["status"] == "ok"  # the version and its compiled schema are cached now
    narrower = {"type": "object", "properties": {"type": {"type": "string", "enum": ["database"]}}}
    update = ApiUpdate.model_validate({"content": {"body": SQL, "params_schema": narrower}, "publish": True})
    with db.session_scope() as session:
        service.update_api(session, actor=SYSTEM, api_id=api_id, body=update)
    with pytest.raises(ValidationFailed) as refused:
        _call()  # type=host, which the published version 2 no longer allows
    assert refused.value.details == {"field": "type"}


def test_cache_is_bypassed_while_its_listener_is_down(api_id: int) -> None:
    assert _call()["version"] == 1
    with _other_connection() as other:
        killed = other.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
            (published.APPLICATION,),
        ).fetchall()
        assert killed == [(True,)]
        other.execute("UPDATE apis SET published_version = NULL WHERE id = %s", (api_id,))  # nobody hears it

    def unpublished() -> bool:
        try:
            _call()
        except NotFound:
            return True
        return False

    assert _until(unpublished, published.TTL_S / 2)  # reconnecting cleared the cache


def test_every_call_leaves_its_log_row_written_in_the_background(api_id: int) -> None:
    ids = [_call()["execution_id"] for _ in range(3)]
    assert len(set(ids)) == 3 and all(ids)

    def written() -> list[Any]:
        query = "SELECT caller, version, status, row_count FROM api_executions WHERE id = ANY(:ids)"
        with db.get_engine().connect() as conn:
            return [tuple(row) for row in conn.execute(text(query), {"ids": ids})]

    assert _until(lambda: len(written()) == 3, 5)  # no flush asked: the writer's thread wrote them
    assert set(written()) == {(SYSTEM.username, 1, "ok", 3)}


def _row(api_id: int, caller: str) -> dict[str, Any]:
    return {
        "api_id": api_id,
        "version": 1,
        "mode": "call",
        "caller": caller,
        "via": "session",
        "params": {"token": "[redacted]"},
        "status": "ok",
        "error": None,
        "duration_ms": 1.0,
        "row_count": 0,
        "truncated": False,
        "ts": utcnow(),
    }


def _callers(prefix: str) -> set[str]:
    with db.get_engine().connect() as conn:
        rows = conn.execute(
            text("SELECT caller FROM api_executions WHERE caller LIKE :p"), {"p": f"{prefix}%"}
        )
        return {row[0] for row in rows}


def test_rows_of_the_app_database_are_written_through_the_app_engine(
    api_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_new_engine(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a new engine (a new connection) for rows of the app's own database")

    monkeypatch.setattr(exec_log, "create_engine", no_new_engine)
    exec_log.write_rows(
        db.database_url(), [{**_row(api_id, "engine-1"), "id": exec_log.WRITER.ids.next(db.database_url())}]
    )
    assert _callers("engine-") == {"engine-1"}


def test_a_full_queue_writes_the_call_s_row_itself(api_id: int) -> None:
    writer = exec_log.BatchWriter(max_rows=2)
    writer.record(_row(api_id, "full-1"))
    writer.record(_row(api_id, "full-2"))
    with writer._write_lock:  # hold the background flush: the queue stays full
        writer.record(_row(api_id, "full-3"))
        assert writer.synchronous_writes == 1 and writer.pending() == 2
        assert _callers("full-") == {"full-3"}  # written before record returned
    writer.flush()
    assert _callers("full-") == {"full-1", "full-2", "full-3"}


def test_shutdown_writes_what_is_still_queued(api_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exec_log, "FLUSH_INTERVAL_S", 60.0)  # only the shutdown can write them
    writer = exec_log.BatchWriter()
    monkeypatch.setattr(exec_log, "WRITER", writer)

    async def app_life() -> None:
        task = asyncio.create_task(exec_log.flush_at_shutdown())
        await asyncio.sleep(0)
        for n in range(5):
            writer.record(_row(api_id, f"shutdown-{n}"))
        assert _callers("shutdown-") == set()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(app_life())
    assert writer.pending() == 0
    assert _callers("shutdown-") == {f"shutdown-{n}" for n in range(5)}


def test_the_role_default_timeout_applies_unless_the_api_sets_another(reader: str) -> None:
    query = "SELECT setting FROM pg_settings WHERE name = 'statement_timeout'"
    assert run_unvalidated(query, timeout_ms=3000).rows == [["3000"]]  # the role's default, no SET LOCAL
    assert run_unvalidated(query, timeout_ms=700).rows == [["700"]]
    assert run_unvalidated(query, timeout_ms=3000).rows == [["3000"]]  # reset: nothing carried over
    slow = "SELECT count(*) FROM generate_series(1, 1000000) a, generate_series(1, 1000) b"
    assert run_unvalidated(slow, timeout_ms=300).status == "timeout"
    # every flight is still a READ ONLY transaction, with or without SET LOCAL
    read_only = "SELECT setting FROM pg_settings WHERE name = 'transaction_read_only'"
    assert run_unvalidated(read_only, timeout_ms=3000).rows == [["on"]]
    assert run_unvalidated(read_only, timeout_ms=700).rows == [["on"]]

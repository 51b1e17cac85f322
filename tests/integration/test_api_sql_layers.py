"""SQL API layers 2 and 3 on a real PostgreSQL: binding, READ ONLY, timeout, row limit, the reader role.

The attack corpus is also sent straight to the execution layer with the validator bypassed: every
statement must fail there (or be harmless), and nothing may change or linger on pooled connections.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from services.api_manager import sql_reader
from services.api_manager.executors import RunRequest
from services.api_manager.executors.sql import SqlExecutor, bind, explain_warnings, run_unvalidated
from services.core import db
from tests.integration.api_manager_helpers import load_jsonl, reader_fixture  # noqa: F401

ATTACKS = load_jsonl("sql_attacks.jsonl")
BENIGN = load_jsonl("sql_benign.jsonl")
BENIGN_PARAMS = {
    "name": "web-01",
    "ci": 1,
    "id": 1,
    "ids": [1, 2, 3],
    "since": "2020-01-01T00:00:00Z",
    "threshold": 10,
}


def _counts() -> dict[str, int]:
    with db.get_engine().connect() as conn:
        return {
            table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("cis", "events", "users", "ci_relations")
        }


def test_bind_rewrites_named_parameters_and_leaves_casts_strings_and_slices() -> None:
    bound = bind("SELECT x::int, ':no', a[1:2], :name, :other, :name FROM t WHERE y = :other;")
    assert bound.text == "SELECT x::int, ':no', a[1:2], $1, $2, $1 FROM t WHERE y = $2"
    assert bound.names == ("name", "other")


def test_a_query_runs_as_the_reader_in_a_read_only_transaction(reader: str) -> None:
    ok = SqlExecutor().run(RunRequest(body="SELECT :n::int + 1 AS n", params={"n": 41}))
    assert ok.status == "ok" and ok.columns == ["n"] and ok.rows == [[42]]
    who = run_unvalidated(
        "SELECT CURRENT_USER::text, (SELECT setting FROM pg_settings WHERE name = 'transaction_read_only')"
    )
    assert who.rows == [["spa_api_reader", "on"]]
    denied = run_unvalidated("SELECT current_setting('transaction_read_only')")
    assert denied.status == "error" and "permission denied" in (denied.error or "")  # EXECUTE revoked


def test_parameters_are_bound_never_spliced(reader: str) -> None:
    result = SqlExecutor().run(
        RunRequest(body="SELECT id, name FROM cis WHERE name = :name", params={"name": "x' OR '1'='1"})
    )
    assert result.status == "ok" and result.rows == []
    names = SqlExecutor().run(RunRequest(body="SELECT name FROM cis ORDER BY name LIMIT 1", params={}))
    found = SqlExecutor().run(
        RunRequest(body="SELECT name FROM cis WHERE name = :name", params={"name": names.rows[0][0]})
    )
    assert found.rows == names.rows


def test_row_limit_sets_the_truncation_flag(reader: str) -> None:
    body = "SELECT g FROM generate_series(1, 50) AS g ORDER BY g DESC"
    limited = SqlExecutor().run(RunRequest(body=body, params={}, row_limit=10))
    assert limited.status == "ok" and limited.truncated and limited.row_count == 10
    assert limited.rows[0] == [50] and limited.rows[-1] == [41]  # the query's order survives
    whole = SqlExecutor().run(RunRequest(body=body, params={}, row_limit=50))
    assert not whole.truncated and whole.row_count == 50


def test_statement_timeout_cancels_slow_queries(reader: str) -> None:
    body = "SELECT count(*) FROM generate_series(1, 1000000) a, generate_series(1, 1000) b"
    result = SqlExecutor().run(RunRequest(body=body, params={}, timeout_ms=300))
    assert result.status in ("timeout", "rejected")
    raw = run_unvalidated("SELECT count(*) FROM generate_series(1, 100000000)", timeout_ms=300)
    assert raw.status == "timeout"


@pytest.mark.parametrize("item", BENIGN, ids=[item["id"] for item in BENIGN])
def test_benign_queries_run(reader: str, item: dict) -> None:
    result = SqlExecutor().run(RunRequest(body=item["sql"], params=BENIGN_PARAMS, timeout_ms=5000))
    assert result.status == "ok", result.error


def test_attacks_are_harmless_with_the_validator_bypassed(reader: str) -> None:
    before = _counts()
    outcomes = {item["id"]: run_unvalidated(item["sql"], {}, timeout_ms=500) for item in ATTACKS}
    refused = {key for key, item in zip(outcomes, ATTACKS, strict=True) if item["bypass"] == "refused"}
    let_through = {key: (o.status, o.rows[:2]) for key, o in outcomes.items() if key in refused and o.ok}
    assert not let_through, let_through
    assert _counts() == before
    assert not os.path.exists("/tmp/spa-pwned.txt")
    with db.get_engine().connect() as conn:
        locks = conn.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).scalar_one()
        tables = conn.execute(
            text("SELECT count(*) FROM pg_class WHERE relname IN ('stolen', 'stolen_tmp', 'x')")
        ).scalar_one()
    assert locks == 0 and tables == 0
    # pooled connections come back clean: role defaults, not whatever a statement tried to set
    with sql_reader.connection() as lease:
        conn = lease.conn
        assert conn.execute("SHOW default_transaction_read_only").fetchone() == ("on",)
        assert conn.execute("SHOW statement_timeout").fetchone() == ("3s",)
        assert conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone() == (
            False,
        )


def test_the_reader_reads_only_allowlisted_tables(reader: str) -> None:
    assert run_unvalidated("SELECT count(*) FROM cis").ok
    for table in ("users", "api_keys", "user_sessions", "app_settings", "apis", "audit_log", "pg_authid"):
        outcome = run_unvalidated(f"SELECT * FROM {table} LIMIT 1")
        assert outcome.status == "error" and "permission denied" in (outcome.error or ""), table


def test_grants_follow_the_readable_tables_setting(reader: str) -> None:
    from services.api_manager.settings import READABLE_TABLES
    from services.core import settings_registry
    from services.core.db import session_scope
    from services.core.security import SYSTEM

    with session_scope() as session:
        settings_registry.update(session, actor=SYSTEM, values={READABLE_TABLES: "public.cis, public.users"})
    settings_registry.invalidate()
    sql_reader.ensure_grants_current()
    assert not run_unvalidated("SELECT count(*) FROM events").ok  # revoked
    assert run_unvalidated("SELECT count(*) FROM cis").ok
    assert not run_unvalidated("SELECT count(*) FROM users").ok  # never, whatever the setting says


def test_explain_warns_about_row_estimates(reader: str) -> None:
    warnings = explain_warnings("SELECT * FROM metric_samples", row_limit=5)
    assert any(w.code == "many_rows" for w in warnings)
    assert explain_warnings("SELECT 1", row_limit=5) == []


def _leftovers() -> tuple[int, int]:
    """Advisory locks held by anyone, and backends still named 'leaked…' (seen from the app's side)."""
    with db.get_engine().connect() as conn:
        locks = conn.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).scalar_one()
        names = conn.execute(
            text("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'leaked%'")
        ).scalar_one()
    return locks, names


def test_session_state_a_call_leaves_is_gone_before_the_next_call(reader: str) -> None:
    """Defence in depth: with the side-effect functions granted back (an external database whose DBA
    did not revoke them), a session-level setting and a session advisory lock taken by a call, one
    that succeeds or one that fails after taking them, are gone when the call returns."""
    functions = "FUNCTION set_config(text, text, boolean), pg_advisory_lock(bigint)"
    with db.get_engine().begin() as conn:
        conn.execute(text(f"GRANT EXECUTE ON {functions} TO {sql_reader.ROLE}"))
    try:
        taken = run_unvalidated(
            "SELECT set_config('application_name', 'leaked', false), pg_advisory_lock(4242)::text"
        )
        assert taken.ok and taken.rows == [["leaked", ""]]  # the call itself did change its session
        assert _leftovers() == (0, 0)
        failed = run_unvalidated(
            "SELECT 1 / (count(*) - count(*)) FROM (SELECT set_config('application_name', 'leaked-too', "
            "false), set_config('search_path', 'pg_catalog', false), pg_advisory_lock(4243)) AS s"
        )
        assert failed.status == "error" and "division by zero" in (failed.error or "")
        assert _leftovers() == (0, 0)
        after = run_unvalidated(
            "SELECT name, setting FROM pg_settings WHERE name IN ('application_name', 'search_path') ORDER BY 1"
        )
        assert after.rows == [["application_name", "spa-api-reader"], ["search_path", "public"]]
    finally:
        with db.get_engine().begin() as conn:
            conn.execute(text(f"REVOKE EXECUTE ON {functions} FROM {sql_reader.ROLE}"))

"""SQL logic: validated text, `:name` parameters bound as `$n`, run as the reader in a READ ONLY transaction.

Layer 1 is `sql_validator` (a query it does not call safe never reaches the database). Layer 2 is
here: the statement goes through the extended protocol (one statement, values never spliced into the
text) as a server-side cursor inside `BEGIN READ ONLY` under the API's statement timeout (the role's
default, or `SET LOCAL` when the API sets another), and only `row_limit + 1` rows are fetched, the
extra one setting the truncation flag. Layer 3 is the role and
its pool (`sql_reader`). `run_unvalidated` is layer 2+3 alone, for the bypass tests.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from services.api_manager import sql_reader
from services.api_manager.executors import ExecutionResult, RunRequest, json_row
from services.api_manager.sql_findings import Finding, Verdict
from services.api_manager.sql_readable import Readable
from services.api_manager.sql_validator import placeholder_spans, validate

SEQ_SCAN_ROWS = 100_000
CURSOR = "spa_api_rows"


@dataclass(frozen=True)
class BoundSql:
    """SQL text with `:name` placeholders replaced by `$1…$n`, and the parameter name of each `$i`."""

    text: str
    names: tuple[str, ...]

    def values(self, params: dict[str, Any]) -> list[Any]:
        return [_db_value(params.get(name)) for name in self.names]


def _db_value(value: Any) -> Any:
    """Scalars and lists of scalars bind as themselves (arrays for `= ANY(:ids)`); objects as JSON text."""
    nested = isinstance(value, list) and any(isinstance(item, dict | list) for item in value)
    return json.dumps(value) if isinstance(value, dict) or nested else value


def bind(sql: str) -> BoundSql:
    """Rewrite `:name` to `$n` (one number per distinct name) using the tokenizer's positions."""
    spans = placeholder_spans(sql)
    names: list[str] = []
    pieces: list[str] = []
    cursor = 0
    for start, end, name in spans:
        if name not in names:
            names.append(name)
        pieces.append(sql[cursor:start])
        pieces.append(f"${names.index(name) + 1}")
        cursor = end
    pieces.append(sql[cursor:])
    return BoundSql("".join(pieces).strip().rstrip(";"), tuple(names))


@lru_cache(maxsize=512)
def _checked(sql: str, readable: Readable) -> tuple[Verdict, BoundSql | None]:
    verdict = validate(sql, readable=readable)
    if not verdict.is_safe:
        return verdict, None
    bound = bind(sql)
    if sorted(bound.names) != sorted(verdict.params):
        verdict.errors.append(Finding("parameter_ambiguous", "cannot tell which ':name' are parameters"))
        verdict.is_safe = False
        return verdict, None
    return verdict, bound


def check_sql(sql: str) -> Verdict:
    """The validator's verdict under the current readable-tables setting (cached per text)."""
    return _checked(sql, sql_reader.readable())[0]


def _error_text(exc: psycopg.Error) -> str:
    diag = getattr(exc, "diag", None)
    primary = diag.message_primary if diag is not None and diag.message_primary else str(exc)
    return primary.strip().split("\n")[0]


def execute_bound(
    bound: BoundSql, params: dict[str, Any], *, timeout_ms: int, row_limit: int
) -> ExecutionResult:
    """Run bound SQL as the reader: READ ONLY, timed out, at most `row_limit` rows (+ truncation flag)."""
    started = time.perf_counter()
    try:
        with sql_reader.connection(timeout=5) as lease:
            fetched, columns = _flight(lease, bound, params, timeout_ms=timeout_ms, row_limit=row_limit)
    except sql_reader.ReaderUnavailable as exc:
        return ExecutionResult.failed("error", str(exc))
    except pg_errors.QueryCanceled:
        return ExecutionResult.failed(
            "timeout", f"the query ran longer than {timeout_ms} ms and was cancelled"
        )
    except psycopg.Error as exc:
        return ExecutionResult.failed("error", _error_text(exc), sqlstate=getattr(exc, "sqlstate", None))
    rows = [json_row(row) for row in fetched[:row_limit]]
    elapsed = round((time.perf_counter() - started) * 1000, 3)
    return ExecutionResult(
        columns=columns, rows=rows, truncated=len(fetched) > row_limit, details={"db_ms": elapsed}
    )


def _flight(
    lease: sql_reader.Lease, bound: BoundSql, params: dict[str, Any], *, timeout_ms: int, row_limit: int
) -> tuple[list[tuple[Any, ...]], list[str]]:
    """One network flight, one Sync: every statement on the extended protocol (one statement each),
    the rows read through a cursor so at most row_limit + 1 leave the server, then the connection's
    reset (DISCARD ALL) in the same pipeline segment, so the whole call waits for the server once.

    DISCARD ALL refuses to run inside a transaction block or "within a pipeline", but the server
    checks that per transaction: the ROLLBACK before it ends the explicit block, and DISCARD ALL
    then opens a fresh implicit transaction whose first statement it is (PostgreSQL ≥ 14). When a
    statement fails, the server skips the rest of the segment, ROLLBACK and DISCARD ALL included;
    `reset_done` stays False and `sql_reader.connection` resets the connection itself.

    The role's defaults (migration api_manager_0003) already make every transaction read-only and
    timed out; READ ONLY is still spelled out (free: the same statement) and SET LOCAL is sent only
    when this API's timeout differs from the one the connection starts with (and returns to).
    """
    conn = lease.conn
    defaults = sql_reader.session_defaults(conn)
    with conn.pipeline():
        control = psycopg.RawCursor(conn)  # one cursor for every statement whose result is not read
        control.execute("BEGIN TRANSACTION READ ONLY")
        if defaults.statement_timeout_ms != timeout_ms:
            control.execute(f"SET LOCAL statement_timeout = {int(timeout_ms)}")
        if not defaults.idle_in_transaction_timeout_ms:
            control.execute(f"SET LOCAL idle_in_transaction_session_timeout = {int(timeout_ms) + 5000}")
        control.execute(f"DECLARE {CURSOR} NO SCROLL CURSOR FOR {bound.text}", bound.values(params))
        cursor = psycopg.RawCursor(conn)
        cursor.execute(f"FETCH FORWARD {int(row_limit) + 1} FROM {CURSOR}")
        control.execute("ROLLBACK")
        control.execute("DISCARD ALL")
    lease.reset_done = True
    return cursor.fetchall(), [column.name for column in cursor.description or []]


def run_unvalidated(
    sql: str, params: dict[str, Any] | None = None, *, timeout_ms: int = 1000
) -> ExecutionResult:
    """Layers 2 and 3 without the validator: for tests proving a bypassed attack stays harmless."""
    return execute_bound(bind(sql), params or {}, timeout_ms=timeout_ms, row_limit=50)


def explain_warnings(sql: str, *, row_limit: int) -> list[Finding]:
    """Warnings from the planner: sequential scans of large tables and estimates over the row limit."""
    bound = _checked(sql, sql_reader.readable())[1]
    if bound is None:
        return []
    try:
        with sql_reader.connection(timeout=5) as lease:
            plan = _plan(lease.conn, bound)
    except (sql_reader.ReaderUnavailable, psycopg.Error):
        return []
    return _plan_findings(plan, row_limit)


def _plan(conn: psycopg.Connection, bound: BoundSql) -> dict[str, Any]:
    """The planner's JSON plan of `bound`, in a READ ONLY transaction the lease rolls back and resets."""
    conn.execute("BEGIN TRANSACTION READ ONLY; SET LOCAL statement_timeout = 2000")
    option = ", GENERIC_PLAN" if conn.info.server_version >= 160000 and bound.names else ""
    values = None if option or not bound.names else [None] * len(bound.names)
    with psycopg.RawCursor(conn) as cursor:
        # binary results force the extended protocol (one statement) even without parameters
        cursor.execute(f"EXPLAIN (FORMAT JSON{option}) {bound.text}", values, binary=True)
        row = cursor.fetchone()
    return row[0][0]["Plan"] if row else {}


def _plan_findings(plan: dict[str, Any], row_limit: int) -> list[Finding]:
    findings: list[Finding] = []
    estimated = int(plan.get("Plan Rows") or 0)
    if estimated > row_limit:
        findings.append(
            Finding(
                "many_rows", f"the planner expects about {estimated:,} rows; only {row_limit} are returned"
            )
        )
    stack = [plan]
    while stack:
        node = stack.pop()
        stack.extend(node.get("Plans") or [])
        if node.get("Node Type") == "Seq Scan" and int(node.get("Plan Rows") or 0) >= SEQ_SCAN_ROWS:
            relation = node.get("Relation Name", "?")
            findings.append(
                Finding(
                    "seq_scan",
                    f"sequential scan of '{relation}' (~{int(node['Plan Rows']):,} rows): add a filter on an indexed column",
                )
            )
    return findings


class SqlExecutor:
    """SQL logic type."""

    logic_type = "sql"

    def check(self, body: str) -> list[Finding]:
        return check_sql(body).errors

    def run(self, request: RunRequest) -> ExecutionResult:
        verdict, bound = _checked(request.body, sql_reader.ensure_grants_current())
        if bound is None:
            message = "; ".join(error.message for error in verdict.errors) or "the query is not safe"
            return ExecutionResult.failed("rejected", message, errors=[e.__dict__ for e in verdict.errors])
        return execute_bound(
            bound, request.params, timeout_ms=request.timeout_ms, row_limit=request.row_limit
        )

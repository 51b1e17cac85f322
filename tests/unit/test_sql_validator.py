"""The SQL API validator: every attack in the corpus refused, every benign query accepted, with positions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.api_manager.settings import DEFAULT_READABLE
from services.api_manager.sql_function_nodes import allowed_function_classes, function_class_of
from services.api_manager.sql_functions import KNOWN_DANGEROUS, SAFE_FUNCTIONS
from services.api_manager.sql_readable import Readable
from services.api_manager.sql_validator import placeholder_spans, validate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "api_manager"
READABLE = Readable.parse(DEFAULT_READABLE)


def _load(name: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).read_text().splitlines() if line.strip()]


ATTACKS, BENIGN = _load("sql_attacks.jsonl"), _load("sql_benign.jsonl")


def test_the_corpora_are_large_enough() -> None:
    assert len(ATTACKS) >= 40 and len(BENIGN) >= 25


@pytest.mark.parametrize("item", ATTACKS, ids=[a["id"] for a in ATTACKS])
def test_attacks_are_refused(item: dict) -> None:
    verdict = validate(item["sql"], readable=READABLE)
    assert not verdict.is_safe and verdict.errors
    assert all(error.line is not None and error.col is not None for error in verdict.errors)


@pytest.mark.parametrize("item", BENIGN, ids=[b["id"] for b in BENIGN])
def test_benign_queries_are_accepted(item: dict) -> None:
    verdict = validate(item["sql"], readable=READABLE)
    assert verdict.is_safe and verdict.is_valid, [e.message for e in verdict.errors]


def test_errors_point_at_the_offending_token() -> None:
    sql = "SELECT name,\n       pg_sleep(1)\nFROM cis"
    error = validate(sql, readable=READABLE).errors[0]
    assert (error.code, error.line, error.col) == ("function_not_allowed", 2, 8)
    assert sql[error.start : error.end] == "pg_sleep"
    syntax = validate("SELECT (1", readable=READABLE)
    assert not syntax.is_valid and syntax.errors[0].code == "syntax_error"


def test_verdict_lists_parameters_and_tables() -> None:
    verdict = validate(
        "SELECT * FROM cis c JOIN public.events e ON e.ci_id = c.id WHERE c.name = :name AND e.severity = :sev",
        readable=READABLE,
    )
    assert verdict.params == ["name", "sev"]
    assert verdict.tables == ["public.cis", "public.events"]
    assert [w.code for w in verdict.warnings] == ["no_limit"]


def test_the_readable_setting_decides_tables_but_never_credentials_or_catalogs() -> None:
    wide = Readable.parse("public.*, reporting.daily")
    assert validate("SELECT * FROM orders", readable=wide).is_safe
    assert validate("SELECT * FROM reporting.daily", readable=wide).is_safe
    assert not validate("SELECT * FROM reporting.other", readable=wide).is_safe
    for table in (
        "users",
        "api_keys",
        "user_sessions",
        "pg_class",
        "pg_catalog.pg_class",
        "information_schema.tables",
    ):
        assert not validate(f"SELECT * FROM {table}", readable=wide).is_safe, table


def test_cte_names_shadow_tables_only_where_postgres_scopes_them() -> None:
    assert validate("WITH users AS (SELECT 1 AS a) SELECT * FROM users", readable=READABLE).is_safe
    later = "WITH a AS (SELECT * FROM users), users AS (SELECT 1) SELECT * FROM a"
    assert not validate(later, readable=READABLE).is_safe  # `users` in `a` is the real table
    assert validate(later.replace("WITH", "WITH RECURSIVE"), readable=READABLE).is_safe


def test_no_known_dangerous_function_parses_to_an_allowed_node() -> None:
    allowed = allowed_function_classes()
    for name in KNOWN_DANGEROUS:
        assert name not in SAFE_FUNCTIONS
        node = function_class_of(name)
        assert node is None or node not in allowed, (name, node)


def test_placeholder_spans_skip_casts_strings_and_slices() -> None:
    sql = "SELECT a::int, ':x', b[1:2], :first FROM t WHERE c = :second"
    assert [name for _, _, name in placeholder_spans(sql)] == ["first", "second"]

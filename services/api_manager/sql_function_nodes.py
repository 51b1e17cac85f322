"""Which typed sqlglot function nodes a SQL API may hold.

sqlglot parses many calls and operators into typed nodes (`exp.Cast`, `exp.Extract`, ...) rather than
anonymous calls; the validator allows exactly the classes that the allowlisted names
(`sql_functions.SAFE_FUNCTIONS`) and plain, side-effect-free syntax parse to.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from services.api_manager.sql_functions import SAFE_FUNCTIONS

DIALECT = "postgres"
log = logging.getLogger(__name__)

_SYNTAX_PROBES = """
x::int
CAST(x AS int)
CASE WHEN x THEN 1 ELSE 2 END
CASE x WHEN 1 THEN 2 END
x AND y
x OR y
NOT x
EXTRACT(epoch FROM x)
x IS DISTINCT FROM y
x IS NOT DISTINCT FROM y
ARRAY[1, 2]
ARRAY(SELECT 1)
x BETWEEN 1 AND 2
x IN (1, 2)
x AT TIME ZONE 'UTC'
INTERVAL '1 day'
x LIKE y
x ILIKE y
x NOT LIKE y
x SIMILAR TO y
x ~ y
x ~* y
x !~ y
x -> 'a'
x ->> 'a'
x #> '{a}'
x #>> '{a}'
x @> y
x <@ y
x && y
x ? 'a'
x ?| y
x ?& y
x || y
(1, 2)
x[1]
x[1:2]
CURRENT_TIMESTAMP
CURRENT_DATE
CURRENT_TIME
LOCALTIMESTAMP
LOCALTIME
EXISTS (SELECT 1)
x = ANY(y)
x = ALL(y)
x = SOME(y)
SUBSTRING(x FROM 1 FOR 2)
POSITION('a' IN x)
TRIM(BOTH 'x' FROM y)
OVERLAY(x PLACING 'a' FROM 1 FOR 2)
x COLLATE "C"
x IS NULL
x IS TRUE
COUNT(DISTINCT x)
x % 2
x ^ 2
|/ x
@ x
x << y
x >> y
-x
x IS JSON
x::timestamptz(3)
x::numeric(10, 2)
NULLIF(x, y)
COALESCE(x, y)
GREATEST(x, y)
LEAST(x, y)
DATE '2024-01-01'
TIMESTAMP '2024-01-01'
x / y
x * y
x - y
x + y
x = y
x <> y
x != y
x < y
x <= y
x > y
x >= y
x IS UNKNOWN
ROW(1, 2)
x::text[]
x OVERLAPS y
1 = 1
""".strip().split("\n")  # plain syntax, one expression a line


def _func_classes(tree: exp.Expr) -> set[type[exp.Func]]:
    return {type(n) for n in tree.walk() if isinstance(n, exp.Func) and not isinstance(n, exp.Anonymous)}


@lru_cache(maxsize=1)
def allowed_function_classes() -> frozenset[type[exp.Func]]:
    """Typed sqlglot function nodes a query may hold: what allowlisted names and plain syntax parse to."""
    classes: set[type[exp.Func]] = set()
    for probe in _SYNTAX_PROBES:
        try:
            classes |= _func_classes(sqlglot.parse_one(f"SELECT {probe}", read=DIALECT))
        except (ParseError, TokenError):
            log.debug("sqlglot does not parse the probe %r", probe)
    for name in SAFE_FUNCTIONS:
        for args in ("", "x", "x, y", "x, y, z", "x, y, z, w"):
            try:
                tree = sqlglot.parse_one(f"SELECT {name}({args})", read=DIALECT)
            except (ParseError, TokenError):
                continue
            classes |= _func_classes(tree)
    return frozenset(classes)


def function_class_of(name: str) -> type[exp.Func] | None:
    """The typed node `name(...)` parses to, or None when it stays an anonymous call (tests use it)."""
    for args in ("x", "x, y", "x, y, z", ""):
        try:
            tree = sqlglot.parse_one(f"SELECT {name}({args})", read=DIALECT)
        except (ParseError, TokenError):
            continue
        found = [n for n in tree.walk() if isinstance(n, exp.Func) and not isinstance(n, exp.Anonymous)]
        if found:
            return type(found[0])
    return None

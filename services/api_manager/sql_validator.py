"""The SQL API validator: sqlglot's PostgreSQL AST, judged against an allowlist grammar.

`validate(sql, readable=...)` answers `{is_safe, is_valid, errors, warnings}` with positions. A query
is safe when it is exactly one statement whose root is SELECT / WITH / a set operation / VALUES, whose
tree holds no DML, DDL, commands, INTO, locking clauses, OPERATOR() or positional parameters, whose
every function is on `sql_functions.SAFE_FUNCTIONS`, whose every table is readable (allowlisted
schemas/tables, never system catalogs or the platform's credential tables) and whose set-returning
and recursive parts are bounded. Anything sqlglot cannot parse is not safe. Parameters are `:name`.
Findings and the verdict are `sql_findings`; the readable allowlist `sql_readable`; tree facts
(identifiers, CTE scope, series sizes, recursion) `sql_tree`.
"""

from __future__ import annotations

import itertools
import logging

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError
from sqlglot.tokens import TokenType

from services.api_manager.sql_findings import Finding, Verdict, finding_at, offset_of
from services.api_manager.sql_function_nodes import DIALECT, allowed_function_classes
from services.api_manager.sql_functions import SAFE_FUNCTIONS
from services.api_manager.sql_readable import Readable
from services.api_manager.sql_tree import ident, is_cte_reference, series_rows, unbounded_recursion

MAX_SQL_CHARS = 20_000
MAX_TOKENS = 5_000
MAX_NESTING = 48
MAX_SERIES_ROWS = 1_000_000
_ROOTS = (exp.Select, exp.SetOperation, exp.Values, exp.Subquery)
_FORBIDDEN_NODE_NAMES = """
DML DDL Insert Update Delete Merge Copy Create Drop Alter Command Set
SetItem Transaction Commit Rollback Grant Revoke TruncateTable Describe Use Into Lock LoadData
Pragma Analyze Comment Refresh Cache Uncache Operator Parameter Execute Kill Declare Show
Summarize Attach Detach Export Install
"""
_FORBIDDEN_NODES: tuple[type[exp.Expr], ...] = tuple(
    getattr(exp, name) for name in _FORBIDDEN_NODE_NAMES.split() if hasattr(exp, name)
)
_DENIED_CAST_TYPES = frozenset({"xml"})
LOCKING_MESSAGE = "FOR UPDATE / FOR SHARE locking clauses are not allowed"


def _pre_scan(sql: str) -> list[Finding]:
    """Size and nesting limits, checked on tokens before the recursive parser sees the text."""
    if len(sql) > MAX_SQL_CHARS:
        return [Finding("too_long", f"SQL is longer than {MAX_SQL_CHARS} characters", 1, 1, 0, 0)]
    try:
        tokens = sqlglot.Dialect.get_or_raise(DIALECT).tokenize(sql)
    except TokenError as exc:
        return [Finding("syntax_error", f"cannot tokenize: {exc}", 1, 1, 0, 0)]
    if len(tokens) > MAX_TOKENS:
        return [Finding("too_long", f"SQL has more than {MAX_TOKENS} tokens", 1, 1, 0, 0)]
    depth = 0
    for token in tokens:
        if token.token_type in (TokenType.L_PAREN, TokenType.L_BRACKET):
            depth += 1
            if depth > MAX_NESTING:
                return [
                    Finding(
                        "too_deep",
                        f"SQL nests deeper than {MAX_NESTING} levels",
                        token.line,
                        token.col,
                        token.start,
                        token.end + 1,
                    )
                ]
        elif token.token_type in (TokenType.R_PAREN, TokenType.R_BRACKET):
            depth -= 1
    return []


def _parse(sql: str) -> tuple[list[exp.Expr], list[Finding]]:
    logger = logging.getLogger("sqlglot")
    level = logger.level
    logger.setLevel(logging.ERROR)  # the "falling back to Command" notice is our error, not a log line
    try:
        statements = [s for s in sqlglot.parse(sql, read=DIALECT) if s is not None]
    except ParseError as exc:
        first = exc.errors[0] if exc.errors else {}
        line, col = int(first.get("line") or 1), int(first.get("col") or 1)
        start = offset_of(sql, line, col)
        message = str(first.get("description") or exc).split("\n")[0]
        return [], [Finding("syntax_error", message, line, col, start, start + 1)]
    except TokenError as exc:
        return [], [Finding("syntax_error", f"cannot tokenize: {exc}", 1, 1, 0, 0)]
    except RecursionError:
        return [], [Finding("too_deep", "SQL nests too deeply to check", 1, 1, 0, 0)]
    finally:
        logger.setLevel(level)
    return statements, []


def _statement_kind(node: exp.Expr) -> str:
    if isinstance(node, exp.Command):
        return str(node.this).upper()
    return type(node).__name__.upper()


class _Checker:
    def __init__(self, sql: str, readable: Readable) -> None:
        self.sql = sql
        self.readable = readable
        self.errors: list[Finding] = []
        self.warnings: list[Finding] = []
        self.params: list[str] = []
        self.tables: list[str] = []
        self.series_product = 1

    def error(self, node: exp.Expr | None, code: str, message: str) -> None:
        self.errors.append(finding_at(self.sql, node, code, message))

    def run(self, root: exp.Expr) -> None:
        if not isinstance(root, _ROOTS) or (
            isinstance(root, exp.Subquery) and not isinstance(root.unnest(), _ROOTS)
        ):
            kind = self.sql.split(None, 1)[0].upper() if self.sql.split() else "?"
            self.error(root, "statement_not_allowed", f"only SELECT queries are allowed, not {kind}")
            return
        allowed = allowed_function_classes()
        for node in root.walk():
            if isinstance(node, _FORBIDDEN_NODES):
                self._forbidden(node)
            elif isinstance(node, exp.Placeholder):
                self._placeholder(node)
            elif isinstance(node, exp.Table):
                self._table(node)
            elif isinstance(node, exp.Cast):
                self._cast(node)
            elif isinstance(node, exp.Dot) and isinstance(node.expression, exp.Func):
                self._qualified_function(node)
            elif isinstance(node, exp.CTE) and unbounded_recursion(node):
                self.error(node, "unbounded_recursion", "recursive query has no stopping condition")
            if isinstance(node, exp.Func):
                self._function(node, allowed)
        if self.series_product > MAX_SERIES_ROWS * 10:
            self.error(root, "too_many_rows", "generate_series calls multiply to more than 10,000,000 rows")
        if isinstance(root, exp.Query) and not root.args.get("limit") and not root.args.get("fetch"):
            self.warnings.append(
                finding_at(self.sql, root, "no_limit", "no LIMIT: only the API's row limit bounds the result")
            )

    def _forbidden(self, node: exp.Expr) -> None:
        if isinstance(node, exp.Into):
            self.error(node, "into_not_allowed", "SELECT … INTO creates a table and is not allowed")
        elif isinstance(node, exp.Lock):
            self.error(node, "locking_not_allowed", LOCKING_MESSAGE)
        elif isinstance(node, exp.Operator):
            self.error(node, "operator_not_allowed", "OPERATOR(...) syntax is not allowed")
        elif isinstance(node, exp.Parameter):
            self.error(node, "positional_parameter", "positional parameters are not allowed; use :name")
        else:
            self.error(node, "statement_not_allowed", f"{_statement_kind(node)} is not allowed in a query")

    def _placeholder(self, node: exp.Placeholder) -> None:
        name = node.name
        if not name or not name.replace("_", "").isalnum() or name[0].isdigit():
            self.error(node, "positional_parameter", "parameters are written :name")
        elif name not in self.params:
            self.params.append(name)

    def _table(self, node: exp.Table) -> None:
        if isinstance(node.this, exp.Func) or not isinstance(node.this, exp.Identifier):
            return  # a table function (checked as a function) or ROWS FROM (...)
        if is_cte_reference(node):
            return
        if node.args.get("catalog"):
            self.error(node, "table_not_allowed", "tables of another database cannot be read")
            return
        name = ident(node.this)
        schema = ident(node.args.get("db")) if node.args.get("db") else None
        if schema is None and name.startswith("pg_"):
            self.error(node, "table_not_allowed", f"system catalog '{name}' cannot be read")
            return
        resolved = schema or "public"
        if not self.readable.allows(resolved, name):
            self.error(node, "table_not_allowed", f"table '{resolved}.{name}' is not on the readable list")
            return
        qualified = f"{resolved}.{name}"
        if qualified not in self.tables:
            self.tables.append(qualified)

    def _cast(self, node: exp.Cast) -> None:
        target = node.args.get("to")
        type_name = target.sql(dialect=DIALECT).lower() if target is not None else ""
        if type_name.split("(")[0].strip() in _DENIED_CAST_TYPES:
            self.error(node, "cast_not_allowed", f"casting to {type_name} is not allowed")

    def _qualified_function(self, node: exp.Dot) -> None:
        if ident(node.this) != "pg_catalog":
            self.error(node, "function_not_allowed", "only built-in (pg_catalog) functions may be called")

    def _function(self, node: exp.Func, allowed: frozenset[type[exp.Func]]) -> None:
        if isinstance(node, exp.Anonymous):
            raw = node.this
            quoted = isinstance(raw, exp.Identifier) and raw.quoted
            name = raw.this if isinstance(raw, exp.Identifier) else str(raw)
            key = name if quoted else name.lower()
            if key not in SAFE_FUNCTIONS:
                self.error(node, "function_not_allowed", f"function '{name}' is not on the allowed list")
            elif key == "generate_series":
                self._series(node)
            return
        if type(node) not in allowed:
            name = node.sql_name().lower()
            self.error(node, "function_not_allowed", f"function '{name}' is not on the allowed list")
        elif "GenerateSeries" in type(node).__name__:
            self._series(node)

    def _series(self, node: exp.Func) -> None:
        rows = series_rows(node)
        if rows is None:
            return
        if rows > MAX_SERIES_ROWS:
            limit = f"{MAX_SERIES_ROWS:,}"
            self.error(node, "too_many_rows", f"generate_series would produce {rows:,} rows (max {limit})")
        self.series_product *= max(rows, 1)


def validate(sql: str, *, readable: Readable) -> Verdict:
    """Judge one SQL text. `is_valid` = it parses as one statement; `is_safe` = no error at all."""
    problems = _pre_scan(sql)
    if problems:
        return Verdict(False, False, problems)
    statements, problems = _parse(sql)
    if problems:
        return Verdict(False, False, problems)
    if not statements:
        return Verdict(False, False, [Finding("empty", "no SQL statement given", 1, 1, 0, 0)])
    if len(statements) > 1:
        extra = statements[1]
        finding = finding_at(
            sql, extra, "multiple_statements", f"exactly one statement is allowed, found {len(statements)}"
        )
        return Verdict(False, False, [finding])
    checker = _Checker(sql, readable)
    try:
        checker.run(statements[0])
    except RecursionError:
        return Verdict(False, False, [Finding("too_deep", "SQL nests too deeply to check", 1, 1, 0, 0)])
    in_text = [name for _, _, name in placeholder_spans(sql)]
    checker.params.sort(key=lambda name: in_text.index(name) if name in in_text else len(in_text))
    return Verdict(
        is_safe=not checker.errors,
        is_valid=True,
        errors=checker.errors,
        warnings=checker.warnings,
        params=checker.params,
        tables=checker.tables,
    )


def placeholder_spans(sql: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each `:name` placeholder in text order; a colon inside `[...]` is a slice."""
    tokens = sqlglot.Dialect.get_or_raise(DIALECT).tokenize(sql)
    spans: list[tuple[int, int, str]] = []
    brackets = 0
    for colon, token in itertools.pairwise(tokens):
        if colon.token_type == TokenType.L_BRACKET:
            brackets += 1
        elif colon.token_type == TokenType.R_BRACKET:
            brackets -= 1
        elif (
            colon.token_type == TokenType.COLON
            and brackets == 0
            and colon.end + 1 == token.start
            and token.text.replace("_", "").isalnum()
            and token.token_type not in (TokenType.NUMBER, TokenType.STRING)
        ):
            spans.append((colon.start, token.end + 1, token.text))
    return spans

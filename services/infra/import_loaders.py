"""Per-file validation and loading for the interchange format (used by `services.infra.importer`).

Each loader streams the records of one CSV file, validates every row, and applies the file only when
no row was rejected. Events (and metrics, in `import_metrics`) stream through COPY into a temporary
table; the final INSERT … SELECT is the only statement that touches the real table, so a rejected file
leaves nothing behind. Row numbers count CSV records with the header as row 1.

Reading is bounded: a record (one line, or several when a quoted field spans lines) may hold at most
MAX_RECORD_CHARS characters and a field csv.field_size_limit of them; a longer one stops the file with a
reason naming the limit, after reading at most that much of it.
"""

from __future__ import annotations

import csv
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TextIO

from psycopg import Connection

from services.infra.models import (
    ENV_LABEL_KEY,
    ENVIRONMENT_ALIASES,
    KEPT_ENVIRONMENT_LABELS,
    RELATION_TYPES,
    SEVERITIES,
    SPELLED_TYPES,
    TYPE_ALIASES,
    TYPE_LABEL_KEY,
)
from services.infra.service import validate_ci_fields

MAX_ERRORS = 100
MAX_RECORD_CHARS = 1024 * 1024  # one CSV record (and so one line, one field)
HEADERS: dict[str, tuple[str, ...]] = {
    "cis": ("name", "type", "environment", "owner", "location", "status", "attributes"),
    "relations": ("source", "target", "type"),
    "metrics": ("ts", "ci", "metric", "value"),
    "events": ("ts", "ci", "severity", "type", "message"),
}
csv.field_size_limit(MAX_RECORD_CHARS)


class ImportLimitExceeded(ValueError):
    """Reading an import file passed a size limit; the message names the limit."""


class _BoundedLines:
    """The lines of a text stream for csv.reader, refusing a record longer than `limit` characters
    without ever holding more than that of it (`reset()` after each record)."""

    def __init__(self, stream: TextIO, limit: int = MAX_RECORD_CHARS) -> None:
        self.stream = stream
        self.limit = limit
        self.used = 0

    def reset(self) -> None:
        self.used = 0

    def __iter__(self) -> _BoundedLines:
        return self

    def __next__(self) -> str:
        line = self.stream.readline(self.limit - self.used + 1)
        if not line:
            raise StopIteration
        self.used += len(line)
        if self.used > self.limit:
            raise ImportLimitExceeded(
                f"a record is longer than {self.limit // 1024} KiB (the limit for one CSV record)"
            )
        return line


@dataclass
class FileReport:
    """The outcome of one file: counts are exact, `errors` lists the first MAX_ERRORS problems."""

    file: str
    accepted: int = 0
    rejected: int = 0
    applied: bool = False
    written: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    note: str = ""

    def reject(self, row: int, reason: str, count: bool = True) -> None:
        """Count a rejected row (unless `count` is false: a file-level problem) and keep its reason."""
        self.rejected += int(count)
        if len(self.errors) < MAX_ERRORS or not count:  # file-level problems are always kept
            self.errors.append({"row": row, "reason": reason})

    @property
    def ok(self) -> bool:
        """No row rejected and no file-level problem."""
        return not self.rejected and not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "accepted": self.accepted,
            "rejected": self.rejected,
            "applied": self.applied,
            "written": self.written,
            "errors": self.errors,
            "note": self.note,
        }


def records(stream: TextIO, report: FileReport) -> Iterator[tuple[int, list[str]]]:
    """(row number, fields) of each non-blank record; a read error rejects the row and stops.

    A size limit passed while reading (record length here, decompressed size in the importer) stops
    the file with the limit as the reason: the file is not applied.
    """
    row = 0
    lines = _BoundedLines(stream)
    try:
        for row, fields in enumerate(csv.reader(lines), start=1):
            lines.reset()
            if fields:
                yield row, fields
    except ImportLimitExceeded as exc:
        report.reject(row + 1, f"{exc}; reading stopped here", count=False)
        report.note = str(exc)
    except (csv.Error, OSError, EOFError, ValueError, zipfile.BadZipFile) as exc:
        reason = "file is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else f"unreadable: {exc}"
        report.reject(row + 1, f"{reason}; reading stopped here")
        report.note = "file could not be read to the end"


def read_header(
    kind: str, rows: Iterator[tuple[int, list[str]]], report: FileReport
) -> dict[str, int] | None:
    """Column positions by name when the header is exactly the expected columns (any order)."""
    expected = HEADERS[kind]
    first = next(rows, None)
    if first is None:
        if not report.errors:
            report.reject(1, "file is empty (expected a header row)", count=False)
        return None
    row, names = first
    names = [n.strip().lower() for n in names]
    if sorted(names) != sorted(expected):
        report.reject(row, f"wrong header {','.join(names)!r}; expected {','.join(expected)!r}", count=False)
        report.rejected += sum(1 for _ in rows)  # every data row is rejected with the file
        return None
    return {name: names.index(name) for name in expected}


def _fields(fields: list[str], width: int) -> str | None:
    return None if len(fields) == width else f"expected {width} fields, got {len(fields)}"


_ts_cache: dict[str, str | None] = {}


def parse_ts(raw: str) -> str | None:
    """The ISO-8601 text of a valid timestamp (naive means UTC), or None; memoised for repeated stamps."""
    if raw in _ts_cache:
        return _ts_cache[raw]
    try:
        moment = datetime.fromisoformat(raw.strip())
    except ValueError:
        moment = None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    normal = moment.isoformat() if moment is not None else None
    if len(_ts_cache) > 200_000:
        _ts_cache.clear()
    _ts_cache[raw] = normal
    return normal


def finish(report: FileReport) -> bool:
    """Whether the file may be applied; notes why not."""
    if report.ok:
        return True
    reason = f"{report.rejected} row(s) rejected" if report.rejected else report.errors[0]["reason"]
    report.note = f"not applied: {reason}" + (f" ({report.note})" if report.note else "")
    return False


# --- cis ------------------------------------------------------------------------------------------------


def load_cis(conn: Connection, stream: TextIO, report: FileReport) -> None:
    """Upsert CIs by name; a name twice in the file rejects the later row."""
    rows = records(stream, report)
    cols = read_header("cis", rows, report)
    if cols is None:
        finish(report)
        return
    seen: dict[str, int] = {}
    values: list[tuple[str, ...]] = []
    for row, raw in rows:
        problem = _fields(raw, 7)
        if problem:
            report.reject(row, problem)
            continue
        name, type_, env, owner, location, status, attrs = (raw[cols[c]].strip() for c in HEADERS["cis"])
        label = env.lower()
        env = ENVIRONMENT_ALIASES.get(label, label)  # "PRD", "Prod", "TST": prod, staging
        given_type = type_.lower()
        type_ = TYPE_ALIASES.get(given_type, given_type)  # "batch": a service that runs, "vm": a host
        problem = validate_ci_fields(name, type_, env, status or "active", owner, location)
        if problem is None and name in seen:
            problem = f"duplicate name '{name}' (first at row {seen[name]})"
        if problem is None:
            try:
                parsed = json.loads(attrs) if attrs else {}
                if not isinstance(parsed, dict):
                    problem = "attributes must be a JSON object"
            except ValueError as exc:
                problem = f"attributes is not valid JSON: {exc}"
        if problem:
            report.reject(row, problem)
            continue
        seen[name] = row
        if label in KEPT_ENVIRONMENT_LABELS:  # "qa" is staging, and still qa
            parsed.setdefault(ENV_LABEL_KEY, label)
        if (
            given_type in TYPE_ALIASES and given_type not in SPELLED_TYPES
        ):  # a batch job is a service, and a batch
            parsed.setdefault(TYPE_LABEL_KEY, given_type)
        values.append((name, type_, env, owner, location, status or "active", json.dumps(parsed)))
    report.accepted = len(values)
    if not finish(report) or not values:
        report.applied = report.ok
        return
    columns = list(zip(*values, strict=True))
    cur = conn.execute(
        "INSERT INTO cis (name, type, environment, owner, location, status, attributes) "
        "SELECT n, t, e, o, l, s, a::jsonb FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], "
        "%s::text[], %s::text[], %s::text[]) AS u(n, t, e, o, l, s, a) "
        "ON CONFLICT (name) DO UPDATE SET type = EXCLUDED.type, environment = EXCLUDED.environment, "
        "owner = EXCLUDED.owner, location = EXCLUDED.location, status = EXCLUDED.status, "
        "attributes = EXCLUDED.attributes, updated_at = now() "
        "WHERE (cis.type, cis.environment, cis.owner, cis.location, cis.status, cis.attributes) "
        "IS DISTINCT FROM (EXCLUDED.type, EXCLUDED.environment, EXCLUDED.owner, EXCLUDED.location, "
        "EXCLUDED.status, EXCLUDED.attributes)",
        [list(c) for c in columns],
    )
    report.written, report.applied = max(cur.rowcount, 0), True


# --- relations ------------------------------------------------------------------------------------------


def load_relations(conn: Connection, stream: TextIO, report: FileReport, ci_ids: dict[str, int]) -> None:
    """Add edges between known CIs; existing edges and repeats within the file are kept once."""
    rows = records(stream, report)
    cols = read_header("relations", rows, report)
    if cols is None:
        finish(report)
        return
    edges: set[tuple[int, int, str]] = set()
    for row, raw in rows:
        problem = _fields(raw, 3)
        if problem:
            report.reject(row, problem)
            continue
        source, target, type_ = (raw[cols[c]].strip() for c in HEADERS["relations"])
        type_ = type_.upper()
        if source not in ci_ids:
            problem = f"unknown CI '{source}' (source)"
        elif target not in ci_ids:
            problem = f"unknown CI '{target}' (target)"
        elif type_ not in RELATION_TYPES:
            problem = f"unknown relation type '{type_}' (expected {', '.join(RELATION_TYPES)})"
        elif source == target:
            problem = "a CI cannot relate to itself"
        if problem:
            report.reject(row, problem)
            continue
        report.accepted += 1
        edges.add((ci_ids[source], ci_ids[target], type_))
    if not finish(report) or not edges:
        report.applied = report.ok
        return
    src, dst, types = (list(c) for c in zip(*sorted(edges), strict=True))
    cur = conn.execute(
        "INSERT INTO ci_relations (source_id, target_id, type) "
        "SELECT * FROM unnest(%s::int[], %s::int[], %s::text[]) "
        "ON CONFLICT ON CONSTRAINT uq_ci_relations_edge DO NOTHING",
        [src, dst, types],
    )
    report.written, report.applied = max(cur.rowcount, 0), True


# --- events ---------------------------------------------------------------------------------------------


def load_events(conn: Connection, stream: TextIO, report: FileReport, ci_ids: dict[str, int]) -> None:
    """Insert events not yet stored, de-duplicated by (ts, ci, type, message)."""
    rows = records(stream, report)
    cols = read_header("events", rows, report)
    if cols is None:
        finish(report)
        return
    conn.execute(
        "CREATE TEMP TABLE _import_events (line int, ts timestamptz, ci_id int, severity text, "
        "type text, message text) ON COMMIT DROP"
    )
    with conn.cursor().copy(
        "COPY _import_events (line, ts, ci_id, severity, type, message) FROM STDIN"
    ) as copy:
        for row, raw in rows:
            problem = _fields(raw, 5)
            if problem:
                report.reject(row, problem)
                continue
            ts_raw, ci, severity, type_, message = (raw[cols[c]] for c in HEADERS["events"])
            ci, severity, type_ = ci.strip(), severity.strip().lower(), type_.strip()
            ts = parse_ts(ts_raw)
            if ts is None:
                problem = f"bad timestamp '{ts_raw}' (expected ISO-8601, e.g. 2026-03-01T00:00:00Z)"
            elif ci not in ci_ids:
                problem = f"unknown CI '{ci}'"
            elif severity not in SEVERITIES:
                problem = f"unknown severity '{severity}' (expected {', '.join(SEVERITIES)})"
            elif not type_ or len(type_) > 64:
                problem = "type must be 1-64 characters"
            elif len(message) > 2000:
                problem = "message longer than 2000 characters"
            if problem:
                report.reject(row, problem)
                continue
            report.accepted += 1
            copy.write_row((row, ts, ci_ids[ci], severity, type_, message))
    if finish(report) and report.accepted:
        cur = conn.execute(
            "INSERT INTO events (ts, ci_id, severity, type, message) "
            "SELECT ts, ci_id, severity, type, message FROM ("
            "  SELECT DISTINCT ON (ts, ci_id, type, message) * FROM _import_events t"
            "  WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.ci_id = t.ci_id AND e.ts = t.ts"
            "                    AND e.type = t.type AND e.message = t.message)"
            "  ORDER BY ts, ci_id, type, message, line) d ORDER BY ts, line"
        )
        report.written = max(cur.rowcount, 0)
    report.applied = report.ok
    conn.execute("DROP TABLE _import_events")

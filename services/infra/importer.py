"""Import of the infrastructure interchange format (ARCHITECTURE §4) from a directory, a zip or one file.

Files load in dependency order cis → relations → metrics → events, each validated row by row and
applied whole or not at all; a later file sees what earlier files applied. The whole import runs in the
caller's transaction with one audit row, then notifies the CMDB hooks of `services.infra.service`.

Everything is streamed with bounded memory: zip members and gzip files are decompressed chunk by chunk
and the whole import may expand to at most `SPA_MAX_IMPORT_EXPANDED_MB` (declared zip sizes are checked
first, actual bytes while reading); a file passing the limit is not applied and says which limit.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any, cast

from sqlalchemy import text
from sqlmodel import Session

from services.core import audit
from services.core.errors import NotFound
from services.core.security import Principal, require
from services.core.settings import get_settings
from services.infra import import_loaders as loaders
from services.infra.import_loaders import FileReport, ImportLimitExceeded
from services.infra.import_metrics import load_metrics
from services.infra.service import notify_cmdb_change

KINDS = ("cis", "relations", "metrics", "events")  # dependency order
ALLOWED_NAMES = {f"{kind}.csv{gz}": kind for kind in KINDS for gz in ("", ".gz")}
CHUNK = 64 * 1024


def _limit_text(limit: int) -> str:
    return f"{limit / 1024**2:g} MiB (SPA_MAX_IMPORT_EXPANDED_MB)"


class _ExpansionBudget:
    """The decompressed bytes one import may read, shared by all its files."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def spend(self, size: int) -> None:
        self.used += size
        if self.used > self.limit:
            raise ImportLimitExceeded(f"the import expands beyond {_limit_text(self.limit)}")


class _Metered(io.RawIOBase):
    """A binary stream counted against the import's budget as it is read."""

    def __init__(self, inner: IO[bytes], budget: _ExpansionBudget) -> None:
        self.inner = inner
        self.budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(min(len(buffer), CHUNK))
        self.budget.spend(len(data))
        buffer[: len(data)] = data
        return len(data)


@dataclass
class ImportReport:
    """Per-file outcomes plus import-level problems (bad archive, foreign files, nothing to import)."""

    source: str
    files: list[FileReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Nothing rejected anywhere."""
        return not self.errors and all(f.ok for f in self.files)

    @property
    def rejected(self) -> int:
        return sum(f.rejected for f in self.files)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "ok": self.ok,
            "accepted": sum(f.accepted for f in self.files),
            "rejected": self.rejected,
            "errors": self.errors,
            "ignored": self.ignored,
            "files": [f.to_dict() for f in self.files],
        }


Opener = Callable[[], IO[bytes]]
Progress = Callable[[float, str], None]


@dataclass
class _Source:
    members: dict[str, tuple[str, Opener]] = field(default_factory=dict)  # kind -> (label, opener)
    errors: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    def add(self, name: str, opener: Opener) -> None:
        kind = ALLOWED_NAMES[name]
        if kind in self.members:
            self.errors.append(f"both {self.members[kind][0]} and {name} given for {kind}")
        else:
            self.members[kind] = (name, opener)


def _open_file(path: Path) -> IO[bytes]:
    return path.open("rb")


def _directory(path: Path) -> _Source:
    source = _Source()
    for entry in sorted(path.iterdir()):
        if entry.is_file() and entry.name in ALLOWED_NAMES:
            source.add(entry.name, functools.partial(_open_file, entry))
        else:
            source.ignored.append(entry.name)
    return source


def _archive(archive: zipfile.ZipFile, limit: int) -> _Source:
    source = _Source()
    entries = [info for info in archive.infolist() if not info.is_dir()]
    if sum(info.file_size for info in entries) > limit:
        source.errors.append(f"archive expands beyond {_limit_text(limit)}")
        return source
    parts = [PurePosixPath(info.filename).parts for info in entries]
    # Accept one common top folder (zip -r estate.zip estate/).
    strip = 1 if parts and all(len(p) == 2 for p in parts) and len({p[0] for p in parts}) == 1 else 0
    for info, name_parts in zip(entries, parts, strict=True):
        name = "/".join(name_parts[strip:])
        if name not in ALLOWED_NAMES:
            source.errors.append(
                f"unexpected file '{info.filename}' in archive (allowed: {', '.join(sorted(ALLOWED_NAMES))})"
            )
            continue
        source.add(name, functools.partial(archive.open, info))
    return source


@contextlib.contextmanager
def _open_source(path: Path, limit: int) -> Iterator[_Source]:
    if path.is_dir():
        yield _directory(path)
        return
    if path.name in ALLOWED_NAMES:
        single = _Source()
        single.add(path.name, functools.partial(_open_file, path))
        yield single
        return
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield _Source(
            errors=[f"'{path.name}' is not a zip archive, a directory or an interchange CSV ({exc})"]
        )
        return
    with archive:
        yield _archive(archive, limit)


@contextlib.contextmanager
def _text(name: str, opener: Opener, budget: _ExpansionBudget) -> Iterator[io.TextIOWrapper]:
    raw = opener()
    binary = cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb")) if name.endswith(".gz") else raw
    metered = io.BufferedReader(_Metered(binary, budget), buffer_size=CHUNK)
    stream = io.TextIOWrapper(metered, encoding="utf-8-sig", newline="")
    try:
        yield stream
    finally:
        stream.close()
        raw.close()


def _name_ids(session: Session, sql: str) -> dict[str, int]:
    return {str(name): int(ident) for name, ident in session.execute(text(sql))}


def import_path(
    session: Session, path: Path, *, actor: Principal, progress: Progress | None = None
) -> ImportReport:
    """Import a directory, zip archive or single interchange CSV; returns the report.

    Bad input never raises: it is rejected in the report. A file is applied only when every row of it
    is valid; an archive holding any foreign file is rejected as a whole. `progress(fraction, file)` is
    called before each file is loaded.
    """
    require(actor, "infra:write")
    path = Path(path)
    if not path.exists():
        raise NotFound(f"no such file or directory: {path}")
    report = ImportReport(source=path.name)
    budget = _ExpansionBudget(get_settings().max_import_expanded_bytes)
    with _open_source(path, budget.limit) as source:
        report.errors.extend(source.errors)
        report.ignored.extend(source.ignored)
        if not report.errors and not source.members:
            report.errors.append(f"no interchange files found (expected {', '.join(sorted(ALLOWED_NAMES))})")
        if not report.errors:
            _load(session, source, report, progress, budget)
    audit.record(
        session,
        actor=actor.username,
        action="infra.import",
        entity_type="infra_import",
        entity_id=report.source[:120],
        after={
            "ok": report.ok,
            "errors": report.errors[:10],
            "files": [
                {k: v for k, v in f.to_dict().items() if k not in ("errors", "note")} for f in report.files
            ],
        },
    )
    applied = {f.file: f.written for f in report.files if f.applied}
    if applied:
        notify_cmdb_change(session, "import", {"source": report.source, "applied": applied})
    return report


def _load(
    session: Session,
    source: _Source,
    report: ImportReport,
    progress: Progress | None,
    budget: _ExpansionBudget,
) -> None:
    session.flush()
    conn = session.connection().connection.driver_connection
    assert conn is not None
    metric_ids = _name_ids(session, "SELECT name, id FROM metric_catalog")
    ci_ids: dict[str, int] = {}
    for kind in KINDS:
        if kind not in source.members:
            continue
        name, opener = source.members[kind]
        if progress is not None:
            progress(len(report.files) / len(source.members), name)
        file_report = FileReport(file=name)
        report.files.append(file_report)
        if kind != "cis" and not ci_ids:
            ci_ids = _name_ids(session, "SELECT name, id FROM cis")
        try:
            with _text(name, opener, budget) as stream:
                if kind == "cis":
                    loaders.load_cis(conn, stream, file_report)
                    ci_ids = {}
                elif kind == "relations":
                    loaders.load_relations(conn, stream, file_report, ci_ids)
                elif kind == "metrics":
                    load_metrics(conn, stream, file_report, ci_ids, metric_ids)
                else:
                    loaders.load_events(conn, stream, file_report, ci_ids)
        except (OSError, EOFError, zipfile.BadZipFile, RuntimeError) as exc:  # unreadable member
            file_report.reject(0, f"cannot open {name}: {exc}", count=False)
            file_report.note, file_report.applied = "not applied: file could not be opened", False

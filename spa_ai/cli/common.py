"""What every `spa-ai` command group shares: the `--data-dir` option, settings set-up and time parsing."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import typer

DataDirOption = typer.Option(None, "--data-dir", help="Data directory (default: $SPA_DATA_DIR or ./data)")


def configure(data_dir: Path | None) -> None:
    """Apply `--data-dir` before any setting is read."""
    from services.core.settings import reset_settings

    if data_dir is not None:
        os.environ["SPA_DATA_DIR"] = str(data_dir)
    reset_settings()


def configure_and_migrate(data_dir: Path | None) -> None:
    """Apply `--data-dir`, bring the schema up to date and install every domain (hooks, tools, jobs)."""
    configure(data_dir)
    from services.core.db import upgrade_database
    from services.domains import install_domains

    upgrade_database()
    install_domains()


def parse_moment(value: str | None, option: str) -> datetime | None:
    """An ISO-8601 moment with an offset (`Z` accepted); None for an empty value."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise typer.BadParameter(f"{option} is not an ISO-8601 time: {value!r}") from exc
    if moment.tzinfo is None:
        raise typer.BadParameter(f"{option} needs a timezone offset, e.g. 2026-03-02T00:00:00Z")
    return moment


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print `error: message` to stderr and return the exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)

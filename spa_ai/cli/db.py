"""`spa-ai db …`: the database schema."""

from __future__ import annotations

from pathlib import Path

import typer

from spa_ai.cli.common import DataDirOption, configure

app = typer.Typer(help="Database schema", no_args_is_help=True)


@app.command("upgrade")
def db_upgrade(data_dir: Path | None = DataDirOption) -> None:
    """Apply all migrations."""
    configure(data_dir)
    from services.core.db import upgrade_database

    upgrade_database()
    typer.echo("database is up to date")

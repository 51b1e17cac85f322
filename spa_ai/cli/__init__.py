"""The `spa-ai` command: one module per command group, assembled here."""

from __future__ import annotations

import typer

from spa_ai.cli import db, demo, docs, infra, ops, sql, user
from spa_ai.cli.backup import backup, restore
from spa_ai.cli.run import build, run

app = typer.Typer(help="SPA AI operations platform", no_args_is_help=True)
app.command("run")(run)
app.command("build")(build)
app.command("backup")(backup)
app.command("restore")(restore)
for group in (db, user, demo, infra, ops, sql, docs):
    app.add_typer(group.app, name=group.__name__.rsplit(".", 1)[-1])


def main() -> None:
    """Console-script entry point."""
    app()

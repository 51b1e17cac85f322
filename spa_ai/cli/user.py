"""`spa-ai user …`: create users and lift sign-in locks from the command line."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from spa_ai.cli.common import DataDirOption, configure_and_migrate, fail

app = typer.Typer(help="Users", no_args_is_help=True)


@app.command("create")
def user_create(
    name: str,
    role: str = typer.Option("viewer", help="admin | operator | viewer"),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin"),
    display_name: str = typer.Option("", help="Display name"),
    email: str | None = typer.Option(None, help="E-mail address"),
    data_dir: Path | None = DataDirOption,
) -> None:
    """Create a user (the password comes from stdin or an interactive prompt)."""
    password = (
        sys.stdin.readline().rstrip("\n")
        if password_stdin
        else typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    )
    configure_and_migrate(data_dir)
    from services.admin.service import create_user
    from services.core.db import session_scope
    from services.core.errors import DomainError
    from services.core.security import SYSTEM

    try:
        with session_scope() as session:
            create_user(
                session,
                actor=SYSTEM,
                username=name,
                password=password,
                role=role,
                display_name=display_name,
                email=email,
            )
    except DomainError as exc:
        raise fail(exc.message) from exc
    typer.echo(f"created user '{name.strip().lower()}' with role {role}")


@app.command("unlock")
def user_unlock(name: str, data_dir: Path | None = DataDirOption) -> None:
    """Lift every sign-in lock of a user (all client addresses), e.g. an admin locked out by guessers."""
    configure_and_migrate(data_dir)
    from services.admin.auth import unlock
    from services.core.db import session_scope
    from services.core.errors import DomainError
    from services.core.security import SYSTEM

    try:
        with session_scope() as session:
            unlock(session, actor=SYSTEM, username=name)
    except DomainError as exc:
        raise fail(exc.message) from exc
    typer.echo(f"unlocked user '{name.strip().lower()}'")

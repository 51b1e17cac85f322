"""The `spa-ai` command: run the app, migrate, manage users."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import typer

from spa_ai.cli_demo import demo_app
from spa_ai.cli_infra import infra_app
from spa_ai.cli_ops import ops_app

app = typer.Typer(help="SPA AI operations platform", no_args_is_help=True)
db_app = typer.Typer(help="Database schema", no_args_is_help=True)
user_app = typer.Typer(help="Users", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(user_app, name="user")
app.add_typer(demo_app, name="demo")
app.add_typer(infra_app, name="infra")
app.add_typer(ops_app, name="ops")

PROJECT_ROOT = Path(__file__).resolve().parents[1]
BUILD_DIR = PROJECT_ROOT / ".web" / "build" / "client"
BUILD_STAMP = PROJECT_ROOT / ".web" / "build" / "spa_build_stamp"
OFFLINE_REFLEX_ENV = {
    "REFLEX_TELEMETRY_ENABLED": "false",
    "REFLEX_CHECK_LATEST_VERSION": "false",
    "REFLEX_HTTP_CLIENT_BIND_ADDRESS": "0.0.0.0",
    "REFLEX_USE_SYSTEM_BUN": "1",
    "NPM_CONFIG_REGISTRY": os.environ.get("NPM_CONFIG_REGISTRY", "https://registry.npmjs.org"),
}

DataDirOption = typer.Option(None, "--data-dir", help="Data directory (default: $SPA_DATA_DIR or ./data)")


def _configure(data_dir: Path | None) -> None:
    """Apply `--data-dir` before any setting is read."""
    from services.core.settings import reset_settings

    if data_dir is not None:
        os.environ["SPA_DATA_DIR"] = str(data_dir)
    reset_settings()


def configure_and_migrate(data_dir: Path | None) -> None:
    """Apply `--data-dir`, bring the schema up to date and let CMDB writes reach Neo4j when configured."""
    _configure(data_dir)
    from services.core.db import upgrade_database
    from services.infra.graph.sync import register_cmdb_hook

    upgrade_database()
    register_cmdb_hook()


def _frontend_fingerprint(port: int) -> str:
    """A hash of everything the compiled frontend depends on."""
    digest = hashlib.sha256(f"port={port}".encode())
    sources = [
        PROJECT_ROOT / "rxconfig.py",
        *sorted((PROJECT_ROOT / "spa_ai").rglob("*.py")),
        *sorted((PROJECT_ROOT / "services").rglob("*.py")),
        *sorted((PROJECT_ROOT / "assets").rglob("*")),
    ]
    for path in sources:
        if path.is_file():
            digest.update(path.relative_to(PROJECT_ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def build_frontend(port: int, force: bool = False) -> None:
    """Compile the Reflex frontend for `port` unless an identical build exists."""
    fingerprint = _frontend_fingerprint(port)
    if not force and BUILD_DIR.is_dir() and BUILD_STAMP.exists() and BUILD_STAMP.read_text() == fingerprint:
        return
    typer.echo("Building the web frontend…")
    env = {**os.environ, **OFFLINE_REFLEX_ENV, "SPA_PORT": str(port)}
    subprocess.run(
        [sys.executable, "-m", "reflex", "export", "--frontend-only", "--no-zip"],
        cwd=PROJECT_ROOT,
        env=env,
        check=True,
    )
    BUILD_STAMP.write_text(fingerprint)


@app.command()
def run(
    data_dir: Path | None = DataDirOption,
    port: int | None = typer.Option(None, help="Port (default: $SPA_PORT or 3000)"),
    rebuild: bool = typer.Option(False, help="Rebuild the frontend even when it is current"),
) -> None:
    """Start the app: database, migrations, first admin, frontend build (when stale), server."""
    if port is not None:
        os.environ["SPA_PORT"] = str(port)
    _configure(data_dir)
    from services.admin.bootstrap import announce_admin, prepare_database
    from services.core import db
    from services.core.settings import get_settings
    from services.infra.demo import seed_demo_on_first_run

    settings = get_settings()
    external_db = settings.database_url is not None
    db.database_url()  # starts embedded PostgreSQL when no URL is configured
    announce_admin(prepare_database())
    seed_demo_on_first_run(external_db=external_db)
    db.reset_engine()
    build_frontend(settings.port, force=rebuild)
    os.chdir(PROJECT_ROOT)
    os.environ.update(OFFLINE_REFLEX_ENV)
    os.environ["SPA_PORT"] = str(settings.port)
    # Equivalent to `reflex run --env prod --single-port` minus the rebuild it always does.
    from reflex.utils import exec as reflex_exec
    from reflex_base import constants
    from reflex_base.environment import environment

    environment.REFLEX_ENV_MODE.set(constants.Env.PROD)
    environment.REFLEX_SKIP_COMPILE.set(True)
    typer.echo(f"SPA AI is starting on http://localhost:{settings.port}")
    reflex_exec.run_backend_prod(
        settings.host, settings.port, constants.LogLevel.INFO, mount_frontend_compiled_app=True
    )


@app.command("build")
def build(port: int | None = typer.Option(None, help="Port the build is for")) -> None:
    """Compile the web frontend (run also does this when sources changed)."""
    from services.core.settings import get_settings

    build_frontend(port or get_settings().port, force=True)


@db_app.command("upgrade")
def db_upgrade(data_dir: Path | None = DataDirOption) -> None:
    """Apply all migrations."""
    _configure(data_dir)
    from services.core.db import upgrade_database

    upgrade_database()
    typer.echo("database is up to date")


@user_app.command("create")
def user_create(
    name: str,
    role: str = typer.Option("viewer", help="admin | operator | viewer"),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin"),
    display_name: str = typer.Option("", help="Display name"),
    email: str | None = typer.Option(None, help="E-mail address"),
    data_dir: Path | None = DataDirOption,
) -> None:
    """Create a user (the password comes from stdin or an interactive prompt)."""
    _configure(data_dir)
    from services.admin.service import SYSTEM, create_user
    from services.core.db import session_scope, upgrade_database
    from services.core.errors import DomainError

    password = (
        sys.stdin.readline().rstrip("\n")
        if password_stdin
        else typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    )
    upgrade_database()
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
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"created user '{name.strip().lower()}' with role {role}")


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()

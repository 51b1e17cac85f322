"""`spa-ai run` and `spa-ai build`: start the app on its embedded defaults; compile the web frontend."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import typer

from spa_ai.cli.common import DataDirOption, configure, fail

PROJECT_ROOT = Path(__file__).resolve().parents[2]
WEB_DIR = PROJECT_ROOT / os.environ.get(
    "REFLEX_WEB_WORKDIR", ".web"
)  # several checkouts/ports may build apart
BUILD_DIR = WEB_DIR / "build" / "client"
BUILD_STAMP = WEB_DIR / "build" / "spa_build_stamp"
PROJECT_BUN_DIR = PROJECT_ROOT / ".bun" / "node_modules" / ".bin"
OFFLINE_REFLEX_ENV = {
    "REFLEX_TELEMETRY_ENABLED": "false",
    "REFLEX_CHECK_LATEST_VERSION": "false",
    "REFLEX_HTTP_CLIENT_BIND_ADDRESS": "0.0.0.0",
    "REFLEX_USE_SYSTEM_BUN": "1",
    "NPM_CONFIG_REGISTRY": os.environ.get("NPM_CONFIG_REGISTRY", "https://registry.npmjs.org"),
}


def reflex_env(port: int) -> dict[str, str]:
    """The environment Reflex runs in: offline switches, the project's bun first on PATH, the port.

    Raises a CLI error naming the command to run when no bun is installed.
    """
    path = os.environ.get("PATH", "")
    if (PROJECT_BUN_DIR / "bun").exists():
        path = f"{PROJECT_BUN_DIR}{os.pathsep}{path}"
    elif shutil.which("bun") is None:
        raise fail(
            "the web frontend needs bun: run 'make setup' in the project directory "
            f"(or 'npm install --prefix {PROJECT_ROOT / '.bun'} bun') and try again"
        )
    # Reflex keeps per-session state files in .states: under the data dir, private to this user.
    from services.core.settings import get_settings

    states_dir = get_settings().resolved_data_dir / "states"
    states_dir.mkdir(mode=0o700, exist_ok=True)
    return {
        **OFFLINE_REFLEX_ENV,
        "PATH": path,
        "SPA_PORT": str(port),
        "REFLEX_STATES_WORKDIR": str(states_dir),
    }


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
    subprocess.run(
        [sys.executable, "-m", "reflex", "export", "--frontend-only", "--no-zip"],
        cwd=PROJECT_ROOT,
        env={**os.environ, **reflex_env(port)},
        check=True,
    )
    BUILD_STAMP.write_text(fingerprint)


def run(
    data_dir: Path | None = DataDirOption,
    port: int | None = typer.Option(None, help="Port (default: $SPA_PORT or 3000)"),
    rebuild: bool = typer.Option(False, help="Rebuild the frontend even when it is current"),
) -> None:
    """Start the app: database, migrations, first admin, frontend build (when stale), server."""
    if port is not None:
        os.environ["SPA_PORT"] = str(port)
    configure(data_dir)
    from services.bootstrap import announce_admin, prepare_database
    from services.core import db
    from services.core.settings import get_settings
    from services.infra.demo import seed_demo_on_first_run

    settings = get_settings()
    env = reflex_env(settings.port)  # fails early, before the database starts, when bun is missing
    external_db = settings.database_url is not None
    db.database_url()  # starts embedded PostgreSQL when no URL is configured
    announce_admin(prepare_database())
    seed_demo_on_first_run(external_db=external_db)
    db.reset_engine()
    build_frontend(settings.port, force=rebuild)
    os.chdir(PROJECT_ROOT)
    os.environ.update(env)
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


def build(port: int | None = typer.Option(None, help="Port the build is for")) -> None:
    """Compile the web frontend (run also does this when sources changed)."""
    from services.core.settings import get_settings

    build_frontend(port or get_settings().port, force=True)

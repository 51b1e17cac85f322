"""The `spa-ai` command and the embedded PostgreSQL life cycle, as separate processes."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlmodel import Session

from services.admin import auth
from services.core import db
from tests.integration.helpers import PASSWORD

SPA_AI = [sys.executable, "-m", "spa_ai.cli"]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPA_")}
    return {**env, **extra}


def test_user_create_reads_password_from_stdin(db_url: str, session: Session, tmp_path: Path) -> None:
    cmd = [*SPA_AI, "user", "create", "ops-lead", "--role", "operator", "--password-stdin"]
    env = _env(SPA_DATABASE_URL=db_url, SPA_DATA_DIR=str(tmp_path), SPA_SECRET_KEY="k" * 40)
    done = subprocess.run(cmd, input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    _, user = auth.login(session, username="ops-lead", password=PASSWORD)
    assert user.role == "operator"
    again = subprocess.run(cmd, input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=60)
    assert again.returncode == 2 and "already exists" in again.stderr
    weak = subprocess.run(
        [*SPA_AI, "user", "create", "weak", "--password-stdin"],
        input="short\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert weak.returncode == 2 and "10 characters" in weak.stderr


def test_db_upgrade_is_idempotent(db_url: str, tmp_path: Path) -> None:
    env = _env(SPA_DATABASE_URL=db_url, SPA_DATA_DIR=str(tmp_path))
    for _ in range(2):
        done = subprocess.run([*SPA_AI, "db", "upgrade"], capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0 and "up to date" in done.stdout, done.stderr


def test_second_process_reuses_the_running_embedded_server(tmp_path: Path) -> None:
    """One server per data dir: a second process attaches to it; the last one out stops it."""
    holder = textwrap.dedent(f"""
        import sys
        from services.core.db import start_embedded_postgres
        from pathlib import Path
        print(start_embedded_postgres(Path({str(tmp_path)!r})), flush=True)
        sys.stdin.readline()
    """)
    proc = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env()
    )
    try:
        first_url = proc.stdout.readline().strip()  # type: ignore[union-attr]
        pid_file = tmp_path / "pg" / "postmaster.pid"
        first_pid = pid_file.read_text().split()[0]
        second = subprocess.run(
            [sys.executable, "-c", holder], input="\n", capture_output=True, text=True, env=_env(), timeout=60
        )
        assert second.stdout.strip() == first_url
        assert pid_file.exists() and pid_file.read_text().split()[0] == first_pid  # still the same server
    finally:
        proc.communicate("\n", timeout=60)
    assert not pid_file.exists()  # the last holder stopped it cleanly
    assert db.APP_DATABASE in first_url

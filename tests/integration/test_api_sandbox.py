"""Python and script sandbox: escapes are contained (env, files, fork bomb, loops, memory, sockets)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from services.api_manager import sandbox
from services.api_manager.executors import RunRequest
from services.api_manager.executors.python import PythonExecutor, ScriptExecutor
from services.api_manager.settings import SPECS
from services.core import settings_registry

pytestmark = pytest.mark.skipif(not sandbox.isolation()["network"], reason="namespaces need root")


@pytest.fixture(autouse=True)
def _settings(db_url: str) -> None:
    settings_registry.declare(*SPECS)
    settings_registry.invalidate()


def _py(code: str, timeout_ms: int = 10_000):  # generous: the CI machine is shared
    return PythonExecutor().run(RunRequest(body=code, params={"x": 1}, timeout_ms=timeout_ms))


def test_the_environment_is_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPA_SECRET_KEY", "must-not-leak")
    result = _py("import os\nresult = [{'k': k, 'v': v} for k, v in os.environ.items()]")
    env = {row[0]: row[1] for row in result.rows}
    assert result.status == "ok" and set(env) == set(sandbox.CLEAN_ENV)
    assert "must-not-leak" not in str(result.rows)


def test_files_outside_the_work_dir_are_invisible(db_url: str) -> None:
    secret = Path(os.environ["SPA_DATA_DIR"]).parent / "secret.txt"
    secret.write_text("top secret")
    probe = (
        "import os\nseen = []\n"
        f"for path in ['/etc/passwd', '/root', '/proc/1/environ', {str(secret)!r}, '/work/../etc']:\n"
        "    seen.append({'path': path, 'exists': os.path.exists(path)})\n"
        "result = seen + [{'path': 'root listing', 'exists': sorted(os.listdir('/'))}]"
    )
    result = _py(probe)
    assert result.status == "ok", result.error
    rows = {row[0]: row[1] for row in result.rows}
    assert not any(rows[p] for p in ("/etc/passwd", "/root", "/proc/1/environ", str(secret)))
    assert set(rows["root listing"]) <= {"bin", "dev", "lib", "lib64", "sbin", "tmp", "usr", "work"}


def test_the_database_socket_and_network_are_unreachable(db_url: str) -> None:
    code = (
        "import socket\nout = []\n"
        "for family, address in [(socket.AF_INET, ('127.0.0.1', 5432)), (socket.AF_INET, ('1.1.1.1', 80)),"
        " (socket.AF_UNIX, '/tmp/.s.PGSQL.5432')]:\n"
        "    s = socket.socket(family)\n    s.settimeout(1)\n"
        "    try:\n        s.connect(address); out.append('connected')\n"
        "    except OSError as e:\n        out.append(type(e).__name__)\n"
        "result = out"
    )
    result = _py(code)
    assert result.status == "ok" and "connected" not in str(result.rows)


def test_an_infinite_loop_is_stopped() -> None:
    assert _py("while True:\n    pass", timeout_ms=800).status == "timeout"


def test_a_memory_bomb_fails() -> None:
    result = _py("blob = bytearray(4 * 1024 ** 3)\nresult = len(blob)")
    assert result.status == "error" and "MemoryError" in (result.error or "")


def test_a_fork_bomb_is_capped_and_cleaned_up() -> None:
    result = ScriptExecutor().run(
        RunRequest(body="b() { b | b & }; b; sleep 2; echo done", params={}, timeout_ms=3000)
    )
    assert result.status in ("ok", "error", "timeout")
    deadline = time.monotonic() + 10  # the run's user id is killed right after the run, off the caller's path
    while (leftovers := _sandbox_shells()) and time.monotonic() < deadline:
        assert len(leftovers) <= sandbox.MAX_PROCESSES  # capped by RLIMIT_NPROC while it lasts
        time.sleep(0.1)
    assert leftovers == []


def _sandbox_shells() -> list[Path]:
    return [
        p
        for p in Path("/proc").glob("[0-9]*/status")
        if "Uid:\t2" in _safe_read(p) and "bash" in _safe_read(p)
    ]


def _safe_read(path: Path) -> str:
    try:
        return path.read_text()
    except OSError:
        return ""


def test_background_processes_do_not_outlive_the_run() -> None:
    result = ScriptExecutor().run(RunRequest(body="(sleep 30 &) ; echo started", params={}, timeout_ms=3000))
    assert result.status == "ok" and result.rows == [["started"]]
    marker = "sleep\x0030\x00"  # the whole command line: "sleep 300" elsewhere on the machine is not it
    deadline = time.monotonic() + 15  # well before the sleep ends, with room for a loaded machine
    while (sleepers := [p for p in Path("/proc").glob("[0-9]*/cmdline") if _safe_read(p) == marker]) and (
        time.monotonic() < deadline
    ):
        time.sleep(0.1)
    assert sleepers == []


def test_big_files_are_refused() -> None:
    result = _py("open('big', 'wb').write(b'x' * (50 * 1024 * 1024))\nresult = 1")
    assert result.status == "error"


def test_output_is_captured_and_truncated() -> None:
    result = _py("print('y' * 200000)\nimport sys\nprint('warn', file=sys.stderr)\nresult = 1")
    assert result.status == "ok" and len(result.stdout) <= sandbox.MAX_OUTPUT + 10 and "warn" in result.stderr

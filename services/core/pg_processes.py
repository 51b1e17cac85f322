"""The embedded PostgreSQL's postmaster as the operating system shows it: its `postmaster.pid`, whether that
pid is still its live postmaster (not a zombie, not recycled), and clearing what a dead one left behind so
a new one can start (see `services.core.pg_supervisor`).
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

log = logging.getLogger(__name__)

LEFTOVER_GRACE_S = 2.0  # how long processes of a dead postmaster get to exit before they are killed


class EmbeddedPostgresError(RuntimeError):
    """The embedded PostgreSQL could not be started."""


@dataclass(frozen=True)
class PidFile:
    """What `postmaster.pid` says: the pid, the socket (dir and port) and the server status."""

    pid: int
    socket_dir: Path | None
    port: int
    status: str


def read_pid_file(pgdata: Path) -> PidFile | None:
    try:
        lines = (pgdata / "postmaster.pid").read_text().splitlines()
        return PidFile(
            pid=int(lines[0]),
            socket_dir=Path(lines[4].strip()) if len(lines) > 4 and lines[4].strip() else None,
            port=int(lines[3]) if len(lines) > 3 and lines[3].strip() else 5432,
            status=lines[7].strip() if len(lines) > 7 else "",
        )
    except (FileNotFoundError, IndexError, ValueError):
        return None


def process_state(pid: int, pgdata: Path) -> str:
    """`alive` (a postgres process of `pgdata`), `zombie`, `gone`, or `foreign` (the pid was recycled)."""
    try:
        proc = psutil.Process(pid)
        if proc.status() == psutil.STATUS_ZOMBIE:
            return "zombie"
        if proc.name() != "postgres":
            return "foreign"
        try:
            return "alive" if Path(proc.cwd()) == pgdata else "foreign"  # postgres works in its data dir
        except psutil.AccessDenied:
            return "alive"
    except psutil.ZombieProcess:
        return "zombie"
    except psutil.NoSuchProcess:
        return "gone"
    except psutil.AccessDenied:
        return "alive"


def postmaster_pid(pgdata: Path) -> int | None:
    """The pid of the live postmaster of `pgdata`; None when there is none (zombie, gone, pid recycled)."""
    pgdata = pgdata.expanduser().resolve()
    record = read_pid_file(pgdata)
    if record is None or process_state(record.pid, pgdata) != "alive":
        return None
    return record.pid


def _leftover_processes(pgdata: Path) -> list[psutil.Process]:
    """Live (non-zombie) postgres processes working in `pgdata`: backends of a postmaster that died."""
    found = []
    for proc in psutil.process_iter(["name"]):
        if proc.info["name"] != "postgres":
            continue
        try:
            if proc.status() != psutil.STATUS_ZOMBIE and Path(proc.cwd()) == pgdata:
                found.append(proc)
        except psutil.Error:
            continue
    return found


def _wait_gone(procs: list[psutil.Process], timeout_s: float) -> list[psutil.Process]:
    """Wait until every process exited (a zombie counts as exited); return those still running."""
    deadline = time.monotonic() + timeout_s
    while True:
        alive = []
        for proc in procs:
            try:
                if proc.status() != psutil.STATUS_ZOMBIE:
                    alive.append(proc)
            except psutil.Error:
                pass
        if not alive or time.monotonic() >= deadline:
            return alive
        time.sleep(0.05)


def clear_stale_server(pgdata: Path) -> None:
    """Make way for a new postmaster when the old one is dead; do nothing while it runs.

    Processes the dead postmaster left (they keep its shared memory and would block the start) get a moment
    to exit, then are killed. Lock files naming a zombie or a recycled pid are removed: PostgreSQL would take
    that pid for a running postmaster and refuse to start.
    """
    record = read_pid_file(pgdata)
    state = process_state(record.pid, pgdata) if record is not None else "gone"
    if state == "alive":
        return
    if leftovers := _leftover_processes(pgdata):
        alive = _wait_gone(leftovers, LEFTOVER_GRACE_S)
        if alive:
            log.warning("killing %d process(es) left by the dead embedded PostgreSQL: %s", len(alive), alive)
            for proc in alive:
                with contextlib.suppress(psutil.Error):
                    proc.kill()
            if alive := _wait_gone(alive, LEFTOVER_GRACE_S):
                pids = ", ".join(str(proc.pid) for proc in alive)
                raise EmbeddedPostgresError(f"processes of the previous server are still running: {pids}")
    if record is not None and state in ("zombie", "foreign"):
        # Safe once no process of the old server is left: PostgreSQL still finds its old shared memory
        # segment by key and refuses to start if anything is attached to it.
        log.info("removing postmaster.pid of %s postmaster %d in %s", state, record.pid, pgdata)
        (pgdata / "postmaster.pid").unlink(missing_ok=True)
        if record.socket_dir is not None:
            (record.socket_dir / f".s.PGSQL.{record.port}.lock").unlink(missing_ok=True)

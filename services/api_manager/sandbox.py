"""A separate process for Python and script logic: clean environment, own directory, hard limits.

As root the child gets new mount, network, IPC and UTS namespaces: its filesystem is a fresh root
holding only a read-only `/usr`, `/dev/{null,zero,urandom}`, `/tmp` and the run's `/work` directory
(no app files, secrets, data directory or database socket), and its network has no interface up. It
runs as a user id of its own (so `RLIMIT_NPROC` caps a fork bomb and every leftover process can be
killed by uid). Without root the same limits apply but files and network are not isolated, which
`isolation()` reports to the UI. Limits: CPU seconds, address space, file size, open files, wall
time; stdout/stderr are captured up to `MAX_OUTPUT` bytes each.
"""

from __future__ import annotations

import ctypes
import os
import resource
import secrets
import selectors
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MAX_OUTPUT = 64 * 1024
FILE_SIZE_LIMIT = 10 * 1024 * 1024
MAX_PROCESSES = 32
UID_RANGE = (200_000, 260_000)
CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWNET = 0x00020000, 0x04000000, 0x08000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 1, 2, 4, 32, 4096, 16384, 1 << 18
CLEAN_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/work", "TMPDIR": "/tmp"}

_libc = ctypes.CDLL(None, use_errno=True)


@dataclass(frozen=True)
class Limits:
    wall_ms: int
    cpu_seconds: int
    memory_mb: int


@dataclass
class ProcessResult:
    exit_code: int | None
    stdout: str
    stderr: str
    timed_out: bool
    killed_by: str | None
    workdir_files: dict[str, bytes]
    isolated: bool


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        os.write(2, f"sandbox: {what} failed: {os.strerror(errno)}\n".encode())
        os._exit(126)


def _mount(source: str, target: str, flags: int) -> None:
    _check(_libc.mount(source.encode(), target.encode(), None, flags, None), f"mount {target}")


@lru_cache(maxsize=1)
def isolation() -> dict[str, bool]:
    """What this host can isolate: namespaces (network + filesystem) need root."""
    if os.geteuid() != 0:
        return {"network": False, "filesystem": False}
    probe = subprocess.run(
        ["/usr/bin/true"],
        preexec_fn=lambda: _check(_libc.unshare(CLONE_NEWNS | CLONE_NEWNET), "unshare"),
        capture_output=True,
        check=False,
    )
    ok = probe.returncode == 0
    return {"network": ok, "filesystem": ok}


def _build_root(base: Path, uid: int) -> Path:
    root = base / "root"
    for name in ("usr", "dev", "tmp", "work"):
        (root / name).mkdir(parents=True)
    for name in ("bin", "lib", "lib64", "sbin"):
        target = Path("/") / name
        if target.is_symlink():
            (root / name).symlink_to(os.readlink(target))
        elif target.is_dir():
            (root / name).mkdir()
    for device in ("null", "zero", "urandom"):
        (root / "dev" / device).touch()
    os.chmod(root / "tmp", 0o1777)
    os.chown(root / "work", uid, uid)
    os.chmod(root / "work", 0o700)
    return root


def _enter(root: Path, uid: int, limits: Limits, isolate: bool) -> None:
    """Runs in the child between fork and exec."""
    if isolate:
        _check(_libc.unshare(CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS), "unshare")
        _mount("none", "/", MS_REC | MS_PRIVATE)
        for name in ("usr", "bin", "lib", "lib64", "sbin"):
            target = root / name
            if target.is_dir() and not target.is_symlink():
                _mount(f"/{name}", str(target), MS_BIND | MS_REC)
                _mount("none", str(target), MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)
        for device in ("null", "zero", "urandom"):
            _mount(f"/dev/{device}", str(root / "dev" / device), MS_BIND)
        _check(_libc.chroot(str(root).encode()), "chroot")
        os.chdir("/work")
    else:
        os.chdir(root / "work")
    os.setsid()
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 1))
    memory = limits.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if os.geteuid() == 0:
        resource.setrlimit(resource.RLIMIT_NPROC, (MAX_PROCESSES, MAX_PROCESSES))
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    os.umask(0o077)


def _collect_output(proc: subprocess.Popen, stdin: bytes, deadline: float) -> tuple[bytes, bytes, bool]:
    """Feed stdin, read stdout/stderr (each kept up to MAX_OUTPUT) until the process exits or time runs
    out; returns (stdout, stderr, timed_out). A child left holding the pipes does not keep us waiting."""
    assert proc.stdin and proc.stdout and proc.stderr
    try:
        proc.stdin.write(stdin)
        proc.stdin.close()
    except BrokenPipeError:
        pass
    streams = {proc.stdout.fileno(): bytearray(), proc.stderr.fileno(): bytearray()}

    def take(fd: int) -> bool:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            return False
        keep = MAX_OUTPUT - len(streams[fd])
        if keep > 0:
            streams[fd] += chunk[:keep]
        return bool(chunk)

    exited = os.pidfd_open(proc.pid)
    timed_out = False
    try:
        with selectors.DefaultSelector() as selector:
            for fd in streams:
                selector.register(fd, selectors.EVENT_READ)
            selector.register(exited, selectors.EVENT_READ)
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    timed_out = True
                    break
                ready = [key.fd for key, _ in selector.select(remaining)]
                if exited in ready:
                    break
                for fd in ready:
                    if not take(fd):
                        selector.unregister(fd)
        for fd in streams:  # what the process wrote before it exited
            os.set_blocking(fd, False)
            while take(fd):
                pass
    finally:
        os.close(exited)
    return bytes(streams[proc.stdout.fileno()]), bytes(streams[proc.stderr.fileno()]), timed_out


def _clean_up(uid: int | None, base: Path) -> None:
    """Kill what the run left behind and remove its directory (off the caller's path)."""
    if uid is not None:
        kill_uid(uid)
    shutil.rmtree(base, ignore_errors=True)


def kill_uid(uid: int) -> None:
    """SIGKILL every process running as `uid` (from a child that takes that uid: kill(-1) reaches exactly those)."""
    pid = os.fork()
    if pid == 0:  # only async-signal-safe work until _exit
        try:
            os.setuid(uid)
            for _ in range(3):
                os.kill(-1, signal.SIGKILL)
        except OSError:
            pass
        os._exit(0)
    os.waitpid(pid, 0)


def run(
    argv: list[str],
    *,
    files: dict[str, bytes],
    stdin: bytes,
    limits: Limits,
    env: dict[str, str] | None = None,
    collect: tuple[str, ...] = (),
) -> ProcessResult:
    """Run `argv` in a fresh sandbox with `files` in its /work; collect the named output files."""
    isolate = isolation()["network"]
    uid = secrets.randbelow(UID_RANGE[1] - UID_RANGE[0]) + UID_RANGE[0]
    base = Path(tempfile.mkdtemp(prefix="spa-sandbox-"))
    try:
        root = _build_root(base, uid if os.geteuid() == 0 else os.getuid())
        work = root / "work"
        for name, content in files.items():
            (work / name).write_bytes(content)
            os.chown(work / name, *(2 * [uid if os.geteuid() == 0 else os.getuid()]))
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**CLEAN_ENV, **(env or {}), **({} if isolate else {"HOME": str(work)})},
            preexec_fn=lambda: _enter(root, uid, limits, isolate),
            close_fds=True,
        )
        stdout, stderr, timed_out = _collect_output(proc, stdin, time.monotonic() + limits.wall_ms / 1000)
        if timed_out:
            proc.kill()
        proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()
        collected = {}
        for name in collect:
            try:  # never follow a link the code left in place of its output
                fd = os.open(work / name, os.O_RDONLY | os.O_NOFOLLOW)
            except OSError:
                continue
            with os.fdopen(fd, "rb") as handle:
                collected[name] = handle.read(FILE_SIZE_LIMIT)
        code = proc.returncode
        killed_by = signal.Signals(-code).name if code is not None and code < 0 else None
        return ProcessResult(
            exit_code=code,
            stdout=stdout.decode("utf-8", "replace"),
            stderr=stderr.decode("utf-8", "replace"),
            timed_out=timed_out,
            killed_by=killed_by,
            workdir_files=collected,
            isolated=isolate,
        )
    finally:
        owner = uid if os.geteuid() == 0 else None
        threading.Thread(target=_clean_up, args=(owner, base), daemon=True).start()

"""A real Neo4j 5.x Community server for tests, without Docker.

The server is a small Java program (``tests/support/neo4j-launcher``) that runs Neo4j's
embedded DBMS with the Bolt connector on ``127.0.0.1:PORT`` and authentication
disabled (connect with ``auth=None``).

Usage from tests::

    from tests.support.neo4j_server import running_neo4j

    with running_neo4j(tmp_path / "neo4j") as uri:   # "bolt://127.0.0.1:PORT"
        ...

Manual use: ``python -m tests.support.neo4j_server [--data-dir DIR]`` builds the
launcher if needed, starts the server, prints the URI and waits for Ctrl-C.

Needs ``java`` (17 or 21) and ``mvn`` (the first build downloads Neo4j's jars from
Maven Central into ``~/.m2``). Set ``NEO4J_LAUNCHER_JAVA`` to use another ``java``
(otherwise ``$JAVA_HOME/bin/java`` when JAVA_HOME is set, else ``java`` on PATH).
Standard library only.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

LAUNCHER_DIR = Path(__file__).resolve().parent / "neo4j-launcher"
LAUNCHER_JAR = LAUNCHER_DIR / "target" / "neo4j-launcher.jar"
READY_PREFIX = "NEO4J_READY "

DEFAULT_JVM_ARGS: tuple[str, ...] = (
    "-Xmx512m",
    # C1 only: ~1-2 s faster start and less RSS; test workloads are tiny.
    "-XX:TieredStopAtLevel=1",
)
DEFAULT_STARTUP_TIMEOUT = 120.0
BUILD_TIMEOUT = 1800.0
_TAIL_LINES = 60


def _sources() -> list[Path]:
    files = [LAUNCHER_DIR / "pom.xml"]
    files.extend(p for p in (LAUNCHER_DIR / "src").rglob("*") if p.is_file())
    return files


def _is_stale() -> bool:
    if not LAUNCHER_JAR.is_file() or not (LAUNCHER_DIR / "target" / "lib").is_dir():
        return True
    built = LAUNCHER_JAR.stat().st_mtime
    return any(p.stat().st_mtime > built for p in _sources())


def build_launcher() -> Path:
    """Build the launcher jar with Maven if it is missing or older than its sources.

    Returns the path of the runnable jar (its dependencies are in ``target/lib``).
    Safe to call from several processes at once (a file lock serialises builds).
    """
    if not _is_stale():
        return LAUNCHER_JAR
    mvn = shutil.which("mvn")
    if mvn is None:
        raise RuntimeError(f"neo4j launcher: 'mvn' not found on PATH; cannot build {LAUNCHER_DIR}")
    (LAUNCHER_DIR / "target").mkdir(exist_ok=True)
    with open(LAUNCHER_DIR / "target" / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _is_stale():  # another process built it while we waited
            return LAUNCHER_JAR
        cmd = [mvn, "-q", "-B", "package"]
        env = dict(os.environ)
        java_home = _java_home()
        if java_home is not None:
            env["JAVA_HOME"] = java_home
        try:
            proc = subprocess.run(
                cmd,
                cwd=LAUNCHER_DIR,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=BUILD_TIMEOUT,
            )
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError(
                f"neo4j launcher: {' '.join(cmd)} timed out after {BUILD_TIMEOUT:.0f}s:\n"
                + _tail_text(exc.output or "")
            ) from exc
        if proc.returncode != 0 or not LAUNCHER_JAR.is_file():
            raise RuntimeError(
                f"neo4j launcher: {' '.join(cmd)} (in {LAUNCHER_DIR}) failed with exit code "
                f"{proc.returncode}:\n" + _tail_text(proc.stdout)
            )
        # Make the freshness check robust against clock granularity.
        LAUNCHER_JAR.touch()
    return LAUNCHER_JAR


def _java_home() -> str | None:
    java = os.environ.get("NEO4J_LAUNCHER_JAVA")
    if java:
        return str(Path(java).resolve().parent.parent)
    return os.environ.get("JAVA_HOME") or None


def _java() -> str:
    java = os.environ.get("NEO4J_LAUNCHER_JAVA")
    if java:
        return java
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    found = shutil.which("java")
    if found is None:
        raise RuntimeError("neo4j launcher: 'java' not found (set JAVA_HOME or NEO4J_LAUNCHER_JAVA)")
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail_text(text: str, n: int = _TAIL_LINES) -> str:
    return "\n".join(text.splitlines()[-n:])


def _file_tail(path: Path, n: int = 30) -> str:
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - 64 * 1024))
            data = f.read().decode("utf-8", "replace")
    except OSError:
        return ""
    return _tail_text(data, n)


class _Server:
    """One launcher process plus threads that drain its stdout/stderr."""

    def __init__(self, cmd: list[str]) -> None:
        self.cmd = cmd
        self.output: collections.deque[str] = collections.deque(maxlen=400)
        self.ready_line: str | None = None
        self.ready = threading.Event()
        self.proc = subprocess.Popen(
            cmd,
            # Kept open and never written: the launcher exits when it reaches EOF, i.e.
            # when this Python process dies without running our cleanup.
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
            errors="replace",
        )
        self._threads = [
            threading.Thread(target=self._pump, args=(self.proc.stdout, True), daemon=True),
            threading.Thread(target=self._pump, args=(self.proc.stderr, False), daemon=True),
        ]
        for t in self._threads:
            t.start()

    def _pump(self, stream, is_stdout: bool) -> None:
        for line in stream:
            line = line.rstrip("\n")
            self.output.append(line)
            if is_stdout and line.startswith(READY_PREFIX) and self.ready_line is None:
                self.ready_line = line
                self.ready.set()
        stream.close()

    def stop(self, timeout: float = 30.0) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        if self.proc.stdin is not None:
            with contextlib.suppress(OSError):
                self.proc.stdin.close()
        for t in self._threads:
            t.join(timeout=5)

    def tail(self) -> str:
        return "\n".join(list(self.output)[-_TAIL_LINES:])


def _wait_tcp(port: int, deadline: float) -> bool:
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1.0):
                return True
        except OSError:
            time.sleep(0.1)
    return False


@contextlib.contextmanager
def running_neo4j(
    data_dir: Path,
    *,
    port: int | None = None,
    startup_timeout: float = DEFAULT_STARTUP_TIMEOUT,
    jvm_args: Sequence[str] = DEFAULT_JVM_ARGS,
) -> Iterator[str]:
    """Start a Neo4j server storing its files in ``data_dir``; yield its Bolt URI.

    Auth is disabled (use ``auth=None`` with the driver). The server is stopped
    (SIGTERM, then SIGKILL after 30 s) when the block exits. Raises RuntimeError, with
    the launcher's output and the tail of Neo4j's debug.log, if it does not come up
    within ``startup_timeout`` seconds.
    """
    jar = build_launcher()
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)

    attempts = 1 if port is not None else 3  # a picked free port can be taken meanwhile
    last_error: RuntimeError | None = None
    for _ in range(attempts):
        p = port if port is not None else _free_port()
        cmd = [
            _java(),
            *jvm_args,
            "-jar",
            str(jar),
            "--port",
            str(p),
            "--data-dir",
            str(data_dir),
            "--exit-on-stdin-eof",
        ]
        server = _Server(cmd)
        try:
            uri = _await_ready(server, p, data_dir, startup_timeout)
        except RuntimeError as exc:
            server.stop()
            last_error = exc
            if "Address already in use" in server.tail():
                continue
            raise
        except BaseException:
            server.stop()
            raise
        try:
            yield uri
        finally:
            server.stop()
        return
    assert last_error is not None
    raise last_error


def _await_ready(server: _Server, port: int, data_dir: Path, timeout: float) -> str:
    start = time.monotonic()
    deadline = start + timeout
    while not server.ready.wait(0.1):
        if server.proc.poll() is not None:
            server.stop()
            raise RuntimeError(_failure(server, data_dir, f"exited with code {server.proc.returncode}"))
        if time.monotonic() > deadline:
            raise RuntimeError(_failure(server, data_dir, f"not ready after {timeout:.0f}s"))
    assert server.ready_line is not None
    uri = server.ready_line[len(READY_PREFIX) :].strip()
    if not _wait_tcp(port, deadline):
        raise RuntimeError(_failure(server, data_dir, f"printed READY but port {port} does not accept"))
    return uri


def _failure(server: _Server, data_dir: Path, what: str) -> str:
    msg = [
        f"neo4j launcher {what}",
        "command: " + " ".join(server.cmd),
        "--- launcher output (tail) ---",
        server.tail(),
    ]
    debug_log = _file_tail(data_dir / "logs" / "debug.log")
    if debug_log:
        msg += [f"--- {data_dir / 'logs' / 'debug.log'} (tail) ---", debug_log]
    return "\n".join(msg)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run a Neo4j test server (Bolt, no auth) until Ctrl-C.")
    parser.add_argument("--data-dir", type=Path, help="where Neo4j keeps its files (default: a temp dir)")
    parser.add_argument("--port", type=int, help="Bolt port (default: a free one)")
    args = parser.parse_args(argv)

    t0 = time.monotonic()
    jar = build_launcher()
    print(f"launcher: {jar} (ready in {time.monotonic() - t0:.1f}s)", file=sys.stderr, flush=True)
    with contextlib.ExitStack() as stack:
        data_dir = args.data_dir
        if data_dir is None:
            data_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="neo4j-")))
        t0 = time.monotonic()
        uri = stack.enter_context(running_neo4j(data_dir, port=args.port))
        print(f"started in {time.monotonic() - t0:.1f}s, data in {data_dir}", file=sys.stderr, flush=True)
        print(uri, flush=True)
        try:
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Cold start of `spa-ai run` to the first healthy /api/health, and idle memory of the process tree.

The frontend is built once (first run); each measured run then starts the app on the same data dir
(embedded PostgreSQL stopped in between), so the time covers: Python start, embedded PostgreSQL
start, migrations check, app import and the server coming up. Targets: ≤ 20 s, ≤ 700 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]
TARGET_START_S = 20.0
TARGET_RSS_MB = 700.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(data_dir: Path, port: int) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPA_")}
    env["PATH"] = f"{ROOT / '.bun/node_modules/.bin'}:{env['PATH']}"
    return subprocess.Popen(
        [sys.executable, "-m", "spa_ai.cli", "run", "--data-dir", str(data_dir), "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def wait_healthy(port: int, proc: subprocess.Popen, timeout: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"app exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return time.perf_counter() - started
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise RuntimeError("app did not become healthy")


def tree_rss_mb(pid: int, data_dir: Path) -> tuple[float, float]:
    """RSS of the app's process tree and of the embedded PostgreSQL serving `data_dir`, in MB."""
    root = psutil.Process(pid)
    app = sum(p.memory_info().rss for p in [root, *root.children(recursive=True)])
    pg = 0
    for proc in psutil.process_iter(["name", "cmdline"]):
        cmd = " ".join(proc.info["cmdline"] or [])
        if proc.info["name"] == "postgres" and str(data_dir) in cmd:
            pg += sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)])
    return app / 2**20, pg / 2**20


def stop(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--idle-seconds", type=float, default=15)
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        first = start(data_dir, port)
        first_run_s = wait_healthy(port, first, timeout=600)
        stop(first)
        starts, app_rss, pg_rss = [], [], []
        for _ in range(args.runs):
            proc = start(data_dir, port)
            starts.append(wait_healthy(port, proc, timeout=120))
            time.sleep(args.idle_seconds)
            app_mb, pg_mb = tree_rss_mb(proc.pid, data_dir)
            app_rss.append(app_mb)
            pg_rss.append(pg_mb)
            stop(proc)
    result = {
        "first_run_s": round(first_run_s, 2),
        "cold_start_s": {"min": round(min(starts), 2), "max": round(max(starts), 2), "runs": len(starts)},
        "idle_rss_mb": {
            "app_tree": round(max(app_rss), 1),
            "embedded_postgres": round(max(pg_rss), 1),
            "total": round(max(a + p for a, p in zip(app_rss, pg_rss, strict=True)), 1),
        },
        "targets": {"cold_start_s": TARGET_START_S, "idle_rss_mb": TARGET_RSS_MB},
    }
    result["pass"] = (
        result["cold_start_s"]["max"] <= TARGET_START_S and result["idle_rss_mb"]["total"] <= TARGET_RSS_MB
    )
    print(json.dumps(result))
    print(f"{'measure':<34}{'value':>12}{'target':>10}")
    print(f"{'first run (build, initdb, demo)':<34}{first_run_s:>11.1f}s{'':>10}")
    print(f"{'cold start to healthy (max)':<34}{max(starts):>11.1f}s{TARGET_START_S:>9.0f}s")
    print(f"{'idle RSS app tree':<34}{max(app_rss):>10.0f}MB")
    print(f"{'idle RSS embedded PostgreSQL':<34}{max(pg_rss):>10.0f}MB")
    print(f"{'idle RSS total':<34}{result['idle_rss_mb']['total']:>10.0f}MB{TARGET_RSS_MB:>8.0f}MB")


if __name__ == "__main__":
    main()

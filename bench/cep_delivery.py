"""CEP delivery: how fast the outbox takes notifications and gets them to a webhook, and that none is
lost or doubled.

On a fresh embedded PostgreSQL, with the real notification loop running in this process (its wake-up on
commit included) and a local HTTP receiver behind a signed webhook channel: (1) steady — a producer
enqueues one notification per transaction at `--rate` per second for `--seconds`; enqueue latency is
the enqueue + commit, delivery latency is commit → arrival at the receiver; (2) burst — `--burst`
notifications queued at once, drained by two loops (two "replicas"), rows/s. Lost and duplicated counts
come from the receiver (by payload number). Targets (issue 9): enqueue p95 ≤ 20 ms, delivery p95 ≤ 1 s,
0 lost, 0 duplicated.

    .venv/bin/python bench/cep_delivery.py [--rate 100] [--seconds 20] [--burst 2000] [--json-only]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_ENQUEUE_P95_MS = 20.0
TARGET_DELIVERY_P95_MS = 1000.0
RECEIVER = r"""
import json, sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

out = open(sys.argv[1], "a", buffering=1)


class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        out.write(f"{json.loads(body)['payload']['n']} {time.monotonic()}\n")
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")


ThreadingHTTPServer.request_queue_size = 256  # http.server's default backlog of 5 drops bursts of connects
server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), Receiver)
print("ready", flush=True)
server.serve_forever()
"""


class Arrivals:
    """What the receiver (its own process, so it does not share our GIL) logged: number → arrival times
    (CLOCK_MONOTONIC is the same clock in both processes)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> dict[int, list[float]]:
        seen: dict[int, list[float]] = {}
        for line in self.path.read_text().splitlines():
            number, at = line.split()
            seen.setdefault(int(number), []).append(float(at))
        return seen


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    if not ordered:
        return {"p50_ms": 0.0, "p95_ms": 0.0, "max_ms": 0.0}
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
    }


def setup(data_dir: Path, url: str) -> int:
    os.environ["SPA_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("SPA_SECRET_KEY", "bench-secret-" + "b" * 32)
    os.environ["SPA_CEP_HTTP_ALLOWED_NETWORKS"] = "127.0.0.1/32"
    from services.cep.channel_service import create_channel
    from services.cep.delivery_models import ChannelCreate
    from services.core import db
    from services.core.security import SYSTEM
    from services.core.settings import reset_settings
    from services.domains import install_domains

    reset_settings()
    db.upgrade_database()
    install_domains()
    with db.session_scope() as session:
        body = ChannelCreate(
            name="bench",
            kind="webhook",
            config={"url": url},
            secrets={"signing_secret": "bench"},
            rate_limit_per_minute=1_000_000,
        )
        channel = create_channel(session, actor=SYSTEM, body=body)
        assert channel.id is not None
        return channel.id


def enqueue(channel_id: int, number: int) -> float:
    """Enqueue one notification in its own transaction; returns the commit time."""
    from services.cep import outbox
    from services.core.db import session_scope

    with session_scope() as session:
        outbox.enqueue(
            session,
            actions=[{"kind": "notify", "params": {"channel_ids": [channel_id]}}],
            payload={"rule": {"name": "bench"}, "state": "firing", "n": number},
            dedup_key=f"bench-{number}",
        )
    return time.monotonic()


class Loops:
    """`count` notification loops, each in its own thread and event loop (like replicas)."""

    def __init__(self, count: int) -> None:
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=asyncio.run, args=(self._main(),)) for _ in range(count)]

    async def _main(self) -> None:
        from services.cep import outbox

        task = asyncio.create_task(outbox.notification_loop())
        while not self.stop.is_set():
            await asyncio.sleep(0.05)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    def __enter__(self) -> Loops:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=30)


def wait_for(arrivals: Arrivals, numbers: range, timeout_s: float) -> dict[int, list[float]]:
    deadline = time.monotonic() + timeout_s
    while True:
        seen = arrivals.read()
        if all(n in seen for n in numbers) or time.monotonic() > deadline:
            return seen
        time.sleep(0.1)


def steady(arrivals: Arrivals, channel_id: int, rate: float, seconds: float) -> dict[str, Any]:
    total = int(rate * seconds)
    committed: dict[int, float] = {}
    enqueue_s: list[float] = []
    with Loops(1):
        time.sleep(1.0)
        start = time.monotonic()
        for number in range(total):
            due = start + number / rate
            if (pause := due - time.monotonic()) > 0:
                time.sleep(pause)
            began = time.monotonic()
            committed[number] = enqueue(channel_id, number)
            enqueue_s.append(committed[number] - began)
        seen = wait_for(arrivals, range(total), 60)
    delivery = [seen[n][0] - committed[n] for n in range(total) if n in seen]
    lost = sum(1 for n in range(total) if n not in seen)
    doubled = sum(1 for n in range(total) if len(seen.get(n, [])) > 1)
    return {
        "notifications": total,
        "rate_per_s": rate,
        "enqueue": percentiles(enqueue_s),
        "delivery": percentiles(delivery),
        "lost": lost,
        "duplicated": doubled,
    }


def cpu_s(data_dir: Path) -> tuple[float, float]:
    """CPU seconds (user + system) used so far by this process and by the embedded PostgreSQL (its live
    processes, and the backends that exited, which the postmaster reaped into its children's times)."""
    import psutil

    own = psutil.Process().cpu_times()
    postgres = 0.0
    if pidfile := next(data_dir.glob("pg/**/postmaster.pid"), None):
        master = psutil.Process(int(pidfile.read_text().split()[0]))
        reaped = master.cpu_times()
        postgres += reaped.children_user + reaped.children_system
        for proc in [master, *master.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):
                times = proc.cpu_times()
                postgres += times.user + times.system
    return own.user + own.system, postgres


def burst(arrivals: Arrivals, channel_id: int, count: int, offset: int, data_dir: Path) -> dict[str, Any]:
    for number in range(offset, offset + count):
        enqueue(channel_id, number)
    started = time.monotonic()
    numbers = range(offset, offset + count)
    own0, pg0 = cpu_s(data_dir)
    with Loops(2):
        seen = wait_for(arrivals, numbers, 300)
        elapsed = time.monotonic() - started
        own1, pg1 = cpu_s(data_dir)
    lost = sum(1 for n in numbers if n not in seen)
    doubled = sum(1 for n in numbers if len(seen.get(n, [])) > 1)
    return {
        "notifications": count,
        "loops": 2,
        "rows_per_s": round(count / elapsed, 1),
        # CPU per delivered notification: the loops (claim, render, sign, send, settle) and PostgreSQL
        "cpu_ms_per_notification": {
            "app": round((own1 - own0) * 1000 / count, 3),
            "postgres": round((pg1 - pg0) * 1000 / count, 3),
        },
        "lost": lost,
        "duplicated": doubled,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--burst", type=int, default=2000)
    parser.add_argument("--json-only", action="store_true")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="bench-cep-"))
    log = data_dir / "arrivals.log"
    log.touch()
    port = free_port()
    receiver = subprocess.Popen(
        [sys.executable, "-c", RECEIVER, str(log), str(port)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert receiver.stdout is not None and receiver.stdout.readline().strip() == "ready"
        arrivals = Arrivals(log)
        channel_id = setup(data_dir, f"http://127.0.0.1:{port}/hook")
        results = {
            "steady": steady(arrivals, channel_id, args.rate, args.seconds),
            "burst": burst(arrivals, channel_id, args.burst, offset=1_000_000, data_dir=data_dir),
            "load_average": os.getloadavg()[0],
        }
    finally:
        from services.core import db

        receiver.kill()
        db.reset_engine()
        shutil.rmtree(data_dir, ignore_errors=True)
    print(json.dumps(results))
    if args.json_only:
        return
    s, b = results["steady"], results["burst"]
    print("\n| measure | p50 | p95 | max | target |\n|---|---|---|---|---|")
    print(
        f"| enqueue + commit (ms) | {s['enqueue']['p50_ms']} | {s['enqueue']['p95_ms']} | {s['enqueue']['max_ms']} | p95 ≤ {TARGET_ENQUEUE_P95_MS} |"
    )
    print(
        f"| commit → webhook (ms) | {s['delivery']['p50_ms']} | {s['delivery']['p95_ms']} | {s['delivery']['max_ms']} | p95 ≤ {TARGET_DELIVERY_P95_MS} |"
    )
    print(
        f"| steady lost / duplicated | {s['lost']} / {s['duplicated']} of {s['notifications']} | | | 0 / 0 |"
    )
    print(f"| burst drain, 2 loops (rows/s) | {b['rows_per_s']} | | | |")
    cpu = b["cpu_ms_per_notification"]
    print(f"| burst CPU per notification: app / PostgreSQL (ms) | {cpu['app']} / {cpu['postgres']} | | | |")
    print(
        f"| burst lost / duplicated | {b['lost']} / {b['duplicated']} of {b['notifications']} | | | 0 / 0 |"
    )


if __name__ == "__main__":
    main()

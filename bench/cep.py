"""CEP engine: metric-rule throughput and tick lag, and events → webhook notifications end to end.

1. Metric rules: `--rules` HTTP rules (poll interval `--interval` s, due times spread over the interval)
   against a local metrics server (rule i reads URL i mod `--sources`: 1, the default, lets a tick send one
   GET for all its rules; `--sources` ≥ `--rules` gives every rule its own); the metric loop of a leader
   `CepScheduler` ticks every `METRIC_TICK_S` (as the app's) with at most `--concurrency` source reads
   at once, for `--duration` s: evaluations/s and tick lag (p50/p95/max).
2. Events: the REST app served by uvicorn on a free port; `--rate` events/s for `--event-seconds` s through
   `POST /api/cep/events` (API key), each a new instance of an event rule whose action is a webhook to a
   local receiver (one message per alert, `group_wait` 0), while this process's leader inbox consumer
   evaluates and its notification loop drains the outbox: enqueue p50/p95 (the POST, durable in the inbox),
   delivery p50/p95 (POST sent → webhook received), lost and duplicated notifications, RSS.
3. Beside Prometheus: the same firing scenario — a gauge of a local exporter crosses a threshold and
   stays above it, the rule has `for` — through a real Prometheus (scrape and evaluation every
   `--compare-interval` s) → a real Alertmanager (`group_wait` `--group-wait` s) → webhook, and through
   SPA AI (a metric rule polling the same exporter every `--compare-interval` s, leader scheduler and
   notification loop in this process) → webhook: time from the crossing to the delivered notification,
   `--compare-reps` crossings staggered so they fall at different phases of the polling grid.
Targets (issue 9): tick lag < 1 s; enqueue p95 ≤ 20 ms; delivery p95 ≤ 1 s; 0 lost, 0 duplicated.

    .venv/bin/python bench/cep.py [--rules 5000] [--interval 30] [--concurrency 50] [--duration 65] [--sources 1]
                                  [--rate 1000] [--event-seconds 60] [--compare-reps 5]
                                  [--compare-interval 5] [--compare-for 10] [--group-wait 1]
                                  [--sections metric,events,compare] [--only-compare] [--json-only]
The defaults are the issue's full scenario; the JSON result is followed by a Markdown table. CPU time per
event (by stage, and PostgreSQL's) and per evaluation is reported too: it depends less on machine load.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import json
import multiprocessing
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGETS = {"tick_lag_ms": 1000.0, "enqueue_p95_ms": 20.0, "delivery_p95_ms": 1000.0}
WORK: Path | None = None


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def thread_cpu_s(native_ids: dict[str, int]) -> dict[str, float]:
    """CPU seconds (user + system) each named thread of this process has used so far."""
    used = {t.id: t.user_time + t.system_time for t in psutil.Process().threads()}
    return {name: used.get(tid, 0.0) for name, tid in native_ids.items()}


def process_cpu_s() -> float:
    times = psutil.Process().cpu_times()
    return float(times.user + times.system)


def postgres_cpu_s() -> float:
    """CPU seconds of the embedded PostgreSQL: its live processes, and the backends that exited (the
    postmaster reaps them into its children's times)."""
    pidfile = next(WORK.glob("data/pg/**/postmaster.pid"), None) if WORK else None
    if pidfile is None:
        return float("nan")
    master = psutil.Process(int(pidfile.read_text().split()[0]))
    reaped = master.cpu_times()
    total = reaped.children_user + reaped.children_system
    for proc in [master, *master.children(recursive=True)]:
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # socketserver's listen backlog of 5 drops concurrent connects: 1 s SYN retries


def serve(handler: type[BaseHTTPRequestHandler]) -> str:
    server = Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


class Metrics(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"data": {"value": random.random() * 100}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: Any) -> None:
        pass


RECEIVER = r"""
import json, sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

out = open(sys.argv[1], "a", buffering=1)


class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a production webhook endpoint would

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)))
        out.write(f"{time.monotonic()} {body['payload']['labels']['seq']}\n")
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
"""


class Received:
    """The webhook receiver, in a process of its own (so it shares neither the app's interpreter lock
    nor its CPU time): what arrived, as (CLOCK_MONOTONIC time, seq) — the same clock in every process."""

    def __init__(self, work: Path) -> None:
        self.log = work / "received.log"
        self.log.touch()
        self.process = subprocess.Popen(
            [sys.executable, "-c", RECEIVER, str(self.log)], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        self.url = f"http://127.0.0.1:{int(self.process.stdout.readline())}/hook"
        atexit.register(self.process.kill)

    def read(self) -> list[tuple[float, str]]:
        rows = (line.split() for line in self.log.read_text().splitlines())
        return [(float(at), seq) for at, seq in rows]


def setup(work: Path) -> None:
    from services.core import db, settings_registry
    from services.core.settings import reset_settings

    (work / "data").mkdir()
    url = db.start_embedded_postgres(work / "data")
    db.upgrade_database(url)
    os.environ.update(
        SPA_DATABASE_URL=url,
        SPA_DATA_DIR=str(work / "data"),
        SPA_SECRET_KEY="bench-secret-" + "b" * 32,
        SPA_CEP_SOURCE_ALLOWED_NETWORKS="127.0.0.1/32",
        SPA_CEP_HTTP_ALLOWED_NETWORKS="127.0.0.1/32",
    )
    reset_settings()
    db.reset_engine()
    settings_registry.invalidate()
    from services.domains import install_domains

    install_domains()


def metric_rules(args: argparse.Namespace) -> dict[str, Any]:
    from sqlalchemy import text

    from services.cep.scheduler import METRIC_TICK_S, CepScheduler
    from services.cep.schema import RuleSpec
    from services.cep.service import create_rule
    from services.core.clock import utcnow
    from services.core.db import session_scope
    from services.core.security import SYSTEM

    url = serve(Metrics) + "/value"
    started = time.perf_counter()
    sources = max(1, args.sources)
    with session_scope() as session:
        for i in range(args.rules):
            spec = {
                "name": f"bench rule {i:05d}",
                "trigger": {"kind": "metric", "poll_interval_seconds": args.interval},
                "source": {
                    "kind": "http",
                    "url": f"{url}/{i % sources}",
                    "json_path": "$.data.value",
                    "timeout_seconds": 5,
                },
                "condition": {"op": ">", "threshold": 90, "for_seconds": 60},
            }
            create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(spec))
        now = utcnow()
        session.execute(
            text("UPDATE cep_rules SET next_run_at = :now + make_interval(secs => random() * :span)"),
            {"now": now + timedelta(seconds=2), "span": args.interval},
        )
    created_s = time.perf_counter() - started

    async def run() -> tuple[list[float], int, float]:
        asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=args.concurrency))
        scheduler = CepScheduler(concurrency=args.concurrency)
        assert scheduler.check_leader()
        lags, total, begin = [], 0, time.monotonic()
        while time.monotonic() - begin < args.duration:
            tick = time.monotonic()
            total += await scheduler.run_due("metric", ("metric",), args.concurrency)
            lags.append(scheduler.loops["metric"].last_lag_ms or 0.0)
            await asyncio.sleep(max(0.0, METRIC_TICK_S - (time.monotonic() - tick)))
        elapsed = time.monotonic() - begin
        await asyncio.to_thread(scheduler.stop)
        return lags, total, elapsed

    cpu0, pg0 = process_cpu_s(), postgres_cpu_s()
    lags, total, elapsed = asyncio.run(run())
    cpu, pg = process_cpu_s() - cpu0, postgres_cpu_s() - pg0
    return {
        "rules": args.rules,
        "interval_s": args.interval,
        "concurrency": args.concurrency,
        "distinct_sources": min(sources, args.rules),
        "create_s": round(created_s, 1),
        "evaluations": total,
        "evaluations_per_s": round(total / elapsed, 1),
        "expected_per_s": round(args.rules / args.interval, 1),
        "tick_lag_ms": {
            "p50": round(pct(lags, 0.5), 1),
            "p95": round(pct(lags, 0.95), 1),
            "max": round(max(lags), 1),
        },
        # the bench process includes the local metrics server answering every read
        "cpu_ms_per_evaluation": {
            "process": round(cpu * 1000 / max(total, 1), 2),
            "postgres": round(pg * 1000 / max(total, 1), 2) if pg >= 0 else None,  # backends exited
        },
    }


SENDER_CONNECTIONS = 64


def send_events(
    url: str, secret: str, rate: float, seconds: float
) -> tuple[dict[str, float], list[float], Counter[str], float]:
    """The load: `rate` events/s for `seconds` s, each its own POST on one of SENDER_CONNECTIONS keep-alive
    connections, written as raw HTTP/1.1 (httpx's pool spends CPU per waiting request and saturated its own
    core first: the sender, not the app, set the rate). Run in a separate process, so the sender neither
    shares the app's interpreter lock nor counts in its CPU time. An event's clock starts at its scheduled
    send time, so a backlog in the sender counts against the app (no coordinated omission); `time.monotonic`
    is the system's monotonic clock, comparable across processes. (sent at per seq, enqueue ms, failures,
    seconds until the last answer)."""
    host, port = url.removeprefix("http://").split(":")
    sent: dict[str, float] = {}
    enqueue_ms: list[float] = []
    failures = Counter[str]()
    total = int(rate * seconds)

    def request(seq: str) -> bytes:
        body = json.dumps({"labels": {"bench": "yes", "seq": seq}}).encode()
        head = (
            f"POST /api/cep/events HTTP/1.1\r\nHost: {host}\r\nX-API-Key: {secret}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        return head.encode() + body

    async def send() -> None:
        begin = time.monotonic()
        queue: asyncio.Queue[int] = asyncio.Queue()

        async def connection() -> None:
            reader, writer = await asyncio.open_connection(host, int(port))
            while (n := await queue.get()) >= 0:
                seq = f"e{n}"
                sent[seq] = begin + n / rate
                try:
                    writer.write(request(seq))
                    status = int((await reader.readline()).split()[1])
                    length = 0
                    while (line := await reader.readline()) not in (b"\r\n", b""):
                        if line.lower().startswith(b"content-length:"):
                            length = int(line.split(b":")[1])
                    await reader.readexactly(length)
                    if status != 202:
                        failures[str(status)] += 1
                except (OSError, ValueError, IndexError, asyncio.IncompleteReadError) as exc:
                    failures[type(exc).__name__] += 1
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, int(port))
                enqueue_ms.append((time.monotonic() - sent[seq]) * 1000)
            writer.close()

        workers = [asyncio.create_task(connection()) for _ in range(SENDER_CONNECTIONS)]
        for n in range(total):
            delay = begin + n / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            queue.put_nowait(n)
        for _ in workers:
            queue.put_nowait(-1)
        await asyncio.gather(*workers)

    begin = time.monotonic()
    asyncio.run(send())
    return sent, enqueue_ms, failures, time.monotonic() - begin


def events(args: argparse.Namespace) -> dict[str, Any]:
    import uvicorn
    from sqlalchemy import text

    from services.admin.api_keys import create_api_key
    from services.admin.service import create_user
    from services.cep import http_delivery, inbox, outbox, scheduler
    from services.cep.schema import RuleSpec
    from services.cep.service import create_rule
    from services.core.db import session_scope
    from services.core.security import ROLE_PERMISSIONS, SYSTEM, Principal
    from spa_ai.api.app import create_api

    assert WORK is not None
    receiver = Received(WORK)
    hook = receiver.url
    with session_scope() as session:
        spec = {
            "name": "bench events",
            "trigger": {"kind": "event", "match": {"bench": "yes"}, "group_by": ["seq"]},
            "actions": [{"kind": "webhook", "params": {"url": hook}}],
            "grouping": {"group_by": ["..."], "group_wait_seconds": 0},  # a message per event, at once
        }
        create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(spec))
        user = create_user(session, actor=SYSTEM, username="bench", password="bench-passw0rd", role="admin")
        assert user.id is not None
        owner = Principal(user.id, "bench", "admin", ROLE_PERMISSIONS["admin"])
        secret, _ = create_api_key(session, actor=owner, name="bench", scopes=["cep:write"])
    port = free_port()

    class Server(uvicorn.Server):
        def install_signal_handlers(self) -> None:  # runs in a thread
            pass

    server = Server(uvicorn.Config(create_api(), host="127.0.0.1", port=port, log_level="warning"))
    api_thread = threading.Thread(target=server.run, daemon=True)
    api_thread.start()
    while not server.started:
        time.sleep(0.05)

    stop = threading.Event()

    def drain() -> None:
        async def loop() -> None:  # as `outbox.notification_loop` drains: one set of kept-alive clients
            clients = http_delivery.Clients()
            while not stop.is_set():
                if not await outbox.drain_once(clients=clients):
                    await asyncio.sleep(0.02)
            clients.close()

        asyncio.run(loop())

    def consume() -> None:  # the leader's inbox consumer, as the app's lifespan runs it
        async def main() -> None:
            leader = scheduler.CepScheduler()
            assert leader.check_leader()
            scheduler.SCHEDULER = leader
            task = asyncio.create_task(inbox.run_consumer())
            while not stop.is_set():
                await asyncio.sleep(0.1)
            task.cancel()
            await asyncio.to_thread(leader.stop)

        asyncio.run(main())

    drainer = threading.Thread(target=drain, daemon=True)
    drainer.start()
    consumer = threading.Thread(target=consume, daemon=True)
    consumer.start()
    inbox.WRITER._ensure_thread()
    assert inbox.WRITER._thread is not None
    threads = {
        "api": api_thread.native_id or 0,
        "inbox_writer": inbox.WRITER._thread.native_id or 0,
        "consumer": consumer.native_id or 0,
        "outbox": drainer.native_id or 0,
    }
    cpu0, pg0, all0 = thread_cpu_s(threads), postgres_cpu_s(), process_cpu_s()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as sender:
        load = sender.submit(send_events, f"http://127.0.0.1:{port}", secret, args.rate, args.event_seconds)
        sent, enqueue_ms, failures, send_s = load.result()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len({seq for _, seq in receiver.read()}) < len(sent) - sum(
        failures.values()
    ):
        time.sleep(0.2)
    time.sleep(2)  # late duplicates would show up here
    cpu1, pg1, all1 = thread_cpu_s(threads), postgres_cpu_s(), process_cpu_s()
    with session_scope() as session:  # where an event waited: for its evaluation, then for its delivery
        waits = session.execute(
            text(
                "SELECT (SELECT percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY "
                "extract(epoch FROM evaluated_at - received_at) * 1000) FROM cep_event_inbox), "
                "(SELECT percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY "
                "extract(epoch FROM delivered_at - created_at) * 1000) FROM cep_outbox)"
            )
        ).one()
    stop.set()
    server.should_exit = True
    consumer.join(30)
    drainer.join(30)
    received = receiver.read()
    receiver.process.kill()
    seen = Counter(seq for _, seq in received)
    count = max(1, len(sent))
    delivery = [(at - sent[seq]) * 1000 for at, seq in received if seq in sent]
    return {
        "events_sent": len(sent),
        "send_seconds": round(send_s, 1),  # until the last answer
        "achieved_rate": round(len(sent) / send_s, 1),
        "refused": dict(failures),
        "enqueue_ms": {"p50": round(pct(enqueue_ms, 0.5), 1), "p95": round(pct(enqueue_ms, 0.95), 1)},
        "delivery_ms": {"p50": round(pct(delivery, 0.5), 1), "p95": round(pct(delivery, 0.95), 1)},
        "lost": len(sent) - sum(failures.values()) - len(seen),
        "duplicated": sum(n - 1 for n in seen.values()),
        "rss_mb": round(psutil.Process().memory_info().rss / 2**20),
        "inbox_commits": inbox.WRITER.batches,
        "wait_ms_p50_p95": {
            "inbox_until_evaluated": [round(v, 1) for v in waits[0] or []],
            "outbox_until_delivered": [round(v, 1) for v in waits[1] or []],
        },
        # CPU per event by stage (the API thread: HTTP, auth, parsing; the writer: the group commits;
        # the consumer: evaluation; the outbox loop: delivery) and of PostgreSQL
        "cpu_ms_per_event": {
            **{name: round((cpu1[name] - cpu0[name]) * 1000 / count, 3) for name in threads},
            # the worker threads the loops hand blocking work to (claims, settles, the receiver)
            "other_threads": round(
                ((all1 - all0) - sum(cpu1[name] - cpu0[name] for name in threads)) * 1000 / count, 3
            ),
            "postgres": round((pg1 - pg0) * 1000 / count, 3) if pg1 >= pg0 else None,  # backends exited
        },
    }


class Crossing:
    """An exporter of `bench_gauge{rep=...}` (Prometheus text at /metrics, JSON at /value/<rep>) and a
    receiver recording when the first firing notification of each rep arrives from each system."""

    def __init__(self, reps: int) -> None:
        self.values = dict.fromkeys(range(reps), 0.0)
        self.arrived: dict[str, dict[int, float]] = {"prometheus": {}, "spa": {}}
        crossing = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path.startswith("/value/"):
                    body = json.dumps({"data": {"value": crossing.values[int(self.path[7:])]}}).encode()
                else:
                    lines = [f'bench_gauge{{rep="{k}"}} {v}' for k, v in crossing.values.items()]
                    body = ("# TYPE bench_gauge gauge\n" + "\n".join(lines) + "\n").encode()
                self._answer(body)

            def do_POST(self) -> None:
                at = time.monotonic()
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)))
                if self.path == "/am":
                    firing = [a["labels"] for a in body["alerts"] if a["status"] == "firing"]
                    system = "prometheus"
                else:
                    payload = body["payload"]
                    firing = [payload["labels"]] if payload["state"] == "firing" else []
                    system = "spa"
                for labels in firing:
                    crossing.arrived[system].setdefault(int(labels["rep"]), at)
                self._answer(b"")

            def _answer(self, body: bytes) -> None:
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_: Any) -> None:
                pass

        self.url = serve(Handler)


def beside_prometheus(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from sqlalchemy import text

    from services.cep import outbox
    from services.cep.scheduler import CepScheduler
    from services.cep.schema import RuleSpec
    from services.cep.service import create_rule
    from services.core.db import session_scope
    from services.core.security import SYSTEM
    from tests.integration.cep_helpers import running_alertmanager, running_prometheus

    reps, interval, hold = args.compare_reps, args.compare_interval, args.compare_for
    crossing = Crossing(reps)
    host = crossing.url.removeprefix("http://")
    am_config = (
        f"route:\n  receiver: bench\n  group_by: [rep]\n  group_wait: {args.group_wait:g}s\n"
        "  group_interval: 1s\n  repeat_interval: 1h\nreceivers:\n  - name: bench\n    webhook_configs:\n"
        f"      - url: {crossing.url}/am\n"
    )
    rules = (
        "groups:\n  - name: bench\n    rules:\n      - alert: BenchHigh\n"
        f"        expr: bench_gauge > 90\n        for: {hold}s\n"
    )
    with session_scope() as session:
        session.execute(text("UPDATE cep_rules SET enabled = false"))  # the other sections' rules rest
        for rep in range(reps):
            spec = {
                "name": f"beside prometheus {rep}",
                "labels": {"rep": str(rep)},
                "trigger": {"kind": "metric", "poll_interval_seconds": interval},
                "source": {"kind": "http", "url": f"{crossing.url}/value/{rep}", "json_path": "$.data.value"},
                "condition": {"op": ">", "threshold": 90, "for_seconds": hold},
                "actions": [{"kind": "webhook", "params": {"url": f"{crossing.url}/spa"}}],
            }
            create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(spec))
    stop = threading.Event()

    def spa() -> None:
        async def main() -> None:
            scheduler = CepScheduler()
            scheduler.start()
            loop = asyncio.create_task(outbox.notification_loop())
            while not stop.is_set():
                await asyncio.sleep(0.1)
            loop.cancel()
            await asyncio.to_thread(scheduler.stop)

        asyncio.run(main())

    (work / "am").mkdir()
    (work / "prom").mkdir()
    spa_thread = threading.Thread(target=spa, daemon=True)
    with (
        running_alertmanager(work / "am", am_config) as am_url,
        running_prometheus(
            work / "prom", host, interval_s=interval, rules=rules, alertmanager=am_url.removeprefix("http://")
        ) as prom_url,
    ):
        spa_thread.start()
        deadline = time.monotonic() + 60
        while not httpx.get(f"{prom_url}/api/v1/query", params={"query": "bench_gauge"}).json()["data"][
            "result"
        ]:
            assert time.monotonic() < deadline, "prometheus never scraped the exporter"
            time.sleep(0.5)
        time.sleep(interval)  # both systems have seen the low value
        crossed: dict[int, float] = {}
        stagger = interval * 1.37 / max(reps - 1, 1) + 1.1  # crossings at spread phases of the grid
        for rep in range(reps):
            crossing.values[rep] = 100.0
            crossed[rep] = time.monotonic()
            time.sleep(stagger)
        deadline = time.monotonic() + hold + 4 * interval + 30
        while time.monotonic() < deadline and any(len(a) < reps for a in crossing.arrived.values()):
            time.sleep(0.2)
        stop.set()
        spa_thread.join(30)
    result: dict[str, Any] = {
        "reps": reps,
        "interval_s": interval,
        "for_s": hold,
        "group_wait_s": args.group_wait,
    }
    for system, arrived in crossing.arrived.items():
        seconds = [round(arrived[rep] - crossed[rep], 2) for rep in sorted(arrived)]
        result[system] = {
            "seconds": seconds,
            "missing": reps - len(seconds),
            "p50": pct(seconds, 0.5),
            "max": max(seconds, default=float("nan")),
        }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rules", type=int, default=5000)
    parser.add_argument("--interval", type=int, default=30)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--duration", type=float, default=65.0)
    parser.add_argument(
        "--sources", type=int, default=1, help="distinct source URLs the metric rules read (rule i: i %% N)"
    )
    parser.add_argument("--rate", type=float, default=1000.0)
    parser.add_argument("--event-seconds", type=float, default=60.0)
    parser.add_argument("--compare-reps", type=int, default=5)
    parser.add_argument("--compare-interval", type=int, default=5)
    parser.add_argument("--compare-for", type=int, default=10)
    parser.add_argument("--group-wait", type=float, default=1.0)
    parser.add_argument(
        "--sections", default="metric,events,compare", help="comma-separated: metric, events, compare"
    )
    parser.add_argument("--only-compare", action="store_true", help="only the Prometheus comparison")
    parser.add_argument("--json-only", action="store_true")
    args = parser.parse_args()
    sections = {"compare"} if args.only_compare else set(args.sections.split(","))
    global WORK
    work = WORK = Path(tempfile.mkdtemp(prefix="spa-bench-cep-"))
    atexit.register(shutil.rmtree, work, True)
    setup(work)
    result: dict[str, Any] = {"load_average_before": os.getloadavg(), "targets": TARGETS}
    if "metric" in sections:
        result["metric_rules"] = metric_rules(args)
    if "events" in sections:
        result["events"] = events(args)
    if "compare" in sections:
        result["beside_prometheus"] = beside_prometheus(args, work)
    result["load_average_after"] = os.getloadavg()
    print(json.dumps(result, indent=2))
    if not args.json_only:
        print(table(result))


def table(result: dict[str, Any]) -> str:
    """The figures against the issue's targets, as a Markdown table."""
    rows = ["| measure | value | target |", "|---|---|---|"]
    if metric := result.get("metric_rules"):
        lag, cpu = metric["tick_lag_ms"], metric["cpu_ms_per_evaluation"]
        rows += [
            f"| metric rules: {metric['rules']} every {metric['interval_s']} s, concurrency "
            f"{metric['concurrency']}: evaluations/s | {metric['evaluations_per_s']} "
            f"(needed {metric['expected_per_s']}) | |",
            f"| tick lag p50 / p95 / max (ms) | {lag['p50']} / {lag['p95']} / {lag['max']} | < 1000 |",
            f"| CPU per evaluation: process / PostgreSQL (ms) | {cpu['process']} / {cpu['postgres']} | |",
        ]
    if ev := result.get("events"):
        cpu = ev["cpu_ms_per_event"]
        rows += [
            f"| events: achieved rate (events/s) | {ev['achieved_rate']} | 1000 |",
            f"| enqueue p50 / p95 (ms) | {ev['enqueue_ms']['p50']} / {ev['enqueue_ms']['p95']} | p95 ≤ 20 |",
            f"| delivery p50 / p95 (ms) | {ev['delivery_ms']['p50']} / {ev['delivery_ms']['p95']} | p95 ≤ 1000 |",
            f"| lost / duplicated / refused | {ev['lost']} / {ev['duplicated']} / {ev['refused'] or 0} | 0 / 0 |",
            "| CPU per event: "
            + " / ".join(cpu)
            + " (ms) | "
            + " / ".join(str(v) for v in cpu.values())
            + " | |",
            f"| wait p50 / p95 (ms): inbox → evaluated; outbox → delivered | "
            f"{' / '.join(map(str, ev['wait_ms_p50_p95']['inbox_until_evaluated']))}; "
            f"{' / '.join(map(str, ev['wait_ms_p50_p95']['outbox_until_delivered']))} | |",
            f"| inbox commits (events per commit) | {ev['inbox_commits']} "
            f"({ev['events_sent'] / max(1, ev['inbox_commits']):.1f}) | |",
        ]
    if cmp_ := result.get("beside_prometheus"):
        for system in ("prometheus", "spa"):
            rows.append(
                f"| crossing → notification, {system}: p50 / max (s) | {cmp_[system]['p50']} / "
                f"{cmp_[system]['max']} (missing {cmp_[system]['missing']}) | |"
            )
    load = " → ".join(
        " ".join(f"{x:.1f}" for x in result[k]) for k in ("load_average_before", "load_average_after")
    )
    rows.append(f"| load average (1/5/15 min) before → after | {load} | |")
    return "\n".join(rows)


if __name__ == "__main__":
    main()

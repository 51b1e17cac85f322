"""API MANAGER: what a user-defined API adds on top of the work it wraps.

In one run on a fresh embedded PostgreSQL (infra-small loaded): (1) a published SQL API executed
through `runs.execute` (permission and rate-limit checks, parameter validation, the cached validator
verdict, the reader pool's READ ONLY transaction, the execution-log row) against the same query run
directly with psycopg on one open connection — the difference of the p50s is the overhead; (2) an
HTTP API against a local server versus the same GET with a plain httpx client; (3) a Python API's
cold start (a new sandboxed process per run). Targets: SQL overhead ≤ 3 ms p50; Python ≤ 150 ms p50.

    .venv/bin/python bench/api_manager.py [--runs 300] [--json-only]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_SQL_OVERHEAD_MS = 3.0
TARGET_PYTHON_COLD_MS = 150.0
SQL = "SELECT name, type, status FROM cis WHERE type = :type ORDER BY name LIMIT 20"
DIRECT_SQL = "SELECT name, type, status FROM cis WHERE type = %s ORDER BY name LIMIT 20"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else headers and body as two writes meet delayed ACKs (+40 ms)

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = json.dumps([{"n": n, "name": f"item-{n}"} for n in range(20)]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def timed(fn: Callable[[], Any], runs: int, warmup: int = 10) -> dict[str, float]:
    for _ in range(warmup):
        fn()
    samples = []
    cpu_started = time.process_time()
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    cpu_ms = (time.process_time() - cpu_started) * 1000 / runs
    samples.sort()
    return {
        "p50_ms": round(statistics.median(samples), 3),
        "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 3),
        "cpu_ms_per_call": round(cpu_ms, 3),  # this process, every thread (the log writer's included)
        "runs": runs,
    }


def setup(data_dir: Path) -> None:
    os.environ["SPA_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("SPA_SECRET_KEY", "bench-secret-" + "b" * 32)
    from services.core import db
    from services.core.security import SYSTEM
    from services.core.settings import reset_settings
    from services.domains import install_domains
    from services.infra.importer import import_path

    reset_settings()
    db.upgrade_database()
    install_domains()
    with db.session_scope() as session:
        import_path(
            session, Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "infra-small", actor=SYSTEM
        )
    from services.api_manager import sql_reader

    sql_reader.prepare_reader()


def create_api(slug: str, logic_type: str, body: str, schema: dict[str, Any]) -> None:
    from services.api_manager import service
    from services.api_manager.models import ApiCreate
    from services.core.db import session_scope
    from services.core.security import SYSTEM

    with session_scope() as session:
        api = service.create_api(
            session,
            actor=SYSTEM,
            body=ApiCreate.model_validate(
                {
                    "name": slug,
                    "slug": slug,
                    "logic_type": logic_type,
                    "body": body,
                    "params_schema": schema,
                    "rate_limit_per_minute": 0,
                }
            ),
        )
        assert api.id is not None
        service.publish(session, actor=SYSTEM, api_id=api.id)


def call(slug: str, params: dict[str, Any]) -> dict[str, Any]:
    from services.api_manager import runs
    from services.core.db import session_scope
    from services.core.security import SYSTEM

    with session_scope() as session:
        result = runs.execute(session, actor=SYSTEM, slug=slug, params=params)
    assert result["status"] == "ok", result["error"]
    return result


def bench_sql(runs: int) -> dict[str, Any]:
    from services.core import db
    from services.core.db import database_url

    create_api("bench-sql", "sql", SQL, {"type": "object", "properties": {"type": {"type": "string"}}})
    url = database_url().replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as conn:

        def direct() -> None:
            conn.execute(DIRECT_SQL, ("host",)).fetchall()

        direct_stats = timed(direct, runs)
    api_stats = timed(lambda: call("bench-sql", {"type": "host"}), runs)
    db.get_engine()
    return {
        "direct_psycopg": direct_stats,
        "sql_api": api_stats,
        "overhead_p50_ms": round(api_stats["p50_ms"] - direct_stats["p50_ms"], 3),
        "target_overhead_ms": TARGET_SQL_OVERHEAD_MS,
    }


def bench_http(runs: int) -> dict[str, Any]:
    from services.api_manager.settings import HTTP_ALLOWED_NETWORKS
    from services.core import db, settings_registry
    from services.core.security import SYSTEM

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/items"
    with db.session_scope() as session:
        settings_registry.update(session, actor=SYSTEM, values={HTTP_ALLOWED_NETWORKS: "127.0.0.1/32"})
    settings_registry.invalidate()
    create_api(
        "bench-http", "http", json.dumps({"method": "GET", "url": url}), {"type": "object", "properties": {}}
    )
    with httpx.Client(trust_env=False) as client:
        direct_stats = timed(lambda: client.get(url).json(), runs)
    with httpx.Client(trust_env=False) as client:
        fresh = timed(lambda: httpx.Client(trust_env=False).get(url).json(), runs)
    api_stats = timed(lambda: call("bench-http", {}), runs)
    server.shutdown()
    return {
        "direct_httpx_keepalive": direct_stats,
        "direct_httpx_new_client": fresh,
        "http_api": api_stats,
        "overhead_vs_new_client_p50_ms": round(api_stats["p50_ms"] - fresh["p50_ms"], 3),
    }


def bench_python(runs: int) -> dict[str, Any]:
    from services.api_manager import sandbox

    create_api(
        "bench-python",
        "python",
        "def main(params):\n    return [{'n': params['n'] * 2}]",
        {"type": "object", "properties": {"n": {"type": "integer"}}},
    )
    stats = timed(lambda: call("bench-python", {"n": 21}), runs, warmup=3)
    started = time.perf_counter()
    for _ in range(10):
        import subprocess

        subprocess.run(["/usr/bin/python3", "-I", "-S", "-c", "pass"], check=True)
    bare = (time.perf_counter() - started) * 100
    return {
        "python_api": stats,
        "bare_interpreter_start_ms": round(bare, 1),
        "isolated": sandbox.isolation()["network"],
        "target_p50_ms": TARGET_PYTHON_COLD_MS,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--json-only", action="store_true")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="bench-api-"))
    try:
        setup(data_dir)
        results = {
            "sql": bench_sql(args.runs),
            "http": bench_http(args.runs),
            "python": bench_python(max(20, args.runs // 10)),
            "load_average": os.getloadavg()[0],
        }
    finally:
        from services.api_manager import sql_reader
        from services.core import db

        sql_reader.close_pools()
        db.reset_engine()
        shutil.rmtree(data_dir, ignore_errors=True)
    print(json.dumps(results))
    if args.json_only:
        return
    sql, http, py = results["sql"], results["http"], results["python"]
    print("\n| measure | p50 ms | p95 ms | target |\n|---|---|---|---|")
    print(f"| SQL direct psycopg | {sql['direct_psycopg']['p50_ms']} | {sql['direct_psycopg']['p95_ms']} | |")
    print(f"| SQL API (runs.execute) | {sql['sql_api']['p50_ms']} | {sql['sql_api']['p95_ms']} | |")
    print(f"| SQL overhead (p50 difference) | {sql['overhead_p50_ms']} | | ≤ {TARGET_SQL_OVERHEAD_MS} |")
    print(
        f"| HTTP direct httpx, keep-alive | {http['direct_httpx_keepalive']['p50_ms']} | {http['direct_httpx_keepalive']['p95_ms']} | |"
    )
    print(
        f"| HTTP direct httpx, new client | {http['direct_httpx_new_client']['p50_ms']} | {http['direct_httpx_new_client']['p95_ms']} | |"
    )
    print(f"| HTTP API | {http['http_api']['p50_ms']} | {http['http_api']['p95_ms']} | |")
    print(
        f"| Python API cold start | {py['python_api']['p50_ms']} | {py['python_api']['p95_ms']} | ≤ {TARGET_PYTHON_COLD_MS} |"
    )
    print(f"| bare `python3 -I -S` start | {py['bare_interpreter_start_ms']} | | |")


if __name__ == "__main__":
    main()

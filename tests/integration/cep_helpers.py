"""Real parts for CEP tests: a metrics server the test controls (JSON and Prometheus exposition), a real
Prometheus scraping it, and rule builders."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from services.core import settings_registry

PROMETHEUS = "/usr/bin/prometheus"
PROMTOOL = "/usr/bin/promtool"


@pytest.fixture
def loopback_sources(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Metric sources may read 127.0.0.1 (refused by default)."""
    monkeypatch.setenv("SPA_CEP_SOURCE_ALLOWED_NETWORKS", "127.0.0.1/32")
    settings_registry.invalidate()
    yield
    settings_registry.invalidate()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class MetricsServer:
    """`GET /value` → `{"data": {"value": v}}`; `GET /metrics` → exposition of `series` (labels → value)."""

    def __init__(self) -> None:
        self.value: Any = 0.0
        self.series: dict[tuple[tuple[str, str], ...], float] = {}
        self.requests = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: Any) -> None:
                pass

            def do_GET(self) -> None:
                server.requests += 1
                if self.path.startswith("/value"):
                    body = json.dumps({"data": {"value": server.value}}).encode()
                    kind = "application/json"
                elif self.path.startswith("/metrics"):
                    lines = ["# TYPE cep_test_gauge gauge"]
                    for labels, value in sorted(server.series.items()):
                        inner = ",".join(f'{k}="{v}"' for k, v in labels)
                        lines.append(f"cep_test_gauge{{{inner}}} {value}")
                    body = ("\n".join(lines) + "\n").encode()
                    kind = "text/plain; version=0.0.4"
                else:
                    self.send_response(404)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = int(self.httpd.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> MetricsServer:
        self.thread.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@contextmanager
def running_prometheus(tmp: Path, target: str) -> Iterator[str]:
    """A real Prometheus on a free port scraping `target` (host:port) every second; yields its URL."""
    assert shutil.which(PROMETHEUS), "the prometheus package must be installed"
    port = free_port()
    config = tmp / "prometheus.yml"
    config.write_text(
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
        "scrape_configs:\n  - job_name: cep\n    static_configs:\n"
        f"      - targets: ['{target}']\n"
    )
    log = (tmp / "prometheus.log").open("w")
    proc = subprocess.Popen(
        [
            PROMETHEUS,
            f"--config.file={config}",
            f"--storage.tsdb.path={tmp / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, (tmp / "prometheus.log").read_text()[-2000:]
            try:
                if httpx.get(f"{url}/-/ready", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "prometheus did not become ready"
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def http_rule(url: str, **condition: Any) -> dict[str, Any]:
    """A metric rule reading `url` at `$.data.value` every 60 s with `condition`."""
    return {
        "name": condition.pop("name", "http rule"),
        "trigger": {"kind": "metric", "poll_interval_seconds": 60},
        "source": {"kind": "http", "url": url, "json_path": "$.data.value", "timeout_seconds": 2},
        "condition": condition,
    }

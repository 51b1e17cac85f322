"""Real parts for CEP tests: a metrics server the test controls (JSON and Prometheus exposition), a real
Prometheus scraping it, a real Alertmanager, and rule builders."""

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
ALERTMANAGER = "/usr/bin/prometheus-alertmanager"


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
def _running(name: str, command: list[str], tmp: Path, url: str) -> Iterator[str]:
    """Run `command` (logging to tmp/<name>.log) until `url`/-/ready answers 200; yields `url`."""
    assert shutil.which(command[0]), f"the {name} package must be installed"
    log_path = tmp / f"{name}.log"
    log = log_path.open("w")
    proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, log_path.read_text()[-2000:]
            try:
                if httpx.get(f"{url}/-/ready", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, f"{name} did not become ready"
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@contextmanager
def running_prometheus(
    tmp: Path,
    target: str,
    *,
    interval_s: float = 1,
    rules: str | None = None,
    alertmanager: str | None = None,
) -> Iterator[str]:
    """A real Prometheus on a free port scraping `target` (host:port) every `interval_s` and evaluating
    the alerting-rule YAML `rules` as often, sending alerts to `alertmanager` (host:port); yields its URL."""
    port = free_port()
    config = tmp / "prometheus.yml"
    text = (
        f"global:\n  scrape_interval: {interval_s:g}s\n  evaluation_interval: {interval_s:g}s\n"
        "scrape_configs:\n  - job_name: cep\n    static_configs:\n"
        f"      - targets: ['{target}']\n"
    )
    if rules is not None:
        (tmp / "rules.yml").write_text(rules)
        text += f"rule_files: ['{tmp / 'rules.yml'}']\n"
    if alertmanager is not None:
        text += f"alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: ['{alertmanager}']\n"
    config.write_text(text)
    command = [
        PROMETHEUS,
        f"--config.file={config}",
        f"--storage.tsdb.path={tmp / 'data'}",
        f"--web.listen-address=127.0.0.1:{port}",
    ]
    with _running("prometheus", command, tmp, f"http://127.0.0.1:{port}") as url:
        yield url


@contextmanager
def running_alertmanager(tmp: Path, config: str, port: int | None = None) -> Iterator[str]:
    """A real Alertmanager (no cluster) with the configuration YAML `config`; yields its URL."""
    port = port or free_port()
    (tmp / "am.yml").write_text(config)
    command = [
        ALERTMANAGER,
        f"--config.file={tmp / 'am.yml'}",
        f"--storage.path={tmp / 'am-data'}",
        f"--web.listen-address=127.0.0.1:{port}",
        "--cluster.listen-address=",
    ]
    with _running("alertmanager", command, tmp, f"http://127.0.0.1:{port}") as url:
        yield url


def http_rule(url: str, **condition: Any) -> dict[str, Any]:
    """A metric rule reading `url` at `$.data.value` every 60 s with `condition`."""
    return {
        "name": condition.pop("name", "http rule"),
        "trigger": {"kind": "metric", "poll_interval_seconds": 60},
        "source": {"kind": "http", "url": url, "json_path": "$.data.value", "timeout_seconds": 2},
        "condition": condition,
    }

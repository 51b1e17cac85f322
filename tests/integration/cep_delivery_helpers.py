"""Real parts for CEP delivery tests: a counting HTTP receiver and fast-retry settings."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlmodel import Session

from services.cep import outbox
from services.cep.channel_service import create_channel
from services.cep.delivery_models import Channel, ChannelCreate
from services.core import settings_registry
from services.core.security import SYSTEM


@dataclass
class Received:
    at: float
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    """An HTTP server on 127.0.0.1 answering with the scripted statuses in order, then 200."""

    script: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    delay_s: float = 0.0
    url: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self) -> tuple[int, dict[str, str]]:
        with self._lock:
            return self.script.pop(0) if self.script else (200, {})


@pytest.fixture(name="receiver")
def receiver_fixture() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            with state._lock:
                state.received.append(Received(time.monotonic(), self.path, dict(self.headers), body))
            if state.delay_s:
                time.sleep(state.delay_s)
            status, headers = state.answer()
            reply = b'{"ok": true}' if status < 300 else b'{"error": "scripted"}'
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        do_PUT = do_POST

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture(name="fast_delivery")
def fast_delivery_fixture(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Loopback allowed, quick retries (the real backoff code, smaller numbers)."""
    monkeypatch.setenv("SPA_CEP_HTTP_ALLOWED_NETWORKS", "127.0.0.1/32")
    monkeypatch.setenv("SPA_CEP_RETRY_BASE_SECONDS", "0.1")
    monkeypatch.setenv("SPA_CEP_DELIVERY_TIMEOUT_SECONDS", "3")
    monkeypatch.setenv("SPA_CEP_DELIVERY_MAX_ATTEMPTS", "4")
    settings_registry.invalidate()
    yield
    settings_registry.invalidate()


def webhook_channel(
    session: Session, url: str, *, secret: str = "s3cret-signing-key", **extra: Any
) -> Channel:
    body = ChannelCreate(
        name=extra.pop("name", "hook"),
        kind="webhook",
        config={"url": url},
        secrets={"signing_secret": secret},
        **extra,
    )
    channel = create_channel(session, actor=SYSTEM, body=body)
    session.commit()
    return channel


PAYLOAD = {
    "rule": {"id": 1, "name": "High CPU", "severity": "major"},
    "instance": {"id": 7, "key": "ci=web-01", "state": "firing"},
    "labels": {"ci": "web-01"},
    "value": 97.0,
    "threshold": 90.0,
    "state": "firing",
    "severity": "major",
    "ci": "web-01",
    "started_at": "2026-12-02T01:00:00+00:00",
    "links": {"instance": "/cep/alerts/7"},
}


def drain_until(predicate: Any, timeout_s: float = 15.0, step_s: float = 0.05) -> None:
    """Drain the outbox in this thread until `predicate()` holds; fail after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        asyncio.run(outbox.drain_once())
        if predicate():
            return
        time.sleep(step_s)
    raise AssertionError("condition not reached while draining the outbox")

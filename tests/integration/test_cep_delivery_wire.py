"""The webhook sender's HTTP client against real receivers on 127.0.0.1: TLS verified by the host's
certificate, kept-alive connections reused across rounds, a connection the server closed meanwhile,
chunked and close-delimited answers, 429 with Retry-After, timeouts, an untrusted certificate."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from services.cep import http_delivery
from services.core import settings_registry
from tests.support.certs import self_signed_loopback, server_context


@dataclass
class Server:
    """What the receiver saw: each request's body and the client port of its connection."""

    url: str = ""
    bodies: list[bytes] = field(default_factory=list)
    connections: list[int] = field(default_factory=list)
    mode: str = "length"  # length | chunked | close | retry_after
    close_after_answer: bool = False
    delay_s: float = 0.0


def _serve(state: Server, tls: ssl.SSLContext | None = None) -> Iterator[Server]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            state.bodies.append(self.rfile.read(int(self.headers["content-length"])))
            state.connections.append(self.client_address[1])
            time.sleep(state.delay_s)
            if state.mode == "retry_after":
                self.send_response(429)
                self.send_header("Retry-After", "7")
                self.send_header("Content-Length", "4")
                self.end_headers()
                self.wfile.write(b"slow")
            elif state.mode == "chunked":
                self.send_response(200)
                self.send_header("Transfer-Encoding", "chunked")
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.end_headers()
                for part in ("접수", "됨"):
                    data = part.encode()
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                self.wfile.write(b"0\r\n\r\n")
            elif state.mode == "close":  # an HTTP/1.0-style answer: the body ends with the connection
                self.send_response(200)
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(b"taken")
                self.close_connection = True
            else:
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")
            if state.close_after_answer:
                self.close_connection = True

        def log_message(self, *args: Any) -> None:
            pass

    class Listener(ThreadingHTTPServer):
        request_queue_size = 64  # http.server's default backlog of 5 would delay a burst of connects

    server = Listener(("127.0.0.1", 0), Handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    scheme = "https" if tls else "http"
    state.url = f"{scheme}://127.0.0.1:{server.server_address[1]}/hook"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def _loopback_allowed(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The SSRF guard reads its allowlist from the settings (a database)."""
    monkeypatch.setenv("SPA_CEP_HTTP_ALLOWED_NETWORKS", "127.0.0.1/32")
    settings_registry.invalidate()
    yield
    settings_registry.invalidate()


@pytest.fixture(name="server")
def server_fixture() -> Iterator[Server]:
    yield from _serve(Server())


@pytest.fixture(name="tls_server")
def tls_server_fixture(tmp_path: Path) -> Iterator[tuple[Server, Path]]:
    cert_file, key_file = self_signed_loopback(tmp_path)
    for state in _serve(Server(), server_context(cert_file, key_file)):
        yield state, cert_file


def _post(
    url: str, bodies: list[bytes], clients: http_delivery.Clients | None = None, timeout: float = 3.0
) -> list[Any]:
    """POST each body in turn, one drain round each (sharing `clients` when given)."""

    async def rounds() -> list[Any]:
        results = []
        for body in bodies:
            async with http_delivery.client_pool(clients):
                results.append(await http_delivery.send(url, content=body, headers={}, timeout=timeout))
        return results

    return asyncio.run(rounds())


def test_a_loop_reuses_its_connection_across_rounds(server: Server) -> None:
    clients = http_delivery.Clients()
    results = _post(server.url, [b"one", b"two", b"three"], clients)
    clients.close()
    assert [r.ok for r in results] == [True, True, True] and results[0].response == "HTTP 200: ok"
    assert server.bodies == [b"one", b"two", b"three"]
    assert len(set(server.connections)) == 1  # one TCP connection for all three


def test_without_a_loop_each_round_closes_its_connections(server: Server) -> None:
    _post(server.url, [b"one", b"two"])
    assert len(set(server.connections)) == 2


def test_a_connection_the_server_closed_is_replaced_and_the_request_sent_once(server: Server) -> None:
    server.close_after_answer = True  # keep-alive promised, then closed: the next request needs a new one
    clients = http_delivery.Clients()
    results = _post(server.url, [b"one", b"two"], clients)
    clients.close()
    assert [r.ok for r in results] == [True, True]
    assert server.bodies == [b"one", b"two"]


@pytest.mark.parametrize(
    ("mode", "expected"), [("chunked", "HTTP 200: 접수됨"), ("close", "HTTP 200: taken")]
)
def test_chunked_and_close_delimited_answers_are_read(server: Server, mode: str, expected: str) -> None:
    server.mode = mode
    clients = http_delivery.Clients()
    results = _post(server.url, [b"one", b"two"], clients)
    clients.close()
    assert [(r.ok, r.response) for r in results] == [(True, expected)] * 2


def test_429_keeps_retry_after(server: Server) -> None:
    server.mode = "retry_after"
    (result,) = _post(server.url, [b"x"])
    assert (result.ok, result.error_class, result.retry_after) == (False, "rate_limited", 7.0)


def test_a_slow_answer_is_a_timeout(server: Server) -> None:
    server.delay_s = 1.5
    (result,) = _post(server.url, [b"x"], timeout=0.5)
    assert (result.ok, result.error_class) == (False, "timeout")


def test_requests_queued_for_a_connection_do_not_spend_their_timeout_waiting(server: Server) -> None:
    server.delay_s = 0.3  # 12 requests on 8 connections: the last 4 wait 0.3 s, then take 0.3 s

    async def burst() -> list[Any]:
        async with http_delivery.client_pool():
            sends = [
                http_delivery.send(server.url, content=b"%d" % n, headers={}, timeout=0.5) for n in range(12)
            ]
            return list(await asyncio.gather(*sends))

    results = asyncio.run(burst())
    assert [r.ok for r in results] == [True] * 12 and len(server.bodies) == 12
    assert len(set(server.connections)) == http_delivery.CONNECTIONS_PER_HOST


def test_nobody_listening_is_a_network_error_naming_no_url() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (result,) = _post(f"http://127.0.0.1:{port}/secret-token-path", [b"x"])
    assert (result.ok, result.error_class) == (False, "network")
    assert "secret-token-path" not in result.response


def test_tls_verifies_the_certificate_for_the_host(
    tls_server: tuple[Server, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, cert_file = tls_server
    http_delivery._tls_context.cache_clear()
    (refused,) = _post(server.url, [b"untrusted"])
    assert (refused.ok, refused.error_class) == (False, "network") and server.bodies == []
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))
    http_delivery._tls_context.cache_clear()
    try:
        clients = http_delivery.Clients()
        results = _post(server.url, [b"one", b"two"], clients)
        clients.close()
    finally:
        monkeypatch.delenv("SSL_CERT_FILE")
        http_delivery._tls_context.cache_clear()
    assert [r.response for r in results] == ["HTTP 200: ok"] * 2
    assert server.bodies == [b"one", b"two"] and len(set(server.connections)) == 1


def test_a_header_that_could_split_the_request_is_refused(server: Server) -> None:
    result = asyncio.run(
        http_delivery.send(server.url, content=b"x", headers={"X-Bad": "a\r\nHost: evil"}, timeout=2)
    )
    assert (result.ok, result.error_class) == (False, "client") and server.bodies == []

"""HTTP logic against real local servers: SSRF attempts blocked after resolution and on every redirect."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from services.api_manager.executors import RunRequest
from services.api_manager.executors.http import HttpExecutor
from services.api_manager.settings import HTTP_ALLOWED_NETWORKS, SPECS
from services.core import db, settings_registry
from services.core.security import SYSTEM

HITS: list[str] = []


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        HITS.append(f"{self.server.server_address[0]}{self.path}")
        if self.path.startswith("/redirect"):
            self.send_response(302)
            self.send_header("Location", self.path.split("to=", 1)[1])
            self.end_headers()
            return
        body = json.dumps({"rows": [{"secret": "internal-only", "host": self.headers.get("Host")}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


def _serve(host: str) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((host, 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def servers(db_url: str) -> Iterator[tuple[int, int]]:
    settings_registry.declare(*SPECS)
    settings_registry.invalidate()
    inner, outer = _serve("127.0.0.1"), _serve("127.0.0.2")
    HITS.clear()
    yield inner.server_address[1], outer.server_address[1]
    inner.shutdown()
    outer.shutdown()


def _allow(spec: str) -> None:
    with db.session_scope() as session:
        settings_registry.update(session, actor=SYSTEM, values={HTTP_ALLOWED_NETWORKS: spec})
    settings_registry.invalidate()


def _get(url: str):
    return HttpExecutor().run(RunRequest(body=json.dumps({"url": url}), params={}, timeout_ms=3000))


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "localhost", "2130706433", "0177.0.0.1", "0x7f000001", "[::ffff:127.0.0.1]", "127.1"],
)
def test_loopback_in_any_spelling_is_blocked(servers: tuple[int, int], host: str) -> None:
    result = _get(f"http://{host}:{servers[0]}/data")
    assert result.status == "rejected" and result.error  # blocked, or refused as a malformed URL
    assert HITS == []


def test_metadata_and_private_addresses_are_blocked(servers: tuple[int, int]) -> None:
    for url in (
        "http://169.254.169.254/latest/meta-data/",
        "http://metadata.google.internal/",
        "http://10.0.0.1/",
        "http://[fd00::1]/",
    ):
        assert _get(url).status == "rejected", url


def test_an_allowlisted_network_is_reachable_and_the_host_header_kept(servers: tuple[int, int]) -> None:
    _allow("127.0.0.2/32")
    result = _get(f"http://127.0.0.2:{servers[1]}/data")
    assert result.status == "ok" and result.columns == ["secret", "host"]
    assert result.rows[0][1] == f"127.0.0.2:{servers[1]}"


def test_a_redirect_to_loopback_is_blocked(servers: tuple[int, int]) -> None:
    _allow("127.0.0.2/32")
    target = f"http://127.0.0.1:{servers[0]}/data"
    result = _get(f"http://127.0.0.2:{servers[1]}/redirect?to={target}")
    assert result.status == "rejected" and "127.0.0.1" in (result.error or "")
    assert [f"127.0.0.2/redirect?to={target}"] == HITS  # the loopback server was never contacted


def test_allowed_redirects_are_followed(servers: tuple[int, int]) -> None:
    _allow("127.0.0.0/8")
    result = _get(f"http://127.0.0.2:{servers[1]}/redirect?to=http://127.0.0.1:{servers[0]}/data")
    assert result.status == "ok" and result.details["redirects"] == 1


def test_templates_cannot_move_the_request(servers: tuple[int, int]) -> None:
    _allow("127.0.0.2/32")
    spec = {
        "url": f"http://127.0.0.2:{servers[1]}/data?q={{{{params.q}}}}",
        "headers": {"X-Q": "{{params.q}}"},
    }
    result = HttpExecutor().run(
        RunRequest(body=json.dumps(spec), params={"q": "a\r\nHost: evil"}, timeout_ms=3000)
    )
    assert result.status == "rejected" and "line breaks" in (result.error or "")
    moved = HttpExecutor().run(
        RunRequest(body=json.dumps({"url": spec["url"]}), params={"q": "x@127.0.0.1/#"}, timeout_ms=3000)
    )
    assert moved.status == "ok" and HITS[-1] == "127.0.0.2/data?q=x%40127.0.0.1%2F%23"
    assert HttpExecutor().check(json.dumps({"url": "http://{{params.host}}/x"}))

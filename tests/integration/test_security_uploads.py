"""Uploads against the real app (Reflex + REST) served by uvicorn on 127.0.0.1, with raw sockets: the
server answers 401/403/413 while the client is still sending, long before a big body is read.

SPA_MAX_UPLOAD_MB is 1 here. Reflex's `/_upload` is tied to the signed-in session of the browser tab
whose client token it carries; the REST import to a token or API key holding `infra:write`.
"""

from __future__ import annotations

import asyncio
import os
import select
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn

from services.admin import auth, service
from services.core import db
from services.core.db import session_scope
from services.core.settings import reset_settings
from tests.conftest import clone_database, drop_database
from tests.integration.helpers import PASSWORD, make_user

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CHUNK = 64 * 1024
BOUNDARY = "----spa-test-boundary"
HUGE = 1536 * 1024**2  # what the client claims (or would go on) sending


@dataclass
class Live:
    port: int
    loop: asyncio.AbstractEventLoop
    app: object


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def live(pg_admin_url: str, template_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """The whole app (`spa_ai.spa_ai:app`, compiled into a private web dir) on a free port."""
    name = f"t_up_{uuid.uuid4().hex[:10]}"
    url = clone_database(pg_admin_url, name)
    work = tmp_path_factory.mktemp("live-app")
    env = {
        "SPA_DATABASE_URL": url,
        "SPA_DATA_DIR": str(work / "data"),
        "SPA_SECRET_KEY": "upload-test-secret-" + "u" * 32,
        "SPA_MAX_UPLOAD_MB": "1",
        "SPA_DEMO_DATA": "false",
        "SPA_DEMO_SIMULATOR": "false",
        "REFLEX_WEB_WORKDIR": str(work / "web"),
        "REFLEX_STATES_WORKDIR": str(work / "states"),
        "REFLEX_TELEMETRY_ENABLED": "false",
        "REFLEX_CHECK_LATEST_VERSION": "false",
        "REFLEX_USE_SYSTEM_BUN": "1",
        "PATH": f"{PROJECT_ROOT / '.bun' / 'node_modules' / '.bin'}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    reset_settings()
    db.reset_engine()
    from spa_ai.spa_ai import app as reflex_app

    asgi = reflex_app()
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(asgi, host="127.0.0.1", port=port, lifespan="on", log_level="warning")
    )
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_until_complete, args=(server.serve(),), daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the app did not start"
        time.sleep(0.1)
    try:
        yield Live(port, loop, reflex_app)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        db.reset_engine()
        reset_settings()
        drop_database(pg_admin_url, name)


def _users() -> dict[str, str]:
    """A writer and a viewer (created once), with fresh bearer tokens."""
    tokens = {}
    with session_scope() as session:
        for username, role in (("writer", "operator"), ("watcher", "viewer")):
            if service.get_user(session, username) is None:
                make_user(session, username, role)
            tokens[username], _ = auth.login(session, username=username, password=PASSWORD, ip="127.0.0.1")
    return tokens


def _sign_in_tab(live: Live, client_token: str, jwt: str) -> None:
    """What the login form does: the tab's AuthState holds the session token (in the server's memory)."""
    from reflex.istate.manager.token import BaseStateToken

    from spa_ai.state.auth import AuthState

    async def store() -> None:
        app = live.app
        with app.set_contexts():  # type: ignore[attr-defined]
            manager = app.state_manager  # type: ignore[attr-defined]
            async with manager.modify_state(BaseStateToken(ident=client_token, cls=AuthState)) as root:
                (await root.get_state(AuthState)).auth_token = jwt

    asyncio.run_coroutine_threadsafe(store(), live.loop).result(timeout=30)


def _head(method: str, path: str, headers: dict[str, str]) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _multipart_start(filename: str) -> bytes:
    return (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="{filename}"\r\n'
        "Content-Type: application/zip\r\n\r\n"
    ).encode()


def _multipart_end() -> bytes:
    return f"\r\n--{BOUNDARY}--\r\n".encode()


def _send_until_answered(
    port: int, head: bytes, body: Iterator[bytes], limit: int = 64 * 1024**2
) -> tuple[int, int, bytes]:
    """Send `head` then body chunks (at most `limit` bytes), checking before every chunk whether the
    server has answered; then wait up to 15 s for the answer.

    Returns (status, body bytes sent before the answer arrived, response head).
    """
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sent = 0
    try:
        sock.sendall(head)
        for chunk in body:
            if select.select([sock], [], [], 0.0)[0] or sent >= limit:
                break
            try:
                sock.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(chunk)
        if not select.select([sock], [], [], 15)[0]:
            return 0, sent, b"(no answer while the client waited)"
        response = b""
        while b"\r\n\r\n" not in response:
            part = sock.recv(65536)
            if not part:
                break
            response += part
    finally:
        sock.close()
    status = int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/1.1") else 0
    return status, sent, response


def _zeros(total: int = HUGE) -> Iterator[bytes]:
    block = b"\0" * CHUNK
    for _ in range(total // CHUNK):
        yield block


def _file_part(filename: str) -> Iterator[bytes]:
    """A well-formed multipart body whose one file part goes on and on."""
    yield _multipart_start(filename)
    yield from _zeros()


def _chunked(parts: Iterator[bytes]) -> Iterator[bytes]:
    for part in parts:
        yield f"{len(part):x}\r\n".encode() + part + b"\r\n"


def test_anonymous_rest_upload_is_refused_before_the_body_is_read(live: Live) -> None:
    head = _head(
        "POST",
        "/api/infra/import",
        {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}", "Content-Length": str(HUGE)},
    )
    status, sent, response = _send_until_answered(live.port, head, _file_part("estate.zip"))
    assert status == 401, response
    assert sent < 8 * 1024**2  # answered while 1.5 GB were still to come
    assert b"x-frame-options: deny" in response.lower()


def test_rest_upload_without_the_permission_is_refused_before_the_body(live: Live) -> None:
    tokens = _users()
    head = _head(
        "POST",
        "/api/infra/import",
        {
            "Authorization": f"Bearer {tokens['watcher']}",
            "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
            "Content-Length": str(HUGE),
        },
    )
    status, sent, response = _send_until_answered(live.port, head, _file_part("estate.zip"))
    assert status == 403, response
    assert sent < 8 * 1024**2


def test_rest_upload_over_the_limit_is_413_declared_or_streamed(live: Live) -> None:
    tokens = _users()
    auth_header = {"Authorization": f"Bearer {tokens['writer']}"}
    declared = _head(
        "POST",
        "/api/infra/import",
        {
            **auth_header,
            "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
            "Content-Length": str(HUGE),
        },
    )
    status, sent, _ = _send_until_answered(live.port, declared, _file_part("big.zip"))
    assert status == 413 and sent < 8 * 1024**2
    streamed = _head(
        "POST",
        "/api/infra/import",
        {
            **auth_header,
            "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
            "Transfer-Encoding": "chunked",
        },
    )

    status, sent, response = _send_until_answered(live.port, streamed, _chunked(_file_part("big.zip")))
    assert status == 413, response
    assert 1024**2 <= sent < 8 * 1024**2  # the limit (1 MiB) was reached while streaming, then refused


def test_reflex_upload_needs_a_signed_in_tab_and_is_bounded(live: Live) -> None:
    from reflex_base.utils.format import format_event_handler

    from spa_ai.state.infra_import import InfraImportState

    handler = format_event_handler(InfraImportState.start_import)  # type: ignore[arg-type]
    multipart = f"multipart/form-data; boundary={BOUNDARY}"

    def upload_head(client_token: str, **extra: str) -> bytes:
        return _head(
            "POST",
            "/_upload",
            {
                "Reflex-Client-Token": client_token,
                "Reflex-Event-Handler": handler,
                "Content-Type": multipart,
                **extra,
            },
        )

    # A tab nobody signed in to (or a made-up token) is refused at once.
    status, sent, response = _send_until_answered(
        live.port, upload_head(str(uuid.uuid4()), **{"Content-Length": str(HUGE)}), _file_part("estate.zip")
    )
    assert status == 401 and sent < 8 * 1024**2, response
    assert b"content-security-policy" in response.lower()
    # A signed-in tab may upload, up to SPA_MAX_UPLOAD_MB.
    tab = str(uuid.uuid4())
    _sign_in_tab(live, tab, _users()["writer"])

    status, sent, response = _send_until_answered(
        live.port, upload_head(tab, **{"Transfer-Encoding": "chunked"}), _chunked(_file_part("estate.zip"))
    )
    assert status == 413 and sent < 8 * 1024**2, response
    small = _multipart_start("notes.txt") + b"not a zip" + _multipart_end()
    status, _, response = _send_until_answered(
        live.port, upload_head(tab, **{"Content-Length": str(len(small))}) + small, iter(())
    )
    assert status == 200, response  # reached Reflex's upload handler (which refuses a non-zip politely)


def test_reflex_routes_carry_the_security_headers(live: Live) -> None:
    import httpx

    for path in ("/ping", "/_health", "/no-such-page"):
        headers = httpx.get(f"http://127.0.0.1:{live.port}{path}", timeout=10).headers
        assert headers["x-frame-options"] == "DENY", path
        assert "frame-ancestors 'none'" in headers["content-security-policy"], path
        assert headers["referrer-policy"] == "same-origin" and headers["x-content-type-options"] == "nosniff"

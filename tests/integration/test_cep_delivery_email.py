"""E-mail channel against a real SMTP server (aiosmtpd): AUTH, STARTTLS and implicit TLS with a
certificate the client verifies, HTML + text parts, down-then-up retry, refused credentials."""

from __future__ import annotations

import email
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlmodel import Session

from services.cep import outbox
from services.cep.channel_service import create_channel, send_test
from services.cep.delivery_models import Channel, ChannelCreate, OutboxRow
from services.core.security import SYSTEM
from tests.integration.cep_delivery_helpers import PAYLOAD, drain_until, fast_delivery_fixture  # noqa: F401
from tests.support.certs import self_signed_loopback, server_context

pytestmark = pytest.mark.usefixtures("fast_delivery")
USER, PASSWORD = "alerts", "smtp-Pass-Do-Not-Leak"


@dataclass
class Mailbox:
    messages: list[email.message.Message] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(name="tls")
def tls_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ssl.SSLContext:
    """A self-signed certificate for 127.0.0.1 that the client trusts (SSL_CERT_FILE)."""
    cert_file, key_file = self_signed_loopback(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))
    return server_context(cert_file, key_file)


@pytest.fixture(name="smtp_port")
def smtp_port_fixture() -> int:
    return _free_port()


def _start(mailbox: Mailbox, port: int, **kwargs: Any) -> Controller:
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, authenticator=_authenticator, **kwargs)
    controller.start()
    return controller


@pytest.fixture(name="stop")
def stop_fixture() -> Iterator[list[Controller]]:
    started: list[Controller] = []
    yield started
    for controller in started:
        controller.stop()


def _channel(session: Session, port: int, security: str = "none", password: str = PASSWORD) -> Channel:
    body = ChannelCreate(
        name=f"mail-{security}",
        kind="email",
        config={
            "host": "127.0.0.1",
            "port": port,
            "security": security,
            "username": USER,
            "from_addr": "spa@example.com",
            "to": ["oncall@example.com", "lead@example.com"],
        },
        secrets={"password": password},
    )
    channel = create_channel(session, actor=SYSTEM, body=body)
    session.commit()
    return channel


def _row(session: Session, row_id: int) -> OutboxRow:
    session.expire_all()
    row = session.get(OutboxRow, row_id)
    assert row is not None
    return row


def test_smtp_down_then_up_delivers_after_a_retry_with_html_and_text(
    session: Session, smtp_port: int, stop: list[Controller]
) -> None:
    channel = _channel(session, smtp_port)
    ids = outbox.enqueue(
        session,
        actions=[{"kind": "notify", "params": {"channel_ids": [channel.id]}}],
        payload=PAYLOAD,
        dedup_key="m1",
    )
    session.commit()
    drain_until(lambda: _row(session, ids[0]).attempts >= 1)
    first = _row(session, ids[0])
    assert first.status == "pending" and first.last_error_class == "network"  # nobody listening yet
    mailbox = Mailbox()
    stop.append(_start(mailbox, smtp_port, auth_require_tls=False))
    drain_until(lambda: _row(session, ids[0]).status == "delivered")
    assert len(mailbox.messages) == 1
    message = mailbox.messages[0]
    assert message["To"] == "oncall@example.com, lead@example.com" and "High CPU" in message["Subject"]
    assert "".join(message["X-SPA-Idempotency-Key"].split()) == first.dedup_key  # folded: long header
    parts = {
        part.get_content_type(): bytes(part.get_payload(decode=True)).decode()
        for part in message.walk()
        if not part.is_multipart()
    }
    assert set(parts) == {"text/plain", "text/html"}
    assert "web-01" in parts["text/plain"] and "<h3>" in parts["text/html"] and "web-01" in parts["text/html"]


def test_refused_password_is_not_retried_and_breaks_the_channel(
    session: Session, smtp_port: int, stop: list[Controller]
) -> None:
    mailbox = Mailbox()
    stop.append(_start(mailbox, smtp_port, auth_require_tls=False))
    channel = _channel(session, smtp_port, password="wrong")
    ids = outbox.enqueue(
        session,
        actions=[{"kind": "notify", "params": {"channel_ids": [channel.id]}}],
        payload=PAYLOAD,
        dedup_key="m2",
    )
    session.commit()
    drain_until(lambda: _row(session, ids[0]).status == "dead")
    assert _row(session, ids[0]).last_error_class == "auth" and _row(session, ids[0]).attempts == 1
    session.expire_all()
    assert session.get(Channel, channel.id).broken_at is not None  # type: ignore[union-attr]
    assert mailbox.messages == []


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_modes_verify_the_server_and_send(
    session: Session, smtp_port: int, stop: list[Controller], tls: ssl.SSLContext, security: str
) -> None:
    mailbox = Mailbox()
    options = (
        {"tls_context": tls, "require_starttls": True}
        if security == "starttls"
        else {"ssl_context": tls, "auth_require_tls": False}  # aiosmtpd cannot tell the socket is TLS
    )
    stop.append(_start(mailbox, smtp_port, **options))
    channel = _channel(session, smtp_port, security=security)
    assert channel.id is not None
    result = send_test(session, actor=SYSTEM, channel_id=channel.id)
    assert result["ok"], result
    assert len(mailbox.messages) == 1 and "Test notification" in mailbox.messages[0]["Subject"]

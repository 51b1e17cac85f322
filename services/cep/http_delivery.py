"""One HTTP delivery behind the SSRF guard, and how its answer is classed for the outbox.

The host is resolved and checked once per drain round (`netguard`, allowlist
`cep_http_allowed_networks`) and the request goes to the checked address (the name kept for Host and
TLS SNI) over `http_wire`'s kept-alive connections; redirects are not followed.
Classes: 2xx ok; 401/403 `auth` (no retry, channel broken); 429 `rate_limited` (retry after
`Retry-After`); 408/5xx `server`, timeouts `timeout`, connection errors `network` (retried); other
answers `client` (no retry); a refused address `blocked` (no retry).
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache

import httpx

from services.api_manager.netguard import Allowlist, BlockedAddress, IPAddress, checked_address
from services.cep import delivery_settings as keys
from services.cep import http_wire
from services.core import settings_registry

MAX_SNIPPET = 500
USER_AGENT = "SPA-AI-CEP/1"
CONNECTIONS_PER_HOST = 8  # a burst queues on kept-alive connections instead of a connect storm
_pool: ContextVar[Clients | None] = ContextVar("cep_http_pool", default=None)


@dataclass(frozen=True)
class DeliveryResult:
    """The outcome of one delivery attempt; `error_class` decides retry (see the outbox)."""

    ok: bool
    error_class: str | None
    response: str
    retry_after: float | None = None


@lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """`Retry-After` as seconds from now: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())


def classify(status: int, body: str, retry_after: str | None = None) -> DeliveryResult:
    """The delivery result for an HTTP answer."""
    snippet = f"HTTP {status}: {body[:MAX_SNIPPET]}"
    if 200 <= status < 300:
        return DeliveryResult(True, None, snippet)
    if status in (401, 403):
        return DeliveryResult(False, "auth", snippet)
    if status == 429:
        return DeliveryResult(False, "rate_limited", snippet, retry_after_seconds(retry_after))
    if status == 408 or status >= 500:
        return DeliveryResult(False, "server", snippet)
    return DeliveryResult(False, "client", snippet)


def _guard(host: str, port: int) -> IPAddress:
    allowlist = Allowlist.parse(str(settings_registry.get(keys.ALLOWED_NETWORKS) or ""))
    return checked_address(host, port, allowlist)


def check_url(url: str) -> str | None:
    """A problem with `url` as a delivery target (scheme, host, credentials), or None."""
    try:
        target = httpx.URL(url)
    except httpx.InvalidURL as exc:
        return str(exc)
    if target.scheme not in ("http", "https"):
        return "the URL must start with http:// or https://"
    if not target.host:
        return "the URL has no host"
    if target.userinfo:
        return "credentials in the URL are not allowed; use a secret header"
    return None


async def send(
    url: str, *, content: bytes, headers: dict[str, str], timeout: float, method: str = "POST"
) -> DeliveryResult:
    """Send `content` to `url` and class the answer (never raises for network or HTTP errors)."""
    problem = check_url(url)
    if problem:
        return DeliveryResult(False, "client", f"bad URL: {problem}")
    target = httpx.URL(url)
    port = target.port or (443 if target.scheme == "https" else 80)
    shared = _pool.get()
    try:
        address = await (
            shared.address(target.host, port) if shared else asyncio.to_thread(_guard, target.host, port)
        )
    except BlockedAddress as exc:
        return DeliveryResult(False, "blocked", f"blocked: {exc}")
    host_header = target.host if target.port is None else f"{target.host}:{target.port}"
    try:
        request = http_wire.encode_request(
            method, target.raw_path, {"User-Agent": USER_AGENT, **headers, "Host": host_header}, content
        )
    except ValueError as exc:
        return DeliveryResult(False, "client", str(exc))
    own = None if shared else http_wire.HostConnections(1)
    connections = shared.host(target.scheme, target.host, port) if shared else own
    assert connections is not None
    try:
        answer = await connections.request(
            address=str(address),
            port=port,
            tls=_tls_context() if target.scheme == "https" else None,
            server_name=target.host,
            request=request,
            timeout=timeout,
        )
    except TimeoutError:
        return DeliveryResult(False, "timeout", f"no answer within {timeout:g} s")
    except (OSError, EOFError, ValueError, http_wire.WireError) as exc:  # the URL may be a secret
        detail, path = str(exc).replace(url, "<url>"), target.raw_path.decode("ascii", "replace")
        if len(path) > 1:
            detail = detail.replace(path, "<path>")
        return DeliveryResult(
            False, "network", f"request failed: {type(exc).__name__}: {detail}"[:MAX_SNIPPET]
        )
    finally:
        if own is not None:
            own.close()
    return classify(answer.status, answer.text(), answer.headers.get("retry-after"))


class Clients:
    """Kept-alive connections per (scheme, host name, port) — never shared between host names, since
    connections go to addresses and TLS names them by SNI — and each host's checked address, resolved
    and checked once per round (`new_round`): a notification loop keeps one across its drain rounds,
    so its connections stay open from one batch to the next."""

    def __init__(self) -> None:
        self.hosts: dict[tuple[str, str, int], http_wire.HostConnections] = {}
        self.addresses: dict[tuple[str, int], asyncio.Future[IPAddress]] = {}

    def host(self, scheme: str, host: str, port: int) -> http_wire.HostConnections:
        key = (scheme, host.lower(), port)
        if key not in self.hosts:
            self.hosts[key] = http_wire.HostConnections(CONNECTIONS_PER_HOST)
        return self.hosts[key]

    def address(self, host: str, port: int) -> asyncio.Future[IPAddress]:
        key = (host.lower(), port)
        if key not in self.addresses:
            self.addresses[key] = asyncio.ensure_future(asyncio.to_thread(_guard, host, port))
        return self.addresses[key]

    def new_round(self) -> None:
        """Forget the checked addresses: the next delivery to a host resolves and checks it again."""
        self.addresses.clear()

    def close(self) -> None:
        hosts, self.hosts = list(self.hosts.values()), {}
        for connections in hosts:
            connections.close()


@contextlib.asynccontextmanager
async def client_pool(clients: Clients | None = None) -> AsyncIterator[None]:
    """Share connections and address checks among the deliveries started inside (one drain round):
    `clients` when given (left open, its addresses checked afresh), else connections closed on exit."""
    shared = clients or Clients()
    shared.new_round()
    token = _pool.set(shared)
    try:
        yield
    finally:
        _pool.reset(token)
        if clients is None:
            shared.close()

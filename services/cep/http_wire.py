"""A small HTTP/1.1 client for webhook deliveries: kept-alive connections to checked addresses.

A delivery needs little of HTTP: send one request with a small body to an address already checked
by the SSRF guard (TLS naming the host by SNI and verifying its certificate for that name), follow
no redirect (a 3xx is an answer), bound the whole exchange by a timeout, and read the status,
`Retry-After` and the first bytes of the answer. httpx did that for ~1 ms of CPU per POST (its pool
re-checks every connection for every waiting request); this writes each request in one send and
parses the answer with asyncio streams. A connection is kept for the next request when the answer
allows it (HTTP/1.1, no `Connection: close`, its body read to the end) and dropped after
`IDLE_SECONDS` unused or when the server closed it meanwhile; a request whose kept-alive connection
turns out closed before any byte of an answer is sent once more on a new one.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from dataclasses import dataclass

SNIPPET_BYTES = 4096
MAX_BODY_BYTES = 1 << 20  # an answer longer than this is cut: the connection is closed, not drained
MAX_HEADERS = 100
IDLE_SECONDS = 4.0  # below the usual 5 s keep-alive timeout of servers, so a reuse rarely races a close


class WireError(Exception):
    """The server's answer was not HTTP this client can read."""


class _ClosedBeforeAnswer(Exception):
    """A kept-alive connection was closed by the server before it answered anything."""


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]  # lower-case names; a repeated header keeps its last value
    body: bytes  # the first `keep` bytes (SNIPPET_BYTES unless the request asked for more)

    def text(self) -> str:
        """The body as text, in the charset the answer names (UTF-8 when none or unknown)."""
        charset = "utf-8"
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset" and value:
                charset = value.strip("\"'")
        try:
            return self.body.decode(charset, "replace")
        except LookupError:
            return self.body.decode("utf-8", "replace")


def encode_request(method: str, path: bytes, headers: dict[str, str], body: bytes) -> bytes:
    """The request head and body, ready for one write; ValueError for a header that could split it."""
    lines = [f"{method} {path.decode('ascii')} HTTP/1.1"]
    for name, value in headers.items():
        if not name or any(c in name for c in ":\r\n ") or any(c in value for c in "\r\n"):
            raise ValueError(f"header '{name[:40]}' is not a valid header")
        lines.append(f"{name}: {value}")
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "strict") + body


class _Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.idle_since = time.monotonic()

    def usable(self) -> bool:
        fresh = time.monotonic() - self.idle_since < IDLE_SECONDS
        return fresh and not self.reader.at_eof() and not self.writer.is_closing()

    def close(self) -> None:
        self.writer.close()

    async def exchange(self, request: bytes, *, reused: bool, keep: int) -> tuple[Answer, bool]:
        """Send `request`, read the answer (its body's first `keep` bytes); (answer, whether the
        connection can be used again)."""
        self.writer.write(request)
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line and reused:
            raise _ClosedBeforeAnswer
        while True:
            version, status = _status(status_line)
            headers = await _headers(self.reader)
            if not 100 <= status < 200:
                break
            status_line = await self.reader.readline()  # an interim answer: the real one follows
        body, complete = await _body(self.reader, headers, status, keep)
        keep = version == "HTTP/1.1" and "close" not in headers.get("connection", "").lower()
        return Answer(status, headers, body), keep and complete


def _status(line: bytes) -> tuple[str, int]:
    parts = line.split(None, 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/") or not parts[1].isdigit():
        raise WireError("the answer does not start with an HTTP status line")
    return parts[0].decode("ascii", "replace"), int(parts[1])


async def _headers(reader: asyncio.StreamReader) -> dict[str, str]:
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADERS + 1):
        line = await reader.readline()
        if line in (b"\r\n", b"\n"):
            return headers
        if not line:
            raise WireError("the connection closed inside the answer's headers")
        name, sep, value = line.decode("latin-1").partition(":")
        if not sep:
            raise WireError("a header line without ':'")
        headers[name.strip().lower()] = value.strip()
    raise WireError(f"more than {MAX_HEADERS} headers")


async def _body(
    reader: asyncio.StreamReader, headers: dict[str, str], status: int, keep: int
) -> tuple[bytes, bool]:
    """The first `keep` bytes of the body, and whether it was read to its end (a body longer than
    both MAX_BODY_BYTES and `keep` is not read to its end)."""
    cut = max(MAX_BODY_BYTES, keep)
    if status in (204, 304):
        return b"", True
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return await _chunked(reader, keep, cut)
    if "content-length" in headers:
        length = int(headers["content-length"])
        if length > cut:
            return await reader.read(keep), False
        return (await reader.readexactly(length))[:keep], True
    kept = bytearray()  # delimited by the close: read what there is, up to `keep`
    while len(kept) < keep and (data := await reader.read(keep - len(kept))):
        kept += data
    return bytes(kept), False


async def _chunked(reader: asyncio.StreamReader, keep: int, cut: int) -> tuple[bytes, bool]:
    kept, total = bytearray(), 0
    while True:
        size = int((await reader.readline()).split(b";")[0].strip() or b"x", 16)
        if size == 0:
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return bytes(kept[:keep]), True
        total += size
        if total > cut:
            return bytes(kept[:keep]), False
        chunk = await reader.readexactly(size + 2)
        if len(kept) < keep:
            kept += chunk[:size]


class HostConnections:
    """Up to `size` kept-alive connections to one host name and port (requests beyond them wait)."""

    def __init__(self, size: int) -> None:
        self.slots = asyncio.Semaphore(size)
        self.idle: list[tuple[str, _Connection]] = []

    async def request(
        self,
        *,
        address: str,
        port: int,
        tls: ssl.SSLContext | None,
        server_name: str,
        request: bytes,
        timeout: float,
        keep: int = SNIPPET_BYTES,
    ) -> Answer:
        """One exchange with `address` (ValueError, OSError, WireError or TimeoutError on failure).
        `timeout` bounds the exchange; the wait for a free connection is bounded by the caller (the
        attempt's budget), so a burst queued behind a slow host is not failed unsent."""
        async with self.slots, asyncio.timeout(timeout):
            connection = self._take(address)
            if connection is not None:
                try:
                    return await self._exchange(address, connection, request, reused=True, keep=keep)
                except _ClosedBeforeAnswer:
                    pass
            connection = await self._open(address, port, tls, server_name)
            return await self._exchange(address, connection, request, reused=False, keep=keep)

    def _take(self, address: str) -> _Connection | None:
        while self.idle:
            kept_for, connection = self.idle.pop()
            if kept_for == address and connection.usable():
                return connection
            connection.close()
        return None

    @staticmethod
    async def _open(address: str, port: int, tls: ssl.SSLContext | None, server_name: str) -> _Connection:
        reader, writer = await asyncio.open_connection(
            address, port, ssl=tls, server_hostname=server_name if tls else None, limit=1 << 16
        )
        return _Connection(reader, writer)

    async def _exchange(
        self, address: str, connection: _Connection, request: bytes, *, reused: bool, keep: int
    ) -> Answer:
        try:
            answer, reusable = await connection.exchange(request, reused=reused, keep=keep)
        except BaseException:
            connection.close()
            raise
        if reusable:
            connection.idle_since = time.monotonic()
            self.idle.append((address, connection))
        else:
            connection.close()
        return answer

    def close(self) -> None:
        for _, connection in self.idle:
            with contextlib.suppress(Exception):
                connection.close()
        self.idle.clear()

"""Remote metric sources read concurrently on the event loop, each distinct GET once per tick.

`read_all` takes the GETs a tick's rules need (`sources.RemoteRequest`, equal when two rules ask the
same URL, headers and Prometheus query at the same instant), checks every address with the SSRF guard
(`sources.prepare`, in one worker thread: it may resolve names), and sends them to the checked
addresses over `http_wire`'s kept-alive connections (`http_delivery.Clients`: up to 8 per host name
and port, TLS naming the host by SNI, no redirects), at most `concurrency` at once. Each answer is
yielded as soon as it arrives, so a slow source holds back only the rules reading it, for at most
its own timeout (which bounds the whole exchange; waiting for a free slot does not spend it).
Answers are read up to `sources.MAX_RESPONSE_BYTES`.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from functools import lru_cache
from typing import Any

from services.cep import http_wire, sources
from services.cep.http_delivery import USER_AGENT, Clients
from services.cep.sources import Prepared, RemoteRequest, SourceError


@lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    return ssl.create_default_context()  # loading the CA store costs ~80 ms: once per process


def _prepare_all(requests: list[RemoteRequest]) -> dict[RemoteRequest, Prepared | SourceError]:
    prepared: dict[RemoteRequest, Prepared | SourceError] = {}
    for request in requests:
        try:
            prepared[request] = sources.prepare(request)
        except SourceError as exc:
            prepared[request] = exc
    return prepared


async def _get(clients: Clients, request: RemoteRequest, prepared: Prepared) -> Any:
    """The JSON answer of one GET (SourceError on failure, timeout or an oversized answer)."""
    target = prepared.target.copy_merge_params(dict(request.params)) if request.params else prepared.target
    tls = _tls_context() if target.scheme == "https" else None
    port = target.port or (443 if tls else 80)
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **prepared.headers}  # the rule's win
    try:
        wire = http_wire.encode_request("GET", target.raw_path, headers, b"")
        answer = await clients.host(target.scheme, prepared.host, port).request(
            address=target.host,
            port=port,
            tls=tls,
            server_name=prepared.host,
            request=wire,
            timeout=request.timeout,
            keep=sources.MAX_RESPONSE_BYTES + 1,
        )
    except TimeoutError as exc:
        raise SourceError(f"GET {request.url} timed out after {request.timeout:g} s") from exc
    except (OSError, EOFError, ValueError, http_wire.WireError) as exc:
        raise SourceError(f"GET {request.url} failed: {type(exc).__name__}") from exc
    declared = answer.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > sources.MAX_RESPONSE_BYTES:
        raise SourceError(f"GET {request.url} answered more than {sources.MAX_RESPONSE_BYTES} bytes")
    return sources.decode(request, answer.status, answer.headers.get("content-type", ""), answer.body)


async def read_all(
    clients: Clients, requests: list[RemoteRequest], concurrency: int
) -> AsyncIterator[tuple[RemoteRequest, Any]]:
    """(request, its JSON answer or the SourceError reading it), as each arrives; each distinct
    request is sent once."""
    distinct = list(dict.fromkeys(requests))
    prepared = await asyncio.to_thread(_prepare_all, distinct)
    slots = asyncio.Semaphore(max(1, concurrency))

    async def one(request: RemoteRequest) -> tuple[RemoteRequest, Any]:
        target = prepared[request]
        if isinstance(target, SourceError):
            return request, target
        async with slots:
            try:
                return request, await _get(clients, request, target)
            except SourceError as exc:
                return request, exc

    tasks = [asyncio.create_task(one(request)) for request in distinct]
    try:
        for arrived in asyncio.as_completed(tasks):
            yield await arrived
    finally:
        for task in tasks:
            task.cancel()

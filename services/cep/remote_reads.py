"""Remote metric sources read concurrently on the event loop, each distinct GET once per tick.

`read_all` takes the GETs a tick's rules need (`sources.RemoteRequest`, equal when two rules ask the
same URL, headers and Prometheus query at the same instant), checks every address with the SSRF guard
(`sources.prepare`, in one worker thread: it may resolve names), and sends them on one kept-alive
`httpx.AsyncClient`, at most `concurrency` at once. Each answer is yielded as soon as it arrives, so a
slow source holds back only the rules reading it, for at most its own timeout (which bounds the whole
exchange, not each phase; waiting for a free slot does not spend it). Answers are read up to
`sources.MAX_RESPONSE_BYTES`.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from functools import lru_cache
from typing import Any

import httpx

from services.cep import sources
from services.cep.sources import Prepared, RemoteRequest, SourceError


@lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    return ssl.create_default_context()  # loading the CA store costs ~80 ms: once per process


def new_client(concurrency: int) -> httpx.AsyncClient:
    """A client for the loop that reads sources (keep-alive, no redirects, no proxy from the environment)."""
    return httpx.AsyncClient(
        follow_redirects=False,
        trust_env=False,
        verify=_tls_context(),
        limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
    )


def _prepare_all(requests: list[RemoteRequest]) -> dict[RemoteRequest, Prepared | SourceError]:
    prepared: dict[RemoteRequest, Prepared | SourceError] = {}
    for request in requests:
        try:
            prepared[request] = sources.prepare(request)
        except SourceError as exc:
            prepared[request] = exc
    return prepared


async def _get(client: httpx.AsyncClient, request: RemoteRequest, prepared: Prepared) -> Any:
    """The JSON answer of one GET (SourceError on failure, timeout or an oversized answer)."""
    try:
        async with (
            asyncio.timeout(request.timeout),
            client.stream(
                "GET",
                prepared.target,
                params=dict(request.params) or None,
                headers=prepared.headers,
                timeout=request.timeout,
                extensions=prepared.extensions,
            ) as response,
        ):
            content = bytearray()
            async for chunk in response.aiter_bytes():
                content += chunk
                if len(content) > sources.MAX_RESPONSE_BYTES:
                    break
    except (TimeoutError, httpx.TimeoutException) as exc:
        raise SourceError(f"GET {request.url} timed out after {request.timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise SourceError(f"GET {request.url} failed: {type(exc).__name__}") from exc
    content_type = response.headers.get("content-type", "")
    return sources.decode(request, response.status_code, content_type, bytes(content))


async def read_all(
    client: httpx.AsyncClient, requests: list[RemoteRequest], concurrency: int
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
                return request, await _get(client, request, target)
            except SourceError as exc:
                return request, exc

    tasks = [asyncio.create_task(one(request)) for request in distinct]
    try:
        for arrived in asyncio.as_completed(tasks):
            yield await arrived
    finally:
        for task in tasks:
            task.cancel()

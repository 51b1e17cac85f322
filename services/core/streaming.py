"""Run blocking work in a thread and stream what it reports to async code (SSE routes, UI events).

`stream_in_thread(work)` calls `work(emit)` in a worker thread; every `emit(event)` is delivered to the
async side, batched: the iterator yields lists of events as they arrive, then one `Finished(result)`.
An exception raised by `work` is re-raised after the events emitted before it. The event loop never
blocks on the work, and a slow consumer never blocks the worker.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

R = TypeVar("R")
Emit = Callable[[Any], None]


@dataclass(frozen=True)
class Finished(Generic[R]):
    """The work's return value, after every event it emitted."""

    result: R


async def stream_in_thread(work: Callable[[Emit], R]) -> AsyncIterator[list[Any] | Finished[R]]:
    """Yield batches of the events `work(emit)` emits while it runs in a thread, then `Finished`."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[Any] = asyncio.Queue()

    def emit(event: Any) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, event)

    job = asyncio.ensure_future(asyncio.to_thread(work, emit))
    try:
        while True:
            getter = asyncio.ensure_future(queue.get())
            await asyncio.wait({job, getter}, return_when=asyncio.FIRST_COMPLETED)
            batch = [getter.result()] if getter.done() else []
            if not getter.done():
                getter.cancel()
            while not queue.empty():
                batch.append(queue.get_nowait())
            if batch:
                yield batch
            if job.done() and queue.empty():
                break
        yield Finished(job.result())
    finally:
        if not job.done():
            await asyncio.shield(job)  # the thread cannot be cancelled: let it finish before leaving

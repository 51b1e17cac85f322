"""Parses shared within one question's answer: the reading, the rules planner, the follow-up reader and
the service each parse the same question against the same index at the same moment, and once is enough.
A parse is handed out as a copy, so a caller's changes never reach the next one; outside `shared_parses`
every parse is made afresh."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

_shared: ContextVar[dict[tuple[Any, ...], Parsed] | None] = ContextVar("shared_parses", default=None)


@contextmanager
def shared_parses() -> Iterator[None]:
    """Within it, a question parsed again against the same index, moment and timezone is not re-read."""
    token = _shared.set({})
    try:
        yield
    finally:
        _shared.reset(token)


def remembered(
    question: str, index: EntityIndex, now: datetime, tz: str, make: Callable[[], Parsed]
) -> Parsed:
    """`make()`'s parse of `question`, made once per index, moment and timezone within `shared_parses`."""
    kept = _shared.get()
    if kept is None:
        return make()
    key = (question, id(index), now, tz)  # the index lives while the answer is made: its id is its own
    if key not in kept:
        kept[key] = make()
    return copy.deepcopy(kept[key])

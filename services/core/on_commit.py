"""Side effects that must happen only once a transaction has committed (sync to Neo4j, wake a worker).

`on_commit(session, fn)` runs `fn()` after the session's current transaction commits and forgets it
when the transaction rolls back. `batch(session, key, flush)` collects items during one transaction and
hands them to `flush(items)` once, after commit. A failing callback is logged, never raised: the data
it follows is already committed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlmodel import Session

log = logging.getLogger(__name__)

_CALLBACKS = "on_commit.callbacks"
_BATCHES = "on_commit.batches"
_LISTENING = "on_commit.listening"


def on_commit(session: Session, fn: Callable[[], Any]) -> None:
    """Run `fn()` after the current transaction of `session` commits (dropped on rollback)."""
    _listen(session)
    session.connection()  # begin the transaction now, so its commit or rollback is the one that decides
    session.info.setdefault(_CALLBACKS, []).append(fn)


def batch(session: Session, key: str, flush: Callable[[list[Any]], Any]) -> list[Any]:
    """A list for this transaction under `key`; `flush(list)` runs once after commit."""
    batches: dict[str, list[Any]] = session.info.setdefault(_BATCHES, {})
    items = batches.get(key)
    if items is None:
        items = batches[key] = []
        on_commit(session, lambda: flush(items))
    return items


def _listen(session: Session) -> None:
    if session.info.get(_LISTENING):
        return
    event.listen(session, "after_commit", _after_commit)
    event.listen(session, "after_rollback", _after_rollback)
    session.info[_LISTENING] = True


def _after_commit(session: Session) -> None:
    callbacks = session.info.pop(_CALLBACKS, [])
    session.info.pop(_BATCHES, None)
    for fn in callbacks:
        try:
            fn()
        except Exception:
            log.exception("after-commit side effect %r failed", fn)


def _after_rollback(session: Session) -> None:
    session.info.pop(_CALLBACKS, None)
    session.info.pop(_BATCHES, None)

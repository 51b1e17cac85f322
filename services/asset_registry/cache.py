"""Per-process cache of published asset content, invalidated when a publish commits.

Correctness rules:
- a publish/rollback marks its key dirty on the session; the key is dropped from the cache at once and
  again when that transaction commits or rolls back, so no reader keeps the superseded content;
- a session with an uncommitted publish of a key never fills the cache for that key (it may roll back);
- every invalidation bumps a generation counter; a reader that started before it does not store its
  (possibly old) result;
- entries expire after `TTL_S`, which bounds staleness when another process publishes.
"""

from __future__ import annotations

import copy
import threading
import time
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession

TTL_S = 10.0
_DIRTY = "asset_registry.dirty"

Key = tuple[str, str, str]  # (database url, kind, name)

_lock = threading.Lock()
_entries: dict[Key, tuple[float, dict[str, Any]]] = {}
_generation = 0


def key_for(session: OrmSession, kind: str, name: str) -> Key:
    """The cache key of an asset in the database `session` is bound to."""
    return (str(session.get_bind().engine.url), kind, name)


def generation() -> int:
    """The current invalidation generation (read before loading from the database)."""
    return _generation


def get(session: OrmSession, key: Key) -> dict[str, Any] | None:
    """A copy of the cached content, or None when absent, expired or dirty in this session."""
    if key in session.info.get(_DIRTY, ()):
        return None
    with _lock:
        entry = _entries.get(key)
        if entry is None or entry[0] < time.monotonic():
            return None
        return copy.deepcopy(entry[1])


def put(session: OrmSession, key: Key, content: dict[str, Any], seen_generation: int) -> None:
    """Cache `content` unless it may be stale (dirty here, or invalidated since it was read)."""
    if key in session.info.get(_DIRTY, ()):
        return
    with _lock:
        if _generation == seen_generation:
            _entries[key] = (time.monotonic() + TTL_S, copy.deepcopy(content))


def invalidate(key: Key | None = None) -> None:
    """Drop one key (or everything)."""
    global _generation
    with _lock:
        _generation += 1
        if key is None:
            _entries.clear()
        else:
            _entries.pop(key, None)


def mark_dirty(session: OrmSession, key: Key) -> None:
    """Note that `session` changed the published version of `key`; invalidate now and at transaction end."""
    session.info.setdefault(_DIRTY, set()).add(key)
    invalidate(key)


def _transaction_end(session: OrmSession, transaction: Any) -> None:
    if transaction.parent is None:  # the outermost transaction committed or rolled back
        for key in session.info.pop(_DIRTY, set()):
            invalidate(key)


event.listen(OrmSession, "after_transaction_end", _transaction_end)

"""An in-process cache of published APIs (slug or id → the API row and its published version).

A call by slug or id needs the API's access rules and its published content; reading them costs an
ORM query per call. Entries are invalidated three ways, so a changed, rolled back or deleted API is
never served for long, in any process:
- this process: `service._changed` clears the cache when the writing transaction commits;
- other processes: a statement trigger on `apis` (migration api_manager_0003) sends
  `NOTIFY spa_api_changed` on commit; one listener thread per process clears the cache on it;
- a missed notification: entries live at most `TTL_S`, and the cache is bypassed entirely while the
  listener is not connected (it clears the cache on every (re)connect).
A generation number guards the load: an entry read before an invalidation is not stored after it.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass

import psycopg
from sqlmodel import Session

from services.api_manager import reads
from services.api_manager.models import Api, ApiVersion
from services.core import db

CHANNEL = "spa_api_changed"
TTL_S = 5.0
APPLICATION = "spa-api-cache-listener"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Entry:
    api: Api
    version: ApiVersion | None
    loaded_at: float


class _Listener(threading.Thread):
    """LISTENs on `CHANNEL` for one database; every notification (and every reconnect) clears the cache."""

    def __init__(self, cache: PublishedCache, url: str) -> None:
        super().__init__(name="api-published-listener", daemon=True)
        self.cache, self.url = cache, url
        self.connected = False
        self.stopped = threading.Event()

    def run(self) -> None:
        conninfo = self.url.replace("postgresql+psycopg://", "postgresql://")
        while not self.stopped.is_set():
            try:
                with psycopg.connect(
                    conninfo, autocommit=True, connect_timeout=5, application_name=APPLICATION
                ) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.cache.invalidate()  # whatever changed while not listening
                    self.connected = True
                    while not self.stopped.is_set():
                        for _ in conn.notifies(timeout=1.0):
                            self.cache.invalidate()
            except psycopg.Error as exc:
                if self.url != db.database_url():  # the process moved to another database (tests)
                    self.stopped.set()
                elif not self.stopped.is_set():
                    log.warning("API cache listener lost its connection (%s); retrying", exc)
            finally:
                self.connected = False
                self.cache.invalidate()
            self.stopped.wait(1.0)


class PublishedCache:
    """Published APIs by ("id", n) and ("slug", s), for the current database."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, object], Entry] = {}
        self._generation = 0
        self._lock = threading.Lock()
        self._listener: _Listener | None = None

    def invalidate(self) -> None:
        with self._lock:
            self._generation += 1
            self._entries.clear()

    def _listening(self) -> bool:
        """True when the listener for the current database is connected (starting it if needed)."""
        url = db.database_url()
        with self._lock:
            listener = self._listener
            if listener is None or listener.url != url or not listener.is_alive():
                if listener is not None:
                    listener.stopped.set()
                self._entries.clear()
                self._generation += 1
                listener = self._listener = _Listener(self, url)
                listener.start()
        return listener.connected

    def lookup(
        self, session: Session, *, api_id: int | None, slug: str | None
    ) -> tuple[Api, ApiVersion | None]:
        """The live API and its published version (see `reads.api_and_version`), cached when safe."""
        key: tuple[str, object] = ("id", api_id) if api_id is not None else ("slug", slug or "")
        if not self._listening():
            return reads.api_and_version(session, api_id=api_id, slug=slug, version=None)
        now = time.monotonic()
        with self._lock:
            entry = self._entries.get(key)
            generation = self._generation
        if entry is not None and now - entry.loaded_at < TTL_S:
            return entry.api, entry.version
        loaded, found = reads.api_and_version(session, api_id=api_id, slug=slug, version=None)
        # copies outside any session: shared read-only between threads, the caller's objects untouched
        api = Api(**loaded.model_dump())
        version = ApiVersion(**found.model_dump()) if found is not None else None
        with self._lock:
            if self._generation == generation:
                self._entries[key] = Entry(api, version, now)
        return api, version

    def close(self) -> None:
        """Stop the listener and forget every entry (tests switch databases; shutdown)."""
        with self._lock:
            if self._listener is not None:
                self._listener.stopped.set()
                self._listener = None
            self._entries.clear()
            self._generation += 1

    def forget_after_fork(self) -> None:
        """In a forked child: no listener thread came along; start afresh."""
        self._lock = threading.Lock()
        self._listener = None
        self._entries.clear()
        self._generation += 1


CACHE = PublishedCache()
os.register_at_fork(after_in_child=CACHE.forget_after_fork)

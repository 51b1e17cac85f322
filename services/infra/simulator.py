"""Live demo data: every 30 s one fresh sample per demo CI and metric, continuing the demo patterns.

Every app worker and replica starts a simulator, but only the one holding a PostgreSQL advisory lock
writes. The lock is session-level, taken with `pg_try_advisory_lock` on a dedicated connection that
stays open while the simulator runs, so it disappears with its process; the others retry each round
and take over. Database work runs in a thread (`asyncio.to_thread`) so the event loop never blocks.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from services.core.clock import utcnow
from services.infra.demo_model import METRICS_BY_TYPE, Noise, SeriesModel, series_model, time_context
from services.infra.models import MetricSample

log = logging.getLogger(__name__)

LOCK_KEY = 7_120_042  # pg advisory lock id of the demo simulator (MIGRATION_LOCK_KEY is 7_120_001)
INTERVAL_S = 30.0
_DEMO_CIS_SQL = (
    "SELECT name, type, environment FROM cis "
    "WHERE attributes @> '{\"demo\": true}'::jsonb AND status <> 'retired' ORDER BY name"
)


class DemoSimulator:
    """Appends demo samples while it holds the simulator's advisory lock."""

    def __init__(
        self, url: str | None = None, *, interval: float = INTERVAL_S, seed: int | None = None
    ) -> None:
        self.interval = interval
        self._url = url
        self._engine: Engine | None = None
        self._lock_conn: Connection | None = None
        self._rng = random.Random(seed)
        self._series: dict[tuple[str, str], tuple[SeriesModel, Noise]] = {}

    @property
    def engine(self) -> Engine:
        """A private engine without pooling: closing a connection really ends its session (and lock)."""
        if self._engine is None:
            from services.core import db

            self._engine = create_engine(self._url or db.database_url(), poolclass=NullPool)
        return self._engine

    @property
    def is_leader(self) -> bool:
        """Whether this simulator currently holds the lock."""
        return self._lock_conn is not None

    def try_acquire(self) -> bool:
        """Hold the advisory lock (checking a held one is still alive); False when another process has it."""
        if self._lock_conn is not None:
            try:
                self._lock_conn.execute(text("SELECT 1"))
                self._lock_conn.commit()
                return True
            except SQLAlchemyError:
                log.warning("demo simulator lost its lock connection; retrying")
                self._close_lock_conn()
        conn = self.engine.connect()
        try:
            got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": LOCK_KEY}).scalar())
            conn.commit()  # the lock is session-level: it outlives the transaction
        except SQLAlchemyError:
            conn.close()
            raise
        if not got:
            conn.close()
            return False
        self._lock_conn = conn
        log.info("demo simulator: this process writes live samples")
        return True

    def release(self) -> None:
        """Give up the lock and the private engine."""
        if self._lock_conn is not None:
            try:
                self._lock_conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": LOCK_KEY})
                self._lock_conn.commit()
            except SQLAlchemyError:
                pass  # closing the connection releases the lock anyway
        self._close_lock_conn()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _close_lock_conn(self) -> None:
        if self._lock_conn is not None:
            with contextlib.suppress(SQLAlchemyError):
                self._lock_conn.close()
            self._lock_conn = None

    def tick(self, now: datetime | None = None) -> int:
        """Write one sample per demo CI and metric at `now`; returns the rows written (0 when not leader)."""
        with self.engine.connect() as conn:
            cis = [dict(row) for row in conn.execute(text(_DEMO_CIS_SQL)).mappings()]
        if not cis:
            self._close_lock_conn()  # nothing to simulate: let a process that has demo CIs lead
            return 0
        if not self.try_acquire():
            return 0
        moment = (now or utcnow()).replace(microsecond=0)
        ctx = time_context(moment.timestamp())
        with self.engine.begin() as conn:
            metric_ids = {
                name: ident for name, ident in conn.execute(text("SELECT name, id FROM metric_catalog"))
            }
            ci_ids = {
                name: ident
                for name, ident in conn.execute(
                    text("SELECT name, id FROM cis WHERE name = ANY(:n)"), {"n": [c["name"] for c in cis]}
                )
            }
            rows: list[dict[str, Any]] = []
            for ci in cis:
                for metric in METRICS_BY_TYPE.get(ci["type"], ()):
                    if metric not in metric_ids or ci["name"] not in ci_ids:
                        continue
                    model, noise = self._model(ci, metric)
                    rows.append(
                        {
                            "ci_id": ci_ids[ci["name"]],
                            "metric_id": metric_ids[metric],
                            "ts": moment,
                            "value": round(model.value(ctx, noise.next()), 2),
                        }
                    )
            if rows:
                table = MetricSample.__table__  # type: ignore[attr-defined]
                conn.execute(insert(table).values(rows).on_conflict_do_nothing())
        return len(rows)

    def _model(self, ci: dict[str, Any], metric: str) -> tuple[SeriesModel, Noise]:
        key = (ci["name"], metric)
        cached = self._series.get(key)
        if cached is None or cached[0] != series_model(ci, metric):
            cached = (series_model(ci, metric), Noise(self._rng, phi=0.8))
            self._series[key] = cached
        return cached

    async def run(self) -> None:
        """Tick every `interval` seconds until cancelled; errors are logged and retried next round."""
        try:
            while True:
                try:
                    written = await asyncio.to_thread(self.tick)
                    if written:
                        log.debug("demo simulator wrote %d samples", written)
                except Exception:  # a DB hiccup must not end the simulator
                    log.exception("demo simulator round failed")
                    await asyncio.to_thread(self._close_lock_conn)
                await asyncio.sleep(self.interval)
        finally:
            await asyncio.shield(asyncio.to_thread(self.release))


def simulator_enabled() -> bool:
    """The `demo_simulator` setting: False turns it off; True or None run it (None writes only while demo
    CIs exist, which is what every round checks anyway)."""
    from services.core.settings import get_settings

    return get_settings().demo_simulator is not False


async def run_demo_simulator() -> None:
    """Lifespan task: run the simulator for the life of the worker when enabled."""
    if not simulator_enabled():
        log.info("demo simulator disabled (SPA_DEMO_SIMULATOR=false)")
        return
    await DemoSimulator().run()

"""Live demo data: every 30 s one fresh sample per demo CI and metric, continuing the demo patterns.

Every app worker and replica starts a simulator, but only the leader of the simulator role
(services/core/leader.py) writes; the others retry each round and take over when it goes away. Database work runs in a thread (`asyncio.to_thread`) so the event loop never blocks.
"""

from __future__ import annotations

import asyncio
import logging
import random
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.dialects.postgresql import insert

from services.core.clock import utcnow
from services.core.leader import LeaderLock, LockKey
from services.infra.demo_model import METRICS_BY_TYPE, Noise, SeriesModel, series_model, time_context
from services.infra.models import MetricSample

log = logging.getLogger(__name__)

INTERVAL_S = 30.0
_DEMO_CIS_SQL = (
    "SELECT name, type, environment FROM cis "
    "WHERE attributes @> '{\"demo\": true}'::jsonb AND status <> 'retired' ORDER BY name"
)


class DemoSimulator:
    """Appends demo samples while this process leads the demo simulator role."""

    def __init__(
        self, url: str | None = None, *, interval: float = INTERVAL_S, seed: int | None = None
    ) -> None:
        self.interval = interval
        self.lock = LeaderLock(LockKey.DEMO_SIMULATOR, url=url)
        self._rng = random.Random(seed)
        self._series: dict[tuple[str, str], tuple[SeriesModel, Noise]] = {}

    @property
    def engine(self) -> Engine:
        return self.lock.engine

    @property
    def is_leader(self) -> bool:
        """Whether this simulator currently holds the lock."""
        return self.lock.is_leader

    def try_acquire(self) -> bool:
        """Lead the simulator role; False when another process leads it."""
        return self.lock.try_acquire()

    def release(self) -> None:
        """Give up the lock and the private engine."""
        self.lock.release()

    def tick(self, now: datetime | None = None) -> int:
        """Write one sample per demo CI and metric at `now`; returns the rows written (0 when not leader)."""
        with self.engine.connect() as conn:
            cis = [dict(row) for row in conn.execute(text(_DEMO_CIS_SQL)).mappings()]
        if not cis:
            self.lock.step_down()  # nothing to simulate: let a process that has demo CIs lead
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
                    await asyncio.to_thread(self.lock.step_down)
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

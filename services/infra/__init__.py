"""Infrastructure data: CMDB, metrics, events, graph store, import and demo data."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.core.registry import Registry


def install(registry: Registry) -> None:
    """Its strings, import jobs, the Neo4j sync hook and start-up sync, the demo simulator and CMDB counters."""
    from sqlalchemy import text

    from services.core import jobs
    from services.core.i18n import add_strings
    from services.infra import import_job
    from services.infra.graph.sync import register_cmdb_hook, startup_sync
    from services.infra.simulator import run_demo_simulator
    from services.infra.strings import STRINGS

    add_strings(STRINGS)
    jobs.register(import_job.KIND, import_job.run_import)
    register_cmdb_hook()
    registry.on_startup("graph sync", lambda _session: startup_sync())
    registry.lifespan(run_demo_simulator)
    registry.counter(
        "cis",
        lambda s: int(s.execute(text("SELECT count(*) FROM cis")).scalar_one()),
        permission="infra:read",
    )
    registry.counter(
        "events_24h",
        lambda s: int(
            s.execute(
                text("SELECT count(*) FROM events WHERE ts >= now() - interval '24 hours'")
            ).scalar_one()
        ),
        permission="infra:read",
    )

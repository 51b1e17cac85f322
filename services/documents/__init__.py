"""Documents: upload, processing jobs, Korean-aware hybrid search, sharing, versions, OPS citations."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.core.registry import Registry


def install(registry: Registry) -> None:
    """Job handlers, runtime settings, UI strings, the `document_search` OPS tool, counters, the model
    watch and the search warm-up."""
    from sqlalchemy import text

    from services.core import jobs
    from services.core.i18n import add_strings
    from services.core.settings_registry import declare
    from services.documents import ingest, ops_tool, reembed, search
    from services.documents.settings import SETTINGS
    from services.documents.strings import STRINGS

    declare(*SETTINGS)
    add_strings(STRINGS)
    jobs.register(ingest.KIND, ingest.run_ingest)
    jobs.register(ingest.REEMBED_KIND, ingest.run_reembed)
    ops_tool.register_tool()
    registry.on_startup("documents: abandoned jobs", ingest.reconcile_abandoned)
    registry.lifespan(reembed.watch_model)
    registry.lifespan(search.warm_up)
    registry.counter(
        "documents",
        lambda s: int(
            s.execute(
                text("SELECT count(*) FROM documents WHERE deleted_at IS NULL AND is_latest")
            ).scalar_one()
        ),
        permission="docs:read",
    )

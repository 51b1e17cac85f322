"""Health endpoints: liveness and readiness (public, no secrets)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from services.admin import monitor
from services.core import pg_supervisor
from services.core.db import session_scope
from spa_ai.api.deps import Public

router = APIRouter(prefix="/api/health", tags=["health"], dependencies=[Public])


@router.get("")
def health() -> dict:
    """Database reachability, version and uptime."""
    return monitor.health()


@router.get("/ready")
def ready() -> JSONResponse:
    """200 when the database answers and the schema is current, else 503 (`embedded_db` when embedded)."""
    try:
        with session_scope() as session:
            state = monitor.readiness(session)
    except Exception as exc:
        down: dict = {"ready": False, "reason": type(exc).__name__}
        if (embedded := pg_supervisor.status()) is not None:
            down["embedded_db"] = embedded  # e.g. while the watchdog restarts a killed server
        return JSONResponse(down, 503)
    return JSONResponse(state, 200 if state["ready"] else 503)

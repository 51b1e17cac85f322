"""Health endpoints: liveness and readiness (public, no secrets)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from services.admin import monitor
from services.core.db import session_scope

router = APIRouter(prefix="/api/health", tags=["health"])


@router.get("")
def health() -> dict:
    """Database reachability, version and uptime."""
    return monitor.health()


@router.get("/ready")
def ready() -> JSONResponse:
    """200 when the database answers and the schema is current, else 503."""
    try:
        with session_scope() as session:
            state = monitor.readiness(session)
    except Exception as exc:
        return JSONResponse({"ready": False, "reason": type(exc).__name__}, 503)
    return JSONResponse(state, 200 if state["ready"] else 503)

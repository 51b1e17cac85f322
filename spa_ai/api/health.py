"""Health endpoints: liveness and readiness (public, no secrets)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from services.admin import monitor
from services.cep import monitor as cep_monitor
from services.core import pg_supervisor
from services.core.db import session_scope
from spa_ai.api.deps import Public

router = APIRouter(prefix="/api/health", tags=["health"], dependencies=[Public])


@router.get("")
def health() -> dict:
    """Database reachability, version and uptime."""
    return monitor.health()


def _cep_status(session: Session) -> dict:
    try:
        with session.begin_nested():
            return cep_monitor.status(session)
    except SQLAlchemyError as exc:
        return {"error": type(exc).__name__}


@router.get("/ready")
def ready() -> JSONResponse:
    """200 when the database answers and the schema is current, else 503 (`embedded_db` when embedded);
    `cep` tells the CEP scheduler's leader, loop lag and outbox depth (informational)."""
    try:
        with session_scope() as session:
            state = monitor.readiness(session)
            if state["ready"]:
                state["cep"] = _cep_status(session)
    except Exception as exc:
        down: dict = {"ready": False, "reason": type(exc).__name__}
        if (embedded := pg_supervisor.status()) is not None:
            down["embedded_db"] = embedded  # e.g. while the watchdog restarts a killed server
        return JSONResponse(down, 503)
    return JSONResponse(state, 200 if state["ready"] else 503)

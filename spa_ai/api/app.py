"""The FastAPI app mounted into Reflex's backend: routers, error bodies, request ids."""

from __future__ import annotations

import logging
import time
import uuid

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from services.core.audit import RequestContext, current_request
from services.core.errors import DomainError
from services.core.settings import VERSION
from spa_ai.api import admin, assets, auth, documents, health, infra, jobs, ops

log = logging.getLogger("spa_ai.api")


def error_body(code: str, message: str, details: object = None) -> dict:
    """The error envelope of ARCHITECTURE §4."""
    return {"error": {"code": code, "message": message, "details": details}}


def create_api() -> FastAPI:
    """Build the REST app with every domain router."""
    api = FastAPI(
        title="SPA AI API",
        version=VERSION,
        docs_url="/api/docs",
        openapi_url="/api/openapi.json",
        redoc_url=None,
    )

    @api.middleware("http")
    async def request_context(request: Request, call_next):
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex[:16]
        ip = request.client.host if request.client else None
        token = current_request.set(RequestContext(ip=ip, request_id=request_id))
        started = time.perf_counter()
        try:
            response = await call_next(request)
        finally:
            current_request.reset(token)
        elapsed = (time.perf_counter() - started) * 1000
        response.headers["X-Request-ID"] = request_id
        log.info(
            "%s %s %s %.1fms rid=%s",
            request.method,
            request.url.path,
            response.status_code,
            elapsed,
            request_id,
        )
        return response

    @api.exception_handler(DomainError)
    async def domain_error(_: Request, exc: DomainError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse(error_body(exc.code, exc.message, exc.details), exc.status, headers=headers)

    @api.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [{"loc": list(err.get("loc", ())), "msg": err.get("msg", "")} for err in exc.errors()]
        summary = "; ".join(f"{'.'.join(map(str, p['loc']))}: {p['msg']}" for p in problems)
        return JSONResponse(error_body("invalid_request", f"invalid request: {summary}", problems), 422)

    @api.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(error_body("http_error", str(exc.detail)), exc.status_code)

    @api.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return JSONResponse(error_body("internal_error", "internal server error"), 500)

    for module in (health, auth, admin, infra, assets, ops, jobs, documents):
        api.include_router(module.router)
    return api

"""The FastAPI app mounted into Reflex's backend: routers, error bodies, and the edge middleware.

Reflex mounts its own routes (pages, `/_event`, `/_upload`) inside this app, so `Edge` — an ASGI
middleware of this app — sees every HTTP request of the process. It
- gives each request a request id (the client's `X-Request-ID` only when it is short and plain),
- bounds request bodies while they stream in: `SPA_MAX_REQUEST_MB` for ordinary bodies,
  `SPA_MAX_UPLOAD_MB` for uploads (413 with the error envelope the moment a body passes its limit),
- authenticates uploads before reading a byte of them: REST uploads need a valid token or API key
  holding the route's permission, Reflex's `/_upload` needs the signed-in session of the browser
  tab (its client token) — anonymous callers get 401 at once,
- adds security headers (CSP, frame and content-type protection, referrer policy) to every response.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import uuid

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute, iter_route_contexts
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.core.audit import RequestContext, current_request
from services.core.errors import DomainError, Forbidden, Unauthorized
from services.core.security import Principal
from services.core.settings import VERSION, get_settings
from spa_ai.api import (
    account,
    admin,
    admin_monitor,
    admin_roles,
    admin_settings,
    api_manager,
    assets,
    auth,
    cep,
    cep_delivery,
    cep_rules_io,
    documents,
    health,
    infra,
    jobs,
    ops,
    ops_watch,
)

log = logging.getLogger("spa_ai.api")
REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
REFLEX_UPLOAD_PATH = "/_upload"
UPLOAD_TYPES = frozenset(
    {
        "multipart/form-data",
        "application/zip",
        "application/x-zip-compressed",
        "application/gzip",
        "application/octet-stream",
    }
)
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})

# Reflex's compiled frontend uses inline scripts and styles and a websocket to its own origin.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
# FastAPI's OpenAPI page loads Swagger UI from jsDelivr.
DOCS_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https://fastapi.tiangolo.com; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
)
DOCS_PATH = "/api/docs"
SECURITY_HEADERS = {
    b"x-frame-options": b"DENY",
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"same-origin",
}


def error_body(code: str, message: str, details: object = None) -> dict:
    """The error envelope of ARCHITECTURE §4."""
    return {"error": {"code": code, "message": message, "details": details}}


def request_id_of(header: str | None) -> str:
    """The client's `X-Request-ID` when it is 1-64 of `[A-Za-z0-9._-]`, else a fresh one.

    The id lands in audit rows (64 characters) and logs: anything longer or stranger is replaced
    rather than allowed to break the transaction that records a failed sign-in.
    """
    if header and REQUEST_ID.fullmatch(header):
        return header
    return uuid.uuid4().hex


def _security_headers(path: str) -> list[tuple[bytes, bytes]]:
    policy = DOCS_CONTENT_SECURITY_POLICY if path == DOCS_PATH else CONTENT_SECURITY_POLICY
    return [*SECURITY_HEADERS.items(), (b"content-security-policy", policy.encode())]


def _declared_permissions(route: APIRoute) -> list[str]:
    """Permissions a route declares through `Requires(...)` (read from its dependency tree)."""
    found: list[str] = []
    stack = [route.dependant]
    while stack:
        dependant = stack.pop()
        permission = getattr(dependant.call, "permission", None)
        if isinstance(permission, str):
            found.append(permission)
        stack.extend(dependant.dependencies)
    return found


class Edge:
    """The ASGI middleware described in the module docstring (one instance per app)."""

    def __init__(self, app: ASGIApp, api: FastAPI) -> None:
        self.app = app
        self.api = api

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        request_id = request_id_of(headers.get("x-request-id"))
        client = scope.get("client")
        token = current_request.set(RequestContext(ip=client[0] if client else None, request_id=request_id))
        started = time.perf_counter()
        status = {"code": 0}
        extra = [*_security_headers(scope["path"]), (b"x-request-id", request_id.encode())]
        own = {name for name, _ in extra}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in own]
                message = {**message, "headers": [*kept, *extra]}
            await send(message)

        try:
            await self._guarded(scope, receive, send_with_headers, headers)
        finally:
            current_request.reset(token)
            log.info(
                "%s %s %s %.1fms rid=%s",
                scope["method"],
                scope["path"],
                status["code"],
                (time.perf_counter() - started) * 1000,
                request_id,
            )

    async def _guarded(self, scope: Scope, receive: Receive, send: Send, headers: Headers) -> None:
        settings = get_settings()
        upload = self._is_upload(scope, headers)
        limit = settings.max_upload_bytes if upload else settings.max_request_bytes
        if upload:
            refusal = await self._authenticate_upload(scope, headers)
            if refusal is not None:
                await _reject(send, refusal.status, refusal.code, refusal.message, refusal.details)
                return
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _too_large(send, limit, upload)
            return
        received = 0
        exceeded = False
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received, exceeded
            if exceeded:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    exceeded = True  # the app sees a disconnect and stops reading; we answer 413
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal response_started
            if exceeded and not response_started:
                return  # whatever the app answers to the "disconnect", the client gets the 413
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not exceeded:
                raise
        if exceeded and not response_started:
            await _too_large(send, limit, upload)

    def _is_upload(self, scope: Scope, headers: Headers) -> bool:
        if scope["method"] not in BODY_METHODS:
            return False
        if scope["path"] == REFLEX_UPLOAD_PATH:
            return True
        content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        return scope["path"].startswith("/api/") and content_type in UPLOAD_TYPES

    async def _authenticate_upload(self, scope: Scope, headers: Headers) -> DomainError | None:
        """None when the caller may send an upload body here, else the error to answer with."""
        try:
            if scope["path"] == REFLEX_UPLOAD_PATH:
                principal = await _reflex_session_principal(headers.get("reflex-client-token", ""))
            else:
                principal = await asyncio.to_thread(_rest_principal, headers)
            for permission in self._route_permissions(scope):
                if not principal.can(permission):
                    return Forbidden(
                        f"permission '{permission}' required", details={"permission": permission}
                    )
        except DomainError as exc:
            return exc
        return None

    def _route_permissions(self, scope: Scope) -> list[str]:
        probe = {
            key: scope[key] for key in ("type", "path", "method", "root_path", "headers") if key in scope
        }
        for context in iter_route_contexts(self.api.routes):
            route = context.original_route
            if isinstance(route, APIRoute) and context.matches(dict(probe))[0] == Match.FULL:
                return _declared_permissions(route)
        return []


def _rest_principal(headers: Headers) -> Principal:
    from services.admin.auth import resolve_api_key, resolve_token
    from services.core.db import session_scope

    authorization = headers.get("authorization", "")
    with session_scope() as session:
        if api_key := headers.get("x-api-key"):
            return resolve_api_key(session, api_key)
        if authorization.lower().startswith("bearer "):
            return resolve_token(session, authorization[7:].strip())[0]
    raise Unauthorized("authentication required: send 'Authorization: Bearer <token>' or 'X-API-Key'")


async def _reflex_session_principal(client_token: str) -> Principal:
    """The signed-in user of the browser tab behind a Reflex client token (its `AuthState`)."""
    auth_token = await _reflex_auth_token(client_token) if client_token else ""
    if not auth_token:
        raise Unauthorized("sign in to upload files")

    def resolve() -> Principal:
        from services.admin.auth import resolve_token
        from services.core.db import session_scope

        with session_scope() as session:
            return resolve_token(session, auth_token)[0]

    return await asyncio.to_thread(resolve)


async def _reflex_auth_token(client_token: str) -> str:
    from reflex.istate.manager import get_state_manager
    from reflex.istate.manager.token import BaseStateToken

    from spa_ai.state.auth import AuthState

    try:
        manager = get_state_manager()
    except LookupError:  # not running inside Reflex
        return ""
    state_token = BaseStateToken(ident=client_token, cls=AuthState)
    known = getattr(manager, "states", None)
    if isinstance(known, dict) and state_token.cache_key not in known:
        return ""  # never create state for a token no browser tab holds
    root = await manager.get_state(state_token)
    auth_state = await root.get_state(AuthState)
    return str(auth_state.auth_token or "")


async def _reject(send: Send, status: int, code: str, message: str, details: object = None) -> None:
    """Answer at once (the request body, if any, is left unread and the connection closed)."""
    body = json.dumps(error_body(code, message, details)).encode()
    response_headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    if status == 401:
        response_headers.append((b"www-authenticate", b"Bearer"))
    await send({"type": "http.response.start", "status": status, "headers": response_headers})
    await send({"type": "http.response.body", "body": body})


async def _too_large(send: Send, limit: int, upload: bool) -> None:
    setting = "SPA_MAX_UPLOAD_MB" if upload else "SPA_MAX_REQUEST_MB"
    megabytes = f"{limit / 1024**2:g}"
    await _reject(
        send,
        413,
        "too_large",
        f"request body larger than {megabytes} MiB ({setting})",
        {"limit_bytes": limit, "setting": setting},
    )


def create_api() -> FastAPI:
    """Build the REST app with every domain router and the edge middleware."""
    api = FastAPI(
        title="SPA AI API",
        version=VERSION,
        docs_url=DOCS_PATH,
        openapi_url="/api/openapi.json",
        redoc_url=None,
    )

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

    @api.exception_handler(ClientDisconnect)
    async def client_gone(request: Request, _: ClientDisconnect) -> Response:
        # e.g. a client that timed out while its request waited on a loaded server: nothing failed here
        log.info("client disconnected before %s was read", request.url.path)
        return Response(status_code=400)

    @api.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return JSONResponse(error_body("internal_error", "internal server error"), 500)

    for module in (
        health,
        auth,
        account,
        admin,
        admin_settings,
        admin_roles,
        admin_monitor,
        infra,
        assets,
        ops,
        ops_watch,
        jobs,
        api_manager,
        documents,
        cep_rules_io,
        cep,
        cep_delivery,
    ):
        api.include_router(module.router)
    api.include_router(api_manager.published)
    api.add_middleware(Edge, api=api)
    return api

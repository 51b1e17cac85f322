"""Role × route matrix: every REST route of the OpenAPI document and every page, for each built-in role
(and an anonymous caller), is allowed or refused exactly as its declared permission says. For a page,
the server-side check is its on_load handler: its first permission check must be the page's declared
permission, and a role lacking it gets nothing loaded; an anonymous caller is sent to the login page.

A route declares its access through its dependencies: a permission (`Requires(...)`, or the older
`require(...)`, both carry `.permission`), `Public`, or a signed-in caller. A route declaring none of
these fails the test. Each role calls with a signed-in user's bearer token (signed in again after
the sign-out route ended its session).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import reflex as rx
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient
from reflex_base.event import EventSpec
from sqlmodel import Session

from services.admin import auth
from services.core.security import PERMISSIONS, ROLE_PERMISSIONS, Principal
from spa_ai.api.app import create_api
from spa_ai.shell import PAGES, PageSpec, _import_page_modules
from spa_ai.state.auth import AuthState
from tests.integration.helpers import PASSWORD, make_user

SIGNED_IN = {"current_principal", "signed_in_principal"}
PUBLIC = "public_route"


@dataclass(frozen=True)
class Access:
    """What a route declares: a permission, public, or any signed-in caller."""

    permission: str | None
    public: bool

    def allows(self, role: str | None) -> bool:
        if self.public:
            return True
        if role is None:
            return False
        return self.permission is None or self.permission in ROLE_PERMISSIONS[role]


def declared_access(route: APIRoute) -> Access | None:
    """The access a route declares through its dependency tree; None when it declares nothing."""
    permissions: set[str] = set()
    names: set[str] = set()
    stack = [route.dependant]
    while stack:
        dependant = stack.pop()
        permission = getattr(dependant.call, "permission", None)
        if isinstance(permission, str):
            permissions.add(permission)
        names.add(getattr(dependant.call, "__name__", ""))
        stack.extend(dependant.dependencies)
    assert len(permissions) <= 1, f"{route.path} declares several permissions: {permissions}"
    if permissions:
        return Access(permissions.pop(), public=False)
    if PUBLIC in names:
        return Access(None, public=True)
    if names & SIGNED_IN:
        return Access(None, public=False)
    return None


def documented_routes(api: FastAPI) -> list[tuple[str, str, APIRoute]]:
    """(method, path, route) for every operation of the OpenAPI document."""
    by_key = {}
    for context in iter_route_contexts(api.routes):
        route = context.original_route
        if isinstance(route, APIRoute):
            for method in route.methods:
                by_key[(method, route.path)] = route
    operations = []
    for path, methods in api.openapi()["paths"].items():
        for method in methods:
            operations.append((method.upper(), path, by_key[(method.upper(), path)]))
    return operations


@pytest.fixture(scope="module")
def api() -> FastAPI:
    return create_api()


def _bearer(session: Session, username: str) -> dict[str, str]:
    token, _ = auth.login(session, username=username, password=PASSWORD)
    session.commit()
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def callers(session: Session) -> Iterator[dict[str | None, dict[str, str]]]:
    """Headers per built-in role (a user of that role signed in); None: anonymous."""
    headers: dict[str | None, dict[str, str]] = {None: {}}
    for role in ROLE_PERMISSIONS:
        make_user(session, f"matrix-{role}", role)
        headers[role] = _bearer(session, f"matrix-{role}")
    yield headers


def test_every_documented_route_declares_its_access(api: FastAPI) -> None:
    undeclared = [f"{m} {p}" for m, p, route in documented_routes(api) if declared_access(route) is None]
    assert not undeclared, f"routes without a declared permission (Requires/Public/signed-in): {undeclared}"
    for _, path, route in documented_routes(api):
        access = declared_access(route)
        assert access is not None and (access.permission is None or access.permission in PERMISSIONS), path


def test_every_route_allows_and_refuses_each_role_as_declared(
    api: FastAPI, callers: dict[str | None, dict[str, str]], session: Session
) -> None:
    wrong = []
    with TestClient(api) as client:
        for method, path, route in documented_routes(api):
            access = declared_access(route)
            assert access is not None
            url = re.sub(r"\{[^}]+\}", "999999", path)
            for role, headers in callers.items():
                status = client.request(method, url, headers=headers).status_code
                if path == "/api/auth/logout" and role is not None:
                    callers[role] = _bearer(session, f"matrix-{role}")
                if access.allows(role):
                    ok = status not in (401, 403)
                else:
                    ok = status == (401 if role is None else 403)
                if not ok:
                    wrong.append(f"{role or 'anonymous'} {method} {path} → {status} ({access})")
    assert not wrong, "\n".join(wrong)


def _pages() -> list[PageSpec]:
    _import_page_modules()
    return [spec for spec in PAGES if not spec.public]


async def _load(spec: PageSpec, token: str) -> object:
    """Run the page's on_load handlers as the holder of `token` ("" for nobody); the last one's result."""
    root = rx.State()
    root.substates[AuthState.get_name()].auth_token = token  # type: ignore[attr-defined]
    result: object = None
    for handler in spec.on_load:
        state = root.get_substate(handler.state_full_name.split("."))
        outcome = getattr(state, handler.fn.__name__)()
        if inspect.isasyncgen(outcome):  # a streaming handler: what it yielded first
            yielded = [event async for event in outcome]
            result = yielded[0] if yielded else None
        elif inspect.isawaitable(outcome):
            result = await outcome
    return result


async def test_every_page_allows_and_refuses_each_role_as_declared(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks: list[tuple[str, bool]] = []
    can = Principal.can

    def recording_can(self: Principal, permission: str) -> bool:
        allowed = can(self, permission)
        checks.append((permission, allowed))
        return allowed

    monkeypatch.setattr(Principal, "can", recording_can)
    tokens: dict[str | None, str] = {None: ""}
    for role in ROLE_PERMISSIONS:
        make_user(session, f"page-{role}", role)
        tokens[role], _ = auth.login(session, username=f"page-{role}", password=PASSWORD)
        session.commit()
    pages = _pages()
    assert {spec.route for spec in pages} >= {"/admin", "/admin/settings", "/admin/audit", "/admin/roles"}
    wrong = []
    for spec in pages:
        assert spec.on_load, f"page {spec.route} has no on_load to check its caller on the server"
        assert spec.permission is None or spec.permission in PERMISSIONS, spec.route
        for role, token in tokens.items():
            checks.clear()
            result = await _load(spec, token)
            if role is None:
                ok = isinstance(result, EventSpec) and "/login" in str(result)
            elif spec.permission is None:
                ok = not isinstance(result, EventSpec)
            else:
                first = checks[0] if checks else None
                ok = first == (spec.permission, spec.permission in ROLE_PERMISSIONS[role])
                ok = ok and (first is not None and (first[1] or result is None))
            if not ok:
                wrong.append(f"{role or 'anonymous'} {spec.route}: {result!r} checks={checks[:3]}")
    assert not wrong, "\n".join(wrong)

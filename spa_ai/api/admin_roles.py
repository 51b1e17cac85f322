"""Admin REST for roles and permissions (`/api/admin/roles`) and users' sessions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response

from services.admin import roles, sessions
from services.admin.schemas import (
    PermissionMatrix,
    RoleCreate,
    RoleRead,
    RoleUpdate,
    SessionRead,
    SessionsEnded,
)
from services.core.security import PERMISSIONS, Principal
from spa_ai.api.deps import Requires, SessionDep

router = APIRouter(prefix="/api/admin", tags=["admin"])

UserAdmin = Annotated[Principal, Requires("admin:users")]


def _role(session: SessionDep, caller: Principal, name: str) -> RoleRead:
    found = next(r for r in roles.list_roles(session, actor=caller) if r["name"] == name)
    return RoleRead.model_validate(found)


@router.get("/roles", response_model=PermissionMatrix)
def permission_matrix(caller: UserAdmin, session: SessionDep) -> PermissionMatrix:
    """Every permission and every role (built-in first) with the permissions it grants."""
    listed = [RoleRead.model_validate(r) for r in roles.list_roles(session, actor=caller)]
    return PermissionMatrix(permissions=list(PERMISSIONS), roles=listed)


@router.post("/roles", status_code=201, response_model=RoleRead)
def create_role(body: RoleCreate, caller: UserAdmin, session: SessionDep) -> RoleRead:
    """A custom role of named permissions (422 naming an unknown permission, 409 for a taken name)."""
    role = roles.create_role(session, actor=caller, **body.model_dump())
    return _role(session, caller, role.name)


@router.patch("/roles/{name}", response_model=RoleRead)
def update_role(name: str, body: RoleUpdate, caller: UserAdmin, session: SessionDep) -> RoleRead:
    """Change a custom role; its users hold the new permissions from their next request."""
    role = roles.update_role(session, actor=caller, name=name, **body.model_dump())
    return _role(session, caller, role.name)


@router.delete("/roles/{name}", status_code=204, response_class=Response)
def delete_role(name: str, caller: UserAdmin, session: SessionDep) -> Response:
    """Delete a custom role no user holds (409 while someone does)."""
    roles.delete_role(session, actor=caller, name=name)
    return Response(status_code=204)


@router.get("/users/{username}/sessions", response_model=list[SessionRead])
def user_sessions(username: str, caller: UserAdmin, session: SessionDep) -> list[SessionRead]:
    """The user's live sessions, newest first (at most 500)."""
    views = sessions.live_sessions(session, actor=caller, username=username)
    return [SessionRead.model_validate(view) for view in views]


@router.delete("/users/{username}/sessions", response_model=SessionsEnded)
def end_all_sessions(username: str, caller: UserAdmin, session: SessionDep) -> SessionsEnded:
    """Sign the user out everywhere (their tokens stop working at once)."""
    return SessionsEnded(ended=sessions.end_sessions(session, actor=caller, username=username))


@router.delete("/users/{username}/sessions/{ref}", response_model=SessionsEnded)
def end_session(username: str, ref: str, caller: UserAdmin, session: SessionDep) -> SessionsEnded:
    """End one session, named by its `ref`."""
    return SessionsEnded(ended=sessions.end_sessions(session, actor=caller, username=username, ref=ref))

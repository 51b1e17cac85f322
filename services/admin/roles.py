"""Roles: the built-in ones (`security.ROLE_PERMISSIONS`, fixed) and custom roles of named permissions.

A caller's permissions are looked up from the role on every request (`permissions_of`), so a change to
a custom role applies to its users' next request. Custom roles cannot shadow a built-in name, and a role
some user still holds cannot be deleted. Writes need `admin:users` and are audited.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from services.admin.models import ROLE_DESCRIPTION_MAX, CustomRole, User
from services.core import audit
from services.core.clock import utcnow
from services.core.errors import Conflict, NotFound, ValidationFailed
from services.core.security import PERMISSIONS, ROLE_PERMISSIONS, Principal, require

ROLE_NAME_RE = re.compile(r"^[a-z][a-z0-9_-]{1,19}$")


def _custom(session: Session, name: str) -> CustomRole | None:
    return session.exec(select(CustomRole).where(CustomRole.name == name)).first()


def permissions_of(session: Session | None, role: str) -> frozenset[str]:
    """What `role` grants now (nothing for an unknown role); `session` None opens its own."""
    if role in ROLE_PERMISSIONS:
        return ROLE_PERMISSIONS[role]
    if session is None:
        from services.core.db import session_scope

        with session_scope() as own:
            return permissions_of(own, role)
    custom = _custom(session, role)
    return frozenset(custom.permissions) if custom else frozenset()


def role_names(session: Session) -> list[str]:
    """Every role a user may be given: built-in first, then custom ones by name."""
    custom = session.exec(select(CustomRole.name).order_by(col(CustomRole.name))).all()
    return [*ROLE_PERMISSIONS, *custom]


def check_role(session: Session, role: str) -> None:
    """ValidationFailed naming the field unless `role` exists."""
    if role in ROLE_PERMISSIONS or _custom(session, role) is not None:
        return
    names = ", ".join(role_names(session))
    raise ValidationFailed(
        f"unknown role '{role}'; expected one of {names}",
        details={"field": "role"},
        key="unknown_role",
        params={"role": role, "roles": names},
    )


def role_view(name: str, permissions: frozenset[str] | list[str], **extra: Any) -> dict[str, Any]:
    """A role as plain data: name, built-in flag, permissions in declaration order."""
    granted = set(permissions)
    return {
        "name": name,
        "builtin": name in ROLE_PERMISSIONS,
        "permissions": [p for p in PERMISSIONS if p in granted],
        "description": extra.get("description", ""),
        "users": extra.get("users", 0),
    }


def list_roles(session: Session, *, actor: Principal) -> list[dict[str, Any]]:
    """Every role with its permissions and how many users hold it (built-in first)."""
    require(actor, "admin:users")
    counts = dict(session.exec(select(User.role, func.count()).group_by(User.role)).all())  # type: ignore[arg-type]
    views = [role_view(name, perms, users=counts.get(name, 0)) for name, perms in ROLE_PERMISSIONS.items()]
    for role in session.exec(select(CustomRole).order_by(col(CustomRole.name))).all():
        views.append(
            role_view(
                role.name, role.permissions, description=role.description, users=counts.get(role.name, 0)
            )
        )
    return views


def _validated(name: str, description: str, permissions: list[str]) -> tuple[str, str, list[str]]:
    unknown = sorted(set(permissions) - set(PERMISSIONS))
    if unknown:
        raise ValidationFailed(
            f"unknown permissions: {', '.join(unknown)}",
            details={"field": "permissions"},
            key="unknown_permission",
            params={"permissions": ", ".join(unknown)},
        )
    if not permissions:
        raise ValidationFailed(
            "a role needs at least one permission", details={"field": "permissions"}, key="role_empty"
        )
    if len(description) > ROLE_DESCRIPTION_MAX:
        raise ValidationFailed(
            f"description must have at most {ROLE_DESCRIPTION_MAX} characters",
            details={"field": "description"},
            key="role_description_too_long",
            params={"max": ROLE_DESCRIPTION_MAX},
        )
    granted = set(permissions)
    return name, description, [p for p in PERMISSIONS if p in granted]


def _editable(session: Session, name: str) -> CustomRole:
    if name in ROLE_PERMISSIONS:
        raise ValidationFailed(
            f"built-in role '{name}' cannot be changed",
            details={"field": "name"},
            key="role_builtin",
            params={"role": name},
        )
    role = _custom(session, name)
    if role is None:
        raise NotFound(f"role '{name}' not found", key="unknown_role_name", params={"role": name})
    return role


def create_role(
    session: Session, *, actor: Principal, name: str, permissions: list[str], description: str = ""
) -> CustomRole:
    """A new custom role; its name is new, lowercase, 2-20 characters, not a built-in one."""
    require(actor, "admin:users")
    name = name.strip().lower()
    if not ROLE_NAME_RE.match(name):
        raise ValidationFailed(
            "role names have 2-20 characters: lowercase letters, digits, '_', '-' (a letter first)",
            details={"field": "name"},
            key="invalid_role_name",
        )
    if name in ROLE_PERMISSIONS or _custom(session, name) is not None:
        raise Conflict(f"role '{name}' already exists", key="duplicate_role", params={"role": name})
    name, description, granted = _validated(name, description.strip(), permissions)
    role = CustomRole(name=name, description=description, permissions=granted)
    session.add(role)
    session.flush()
    audit.record(
        session,
        actor=actor.username,
        action="role.create",
        entity_type="role",
        entity_id=name,
        after={"permissions": granted, "description": description},
    )
    return role


def update_role(
    session: Session,
    *,
    actor: Principal,
    name: str,
    permissions: list[str] | None = None,
    description: str | None = None,
) -> CustomRole:
    """Change a custom role's permissions or description; its users get them on their next request."""
    require(actor, "admin:users")
    role = _editable(session, name)
    before = {"permissions": list(role.permissions), "description": role.description}
    _, new_description, granted = _validated(
        role.name,
        role.description if description is None else description.strip(),
        list(role.permissions) if permissions is None else permissions,
    )
    role.permissions, role.description, role.updated_at = granted, new_description, utcnow()
    session.add(role)
    session.flush()
    audit.record(
        session,
        actor=actor.username,
        action="role.update",
        entity_type="role",
        entity_id=role.name,
        before=before,
        after={"permissions": granted, "description": new_description},
    )
    return role


def delete_role(session: Session, *, actor: Principal, name: str) -> None:
    """Delete a custom role no user holds."""
    require(actor, "admin:users")
    role = _editable(session, name)
    holders = int(session.exec(select(func.count()).select_from(User).where(User.role == role.name)).one())
    if holders:
        raise Conflict(
            f"role '{role.name}' is held by {holders} user(s)",
            key="role_in_use",
            params={"role": role.name, "count": holders},
        )
    before = {"permissions": list(role.permissions), "description": role.description}
    session.delete(role)
    audit.record(
        session, actor=actor.username, action="role.delete", entity_type="role", entity_id=name, before=before
    )

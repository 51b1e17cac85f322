"""CMDB writes: upsert/delete CIs, add/remove relations — permission-checked, audited, announced.

Every change calls the hooks in `on_cmdb_change` (in the same transaction, after the audit row), so
derived stores such as the graph can follow. A hook receives (session, kind, payload) with kind one of
"ci.upsert", "ci.delete", "relation.add", "relation.remove", "import"; an exception in a hook aborts
the change.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.core import audit
from services.core.errors import NotFound, ValidationFailed
from services.core.security import Principal, require
from services.infra.models import CI_STATUSES, CI_TYPES, ENVIRONMENTS, RELATION_TYPES

CmdbHook = Callable[[Session, str, dict[str, Any]], None]
on_cmdb_change: list[CmdbHook] = []

NAME_MAX = 200
_CI_COLUMNS = ("name", "type", "environment", "owner", "location", "status", "attributes")


def notify_cmdb_change(session: Session, kind: str, payload: dict[str, Any]) -> None:
    """Call every registered hook with (session, kind, payload)."""
    for hook in list(on_cmdb_change):
        hook(session, kind, payload)


def validate_ci_fields(
    name: str, type: str, environment: str, status: str, owner: str = "", location: str = ""
) -> str | None:
    """The reason a CI's fields are invalid, or None (shared with the importer)."""
    if not name:
        return "name is empty"
    if len(name) > NAME_MAX:
        return f"name longer than {NAME_MAX} characters"
    if type not in CI_TYPES:
        return f"unknown type '{type}' (expected {', '.join(CI_TYPES)})"
    if environment not in ENVIRONMENTS:
        return f"unknown environment '{environment}' (expected {', '.join(ENVIRONMENTS)})"
    if status not in CI_STATUSES:
        return f"unknown status '{status}' (expected {', '.join(CI_STATUSES)})"
    if len(owner) > 120 or len(location) > 120:
        return "owner and location must be at most 120 characters"
    return None


def _ci_row(session: Session, name: str) -> dict[str, Any] | None:
    row = (
        session.execute(text(f"SELECT id, {', '.join(_CI_COLUMNS)} FROM cis WHERE name = :n"), {"n": name})
        .mappings()
        .first()
    )
    return dict(row) if row else None


def upsert_ci(
    session: Session,
    *,
    actor: Principal,
    name: str,
    type: str,
    environment: str,
    owner: str = "",
    location: str = "",
    status: str = "active",
    attributes: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Create the CI `name` or update its fields; returns the stored fields."""
    require(actor, "infra:write")
    name = name.strip()
    problem = validate_ci_fields(name, type, environment, status, owner, location)
    if problem:
        raise ValidationFailed(problem)
    if attributes is not None and not isinstance(attributes, dict):
        raise ValidationFailed("attributes must be a JSON object")
    before = _ci_row(session, name)
    values = {
        "name": name,
        "type": type,
        "environment": environment,
        "owner": owner,
        "location": location,
        "status": status,
        "attributes": json.dumps(attributes or {}),
    }
    ci_id = session.execute(
        text(
            "INSERT INTO cis (name, type, environment, owner, location, status, attributes) "
            "VALUES (:name, :type, :environment, :owner, :location, :status, CAST(:attributes AS jsonb)) "
            "ON CONFLICT (name) DO UPDATE SET type = EXCLUDED.type, environment = EXCLUDED.environment, "
            "owner = EXCLUDED.owner, location = EXCLUDED.location, status = EXCLUDED.status, "
            "attributes = EXCLUDED.attributes, updated_at = now() RETURNING id"
        ),
        values,
    ).scalar_one()
    after = {**values, "attributes": attributes or {}}
    if before:
        before.pop("id")
    audit.record(
        session,
        actor=actor.username,
        action="ci.update" if before else "ci.create",
        entity_type="ci",
        entity_id=name[:120],
        before=before,
        after=after,
    )
    notify_cmdb_change(session, "ci.upsert", {"id": ci_id, **after})
    return {"id": ci_id, **after}


def delete_ci(session: Session, *, actor: Principal, name: str) -> None:
    """Delete a CI with its relations, samples and events."""
    require(actor, "infra:write")
    before = _ci_row(session, name)
    if before is None:
        raise NotFound(f"unknown CI '{name}'")
    session.execute(text("DELETE FROM cis WHERE id = :id"), {"id": before["id"]})
    ci_id = before.pop("id")
    audit.record(
        session,
        actor=actor.username,
        action="ci.delete",
        entity_type="ci",
        entity_id=name[:120],
        before=before,
    )
    notify_cmdb_change(session, "ci.delete", {"id": ci_id, "name": name})


def _edge_ids(session: Session, source: str, target: str, type: str) -> tuple[int, int]:
    if type not in RELATION_TYPES:
        raise ValidationFailed(f"unknown relation type '{type}' (expected {', '.join(RELATION_TYPES)})")
    if source == target:
        raise ValidationFailed("a CI cannot relate to itself")
    ids = dict(
        session.execute(
            text("SELECT name, id FROM cis WHERE name IN (:s, :t)"), {"s": source, "t": target}
        ).all()
    )
    for name in (source, target):
        if name not in ids:
            raise NotFound(f"unknown CI '{name}'")
    return int(ids[source]), int(ids[target])


def add_relation(session: Session, *, actor: Principal, source: str, target: str, type: str) -> bool:
    """Add the edge source -[type]-> target; False (and no change) when it already exists."""
    require(actor, "infra:write")
    source_id, target_id = _edge_ids(session, source, target, type)
    created = session.execute(
        text(
            "INSERT INTO ci_relations (source_id, target_id, type) VALUES (:s, :t, :type) "
            "ON CONFLICT ON CONSTRAINT uq_ci_relations_edge DO NOTHING RETURNING id"
        ),
        {"s": source_id, "t": target_id, "type": type},
    ).first()
    if created is None:
        return False
    edge = {"source": source, "target": target, "type": type}
    audit.record(
        session,
        actor=actor.username,
        action="relation.add",
        entity_type="ci_relation",
        entity_id=f"{source}-{type}->{target}"[:120],
        after=edge,
    )
    notify_cmdb_change(session, "relation.add", edge)
    return True


def remove_relation(session: Session, *, actor: Principal, source: str, target: str, type: str) -> None:
    """Remove the edge source -[type]-> target."""
    require(actor, "infra:write")
    source_id, target_id = _edge_ids(session, source, target, type)
    gone = session.execute(
        text(
            "DELETE FROM ci_relations WHERE source_id = :s AND target_id = :t AND type = :type RETURNING id"
        ),
        {"s": source_id, "t": target_id, "type": type},
    ).first()
    if gone is None:
        raise NotFound(f"no relation {source} -[{type}]-> {target}")
    edge = {"source": source, "target": target, "type": type}
    audit.record(
        session,
        actor=actor.username,
        action="relation.remove",
        entity_type="ci_relation",
        entity_id=f"{source}-{type}->{target}"[:120],
        before=edge,
    )
    notify_cmdb_change(session, "relation.remove", edge)

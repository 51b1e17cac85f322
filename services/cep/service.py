"""CEP rules: create, save (a new immutable revision each time), diff, restore, enable/disable, delete.

Every write checks `cep:write`, validates the spec (pydantic, then the action registry) and records
an audit row in the caller's transaction, like `services/infra/service.py` `upsert_ci`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from services.cep.models import CepAlert, CepRule, CepRuleRevision
from services.cep.reads import DiffLine, RevisionRead, RuleDetail, RuleDiff, RuleRead, rule_read
from services.cep.schema import RuleSpec, spec_dump
from services.core import audit
from services.core.clock import utcnow
from services.core.errors import Conflict, NotFound, ValidationFailed
from services.core.pagination import Page, paginate
from services.core.security import Principal, require

READ, WRITE = "cep:read", "cep:write"


def validate_actions(session: Session, spec: RuleSpec) -> None:
    """Each action's kind is registered, its params fit and its targets resolve (422 naming `spec.actions.N…`)."""
    from services.cep import actions as registry

    for index, action in enumerate(spec.actions):
        prefix = f"actions.{index}"
        try:
            action_type, params = registry.parse_action(action.delivery(), field=prefix)
            action_type.targets(session, params)
        except ValidationFailed as exc:
            field = exc.details.get("field") if isinstance(exc.details, dict) else None
            field = (
                field if field and field.startswith(prefix) else f"{prefix}.params.{field or ''}".rstrip(".")
            )
            message = exc.message if exc.message.startswith(prefix) else f"{field}: {exc.message}"
            raise ValidationFailed(
                f"spec.{message}", details={"field": f"spec.{field}"}, key=exc.key, params=exc.params
            ) from exc


def _get(session: Session, rule_id: int, *, lock: bool = False) -> CepRule:
    query = select(CepRule).where(col(CepRule.id) == rule_id)
    rule = session.exec(query.with_for_update() if lock else query).first()
    if rule is None:
        raise NotFound(
            f"rule {rule_id} not found",
            details={"field": "rule_id"},
            key="cep_rule_not_found",
            params={"id": rule_id},
        )
    return rule


def _apply(rule: CepRule, spec: RuleSpec, now: datetime) -> None:
    rule.name, rule.severity, rule.owner = spec.name, spec.severity, spec.owner
    rule.trigger_kind = spec.trigger.kind
    rule.spec = spec_dump(spec)
    rule.updated_at = now
    rule.next_run_at = now if rule.enabled and spec.trigger.kind != "event" else None


def _save_revision(session: Session, rule: CepRule, *, actor: Principal, message: str) -> None:
    assert rule.id is not None
    session.add(
        CepRuleRevision(
            rule_id=rule.id,
            revision=rule.latest_revision,
            spec=rule.spec,
            message=message,
            author=actor.username,
        )
    )


def _flush_unique(session: Session, name: str) -> None:
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        raise Conflict(
            f"a rule named '{name}' exists",
            details={"field": "spec.name"},
            key="cep_rule_name_taken",
            params={"name": name},
        ) from exc


def create_rule(session: Session, *, actor: Principal, spec: RuleSpec, message: str = "") -> CepRule:
    """A new rule at revision 1."""
    require(actor, WRITE)
    validate_actions(session, spec)
    now = utcnow()
    rule = CepRule(name=spec.name, trigger_kind=spec.trigger.kind, latest_revision=1, created_at=now)
    _apply(rule, spec, now)
    session.add(rule)
    _flush_unique(session, spec.name)
    _save_revision(session, rule, actor=actor, message=message or "created")
    audit.record(
        session,
        actor=actor.username,
        action="cep.rule.create",
        entity_type="cep_rule",
        entity_id=rule.id,
        after=rule.spec,
    )
    return rule


def update_rule(
    session: Session, *, actor: Principal, rule_id: int, spec: RuleSpec, message: str = ""
) -> CepRule:
    """Save `spec` as the rule's next revision (a save without changes adds none)."""
    require(actor, WRITE)
    validate_actions(session, spec)
    rule = _get(session, rule_id, lock=True)
    new = spec_dump(spec)
    if new == rule.spec:
        return rule
    before = dict(rule.spec)
    _apply(rule, spec, utcnow())
    rule.latest_revision += 1
    _flush_unique(session, spec.name)
    _save_revision(session, rule, actor=actor, message=message)
    audit.record(
        session,
        actor=actor.username,
        action="cep.rule.update",
        entity_type="cep_rule",
        entity_id=rule.id,
        before=before,
        after=new,
    )
    return rule


def restore_rule(
    session: Session, *, actor: Principal, rule_id: int, revision: int, message: str = ""
) -> CepRule:
    """Save an old revision's spec as a new revision."""
    old = get_revision(session, rule_id, revision)
    spec = RuleSpec.model_validate(old.spec)
    return update_rule(
        session, actor=actor, rule_id=rule_id, spec=spec, message=message or f"restored revision {revision}"
    )


def set_enabled(session: Session, *, actor: Principal, rule_id: int, enabled: bool) -> CepRule:
    """Enable or disable a rule (a disabled rule is not evaluated; its instances keep their state)."""
    require(actor, WRITE)
    rule = _get(session, rule_id, lock=True)
    if rule.enabled != enabled:
        rule.enabled = enabled
        now = utcnow()
        rule.updated_at = now
        rule.next_run_at = now if enabled and rule.trigger_kind != "event" else None
        action = "cep.rule.enable" if enabled else "cep.rule.disable"
        audit.record(session, actor=actor.username, action=action, entity_type="cep_rule", entity_id=rule.id)
    return rule


def delete_rule(session: Session, *, actor: Principal, rule_id: int) -> None:
    """Delete a rule with its revisions, instances and transitions (queued notifications still go)."""
    require(actor, WRITE)
    rule = _get(session, rule_id, lock=True)
    audit.record(
        session,
        actor=actor.username,
        action="cep.rule.delete",
        entity_type="cep_rule",
        entity_id=rule.id,
        before=rule.spec,
    )
    session.delete(rule)
    session.flush()


# --- reads ---------------------------------------------------------------------------------------------


def state_counts(session: Session, rule_ids: list[int]) -> dict[int, dict[str, int]]:
    """Instances per rule and state."""
    counts: dict[int, dict[str, int]] = {}
    if not rule_ids:
        return counts
    query = (
        select(CepAlert.rule_id, CepAlert.state, func.count())
        .where(col(CepAlert.rule_id).in_(rule_ids))
        .group_by(col(CepAlert.rule_id), col(CepAlert.state))
    )
    for rule_id, state, n in session.exec(query).all():
        counts.setdefault(rule_id, {})[state] = int(n)
    return counts


def list_rules(
    session: Session,
    *,
    limit: int,
    cursor: str | None = None,
    q: str | None = None,
    enabled: bool | None = None,
    severity: str | None = None,
) -> Page[RuleRead]:
    """Rules by name, filtered."""
    query = select(CepRule)
    if q:
        escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(col(CepRule.name).ilike(f"%{escaped}%"))
    if enabled is not None:
        query = query.where(col(CepRule.enabled) == enabled)
    if severity:
        query = query.where(col(CepRule.severity) == severity)
    page = paginate(session, query, keys=[col(CepRule.name)], limit=limit, cursor=cursor)
    counts = state_counts(session, [r.id for r in page.items if r.id is not None])
    views = [rule_read(r, counts.get(r.id or 0, {})) for r in page.items]
    return Page(items=views, next_cursor=page.next_cursor)


def get_rule(session: Session, rule_id: int) -> RuleDetail:
    rule = _get(session, rule_id)
    view = rule_read(rule, state_counts(session, [rule_id]).get(rule_id, {}), detail=True)
    assert isinstance(view, RuleDetail)
    return view


def revisions(session: Session, rule_id: int) -> list[RevisionRead]:
    """Every revision, newest first."""
    _get(session, rule_id)
    rows = session.exec(
        select(CepRuleRevision)
        .where(col(CepRuleRevision.rule_id) == rule_id)
        .order_by(col(CepRuleRevision.revision).desc())
    ).all()
    return [
        RevisionRead(
            revision=r.revision, author=r.author, message=r.message, created_at=r.created_at, spec=r.spec
        )
        for r in rows
    ]


def get_revision(session: Session, rule_id: int, revision: int) -> CepRuleRevision:
    row = session.exec(
        select(CepRuleRevision).where(
            col(CepRuleRevision.rule_id) == rule_id, col(CepRuleRevision.revision) == revision
        )
    ).first()
    if row is None:
        raise NotFound(
            f"rule {rule_id} has no revision {revision}",
            details={"field": "revision"},
            key="cep_revision_not_found",
            params={"revision": revision},
        )
    return row


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict) and value:
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(_flatten(item, f"{prefix}.{key}" if prefix else str(key)))
        return out
    return {prefix: value}


def diff(session: Session, rule_id: int, from_revision: int, to_revision: int) -> RuleDiff:
    """The changed fields (dotted paths) between two revisions."""
    before = _flatten(get_revision(session, rule_id, from_revision).spec)
    after = _flatten(get_revision(session, rule_id, to_revision).spec)
    changes = [
        DiffLine(path=path, before=before.get(path), after=after.get(path))
        for path in sorted(set(before) | set(after))
        if before.get(path) != after.get(path)
    ]
    return RuleDiff(rule_id=rule_id, from_revision=from_revision, to_revision=to_revision, changes=changes)


DEFAULT_CHANNELS_ACTION: dict[str, Any] = {"kind": "notify_default", "params": {}}


def ensure_builtin_rule(session: Session, spec: dict[str, Any]) -> bool:
    """Create the built-in rule `spec` (by name) as `system` with the "notify the default channels"
    action; a rule seeded before that action existed and never saved by a person gets it too. Whether
    anything changed. A rule someone has saved is theirs: it is left as it is."""
    from services.core.security import SYSTEM

    rule = session.exec(select(CepRule).where(col(CepRule.name) == spec["name"])).first()
    if rule is None:
        wanted = RuleSpec.model_validate({**spec, "actions": [DEFAULT_CHANNELS_ACTION]})
        try:
            create_rule(session, actor=SYSTEM, spec=wanted, message="built-in rule")
        except Conflict:  # another replica starting at the same time created it
            return False
        return True
    edited_by_people = session.exec(
        select(CepRuleRevision.id).where(
            CepRuleRevision.rule_id == rule.id, CepRuleRevision.author != SYSTEM.username
        )
    ).first()
    if rule.spec.get("actions") or edited_by_people is not None:
        return False
    adopted = RuleSpec.model_validate({**rule.spec, "actions": [DEFAULT_CHANNELS_ACTION]})
    update_rule(
        session, actor=SYSTEM, rule_id=rule.id or 0, spec=adopted, message="notify the default channels"
    )
    return True

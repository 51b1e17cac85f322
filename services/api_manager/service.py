"""API definitions: create, save (a new immutable version), publish, roll back, soft delete (reads: `reads`).

Writes need `apis:write` and are audited in their transaction. A save whose content differs from the
latest version creates version n+1 (author, time, message, content hash); publishing makes a version
what `/api/x/{slug}` serves and requires it to pass its executor's check (for SQL: the validator) and,
for workflows, to call no API that leads back to itself. A rollback copies an old version's content
into a new version (and publishes it by default).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlmodel import Session, col, select

from services.api_manager import params as param_schema
from services.api_manager.executors import executor_for
from services.api_manager.executors.workflow import referenced_slugs
from services.api_manager.models import WRITE, Api, ApiContent, ApiCreate, ApiUpdate, ApiVersion
from services.api_manager.reads import api_view, get_row, version_row
from services.core import audit, crypto, on_commit
from services.core.clock import utcnow
from services.core.errors import Conflict, ValidationFailed
from services.core.security import PERMISSIONS, ROLES, Principal, require


def content_hash(content: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of a version's content."""
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _check_access_lists(roles: list[str], scopes: list[str]) -> None:
    bad_roles = sorted(set(roles) - set(ROLES))
    if bad_roles:
        raise ValidationFailed(
            f"unknown roles: {', '.join(bad_roles)}", details={"field": "allowed_roles"}, key="api_bad_roles"
        )
    bad_scopes = sorted(set(scopes) - set(PERMISSIONS))
    if bad_scopes:
        raise ValidationFailed(
            f"unknown scopes: {', '.join(bad_scopes)}",
            details={"field": "required_scopes"},
            key="api_bad_scopes",
        )


def normalized_content(content: ApiContent | dict[str, Any]) -> dict[str, Any]:
    """Content as stored: validated limits and a usable parameter schema (422 naming the field)."""
    model = content if isinstance(content, ApiContent) else ApiContent.model_validate(content)
    problems = param_schema.check_schema(model.params_schema)
    if problems:
        raise ValidationFailed(
            f"params_schema: {problems[0]}",
            details={"field": "params_schema", "problems": problems},
            key="api_bad_schema",
            params={"problem": problems[0]},
        )
    return model.model_dump()


def _encrypted(secrets: dict[str, str]) -> dict[str, str]:
    for name in secrets:
        if not name.replace("_", "").isalnum():
            raise ValidationFailed(
                f"secret name '{name}' must be letters, digits and _", details={"field": "secrets"}
            )
    return {name: crypto.encrypt(value) for name, value in secrets.items()}


def _add_version(
    session: Session, api: Api, content: dict[str, Any], *, author: str, message: str
) -> ApiVersion:
    api.latest_version += 1
    row = ApiVersion(
        api_id=api.id or 0,
        version=api.latest_version,
        content=content,
        content_hash=content_hash(content),
        message=message.strip(),
        author=author,
    )
    session.add(row)
    return row


def _changed(session: Session) -> None:
    from services.api_manager import integrations, published

    on_commit.on_commit(session, integrations.refresh_ops_tools)
    # this process at once; the others through the `apis` trigger's NOTIFY (migration api_manager_0003)
    on_commit.on_commit(session, published.CACHE.invalidate)


def create_api(session: Session, *, actor: Principal, body: ApiCreate) -> Api:
    """A new API with version 1 (a draft until published)."""
    require(actor, WRITE)
    _check_access_lists(body.allowed_roles, body.required_scopes)
    content = normalized_content(
        ApiContent.model_validate(body.model_dump(include=set(ApiContent.model_fields)))
    )
    if session.exec(select(Api.id).where(Api.slug == body.slug)).first() is not None:
        raise Conflict(
            f"an API with slug '{body.slug}' exists",
            details={"field": "slug"},
            key="api_slug_taken",
            params={"slug": body.slug},
        )
    api = Api(
        slug=body.slug,
        name=body.name.strip(),
        description=body.description,
        logic_type=body.logic_type,
        owner=actor.username,
        tags=sorted({t.strip() for t in body.tags if t.strip()}),
        allowed_roles=sorted(set(body.allowed_roles)),
        required_scopes=sorted(set(body.required_scopes)),
        rate_limit_per_minute=body.rate_limit_per_minute,
        ops_tool=body.ops_tool,
        secrets=_encrypted(body.secrets),
    )
    session.add(api)
    session.flush()
    row = _add_version(session, api, content, author=actor.username, message=body.message or "created")
    session.flush()
    audit.record(
        session,
        actor=actor.username,
        action="api.create",
        entity_type="api",
        entity_id=api.id,
        after={**api_view(api), "version": row.version},
    )
    _changed(session)
    return api


def update_api(session: Session, *, actor: Principal, api_id: int, body: ApiUpdate) -> Api:
    """Change metadata and/or save content as a new version (unchanged content adds no version)."""
    require(actor, WRITE)
    api = get_row(session, api_id, lock=True)
    before = api_view(api)
    fields = body.model_dump(exclude_unset=True, exclude={"content", "message", "publish", "secrets"})
    _check_access_lists(fields.get("allowed_roles") or [], fields.get("required_scopes") or [])
    for name, value in fields.items():
        if value is not None:
            setattr(api, name, sorted(set(value)) if isinstance(value, list) else value)
    if body.secrets is not None:  # an empty value keeps the stored secret, a name left out drops it
        kept = {
            name: api.secrets[name]
            for name, value in body.secrets.items()
            if value == "" and name in api.secrets
        }
        api.secrets = {**_encrypted({k: v for k, v in body.secrets.items() if v != ""}), **kept}
    saved: ApiVersion | None = None
    if body.content is not None:
        content = normalized_content(body.content)
        if content_hash(content) != version_row(session, api).content_hash:
            saved = _add_version(
                session, api, content, author=actor.username, message=body.message or "saved"
            )
    api.updated_at = utcnow()
    session.add(api)
    session.flush()
    audit.record(
        session,
        actor=actor.username,
        action="api.update",
        entity_type="api",
        entity_id=api.id,
        before=before,
        after={**api_view(api), "new_version": saved.version if saved else None},
    )
    if body.publish:
        publish(session, actor=actor, api_id=api_id, version=api.latest_version)
    _changed(session)
    return api


def publishable_problems(session: Session, api: Api, content: dict[str, Any]) -> list[str]:
    """Why a version may not be published (empty when it may)."""
    problems = [
        finding.message for finding in executor_for(api.logic_type).check(str(content.get("body", "")))
    ]
    if not str(content.get("body", "")).strip():
        problems.append("the logic body is empty")
    if api.logic_type == "workflow" and not problems:
        cycle = _workflow_cycle(session, api.slug, str(content["body"]))
        if cycle:
            problems.append(f"the workflow calls itself: {' → '.join(cycle)}")
    return problems


def _workflow_cycle(session: Session, slug: str, body: str) -> list[str] | None:
    """A call path from this workflow back to itself through other workflows, if any."""
    stack: list[tuple[str, list[str]]] = [(callee, [slug, callee]) for callee in referenced_slugs(body)]
    seen: set[str] = set()
    while stack:
        current, path = stack.pop()
        if current == slug:
            return path
        if current in seen or len(path) > 12:
            continue
        seen.add(current)
        api = session.exec(select(Api).where(Api.slug == current, col(Api.deleted_at).is_(None))).first()
        if api is None or api.logic_type != "workflow" or api.published_version is None:
            continue  # only published versions run, so only they can close a loop
        number = api.published_version
        row = session.exec(
            select(ApiVersion).where(ApiVersion.api_id == api.id, ApiVersion.version == number)
        ).first()
        for callee in referenced_slugs(str(row.content.get("body", ""))) if row else []:
            stack.append((callee, [*path, callee]))
    return None


def publish(session: Session, *, actor: Principal, api_id: int, version: int | None = None) -> Api:
    """Make `version` (default: the latest) the one callers get; it must pass its checks."""
    require(actor, WRITE)
    api = get_row(session, api_id, lock=True)
    row = version_row(session, api, version)
    problems = publishable_problems(session, api, row.content)
    if problems:
        raise ValidationFailed(
            f"version {row.version} cannot be published: {problems[0]}",
            details={"field": "content", "problems": problems},
            key="api_not_publishable",
            params={"problem": problems[0]},
        )
    before = api.published_version
    api.published_version = row.version
    api.updated_at = utcnow()
    session.add(api)
    audit.record(
        session,
        actor=actor.username,
        action="api.publish",
        entity_type="api",
        entity_id=api.id,
        before={"published_version": before},
        after={"published_version": row.version},
    )
    _changed(session)
    return api


def rollback(
    session: Session,
    *,
    actor: Principal,
    api_id: int,
    version: int,
    message: str = "",
    publish_it: bool = True,
) -> ApiVersion:
    """A new version equal to `version` (published unless `publish_it` is false)."""
    require(actor, WRITE)
    api = get_row(session, api_id, lock=True)
    source = version_row(session, api, version)
    row = _add_version(
        session,
        api,
        dict(source.content),
        author=actor.username,
        message=message or f"rollback to v{version}",
    )
    api.updated_at = utcnow()
    session.add(api)
    session.flush()
    audit.record(
        session,
        actor=actor.username,
        action="api.rollback",
        entity_type="api",
        entity_id=api.id,
        before={"latest_version": row.version - 1},
        after={"version": row.version, "copied_from": version},
    )
    if publish_it:
        publish(session, actor=actor, api_id=api_id, version=row.version)
    return row


def delete_api(session: Session, *, actor: Principal, api_id: int) -> None:
    """Soft delete: the API disappears from lists and calls; its history stays."""
    require(actor, WRITE)
    api = get_row(session, api_id, lock=True)
    api.deleted_at = utcnow()
    session.add(api)
    audit.record(
        session,
        actor=actor.username,
        action="api.delete",
        entity_type="api",
        entity_id=api.id,
        before=api_view(api),
    )
    _changed(session)

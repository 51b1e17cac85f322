"""Channels: audited CRUD (cep:read / cep:write), delivery through a channel, "send test", broken flag.

Secrets are encrypted with `services.core.crypto` before they reach the session and only their names
leave this module (views, audit rows, logs). A channel is *broken* when a delivery was refused for
authentication (401/403, SMTP auth); its rows then go to the dead letters until the channel is fixed
(any update with new secrets, or a successful test, clears the flag) and replayed.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import Any, cast

from pydantic import BaseModel, ValidationError
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col, select

from services.cep import delivery_settings as keys
from services.cep.channels import CHANNEL_KINDS, ChannelKind, DeliveryResult, Message
from services.cep.delivery_models import Channel, ChannelCreate, ChannelUpdate
from services.cep.templates import SAMPLE_PAYLOAD, TemplateFailed, default_templates, render
from services.core import audit, crypto, settings_registry
from services.core.clock import utcnow
from services.core.db import database_url, session_scope
from services.core.errors import Conflict, DomainError, NotFound, ValidationFailed
from services.core.on_commit import on_commit
from services.core.pagination import Page, paginate
from services.core.security import Principal, require

log = logging.getLogger(__name__)
READ, WRITE = "cep:read", "cep:write"
MAX_SECRET_CHARS = 4000
CACHE_S = 2.0


def channel_view(channel: Channel) -> dict[str, Any]:
    """A channel as JSON-safe data: secret names, never values."""
    return {
        "id": channel.id,
        "name": channel.name,
        "kind": channel.kind,
        "config": channel.config,
        "secret_names": sorted(channel.secrets),
        "enabled": channel.enabled,
        "rate_limit_per_minute": channel.rate_limit_per_minute,
        "grouping": channel.grouping,
        "broken": channel.broken_at is not None,
        "broken_at": channel.broken_at,
        "broken_reason": channel.broken_reason,
        "created_by": channel.created_by,
        "created_at": channel.created_at,
        "updated_at": channel.updated_at,
    }


def _audit_view(channel: Channel) -> dict[str, Any]:
    view = channel_view(channel)
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in view.items()}


def _get(session: Session, channel_id: int, *, lock: bool = False) -> Channel:
    query = select(Channel).where(Channel.id == channel_id, col(Channel.deleted_at).is_(None))
    channel = session.exec(query.with_for_update() if lock else query).first()
    if channel is None:
        raise NotFound(f"unknown channel {channel_id}", key="cep_channel_unknown", params={"id": channel_id})
    return channel


def _require(session: Session, channel_ids: list[int], *, live: bool) -> None:
    query = select(Channel.id).where(col(Channel.id).in_(channel_ids))
    if live:
        query = query.where(col(Channel.deleted_at).is_(None))
    found = set(session.exec(query).all())
    missing = [cid for cid in channel_ids if cid not in found]
    if missing:
        raise ValidationFailed(
            f"channel_ids: unknown channel(s) {missing}",
            details={"field": "channel_ids", "missing": missing},
            key="cep_channel_unknown",
            params={"id": ", ".join(map(str, missing))},
        )


def require_known(session: Session, channel_ids: list[int]) -> None:
    """ValidationFailed naming the ids of `channel_ids` that never named a channel (deleted ones pass)."""
    _require(session, channel_ids, live=False)


def require_live(session: Session, channel_ids: list[int]) -> None:
    """ValidationFailed naming the ids of `channel_ids` that are not existing, undeleted channels."""
    _require(session, channel_ids, live=True)


def live_ids_by_name(session: Session, names: list[str]) -> list[int]:
    """The ids of the undeleted channels named `names`, in that order; unknown names are logged and skipped."""
    rows = session.exec(
        select(Channel.name, Channel.id).where(
            col(Channel.name).in_(names), col(Channel.deleted_at).is_(None)
        )
    ).all()
    by_name = {name: cid for name, cid in rows if cid is not None}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        log.warning("default channel(s) %s do not exist: nothing is sent to them", unknown)
    return [by_name[name] for name in names if name in by_name]


def _kind(kind: str) -> ChannelKind:
    try:
        return CHANNEL_KINDS[kind]
    except KeyError:
        raise ValidationFailed(f"kind: unknown channel kind '{kind}'", details={"field": "kind"}) from None


def _config(kind: ChannelKind, config: dict[str, Any]) -> dict[str, Any]:
    try:
        return kind.config_model.model_validate(config).model_dump(mode="json")
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in ("config", *first["loc"]))
        raise ValidationFailed(f"{where}: {first['msg']}", details={"field": where}) from exc


def _secrets(kind: ChannelKind, stored: dict[str, str], given: dict[str, str | None]) -> dict[str, str]:
    """Stored secrets with `given` applied ("" keeps, None removes, text replaces), all encrypted."""
    unknown = sorted(set(given) - set(kind.secret_names))
    if unknown:
        raise ValidationFailed(
            f"secrets: unknown secret(s) {unknown} for {kind.kind} (allowed: {list(kind.secret_names)})",
            details={"field": "secrets"},
        )
    result = dict(stored)
    for name, value in given.items():
        if value is None:
            result.pop(name, None)
        elif value != "":
            if len(value) > MAX_SECRET_CHARS:
                raise ValidationFailed(f"secrets.{name}: too long", details={"field": f"secrets.{name}"})
            if name == "webhook_url":
                from services.cep.http_delivery import check_url

                problem = check_url(value)
                if problem:
                    raise ValidationFailed(f"secrets.{name}: {problem}", details={"field": f"secrets.{name}"})
            result[name] = crypto.encrypt(value)
    missing = [name for name in kind.required_secrets if name not in result]
    if missing:
        raise ValidationFailed(f"secrets.{missing[0]}: required", details={"field": f"secrets.{missing[0]}"})
    return result


def _name_free(session: Session, name: str, except_id: int | None = None) -> None:
    query = select(Channel.id).where(Channel.name == name, col(Channel.deleted_at).is_(None))
    other = session.exec(query).first()
    if other is not None and other != except_id:
        raise Conflict(
            f"name: a channel named '{name}' exists", details={"field": "name"}, key="cep_channel_name_taken"
        )


def list_channels(
    session: Session, *, actor: Principal, limit: int = 50, cursor: str | None = None, kind: str | None = None
) -> Page:
    """Live channels by name."""
    require(actor, READ)
    query = select(Channel).where(col(Channel.deleted_at).is_(None))
    if kind:
        query = query.where(Channel.kind == kind)
    keys_ = [cast(ColumnElement[Any], col(Channel.name)), cast(ColumnElement[Any], col(Channel.id))]
    return paginate(session, query, keys=keys_, limit=limit, cursor=cursor, to_item=channel_view, count=True)


def get_channel(session: Session, *, actor: Principal, channel_id: int) -> dict[str, Any]:
    require(actor, READ)
    return channel_view(_get(session, channel_id))


def create_channel(session: Session, *, actor: Principal, body: ChannelCreate) -> Channel:
    require(actor, WRITE)
    kind = _kind(body.kind)
    _name_free(session, body.name)
    channel = Channel(
        name=body.name,
        kind=kind.kind,
        config=_config(kind, body.config),
        secrets=_secrets(kind, {}, dict(body.secrets)),
        enabled=body.enabled,
        rate_limit_per_minute=body.rate_limit_per_minute,
        grouping=body.grouping.model_dump(mode="json") if body.grouping else None,
        created_by=actor.username,
    )
    session.add(channel)
    session.flush()
    session.refresh(channel)
    audit.record(
        session,
        actor=actor.username,
        action="cep.channel.create",
        entity_type="cep_channel",
        entity_id=channel.id,
        after=_audit_view(channel),
    )
    return channel


def update_channel(session: Session, *, actor: Principal, channel_id: int, body: ChannelUpdate) -> Channel:
    require(actor, WRITE)
    channel = _get(session, channel_id, lock=True)
    before = _audit_view(channel)
    kind = _kind(channel.kind)
    if body.name is not None and body.name != channel.name:
        _name_free(session, body.name, except_id=channel.id)
        channel.name = body.name
    if body.config is not None:
        channel.config = _config(kind, body.config)
    if body.secrets is not None:
        channel.secrets = _secrets(kind, channel.secrets, body.secrets)
        if any(body.secrets.values()):  # new credentials: give the channel another chance
            channel.broken_at, channel.broken_reason = None, None
    if body.enabled is not None:
        channel.enabled = body.enabled
    if body.rate_limit_per_minute is not None:
        channel.rate_limit_per_minute = body.rate_limit_per_minute
    if "grouping" in body.model_fields_set:
        channel.grouping = body.grouping.model_dump(mode="json") if body.grouping else None
    channel.updated_at = utcnow()
    session.add(channel)
    session.flush()
    on_commit(session, lambda: forget(channel_id))
    audit.record(
        session,
        actor=actor.username,
        action="cep.channel.update",
        entity_type="cep_channel",
        entity_id=channel.id,
        before=before,
        after=_audit_view(channel),
    )
    return channel


def delete_channel(session: Session, *, actor: Principal, channel_id: int) -> None:
    """Soft-delete: the delivery log keeps naming it; its secrets are dropped."""
    require(actor, WRITE)
    channel = _get(session, channel_id, lock=True)
    before = _audit_view(channel)
    channel.deleted_at, channel.secrets, channel.enabled = utcnow(), {}, False
    session.add(channel)
    on_commit(session, lambda: forget(channel_id))
    audit.record(
        session,
        actor=actor.username,
        action="cep.channel.delete",
        entity_type="cep_channel",
        entity_id=channel.id,
        before=before,
    )


def mark_broken(session: Session, channel_id: int, reason: str) -> None:
    """Flag a channel whose credentials were refused (audited as the delivery system)."""
    channel = session.get(Channel, channel_id)
    if channel is None or channel.broken_at is not None:
        return
    channel.broken_at, channel.broken_reason = utcnow(), reason[:500]
    session.add(channel)
    on_commit(session, lambda: forget(channel_id))
    log.warning("CEP channel %s (%s) marked broken: credentials refused", channel.id, channel.kind)
    audit.record(
        session,
        actor="cep",
        action="cep.channel.broken",
        entity_type="cep_channel",
        entity_id=channel.id,
        after={"broken_reason": channel.broken_reason},
    )


Loaded = tuple[ChannelKind, BaseModel, dict[str, str]]
_loaded: dict[tuple[str, int], tuple[float, Channel]] = {}  # (database URL, id) → (read at, row)
_loaded_lock = threading.Lock()


def forget(channel_id: int) -> None:
    """Drop this process's cached copy of a channel (after a change)."""
    with _loaded_lock:
        _loaded.pop((database_url(), channel_id), None)


def _channel_row(channel_id: int) -> Channel | None:
    """The channel, read at most every `CACHE_S` seconds per process (a change made on another replica
    applies there within that time; changes here apply at once)."""
    key = (database_url(), channel_id)
    with _loaded_lock:
        hit = _loaded.get(key)
    if hit and time.monotonic() - hit[0] < CACHE_S:
        return hit[1]
    with session_scope() as session:
        channel = session.get(Channel, channel_id)
        if channel is not None:
            session.expunge(channel)
    if channel is not None:
        with _loaded_lock:
            _loaded[key] = (time.monotonic(), channel)
    return channel


def _load(channel_id: int, allow_unusable: bool) -> Loaded | DeliveryResult:
    channel = _channel_row(channel_id)
    if channel is None or channel.deleted_at is not None:
        return DeliveryResult(False, "config", f"channel {channel_id} was deleted")
    if not allow_unusable and not channel.enabled:
        return DeliveryResult(False, "channel_disabled", f"channel '{channel.name}' is disabled")
    if not allow_unusable and channel.broken_at is not None:
        return DeliveryResult(False, "channel_broken", f"channel '{channel.name}' is broken: fix and replay")
    kind = CHANNEL_KINDS[channel.kind]
    secrets = {name: crypto.decrypt(value) for name, value in channel.secrets.items()}
    return kind, kind.config_model.model_validate(channel.config), secrets


async def deliver(
    channel_id: int,
    *,
    payload: dict[str, Any],
    idempotency_key: str,
    timeout: float,
    title_template: str | None = None,
    body_template: str | None = None,
    allow_unusable: bool = False,
) -> DeliveryResult:
    """Render the message for `payload` and send it through the channel (never raises for failures)."""
    try:
        loaded = await asyncio.to_thread(_load, channel_id, allow_unusable)
        if isinstance(loaded, DeliveryResult):
            return loaded
        kind, config, secrets = loaded
        language = await asyncio.to_thread(settings_registry.get, keys.LANGUAGE)
        default_title, default_body = default_templates(str(language))
        title, text = await asyncio.to_thread(  # user templates never run on the event loop
            lambda: (
                render(title_template or default_title, payload, field="title_template"),
                render(body_template or default_body, payload, field="body_template"),
            )
        )
        message = Message(title=title, text=text, payload=payload, idempotency_key=idempotency_key)
    except TemplateFailed as exc:
        return DeliveryResult(False, "template", exc.message)
    except DomainError as exc:
        return DeliveryResult(False, "config", exc.message)
    return await kind.send(config, secrets, message, timeout)


def send_test(session: Session, *, actor: Principal, channel_id: int) -> dict[str, Any]:
    """Send the sample alert through the channel now (even when broken); a success clears the flag."""
    require(actor, WRITE)
    channel = _get(session, channel_id)
    timeout = float(settings_registry.get(keys.TIMEOUT_SECONDS, session))
    started = time.perf_counter()
    result = asyncio.run(
        deliver(
            channel_id,
            payload=SAMPLE_PAYLOAD,
            idempotency_key=f"test-{channel_id}-{int(time.time() * 1000)}",
            timeout=timeout,
            allow_unusable=True,
        )
    )
    latency_ms = round((time.perf_counter() - started) * 1000, 1)
    if result.ok and channel.broken_at is not None:
        channel.broken_at, channel.broken_reason = None, None
        session.add(channel)
        on_commit(session, lambda: forget(channel_id))
    audit.record(
        session,
        actor=actor.username,
        action="cep.channel.test",
        entity_type="cep_channel",
        entity_id=channel_id,
        after={"ok": result.ok, "error_class": result.error_class, "latency_ms": latency_ms},
    )
    return {
        "ok": result.ok,
        "error_class": result.error_class,
        "response": result.response,
        "latency_ms": latency_ms,
    }

"""The registry of CEP action kinds: what a rule may do when an alert changes state.

An action kind has a params model (validated when a rule is saved), `targets(session, params)` —
where it goes, one outbox row per target, resolved in the enqueueing transaction — and
`deliver(ctx) -> DeliveryResult`, called by the notification loop with the stored target and alert
payload. Built in: `notify` (channels with optional message-template overrides) and `webhook` (a URL
with headers; header values are stored encrypted in the outbox). Other modules add kinds with
`register_action` (API MANAGER adds `call_api`).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlmodel import Session

from services.cep import channel_service, http_delivery
from services.cep import delivery_settings as keys
from services.cep.channels import IDEMPOTENCY_HEADER, SIGNATURE_HEADER, DeliveryResult, signature
from services.cep.templates import validate_template
from services.core import crypto, settings_registry
from services.core.errors import ValidationFailed

MAX_ACTIONS = 20


@dataclass(frozen=True)
class Target:
    """One destination of an action: the channel it uses (if any) and what `deliver` needs."""

    channel_id: int | None
    target: dict[str, Any]


@dataclass(frozen=True)
class DeliveryContext:
    """What `deliver` gets for one attempt of one outbox row."""

    target: dict[str, Any]
    payload: dict[str, Any]
    outbox_id: int = 0
    attempt: int = 1
    idempotency_key: str = ""
    timeout: float = 10.0
    channel_id: int | None = None


Deliver = Callable[[DeliveryContext], Awaitable[DeliveryResult]]
Targets = Callable[[Session, BaseModel], list[Target]]
Check = Callable[[Session, BaseModel], None]


@dataclass(frozen=True)
class ActionType:
    kind: str
    params_model: type[BaseModel]
    targets: Targets
    deliver: Deliver
    description_ko: str
    description_en: str
    check: Check | None = None


ACTIONS: dict[str, ActionType] = {}


def register_action(
    kind: str,
    params_model: type[BaseModel],
    *,
    targets: Targets,
    deliver: Deliver,
    description_ko: str,
    description_en: str,
    check: Check | None = None,
) -> None:
    """Add (or replace) action kind `kind`; `check(session, params)` (default: resolving the targets)
    is the stricter test run when a rule is saved."""
    ACTIONS[kind] = ActionType(kind, params_model, targets, deliver, description_ko, description_en, check)


def parse_action(action: dict[str, Any], *, field: str = "actions") -> tuple[ActionType, BaseModel]:
    """The action type and validated params of `{"kind": ..., "params": {...}}`; 422 naming the field."""
    if not isinstance(action, dict) or set(action) - {"kind", "params"}:
        raise ValidationFailed(f"{field}: an action is {{kind, params}}", details={"field": field})
    kind = action.get("kind")
    action_type = ACTIONS.get(str(kind))
    if action_type is None:
        raise ValidationFailed(
            f"{field}.kind: unknown action kind '{kind}' (known: {', '.join(sorted(ACTIONS))})",
            details={"field": f"{field}.kind"},
            key="cep_action_unknown",
            params={"kind": str(kind)[:40]},
        )
    try:
        params = action_type.params_model.model_validate(action.get("params") or {})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in (field, "params", *first["loc"]))
        raise ValidationFailed(f"{where}: {first['msg']}", details={"field": where}) from exc
    return action_type, params


def validate_actions(session: Session, actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rule-save check: every action parses and its targets resolve; returns them normalised."""
    if len(actions) > MAX_ACTIONS:
        raise ValidationFailed(f"actions: at most {MAX_ACTIONS}", details={"field": "actions"})
    normalised = []
    for index, action in enumerate(actions):
        action_type, params = parse_action(action, field=f"actions.{index}")
        (action_type.check or action_type.targets)(session, params)
        normalised.append({"kind": action_type.kind, "params": params.model_dump(mode="json")})
    return normalised


# --- notify ----------------------------------------------------------------------------------------------


class NotifyParams(BaseModel):
    """Send the alert to channels; templates override the default title and body (see templates.py)."""

    model_config = ConfigDict(extra="forbid")

    channel_ids: list[int] = Field(min_length=1, max_length=20)
    title_template: str | None = Field(default=None, max_length=4000)
    body_template: str | None = Field(default=None, max_length=4000)

    @field_validator("title_template", "body_template")
    @classmethod
    def _template(cls, value: str | None, info: Any) -> str | None:
        if value:
            validate_template(value, field=info.field_name)
        return value


def _notify_check(session: Session, params: BaseModel) -> None:
    assert isinstance(params, NotifyParams)
    channel_service.require_live(session, params.channel_ids)


def _notify_targets(session: Session, params: BaseModel) -> list[Target]:
    """One target per channel. Ids that never named a channel are refused; a channel deleted since the
    rule was saved still gets its row (it fails at delivery, visibly, instead of silently dropping the
    notification)."""
    assert isinstance(params, NotifyParams)
    ids = list(dict.fromkeys(params.channel_ids))
    channel_service.require_known(session, ids)
    templates = {"title_template": params.title_template, "body_template": params.body_template}
    return [Target(cid, {"channel_id": cid, **templates}) for cid in ids]


async def _notify_deliver(ctx: DeliveryContext) -> DeliveryResult:
    return await channel_service.deliver(
        int(ctx.target["channel_id"]),
        payload=ctx.payload,
        idempotency_key=ctx.idempotency_key,
        timeout=ctx.timeout,
        title_template=ctx.target.get("title_template"),
        body_template=ctx.target.get("body_template"),
    )


class DefaultChannelsParams(BaseModel):
    """No parameters: the channels are those the setting `cep_default_channels` names when the alert
    changes state (the built-in rules use this, so an admin routes them without editing each rule)."""

    model_config = ConfigDict(extra="forbid")


def _default_channel_targets(session: Session, params: BaseModel) -> list[Target]:
    names = keys.channel_names(settings_registry.get(keys.DEFAULT_CHANNELS, session))
    if not names:
        return []
    ids = channel_service.live_ids_by_name(session, names)
    return [Target(cid, {"channel_id": cid, "title_template": None, "body_template": None}) for cid in ids]


# --- webhook ---------------------------------------------------------------------------------------------


class WebhookParams(BaseModel):
    """POST the alert payload as JSON to a URL (with `Idempotency-Key`, and `X-SPA-Signature` when the
    `cep_webhook_signing_secret` setting is set); a webhook channel adds its own key and a rate limit."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(max_length=2000)
    headers: dict[str, str] = Field(default_factory=dict, max_length=20)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        problem = http_delivery.check_url(value)
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("headers")
    @classmethod
    def _headers(cls, value: dict[str, str]) -> dict[str, str]:
        for name, item in value.items():
            if not name or len(name) > 100 or len(item) > 1000 or any(c in name + item for c in "\r\n"):
                raise ValueError(f"header '{name[:40]}' is not a valid header")
        return value


def _webhook_targets(_session: Session, params: BaseModel) -> list[Target]:
    assert isinstance(params, WebhookParams)
    headers = {name: crypto.encrypt(value) for name, value in params.headers.items()}
    return [Target(None, {"url": params.url, "headers": headers})]


async def _webhook_deliver(ctx: DeliveryContext) -> DeliveryResult:
    headers = {name: crypto.decrypt(value) for name, value in (ctx.target.get("headers") or {}).items()}
    body = json.dumps(
        {"version": 1, "idempotency_key": ctx.idempotency_key, "payload": ctx.payload},
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    ).encode()
    headers = {"Content-Type": "application/json", **headers, IDEMPOTENCY_HEADER: ctx.idempotency_key}
    secret = await asyncio.to_thread(settings_registry.get, keys.WEBHOOK_SIGNING_SECRET)
    if secret:
        headers[SIGNATURE_HEADER] = signature(str(secret), body)
    return await http_delivery.send(
        str(ctx.target["url"]), content=body, headers=headers, timeout=ctx.timeout
    )


register_action(
    "notify",
    NotifyParams,
    targets=_notify_targets,
    deliver=_notify_deliver,
    check=_notify_check,
    description_ko="채널(Slack, 이메일, SMS, 웹훅)로 알림을 보냅니다",
    description_en="Notify channels (Slack, e-mail, SMS, webhook)",
)
register_action(
    "notify_default",
    DefaultChannelsParams,
    targets=_default_channel_targets,
    deliver=_notify_deliver,
    description_ko="기본 알림 채널(설정 cep_default_channels)로 알림을 보냅니다",
    description_en="Notify the default channels (setting cep_default_channels)",
)
register_action(
    "webhook",
    WebhookParams,
    targets=_webhook_targets,
    deliver=_webhook_deliver,
    description_ko="경보 내용을 JSON으로 URL에 POST합니다",
    description_en="POST the alert as JSON to a URL",
)

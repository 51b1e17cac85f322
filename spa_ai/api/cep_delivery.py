"""CEP delivery REST: channels (CRUD, send test), the notification log (outbox + attempts, replay),
and the action kinds and message-template context rules are built from.

Secrets are write-only: responses carry secret names, never values; audit rows the same.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from services.cep import channel_service, notifications
from services.cep.actions import ACTIONS
from services.cep.channels import CHANNEL_KINDS
from services.cep.delivery_models import (
    ActionKindRead,
    ChannelCreate,
    ChannelKindRead,
    ChannelRead,
    ChannelUpdate,
    NotificationDetail,
    NotificationRead,
    OutboxStatus,
    TestResultRead,
)
from services.cep.templates import (
    CONTEXT_DOC,
    CONTEXT_VERSION,
    DEFAULT_BODY,
    DEFAULT_TITLE,
    SAMPLE_PAYLOAD,
    validate_template,
)
from services.cep.templates import render as render_template
from services.core.pagination import Page
from services.core.security import Principal
from spa_ai.api.deps import PageQuery, Requires, SessionDep

router = APIRouter(prefix="/api/cep", tags=["cep delivery"])
Reader = Annotated[Principal, Requires("cep:read")]
Writer = Annotated[Principal, Requires("cep:write")]


class TemplateContextRead(BaseModel):
    version: int
    variables: dict[str, str]
    sample_payload: dict[str, Any]
    default_title: dict[str, str]
    default_body: dict[str, str]


class PreviewBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    template: str = Field(max_length=4000)
    payload: dict[str, Any] | None = Field(default=None, description="default: the sample payload")


class PreviewRead(BaseModel):
    text: str


@router.get("/channel-kinds", response_model=list[ChannelKindRead])
def channel_kinds(caller: Reader) -> list[dict[str, Any]]:
    """Channel kinds with their config schema and secret names."""
    return [
        {
            "kind": kind.kind,
            "description_ko": kind.description_ko,
            "description_en": kind.description_en,
            "config_schema": kind.config_model.model_json_schema(),
            "secret_names": list(kind.secret_names),
            "required_secrets": list(kind.required_secrets),
        }
        for kind in CHANNEL_KINDS.values()
    ]


@router.get("/action-kinds", response_model=list[ActionKindRead])
def action_kinds(caller: Reader) -> list[dict[str, Any]]:
    """Action kinds a rule may use, with their params schema."""
    return [
        {
            "kind": action.kind,
            "description_ko": action.description_ko,
            "description_en": action.description_en,
            "params_schema": action.params_model.model_json_schema(),
        }
        for action in sorted(ACTIONS.values(), key=lambda a: a.kind)
    ]


@router.get("/templates/context", response_model=TemplateContextRead)
def template_context(caller: Reader) -> dict[str, Any]:
    """The documented message-template context, a sample payload and the default templates."""
    return {
        "version": CONTEXT_VERSION,
        "variables": CONTEXT_DOC,
        "sample_payload": SAMPLE_PAYLOAD,
        "default_title": DEFAULT_TITLE,
        "default_body": DEFAULT_BODY,
    }


@router.post("/templates/preview", response_model=PreviewRead)
def preview_template(body: PreviewBody, caller: Reader) -> dict[str, Any]:
    """Validate a template (422 naming unknown variables) and render it with a payload."""
    validate_template(body.template)
    return {"text": render_template(body.template, body.payload or SAMPLE_PAYLOAD)}


@router.get("/channels", response_model=Page[ChannelRead])
def list_channels(
    caller: Reader,
    session: SessionDep,
    page: PageQuery,
    kind: str | None = Query(None, pattern="^(slack|email|sms|webhook)$"),
) -> Page:
    """Channels by name."""
    return channel_service.list_channels(
        session, actor=caller, limit=page.limit, cursor=page.cursor, kind=kind
    )


@router.post("/channels", status_code=201, response_model=ChannelRead)
def create_channel(body: ChannelCreate, caller: Writer, session: SessionDep) -> dict[str, Any]:
    """Create a channel; secrets are encrypted at rest and never returned."""
    channel = channel_service.create_channel(session, actor=caller, body=body)
    return channel_service.channel_view(channel)


@router.get("/channels/{channel_id}", response_model=ChannelRead)
def get_channel(channel_id: int, caller: Reader, session: SessionDep) -> dict[str, Any]:
    return channel_service.get_channel(session, actor=caller, channel_id=channel_id)


@router.patch("/channels/{channel_id}", response_model=ChannelRead)
def update_channel(
    channel_id: int, body: ChannelUpdate, caller: Writer, session: SessionDep
) -> dict[str, Any]:
    """Change a channel; a secret given as "" or left out is kept, one given as null is removed."""
    channel = channel_service.update_channel(session, actor=caller, channel_id=channel_id, body=body)
    return channel_service.channel_view(channel)


@router.delete("/channels/{channel_id}", status_code=204)
def delete_channel(channel_id: int, caller: Writer, session: SessionDep) -> None:
    """Delete a channel (its secrets are dropped; the delivery log keeps its name)."""
    channel_service.delete_channel(session, actor=caller, channel_id=channel_id)


@router.post("/channels/{channel_id}/test", response_model=TestResultRead)
def test_channel(channel_id: int, caller: Writer, session: SessionDep) -> dict[str, Any]:
    """Send the sample alert through the channel now; a success clears the broken flag."""
    return channel_service.send_test(session, actor=caller, channel_id=channel_id)


@router.get("/notifications", response_model=Page[NotificationRead])
def list_notifications(
    caller: Reader,
    session: SessionDep,
    page: PageQuery,
    status: OutboxStatus | None = Query(None),
    channel_id: int | None = Query(None, ge=1),
) -> Page:
    """The outbox, newest first, by status (pending, sending, delivered, dead) and channel."""
    return notifications.list_notifications(
        session, actor=caller, limit=page.limit, cursor=page.cursor, status=status, channel_id=channel_id
    )


@router.get("/notifications/{outbox_id}", response_model=NotificationDetail)
def get_notification(outbox_id: int, caller: Reader, session: SessionDep) -> dict[str, Any]:
    """One notification with its payload and every delivery attempt."""
    return notifications.get_notification(session, actor=caller, outbox_id=outbox_id)


@router.post("/notifications/{outbox_id}/replay", response_model=NotificationRead)
def replay_notification(outbox_id: int, caller: Writer, session: SessionDep) -> dict[str, Any]:
    """Queue a dead letter again (same idempotency key, fresh attempts)."""
    notifications.replay(session, actor=caller, outbox_id=outbox_id)
    return notifications.get_notification(session, actor=caller, outbox_id=outbox_id)

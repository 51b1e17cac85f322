"""Notification channel kinds: Slack incoming webhook, e-mail (SMTP), SMS gateway, generic webhook.

One protocol: a kind declares its non-secret config model, its secret names, and
`send(config, secrets, message, timeout) -> DeliveryResult` (never raises for delivery failures).
Generic webhooks carry `Idempotency-Key` (the outbox row's dedup key, stable across retries and
replays) and, when the channel has a `signing_secret`, `X-SPA-Signature: sha256=<hex>` — the
HMAC-SHA256 of the exact request body with that secret (see the README for verifying it).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from services.cep import http_delivery, mailer
from services.cep.http_delivery import DeliveryResult
from services.cep.templates import render_vars, validate_template

__all__ = ["CHANNEL_KINDS", "ChannelKind", "DeliveryResult", "Message", "signature"]

EMAIL_PATTERN = r"^[^@\s<>,;]+@[^@\s<>,;]+$"
PHONE_PATTERN = r"^\+?[0-9][0-9 ()-]{2,24}$"
SIGNATURE_HEADER = "X-SPA-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"
SLACK_TEXT_LIMIT = 2900
SMS_SAMPLE = {"to": "+821012345678", "message": "title\ntext", "title": "title"}


@dataclass(frozen=True)
class Message:
    """What a channel sends: a rendered title and text, the alert payload and the idempotency key."""

    title: str
    text: str
    payload: dict[str, Any]
    idempotency_key: str


def _check_url(value: str) -> str:
    problem = http_delivery.check_url(value)
    if problem:
        raise ValueError(problem)
    return value


Headers = dict[str, str]


def _check_headers(value: Headers) -> Headers:
    if len(value) > 20:
        raise ValueError("at most 20 headers")
    for name, item in value.items():
        if not name or len(name) > 100 or any(c in name + item for c in "\r\n") or len(item) > 1000:
            raise ValueError(f"header '{name[:40]}' is not a valid header")
    return value


class SlackConfig(BaseModel):
    """Slack: the incoming-webhook URL is the secret `webhook_url`."""

    model_config = ConfigDict(extra="forbid")

    mention: str = Field(default="", max_length=60, description="e.g. <!channel>, prefixed to the text")


class EmailConfig(BaseModel):
    """SMTP account and recipients; the password is the secret `password`."""

    model_config = ConfigDict(extra="forbid")

    host: str = Field(min_length=1, max_length=255)
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = Field(default=None, max_length=255)
    from_addr: str = Field(max_length=255, pattern=EMAIL_PATTERN)
    to: list[str] = Field(min_length=1, max_length=50)

    @field_validator("to")
    @classmethod
    def _addresses(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not re.fullmatch(EMAIL_PATTERN, v) or len(v) > 255]
        if bad:
            raise ValueError(f"not an e-mail address: {bad[0][:80]}")
        return value


class SmsConfig(BaseModel):
    """An HTTP SMS gateway: one request per recipient with a JSON body built from `body_template`
    (string values are templates over `to`, `message` and `title`); optional secret `authorization`
    is sent as the Authorization header."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(max_length=2000)
    method: Literal["POST", "PUT"] = "POST"
    recipients: list[str] = Field(min_length=1, max_length=50)
    body_template: dict[str, Any] = Field(default_factory=lambda: {"to": "{{ to }}", "text": "{{ message }}"})
    headers: Headers = Field(default_factory=dict)
    max_chars: int = Field(default=300, ge=20, le=2000)

    _url = field_validator("url")(_check_url)
    _headers = field_validator("headers")(_check_headers)

    @field_validator("recipients")
    @classmethod
    def _phones(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not re.fullmatch(PHONE_PATTERN, v)]
        if bad:
            raise ValueError(f"not a phone number: {bad[0][:40]}")
        return value

    @field_validator("body_template")
    @classmethod
    def _template(cls, value: dict[str, Any]) -> dict[str, Any]:
        if len(json.dumps(value)) > 4000:
            raise ValueError("body_template is longer than 4000 characters")
        for text in _strings(value):
            validate_template(text, field="body_template", variables=SMS_SAMPLE)
        return value


class WebhookConfig(BaseModel):
    """A generic JSON webhook; secrets `signing_secret` (HMAC signature) and `authorization` (header)."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(max_length=2000)
    headers: Headers = Field(default_factory=dict)

    _url = field_validator("url")(_check_url)
    _headers = field_validator("headers")(_check_headers)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _render_body(value: Any, variables: dict[str, str]) -> Any:
    if isinstance(value, str):
        return render_vars(value, variables, field="body_template")
    if isinstance(value, dict):
        return {key: _render_body(item, variables) for key, item in value.items()}
    if isinstance(value, list):
        return [_render_body(item, variables) for item in value]
    return value


def signature(secret: str, body: bytes) -> str:
    """The `X-SPA-Signature` value for `body`: `sha256=` + hex HMAC-SHA256 keyed with `secret`."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def _auth_header(secrets: dict[str, str]) -> dict[str, str]:
    return {"Authorization": secrets["authorization"]} if secrets.get("authorization") else {}


async def send_slack(
    config: Any, secrets: dict[str, str], message: Message, timeout: float
) -> DeliveryResult:
    text = f"{config.mention} {message.text}".strip() if config.mention else message.text
    links = message.payload.get("links") or {}
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": message.title[:150] or "SPA AI"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": text[:SLACK_TEXT_LIMIT] or " "}},
    ]
    if links.get("instance"):
        blocks.append(
            {"type": "context", "elements": [{"type": "mrkdwn", "text": str(links["instance"])[:300]}]}
        )
    body = _json({"text": f"{message.title}\n{text}"[:SLACK_TEXT_LIMIT], "blocks": blocks})
    headers = {"Content-Type": "application/json", IDEMPOTENCY_HEADER: message.idempotency_key}
    return await http_delivery.send(secrets["webhook_url"], content=body, headers=headers, timeout=timeout)


async def send_email(
    config: Any, secrets: dict[str, str], message: Message, timeout: float
) -> DeliveryResult:
    import asyncio

    mail = mailer.build_message(
        sender=config.from_addr,
        recipients=config.to,
        title=message.title,
        text=message.text,
        idempotency_key=message.idempotency_key,
    )
    return await asyncio.to_thread(
        mailer.send_mail,
        host=config.host,
        port=config.port,
        security=config.security,
        username=config.username,
        password=secrets.get("password"),
        message=mail,
        timeout=timeout,
    )


async def send_sms(config: Any, secrets: dict[str, str], message: Message, timeout: float) -> DeliveryResult:
    text = f"{message.title}\n{message.text}"[: config.max_chars]
    answers = []
    for index, phone in enumerate(config.recipients):
        variables = {"to": phone, "message": text, "title": message.title}
        body = _json(_render_body(config.body_template, variables))
        headers = {
            "Content-Type": "application/json",
            **config.headers,
            **_auth_header(secrets),
            IDEMPOTENCY_HEADER: f"{message.idempotency_key}:{index}",
        }
        result = await http_delivery.send(
            config.url, content=body, headers=headers, timeout=timeout, method=config.method
        )
        if not result.ok:
            return result
        answers.append(result.response)
    return DeliveryResult(True, None, " | ".join(answers)[:1000])


def webhook_body(message: Message) -> bytes:
    """The JSON a webhook channel receives (signed byte for byte)."""
    return _json(
        {
            "version": 1,
            "idempotency_key": message.idempotency_key,
            "title": message.title,
            "text": message.text,
            "state": message.payload.get("state"),
            "payload": message.payload,
        }
    )


async def send_webhook(
    config: Any, secrets: dict[str, str], message: Message, timeout: float
) -> DeliveryResult:
    body = webhook_body(message)
    headers = {
        "Content-Type": "application/json",
        **config.headers,
        **_auth_header(secrets),
        IDEMPOTENCY_HEADER: message.idempotency_key,
    }
    if secrets.get("signing_secret"):
        headers[SIGNATURE_HEADER] = signature(secrets["signing_secret"], body)
    return await http_delivery.send(config.url, content=body, headers=headers, timeout=timeout)


Sender = Callable[[Any, dict[str, str], Message, float], Awaitable[DeliveryResult]]


@dataclass(frozen=True)
class ChannelKind:
    """A channel kind: config model, secret names (required ones first) and how it sends."""

    kind: str
    config_model: type[BaseModel]
    secret_names: tuple[str, ...]
    required_secrets: tuple[str, ...]
    send: Sender
    description_ko: str
    description_en: str


CHANNEL_KINDS: dict[str, ChannelKind] = {
    kind.kind: kind
    for kind in (
        ChannelKind(
            "slack",
            SlackConfig,
            ("webhook_url",),
            ("webhook_url",),
            send_slack,
            "Slack 수신 웹훅 (Block Kit)",
            "Slack incoming webhook (Block Kit)",
        ),
        ChannelKind(
            "email",
            EmailConfig,
            ("password",),
            (),
            send_email,
            "이메일 (SMTP, STARTTLS/SSL, 인증; HTML + 텍스트)",
            "E-mail (SMTP with STARTTLS/SSL and auth; HTML + text)",
        ),
        ChannelKind(
            "sms",
            SmsConfig,
            ("authorization",),
            (),
            send_sms,
            "SMS 게이트웨이 (HTTP, JSON 본문 템플릿)",
            "SMS through an HTTP gateway (JSON body template)",
        ),
        ChannelKind(
            "webhook",
            WebhookConfig,
            ("signing_secret", "authorization"),
            (),
            send_webhook,
            "일반 웹훅 (JSON, Idempotency-Key, HMAC 서명)",
            "Generic webhook (JSON, Idempotency-Key, HMAC signature)",
        ),
    )
}

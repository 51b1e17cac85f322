"""CEP delivery pages: channels (create, edit, delete, send test) and the notification log (filter by
status, attempts of one notification, replay a dead letter).

Handlers check the caller on the server and call `services.cep`; secrets typed into the channel form
are sent once and cleared — state never keeps them after a save (a secret left empty keeps the stored one).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import reflex as rx
from pydantic import BaseModel, ValidationError

from services.cep import channel_service, notifications
from services.cep.channels import CHANNEL_KINDS
from services.cep.delivery_models import CHANNEL_KIND_NAMES as KIND_NAMES
from services.cep.delivery_models import OUTBOX_STATUSES, ChannelCreate, ChannelUpdate
from services.core.clock import format_local
from services.core.db import session_scope
from services.core.errors import DomainError, ValidationFailed
from services.core.security import Principal
from spa_ai.state import cep_channel_grouping
from spa_ai.state.page import PageState

READ, WRITE = channel_service.READ, channel_service.WRITE
CONFIG_EXAMPLES: dict[str, dict[str, Any]] = {
    "slack": {"mention": ""},
    "email": {
        "host": "smtp.example.com",
        "port": 587,
        "security": "starttls",
        "username": "alerts@example.com",
        "from_addr": "alerts@example.com",
        "to": ["oncall@example.com"],
    },
    "sms": {
        "url": "https://sms.example.com/send",
        "recipients": ["+821012345678"],
        "body_template": {"to": "{{ to }}", "text": "{{ message }}"},
    },
    "webhook": {"url": "https://hooks.example.com/spa", "headers": {}},
}
STATUS_FILTERS = ("all", *OUTBOX_STATUSES)


def _when(value: Any) -> str:
    return format_local(value) if value else ""


def channel_row(view: dict[str, Any]) -> dict[str, str]:
    """A channel as the table shows it (text only, no secret values)."""
    config = view["config"]
    where = config.get("url") or config.get("host") or ", ".join(config.get("to", [])) or ""
    return {
        "id": str(view["id"]),
        "name": view["name"],
        "kind": view["kind"],
        "where": str(where)[:80],
        "secrets": ", ".join(view["secret_names"]),
        "enabled": "yes" if view["enabled"] else "no",
        "broken": "yes" if view["broken"] else "no",
        "broken_reason": view["broken_reason"] or "",
        "rate": str(view["rate_limit_per_minute"]),
        "config": json.dumps(config, ensure_ascii=False, indent=2),
        "grouping": cep_channel_grouping.summary(view["grouping"]),
        "grouping_fields": json.dumps(cep_channel_grouping.form_fields(view["grouping"])),
    }


def notification_row(view: dict[str, Any]) -> dict[str, str]:
    """An outbox row as the log shows it."""
    return {
        "id": str(view["id"]),
        "summary": view["summary"],
        "kind": view["action_kind"],
        "channel": view["channel_name"] or "",
        "status": view["status"],
        "attempts": f"{view['attempts']}/{view['max_attempts']}",
        "error": f"{view['last_error_class'] or ''} {view['last_error'] or ''}".strip()[:200],
        "created": _when(view["created_at"]),
        "next": _when(view["next_attempt_at"]) if view["status"] == "pending" else "",
        "delivered": _when(view["delivered_at"]),
    }


def attempt_row(view: dict[str, Any]) -> dict[str, str]:
    return {
        "attempt": str(view["attempt"]),
        "ok": "yes" if view["ok"] else "no",
        "error_class": view["error_class"] or "",
        "latency": f"{view['latency_ms']:.0f} ms",
        "response": view["response"][:300],
        "worker": view["worker"],
        "started": _when(view["started_at"]),
    }


def parse_config(text: str) -> dict[str, Any]:
    """The config JSON typed in the form; ValidationFailed naming `config` when it is not an object."""
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError as exc:
        raise ValidationFailed(
            f"config: not JSON ({exc.msg}, line {exc.lineno})", details={"field": "config"}
        ) from exc
    if not isinstance(value, dict):
        raise ValidationFailed("config: must be a JSON object", details={"field": "config"})
    return value


def _channels(caller: Principal) -> list[dict[str, str]]:
    with session_scope() as session:
        page = channel_service.list_channels(session, actor=caller, limit=500)
    return [channel_row(view) for view in page.items]


def _model(model: type[BaseModel], data: dict[str, Any]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ValidationFailed(f"{where}: {first['msg']}", details={"field": where}) from exc


def _save(caller: Principal, channel_id: str, form: dict[str, Any]) -> None:
    common = {
        "name": form["name"],
        "config": form["config"],
        "enabled": form["enabled"],
        "rate_limit_per_minute": form["rate"],
        "grouping": form["grouping"],
    }
    with session_scope() as session:
        if channel_id:
            body = _model(ChannelUpdate, {**common, "secrets": form["secrets"]})
            channel_service.update_channel(session, actor=caller, channel_id=int(channel_id), body=body)
        else:
            secrets = {k: v for k, v in form["secrets"].items() if v}
            body_new = _model(ChannelCreate, {**common, "kind": form["kind"], "secrets": secrets})
            channel_service.create_channel(session, actor=caller, body=body_new)


def _delete(caller: Principal, channel_id: int) -> None:
    with session_scope() as session:
        channel_service.delete_channel(session, actor=caller, channel_id=channel_id)


def _test(caller: Principal, channel_id: int) -> dict[str, Any]:
    with session_scope() as session:
        return channel_service.send_test(session, actor=caller, channel_id=channel_id)


class ChannelsState(PageState, rx.State):
    """The channel list and the channel form (new or edit)."""

    channels: list[dict[str, str]] = []
    form_open: bool = False
    editing_id: str = ""
    form_name: str = ""
    form_kind: str = "webhook"
    form_config: str = ""
    form_rate: str = "60"
    form_enabled: bool = True
    form_grouping: dict[str, str] = cep_channel_grouping.form_fields(None)
    secret_names: list[str] = []
    secret_values: dict[str, str] = {}
    last_test: dict[str, str] = {}  # channel id → "ok 120 ms" / "auth: HTTP 401 …"

    @rx.event
    async def load(self):
        return await self._refresh()

    async def _refresh(self):
        return await self.load_with(READ, self._fetch)

    async def _fetch(self, caller: Principal) -> None:
        self.channels = await asyncio.to_thread(_channels, caller)

    def _reset_form(self, kind: str) -> None:
        self.form_kind = kind if kind in KIND_NAMES else "webhook"
        self.secret_names = list(CHANNEL_KINDS[self.form_kind].secret_names)
        self.secret_values = {name: "" for name in self.secret_names}

    @rx.event
    def open_new(self):
        self.editing_id, self.form_name, self.form_rate, self.form_enabled = "", "", "60", True
        self.form_grouping = cep_channel_grouping.form_fields(None)
        self._reset_form("webhook")
        self.form_config = json.dumps(CONFIG_EXAMPLES["webhook"], indent=2)
        self.form_open = True

    @rx.event
    def open_edit(self, channel_id: str):
        row = next((c for c in self.channels if c["id"] == channel_id), None)
        if row is None:
            return
        self.editing_id, self.form_name, self.form_rate = row["id"], row["name"], row["rate"]
        self.form_enabled = row["enabled"] == "yes"
        self.form_grouping = json.loads(row["grouping_fields"])
        self._reset_form(row["kind"])
        self.form_config = row["config"]
        self.form_open = True

    @rx.event
    def set_form_open(self, value: bool):
        self.form_open = value
        if not value:
            self.secret_values = {name: "" for name in self.secret_names}

    @rx.event
    def set_form_name(self, value: str):
        self.form_name = value[:120]

    @rx.event
    def set_form_kind(self, value: str):
        if self.editing_id:
            return  # a channel keeps its kind
        self._reset_form(value)
        self.form_config = json.dumps(CONFIG_EXAMPLES[self.form_kind], indent=2, ensure_ascii=False)

    @rx.event
    def set_form_config(self, value: str):
        self.form_config = value[:10_000]

    @rx.event
    def set_form_rate(self, value: str):
        self.form_rate = value[:6]

    @rx.event
    def set_form_enabled(self, value: bool):
        self.form_enabled = bool(value)

    @rx.event
    def set_grouping(self, name: str, value: str | bool):
        """One field of the grouping section (`on` is the switch)."""
        if name == "on":
            self.form_grouping = {**self.form_grouping, "on": "yes" if value else ""}
        elif name in self.form_grouping:
            self.form_grouping = {**self.form_grouping, name: str(value)[:400]}

    @rx.event
    def set_secret(self, name: str, value: str):
        if name in self.secret_names:
            self.secret_values = {**self.secret_values, name: value[:4000]}

    @rx.event
    async def save(self, _form: dict[str, Any] | None = None):
        caller = await self.authorize(WRITE)
        if not isinstance(caller, Principal):
            return caller
        try:
            if not self.form_rate.isdigit():
                raise ValidationFailed("rate_limit_per_minute: a whole number", details={"field": "rate"})
            form = {
                "name": self.form_name.strip(),
                "kind": self.form_kind,
                "config": parse_config(self.form_config),
                "secrets": dict(self.secret_values),
                "enabled": self.form_enabled,
                "rate": int(self.form_rate),
                "grouping": cep_channel_grouping.from_fields(self.form_grouping),
            }
            await asyncio.to_thread(_save, caller, self.editing_id, form)
        except DomainError as exc:
            return await self.toast_error(exc)
        self.form_open = False
        self.secret_values = {name: "" for name in self.secret_names}
        await self.toast_ok("cep.saved")
        return await self._refresh()

    @rx.event
    async def delete(self, channel_id: str):
        caller = await self.authorize(WRITE)
        if not isinstance(caller, Principal):
            return caller
        try:
            await asyncio.to_thread(_delete, caller, int(channel_id))
        except DomainError as exc:
            return await self.toast_error(exc)
        await self.toast_ok("cep.deleted")
        return await self._refresh()

    @rx.event
    async def send_test(self, channel_id: str):
        caller = await self.authorize(WRITE)
        if not isinstance(caller, Principal):
            return caller
        try:
            result = await asyncio.to_thread(_test, caller, int(channel_id))
        except DomainError as exc:
            return await self.toast_error(exc)
        if result["ok"]:
            outcome = f"ok · {result['latency_ms']:.0f} ms"
            await self.toast_ok("cep.test_ok", latency=f"{result['latency_ms']:.0f}")
        else:
            outcome = f"{result['error_class']}: {result['response']}"[:200]
            await self.refuse("cep.test_failed", problem=outcome)
        self.last_test = {**self.last_test, channel_id: outcome}
        return await self._refresh()


def _notifications(caller: Principal, status: str, cursor: str | None) -> tuple[list[dict[str, str]], str]:
    with session_scope() as session:
        page = notifications.list_notifications(
            session, actor=caller, limit=50, cursor=cursor, status=None if status == "all" else status
        )
    return [notification_row(view) for view in page.items], page.next_cursor or ""


def _detail(caller: Principal, outbox_id: int) -> dict[str, Any]:
    with session_scope() as session:
        return notifications.get_notification(session, actor=caller, outbox_id=outbox_id)


def _replay(caller: Principal, outbox_id: int) -> None:
    with session_scope() as session:
        notifications.replay(session, actor=caller, outbox_id=outbox_id)


class NotificationsState(PageState, rx.State):
    """The notification log: a status filter (kept in the address), pages, one row's attempts."""

    rows: list[dict[str, str]] = []
    status: str = "all"
    next_cursor: str = ""
    selected_id: str = ""
    attempts: list[dict[str, str]] = []
    payload_text: str = ""

    @rx.event
    async def load(self):
        wanted = self.url_params().get("status", "all")
        self.status = wanted if wanted in STATUS_FILTERS else "all"
        return await self._refresh()

    async def _refresh(self, more: bool = False):
        caller = await self.authorize(READ, quiet=True)
        if not isinstance(caller, Principal):
            return caller
        try:
            rows, cursor = await asyncio.to_thread(
                _notifications, caller, self.status, self.next_cursor if more else None
            )
        except Exception as exc:
            return await self.fail_load(exc)
        self.rows = [*self.rows, *rows] if more else rows
        self.next_cursor, self.error, self.loading = cursor, "", False
        self.show_in_url(self.url_path(), "" if self.status == "all" else f"?status={self.status}")
        return None

    @rx.event
    async def filter_status(self, value: str | list[str]):
        chosen = value[0] if isinstance(value, list) and value else value
        self.status = chosen if chosen in STATUS_FILTERS else "all"
        self.selected_id = ""
        return await self._refresh()

    @rx.event
    async def load_more(self):
        return await self._refresh(more=True)

    @rx.event
    async def refresh(self):
        return await self._refresh()

    @rx.event
    async def select(self, outbox_id: str):
        caller = await self.authorize(READ)
        if not isinstance(caller, Principal):
            return caller
        try:
            detail = await asyncio.to_thread(_detail, caller, int(outbox_id))
        except DomainError as exc:
            return await self.toast_error(exc)
        self.selected_id = outbox_id
        self.attempts = [attempt_row(a) for a in detail["log"]]
        self.payload_text = json.dumps(detail["payload"], ensure_ascii=False, indent=2, default=str)[:20_000]
        return None

    @rx.event
    async def replay(self, outbox_id: str):
        caller = await self.authorize(WRITE)
        if not isinstance(caller, Principal):
            return caller
        try:
            await asyncio.to_thread(_replay, caller, int(outbox_id))
        except DomainError as exc:
            return await self.toast_error(exc)
        await self.toast_ok("cep.replayed")
        return await self._refresh()

"""The silences page (/cep/silences): list active/pending or expired silences, create one from label
matchers and a window in the display timezone, expire one. `?alert=<id>` opens the form filled in
with that alert's labels (the alert list's "silence" link). The author is the signed-in caller."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import reflex as rx
from pydantic import ValidationError

from services.cep import alerts, service
from services.cep.reads import SilenceRead
from services.cep.schema import Matcher
from services.core.clock import display_timezone, format_local, utcnow
from services.core.db import session_scope
from services.core.errors import DomainError, ValidationFailed
from services.core.security import Principal
from spa_ai.state import url_state
from spa_ai.state.page import PageState

ROUTE = "/cep/silences"
SHOW = ("active", "expired", "all")
OPS = ("=", "!=", "=~", "!~")
MAX_MATCHERS = 20
MAX_ROWS = 200
INPUT_FORMAT = "%Y-%m-%dT%H:%M"  # <input type="datetime-local">
DEFAULT_HOURS = 2


def silence_row(view: SilenceRead) -> dict[str, str]:
    """What the table shows of one silence (strings only)."""
    matchers = " ".join(f'{m["name"]}{m.get("op", "=")}"{m["value"]}"' for m in view.matchers)
    return {
        "id": str(view.id),
        "matchers": matchers[:400],
        "starts": format_local(view.starts_at),
        "ends": format_local(view.ends_at),
        "author": view.author,
        "comment": view.comment,
        "status": view.status,
    }


def local_input(moment: datetime, tz_name: str) -> str:
    """`moment` as a datetime-local input value in `tz_name`."""
    return moment.astimezone(ZoneInfo(tz_name)).strftime(INPUT_FORMAT)


def parse_local(value: str, tz_name: str, field: str) -> datetime:
    """A datetime-local input value in `tz_name`; ValidationFailed naming `field` when it is not one."""
    try:
        naive = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValidationFailed(
            f"{field}: enter a date and time",
            details={"field": field},
            key="cep_silence_time",
            params={"field": field},
        ) from exc
    return naive.replace(tzinfo=ZoneInfo(tz_name)) if naive.tzinfo is None else naive


def parse_matchers(rows: list[dict[str, str]]) -> list[Matcher]:
    """The form's matcher rows (blank rows skipped) as validated matchers; the first problem named."""
    matchers = []
    for index, row in enumerate(rows):
        if not row.get("name") and not row.get("value"):
            continue
        try:
            matchers.append(Matcher.model_validate(row))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in ("matchers", index, *first["loc"]))
            raise ValidationFailed(f"{where}: {first['msg']}", details={"field": where}) from exc
    if not matchers:
        raise ValidationFailed("matchers: give at least one", details={"field": "matchers"})
    return matchers


def _list(show: str) -> list[dict[str, str]]:
    with session_scope() as session:
        page = alerts.list_silences(
            session, limit=MAX_ROWS, active_only=show == "active", expired_only=show == "expired"
        )
    return [silence_row(view) for view in page.items]


def _alert_matchers(alert_id: int) -> list[dict[str, str]]:
    with session_scope() as session:
        return [m.model_dump() for m in alerts.alert_matchers(session, alert_id)]


def _create(caller: Principal, form: dict[str, Any]) -> None:
    with session_scope() as session:
        alerts.create_silence(session, actor=caller, **form)


def _expire(caller: Principal, silence_id: int) -> None:
    with session_scope() as session:
        alerts.expire_silence(session, actor=caller, silence_id=silence_id)


def _blank() -> dict[str, str]:
    return {"name": "", "op": "=", "value": ""}


class CepSilencesState(PageState, rx.State):
    """The silence list (filter kept in the address) and the new-silence form."""

    rows: list[dict[str, str]] = []
    show: str = "active"
    form_open: bool = False
    matchers: list[dict[str, str]] = []
    starts: str = ""
    ends: str = ""
    comment: str = ""
    timezone: str = ""
    prefilled_from: str = ""

    @rx.event
    async def load(self):
        params = self.url_params()
        self.show = params.get("show", "active") if params.get("show") in SHOW else "active"
        response = await self._refresh()
        alert_id = params.get("alert", "")
        if response is None and alert_id.isdigit() and len(alert_id) < 12:
            return await self._prefill(alert_id)
        return response

    async def _refresh(self):
        return await self.load_with(service.READ, self._fetch)

    async def _fetch(self, _caller: Principal) -> None:
        self.rows = await asyncio.to_thread(_list, self.show)
        self.timezone = await asyncio.to_thread(display_timezone)

    @rx.event
    async def filter_show(self, value: str | list[str]):
        choice = value[0] if isinstance(value, list) and value else value
        self.show = choice if isinstance(choice, str) and choice in SHOW else "active"
        self.show_in_url(ROUTE, url_state.query_string({"show": self.show}, {"show": "active"}))
        return await self._refresh()

    def _open_form(self, matchers: list[dict[str, str]]) -> None:
        now = utcnow()
        self.matchers = matchers or [_blank()]
        self.starts = local_input(now, self.timezone or display_timezone())
        self.ends = local_input(now + timedelta(hours=DEFAULT_HOURS), self.timezone or display_timezone())
        self.comment = ""
        self.form_open = True

    @rx.event
    async def open_new(self):
        caller = await self.authorize(service.WRITE)
        if not isinstance(caller, Principal):
            return caller
        self.prefilled_from = ""
        self._open_form([])
        return None

    @rx.event
    async def silence_alert(self, alert_id: str):
        """Open the form with matchers on every label of alert `alert_id`."""
        return await self._prefill(alert_id)

    async def _prefill(self, alert_id: str):
        caller = await self.authorize(service.WRITE)
        if not isinstance(caller, Principal):
            return caller
        try:
            matchers = await asyncio.to_thread(_alert_matchers, int(alert_id))
        except DomainError as exc:
            return await self.toast_error(exc)
        self.prefilled_from = alert_id
        self._open_form(matchers)
        return None

    @rx.event
    def set_form_open(self, value: bool):
        self.form_open = bool(value)

    @rx.event
    def add_matcher(self):
        if len(self.matchers) < MAX_MATCHERS:
            self.matchers = [*self.matchers, _blank()]

    @rx.event
    def remove_matcher(self, index: int):
        self.matchers = [m for i, m in enumerate(self.matchers) if i != int(index)] or [_blank()]

    @rx.event
    def set_matcher(self, index: int, part: str, value: str):
        if part not in ("name", "op", "value") or not 0 <= int(index) < len(self.matchers):
            return
        if part == "op" and value not in OPS:
            return
        rows = [dict(m) for m in self.matchers]
        rows[int(index)][part] = value[:256]
        self.matchers = rows

    @rx.event
    def set_starts(self, value: str):
        self.starts = value[:32]

    @rx.event
    def set_ends(self, value: str):
        self.ends = value[:32]

    @rx.event
    def set_comment(self, value: str):
        self.comment = value[:1000]

    @rx.event
    async def create(self, _form: dict[str, Any] | None = None):
        caller = await self.authorize(service.WRITE)
        if not isinstance(caller, Principal):
            return caller
        tz = self.timezone or display_timezone()
        try:
            form = {
                "matchers": parse_matchers(self.matchers),
                "starts_at": parse_local(self.starts, tz, "starts_at"),
                "ends_at": parse_local(self.ends, tz, "ends_at"),
                "comment": self.comment.strip(),
            }
            await asyncio.to_thread(_create, caller, form)
        except DomainError as exc:
            return await self.toast_error(exc)
        self.form_open, self.prefilled_from = False, ""
        await self.toast_ok("cep.silence_created")
        if self.show == "expired":
            self.show = "active"
            self.show_in_url(ROUTE, "")
        return await self._refresh()

    @rx.event
    async def expire(self, silence_id: str):
        caller = await self.authorize(service.WRITE)
        if not isinstance(caller, Principal):
            return caller
        try:
            await asyncio.to_thread(_expire, caller, int(silence_id))
        except DomainError as exc:
            return await self.toast_error(exc)
        await self.toast_ok("cep.silence_expired")
        return await self._refresh()

"""API list page state: search, filter by logic type, create a new API (then open its editor)."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import reflex as rx

from services.api_manager import reads, service
from services.api_manager.models import LOGIC_TYPES, READ, SLUG_PATTERN, WRITE, ApiCreate
from services.core.db import session_scope
from services.core.errors import DomainError, ValidationFailed
from services.core.security import Principal
from spa_ai.state.api_views import TEMPLATES
from spa_ai.state.page import PageState


def _rows(caller: Principal, search: str, logic_type: str) -> list[dict[str, str]]:
    with session_scope() as session:
        page = reads.list_apis(
            session,
            actor=caller,
            limit=200,
            cursor=None,
            search=search or None,
            logic_type=logic_type or None,
        )
    return [
        {
            "id": str(api["id"]),
            "name": api["name"],
            "slug": api["slug"],
            "logic_type": api["logic_type"],
            "published": f"v{api['published_version']}" if api["published_version"] else "",
            "latest": f"v{api['latest_version']}",
            "owner": api["owner"],
            "tags": ", ".join(api["tags"]),
        }
        for api in page.items
    ]


def _create(caller: Principal, name: str, slug: str, logic_type: str) -> int:
    body, schema = TEMPLATES[logic_type]
    with session_scope() as session:
        api = service.create_api(
            session,
            actor=caller,
            body=ApiCreate.model_validate(
                {"name": name, "slug": slug, "logic_type": logic_type, "body": body, "params_schema": schema}
            ),
        )
        assert api.id is not None
        return api.id


def slug_of(name: str) -> str:
    """A slug suggestion from a name (ASCII letters and digits; Korean names need a typed slug)."""
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", name.lower())).strip("-")[:64]


class ApiListState(PageState, rx.State):
    """The APIs the user may see, and the new-API form."""

    apis: list[dict[str, str]] = []
    search: str = ""
    type_filter: str = "all"
    new_name: str = ""
    new_slug: str = ""
    new_type: str = "sql"
    create_open: bool = False

    @rx.event
    async def load(self):
        return await self._refresh()

    async def _refresh(self):
        caller = await self.authorize(READ, quiet=True)
        if not isinstance(caller, Principal):
            return caller
        kind = "" if self.type_filter == "all" else self.type_filter
        try:
            self.apis = await asyncio.to_thread(_rows, caller, self.search, kind)
        except Exception as exc:
            return await self.fail_load(exc)
        self.error, self.loading = "", False
        return None

    @rx.event
    async def search_for(self, value: str):
        self.search = value[:100]
        return await self._refresh()

    @rx.event
    async def filter_type(self, value: str | list[str]):
        chosen = value[0] if isinstance(value, list) and value else value
        self.type_filter = chosen if chosen in ("all", *LOGIC_TYPES) else "all"
        return await self._refresh()

    @rx.event
    def set_create_open(self, value: bool):
        self.create_open = value

    @rx.event
    def set_new_name(self, value: str):
        suggested = slug_of(self.new_name)
        self.new_name = value[:120]
        if not self.new_slug or self.new_slug == suggested:
            self.new_slug = slug_of(value)

    @rx.event
    def set_new_slug(self, value: str):
        self.new_slug = value.strip().lower()[:64]

    @rx.event
    def set_new_type(self, value: str):
        self.new_type = value if value in LOGIC_TYPES else "sql"

    @rx.event
    async def create(self, _form: dict[str, Any] | None = None):
        caller = await self.authorize(WRITE)
        if not isinstance(caller, Principal):
            return caller
        try:
            if not self.new_name.strip():
                raise ValidationFailed("name is required", key="api_name_required")
            if not re.fullmatch(SLUG_PATTERN, self.new_slug):
                raise ValidationFailed("invalid slug", key="api_bad_slug")
            api_id = await asyncio.to_thread(
                _create, caller, self.new_name.strip(), self.new_slug, self.new_type
            )
        except DomainError as exc:
            return await self.toast_error(exc)
        self.create_open, self.new_name, self.new_slug = False, "", ""
        return rx.redirect(f"/apis/{api_id}")

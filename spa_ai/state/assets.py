"""Assets page state: list, view, edit the draft, diff, publish, roll back (admin:settings).

Every handler re-checks the caller on the server. A failed save keeps the editor text as typed.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import reflex as rx
from reflex_base.event import EventSpec

from services.asset_registry import service
from services.core.clock import format_local
from services.core.db import session_scope
from services.core.errors import DomainError
from services.core.security import Principal
from spa_ai.state.auth import AuthState, authorize

PERMISSION = "admin:settings"
KINDS = ("all", "prompt", "catalog", "policy", "tool")


def _local(iso: str | None) -> str:
    return format_local(datetime.fromisoformat(iso)) if iso else ""


def diff_lines(text: str) -> list[dict[str, str]]:
    """Unified diff text as lines tagged add / del / hunk / meta / ctx (for colouring)."""
    lines = []
    for line in text.splitlines():
        if line.startswith(("+++", "---")):
            kind = "meta"
        elif line.startswith("@@"):
            kind = "hunk"
        elif line.startswith("+"):
            kind = "add"
        elif line.startswith("-"):
            kind = "del"
        else:
            kind = "ctx"
        lines.append({"text": line, "kind": kind})
    return lines


class AssetsState(rx.State):
    """The asset list, the selected asset's versions, the draft editor and the diff."""

    loading: bool = True
    error: str = ""
    forbidden: bool = False
    kind_filter: str = "all"
    assets: list[dict[str, str]] = []
    selected_kind: str = ""
    selected_name: str = ""
    description: str = ""
    versions: list[dict[str, str]] = []
    published_version: str = ""
    draft_version: str = ""
    view_version: str = ""
    view_text: str = ""
    draft_text: str = ""
    draft_note: str = ""
    diff_from: str = ""
    diff_to: str = ""
    diff: list[dict[str, str]] = []
    diff_done: bool = False

    @rx.var
    def version_numbers(self) -> list[str]:
        return [v["version"] for v in self.versions]

    @rx.var
    def has_selection(self) -> bool:
        return self.selected_name != ""

    async def _principal(self) -> Principal | EventSpec:
        result = await authorize(self, PERMISSION)
        if not isinstance(result, Principal):
            auth_state = await self.get_state(AuthState)
            self.forbidden = auth_state.username != ""
        else:
            self.forbidden = False
        return result

    async def _fail(self, exc: DomainError) -> EventSpec:
        auth_state = await self.get_state(AuthState)
        return rx.toast.error(auth_state.t("common.forbidden") if exc.status == 403 else exc.message)

    async def _ok(self, key: str) -> EventSpec:
        auth_state = await self.get_state(AuthState)
        return rx.toast.success(auth_state.t(key))

    # --- loading --------------------------------------------------------------------------------------

    @rx.event
    async def load(self):
        """on_load: the list of assets and the selected (or first) asset."""
        self.loading = True
        principal = await self._principal()
        if not isinstance(principal, Principal):
            self.loading = False
            return principal
        self._refresh(principal)
        self.loading = False
        return None

    def _refresh(self, principal: Principal) -> None:
        """Reload the list and the selected asset (the first one when the selection is gone)."""
        try:
            self._load_list(principal)
            names = [(a["kind"], a["name"]) for a in self.assets]
            if (self.selected_kind, self.selected_name) not in names:
                self.selected_kind, self.selected_name = names[0] if names else ("", "")
            if self.selected_name:
                self._load_detail(principal)
            self.error = ""
        except Exception as exc:
            self.error = f"{type(exc).__name__}: {exc}"

    def _load_list(self, principal: Principal) -> None:
        kind = None if self.kind_filter == "all" else self.kind_filter
        with session_scope() as session:
            rows = service.list_assets(session, actor=principal, kind=kind)
        self.assets = [
            {
                "kind": r["kind"],
                "name": r["name"],
                "description": r["description"],
                "published": str(r["published_version"] or ""),
                "draft": str(r["draft_version"] or ""),
            }
            for r in rows
        ]

    def _load_detail(self, principal: Principal) -> None:
        """Versions of the selected asset; the editor gets the draft (else the published) content."""
        kind, name = self.selected_kind, self.selected_name
        with session_scope() as session:
            asset = service.get_asset(session, actor=principal, kind=kind, name=name)
            base = asset["draft_version"] or asset["published_version"] or asset["latest_version"]
            current = service.get_version(session, actor=principal, kind=kind, name=name, version=base)
        self.description = asset["description"]
        self.versions = [
            {
                "version": str(v["version"]),
                "status": v["status"],
                "note": v["note"],
                "created_by": v["created_by"],
                "created_at": _local(v["created_at"]),
                "published_at": _local(v["published_at"]),
            }
            for v in asset["versions"]
        ]
        self.published_version = str(asset["published_version"] or "")
        self.draft_version = str(asset["draft_version"] or "")
        self.draft_text = service.pretty(current["content"])
        self.draft_note = current["note"] if asset["draft_version"] else ""
        self.view_version, self.view_text = str(base), self.draft_text
        numbers = [v["version"] for v in reversed(self.versions)]  # oldest first
        self.diff_to = self.draft_version or self.published_version or numbers[-1]
        self.diff_from = self.published_version if self.draft_version else numbers[max(0, len(numbers) - 2)]
        self.diff, self.diff_done = [], False

    @rx.event
    async def set_kind_filter(self, kind: str | list[str]):
        """Show one kind of asset (or all)."""
        principal = await self._principal()
        if not isinstance(principal, Principal):
            return principal
        value = kind[0] if isinstance(kind, list) and kind else kind
        self.kind_filter = value if isinstance(value, str) and value in KINDS else "all"
        self._refresh(principal)
        return None

    @rx.event
    async def select_asset(self, kind: str, name: str):
        """Open an asset: its versions, the draft editor and the diff pickers."""
        principal = await self._principal()
        if not isinstance(principal, Principal):
            return principal
        self.selected_kind, self.selected_name = kind, name
        self._refresh(principal)
        return None

    @rx.event
    async def view(self, version: str):
        """Show one version's content."""
        principal = await self._principal()
        if not isinstance(principal, Principal):
            return principal
        try:
            with session_scope() as session:
                row = service.get_version(
                    session,
                    actor=principal,
                    kind=self.selected_kind,
                    name=self.selected_name,
                    version=int(version),
                )
        except DomainError as exc:
            return await self._fail(exc)
        self.view_version, self.view_text = version, service.pretty(row["content"])
        return None

    # --- editing --------------------------------------------------------------------------------------

    @rx.event
    def set_draft_text(self, value: str):
        self.draft_text = value

    @rx.event
    def set_draft_note(self, value: str):
        self.draft_note = value

    @rx.event
    async def save_draft(self, form_data: dict[str, Any]):
        """Validate and save the editor's JSON as the draft; on error the text stays as typed."""
        principal = await self._principal()
        if not isinstance(principal, Principal):
            return principal
        self.draft_text = str(form_data.get("content", self.draft_text))
        self.draft_note = str(form_data.get("note", self.draft_note))
        try:
            content = json.loads(self.draft_text)
        except json.JSONDecodeError as exc:
            auth_state = await self.get_state(AuthState)
            message = f"{auth_state.t('assets.invalid_json')}: {exc.msg} ({exc.lineno}:{exc.colno})"
            return rx.toast.error(message)
        try:
            with session_scope() as session:
                service.save_draft(
                    session,
                    actor=principal,
                    kind=self.selected_kind,
                    name=self.selected_name,
                    content=content,
                    note=self.draft_note,
                )
        except DomainError as exc:
            return await self._fail(exc)
        self._refresh(principal)
        return await self._ok("assets.saved")

    @rx.event
    async def publish(self, version: str):
        """Publish a draft version."""
        return await self._change("publish", version)

    @rx.event
    async def publish_draft(self):
        """Publish the current draft."""
        return await self._change("publish", self.draft_version)

    @rx.event
    async def rollback(self, version: str):
        """Publish a copy of an archived version as a new version."""
        return await self._change("rollback", version)

    async def _change(self, action: str, version: str):
        principal = await self._principal()
        if not isinstance(principal, Principal):
            return principal
        if not version.isdigit():
            return None
        kind, name, number = self.selected_kind, self.selected_name, int(version)
        try:
            with session_scope() as session:
                if action == "publish":
                    service.publish(session, actor=principal, kind=kind, name=name, version=number)
                else:
                    service.rollback(session, actor=principal, kind=kind, name=name, to_version=number)
        except DomainError as exc:
            return await self._fail(exc)
        self._refresh(principal)
        return await self._ok("assets.published_ok" if action == "publish" else "assets.rolled_back")

    # --- diff -----------------------------------------------------------------------------------------

    @rx.event
    def set_diff_from(self, value: str):
        self.diff_from, self.diff_done = value, False

    @rx.event
    def set_diff_to(self, value: str):
        self.diff_to, self.diff_done = value, False

    @rx.event
    async def show_diff(self):
        """Compare the two chosen versions."""
        principal = await self._principal()
        if not isinstance(principal, Principal):
            return principal
        if not (self.diff_from.isdigit() and self.diff_to.isdigit()):
            return None
        try:
            with session_scope() as session:
                text = service.diff(
                    session,
                    actor=principal,
                    kind=self.selected_kind,
                    name=self.selected_name,
                    from_version=int(self.diff_from),
                    to_version=int(self.diff_to),
                )
        except DomainError as exc:
            return await self._fail(exc)
        self.diff, self.diff_done = diff_lines(text), True
        return None

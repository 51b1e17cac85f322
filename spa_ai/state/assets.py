"""Assets page state: list, view, edit the draft, diff, publish, roll back (admin:settings).

Every handler re-checks the caller on the server; database work runs in a worker thread. The kind filter
and the open asset live in the address (`?kind=policy&asset=policy/ops.policy`). A failed save keeps the
editor text as typed.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from typing import Any

import reflex as rx

from services.asset_registry import reads, service
from services.core.clock import format_local
from services.core.db import session_scope
from services.core.security import Principal
from spa_ai.state import url_state
from spa_ai.state.diff_view import diff_lines
from spa_ai.state.page import PageState

PERMISSION = "admin:settings"
ROUTE = "/assets"
KINDS = ("all", "prompt", "catalog", "policy", "tool")


def _local(iso: str | None) -> str:
    return format_local(datetime.fromisoformat(iso)) if iso else ""


def assets_query(kind_filter: str, kind: str, name: str) -> str:
    """The query string of an assets view."""
    asset = f"{kind}/{name}" if name else ""
    return url_state.query_string({"kind": kind_filter, "asset": asset}, {"kind": "all"})


def _read(principal: Principal, kind_filter: str, selected: tuple[str, str]) -> dict[str, Any]:
    """The asset list and the selected (else the first) asset with its versions and editable content."""
    with session_scope() as session:
        rows = reads.list_assets(session, actor=principal, kind=None if kind_filter == "all" else kind_filter)
        assets = [
            {
                "kind": r["kind"],
                "name": r["name"],
                "description": r["description"],
                "published": str(r["published_version"] or ""),
                "draft": str(r["draft_version"] or ""),
            }
            for r in rows
        ]
        names = [(a["kind"], a["name"]) for a in assets]
        if selected not in names:
            selected = names[0] if names else ("", "")
        detail = None
        if selected[1]:
            kind, name = selected
            asset = reads.get_asset(session, actor=principal, kind=kind, name=name)
            base = asset["draft_version"] or asset["published_version"] or asset["latest_version"]
            current = reads.get_version(session, actor=principal, kind=kind, name=name, version=base)
            detail = {"asset": asset, "base": base, "current": current}
    return {"assets": assets, "selected": selected, "detail": detail}


def _call(fn: Any, principal: Principal, **kwargs: Any) -> Any:
    """One service call in its own transaction."""
    with session_scope() as session:
        return fn(session, actor=principal, **kwargs)


class AssetsState(PageState, rx.State):
    """The asset list, the selected asset's versions, the draft editor and the diff."""

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

    def _show_view(self) -> None:
        self.show_in_url(ROUTE, assets_query(self.kind_filter, self.selected_kind, self.selected_name))

    async def _refresh(self, principal: Principal) -> Exception | None:
        """Reload the list and the selected asset; the exception when that failed (state unchanged)."""
        try:
            data = await asyncio.to_thread(
                _read, principal, self.kind_filter, (self.selected_kind, self.selected_name)
            )
        except Exception as exc:
            return exc
        self.assets = data["assets"]
        self.selected_kind, self.selected_name = data["selected"]
        if data["detail"] is not None:
            self._show_detail(data["detail"])
        self.error, self.loading = "", False
        return None

    def _show_detail(self, detail: dict[str, Any]) -> None:
        """Versions of the selected asset; the editor gets the draft (else the published) content."""
        asset, base, current = detail["asset"], detail["base"], detail["current"]
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
        self.draft_text = reads.pretty(current["content"])
        self.draft_note = current["note"] if asset["draft_version"] else ""
        self.view_version, self.view_text = str(base), self.draft_text
        numbers = [v["version"] for v in reversed(self.versions)]  # oldest first
        self.diff_to = self.draft_version or self.published_version or numbers[-1]
        self.diff_from = self.published_version if self.draft_version else numbers[max(0, len(numbers) - 2)]
        self.diff, self.diff_done = [], False

    # --- loading --------------------------------------------------------------------------------------

    @rx.event
    async def load(self):
        """on_load: the list of assets and the asset the address names (else the first)."""
        principal = await self.authorize(PERMISSION, quiet=True)
        if not isinstance(principal, Principal):
            return principal
        params = self.url_params()
        self.kind_filter = url_state.choice(params, "kind", KINDS, "all")
        kind, _, name = url_state.choice(params, "asset", None, "").partition("/")
        self.selected_kind, self.selected_name = kind, name
        if (failed := await self._refresh(principal)) is not None:
            return await self.fail_load(failed)
        return None

    @rx.event
    async def set_kind_filter(self, kind: str | list[str]):
        """Show one kind of asset (or all)."""
        principal = await self.authorize(PERMISSION)
        if not isinstance(principal, Principal):
            return principal
        value = kind[0] if isinstance(kind, list) and kind else kind
        self.kind_filter = value if isinstance(value, str) and value in KINDS else "all"
        if (failed := await self._refresh(principal)) is not None:
            return await self.toast_error(failed)
        self._show_view()
        return None

    @rx.event
    async def select_asset(self, kind: str, name: str):
        """Open an asset: its versions, the draft editor and the diff pickers."""
        principal = await self.authorize(PERMISSION)
        if not isinstance(principal, Principal):
            return principal
        self.selected_kind, self.selected_name = kind, name
        if (failed := await self._refresh(principal)) is not None:
            return await self.toast_error(failed)
        self._show_view()
        return None

    @rx.event
    async def view(self, version: str):
        """Show one version's content."""
        principal = await self.authorize(PERMISSION)
        if not isinstance(principal, Principal):
            return principal
        if not version.isdigit():
            return None
        try:
            row = await asyncio.to_thread(
                _call,
                reads.get_version,
                principal,
                kind=self.selected_kind,
                name=self.selected_name,
                version=int(version),
            )
        except Exception as exc:
            return await self.toast_error(exc)
        self.view_version, self.view_text = version, reads.pretty(row["content"])
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
        principal = await self.authorize(PERMISSION)
        if not isinstance(principal, Principal):
            return principal
        self.draft_text = str(form_data.get("content", self.draft_text))
        self.draft_note = str(form_data.get("note", self.draft_note))
        try:
            content = json.loads(self.draft_text)
        except json.JSONDecodeError as exc:
            invalid = await self.message("assets.invalid_json")
            return await self.notify("error", f"{invalid}: {exc.msg} ({exc.lineno}:{exc.colno})")
        try:
            await asyncio.to_thread(
                _call,
                service.save_draft,
                principal,
                kind=self.selected_kind,
                name=self.selected_name,
                content=content,
                note=self.draft_note,
            )
        except Exception as exc:
            return await self.toast_error(exc)
        if (failed := await self._refresh(principal)) is not None:
            return await self.toast_error(failed)
        return await self.toast_ok("assets.saved")

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
        principal = await self.authorize(PERMISSION)
        if not isinstance(principal, Principal):
            return principal
        if not version.isdigit():
            return None
        where = {"kind": self.selected_kind, "name": self.selected_name}
        try:
            if action == "publish":
                await asyncio.to_thread(_call, service.publish, principal, **where, version=int(version))
            else:
                await asyncio.to_thread(_call, service.rollback, principal, **where, to_version=int(version))
        except Exception as exc:
            return await self.toast_error(exc)
        if (failed := await self._refresh(principal)) is not None:
            return await self.toast_error(failed)
        return await self.toast_ok("assets.published_ok" if action == "publish" else "assets.rolled_back")

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
        principal = await self.authorize(PERMISSION)
        if not isinstance(principal, Principal):
            return principal
        if not (self.diff_from.isdigit() and self.diff_to.isdigit()):
            return None
        try:
            text = await asyncio.to_thread(
                _call,
                reads.diff,
                principal,
                kind=self.selected_kind,
                name=self.selected_name,
                from_version=int(self.diff_from),
                to_version=int(self.diff_to),
            )
        except Exception as exc:
            return await self.toast_error(exc)
        self.diff, self.diff_done = diff_lines(text), True
        return None

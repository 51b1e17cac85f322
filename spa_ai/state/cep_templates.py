"""Rule templates page state: the library (with the CI types whose CIs report each metric), the apply
dialog (selector fields) and the rules linked to an older template version with their rollout."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import reflex as rx

from services.cep import rule_templates as templates
from services.cep.builder import parse_labels
from services.cep.schema import CiSelector
from services.core.db import session_scope
from services.core.errors import ValidationFailed
from services.core.security import Principal
from spa_ai.state.auth import AuthState
from spa_ai.state.page import PageState

READ, WRITE = "cep:read", "cep:write"


def _read(principal: Principal) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    with session_scope() as session:
        listed = [t.model_dump() for t in templates.list_templates(session, principal)]
        outdated = [o.model_dump(mode="json") for o in templates.outdated(session, principal)]
    return listed, outdated


# The apply dialog's fields: form name, label key, length limit (the selector's own bounds).
APPLY_FIELDS: tuple[tuple[str, str, int], ...] = (
    ("type", "cep_templates.type", 32),
    ("environment", "cep_templates.environment", 16),
    ("ci_owner", "cep_templates.ci_owner", 120),
    ("labels", "cep_templates.labels", 1000),
    ("name", "cep_templates.name", 120),
    ("owner", "cep_templates.owner", 120),
)


def _labels(text: str) -> dict[str, str]:
    """`key=value` pairs separated by commas (the dialog's labels field), parsed as the rule builder does."""
    labels = parse_labels(text)
    if isinstance(labels, str):
        raise ValidationFailed(
            f"selector.labels: '{text[:40]}' is not key=value",
            details={"field": "selector.labels"},
            key="cep_template_labels",
            params={"part": text[:40]},
        )
    return labels


def _apply(principal: Principal, template_id: str, form: dict[str, Any]) -> str:
    fields = {name: str(form.get(name) or "").strip()[:limit] for name, _, limit in APPLY_FIELDS}
    body = templates.ApplyBody(
        selector=CiSelector(
            type=fields["type"] or None,
            environment=fields["environment"] or None,
            owner=fields["ci_owner"] or None,
            labels=_labels(fields["labels"]),
        ),
        name=fields["name"] or None,
        owner=fields["owner"],
    )
    with session_scope() as session:
        return templates.apply_template(session, actor=principal, template_id=template_id, body=body).name


def _rollout(principal: Principal, rule_ids: list[int]) -> int:
    with session_scope() as session:
        return len(templates.rollout(session, actor=principal, rule_ids=rule_ids))


class CepTemplatesState(PageState, rx.State):
    """Templates as rows (title in the user's language), outdated rules with their changes as text."""

    rows: list[dict[str, Any]] = []
    outdated: list[dict[str, Any]] = []
    applying: str = ""  # the template whose apply dialog is open

    async def _reload(self, principal: Principal) -> None:
        listed, outdated = await asyncio.to_thread(_read, principal)
        english = (await self.get_state(AuthState)).lang == "en"
        self.rows = [
            {
                "id": t["id"],
                "version": t["version"],
                "title": t["title_en"] if english else t["title_ko"],
                "metric": t["metric"],
                "condition": f"{t['condition']['op']} {t['condition']['threshold']:g}",
                "for": t["condition"].get("for_seconds", 0),
                "types": ", ".join(t["ci_types"]) or "-",
                "linked": t["linked_rules"],
            }
            for t in listed
        ]
        self.outdated = [
            {
                **o,
                "changes_text": "; ".join(
                    f"{c['path']}: {json.dumps(c['before'])} → {json.dumps(c['after'])}" for c in o["changes"]
                ),
            }
            for o in outdated
        ]

    @rx.event
    async def load(self):
        """on_load: the library and the outdated linked rules."""
        return await self.load_with(READ, self._reload)

    @rx.event
    def open_apply(self, template_id: str):
        self.applying = template_id

    @rx.event
    def close_apply(self, _open: bool = False):
        self.applying = ""

    @rx.event
    async def apply(self, form_data: dict):
        """Create a rule from the open template for the selector of the form."""
        principal = await self.authorize(WRITE)
        if not isinstance(principal, Principal):
            return principal
        try:
            name = await asyncio.to_thread(_apply, principal, self.applying, form_data)
            await self._reload(principal)
        except Exception as exc:
            return await self.toast_error(exc)
        self.applying = ""
        return await self.toast_ok("cep_templates.applied", name=name)

    @rx.event
    async def roll_out(self):
        """Update every listed outdated rule to its template's current version."""
        principal = await self.authorize(WRITE)
        if not isinstance(principal, Principal):
            return principal
        try:
            count = await asyncio.to_thread(_rollout, principal, [int(o["rule_id"]) for o in self.outdated])
            await self._reload(principal)
        except Exception as exc:
            return await self.toast_error(exc)
        return await self.toast_ok("cep_templates.rolled_out", count=count)

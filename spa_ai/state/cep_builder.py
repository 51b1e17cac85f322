"""Rule builder state (/cep/builder, `?rule=ID` to edit): the form, its errors at the fields, a live preview
on current data (the dry run's latest-data mode) after each change, the backtest chart, and save.
Texts computed here (errors, preview rows, the grouping sentence, the backtest summary and chart) are
computed again in the new language when the page's language watcher fires (`relocalize`).

Thin: the form ↔ spec mapping and error placement live in `services.cep.builder`, the dry run and the
backtest in `services.cep`; every handler re-checks the caller on the server (reading needs `cep:read`,
saving `cep:write`).
"""

from __future__ import annotations

import asyncio
from typing import Any

import plotly.graph_objects as go
import reflex as rx
from sqlalchemy import text

from services.cep import alerts, backtest, builder, channel_service, service
from services.cep.schema import RuleSpec
from services.core.clock import display_timezone, utcnow
from services.core.db import session_scope
from services.core.errors import DomainError
from services.core.i18n import translate
from services.core.security import Principal
from spa_ai.state.cep_builder_views import (
    RANGES,
    backtest_figure,
    backtest_step,
    preview_rows,
    transition_rows,
)
from spa_ai.state.page import PageState

MAX_FIELD = 2000
MAX_RULE_CHOICES = 200


def _choices(caller: Principal, rule_id: int | None) -> dict[str, Any]:
    """The metric catalog, the live channels, the other rules (inhibition targets) and (when editing)
    the rule's stored spec."""
    with session_scope() as session:
        metrics = [r[0] for r in session.execute(text("SELECT name FROM metric_catalog ORDER BY name"))]
        page = channel_service.list_channels(session, actor=caller, limit=100)
        channels = [{"id": str(c["id"]), "name": f"{c['name']} ({c['kind']})"} for c in page.items]
        rules = session.execute(
            text("SELECT id, name FROM cep_rules WHERE id IS DISTINCT FROM :id ORDER BY name LIMIT :n"),
            {"id": rule_id, "n": MAX_RULE_CHOICES},
        ).all()
        spec = service.get_rule(session, rule_id).spec if rule_id is not None else None
    others = [{"id": str(r.id), "name": r.name} for r in rules]
    return {"metrics": metrics, "channels": channels, "rules": others, "spec": spec}


def _preview(caller: Principal, spec: RuleSpec, lang: str) -> tuple[list[dict[str, str]], str]:
    with session_scope() as session:
        result = alerts.dry_run(session, actor=caller, spec=spec, value=None)
    return preview_rows(result, spec.condition.for_seconds, lang), result.error or ""


def _backtest(caller: Principal, spec: RuleSpec, range_key: str) -> backtest.BacktestResult:
    trigger = spec.trigger
    interval = (
        getattr(trigger, "poll_interval_seconds", None) or getattr(trigger, "interval_seconds", None) or 60
    )
    end = utcnow().replace(microsecond=0)
    body = backtest.BacktestBody(
        spec=spec, start=end - RANGES[range_key], end=end, step_seconds=backtest_step(range_key, interval)
    )
    with session_scope() as session:
        return backtest.backtest(session, actor=caller, body=body)


def _save(caller: Principal, rule_id: int | None, spec: RuleSpec, message: str) -> int:
    with session_scope() as session:
        if rule_id is None:
            rule = service.create_rule(session, actor=caller, spec=spec, message=message)
        else:
            rule = service.update_rule(session, actor=caller, rule_id=rule_id, spec=spec, message=message)
        assert rule.id is not None
        return rule.id


class CepBuilderState(PageState, rx.State):
    """The builder's form, validation, preview and backtest."""

    rule_id: str = ""
    form: dict[str, str] = dict(builder.DEFAULTS)
    errors: dict[str, str] = {}
    source_note: str = ""  # the kind of a source the form does not edit (kept as it is)
    metrics: list[str] = []
    channels: list[dict[str, str]] = []
    rule_choices: list[dict[str, str]] = []
    grouping_note: str = ""
    preview: list[dict[str, str]] = []
    preview_error: str = ""
    previewing: bool = False
    range_key: str = "24h"
    figure: go.Figure = go.Figure()
    summary: str = ""
    transitions: list[dict[str, str]] = []
    backtesting: bool = False
    revision_message: str = ""
    _extra: dict[str, Any] = {}
    _lang: str = ""
    _backtest: dict[str, Any] = {}

    @rx.var
    def has_errors(self) -> bool:
        return bool(self.errors)

    @rx.var
    def inhibit_rows(self) -> list[dict[str, str]]:
        """The inhibition rows with their index, the number shown, and `ids_key` (",3,7,": a rule is
        chosen when its ",id," is in it)."""
        return [
            {
                **row,
                "index": str(index),
                "number": str(index + 1),
                "ids_key": f",{','.join(builder.parse_names(row['rule_ids']))},",
            }
            for index, row in enumerate(builder.inhibit_rows(self.form))
        ]

    @rx.var
    def can_add_inhibit(self) -> bool:
        return builder.inhibit_count(self.form) < builder.MAX_INHIBITS

    @rx.var
    def active_count(self) -> int:
        return sum(1 for row in self.preview if row["state"] in ("firing", "pending"))

    @rx.event
    async def load(self):
        """on_load: a new rule, or the rule named by `?rule=`; then the first preview."""
        caller = await self.authorize(service.READ, quiet=True)
        if not isinstance(caller, Principal):
            return caller
        raw = self.url_params().get("rule", "")
        self.figure, self.summary, self.transitions, self.revision_message = go.Figure(), "", [], ""
        self._backtest = {}
        try:
            rule_id = int(raw) if raw else None
            choices = await asyncio.to_thread(_choices, caller, rule_id)
        except (ValueError, DomainError) as exc:
            self.not_found = isinstance(exc, ValueError) or getattr(exc, "status", 0) == 404
            return await self.fail_load(exc)
        except Exception as exc:
            return await self.fail_load(exc)
        self.rule_id = str(rule_id) if rule_id is not None else ""
        self.metrics, self.channels, self.rule_choices = (
            choices["metrics"],
            choices["channels"],
            choices["rules"],
        )
        if choices["spec"] is not None:
            self.form, self._extra = builder.form_from_spec(choices["spec"])
        else:
            self.form, self._extra = dict(builder.DEFAULTS), {}
        kept = self._extra.get("source") or self._extra.get("trigger") or {}  # a shape the form cannot edit
        self.source_note = str(kept.get("kind", ""))
        self.error, self.loading, self.not_found = "", False, False
        return await self._revalidate(caller)

    async def _revalidate(self, caller: Principal) -> None:
        """Validate the form; when it is a rule, refresh the preview on current data."""
        lang = self._lang = await self.lang()
        spec, self.errors = builder.validate(self.form, self._extra, lang)
        self.grouping_note = builder.grouping_sentence(spec, lang) if spec is not None else ""
        if spec is None:
            self.preview, self.preview_error = [], ""
            return
        self.previewing = True
        try:
            self.preview, self.preview_error = await asyncio.to_thread(_preview, caller, spec, lang)
        except DomainError as exc:
            self.preview, self.preview_error = [], await self.describe(exc)
        finally:
            self.previewing = False

    @rx.event
    async def set_field(self, key: str, value: str | list[str]):
        """Change one form field (inputs are debounced in the page), revalidate and preview."""
        chosen = value[0] if isinstance(value, list) and value else value
        return await self._change(key, str(chosen or ""))

    @rx.event
    async def toggle_inhibit(self, index: str, rule_id: str, checked: bool):
        """Add or remove a rule from those inhibition row `index` mutes."""
        key = builder.inhibit_key(int(index), "rule_ids") if index.isdigit() else ""
        chosen = [i for i in builder.parse_names(self.form.get(key, "")) if i != rule_id]
        return await self._change(key, ", ".join(chosen + ([rule_id] if checked else [])))

    @rx.event
    async def add_inhibit(self):
        """A new, empty inhibition row (validated at once: it needs rules or matchers)."""
        return await self._edit(builder.add_inhibit(self.form))

    @rx.event
    async def remove_inhibit(self, index: str):
        return await self._edit(
            builder.remove_inhibit(self.form, int(index)) if index.isdigit() else self.form
        )

    async def _change(self, key: str, value: str):
        if not builder.is_field(self.form, key):
            return None
        return await self._edit({**self.form, key: value[:MAX_FIELD]})

    async def _edit(self, form: dict[str, str]):
        caller = await self.authorize(service.READ)
        if not isinstance(caller, Principal):
            return caller
        self.form = form
        return await self._revalidate(caller)

    @rx.event
    async def relocalize(self):
        """The language changed (the page's watcher remounted): compute the texts again in it."""
        caller = await self.authorize(service.READ, quiet=True)
        if not isinstance(caller, Principal) or self.loading or self._lang in ("", await self.lang()):
            return None
        await self._revalidate(caller)
        if self._backtest:
            self._show_backtest(backtest.BacktestResult.model_validate(self._backtest), self._lang)
        return None

    def _show_backtest(self, result: backtest.BacktestResult, lang: str) -> None:
        tz = display_timezone()
        self._backtest = result.model_dump(mode="json")
        self.figure = backtest_figure(result, tz, lang)
        self.transitions = transition_rows(result, tz)
        self.summary = translate(
            "cep_builder.backtest_summary",
            lang,
            evaluations=result.evaluations,
            instances=result.instances,
            fired=result.firing_instances,
            notifications=result.notifications,
        )

    @rx.event
    def set_revision_message(self, value: str):
        self.revision_message = value[:500]

    @rx.event
    def set_range(self, value: str | list[str]):
        chosen = value[0] if isinstance(value, list) and value else value
        self.range_key = chosen if chosen in RANGES else "24h"

    @rx.event
    async def run_backtest(self):
        """Replay the rule over the chosen range of stored history and draw it."""
        caller = await self.authorize(service.READ)
        if not isinstance(caller, Principal):
            yield caller
            return
        lang = await self.lang()
        spec, self.errors = builder.validate(self.form, self._extra, lang)
        if spec is None:
            await self.refuse("cep_builder.invalid")
            return
        self.backtesting = True
        yield
        try:
            result = await asyncio.to_thread(_backtest, caller, spec, self.range_key)
        except DomainError as exc:
            self.backtesting = False
            field, text_ = builder.domain_field_error(exc, lang)
            self.errors = {**self.errors, field: text_}
            await self.toast_error(exc)
            return
        self._show_backtest(result, lang)
        self.backtesting = False

    @rx.event
    async def save(self):
        """Save the rule (a new one, or the next revision of the edited one) and go back to the list."""
        caller = await self.authorize(service.WRITE)
        if not isinstance(caller, Principal):
            return caller
        lang = await self.lang()
        spec, self.errors = builder.validate(self.form, self._extra, lang)
        if spec is None:
            return await self.refuse("cep_builder.invalid")
        rule_id = int(self.rule_id) if self.rule_id else None
        try:
            await asyncio.to_thread(_save, caller, rule_id, spec, self.revision_message.strip())
        except DomainError as exc:
            field, text_ = builder.domain_field_error(exc, lang)
            self.errors = {**self.errors, field: text_}
            return await self.toast_error(exc)
        await self.toast_ok("cep_builder.saved", name=spec.name)
        return rx.redirect("/cep")

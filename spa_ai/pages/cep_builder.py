"""Rule builder page (/cep/builder, `?rule=ID` edits): general / trigger / condition / actions /
notification sections with errors at their fields, and save; the preview and backtest column is
`cep_builder_results`."""

from __future__ import annotations

import reflex as rx

from services.cep.builder import ANY, NONE
from services.cep.schema import AGGREGATIONS, OPERATORS, POLICIES, SEVERITIES
from services.infra.models import CI_TYPES, ENVIRONMENTS
from spa_ai.components.i18n import language_watcher, t, t_format
from spa_ai.components.layout import state_view
from spa_ai.pages.cep_builder_results import backtest_card, preview_card
from spa_ai.shell import page
from spa_ai.state.auth import AuthState
from spa_ai.state.cep_builder import CepBuilderState as S

DEBOUNCE_MS = 500


def _labelled(key: str, control: rx.Component) -> rx.Component:
    """A field: its label, the control, and the validation error of `key` under it."""
    return rx.vstack(
        rx.text(t(f"cep_builder.{'trigger_kind' if key == 'trigger' else key}"), size="2", weight="medium"),
        control,
        rx.cond(
            S.errors[key],
            rx.text(S.errors[key].to(str), size="1", color_scheme="red", data_testid=f"error-{key}"),
        ),
        spacing="1",
        width="100%",
        data_testid=f"field-{key}",
    )


def _input(key: str, **props: object) -> rx.Component:
    return _labelled(
        key,
        rx.input(
            value=S.form[key].to(str),
            on_change=lambda value: S.set_field(key, value),
            debounce_timeout=DEBOUNCE_MS,
            width="100%",
            data_testid=f"input-{key}",
            **props,
        ),
    )


def _select(
    key: str, options: list[tuple[str, rx.Var | str]], placeholder: rx.Var | None = None
) -> rx.Component:
    return _labelled(
        key,
        rx.select.root(
            rx.select.trigger(placeholder=placeholder, width="100%", data_testid=f"select-{key}"),
            rx.select.content(*(rx.select.item(label, value=value) for value, label in options)),
            value=S.form[key].to(str),
            on_change=lambda value: S.set_field(key, value),
        ),
    )


def _section(title_key: str, *children: rx.Component) -> rx.Component:
    return rx.card(
        rx.vstack(rx.heading(t(title_key), size="3"), *children, spacing="3", width="100%"),
        width="100%",
        data_testid=f"section-{title_key.split('.')[-1]}",
    )


def _grid(*children: rx.Component) -> rx.Component:
    return rx.grid(*children, columns=rx.breakpoints(initial="1", sm="2"), spacing="3", width="100%")


def _general() -> rx.Component:
    severities = [(s, t(f"cep.severity.{s}")) for s in SEVERITIES]
    return _section(
        "cep_builder.general",
        _grid(_input("name", max_length=120), _select("severity", severities)),
        _input("description", max_length=2000),
        _grid(_input("owner", max_length=120), _input("runbook_url", placeholder="https://…")),
    )


def _trigger() -> rx.Component:
    kinds = [(k, t(f"cep_builder.trigger.{k}")) for k in ("metric", "schedule")]
    schedules = [(k, t(f"cep_builder.schedule.{k}")) for k in ("interval", "cron")]
    timing = rx.cond(
        S.form["trigger"] == "metric",
        _input("poll_interval_seconds", type="number"),
        _grid(
            _select("schedule", schedules),
            rx.cond(S.form["schedule"] == "cron", _input("cron"), _input("interval_seconds", type="number")),
        ),
    )
    any_type = [(ANY, t("cep_builder.any")), *((c, c) for c in CI_TYPES)]
    any_env = [(ANY, t("cep_builder.any")), *((e, e) for e in ENVIRONMENTS)]
    target = rx.cond(
        S.form["target"] == "ci",
        _input("ci", max_length=200),
        rx.vstack(
            _grid(
                _select("sel_type", any_type, t("cep_builder.any")),
                _select("sel_environment", any_env, t("cep_builder.any")),
            ),
            _grid(_input("sel_owner", max_length=120), _input("sel_labels", placeholder="role=primary")),
            width="100%",
            spacing="3",
        ),
    )
    metric = _labelled(
        "metric",
        rx.select.root(
            rx.select.trigger(width="100%", data_testid="select-metric"),
            rx.select.content(rx.foreach(S.metrics, lambda m: rx.select.item(m, value=m))),
            value=S.form["metric"].to(str),
            on_change=lambda value: S.set_field("metric", value),
        ),
    )
    editable = rx.vstack(
        _grid(_select("trigger", kinds, None), timing),
        _grid(metric, _select("target", [(k, t(f"cep_builder.target.{k}")) for k in ("selector", "ci")])),
        target,
        width="100%",
        spacing="3",
    )
    kept = rx.callout(t_format("cep_builder.source_kept", kind=S.source_note), icon="info", size="1")
    return _section("cep_builder.trigger", rx.cond(S.source_note != "", kept, editable))


def _condition() -> rx.Component:
    aggregations = [("none", t("cep_builder.aggregation.none")), *((a, a) for a in AGGREGATIONS)]
    policies = [(p, t(f"cep_builder.policy.{p}")) for p in POLICIES]
    return _section(
        "cep_builder.condition",
        _grid(
            _select("op", [(o, o) for o in OPERATORS]), _input("threshold", type="text", inputmode="decimal")
        ),
        rx.cond(S.form["op"] == "between", _input("threshold_high", inputmode="decimal")),
        _grid(
            _select("aggregation", aggregations),
            rx.cond(S.form["aggregation"] != "none", _input("window_seconds", type="number")),
        ),
        _grid(_input("for_seconds", type="number"), _input("keep_firing_for_seconds", type="number")),
        _input("recovery_threshold", inputmode="decimal"),
        _grid(_select("no_data", policies), _select("on_error", policies)),
        rx.cond(S.errors["condition"], rx.text(S.errors["condition"].to(str), size="1", color_scheme="red")),
    )


def _actions() -> rx.Component:
    channel = _labelled(
        "channel",
        rx.select.root(
            rx.select.trigger(
                placeholder=t("cep_builder.no_channel"), width="100%", data_testid="select-channel"
            ),
            rx.select.content(
                rx.select.item(t("cep_builder.no_channel"), value=NONE),
                rx.foreach(S.channels, lambda c: rx.select.item(c["name"], value=c["id"])),
            ),
            value=S.form["channel"].to(str),
            on_change=lambda value: S.set_field("channel", value),
        ),
    )
    return _section(
        "cep_builder.actions", channel, rx.text(t("cep_builder.kept"), size="1", color=rx.color("gray", 10))
    )


def _row_error(key: rx.Var) -> rx.Component:
    return rx.cond(
        S.errors[key],
        rx.text(S.errors[key].to(str), size="1", color_scheme="red", data_testid="inhibit-error"),
    )


def _row_input(row: rx.Var, field: str, placeholder: str) -> rx.Component:
    key = "inhibits." + row["index"] + "." + field
    return rx.vstack(
        rx.text(t(f"cep_builder.inhibit_{field}"), size="1", weight="medium"),
        rx.input(
            value=row[field],
            on_change=lambda value: S.set_field(key, value),
            debounce_timeout=DEBOUNCE_MS,
            placeholder=placeholder,
            max_length=1000,
            width="100%",
            data_testid=f"inhibit-{field}",
        ),
        _row_error(key),
        spacing="1",
        width="100%",
    )


def _inhibit_row(row: rx.Var) -> rx.Component:
    """One inhibition: the rules it mutes (checkboxes), or label matchers, on equal labels."""
    rules_key = "inhibits." + row["index"] + ".rule_ids"

    def choice(rule: rx.Var) -> rx.Component:
        return rx.checkbox(
            rule["name"],
            checked=row["ids_key"].contains("," + rule["id"] + ","),
            on_change=lambda checked: S.toggle_inhibit(row["index"], rule["id"], checked),
            size="1",
            data_testid="inhibit-rule",
        )

    rules = rx.cond(
        S.rule_choices.length() > 0,  # type: ignore[attr-defined]
        rx.flex(rx.foreach(S.rule_choices, choice), wrap="wrap", spacing="3"),
        rx.text(t("cep_builder.inhibit_none"), size="1", color=rx.color("gray", 10)),
    )
    return rx.box(
        rx.vstack(
            rx.hstack(
                rx.text(t_format("cep_builder.inhibit_row", number=row["number"]), weight="medium"),
                rx.spacer(),
                rx.button(
                    rx.icon("trash-2", size=14),
                    t("cep_builder.inhibit_remove"),
                    size="1",
                    variant="soft",
                    color_scheme="gray",
                    on_click=S.remove_inhibit(row["index"]),
                    data_testid="inhibit-remove",
                ),
                width="100%",
                align="center",
            ),
            rx.text(t("cep_builder.inhibit_rule_ids"), size="1", weight="medium"),
            rules,
            _row_error(rules_key),
            _grid(_row_input(row, "matchers", "severity=warning"), _row_input(row, "equal", "ci")),
            spacing="2",
            width="100%",
        ),
        border=f"1px solid {rx.color('gray', 6)}",
        border_radius="8px",
        padding="10px",
        width="100%",
        data_testid="inhibit-row",
    )


def _notifications() -> rx.Component:
    """Grouping (group_by and the three timers, with the server's sentence) and the inhibitions."""
    hint = {"size": "1", "color": rx.color("gray", 10)}
    return _section(
        "cep_builder.notifications",
        rx.text(t("cep_builder.grouping_hint"), **hint),
        _input("group_by", placeholder="alertname, ci", max_length=400),
        _grid(_input("group_wait_seconds", type="number"), _input("group_interval_seconds", type="number")),
        _input("repeat_interval_seconds", type="number"),
        rx.cond(S.grouping_note != "", rx.text(S.grouping_note, size="2", data_testid="grouping-note")),
        rx.separator(size="4"),
        rx.text(t("cep_builder.inhibit_hint"), **hint),
        rx.foreach(S.inhibit_rows, _inhibit_row),
        rx.cond(
            S.inhibit_rows.length() == 0,  # type: ignore[attr-defined]
            rx.text(t("cep_builder.inhibit_empty"), **hint, data_testid="inhibit-empty"),
        ),
        rx.button(
            rx.icon("plus", size=14),
            t("cep_builder.inhibit_add"),
            size="1",
            variant="soft",
            disabled=~S.can_add_inhibit,
            on_click=S.add_inhibit,
            data_testid="inhibit-add",
        ),
    )


def _save_bar() -> rx.Component:
    return rx.flex(
        rx.input(
            placeholder=t("cep_builder.message"),
            value=S.revision_message,
            on_change=S.set_revision_message,
            max_length=500,
            width=["100%", "360px"],
            data_testid="revision-message",
        ),
        rx.spacer(),
        rx.link(rx.button(t("common.cancel"), variant="soft", color_scheme="gray"), href="/cep"),
        rx.button(
            t("cep_builder.save"),
            on_click=S.save,
            disabled=S.has_errors | ~AuthState.permissions.contains("cep:write"),
            data_testid="save-rule",
        ),
        gap="8px",
        wrap="wrap",
        align="center",
        width="100%",
    )


@page("/cep/builder", title_key="cep_builder.title", permission="cep:read", on_load=S.load)
def builder_page() -> rx.Component:
    form = rx.vstack(
        _general(), _trigger(), _condition(), _actions(), _notifications(), spacing="4", width="100%"
    )
    side = rx.vstack(preview_card(), backtest_card(), spacing="4", width="100%")
    body = rx.vstack(
        rx.grid(form, side, columns=rx.breakpoints(initial="1", lg="2"), spacing="4", width="100%"),
        _save_bar(),
        language_watcher(S.relocalize),
        spacing="4",
        width="100%",
    )
    return state_view(S, body, S.load, back_href="/cep")

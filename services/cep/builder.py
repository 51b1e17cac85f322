"""The rule builder's form: a flat map of strings (what the page's inputs hold) to and from a `RuleSpec`,
and the spec's validation errors placed at the form's fields in the user's language.

Only the common shape is a form field: a metric or schedule trigger reading the infrastructure store
(one CI or a selector), the condition, one notify action, the rule's notification grouping and its
inhibitions — a list of rows `inhibits.<i>.rule_ids|matchers|equal` (`inhibit_count` of them: which
rules, or which label matchers, each mutes on the same `equal` labels), added and removed with
`add_inhibit` / `remove_inhibit`. Whatever else a loaded rule has (labels, annotations, flap policy,
other actions, a non-internal source) rides along unchanged in `extra`, so
editing a rule never drops what the form does not show. Numbers that do not parse are passed on as text,
so the spec's own strict validation names them.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from services.cep.schema import Grouping, RuleSpec, matcher_parts
from services.core.errors import DomainError
from services.core.i18n import STRINGS, translate, translate_error

ANY, NONE = "any", "none"
NUMBER_FIELDS = ("threshold", "threshold_high", "recovery_threshold")
DEFAULTS: dict[str, str] = {
    "name": "",
    "description": "",
    "severity": "warning",
    "owner": "",
    "runbook_url": "",
    "trigger": "metric",
    "poll_interval_seconds": "60",
    "schedule": "interval",
    "interval_seconds": "300",
    "cron": "",
    "metric": "response_time_ms",
    "target": "selector",
    "ci": "",
    "sel_type": "",
    "sel_environment": "",
    "sel_owner": "",
    "sel_labels": "",
    "op": ">",
    "threshold": "",
    "threshold_high": "",
    "aggregation": "none",
    "window_seconds": "",
    "for_seconds": "300",
    "keep_firing_for_seconds": "0",
    "recovery_threshold": "",
    "no_data": "ok",
    "on_error": "keep_last",
    "channel": "",
    "group_by": "alertname, ci",
    "group_wait_seconds": "30",
    "group_interval_seconds": "300",
    "repeat_interval_seconds": "14400",
    "inhibit_count": "0",
}
INHIBIT_FIELDS = ("rule_ids", "matchers", "equal")
INHIBIT_DEFAULTS = {"rule_ids": "", "matchers": "", "equal": "ci"}
MAX_INHIBITS = 10  # RuleSpec.inhibits' bound
GROUPING_FIELDS = ("group_wait_seconds", "group_interval_seconds", "repeat_interval_seconds")
# Where a whole-model error (`model_validator`) belongs on the form, by the start of its message.
_MODEL_ERRORS = {
    "give exactly one of ci or selector": "ci",
    "give exactly one of cron or interval_seconds": "cron",
    "between needs": "threshold_high",
    "threshold_high must": "threshold_high",
    "aggregation and window_seconds": "window_seconds",
    "recovery_threshold": "recovery_threshold",
    "a metric or schedule rule needs condition.threshold": "threshold",
    "give rule_ids or matchers": "inhibit_rule_ids",
}
# Spec paths (discriminator tags dropped) → form fields.
_PATHS = {
    "trigger.poll_interval_seconds": "poll_interval_seconds",
    "trigger.interval_seconds": "interval_seconds",
    "trigger.cron": "cron",
    "source.metric": "metric",
    "source.ci": "ci",
    "source.selector.type": "sel_type",
    "source.selector.environment": "sel_environment",
    "source.selector.owner": "sel_owner",
    "source.selector.labels": "sel_labels",
    "actions": "channel",
}
_TAGS = {"metric", "schedule", "event", "internal", "http", "prometheus", "platform"}


def _number(raw: str, integer: bool) -> Any:
    """The number typed, or the text itself (the spec's strict validation then names the field)."""
    text = raw.strip()
    if not text:
        return None
    try:
        return int(text) if integer else float(text)
    except ValueError:
        return text


def _chosen(value: str) -> str | None:
    """A select's value, None for "any" / "none" (a select item cannot hold an empty value)."""
    return None if value in ("", ANY, NONE) else value


def labels_text(labels: dict[str, str]) -> str:
    return ", ".join(f"{k}={v}" for k, v in labels.items())


def parse_labels(text: str) -> dict[str, str] | str:
    """`k=v, k2=v2` as a dict, or the text when a part is not key=value (the spec refuses it)."""
    out: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, sep, value = part.partition("=")
        if not sep or not key.strip():
            return text
        out[key.strip()] = value.strip()
    return out


def names_text(names: list[Any]) -> str:
    return ", ".join(str(name) for name in names)


def parse_names(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def inhibit_key(index: int, field: str) -> str:
    """The form key of one field of inhibition row `index`."""
    return f"inhibits.{index}.{field}"


def inhibit_count(form: dict[str, str]) -> int:
    raw = form.get("inhibit_count", "0")
    return min(int(raw), MAX_INHIBITS) if raw.isdigit() else 0


def is_field(form: dict[str, str], key: str) -> bool:
    """Whether `key` is a field the form has (a fixed one, or a field of an existing inhibition row)."""
    if key in DEFAULTS:
        return key != "inhibit_count"
    parts = key.split(".")
    return (
        len(parts) == 3
        and parts[0] == "inhibits"
        and parts[1].isdigit()
        and int(parts[1]) < inhibit_count(form)
        and parts[2] in INHIBIT_FIELDS
    )


def _inhibit_row(form: dict[str, str], index: int) -> dict[str, str]:
    return {field: form.get(inhibit_key(index, field), "") for field in INHIBIT_FIELDS}


def _with_rows(form: dict[str, str], rows: list[dict[str, str]]) -> dict[str, str]:
    kept = {k: v for k, v in form.items() if not k.startswith("inhibits.")}
    kept["inhibit_count"] = str(len(rows))
    for index, row in enumerate(rows):
        kept.update({inhibit_key(index, field): row[field] for field in INHIBIT_FIELDS})
    return kept


def inhibit_rows(form: dict[str, str]) -> list[dict[str, str]]:
    """The inhibition rows of the form, in order."""
    return [_inhibit_row(form, index) for index in range(inhibit_count(form))]


def add_inhibit(form: dict[str, str]) -> dict[str, str]:
    """The form with a new, empty inhibition row at the end (at most `MAX_INHIBITS`)."""
    rows = inhibit_rows(form)
    return _with_rows(form, [*rows, dict(INHIBIT_DEFAULTS)] if len(rows) < MAX_INHIBITS else rows)


def remove_inhibit(form: dict[str, str], index: int) -> dict[str, str]:
    """The form without inhibition row `index` (the rows after it move up)."""
    rows = inhibit_rows(form)
    return _with_rows(form, [row for i, row in enumerate(rows) if i != index])


def _grouping_form(spec: dict[str, Any], extra: dict[str, Any]) -> dict[str, str]:
    """The grouping fields and the inhibition rows of a stored spec."""
    grouping = Grouping.model_validate(extra.pop("grouping", None) or {})
    form = {"group_by": names_text(grouping.group_by)}
    form.update({key: str(getattr(grouping, key)) for key in GROUPING_FIELDS})
    rows = [
        {
            "rule_ids": names_text(entry.get("rule_ids") or []),
            "matchers": ", ".join(
                f"{m['name']}{m.get('op', '=')}{m['value']}" for m in entry.get("matchers") or []
            ),
            "equal": names_text(entry.get("equal") or []),
        }
        for entry in extra.pop("inhibits", None) or []
    ]
    return _with_rows(form, rows)


def _grouping_spec(f: dict[str, str]) -> dict[str, Any]:
    """`grouping` and `inhibits` of the form (every row, so an empty one is named at its fields)."""
    grouping: dict[str, Any] = {"group_by": parse_names(f["group_by"])}
    grouping.update({key: _number(f[key], True) for key in GROUPING_FIELDS})
    inhibits = [
        {
            "rule_ids": [_number(part, True) for part in parse_names(row["rule_ids"])],
            "matchers": [matcher_parts(part) or part for part in parse_names(row["matchers"])],
            "equal": parse_names(row["equal"]),
        }
        for row in inhibit_rows(f)
    ]
    return {"grouping": {k: v for k, v in grouping.items() if v is not None}, "inhibits": inhibits}


def form_from_spec(spec: dict[str, Any]) -> tuple[dict[str, str], dict[str, Any]]:
    """(the form's fields, the parts of `spec` the form does not show) of a stored spec."""
    form = dict(DEFAULTS)
    extra = {
        k: v for k, v in spec.items() if k not in ("name", "description", "severity", "owner", "runbook_url")
    }
    for key in ("name", "description", "severity", "owner"):
        form[key] = str(spec.get(key) or DEFAULTS[key])
    form["runbook_url"] = spec.get("runbook_url") or ""
    trigger, source = spec.get("trigger") or {}, spec.get("source") or {}
    if trigger.get("kind") in ("metric", "schedule") and source.get("kind") == "internal":
        extra.pop("trigger"), extra.pop("source")
        form["trigger"] = trigger["kind"]
        form["poll_interval_seconds"] = str(trigger.get("poll_interval_seconds") or 60)
        form["schedule"] = "cron" if trigger.get("cron") else "interval"
        form["interval_seconds"] = str(trigger.get("interval_seconds") or DEFAULTS["interval_seconds"])
        form["cron"] = trigger.get("cron") or ""
        form["metric"] = source["metric"]
        selector = source.get("selector") or {}
        form["target"] = "ci" if source.get("ci") else "selector"
        form["ci"] = source.get("ci") or ""
        form["sel_type"] = selector.get("type") or ""
        form["sel_environment"] = selector.get("environment") or ""
        form["sel_owner"] = selector.get("owner") or ""
        form["sel_labels"] = labels_text(selector.get("labels") or {})
    condition = extra.pop("condition", {}) or {}
    for key in ("op", "no_data", "on_error"):
        form[key] = str(condition.get(key) or DEFAULTS[key])
    form["aggregation"] = condition.get("aggregation") or "none"
    for key in (*NUMBER_FIELDS, "window_seconds", "for_seconds", "keep_firing_for_seconds"):
        value = condition.get(key)
        form[key] = "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
    actions = list(extra.pop("actions", []) or [])
    notify = next(
        (a for a in actions if a.get("kind") == "notify" and len(a["params"].get("channel_ids", [])) == 1),
        None,
    )
    if notify is not None:
        form["channel"] = str(notify["params"]["channel_ids"][0])
        actions.remove(notify)
        extra["notify_params"] = {k: v for k, v in notify["params"].items() if k != "channel_ids"}
        extra["notify_grouping"] = notify.get("grouping")
    extra["actions"] = actions
    form.update(_grouping_form(spec, extra))
    return form, extra


def spec_from_form(form: dict[str, str], extra: dict[str, Any]) -> dict[str, Any]:
    """The spec the form describes (unvalidated), with `extra` carried over."""
    f = {**DEFAULTS, **form}
    kept = ("notify_params", "notify_grouping", "actions")
    spec: dict[str, Any] = {k: v for k, v in extra.items() if k not in kept}
    spec.update(name=f["name"].strip(), description=f["description"].strip(), severity=f["severity"])
    spec.update(owner=f["owner"].strip(), runbook_url=f["runbook_url"].strip() or None)
    if "source" not in extra:
        if f["trigger"] == "metric":
            spec["trigger"] = {
                "kind": "metric",
                "poll_interval_seconds": _number(f["poll_interval_seconds"], True),
            }
        elif f["schedule"] == "cron":
            spec["trigger"] = {"kind": "schedule", "cron": f["cron"].strip() or None}
        else:
            spec["trigger"] = {"kind": "schedule", "interval_seconds": _number(f["interval_seconds"], True)}
        source: dict[str, Any] = {"kind": "internal", "metric": f["metric"].strip()}
        if f["target"] == "ci":
            source["ci"] = f["ci"].strip() or None
        else:
            source["selector"] = {
                "type": _chosen(f["sel_type"]),
                "environment": _chosen(f["sel_environment"]),
                "owner": f["sel_owner"].strip() or None,
                "labels": parse_labels(f["sel_labels"]),
            }
        spec["source"] = source
    aggregation = None if f["aggregation"] == "none" else f["aggregation"]
    condition: dict[str, Any] = {"op": f["op"], "aggregation": aggregation, "no_data": f["no_data"]}
    condition["on_error"] = f["on_error"]
    for key in NUMBER_FIELDS:
        condition[key] = _number(f[key], False)
    for key in ("window_seconds", "for_seconds", "keep_firing_for_seconds"):
        condition[key] = _number(f[key], True)
    condition["window_seconds"] = condition["window_seconds"] if aggregation else None
    condition["for_seconds"] = condition["for_seconds"] or 0
    condition["keep_firing_for_seconds"] = condition["keep_firing_for_seconds"] or 0
    spec["condition"] = condition
    actions = list(extra.get("actions") or [])
    if _chosen(f["channel"]):
        channel = _number(f["channel"], True)
        params = {**extra.get("notify_params", {}), "channel_ids": [channel]}
        actions.insert(0, {"kind": "notify", "params": params, "grouping": extra.get("notify_grouping")})
    spec["actions"] = actions
    spec.update(_grouping_spec(f))
    return spec


def _field(loc: tuple[Any, ...], message: str) -> str:
    parts = [str(p) for i, p in enumerate(loc) if not (i == 1 and str(p) in _TAGS)]
    path = ".".join(p for p in parts if not p.startswith("function-"))
    if path in ("", "condition", "trigger", "source", "source.selector"):
        for start, field in _MODEL_ERRORS.items():
            if message.startswith(start) or start in message:
                return field
    if path.startswith("actions"):
        return "channel"
    if path.startswith("grouping."):
        return path.split(".")[1]
    if path.startswith("inhibits."):  # a row's own error ("give rule_ids or matchers") is at its rules
        parts = path.split(".")
        field = parts[2] if len(parts) > 2 and parts[2] in INHIBIT_FIELDS else "rule_ids"
        return inhibit_key(int(parts[1]), field) if len(parts) > 1 and parts[1].isdigit() else "inhibits"
    if path.startswith("source.selector.labels"):
        return "sel_labels"
    if path.startswith("condition."):
        return path.split(".")[1]
    return _PATHS.get(path, path or "name")


def _message(error: dict[str, Any], lang: str) -> str:
    """A pydantic error in the user's language (a known kind by its type, else its own text)."""
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    key = f"cep_builder.error.{kind}"
    if kind == "value_error":
        text = str(error.get("msg", ""))
        field = next((f for start, f in _MODEL_ERRORS.items() if start in text), None)
        key = f"cep_builder.rule_error.{field}"
    if key in STRINGS:
        return translate(key, lang, **{k: str(v) for k, v in ctx.items() if k != "error"})
    return str(error.get("msg", "")).removeprefix("Value error, ")


def field_errors(exc: ValidationError, lang: str) -> dict[str, str]:
    """The spec's validation errors keyed by form field (the first error per field)."""
    out: dict[str, str] = {}
    for error in exc.errors():
        field = _field(tuple(error.get("loc", ())), str(error.get("msg", "")))
        out.setdefault(field, _message(dict(error), lang))
    return out


def domain_field_error(exc: DomainError, lang: str) -> tuple[str, str]:
    """(form field, message) of a service refusal naming `spec.…` (a taken name, an unknown channel)."""
    details = exc.details if isinstance(exc.details, dict) else {}
    path = str(details.get("field") or "").removeprefix("spec.")
    return _field(tuple(path.split(".")) if path else (), exc.message), translate_error(exc, lang)


def validate(
    form: dict[str, str], extra: dict[str, Any], lang: str
) -> tuple[RuleSpec | None, dict[str, str]]:
    """(the spec, {}) when the form is a valid rule, else (None, errors by field)."""
    try:
        return RuleSpec.model_validate(spec_from_form(form, extra)), {}
    except ValidationError as exc:
        return None, field_errors(exc, lang)


def grouping_sentence(spec: RuleSpec, lang: str) -> str:
    """The rule's notification timers in a sentence (the builder shows it under the grouping fields)."""
    grouping = spec.grouping
    return translate(
        "cep_builder.grouping_summary",
        lang,
        group_by=", ".join(grouping.group_by) or translate("cep_builder.grouping_all", lang),
        wait=grouping.group_wait_seconds,
        interval=grouping.group_interval_seconds,
        repeat=grouping.repeat_interval_seconds,
    )

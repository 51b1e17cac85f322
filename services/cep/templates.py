"""Notification message templates: sandboxed Jinja2 with `StrictUndefined` over a documented context.

The context (`CONTEXT_DOC`, version `CONTEXT_VERSION`) is what the engine puts in an outbox payload;
every documented key is always present (absent ones become None / {}), so a template that only uses
documented names renders for every alert. `validate_template` refuses, naming them, unknown variables,
unknown attributes and syntax errors at save time; `render` raises `TemplateFailed` at send time.
`started_at` / `ended_at` (ISO-8601 UTC in the payload) are shown in the configured timezone.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, meta
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from services.core.clock import format_local
from services.core.errors import ValidationFailed
from services.core.settings import get_settings

CONTEXT_VERSION = 1
MAX_TEMPLATE_CHARS = 4000
MAX_OUTPUT_CHARS = 20_000
TIME_KEYS = ("started_at", "ended_at")

CONTEXT_DOC: dict[str, str] = {
    "rule": "the rule: {id, name, severity, owner, runbook_url, revision, labels}",
    "instance": "the alert instance: {id, key, state, acknowledged}",
    "labels": "the instance's labels (dict of strings)",
    "annotations": "the rule's annotations (dict of strings)",
    "value": "the value that was evaluated (number or null)",
    "threshold": "the condition's threshold (number or null)",
    "state": "firing | resolved | pending | flapping | test",
    "severity": "critical | major | minor | warning | info (the rule's severity)",
    "ci": "the CI's name, when the instance belongs to a CI (else null)",
    "started_at": "when the instance started firing, in the configured timezone",
    "ended_at": "when it resolved, in the configured timezone (or null)",
    "links": "UI links: {instance, rule, ops}",
    "rca": "a one-line root-cause hypothesis when one is attached (or null)",
    "summary": "a one-line summary written by the engine (or null)",
    "alerts": "the group's alerts in this message, firing first: list of {id, rule, status, labels, ci, "
    "value, started_at, ended_at, rca, link} (`rule`: its rule's name; a channel's group holds several "
    "rules' alerts); the fields above describe the first of them",
    "group_labels": "the labels that name the notification group (the group_by of its rule or channel)",
    "firing_count": "how many of `alerts` are firing",
    "resolved_count": "how many of `alerts` have resolved",
}
_DEFAULTS: dict[str, Any] = {
    "alerts": [],
    "group_labels": {},
    "firing_count": 0,
    "resolved_count": 0,
    "rule": {},
    "instance": {},
    "labels": {},
    "annotations": {},
    "links": {},
}

SAMPLE_PAYLOAD: dict[str, Any] = {
    "rule": {
        "id": 0,
        "name": "Test notification",
        "severity": "info",
        "owner": "spa-ai",
        "runbook_url": None,
        "revision": 1,
        "labels": {"team": "ops"},
    },
    "instance": {"id": 0, "key": "test", "state": "test", "acknowledged": False},
    "labels": {"ci": "web-01", "metric": "cpu_usage"},
    "annotations": {"summary": "CPU usage is high"},
    "value": 91.5,
    "threshold": 90.0,
    "state": "test",
    "severity": "info",
    "ci": "web-01",
    "started_at": "2026-01-01T00:00:00+00:00",
    "ended_at": None,
    "links": {"instance": "/cep/alerts", "rule": "/cep/rules", "ops": "/ops"},
    "rca": None,
    "summary": "This is a test message from SPA AI",
    "alerts": [
        {
            "id": 0,
            "rule": "Test notification",
            "status": "firing",
            "labels": {"ci": "web-01", "metric": "cpu_usage"},
            "ci": "web-01",
            "value": 91.5,
            "started_at": "2026-01-01T00:00:00+00:00",
            "ended_at": None,
            "rca": None,
            "link": "/cep/alerts",
        }
    ],
    "group_labels": {"alertname": "Test notification", "ci": "web-01"},
    "firing_count": 1,
    "resolved_count": 0,
}

DEFAULT_TITLE: dict[str, str] = {
    "ko": "[{{ state | upper }}] {{ rule.name }}{% if alerts | length > 1 %} · {{ alerts | length }}건"
    "{% elif ci %} · {{ ci }}{% endif %}",
    "en": "[{{ state | upper }}] {{ rule.name }}{% if alerts | length > 1 %} · {{ alerts | length }} alerts"
    "{% elif ci %} · {{ ci }}{% endif %}",
}
_ONE = "{% set one = alerts | length <= 1 %}"
# an item of another rule than the first (a channel's group) names its rule
_OTHER_RULE = "{% if a.rule is defined and a.rule != rule.name %} [{{ a.rule }}]{% endif %}"
DEFAULT_BODY: dict[str, str] = {
    "ko": _ONE
    + (
        "{{ rule.name }} 경보가 {% if state == 'resolved' %}해소되었습니다{% elif state == 'test' %}"
        "시험 발송되었습니다{% else %}발생했습니다{% endif %}.\n"
        "심각도: {{ severity }}\n"
        "{% if one %}{% if ci %}CI: {{ ci }}\n{% endif %}"
        "{% if value is not none %}값: {{ value }}{% if threshold is not none %} (임계값 {{ threshold }})"
        "{% endif %}\n{% endif %}"
        "{% if started_at %}시작: {{ started_at }}\n{% endif %}"
        "{% if summary %}{{ summary }}\n{% endif %}"
        "{% if rca %}원인 추정: {{ rca }}\n{% endif %}"
        "{% else %}경보 {{ alerts | length }}건 (발생 {{ firing_count }}, 해소 {{ resolved_count }}):\n"
        "{% for a in alerts %}- {{ '발생' if a.status == 'firing' else '해소' }} {{ a.ci or '' }}"
        + _OTHER_RULE
        + "{% if a.value is not none %} 값 {{ a.value }}{% endif %}{% if a.rca %} · 원인 추정: {{ a.rca }}"
        "{% endif %}\n{% endfor %}{% endif %}"
        "{% for key, item in (labels if one else group_labels) | dictsort %}{{ key }}={{ item }} {% endfor %}"
    ),
    "en": _ONE
    + (
        "{{ rule.name }} {% if state == 'resolved' %}resolved{% elif state == 'test' %}"
        "was sent as a test{% else %}is firing{% endif %}.\n"
        "Severity: {{ severity }}\n"
        "{% if one %}{% if ci %}CI: {{ ci }}\n{% endif %}"
        "{% if value is not none %}Value: {{ value }}{% if threshold is not none %} (threshold {{ threshold }})"
        "{% endif %}\n{% endif %}"
        "{% if started_at %}Started: {{ started_at }}\n{% endif %}"
        "{% if summary %}{{ summary }}\n{% endif %}"
        "{% if rca %}Likely cause: {{ rca }}\n{% endif %}"
        "{% else %}{{ alerts | length }} alerts ({{ firing_count }} firing, {{ resolved_count }} resolved):\n"
        "{% for a in alerts %}- {{ a.status }} {{ a.ci or '' }}"
        + _OTHER_RULE
        + "{% if a.value is not none %} value {{ a.value }}"
        "{% endif %}{% if a.rca %} · likely cause: {{ a.rca }}{% endif %}\n{% endfor %}{% endif %}"
        "{% for key, item in (labels if one else group_labels) | dictsort %}{{ key }}={{ item }} {% endfor %}"
    ),
}


class TemplateFailed(ValidationFailed):
    """A template cannot be parsed or rendered (unknown variable, syntax error, sandbox violation)."""

    code = "template_invalid"


MAX_RANGE = 1000  # `range(...)` in a template; with MAX_OUTPUT_CHARS below this bounds a template's work


class _Sandbox(SandboxedEnvironment):
    """Jinja's sandbox, plus bounds on the work a template can ask for: short ranges, no `**`, and no
    `*` that builds a string or list longer than a message may be."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**":
            raise SecurityError("'**' is not allowed in message templates")
        if isinstance(left, str | list | tuple) or isinstance(right, str | list | tuple):
            size = len(left if isinstance(left, str | list | tuple) else right)
            times = right if isinstance(left, str | list | tuple) else left
            if isinstance(times, int) and size * times > MAX_OUTPUT_CHARS:
                raise SecurityError("repetition longer than a message may be")
        return super().call_binop(context, operator, left, right)


def _short_range(*args: int) -> range:
    values = range(*args)
    if len(values) > MAX_RANGE:
        raise SecurityError(f"range longer than {MAX_RANGE}")
    return values


_env = _Sandbox(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
_env.globals["range"] = _short_range


@lru_cache(maxsize=512)
def _compiled(template: str) -> Any:
    return _env.from_string(template)


def _local_time(value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        return value
    return f"{format_local(moment)} ({get_settings().timezone})"


def context_of(payload: dict[str, Any]) -> dict[str, Any]:
    """The render context of an outbox payload: every documented key present, times made local."""
    context: dict[str, Any] = {key: _DEFAULTS.get(key) for key in CONTEXT_DOC}
    context.update({key: payload[key] for key in CONTEXT_DOC if payload.get(key) is not None})
    for key in TIME_KEYS:
        context[key] = _local_time(context[key])
    return context


def _failed(field: str, problem: str, **params: Any) -> TemplateFailed:
    return TemplateFailed(
        f"{field}: {problem}",
        details={"field": field, **params},
        key="cep_template_invalid",
        params={"field": field, "problem": problem},
    )


def render(template: str, payload: dict[str, Any], *, field: str = "template") -> str:
    """`template` rendered with the context of `payload`; TemplateFailed naming the problem."""
    try:
        text = _compiled(template).render(context_of(payload))
    except TemplateError as exc:
        raise _failed(field, exc.message or type(exc).__name__) from exc
    return text[:MAX_OUTPUT_CHARS]


def render_vars(template: str, variables: dict[str, Any], *, field: str = "template") -> str:
    """`template` rendered with exactly `variables` (e.g. an SMS gateway body: `to`, `message`)."""
    try:
        return str(_compiled(template).render(variables))[:MAX_OUTPUT_CHARS]
    except TemplateError as exc:
        raise _failed(field, exc.message or type(exc).__name__) from exc


def validate_template(
    template: str, *, field: str = "template", variables: dict[str, Any] | None = None
) -> None:
    """Refuse a template that is too long, does not parse, or names an unknown variable or attribute.

    Checked against the alert context (`CONTEXT_DOC`, rendered with `SAMPLE_PAYLOAD`), or against
    exactly `variables` when given.
    """
    if len(template) > MAX_TEMPLATE_CHARS:
        raise _failed(field, f"longer than {MAX_TEMPLATE_CHARS} characters")
    try:
        tree = _env.parse(template)
    except TemplateSyntaxError as exc:
        raise _failed(field, f"line {exc.lineno}: {exc.message}") from exc
    known = set(CONTEXT_DOC) if variables is None else set(variables)
    unknown = sorted(meta.find_undeclared_variables(tree) - known)
    if unknown:
        raise _failed(field, f"unknown variable(s): {', '.join(unknown)}", unknown=unknown)
    if variables is None:
        render(template, SAMPLE_PAYLOAD, field=field)
    else:
        render_vars(template, variables, field=field)


def default_templates(language: str) -> tuple[str, str]:
    """(title, body) default templates in `language` (ko or en)."""
    lang = language if language in DEFAULT_TITLE else "ko"
    return DEFAULT_TITLE[lang], DEFAULT_BODY[lang]

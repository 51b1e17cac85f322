"""The rule spec, declared once as pydantic models: REST bodies, stored revisions and the evaluator read it.

A rule is trigger (schedule | metric | event) → source (internal store | HTTP JSON | Prometheus; none
for events) → condition (comparison, window aggregation, `for`, `keep_firing_for`, recovery threshold,
no-data / error policy) → actions. Every model forbids unknown fields, numbers are strict (a threshold
sent as text is refused) and every list and string is bounded, so a bad rule is a 422 naming its field.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated, Any, Literal

import regex
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

SEVERITIES = ("critical", "major", "minor", "warning", "info")
OPERATORS = (">", ">=", "<", "<=", "==", "!=", "between")
AGGREGATIONS = ("avg", "min", "max", "count", "rate")
POLICIES = ("alerting", "ok", "keep_last")
LABEL_NAME = r"^[A-Za-z_][A-Za-z0-9_]{0,63}$"
MAX_SECONDS = 7 * 86400

Number = Annotated[float, Field(strict=True, allow_inf_nan=False)]
Policy = Literal["alerting", "ok", "keep_last"]
Labels = Annotated[dict[str, Annotated[str, Field(max_length=256)]], Field(max_length=32)]


def check_label_names(labels: dict[str, str]) -> dict[str, str]:
    """`labels` when every name is a Prometheus-style label name."""
    for name in labels:
        if not re.fullmatch(LABEL_NAME, name):
            raise ValueError(f"label name '{name[:64]}' must match {LABEL_NAME}")
    return labels


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ScheduleTrigger(Strict):
    """Evaluate on a cron expression (UTC) or every `interval_seconds`."""

    kind: Literal["schedule"]
    cron: str | None = Field(default=None, max_length=120)
    interval_seconds: int | None = Field(default=None, ge=5, le=MAX_SECONDS, strict=True)

    @field_validator("cron")
    @classmethod
    def _valid_cron(cls, value: str | None) -> str | None:
        if value is not None:
            from apscheduler.triggers.cron import CronTrigger

            try:
                CronTrigger.from_crontab(value, timezone="UTC")
            except ValueError as exc:
                raise ValueError(f"invalid cron expression: {exc}") from exc
        return value

    @model_validator(mode="after")
    def _one_timing(self) -> ScheduleTrigger:
        if (self.cron is None) == (self.interval_seconds is None):
            raise ValueError("give exactly one of cron or interval_seconds")
        return self


class MetricTrigger(Strict):
    """Poll the metric source every `poll_interval_seconds`."""

    kind: Literal["metric"]
    poll_interval_seconds: int = Field(default=60, ge=5, le=MAX_SECONDS, strict=True)


class EventTrigger(Strict):
    """Evaluate at once on every event whose labels include `match`; one instance per `group_by` values."""

    kind: Literal["event"]
    match: Labels = Field(default_factory=dict)
    group_by: list[Annotated[str, Field(pattern=LABEL_NAME)]] | None = Field(default=None, max_length=16)
    resolve_after_seconds: int = Field(default=300, ge=1, le=MAX_SECONDS, strict=True)

    @field_validator("match")
    @classmethod
    def _label_names(cls, value: dict[str, str]) -> dict[str, str]:
        return check_label_names(value)


Trigger = Annotated[ScheduleTrigger | MetricTrigger | EventTrigger, Field(discriminator="kind")]


class CiSelector(Strict):
    """CIs by type / environment / owner / attribute labels (all given parts must match)."""

    type: str | None = Field(default=None, max_length=32)
    environment: str | None = Field(default=None, max_length=16)
    owner: str | None = Field(default=None, max_length=120)
    labels: Labels = Field(default_factory=dict)


class InternalSource(Strict):
    """A metric of the infrastructure store: one CI, or one instance per CI of a selector."""

    kind: Literal["internal"]
    metric: str = Field(min_length=1, max_length=64)
    ci: str | None = Field(default=None, min_length=1, max_length=200)
    selector: CiSelector | None = None

    @model_validator(mode="after")
    def _one_target(self) -> InternalSource:
        if (self.ci is None) == (self.selector is None):
            raise ValueError("give exactly one of ci or selector")
        return self


@lru_cache(maxsize=1024)
def json_path(expression: str) -> Any:
    """The parsed JSONPath, cached: parsing builds a yacc parser (~10 ms), and every validation of a
    spec and every read of an HTTP source needs it."""
    from jsonpath_ng.ext import parse

    return parse(expression)


class HttpSource(Strict):
    """GET `url` (JSON) and read the number at `json_path`."""

    kind: Literal["http"]
    url: str = Field(min_length=8, max_length=2000, pattern=r"^https?://")
    json_path: str = Field(min_length=1, max_length=500)
    headers: Annotated[dict[str, Annotated[str, Field(max_length=1000)]], Field(max_length=10)] = Field(
        default_factory=dict
    )
    timeout_seconds: float = Field(default=5.0, gt=0, le=60)

    @field_validator("json_path")
    @classmethod
    def _valid_path(cls, value: str) -> str:
        from jsonpath_ng.exceptions import JsonPathLexerError, JsonPathParserError

        try:
            json_path(value)
        except (JsonPathLexerError, JsonPathParserError, Exception) as exc:
            raise ValueError(f"invalid JSONPath: {exc}") from exc
        return value


class PrometheusSource(Strict):
    """An instant query at a Prometheus server; every series of the result is one alert instance."""

    kind: Literal["prometheus"]
    url: str = Field(min_length=8, max_length=2000, pattern=r"^https?://")
    query: str = Field(min_length=1, max_length=4000)
    timeout_seconds: float = Field(default=10.0, gt=0, le=60)


class PlatformSource(Strict):
    """One of SPA AI's own metrics (`services.cep.platform_source`, e.g. ops_error_rate)."""

    kind: Literal["platform"]
    metric: str = Field(min_length=1, max_length=64)

    @field_validator("metric")
    @classmethod
    def _known(cls, value: str) -> str:
        from services.cep import platform_source

        known = platform_source.names()
        if value not in known:
            raise ValueError(f"unknown platform metric {value!r}; known: {', '.join(known) or 'none'}")
        return value


Source = Annotated[
    InternalSource | HttpSource | PrometheusSource | PlatformSource, Field(discriminator="kind")
]


class Condition(Strict):
    """When an instance is active, and for how long before it fires / after it clears it keeps firing."""

    op: Literal[">", ">=", "<", "<=", "==", "!=", "between"] = ">"
    threshold: Number | None = None
    threshold_high: Number | None = None  # the upper bound of `between`
    aggregation: Literal["avg", "min", "max", "count", "rate"] | None = None
    window_seconds: int | None = Field(default=None, ge=1, le=MAX_SECONDS, strict=True)
    for_seconds: int = Field(default=0, ge=0, le=MAX_SECONDS, strict=True)
    keep_firing_for_seconds: int = Field(default=0, ge=0, le=MAX_SECONDS, strict=True)
    recovery_threshold: Number | None = None
    no_data: Policy = "ok"
    on_error: Policy = "keep_last"

    @model_validator(mode="after")
    def _consistent(self) -> Condition:
        if self.op == "between" and (self.threshold is None or self.threshold_high is None):
            raise ValueError("between needs threshold and threshold_high")
        high, low = self.threshold_high, self.threshold
        if self.op == "between" and high is not None and low is not None and high < low:
            raise ValueError("threshold_high must be at least threshold")
        if (self.aggregation is None) != (self.window_seconds is None):
            raise ValueError("aggregation and window_seconds go together")
        if self.recovery_threshold is not None:
            if self.threshold is None or self.op not in (">", ">=", "<", "<="):
                raise ValueError("recovery_threshold needs a threshold and one of > >= < <=")
            below = self.op.startswith(">")
            if (below and self.recovery_threshold > self.threshold) or (
                not below and self.recovery_threshold < self.threshold
            ):
                side = "at most" if below else "at least"
                raise ValueError(f"recovery_threshold must be {side} the threshold (hysteresis)")
        return self


class FlapPolicy(Strict):
    """More than `max_transitions` state changes within `window_seconds` → one 'flapping' notice."""

    window_seconds: int = Field(default=1800, ge=60, le=MAX_SECONDS, strict=True)
    max_transitions: int = Field(default=6, ge=0, le=1000, strict=True)  # 0 disables flap detection


GroupBy = list[Annotated[str, Field(pattern=LABEL_NAME + r"|^\.\.\.$")]]


class Grouping(Strict):
    """Alertmanager's route timers for the rule's notifications (see the README's CEP delivery section).

    `group_by` names the labels whose values split the rule's alerts into groups (`["..."]`: every
    label, one group per alert); a new group waits `group_wait_seconds` before its first message,
    sends changes at most every `group_interval_seconds`, and repeats an unchanged firing group every
    `repeat_interval_seconds` (in effect rounded up to a multiple of the group interval)."""

    group_by: GroupBy = Field(default_factory=lambda: ["alertname", "ci"], max_length=16)
    group_wait_seconds: int = Field(default=30, ge=0, le=MAX_SECONDS, strict=True)
    group_interval_seconds: int = Field(default=300, ge=1, le=MAX_SECONDS, strict=True)
    repeat_interval_seconds: int = Field(default=4 * 3600, ge=1, le=30 * 86400, strict=True)


class GroupingOverride(Strict):
    """An action's own route timers (Alertmanager's child route): each field given replaces the rule's
    `grouping` field for this action's messages; an action without one follows the rule's route."""

    group_by: GroupBy | None = Field(default=None, max_length=16)
    group_wait_seconds: int | None = Field(default=None, ge=0, le=MAX_SECONDS, strict=True)
    group_interval_seconds: int | None = Field(default=None, ge=1, le=MAX_SECONDS, strict=True)
    repeat_interval_seconds: int | None = Field(default=None, ge=1, le=30 * 86400, strict=True)

    def over(self, base: Grouping) -> Grouping:
        """`base` with this override's given fields."""
        return base.model_copy(update=self.model_dump(exclude_none=True))


class InhibitRule(Strict):
    """While an alert of this rule fires, mute the notifications of other rules' alerts that are
    listed in `rule_ids` or match every one of `matchers`, when their `equal` labels have the source
    alert's values (a missing label counts as empty, as in Alertmanager's inhibit_rules)."""

    rule_ids: list[Annotated[int, Field(ge=1)]] = Field(default_factory=list, max_length=50)
    matchers: list[Matcher] = Field(default_factory=list, max_length=20)
    equal: list[Annotated[str, Field(pattern=LABEL_NAME)]] = Field(
        default_factory=lambda: ["ci"], max_length=16
    )

    @model_validator(mode="after")
    def _has_targets(self) -> InhibitRule:
        if not self.rule_ids and not self.matchers:
            raise ValueError("give rule_ids or matchers (which alerts this rule mutes)")
        return self

    def targets(self, rule_id: int, labels: dict[str, str]) -> bool:
        """Whether an alert of `rule_id` with `labels` is on the target side."""
        return rule_id in self.rule_ids or bool(
            self.matchers and all(m.matches(labels) for m in self.matchers)
        )


class ActionSpec(Strict):
    """One action of the delivery registry (`services.cep.actions`): its kind, its parameters and,
    optionally, its own notification route timers (`grouping`, see `grouping.routes`)."""

    kind: str = Field(min_length=1, max_length=32, pattern=r"^[a-z][a-z0-9_]*$")
    params: dict[str, Any] = Field(default_factory=dict)
    grouping: GroupingOverride | None = None

    @model_serializer(mode="wrap")
    def _without_empty_override(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Stored specs of actions without an override look as they did before overrides existed."""
        data: dict[str, Any] = handler(self)
        if data.get("grouping") is None:
            data.pop("grouping", None)
        return data

    def delivery(self) -> dict[str, Any]:
        """What the outbox stores and `actions.parse_action` reads: the kind and its params."""
        return {"kind": self.kind, "params": self.params}


class RuleSpec(Strict):
    """Everything a rule revision stores (`annotations` reach notification templates)."""

    name: str = Field(min_length=1, max_length=120)
    description: str = Field(default="", max_length=2000)
    severity: Literal["critical", "major", "minor", "warning", "info"] = "warning"
    owner: str = Field(default="", max_length=120)
    runbook_url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://")
    labels: Labels = Field(default_factory=dict)
    annotations: Annotated[dict[str, Annotated[str, Field(max_length=2000)]], Field(max_length=20)] = Field(
        default_factory=dict
    )
    trigger: Trigger
    source: Source | None = None
    condition: Condition = Field(default_factory=Condition)
    actions: list[ActionSpec] = Field(default_factory=list, max_length=10)
    notify_resolved: bool = True
    flap: FlapPolicy = Field(default_factory=FlapPolicy)
    grouping: Grouping = Field(default_factory=Grouping)
    inhibits: list[InhibitRule] = Field(default_factory=list, max_length=10)

    @field_validator("labels")
    @classmethod
    def _label_names(cls, value: dict[str, str]) -> dict[str, str]:
        return check_label_names(value)

    @model_validator(mode="after")
    def _source_fits_trigger(self) -> RuleSpec:
        if self.trigger.kind == "event" and self.source is not None:
            raise ValueError("an event rule takes no source")
        if self.trigger.kind != "event" and self.source is None:
            raise ValueError(f"a {self.trigger.kind} rule needs a source")
        if self.trigger.kind != "event" and self.condition.threshold is None:
            raise ValueError("a metric or schedule rule needs condition.threshold")
        return self


class Matcher(Strict):
    """An Alertmanager-style label matcher; regular expressions are anchored (full match) and bounded:
    at most 256 characters, and a match that runs longer than `REGEX_TIMEOUT_S` counts as no match."""

    name: str = Field(pattern=LABEL_NAME)
    op: Literal["=", "!=", "=~", "!~"] = "="
    value: str = Field(max_length=256)

    @model_validator(mode="after")
    def _valid_regex(self) -> Matcher:
        if self.op in ("=~", "!~"):
            try:
                _compiled_regex(self.value)
            except regex.error as exc:
                raise ValueError(f"invalid regular expression: {exc}") from exc
        return self

    def matches(self, labels: dict[str, str]) -> bool:
        """Whether `labels` satisfy this matcher (a missing label is the empty string, as in Alertmanager)."""
        value = labels.get(self.name, "")
        if self.op == "=":
            return value == self.value
        if self.op == "!=":
            return value != self.value
        try:
            found = _compiled_regex(self.value).fullmatch(value[:MAX_LABEL_VALUE], timeout=REGEX_TIMEOUT_S)
        except TimeoutError:
            return False
        return (found is not None) == (self.op == "=~")


MATCHER_TEXT = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*\"?(.*?)\"?\s*$")


def matcher_parts(raw: str) -> dict[str, str] | None:
    """`name=value` (`!=`, `=~`, `!~`; the value may be quoted) as matcher fields, None if not in that form."""
    found = MATCHER_TEXT.match(raw[:400])
    return None if found is None else {"name": found[1], "op": found[2], "value": found[3]}


REGEX_TIMEOUT_S = 0.05
MAX_LABEL_VALUE = 256


@lru_cache(maxsize=1024)
def _compiled_regex(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


def spec_dump(spec: RuleSpec) -> dict[str, Any]:
    """The JSON form stored in revisions (defaults included, so diffs show them)."""
    return spec.model_dump(mode="json")


InhibitRule.model_rebuild()
RuleSpec.model_rebuild()

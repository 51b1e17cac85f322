"""Prometheus alerting-rule files ↔ CEP rules.

Import reads a rule file (`groups → rules`, `yaml.safe_load`, size-bounded) and turns every alerting
rule whose `expr` is `<selector> <op> <number>` — the selector optionally wrapped in
`avg_over_time` / `min_over_time` / `max_over_time(...[d])` — into a metric rule with a Prometheus source
(the server given at import), `for`, `keep_firing_for`, labels and annotations. The expression is parsed
by a small strict tokenizer + parser (never evaluated); every rule outside that subset is listed with
the reason. Export writes a Prometheus-source rule back in the same shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import BaseModel, Field
from pydantic import ValidationError as PydanticError
from sqlmodel import Session, col, select

from services.cep import service
from services.cep.models import CepRule
from services.cep.schema import SEVERITIES, RuleSpec
from services.core import audit
from services.core.errors import ValidationFailed
from services.core.security import Principal, require

MAX_YAML_BYTES = 1_000_000
MAX_RULES = 500
OVER_TIME = ("avg_over_time", "min_over_time", "max_over_time")
COMPARISONS = (">=", "<=", "==", "!=", ">", "<")
FLIPPED = {">": "<", "<": ">", ">=": "<=", "<=": ">=", "==": "==", "!=": "!="}
SET_OPERATORS = ("and", "or", "unless")
MODIFIERS = ("offset", "bool", "on", "ignoring", "group_left", "group_right")
AGGREGATIONS = (
    "sum",
    "avg",
    "min",
    "max",
    "count",
    "group",
    "stddev",
    "stdvar",
    "topk",
    "bottomk",
    "quantile",
)
_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "y": 31536000}
_DURATION = re.compile(r"^(?:\d+(?:ms|s|m|h|d|w|y))+$")
_STRING = re.compile(r"""\"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'""")
_TOKEN = re.compile(
    r"""\s*(?:
    (?P<number>[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|Inf|NaN))(?![A-Za-z_:\d])
  | (?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
  | (?P<duration>\[[^\]]*\])
  | (?P<ident>[A-Za-z_:][A-Za-z0-9_:]*)
  | (?P<op>=~|!~|>=|<=|==|!=|[-+*/%^<>=,(){}])
    )""",
    re.VERBOSE,
)


class Unsupported(Exception):
    """The expression lies outside the importable subset; the message is the reason."""


@dataclass(frozen=True)
class Comparison:
    """`query op threshold`, where `query` is a canonical selector (or `*_over_time(selector[d])`)."""

    query: str
    op: str
    threshold: float


def duration_seconds(text: str, field: str) -> int:
    """Seconds of a Prometheus duration (`90s`, `1h30m`); sub-second parts round up."""
    text = str(text).strip()
    if not _DURATION.fullmatch(text):
        raise Unsupported(f"{field}: '{text[:40]}' is not a Prometheus duration")
    total = sum(int(n) * _UNITS[u] for n, u in re.findall(r"(\d+)(ms|s|m|h|d|w|y)", text))
    return int(-(-total // 1))


def format_duration(seconds: int) -> str:
    """The shortest Prometheus duration for whole `seconds`."""
    if seconds == 0:
        return "0s"
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return "".join(parts)


def _tokens(expr: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    while pos < len(expr):
        if expr[pos:].strip() == "":
            break
        match = _TOKEN.match(expr, pos)
        if match is None or match.end() == pos:
            raise Unsupported(f"unexpected character at '{expr[pos : pos + 20].strip()}'")
        kind = match.lastgroup or ""
        out.append((kind, match.group(kind)))
        pos = match.end()
    return out


class _Parser:
    """Recursive descent over the importable subset; anything else raises `Unsupported` with a reason."""

    def __init__(self, expr: str) -> None:
        bare = _STRING.sub('""', expr)
        for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", bare):
            if word in SET_OPERATORS:
                raise Unsupported(f"set operator '{word}' combines several expressions")
            if word in MODIFIERS:
                raise Unsupported(f"modifier '{word}' is not supported")
        if "@" in bare:
            raise Unsupported("modifier '@' is not supported")
        self.tokens = _tokens(expr)
        self.pos = 0

    def peek(self, offset: int = 0) -> tuple[str, str]:
        index = self.pos + offset
        return self.tokens[index] if index < len(self.tokens) else ("end", "")

    def take(self, kind: str, value: str | None = None) -> str:
        got_kind, got = self.peek()
        if got_kind != kind or (value is not None and got != value):
            raise Unsupported(f"expected {value or kind}, found '{got or 'end of expression'}'")
        self.pos += 1
        return got

    def parse(self) -> Comparison:
        if self.peek()[0] == "number":
            threshold = self.number()
            op = self.comparison()
            query = self.operand()
            op = FLIPPED[op]
        else:
            query = self.operand()
            op = self.comparison()
            if self.peek()[0] != "number":
                raise Unsupported("comparison between two series (a join) is not supported")
            threshold = self.number()
        if self.peek()[0] != "end":
            raise Unsupported(f"arithmetic or more terms after the comparison ('{self.peek()[1]}')")
        return Comparison(query=query, op=op, threshold=threshold)

    def number(self) -> float:
        text = self.take("number")
        value = float(text)
        if value != value or value in (float("inf"), float("-inf")):
            raise Unsupported("the threshold must be a finite number")
        return value

    def comparison(self) -> str:
        kind, value = self.peek()
        if kind == "op" and value in COMPARISONS:
            self.pos += 1
            return value
        if kind == "end":
            raise Unsupported("no comparison with a number (the expression is not a threshold)")
        raise Unsupported(f"operator '{value}' where a comparison was expected (arithmetic is not supported)")

    def operand(self) -> str:
        kind, value = self.peek()
        if kind == "ident" and value in AGGREGATIONS and self.peek(1)[1] in ("(", "by", "without"):
            raise Unsupported(f"aggregation '{value}' is not supported")
        if kind == "ident" and self.peek(1) == ("op", "("):
            if value not in OVER_TIME:
                raise Unsupported(f"function or aggregation '{value}' is not supported")
            self.pos += 2
            selector = self.selector()
            window = self.take("duration")
            seconds = duration_seconds(window[1:-1], "range")
            self.take("op", ")")
            return f"{value}({selector}[{format_duration(seconds)}])"
        if kind == "op" and value == "(":
            raise Unsupported("parenthesised sub-expressions are not supported")
        selector = self.selector()
        if self.peek()[0] == "duration":
            raise Unsupported("a range vector needs avg/min/max_over_time")
        return selector

    def selector(self) -> str:
        name = ""
        if self.peek()[0] == "ident":
            name = self.take("ident")
        matchers: list[str] = []
        if self.peek() == ("op", "{"):
            self.pos += 1
            while self.peek() != ("op", "}"):
                label = self.take("ident")
                kind, op = self.peek()
                if kind != "op" or op not in ("=", "!=", "=~", "!~"):
                    raise Unsupported(f"label matcher '{label}' needs = != =~ or !~")
                self.pos += 1
                value = self.take("string")
                matchers.append(f'{label}{op}"{_unquote(value)}"')
                if self.peek() == ("op", ","):
                    self.pos += 1
            self.take("op", "}")
        if not name and not matchers:
            raise Unsupported(f"expected a metric selector, found '{self.peek()[1] or 'end of expression'}'")
        inner = ",".join(matchers)
        return f"{name}{{{inner}}}" if matchers else name


def _unquote(literal: str) -> str:
    body = literal[1:-1]
    if literal[0] == "'":
        body = body.replace("\\'", "'").replace('"', '\\"')
    return body


def parse_expr(expr: str) -> Comparison:
    """The comparison in `expr`, or `Unsupported` naming why it cannot be imported."""
    return _Parser(expr).parse()


# --- import --------------------------------------------------------------------------------------------


class ImportedRule(BaseModel):
    """One alerting rule the import creates (or would create, on a dry run)."""

    group: str
    alert: str
    rule_id: int | None = None
    spec: dict[str, Any]


class RefusedRule(BaseModel):
    """One rule of the file that is not imported, and why."""

    group: str
    name: str
    reason: str


class ImportResult(BaseModel):
    dry_run: bool
    created: list[ImportedRule] = Field(default_factory=list)
    refused: list[RefusedRule] = Field(default_factory=list)


def _load(text: str) -> list[dict[str, Any]]:
    if len(text.encode()) > MAX_YAML_BYTES:
        raise ValidationFailed(
            f"yaml: the file is larger than {MAX_YAML_BYTES} bytes",
            details={"field": "yaml"},
            key="cep_prom_yaml_invalid",
            params={"reason": f"> {MAX_YAML_BYTES} bytes"},
        )
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = f"{getattr(exc, 'problem', None) or 'not YAML'}{where}"
        raise ValidationFailed(
            f"yaml: {reason}",
            details={"field": "yaml"},
            key="cep_prom_yaml_invalid",
            params={"reason": reason},
        ) from exc
    groups = doc.get("groups") if isinstance(doc, dict) else None
    if not isinstance(groups, list) or not all(isinstance(g, dict) for g in groups):
        reason = "the file must be a mapping with a 'groups' list of mappings"
        raise ValidationFailed(
            f"yaml: {reason}",
            details={"field": "yaml"},
            key="cep_prom_yaml_invalid",
            params={"reason": reason},
        )
    if sum(len(g.get("rules") or []) for g in groups) > MAX_RULES:
        reason = f"more than {MAX_RULES} rules"
        raise ValidationFailed(
            f"yaml: {reason}",
            details={"field": "yaml"},
            key="cep_prom_yaml_invalid",
            params={"reason": reason},
        )
    return groups


def _str_map(value: Any, field: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise Unsupported(f"{field} must be a mapping")
    return {str(k): str(v) for k, v in value.items()}


def rule_spec(rule: dict[str, Any], *, url: str, interval_seconds: int) -> RuleSpec:
    """The CEP rule for one Prometheus alerting rule (`Unsupported` with the reason otherwise)."""
    if "record" in rule:
        raise Unsupported("recording rule (only alerting rules are imported)")
    if not isinstance(rule.get("alert"), str) or not isinstance(rule.get("expr"), str | int | float):
        raise Unsupported("a rule needs 'alert' and 'expr'")
    unknown = set(rule) - {"alert", "expr", "for", "keep_firing_for", "labels", "annotations"}
    if unknown:
        raise Unsupported(f"unknown field(s): {', '.join(sorted(map(str, unknown)))}")
    comparison = parse_expr(str(rule["expr"]))
    labels = _str_map(rule.get("labels"), "labels")
    annotations = _str_map(rule.get("annotations"), "annotations")
    severity = labels.get("severity", "warning")
    runbook = annotations.get("runbook_url")
    raw = {
        "name": rule["alert"],
        "description": annotations.get("description", ""),
        "severity": severity if severity in SEVERITIES else "warning",
        "runbook_url": runbook if runbook and re.match(r"^https?://", runbook) else None,
        "labels": labels,
        "annotations": annotations,
        "trigger": {"kind": "metric", "poll_interval_seconds": interval_seconds},
        "source": {"kind": "prometheus", "url": url, "query": comparison.query},
        "condition": {
            "op": comparison.op,
            "threshold": comparison.threshold,
            "for_seconds": duration_seconds(rule.get("for", "0s"), "for"),
            "keep_firing_for_seconds": duration_seconds(rule.get("keep_firing_for", "0s"), "keep_firing_for"),
            "no_data": "ok",
        },
    }
    try:
        return RuleSpec.model_validate(raw)
    except PydanticError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise Unsupported(f"{where}: {first['msg']}") from exc


def import_rules(
    session: Session,
    *,
    actor: Principal,
    text: str,
    url: str,
    dry_run: bool,
    interval_seconds: int = 60,
) -> ImportResult:
    """Create a CEP rule for every importable alerting rule; list every other rule with its reason.

    A group's `interval` (when given) becomes the poll interval. Names already taken (or repeated in the
    file) are refused. On a dry run nothing is written.
    """
    require(actor, service.WRITE)
    result = ImportResult(dry_run=dry_run)
    taken = set(session.exec(select(col(CepRule.name))).all())
    for group in _load(text):
        group_name = str(group.get("name", ""))[:200]
        for rule in group.get("rules") or []:
            name = str((rule.get("alert") or rule.get("record") or "") if isinstance(rule, dict) else "")[
                :200
            ]
            try:
                if not isinstance(rule, dict):
                    raise Unsupported("a rule must be a mapping")
                interval = group.get("interval")
                poll = max(5, duration_seconds(interval, "interval")) if interval else interval_seconds
                spec = rule_spec(rule, url=url, interval_seconds=poll)
                if spec.name in taken:
                    raise Unsupported(f"a rule named '{spec.name}' exists")
            except Unsupported as exc:
                result.refused.append(RefusedRule(group=group_name, name=name, reason=str(exc)))
                continue
            taken.add(spec.name)
            created = None
            if not dry_run:
                created = service.create_rule(
                    session, actor=actor, spec=spec, message=f"imported from Prometheus group '{group_name}'"
                ).id
            result.created.append(
                ImportedRule(
                    group=group_name, alert=spec.name, rule_id=created, spec=spec.model_dump(mode="json")
                )
            )
    if not dry_run:
        audit.record(
            session,
            actor=actor.username,
            action="cep.rules.import_prometheus",
            entity_type="cep_rule",
            after={
                "url": url,
                "created": [r.rule_id for r in result.created],
                "refused": [r.model_dump() for r in result.refused],
            },
        )
    return result


# --- export --------------------------------------------------------------------------------------------


class ExportResult(BaseModel):
    """The rule as a Prometheus rule file; `exportable` false → `yaml` is a comment with the reason."""

    rule_id: int
    exportable: bool
    reason: str | None = None
    yaml: str


def _not_exportable(spec: RuleSpec) -> str | None:
    source, cond = spec.source, spec.condition
    if source is None or source.kind != "prometheus":
        kind = source.kind if source else spec.trigger.kind
        return f"the rule reads a {kind} source; only Prometheus-source rules can be expressed in PromQL"
    if cond.op == "between" or cond.threshold is None:
        return "a 'between' condition has no single PromQL comparison"
    if cond.aggregation is not None:
        return "window aggregations are evaluated by SPA AI; use *_over_time in the query instead"
    if cond.recovery_threshold is not None:
        return "Prometheus has no recovery threshold (hysteresis)"
    return None


def export_rule(session: Session, rule_id: int) -> ExportResult:
    """One rule as a Prometheus alerting-rule file (or a comment saying why it cannot be one)."""
    detail = service.get_rule(session, rule_id)
    spec = RuleSpec.model_validate(detail.spec)
    reason = _not_exportable(spec)
    if reason is not None:
        text = f"# rule '{spec.name}' is not exportable: {reason}\ngroups: []\n"
        return ExportResult(rule_id=rule_id, exportable=False, reason=reason, yaml=text)
    assert spec.source is not None and spec.source.kind == "prometheus"
    cond = spec.condition
    threshold = (
        int(cond.threshold) if cond.threshold is not None and cond.threshold.is_integer() else cond.threshold
    )
    labels = dict(spec.labels)
    labels.setdefault("severity", spec.severity)
    annotations = dict(spec.annotations)
    if spec.description:
        annotations.setdefault("description", spec.description)
    if spec.runbook_url:
        annotations.setdefault("runbook_url", spec.runbook_url)
    rule: dict[str, Any] = {"alert": spec.name, "expr": f"{spec.source.query} {cond.op} {threshold}"}
    if cond.for_seconds:
        rule["for"] = format_duration(cond.for_seconds)
    if cond.keep_firing_for_seconds:
        rule["keep_firing_for"] = format_duration(cond.keep_firing_for_seconds)
    rule["labels"] = labels
    if annotations:
        rule["annotations"] = annotations
    interval = spec.trigger.poll_interval_seconds if spec.trigger.kind == "metric" else 60
    doc = {"groups": [{"name": "spa-ai", "interval": format_duration(interval), "rules": [rule]}]}
    header = f"# exported from SPA AI rule {rule_id} (source: {spec.source.url})\n"
    return ExportResult(
        rule_id=rule_id,
        exportable=True,
        yaml=header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True),
    )

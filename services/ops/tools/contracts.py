"""One contract per OPS tool: a pydantic argument model, declared once.

From it come the validator's checks (`check`, `problems`), the typed instance the tool body reads, the
tool's description (the model's docstring), the LLM planner's function-calling schema and tool list
(`args_schema`, `describe`) and the seeded `tool` assets. Each model lists per operation the
arguments that operation needs (`NEEDS`) and the defaults that differ by operation (`OP_DEFAULTS`);
every other default is the field's own. Unknown arguments are refused, so a misspelt argument never
goes unnoticed; an explicit null means "not given". Tools of other domains declare their contract
beside their body (document_search) and register it with the tool.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from services.infra.attribute_filter import MAX_ATTRIBUTE_FILTERS, NOT_VALUE
from services.infra.models import CI_STATUSES, CI_TYPES, ENVIRONMENTS, RELATION_TYPES, SEVERITIES
from services.infra.queries import AGGREGATES, OPERATORS

CiType = Literal[CI_TYPES]  # type: ignore[valid-type]
Severity = Literal[SEVERITIES]  # type: ignore[valid-type]
RelationType = Literal[RELATION_TYPES]  # type: ignore[valid-type]
Aggregate = Literal[tuple(AGGREGATES)]  # type: ignore[valid-type]
Operator = Literal[OPERATORS]  # type: ignore[valid-type]
AttributeValue = (
    Annotated[str, Field(max_length=100)]
    | int
    | float
    | Annotated[list[Annotated[str, Field(max_length=100)]], Field(min_length=2, max_length=5)]
)
MAX_NAMED = 100  # CIs a described group may hold
NOT_ENVIRONMENTS = tuple(f"{NOT_VALUE} {env}" for env in ENVIRONMENTS)  # "!= prod": any but prod
NOT_TYPES = tuple(f"{NOT_VALUE} {t}" for t in CI_TYPES)
NOT_STATUSES = tuple(f"{NOT_VALUE} {status}" for status in CI_STATUSES)
CI = Field(default=None, max_length=200, description="a known CI name, exactly as listed")
TIME = Field(default=None, description="ISO-8601 time with an offset")


class Filters(BaseModel):
    """Restrict to CIs with these fields."""

    model_config = ConfigDict(extra="forbid")
    type: Literal[CI_TYPES + NOT_TYPES] | None = Field(  # type: ignore[valid-type]
        default=None, description='"!= database": every type but database'
    )
    environment: Literal[ENVIRONMENTS + NOT_ENVIRONMENTS] | None = Field(  # type: ignore[valid-type]
        default=None, description='"!= prod": every environment but prod'
    )
    owner: str | None = Field(default=None, max_length=200, description='"!= team": every other owner')
    location: str | None = Field(default=None, max_length=200, description='"!= site": every other location')
    status: Literal[CI_STATUSES + NOT_STATUSES] | None = None  # type: ignore[valid-type]
    attributes: dict[Annotated[str, Field(max_length=64)], AttributeValue] | None = Field(
        default=None,
        max_length=MAX_ATTRIBUTE_FILTERS,
        description="attribute key → value: strings match case-insensitively and every version of them "
        '("ubuntu" matches "ubuntu-22.04"); quantities match after unit conversion ("128 GB", 128, "> 64 GB"); '
        '"*" matches any value the key holds; "!= mysql" matches every CI whose value is not mysql; '
        '["oracle", "tibero"] matches either',
    )
    names: list[Annotated[str, Field(max_length=200)]] | None = Field(
        default=None, max_length=MAX_NAMED, description="exactly these CIs (a group the question described)"
    )
    described: str | None = Field(
        default=None, max_length=200, description="the question's words that described the `names` group"
    )


class ToolArgs(BaseModel):
    """Base of every tool's arguments: `NEEDS[op]` names what an operation cannot run without,
    `OP_DEFAULTS[op]` the defaults of that operation that differ from the fields' own."""

    model_config = ConfigDict(extra="forbid")
    NEEDS: ClassVar[dict[str, tuple[str, ...]]] = {}
    ONE_OF: ClassVar[tuple[str, ...]] = ()  # at least one of these, whatever the operation
    OP_DEFAULTS: ClassVar[dict[str, dict[str, Any]]] = {}

    @model_validator(mode="before")
    @classmethod
    def _null_is_absent(cls, data: Any) -> Any:
        return {k: v for k, v in data.items() if v is not None} if isinstance(data, dict) else data

    @model_validator(mode="after")
    def _op_defaults(self) -> ToolArgs:
        for key, value in self.OP_DEFAULTS.get(str(getattr(self, "op", "")), {}).items():
            if key not in self.model_fields_set:
                setattr(self, key, value)
        return self

    def needs(self, *keys: str) -> tuple[Any, ...]:
        """The values of `keys`, which the operation's `NEEDS` made sure are given."""
        values = tuple(getattr(self, key) for key in keys)
        if any(value is None for value in values):
            raise ValueError(f"{type(self).__name__}: {', '.join(keys)} must be given")
        return values

    def filter_values(self) -> dict[str, Any]:
        """The given CI filters as keyword arguments ({} without filters)."""
        filters = getattr(self, "filters", None)
        return filters.model_dump(exclude_none=True) if filters is not None else {}


def contract_description(model: type[BaseModel]) -> str:
    """What the tool does: its contract's docstring on one line."""
    return " ".join((model.__doc__ or "").split())


class MetricQueryArgs(ToolArgs):
    """Metric values: latest value of a CI, every metric of a CI now (snapshot), an aggregate over a
    window, one figure over a set of CIs (fleet), top-N, CIs crossing a threshold, a time series, since
    when a CI's metric has been beyond a bound (since; the metric's warning threshold when no bound)"""

    NEEDS = {
        "latest": ("metric", "ci", "at"),
        "snapshot": ("ci", "at"),
        "aggregate": ("metric", "ci", "agg", "start", "end"),
        "fleet": ("metric", "agg", "start", "end"),
        "top_n": ("metric", "agg", "start", "end"),
        "threshold": ("metric", "agg", "cmp", "value", "start", "end"),
        "series": ("metric", "ci", "start", "end"),
        "since": ("metric", "ci", "at"),
    }
    OP_DEFAULTS = {"fleet": {"n": 100}}
    op: Literal["latest", "snapshot", "aggregate", "fleet", "top_n", "threshold", "series", "since"]
    ci: str | None = CI
    metric: str | None = Field(default=None, max_length=64, description="a catalog metric name")
    agg: Aggregate | None = None  # type: ignore[valid-type]
    at: datetime | None = TIME
    start: datetime | None = TIME
    end: datetime | None = TIME
    n: int = Field(default=10, ge=1, le=1000, description="how many CIs (top_n, fleet)")
    order: Literal["desc", "asc"] = Field(default="desc", description="top_n: highest or lowest")
    step_seconds: int = Field(default=300, ge=60, description="series bucket size")
    count: bool = Field(default=False, description="threshold: answer with the number of CIs")
    latest: bool = Field(default=False, description="fleet: combine each CI's current value")
    cmp: Operator | None = Field(default=None, description="threshold / since comparison")
    value: float | None = Field(default=None, description="threshold / since bound in the metric's unit")
    filters: Filters | None = None


class CiLookupArgs(ToolArgs):
    """Configuration items: one CI's fields, or search/count by type, environment, status…, or the sum
    of a numeric attribute over them"""

    NEEDS = {"get": ("name",), "search": (), "count": (), "sum": ("fields",)}
    op: Literal["get", "search", "count", "sum"]
    name: str | None = CI
    fields: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="get: owner, location, status, environment, type, attributes or attributes.<key>; "
        "sum: the one attributes.<key> whose numbers are added up over the CIs the filters find",
    )
    filters: Filters | None = Field(
        default=None,
        description="search/count/sum: the CIs to find; get: fields the CI is checked against (the answer "
        "says whether it matches)",
    )
    total: bool = Field(default=False, description="get: also add up the numeric fields asked")

    @model_validator(mode="after")
    def _one_summed_key(self) -> CiLookupArgs:
        if self.op == "sum" and (len(self.fields) != 1 or not self.fields[0].startswith("attributes.")):
            raise ValueError("sum adds up one attribute: fields must be ['attributes.<key>']")
        return self


class EventQueryArgs(ToolArgs):
    """Events by CI, severity and time window, listed or counted; timeline: a CI's and its
    dependencies' events with its metric changes; problems: what is wrong across the estate now"""

    NEEDS = {
        "list": ("start", "end"),
        "count": ("start", "end"),
        "timeline": ("ci", "start", "end"),
        "problems": ("at",),
    }
    op: Literal["list", "count", "timeline", "problems"]
    ci: str | None = CI
    at: datetime | None = Field(default=None, description="problems: the moment called now")
    start: datetime | None = TIME
    end: datetime | None = TIME
    severity: Severity | list[Severity] | None = None
    min_severity: Severity | None = Field(default=None, description="this severity or worse")
    event_type: str | None = Field(default=None, max_length=64, description="deployment, restart, …")
    limit: int | None = Field(default=None, ge=1, le=1000, description="the newest N events")
    said: (
        list[Annotated[list[Annotated[str, Field(min_length=2, max_length=40)]], Field(max_length=10)]] | None
    ) = Field(
        default=None,
        max_length=3,
        description="list/count: events whose message holds a word of every group ([['종료', 'finished']])",
    )
    filters: Filters | None = None


class GraphQueryArgs(ToolArgs):
    """Topology: neighbours, dependencies, dependents/impact, shared dependencies of two CIs, path
    between two CIs, subgraph"""

    NEEDS = {
        "neighbors": ("ci",),
        "dependencies": ("ci",),
        "dependents": ("ci",),
        "path": ("ci", "target"),
        "shared": ("ci", "target"),
        "subgraph": ("ci",),
    }
    OP_DEFAULTS = {"shared": {"direction": "out"}}
    op: Literal["neighbors", "dependencies", "dependents", "path", "shared", "subgraph"]
    ci: str = Field(max_length=200, description="a known CI name, exactly as listed")
    target: str | None = Field(default=None, max_length=200, description="path: other end; shared: other CI")
    depth: int = Field(default=1, ge=1, le=20)
    direction: Literal["out", "in", "both"] = Field(
        default="both", description="shared: out compares dependencies, in dependents"
    )
    rel_types: list[RelationType] | None = None
    types: list[CiType] | None = Field(default=None, description="keep only CIs of these types")
    filters: Filters | None = Field(
        default=None, description="keep only CIs at the far end with these fields (not for path)"
    )
    count: bool = Field(default=False, description="answer with the number of CIs")
    besides: list[Annotated[str, Field(max_length=200)]] | None = Field(
        default=None, max_length=50, description="CIs to leave out of the answer ('who else', 'except X')"
    )
    either_way: bool = Field(
        default=False,
        description="dependencies/dependents: the question did not say which way; the other way is answered "
        "too",
    )
    which: str | None = Field(
        default=None,
        max_length=20,
        description="of the far-end CIs, the one asked for: an ordinal ('1': the name ending in 1, else the "
        "first by name) or a role its records say ('primary', 'standby')",
    )


class Occasion(BaseModel):
    """An occasion the problem is placed by, with no time said ("호우때"): the events naming it say when."""

    model_config = ConfigDict(extra="forbid")
    said: str = Field(max_length=120, description="the occasion as the question says it")
    words: list[Annotated[str, Field(min_length=1, max_length=40)]] = Field(
        min_length=1, max_length=3, description="the words an event's message must hold, the head word last"
    )


class RcaArgs(ToolArgs):
    """Root-cause analysis: rank a CI and its dependencies as causes of a problem at a time, or scan a
    window (start, end) for the CI's onset; without a CI, the one in trouble among the CIs matching
    the filters (a function such as check-in, a place) or listed in among is analysed"""

    NEEDS = {"": ()}
    ONE_OF = ("ci", "filters", "among")
    ci: str | None = Field(default=None, max_length=200, description="the CI that had the problem")
    filters: Filters | None = Field(
        default=None, description="without ci: the CIs the problem was seen on (attributes, location…)"
    )
    among: list[Annotated[str, Field(max_length=200)]] | None = Field(
        default=None, max_length=50, description="without ci: the CIs the problem may have been seen on"
    )
    suspect: str | None = Field(
        default=None, max_length=200, description="with among: a CI the question blames; the answer ranks it"
    )
    described_as: str | None = Field(
        default=None, max_length=200, description="with among: the user's words those CIs were matched by"
    )
    unmatched: str | None = Field(
        default=None,
        max_length=200,
        description="with empty filters: the user's words that matched no CI, so the whole estate was looked at",
    )
    at: datetime = Field(description="when the problem was observed")
    metric: str | None = Field(default=None, max_length=64, description="the symptom metric, if named")
    start: datetime | None = Field(default=None, description="a window to scan for the onset (with end)")
    end: datetime | None = TIME
    after_change: bool = Field(
        default=False, description="the problem followed a change of ci (a deploy): its time anchors the scan"
    )
    change_said: str | None = Field(default=None, max_length=40, description="with after_change: its version")
    hour_guessed: bool = Field(
        default=False,
        description="the clock hour was said without am/pm: the window 12 hours apart counts too",
    )
    occasion: Occasion | None = Field(
        default=None, description="without a time: the occasion the problem came at, placed by its events"
    )
    latest_trouble: bool = Field(
        default=False,
        description="no time said of a trouble told in the past: when ci shows nothing now, its latest trouble",
    )
    any_day: bool = Field(
        default=False,
        description="with latest_trouble and a window: a part of the day said without its day (새벽에): the "
        "latest trouble at that time of day when the window shows none",
    )


CONTRACTS: dict[str, type[ToolArgs]] = {
    "metric_query": MetricQueryArgs,
    "ci_lookup": CiLookupArgs,
    "event_query": EventQueryArgs,
    "graph_query": GraphQueryArgs,
    "rca": RcaArgs,
}


def check(model: type[ToolArgs], args: dict[str, Any]) -> tuple[ToolArgs | None, list[tuple[str, str]]]:
    """`args` parsed into `model`, and what is wrong with them: (code, detail) pairs with codes
    missing_arg, bad_value and bad_window. The instance is None when they do not parse."""
    try:
        parsed = model.model_validate(args)
    except ValidationError as exc:
        found = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error["loc"] if not isinstance(p, int)) or "args"
            kind = error["type"]
            if kind == "missing":
                found.append(("missing_arg", where))  # merged into one problem below
            elif kind.startswith("datetime"):
                found.append(("bad_window", where))
            else:
                found.append(("bad_value", f"{where}={error.get('input')!r}"))
        missing = [detail for code, detail in found if code == "missing_arg"]
        rest = [(code, detail) for code, detail in found if code != "missing_arg"]
        return None, ([("missing_arg", ", ".join(missing))] if missing else []) + rest
    op = str(getattr(parsed, "op", ""))
    missing = [key for key in model.NEEDS.get(op, ()) if getattr(parsed, key) in (None, "")]
    if model.ONE_OF and all(getattr(parsed, key) in (None, "") for key in model.ONE_OF):
        missing.append(" or ".join(model.ONE_OF))
    return parsed, [("missing_arg", ", ".join(missing))] if missing else []


def problems(tool: str, args: dict[str, Any]) -> list[tuple[str, str]]:
    """What is wrong with `args` for the registered tool `tool` (see `check`); [] for an unknown tool."""
    from services.ops.tools import TOOLS

    registered = TOOLS.get(tool)
    return [] if registered is None else check(registered.contract, args)[1]


def args_schema(tool: str) -> dict[str, Any]:
    """The JSON schema of `tool`'s arguments, with `$ref`s inlined (function-calling providers differ in
    what they accept), each operation's needs stated in the `op` description."""
    model = CONTRACTS[tool]
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(defs[node["$ref"].rsplit("/", 1)[-1]])
            return {k: inline(v) for k, v in node.items() if k != "title"}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    schema = inline(schema)
    needs = "; ".join(f"{op or 'always'}: {', '.join(keys) or '-'}" for op, keys in model.NEEDS.items())
    if model.ONE_OF:
        needs += f"; one of: {', '.join(model.ONE_OF)}"
    target = schema["properties"].get("op", schema)
    target["description"] = f"required per operation — {needs}"
    for op, defaults in model.OP_DEFAULTS.items():
        for key, value in defaults.items():
            field = schema["properties"][key]
            field["description"] = f"{field.get('description', key)}; {op}: default {value}"
    schema["description"] = contract_description(model)
    return schema


def describe(tool: str, description: str | None = None) -> str:
    """One line per tool for the planner prompt: what it does (`description`, e.g. as published) and
    what each operation needs."""
    model = CONTRACTS[tool]
    needs = " · ".join(f"{op or 'args'}: {', '.join(keys) or '(none)'}" for op, keys in model.NEEDS.items())
    if model.ONE_OF:
        needs += f" · one of: {', '.join(model.ONE_OF)}"
    optional = sorted(set(model.model_fields) - {k for keys in model.NEEDS.values() for k in keys} - {"op"})
    return f"{(description or contract_description(model)).rstrip('.')}. Needs — {needs}. Optional: {', '.join(optional)}"


def seed_content(tool: str) -> dict[str, Any]:
    """The seeded `tool` asset of `tool`."""
    return {
        "name": tool,
        "description": contract_description(CONTRACTS[tool]),
        "args_schema": args_schema(tool),
    }

"""Tool contracts: defaults live in the contract (per field, per operation), null means not given, the
registry's descriptions are the contracts' docstrings and the LLM schema states the defaults."""

import importlib
import inspect
import re
import sys
from datetime import UTC, datetime

from services.ops.tools import TOOLS, load_builtin_tools
from services.ops.tools.contracts import (
    CONTRACTS,
    GraphQueryArgs,
    MetricQueryArgs,
    RcaArgs,
    args_schema,
    check,
    contract_description,
)

WINDOW = {"start": "2026-06-10T00:00:00+00:00", "end": "2026-06-10T03:00:00+00:00"}


def test_defaults_come_from_the_contract_by_operation() -> None:
    top = MetricQueryArgs.model_validate({"op": "top_n", "metric": "cpu_usage", "agg": "avg", **WINDOW})
    fleet = MetricQueryArgs.model_validate({"op": "fleet", "metric": "cpu_usage", "agg": "avg", **WINDOW})
    asked = MetricQueryArgs.model_validate(
        {"op": "fleet", "metric": "cpu_usage", "agg": "avg", "n": 7, **WINDOW}
    )
    assert (top.n, top.order, fleet.n, asked.n) == (10, "desc", 100, 7)
    assert top.start == datetime(2026, 6, 10, tzinfo=UTC)  # typed: the body never parses a string
    shared = GraphQueryArgs(op="shared", ci="a", target="b")
    assert (shared.direction, GraphQueryArgs(op="neighbors", ci="a").direction, shared.depth) == (
        "out",
        "both",
        1,
    )
    assert GraphQueryArgs(op="shared", ci="a", target="b", direction="in").direction == "in"


def test_null_means_not_given_and_needs_are_named() -> None:
    parsed, found = check(
        MetricQueryArgs, {"op": "top_n", "metric": "cpu_usage", "agg": "avg", "n": None, **WINDOW}
    )
    assert found == [] and parsed is not None and parsed.n == 10
    parsed, found = check(MetricQueryArgs, {"op": "series", "metric": "cpu_usage", "ci": None, **WINDOW})
    assert found == [("missing_arg", "ci")] and parsed is not None
    assert check(GraphQueryArgs, {"op": "path", "ci": "a", "hops": 2})[1] == [("bad_value", "hops=2")]


def test_descriptions_and_schemas_have_one_source() -> None:
    load_builtin_tools()
    for name, contract in CONTRACTS.items():
        assert TOOLS[name].contract is contract
        assert TOOLS[name].description == contract_description(contract) == args_schema(name)["description"]
    n = args_schema("metric_query")["properties"]["n"]
    assert n["default"] == 10 and n["description"].endswith("fleet: default 100")


def test_every_argument_of_a_contract_is_read() -> None:
    """An argument the LLM is offered must change the answer: its tool body or the composers read it
    (`rca` offered a `window_minutes` nothing read)."""
    load_builtin_tools()
    composers = "".join(
        inspect.getsource(importlib.import_module(f"services.ops.{name}"))
        for name in (
            "compose",
            "compose_compare",
            "compose_metric",
            "compose_oncall",
            "compose_reach",
            "compose_rca",
            "compose_rca_verdicts",
        )
    )
    for name in CONTRACTS:
        module = inspect.getmodule(TOOLS[name].fn)
        assert module is not None
        helpers = [m for key, m in sys.modules.items() if key.startswith(f"{module.__name__}_")]  # `rca_when`
        source = "".join(inspect.getsource(m) for m in [module, *helpers]) + composers
        unread = [
            field
            for field in CONTRACTS[name].model_fields
            if not re.search(rf"args\.{field}\b|[\"']{field}[\"']", source)
            and not (field == "filters" and "filter_values()" in source)
        ]
        assert unread == [], (name, unread)
    assert check(RcaArgs, {"ci": "a", "at": WINDOW["end"], "window_minutes": 60})[1] == [
        ("bad_value", "window_minutes=60")
    ]

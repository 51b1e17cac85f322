"""What the LLM planner sends: the planner prompt (published or built in) with every variable it may
declare, the output contract (one `submit_plan` call), and the JSON schema of that call built from each
tool's contract or published `tool` asset."""

from __future__ import annotations

import contextlib
import json
import logging
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session

from services.infra.models import CI_STATUSES, CI_TYPES, ENVIRONMENTS, RELATION_TYPES, SEVERITIES
from services.ops.plan import Route
from services.ops.planner import relations
from services.ops.planner.entities import EntityIndex
from services.ops.policy import categories
from services.ops.tools import TOOLS
from services.ops.tools.contracts import CONTRACTS, describe, seed_content

log = logging.getLogger(__name__)
MAX_CI_NAMES = 200  # large estates must not blow the context: names the question mentions come first
MAX_VALUES = 50  # owners, locations
MAX_METRICS = 100
SUBMIT = "submit_plan"
DIRECT_REASONS = ("time", "help", "hello", "capabilities", "trust")
DEFAULT_PROMPT: dict[str, Any] = {
    "template": """\
You are the planner of SPA AI, an operations assistant for infrastructure teams. Never answer the
question yourself: turn it into a plan of read-only tool calls. Questions arrive in Korean or English.

Current time: {now} (UTC). The user's timezone: {timezone}. Answer language: {lang}.

Routes:
- LOOKUP: facts about one thing: a current metric value, a CI's attributes, owner or status, its events.
- AGGREGATE: numbers over a window or a set: averages, maxima, percentiles, top-N, thresholds, counts.
- GRAPH: topology: dependencies, dependents, neighbours, paths, what runs on what.
- RCA: why something is failing or slow (one rca step).
- DIRECT: no data needed (greetings, help, the current time); no steps.
- REJECT: requests to change things (delete, restart, scale), secrets, unrelated topics; no steps;
  the reason is the refusal category.

Tools (args of each step; `?` marks optional args):
{tools}

Vocabulary (use only these metric names and values; map the user's words and aliases to them):
{catalog}

Known CIs: {ci_names}

Limits (a plan that breaks them is refused): {policy}

Times are ISO-8601 with an offset; resolve relative times ("last 3 hours", "어제") against the current
time in the user's timezone; windows are [start, end). Use CI names exactly as known; never invent a CI
or a metric. Prefer one precise step; if the question is ambiguous choose the most likely reading.""",
    "variables": ["now", "timezone", "lang", "tools", "catalog", "ci_names", "policy"],
}


def plan_reasons(policy: dict[str, Any]) -> dict[Route, tuple[str, ...]]:
    """The reason keys a DIRECT or REJECT plan may give: refusals are the policy's categories."""
    return {Route.DIRECT: DIRECT_REASONS, Route.REJECT: (*categories(policy), "unclear")}


def output_contract(policy: dict[str, Any]) -> str:
    """The output contract appended to every planner prompt: one `submit_plan` tool call."""
    reasons = plan_reasons(policy)
    return f"""\
Output: call the function `{SUBMIT}` once with the plan: {{"route", "steps": [{{"tool", "args"}}], "intent",
"reason"}}. intent: a snake_case label such as latest, aggregate, series, top_n, threshold, ci_fields,
ci_search, ci_count, events_list, events_count, dependencies, dependents, impact, runs_on, hosted,
downstream, subgraph, path, shared, rca. reason: for DIRECT one of {"|".join(reasons[Route.DIRECT])}; for
REJECT the refusal category, one of {"|".join(reasons[Route.REJECT])}; otherwise empty."""


def tool_specs(session: Session | None = None) -> dict[str, dict[str, Any]]:
    """Each tool's description and argument schema as the model sees them: the published `tool` asset,
    else the tool's contract (tools of other domains: their registered description, any object)."""
    from services.asset_registry.reads import published_content

    specs: dict[str, dict[str, Any]] = {}
    for name, tool in sorted(TOOLS.items()):
        spec = seed_content(name) if name in CONTRACTS else {"description": tool.description}
        if session is not None:
            with contextlib.suppress(Exception):  # not published: the contract stands
                spec = {**spec, **published_content(session, "tool", name)}
        specs[name] = {
            "description": spec["description"],
            "args_schema": spec.get("args_schema") or {"type": "object"},
        }
    return specs


def plan_schema(specs: dict[str, dict[str, Any]], max_steps: int = 6) -> dict[str, Any]:
    """JSON schema of the plan the model submits: route, intent, reason and steps whose args follow
    each tool's schema."""
    steps = [
        {
            "type": "object",
            "description": spec["description"],
            "properties": {"tool": {"type": "string", "enum": [name]}, "args": spec["args_schema"]},
            "required": ["tool", "args"],
        }
        for name, spec in specs.items()
    ]
    return {
        "type": "object",
        "properties": {
            "route": {"type": "string", "enum": [r.value for r in Route]},
            "steps": {"type": "array", "maxItems": max_steps, "items": {"anyOf": steps}},
            "intent": {"type": "string", "description": "snake_case label of what the answer shows"},
            "reason": {"type": "string", "description": "DIRECT/REJECT reason key, else empty"},
        },
        "required": ["route", "steps", "intent", "reason"],
    }


def system_prompt(
    question: str,
    index: EntityIndex,
    now: datetime,
    tz: str,
    session: Session,
    policy: dict[str, Any],
    lang: str,
) -> str:
    """The published `ops.planner` prompt (or the built-in one) rendered, plus the output contract."""
    from services.asset_registry.reads import published_content, render_prompt

    values = _prompt_values(question, index, now, tz, policy, lang, tool_specs(session))
    try:
        content = published_content(session, "prompt", "ops.planner")
        text = render_prompt(content, **values)
    except Exception as exc:  # not published, or it declares variables we do not know
        log.info("using the built-in planner prompt: %s", exc)
        content, text = DEFAULT_PROMPT, render_prompt(DEFAULT_PROMPT, **values)
    declared = set(content.get("variables", []))
    extra = [f"The user's timezone: {tz}."] if "timezone" not in declared else []
    if "ci_names" not in declared:
        extra.append(f"Known CIs: {values['ci_names']}")
    return "\n\n".join([text.strip(), *extra, output_contract(policy)])


def _prompt_values(
    question: str,
    index: EntityIndex,
    now: datetime,
    tz: str,
    policy: dict[str, Any],
    lang: str,
    specs: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    """Every variable a planner prompt may declare."""
    found = index.find(question)
    mentioned = [m.value for m in found if m.kind == "ci"]
    names = list(dict.fromkeys([*mentioned, *sorted(index.ci_types)]))
    shown = names[:MAX_CI_NAMES]
    ci_names = ", ".join(shown) + (
        f" … and {len(names) - len(shown)} more" if len(names) > len(shown) else ""
    )
    aliases: dict[str, list[str]] = {}
    for term, metric in index.metric_terms:
        if term != metric and len(aliases.setdefault(metric, [])) < 8:
            aliases[metric].append(term)
    metrics = [
        {
            "name": name,
            "unit": unit,
            "label": index.metric_labels.get(name, {}).get("en", name),
            "aliases": aliases.get(name, []),
        }
        for name, unit in sorted(index.metric_units.items())[:MAX_METRICS]
    ]
    catalog = {
        "metrics": metrics,
        "ci_types": list(CI_TYPES),
        "environments": list(ENVIRONMENTS),
        "statuses": list(CI_STATUSES),
        "relation_types": list(RELATION_TYPES),
        "severities": list(SEVERITIES),
        "owners": index.owners[:MAX_VALUES],
        "locations": index.locations[:MAX_VALUES],
        # the attribute values this question names, with the keys they occur under (filters.attributes)
        "attribute_values": {m.value: sorted(index.values.keys[m.value]) for m in found if m.kind == "value"},
        "quantity_keys": sorted(index.values.quantities)[:MAX_VALUES],
    }
    limits = {k: policy[k] for k in ("max_steps", "max_window_hours", "max_graph_depth") if k in policy}
    tools = "\n".join(
        f"- {name}: {describe(name, spec['description']) if name in CONTRACTS else spec['description']}"
        for name, spec in specs.items()
    )
    tools += "\n\n" + relations.describe()
    return {
        "now": now.astimezone(UTC).isoformat(timespec="seconds"),
        "timezone": tz,
        "lang": {"ko": "Korean", "en": "English"}[lang],
        "tools": tools,
        "catalog": json.dumps(catalog, ensure_ascii=False),
        "ci_names": ci_names or "(none)",
        "ci_count": len(names),
        "policy": json.dumps(limits),
        "question": question,
    }

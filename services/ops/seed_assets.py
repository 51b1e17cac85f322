"""The OPS assets seeded on first start (published v1): planner prompt, catalog, policy and tools.

Registered with the asset registry's seeding by `services.ops.install`; only missing assets are
created, so edits made through the registry survive restarts.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.asset_registry.seeding import SeedAsset
from services.infra.models import CI_STATUSES, CI_TYPES, ENVIRONMENTS, RELATION_TYPES, SEVERITIES
from services.infra.queries import AGGREGATES, OPERATORS, metric_catalog

BASE_TOOLS = ["metric_query", "ci_lookup", "event_query", "graph_query", "rca", "document_search"]

PLANNER_PROMPT = """\
You are the planner of SPA AI, an operations assistant for infrastructure teams. You never answer the
question yourself: you turn it into a plan that tools execute. Questions arrive in Korean or English.

Current time (UTC): {now}. Answer language: {lang}.

Reply with exactly one JSON object and nothing else (no prose, no Markdown fences):
{"route": "LOOKUP|AGGREGATE|GRAPH|RCA|DIRECT|REJECT",
  "steps": [{"tool": "<tool name>", "args": {...}}],
  "intent": "<short snake_case label of what the answer shows>",
  "reason": "<for DIRECT: the answer; for REJECT: why; else empty>"}

Routes:
- LOOKUP: facts about one thing: a current metric value, a CI's attributes, owner or status, its events.
- AGGREGATE: numbers over a window or a set: averages, maxima, percentiles, top-N, thresholds, counts.
- GRAPH: topology: dependencies, dependents, neighbours, paths, what runs on what.
- RCA: why something is failing or slow; plan the evidence (metrics, events, dependencies) to gather.
- DIRECT: no data needed (greetings, help, the current time); no steps; put the answer in "reason".
- REJECT: destructive requests (delete, drop, shut down, change data), secrets, or topics unrelated to
  operating this infrastructure; no steps; explain briefly in "reason".

Tools (the "args" of each step must follow its JSON schema exactly; omit optional args you do not need):
{tools}

Vocabulary (use only these metric names, CI types, environments, statuses and relation types; map the
user's words, e.g. aliases, to them; never invent a CI or metric name that the question does not imply):
{catalog}

Limits (a plan that breaks them is refused):
{policy}

Rules:
- Use at most the allowed number of steps; prefer one precise step over several broad ones.
- Times are ISO-8601 UTC. Resolve relative times ("last 3 hours", "어제", "this morning") against the
  current time; windows are half-open [start, end) and no longer than the maximum window.
- Use CI names exactly as the user wrote them; filter by type, environment, owner, location or status
  when the user names a group instead of a CI.
- Graph depth never exceeds the maximum depth; default to 1 for neighbours and 3 for paths.
- If the question is ambiguous, choose the most likely reading; do not ask back.
"""

ATTRIBUTE_DESCRIPTIONS: dict[str, str] = {
    "ip": "IP address of a host",
    "os": "operating system and version",
    "cpu_cores": "number of CPU cores",
    "memory_gb": "installed memory in GB",
    "rack": "rack position in the data centre",
    "version": "software or engine version",
    "language": "implementation language of a service",
    "port": "listening TCP port",
    "replicas": "number of running replicas",
    "engine": "database, cache or queue engine (postgresql, mysql, redis, kafka, …)",
    "role": "replication role (primary, replica)",
    "size_gb": "data size in GB",
    "maxmemory_gb": "memory limit of a cache in GB",
    "partitions": "number of queue partitions",
    "kind": "storage kind (object, nas, block)",
    "product": "storage product",
    "capacity_tb": "storage capacity in TB",
    "demo": "true on generated demo CIs",
}

_TIME = {"type": "string", "format": "date-time", "description": "ISO-8601 UTC"}
_FILTERS = {
    "type": "object",
    "description": "restrict to CIs with these fields",
    "properties": {
        "type": {"type": "string", "enum": list(CI_TYPES)},
        "environment": {"type": "string", "enum": list(ENVIRONMENTS)},
        "owner": {"type": "string"},
        "location": {"type": "string"},
        "status": {"type": "string", "enum": list(CI_STATUSES)},
    },
    "additionalProperties": False,
}

TOOLS: dict[str, dict[str, Any]] = {
    "metric_query": {
        "description": "Metric values of CIs: the latest value, an aggregate over a window, the top-N "
        "CIs, CIs crossing a threshold, or a time series.",
        "args_schema": {
            "type": "object",
            "properties": {
                "op": {
                    "type": "string",
                    "enum": ["latest", "snapshot", "aggregate", "fleet", "top_n", "threshold", "series"],
                },
                "ci": {"type": "string", "description": "CI name (latest, aggregate, series)"},
                "metric": {"type": "string", "description": "a metric name from the catalog"},
                "agg": {"type": "string", "enum": list(AGGREGATES)},
                "at": {**_TIME, "description": "latest: the newest sample at or before this time"},
                "start": _TIME,
                "end": _TIME,
                "n": {"type": "integer", "minimum": 1, "maximum": 100, "description": "top_n size"},
                "order": {
                    "type": "string",
                    "enum": ["desc", "asc"],
                    "description": "top_n: highest or lowest",
                },
                "step_seconds": {"type": "integer", "minimum": 60, "description": "series bucket size"},
                "count": {"type": "boolean", "description": "threshold: answer with the number of CIs"},
                "latest": {"type": "boolean", "description": "fleet: combine each CI's current value"},
                "cmp": {"type": "string", "enum": list(OPERATORS), "description": "threshold comparison"},
                "value": {"type": "number", "description": "threshold value in the metric's unit"},
                "filters": _FILTERS,
            },
            "required": ["op"],
            "additionalProperties": False,
        },
    },
    "ci_lookup": {
        "description": "Configuration items: one CI by name (attributes, relations) or the CIs matching "
        "filters, or only how many match.",
        "args_schema": {
            "type": "object",
            "properties": {
                "op": {"type": "string", "enum": ["get", "search", "count"]},
                "name": {"type": "string", "description": "exact CI name (get)"},
                "filters": _FILTERS,
                "fields": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "get: owner, location, status, environment, type, attributes or attributes.<key>",
                },
            },
            "required": ["op"],
            "additionalProperties": False,
        },
    },
    "event_query": {
        "description": "Events (alerts, deploys, restarts), newest first, by CI, severity and window; "
        "timeline: a CI's and its dependencies' events with its metric changes (onset, peak, recovery); "
        "problems: what is wrong across the estate now.",
        "args_schema": {
            "type": "object",
            "properties": {
                "op": {"type": "string", "enum": ["list", "count", "timeline", "problems"]},
                "ci": {"type": "string"},
                "at": {**_TIME, "description": "problems: the moment called now"},
                "severity": {"type": "string", "enum": list(SEVERITIES)},
                "event_type": {"type": "string", "description": "deployment, restart, config_change, …"},
                "start": _TIME,
                "end": _TIME,
                "filters": _FILTERS,
            },
            "required": ["op"],
            "additionalProperties": False,
        },
    },
    "graph_query": {
        "description": "The dependency graph around a CI: neighbours, what it depends on, what depends "
        "on it, the path to another CI, or the subgraph within a depth.",
        "args_schema": {
            "type": "object",
            "properties": {
                "op": {
                    "type": "string",
                    "enum": ["neighbors", "dependencies", "dependents", "path", "shared", "subgraph"],
                },
                "ci": {"type": "string"},
                "target": {"type": "string", "description": "other end of a path; the other CI of shared"},
                "depth": {"type": "integer", "minimum": 1},
                "direction": {"type": "string", "enum": ["out", "in", "both"]},
                "rel_types": {"type": "array", "items": {"type": "string", "enum": list(RELATION_TYPES)}},
                "types": {
                    "type": "array",
                    "items": {"type": "string", "enum": list(CI_TYPES)},
                    "description": "keep only CIs of these types in the result",
                },
                "count": {"type": "boolean", "description": "answer with the number of CIs"},
            },
            "required": ["op", "ci"],
            "additionalProperties": False,
        },
    },
    "rca": {
        "description": "Root-cause analysis: rank a CI and everything it depends on as causes of a problem "
        "around a time (metric deviations from baseline, onset order, events).",
        "args_schema": {
            "type": "object",
            "properties": {
                "ci": {"type": "string", "description": "the CI that had the problem"},
                "at": {**_TIME, "description": "when the problem was observed"},
                "window_minutes": {"type": "integer", "minimum": 5, "maximum": 720},
                "metric": {"type": "string", "description": "the symptom metric, if named"},
                "start": {**_TIME, "description": "a window to scan for the CI's onset (with end)"},
                "end": _TIME,
            },
            "required": ["ci", "at"],
            "additionalProperties": False,
        },
    },
}


def default_policy() -> dict[str, Any]:
    """The seeded OPS limits."""
    return {
        "max_rows": 500,
        "max_window_hours": 744,
        "max_graph_depth": 6,
        "timeout_ms": 10_000,
        "max_steps": 6,
        "allowed_tools": {
            "admin": [*BASE_TOOLS, "sql_query"],
            "operator": [*BASE_TOOLS, "sql_query"],
            "viewer": list(BASE_TOOLS),
        },
    }


def attribute_keys(session: Session, limit: int = 40) -> list[str]:
    """The most common keys of `cis.attributes`."""
    rows = session.execute(
        text(
            "SELECT k FROM cis, jsonb_object_keys(attributes) AS k "
            "GROUP BY k ORDER BY count(*) DESC, k LIMIT :n"
        ),
        {"n": limit},
    )
    return [row[0] for row in rows]


def build_catalog(session: Session) -> dict[str, Any]:
    """The catalog content from the metric catalog table, the CMDB vocabularies and attribute keys."""
    observed = attribute_keys(session)
    keys = observed + [k for k in ATTRIBUTE_DESCRIPTIONS if k not in observed]
    return {
        "metrics": metric_catalog(session),
        "ci_types": list(CI_TYPES),
        "environments": list(ENVIRONMENTS),
        "statuses": list(CI_STATUSES),
        "relation_types": list(RELATION_TYPES),
        "severities": list(SEVERITIES),
        "attributes": [{"name": k, "description": ATTRIBUTE_DESCRIPTIONS.get(k, "")} for k in keys],
    }


def ops_seed_assets(session: Session) -> list[SeedAsset]:
    """The OPS assets seeded on first start: planner prompt, catalog, policy and one per tool."""
    items: list[SeedAsset] = [
        SeedAsset(
            "prompt",
            "ops.planner",
            "System prompt of the LLM planner: question → plan JSON ({variable} placeholders)",
            {"template": PLANNER_PROMPT, "variables": ["now", "lang", "tools", "catalog", "policy"]},
        ),
        SeedAsset(
            "catalog", "ops.catalog", "Metrics, CI vocabularies and attribute keys", build_catalog(session)
        ),
        SeedAsset(
            "policy", "ops.policy", "Limits on OPS plans and the tools each role may use", default_policy()
        ),
    ]
    for name, tool in TOOLS.items():
        items.append(SeedAsset("tool", name, tool["description"], {"name": name, **tool}))
    return items

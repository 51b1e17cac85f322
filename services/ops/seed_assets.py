"""The OPS assets seeded on first start (published v1): planner prompt, catalog, policy and tools.

Registered with the asset registry's seeding by `services.ops.install`; only missing assets are
created, so edits made through the registry survive restarts. When the contracts or the default prompt
change, a data migration calls `republish_unedited` with the fingerprints of the earlier seeds: an
install that still publishes an earlier seed gets the current one, an admin's edit is left alone.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

from sqlalchemy import Connection, text
from sqlmodel import Session

from services.asset_registry import cache
from services.asset_registry.reads import published_content
from services.asset_registry.schemas import validate_content
from services.asset_registry.seeding import SeedAsset
from services.asset_registry.service import publish_content
from services.core.errors import NotFound
from services.core.security import SYSTEM
from services.infra.models import CI_STATUSES, CI_TYPES, ENVIRONMENTS, RELATION_TYPES, SEVERITIES
from services.infra.queries import metric_catalog
from services.ops.planner.llm_prompt import DEFAULT_PROMPT
from services.ops.policy import DEFAULT_POLICY
from services.ops.tools.contracts import CONTRACTS, seed_content

log = logging.getLogger(__name__)
NOTE = "seeded default, regenerated from the current code"

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


def planner_seeds() -> list[SeedAsset]:
    """The seeds generated from code: the planner prompt and one `tool` asset per contract."""
    prompt = SeedAsset(
        "prompt",
        "ops.planner",
        "System prompt of the LLM planner: question → a submit_plan tool call ({variable} placeholders)",
        DEFAULT_PROMPT,
    )
    tools = [SeedAsset("tool", name, (c := seed_content(name))["description"], c) for name in CONTRACTS]
    return [prompt, *tools]


def ops_seed_assets(session: Session) -> list[SeedAsset]:
    """The OPS assets seeded on first start: planner prompt, catalog, policy and one per tool."""
    prompt, *tools = planner_seeds()
    return [
        prompt,
        SeedAsset(
            "catalog", "ops.catalog", "Metrics, CI vocabularies and attribute keys", build_catalog(session)
        ),
        SeedAsset(
            "policy",
            "ops.policy",
            "Limits on OPS plans, the tools each role may use and refusals by category",
            DEFAULT_POLICY,
        ),
        *tools,
    ]


def fingerprint(content: dict[str, Any]) -> str:
    """SHA-256 of `content` as canonical JSON (sorted keys): equal for byte-equal stored versions."""
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def republish_unedited(session: Session, earlier: dict[tuple[str, str], frozenset[str]]) -> list[str]:
    """Publish the current seed of every planner seed whose published version is one of its `earlier`
    seeds (fingerprints by kind and name), i.e. never edited; returns the `kind/name` republished.
    A published version that is neither current nor an earlier seed was edited: it stays, with a
    warning."""
    republished = []
    for seed in planner_seeds():
        try:
            published = fingerprint(published_content(session, seed.kind, seed.name))
        except NotFound:  # not seeded yet: the next start seeds the current version
            continue
        where = f"{seed.kind}/{seed.name}"
        if published == fingerprint(validate_content(seed.kind, seed.content)):
            continue
        if published not in earlier.get((seed.kind, seed.name), frozenset()):
            log.warning("%s was edited: left as published; the new default is not applied", where)
            continue
        publish_content(
            session, actor=SYSTEM, kind=seed.kind, name=seed.name, content=seed.content, note=NOTE
        )
        republished.append(where)
    return republished


def republish_in_migration(connection: Connection, earlier: dict[tuple[str, str], frozenset[str]]) -> None:
    """`republish_unedited` inside an alembic migration's transaction, then the asset cache is dropped."""
    with Session(bind=connection) as session:  # joins the migration's transaction
        republish_unedited(session, earlier)
        session.flush()
    cache.invalidate()

"""Metric sources: the infrastructure store, HTTP GET + JSONPath, a Prometheus instant query.

Each source reads the values of one rule at `now` as `Sample`s, one per alert instance, keyed by the
labels that identify it (`{"ci": name}` per CI, a Prometheus series' labels without `__name__`, none
for one HTTP value). A value of None is "no data" for that instance; a failing source raises
`SourceError` (the rule's error policy applies). The internal store aggregates over the window
itself; the other sources return the current value and the evaluator keeps the window per instance.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import text
from sqlmodel import Session

from services.cep.schema import Condition, HttpSource, InternalSource, PrometheusSource
from services.infra import queries

STALE_AFTER = timedelta(minutes=10)  # the newest internal sample older than this is no data
MAX_SERIES = 1000
MAX_RESPONSE_BYTES = 2_000_000


class SourceError(Exception):
    """The source could not be read (unreachable, bad answer, unknown CI or metric)."""


@dataclass
class Sample:
    """One instance's reading: identifying labels, the value (None = no data), whether it is windowed."""

    labels: dict[str, str]
    value: float | None
    ci: str | None = None
    aggregated: bool = False  # True when `value` is already the window aggregation
    resolved: bool = False  # an event that says "resolved"
    extra: dict[str, Any] = field(default_factory=dict)


def expected_labels(source: InternalSource | HttpSource | PrometheusSource) -> list[dict[str, str]]:
    """Instances a source always has (one CI, one HTTP value); selectors and Prometheus have none fixed."""
    if isinstance(source, InternalSource) and source.ci:
        return [{"ci": source.ci}]
    if isinstance(source, HttpSource):
        return [{}]
    return []


def read(
    session: Session,
    source: InternalSource | HttpSource | PrometheusSource,
    condition: Condition,
    now: datetime,
) -> list[Sample]:
    """The samples of `source` at `now`; SourceError when it cannot be read."""
    if isinstance(source, InternalSource):
        return read_internal(session, source, condition, now)
    if isinstance(source, HttpSource):
        return [Sample({}, read_http(source))]
    return read_prometheus(source, now)


# --- internal store --------------------------------------------------------------------------------------


def selected_cis(session: Session, source: InternalSource) -> list[str]:
    """The CI names a source names or selects (type, environment, attribute labels)."""
    if source.ci:
        if session.execute(text("SELECT 1 FROM cis WHERE name = :n"), {"n": source.ci}).first() is None:
            raise SourceError(f"unknown CI '{source.ci}'")
        return [source.ci]
    assert source.selector is not None
    where, params = ["true"], {}
    if source.selector.type:
        where.append("type = :type")
        params["type"] = source.selector.type
    if source.selector.environment:
        where.append("environment = :env")
        params["env"] = source.selector.environment
    if source.selector.labels:
        where.append("attributes @> CAST(:labels AS jsonb)")
        import json

        params["labels"] = json.dumps(source.selector.labels)
    rows = session.execute(text(f"SELECT name FROM cis WHERE {' AND '.join(where)} ORDER BY name"), params)
    return [row[0] for row in rows]


def _rate(session: Session, ci: str, metric: str, start: datetime, end: datetime) -> float | None:
    rows = session.execute(
        text(
            "(SELECT s.ts, s.value FROM metric_samples s JOIN cis c ON c.id = s.ci_id "
            " JOIN metric_catalog m ON m.id = s.metric_id WHERE c.name = :ci AND m.name = :m "
            " AND s.ts > :start AND s.ts <= :end ORDER BY s.ts LIMIT 1) UNION ALL "
            "(SELECT s.ts, s.value FROM metric_samples s JOIN cis c ON c.id = s.ci_id "
            " JOIN metric_catalog m ON m.id = s.metric_id WHERE c.name = :ci AND m.name = :m "
            " AND s.ts > :start AND s.ts <= :end ORDER BY s.ts DESC LIMIT 1)"
        ),
        {"ci": ci, "m": metric, "start": start, "end": end},
    ).all()
    if len(rows) < 2 or rows[0][0] == rows[1][0]:
        return None
    return (float(rows[1][1]) - float(rows[0][1])) / (rows[1][0] - rows[0][0]).total_seconds()


def read_internal(
    session: Session, source: InternalSource, condition: Condition, now: datetime
) -> list[Sample]:
    """One sample per selected CI: the window aggregation, or the newest sample unless it is stale."""
    known = {row[0] for row in session.execute(text("SELECT name FROM metric_catalog"))}
    if source.metric not in known:
        raise SourceError(f"unknown metric '{source.metric}'")
    samples = []
    for ci in selected_cis(session, source):
        value: float | None
        if condition.aggregation and condition.window_seconds:
            start = now - timedelta(seconds=condition.window_seconds)
            if condition.aggregation == "rate":
                value = _rate(session, ci, source.metric, start, now)
            else:
                tick = timedelta(microseconds=1)  # the window is (now - window, now], as for polled values
                value = queries.window_aggregate(
                    session, ci, source.metric, condition.aggregation, start + tick, now + tick
                )
                if condition.aggregation == "count" and value is None:
                    value = 0.0
        else:
            newest = queries.latest(session, ci, source.metric, at=now)
            value = newest["value"] if newest and now - newest["ts"] <= STALE_AFTER else None
        samples.append(Sample({"ci": ci}, value, ci=ci, aggregated=True))
    return samples


# --- HTTP JSON -------------------------------------------------------------------------------------------


def _number(raw: Any, where: str) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise SourceError(f"{where} is not a number")
    try:
        value = float(raw)
    except ValueError as exc:
        raise SourceError(f"{where} is not a number") from exc
    if math.isnan(value) or math.isinf(value):
        raise SourceError(f"{where} is not a finite number")
    return value


def _get_json(
    url: str,
    *,
    params: dict[str, str] | None,
    headers: dict[str, str],
    timeout: float,
    json_errors: bool = False,
) -> Any:
    """The JSON answer of a GET; with `json_errors`, 4xx/5xx answers carrying JSON are returned too."""
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False) as client:
            response = client.get(url, params=params, headers=headers)
    except httpx.HTTPError as exc:
        raise SourceError(f"GET {url} failed: {type(exc).__name__}") from exc
    json_error = json_errors and response.headers.get("content-type", "").startswith("application/json")
    if response.status_code != 200 and not json_error:
        raise SourceError(f"GET {url} answered {response.status_code}")
    if len(response.content) > MAX_RESPONSE_BYTES:
        raise SourceError(f"GET {url} answered more than {MAX_RESPONSE_BYTES} bytes")
    try:
        return response.json()
    except ValueError as exc:
        raise SourceError(f"GET {url} did not answer JSON") from exc


def read_http(source: HttpSource) -> float | None:
    """The number at the source's JSONPath (None when the path matches nothing or null)."""
    from jsonpath_ng.ext import parse

    body = _get_json(source.url, params=None, headers=source.headers, timeout=source.timeout_seconds)
    found = [match.value for match in parse(source.json_path).find(body)]
    if not found or found[0] is None:
        return None
    return _number(found[0], f"the value at {source.json_path}")


# --- Prometheus ------------------------------------------------------------------------------------------


def read_prometheus(source: PrometheusSource, now: datetime) -> list[Sample]:
    """`/api/v1/query` at `now`: one sample per series of a vector (labels without `__name__`) or scalar."""
    body = _get_json(
        source.url.rstrip("/") + "/api/v1/query",
        params={"query": source.query, "time": f"{now.timestamp():.3f}"},
        headers={},
        timeout=source.timeout_seconds,
        json_errors=True,
    )
    if not isinstance(body, dict) or body.get("status") != "success":
        error = body.get("error") if isinstance(body, dict) else None
        raise SourceError(f"Prometheus query failed: {str(error)[:300]}")
    data = body.get("data") or {}
    kind, result = data.get("resultType"), data.get("result")
    if kind == "scalar" and isinstance(result, list) and len(result) == 2:
        return [Sample({}, _prom_value(result[1]))]
    if kind != "vector" or not isinstance(result, list):
        raise SourceError(f"Prometheus answered a {kind}; the query must give an instant vector")
    if len(result) > MAX_SERIES:
        raise SourceError(f"the query gave {len(result)} series; at most {MAX_SERIES} are evaluated")
    samples = []
    for series in result:
        labels = {str(k): str(v) for k, v in series.get("metric", {}).items() if k != "__name__"}
        samples.append(Sample(labels, _prom_value(series["value"][1]), ci=labels.get("ci")))
    return samples


def _prom_value(raw: Any) -> float | None:
    value = float(raw)
    return None if math.isnan(value) else value

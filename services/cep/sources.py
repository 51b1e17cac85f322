"""Metric sources: the infrastructure store, HTTP GET + JSONPath, a Prometheus instant query, the
platform's own metrics (`platform_source`).

Each source reads the values of one rule at `now` as `Sample`s, one per alert instance, keyed by the
labels that identify it (`{"ci": name}` per CI, a Prometheus series' labels without `__name__`, none
for one HTTP value). A value of None is "no data" for that instance; a failing source raises
`SourceError` (the rule's error policy applies). The internal store aggregates over the window
itself; the other sources return the current value and the evaluator keeps the window per instance.
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import text
from sqlmodel import Session

from services.cep import platform_source
from services.cep.schema import (
    Condition,
    HttpSource,
    InternalSource,
    PlatformSource,
    PrometheusSource,
    json_path,
)

AnySource = InternalSource | HttpSource | PrometheusSource | PlatformSource

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


def expected_labels(source: AnySource) -> list[dict[str, str]]:
    """Instances a source always has (one CI, one HTTP or platform value); selectors and Prometheus have
    none fixed."""
    if isinstance(source, InternalSource) and source.ci:
        return [{"ci": source.ci}]
    if isinstance(source, HttpSource | PlatformSource):
        return [{}]
    return []


def read(
    session: Session,
    source: AnySource,
    condition: Condition,
    now: datetime,
) -> list[Sample]:
    """The samples of `source` at `now`; SourceError when it cannot be read."""
    if isinstance(source, InternalSource):
        return read_internal(session, source, condition, now)
    if isinstance(source, HttpSource | PrometheusSource):
        return read_remote(source, now)
    if isinstance(source, PlatformSource):
        try:
            return [Sample({}, platform_source.value(session, source.metric, now))]
        except KeyError as exc:
            raise SourceError(f"unknown platform metric {source.metric!r}") from exc
    raise SourceError(f"unknown source kind {type(source).__name__}")


def read_remote(source: HttpSource | PrometheusSource, now: datetime) -> list[Sample]:
    """The samples of a source outside the database (no session needed)."""
    return samples_of(source, get_json(remote_request(source, now)))


# --- internal store --------------------------------------------------------------------------------------


def _selector_sql(source: InternalSource, params: dict[str, Any]) -> str:
    """The WHERE clause (on alias `c`) choosing the source's CIs."""
    if source.ci:
        params["ci"] = source.ci
        return "c.name = :ci"
    assert source.selector is not None
    where = ["true"]
    if source.selector.type:
        where.append("c.type = :type")
        params["type"] = source.selector.type
    if source.selector.environment:
        where.append("c.environment = :env")
        params["env"] = source.selector.environment
    if source.selector.owner:
        where.append("c.owner = :owner")
        params["owner"] = source.selector.owner
    if source.selector.labels:
        where.append("c.attributes @> CAST(:labels AS jsonb)")
        params["labels"] = json.dumps(source.selector.labels)
    return " AND ".join(where)


# The per-CI reading at a moment `{at}`, window start `{start}` (SQL expressions: parameters for one
# evaluation, a column of evaluation moments for a backtest's series).
_LATEST = (
    "SELECT s.ts AS ts, s.value AS value FROM metric_samples s WHERE s.ci_id = c.id AND s.metric_id = :m "
    "AND s.ts <= {at} ORDER BY s.ts DESC LIMIT 1"
)
_RATE = (
    "SELECT (array_agg(s.value ORDER BY s.ts DESC))[1] - (array_agg(s.value ORDER BY s.ts))[1] AS change, "
    "extract(epoch FROM max(s.ts) - min(s.ts)) AS seconds FROM metric_samples s "
    "WHERE s.ci_id = c.id AND s.metric_id = :m AND s.ts > {start} AND s.ts <= {at}"
)
_AGG = (
    "SELECT {fn}(s.value) AS value FROM metric_samples s "
    "WHERE s.ci_id = c.id AND s.metric_id = :m AND s.ts > {start} AND s.ts <= {at}"
)


def _metric_id(session: Session, metric: str) -> int:
    metric_id = session.execute(text("SELECT id FROM metric_catalog WHERE name = :n"), {"n": metric}).scalar()
    if metric_id is None:
        raise SourceError(f"unknown metric '{metric}'")
    return int(metric_id)


def _reading_sql(condition: Condition, params: dict[str, Any], at: str) -> tuple[str, str]:
    """(the lateral subquery, the value it picks) reading one CI at the moment `at`: the window
    aggregation over (at - w, at], or the newest sample unless it is older than STALE_AFTER."""
    agg = condition.aggregation if condition.window_seconds else None
    params["window"] = condition.window_seconds or 0
    start = f"({at} - make_interval(secs => :window))"
    if agg == "rate":
        return _RATE.format(at=at, start=start), "CASE WHEN a.seconds > 0 THEN a.change / a.seconds END"
    if agg:
        return _AGG.format(fn=agg, at=at, start=start), "a.value"
    params["stale"] = STALE_AFTER.total_seconds()
    return _LATEST.format(at=at), f"CASE WHEN a.ts >= {at} - make_interval(secs => :stale) THEN a.value END"


def read_internal(
    session: Session, source: InternalSource, condition: Condition, now: datetime
) -> list[Sample]:
    """One sample per selected CI in one query (the reading of `_reading_sql` at `now`)."""
    params: dict[str, Any] = {"m": _metric_id(session, source.metric), "now": now}
    where = _selector_sql(source, params)
    lateral, pick = _reading_sql(condition, params, "CAST(:now AS timestamptz)")
    rows = session.execute(
        text(
            f"SELECT c.name, {pick} FROM cis c LEFT JOIN LATERAL ({lateral}) a ON true WHERE {where} ORDER BY c.name"
        ),
        params,
    ).all()
    if source.ci and not rows:
        raise SourceError(f"unknown CI '{source.ci}'")
    return [
        Sample({"ci": name}, float(value) if value is not None else None, ci=name, aggregated=True)
        for name, value in rows
    ]


def read_internal_series(
    session: Session, source: InternalSource, condition: Condition, moments: list[datetime]
) -> dict[datetime, list[Sample]]:
    """`read_internal` at every one of `moments`, in one query (a backtest's history)."""
    params: dict[str, Any] = {"m": _metric_id(session, source.metric), "moments": moments}
    where = _selector_sql(source, params)
    lateral, pick = _reading_sql(condition, params, "g.at")
    rows = session.execute(
        text(
            f"SELECT g.at, c.name, {pick} FROM unnest(CAST(:moments AS timestamptz[])) AS g(at) "
            f"CROSS JOIN cis c LEFT JOIN LATERAL ({lateral}) a ON true WHERE {where} ORDER BY g.at, c.name"
        ),
        params,
    ).all()
    if source.ci and not rows:
        raise SourceError(f"unknown CI '{source.ci}'")
    out: dict[datetime, list[Sample]] = {moment: [] for moment in moments}
    by_instant = {moment.timestamp(): moment for moment in moments}
    for at, name, value in rows:
        sample = Sample({"ci": name}, float(value) if value is not None else None, ci=name, aggregated=True)
        out[by_instant[at.timestamp()]].append(sample)
    return out


def selected_cis(session: Session, source: InternalSource) -> int:
    """How many CIs the source reads."""
    params: dict[str, Any] = {}
    where = _selector_sql(source, params)
    return int(session.execute(text(f"SELECT count(*) FROM cis c WHERE {where}"), params).scalar() or 0)


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


_shared: httpx.Client | None = None
_shared_lock = threading.Lock()


def _client() -> httpx.Client:
    """One pooled client for every source read (building one loads the CA store: ~80 ms)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = httpx.Client(
                follow_redirects=False, trust_env=False, limits=httpx.Limits(max_connections=200)
            )
        return _shared


def _connect_address(url: httpx.URL) -> str:
    """The checked IP to connect to for `url` (internal addresses only when `cep_source_allowed_networks`
    allows them; resolved once, so DNS cannot change the answer between the check and the request)."""
    from services.api_manager.netguard import Allowlist, BlockedAddress, checked_address
    from services.cep.rule_settings import SOURCE_ALLOWED_NETWORKS
    from services.core import settings_registry

    if url.scheme not in ("http", "https") or not url.host or url.userinfo:
        raise SourceError("the URL must be http(s)://host/… without credentials")
    allowlist = Allowlist.parse(str(settings_registry.get(SOURCE_ALLOWED_NETWORKS) or ""))
    try:
        return str(checked_address(url.host, url.port or (443 if url.scheme == "https" else 80), allowlist))
    except BlockedAddress as exc:
        raise SourceError(f"blocked: {exc}") from exc


@dataclass(frozen=True)
class RemoteRequest:
    """One GET a remote source makes (hashable: rules asking the same thing in one tick share it)."""

    url: str
    params: tuple[tuple[str, str], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    timeout: float = 5.0
    json_errors: bool = False  # 4xx/5xx answers carrying JSON are answers too (Prometheus errors)


def remote_request(source: HttpSource | PrometheusSource, now: datetime) -> RemoteRequest:
    """The GET that reads `source` at `now`."""
    if isinstance(source, HttpSource):
        return RemoteRequest(source.url, (), tuple(sorted(source.headers.items())), source.timeout_seconds)
    params = (("query", source.query), ("time", f"{now.timestamp():.3f}"))
    return RemoteRequest(source.url.rstrip("/") + "/api/v1/query", params, (), source.timeout_seconds, True)


@dataclass(frozen=True)
class Prepared:
    """A request aimed at the address the SSRF guard checked (the host name kept for Host and SNI)."""

    target: httpx.URL
    host: str  # the URL's host name
    headers: dict[str, str]
    extensions: dict[str, Any]


def prepare(request: RemoteRequest) -> Prepared:
    """`request` aimed at its checked address (blocking: it may resolve the host name)."""
    try:
        target = httpx.URL(request.url)
    except httpx.InvalidURL as exc:
        raise SourceError(f"invalid URL: {exc}") from exc
    address = _connect_address(target)
    host = target.host if target.port is None else f"{target.host}:{target.port}"
    return Prepared(
        target.copy_with(host=address),
        target.host,
        {**dict(request.headers), "Host": host},
        {"sni_hostname": target.host} if target.scheme == "https" else {},
    )


def decode(request: RemoteRequest, status: int, content_type: str, content: bytes) -> Any:
    """The JSON of an answer to `request`; SourceError for a failed, oversized or non-JSON answer."""
    json_error = request.json_errors and content_type.startswith("application/json")
    if status != 200 and not json_error:
        raise SourceError(f"GET {request.url} answered {status}")
    if len(content) > MAX_RESPONSE_BYTES:
        raise SourceError(f"GET {request.url} answered more than {MAX_RESPONSE_BYTES} bytes")
    try:
        return json.loads(content)
    except ValueError as exc:
        raise SourceError(f"GET {request.url} did not answer JSON") from exc


def get_json(request: RemoteRequest) -> Any:
    """The JSON answer of `request`, on the shared blocking client."""
    prepared = prepare(request)
    client = _client()
    try:
        built = client.build_request(
            "GET",
            prepared.target,
            params=dict(request.params),
            headers=prepared.headers,
            timeout=request.timeout,
            extensions=prepared.extensions,
        )
        response = client.send(built)
    except httpx.HTTPError as exc:
        raise SourceError(f"GET {request.url} failed: {type(exc).__name__}") from exc
    return decode(request, response.status_code, response.headers.get("content-type", ""), response.content)


def samples_of(source: HttpSource | PrometheusSource, body: Any) -> list[Sample]:
    """The samples in a remote source's JSON answer."""
    if isinstance(source, HttpSource):
        return [Sample({}, http_value(source, body))]
    return prometheus_samples(body)


def http_value(source: HttpSource, body: Any) -> float | None:
    """The number at the source's JSONPath (None when the path matches nothing or null)."""
    found = [match.value for match in json_path(source.json_path).find(body)]
    if not found or found[0] is None:
        return None
    return _number(found[0], f"the value at {source.json_path}")


# --- Prometheus ------------------------------------------------------------------------------------------


def prometheus_samples(body: Any) -> list[Sample]:
    """One sample per series of an `/api/v1/query` vector answer (labels without `__name__`), or its scalar."""
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

"""Read queries over the CMDB, metric samples and events: the one module every domain uses.

Every per-CI metric query names one CI, one metric and a time window, so it runs as a range scan of
the primary key (ci_id, metric_id, ts). Estate-wide queries (top-N, thresholds) do the same once per
candidate CI through a LATERAL join instead of scanning the whole time range of the table.
Windows are half-open: [start, end). Naive datetimes are taken as UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.core.clock import utcnow
from services.core.errors import NotFound, ValidationFailed
from services.infra.attribute_filter import attribute_filter_sql
from services.infra.models import CI_STATUSES, CI_TYPES, ENVIRONMENTS, SEVERITIES

AGGREGATES: dict[str, str] = {
    "avg": "avg(s.value)",
    "min": "min(s.value)",
    "max": "max(s.value)",
    "sum": "sum(s.value)",
    "count": "count(s.value)",
    "p95": "percentile_cont(0.95) WITHIN GROUP (ORDER BY s.value)",
    "last": "(array_agg(s.value ORDER BY s.ts DESC))[1]",  # the newest sample in the window
}
OPERATORS = (">", ">=", "<", "<=")
CI_FILTERS = ("type", "environment", "owner", "location", "status", "attributes", "names", "described")
CASELESS_FILTERS = ("environment", "owner", "location")  # free-text facets, compared case-insensitively
_FILTER_VALUES: dict[str, tuple[str, ...]] = {
    "type": CI_TYPES,
    "environment": ENVIRONMENTS,
    "status": CI_STATUSES,
}
SEVERITY_RANK: dict[str, int] = {
    name: rank for rank, name in enumerate(reversed(SEVERITIES))
}  # info=0 … critical=4

_catalog_cache: dict[str, list[dict[str, Any]]] = {}


# --- helpers -------------------------------------------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _window(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    start, end = _utc(start), _utc(end)
    if end < start:
        raise ValidationFailed(f"window end {end.isoformat()} is before its start {start.isoformat()}")
    return start, end


def _agg_sql(agg: str) -> str:
    try:
        return AGGREGATES[agg]
    except KeyError:
        raise ValidationFailed(
            f"unknown aggregate '{agg}'; expected one of {', '.join(AGGREGATES)}"
        ) from None


def _number(value: Any, agg: str) -> float | None:
    if value is None:
        return None
    return int(value) if agg == "count" else float(value)


def _ci_id(session: Session, name: str) -> int:
    row = session.execute(text("SELECT id FROM cis WHERE name = :n"), {"n": name}).first()
    if row is None:
        raise NotFound(f"unknown CI '{name}'")
    return int(row[0])


def _metric(session: Session, name: str) -> tuple[int, str]:
    for entry in _catalog(session):
        if entry["name"] == name:
            return entry["id"], entry["unit"]
    known = ", ".join(e["name"] for e in _catalog(session))
    raise NotFound(f"unknown metric '{name}'; known metrics: {known}")


def _ci_filter_sql(filters: dict[str, Any] | None, params: dict[str, Any]) -> str:
    """`AND …` conditions on alias `c` (cis) for the allowed filter keys."""
    clauses = []
    for key, value in (filters or {}).items():
        if key not in CI_FILTERS:
            raise ValidationFailed(f"unknown CI filter '{key}'; expected one of {', '.join(CI_FILTERS)}")
        if value is None or value == "" or value == {}:
            continue
        if key == "attributes":
            clauses.append(attribute_filter_sql(value, params))
            continue
        if key == "names":  # exactly these CIs (a group a question described)
            params["f_names"] = list(value)
            clauses.append(" AND c.name = ANY(:f_names)")
            continue
        if key == "described":  # how the question described the `names` group: said, not filtered on
            continue
        allowed = _FILTER_VALUES.get(key)
        if allowed is not None and value not in allowed:
            raise ValidationFailed(f"unknown {key} '{value}'; expected one of {', '.join(allowed)}")
        params[f"f_{key}"] = value
        if key in CASELESS_FILTERS:  # people type `integration` for the owner `Integration`
            clauses.append(f" AND lower(c.{key}) = lower(:f_{key})")
        else:
            clauses.append(f" AND c.{key} = :f_{key}")
    return "".join(clauses)


# --- metric catalog and CMDB ----------------------------------------------------------------------------


def _catalog(session: Session) -> list[dict[str, Any]]:
    """The catalog rows (with ids), cached per database URL; the catalog changes only via migrations."""
    key = str(session.get_bind().engine.url)
    cached = _catalog_cache.get(key)
    if cached is None:
        rows = session.execute(
            text(
                "SELECT id, name, unit, description_ko, description_en, aliases_ko, aliases_en "
                "FROM metric_catalog ORDER BY id"
            )
        ).mappings()
        cached = [dict(row) for row in rows]
        _catalog_cache[key] = cached
    return cached


def metric_catalog(session: Session) -> list[dict[str, Any]]:
    """Every metric: name, unit, description_ko/en, aliases_ko/en."""
    return [
        {k: (list(v) if isinstance(v, list) else v) for k, v in row.items() if k != "id"}
        for row in _catalog(session)
    ]


def ci_names(session: Session) -> list[str]:
    """All CI names, sorted."""
    return [row[0] for row in session.execute(text("SELECT name FROM cis ORDER BY name"))]


def _ci_view(row: Any) -> dict[str, Any]:
    return {
        "name": row["name"],
        "type": row["type"],
        "environment": row["environment"],
        "owner": row["owner"],
        "location": row["location"],
        "status": row["status"],
        "attributes": row["attributes"] or {},
    }


def event_types(session: Session) -> list[str]:
    """The kinds of events recorded (deployment, restart, threshold_breach, …)."""
    return [row[0] for row in session.execute(text("SELECT DISTINCT type FROM events ORDER BY 1"))]


def ci_facets(session: Session) -> dict[str, list[str]]:
    """Distinct owners and locations in use (filter menus, the OPS planner's vocabulary)."""
    facets: dict[str, list[str]] = {}
    for column in ("owner", "location"):
        sql = f"SELECT DISTINCT {column} FROM cis WHERE {column} <> '' ORDER BY 1"
        facets[column] = [row[0] for row in session.execute(text(sql))]
    return facets


def get_ci(session: Session, name: str) -> dict[str, Any] | None:
    """One CI with its attributes and direct relations, or None when unknown."""
    row = session.execute(text("SELECT * FROM cis WHERE name = :n"), {"n": name}).mappings().first()
    if row is None:
        return None
    ci = _ci_view(row)
    ci["created_at"], ci["updated_at"] = row["created_at"], row["updated_at"]
    rels = session.execute(
        text(
            "SELECT 'out' AS dir, r.type, t.name AS other FROM ci_relations r "
            "JOIN cis t ON t.id = r.target_id WHERE r.source_id = :id UNION ALL "
            "SELECT 'in', r.type, s.name FROM ci_relations r "
            "JOIN cis s ON s.id = r.source_id WHERE r.target_id = :id "
            "ORDER BY 1, 2, 3"
        ),
        {"id": row["id"]},
    ).all()
    ci["relations"] = {
        "outgoing": [{"type": t, "target": other} for d, t, other in rels if d == "out"],
        "incoming": [{"type": t, "source": other} for d, t, other in rels if d == "in"],
    }
    return ci


def search_cis(
    session: Session,
    q: str | None = None,
    type: str | None = None,
    environment: str | None = None,
    owner: str | None = None,
    location: str | None = None,
    status: str | None = None,
    attributes: dict[str, Any] | None = None,
    names: list[str] | None = None,
    described: str | None = None,
    limit: int = 50,
    offset: int = 0,
    after: str | None = None,
    first: list[str] | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """CIs whose name contains `q` (case-insensitive) and match the filters (`attributes`: see
    `attribute_filter`), by name; plus the total.

    Page with `offset`, or with the keyset `after` (the last name of the previous page), which stays
    cheap however deep the page. `first` puts those names first, in its order (e.g. the CIs with firing
    alerts, worst first), the rest by name; it pages by `offset` only.
    """
    params: dict[str, Any] = {"limit": max(1, int(limit)), "offset": max(0, int(offset))}
    order = "c.name"
    if first:
        if after is not None:
            raise ValueError("search_cis pages an ordering by `first` with offset, not after")
        params["first"] = list(first)
        order = "array_position(CAST(:first AS text[]), c.name::text) NULLS LAST, c.name"
    where = "WHERE true" + _ci_filter_sql(
        {
            "type": type,
            "environment": environment,
            "owner": owner,
            "location": location,
            "status": status,
            "attributes": attributes,
            "names": names,
            "described": described,
        },
        params,
    )
    if q and q.strip():
        params["q"] = f"%{_like_escaped(q.strip())}%"
        where += " AND c.name ILIKE :q"
    total = int(session.execute(text(f"SELECT count(*) FROM cis c {where}"), params).scalar_one())
    page_where = where
    if after is not None:
        params["after"] = after
        page_where += " AND c.name > :after"
    rows = session.execute(
        text(f"SELECT c.* FROM cis c {page_where} ORDER BY {order} LIMIT :limit OFFSET :offset"), params
    ).mappings()
    return [_ci_view(row) for row in rows], total


def sum_attribute(session: Session, key: str, **filters: Any) -> tuple[float | None, int, int]:
    """The sum of attribute `key`'s numbers over the CIs matching `filters`: (sum or None when no CI
    holds a number there, the CIs that do, the CIs matching)."""
    params: dict[str, Any] = {"key": key}
    where = "WHERE true" + _ci_filter_sql(filters, params)
    numeric = "jsonb_typeof(c.attributes -> :key) = 'number'"
    total, counted, added = session.execute(
        text(
            f"SELECT count(*), count(*) FILTER (WHERE {numeric}), "
            f"sum((c.attributes ->> :key)::numeric) FILTER (WHERE {numeric}) FROM cis c {where}"
        ),
        params,
    ).one()
    return (None if added is None else float(added)), int(counted), int(total)


# --- metrics ---------------------------------------------------------------------------------------------


def latest(session: Session, ci: str, metric: str, at: datetime | None = None) -> dict[str, Any] | None:
    """The last sample of `metric` on `ci` at or before `at` (default now), or None when there is none."""
    ci_id = _ci_id(session, ci)
    metric_id, unit = _metric(session, metric)
    row = session.execute(
        text(
            "SELECT ts, value FROM metric_samples WHERE ci_id = :c AND metric_id = :m AND ts <= :at "
            "ORDER BY ts DESC LIMIT 1"
        ),
        {"c": ci_id, "m": metric_id, "at": _utc(at or utcnow())},
    ).first()
    if row is None:
        return None
    return {"ci": ci, "metric": metric, "value": float(row[1]), "ts": row[0], "unit": unit}


def window_aggregate(
    session: Session, ci: str, metric: str, agg: str, start: datetime, end: datetime
) -> float | None:
    """`agg` (avg, min, max, sum, count, p95) of `metric` on `ci` over [start, end); None without samples.

    count returns 0 for an empty window; p95 interpolates linearly between samples.
    """
    expr = _agg_sql(agg)
    start, end = _window(start, end)
    ci_id = _ci_id(session, ci)
    metric_id, _ = _metric(session, metric)
    value = session.execute(
        text(
            f"SELECT {expr} FROM metric_samples s WHERE s.ci_id = :c AND s.metric_id = :m "
            "AND s.ts >= :start AND s.ts < :end"
        ),
        {"c": ci_id, "m": metric_id, "start": start, "end": end},
    ).scalar_one()
    return _number(value, agg)


def _per_ci_aggregates(
    session: Session,
    metric: str,
    agg: str,
    start: datetime,
    end: datetime,
    filters: dict[str, Any] | None,
    extra: str,
    params: dict[str, Any],
) -> list[dict[str, Any]]:
    expr = _agg_sql(agg)
    start, end = _window(start, end)
    metric_id, _ = _metric(session, metric)
    params.update({"m": metric_id, "start": start, "end": end})
    where = _ci_filter_sql(filters, params)
    sql = (
        "SELECT c.name AS ci, a.value FROM cis c CROSS JOIN LATERAL ("
        f"  SELECT {expr} AS value, count(*) AS n FROM metric_samples s"
        "   WHERE s.ci_id = c.id AND s.metric_id = :m AND s.ts >= :start AND s.ts < :end) a"
        f" WHERE a.n > 0{where} {extra}"
    )
    return [{"ci": row[0], "value": _number(row[1], agg)} for row in session.execute(text(sql), params)]


def top_n(
    session: Session,
    metric: str,
    agg: str,
    start: datetime,
    end: datetime,
    n: int = 10,
    filters: dict[str, Any] | None = None,
    order: str = "desc",
) -> list[dict[str, Any]]:
    """The `n` CIs with the highest (order="desc") or lowest `agg` of `metric` over [start, end)."""
    if order not in ("asc", "desc"):
        raise ValidationFailed("order must be 'asc' or 'desc'")
    params: dict[str, Any] = {"n": max(1, int(n))}
    return _per_ci_aggregates(
        session,
        metric,
        agg,
        start,
        end,
        filters,
        f"ORDER BY a.value {order.upper()}, c.name LIMIT :n",
        params,
    )


def fleet_aggregate(
    session: Session,
    metric: str,
    agg: str,
    start: datetime,
    end: datetime,
    filters: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """`agg` of `metric` over every sample in [start, end) of the CIs matching `filters`, and how many CIs."""
    expr = _agg_sql(agg)
    start, end = _window(start, end)
    metric_id, _ = _metric(session, metric)
    params: dict[str, Any] = {"m": metric_id, "start": start, "end": end}
    where = _ci_filter_sql(filters, params)
    row = session.execute(
        text(
            f"SELECT {expr}, count(DISTINCT s.ci_id) FROM metric_samples s JOIN cis c ON c.id = s.ci_id "
            f"WHERE s.metric_id = :m AND s.ts >= :start AND s.ts < :end{where}"
        ),
        params,
    ).one()
    return {"value": _number(row[0], agg), "cis": int(row[1])}


def threshold(
    session: Session,
    metric: str,
    agg: str,
    op: str,
    value: float,
    start: datetime,
    end: datetime,
    filters: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """CIs whose `agg` of `metric` over [start, end) satisfies `<agg> <op> value`, most extreme first."""
    if op not in OPERATORS:
        raise ValidationFailed(f"unknown operator '{op}'; expected one of {', '.join(OPERATORS)}")
    direction = "DESC" if op.startswith(">") else "ASC"
    params: dict[str, Any] = {"v": float(value)}
    return _per_ci_aggregates(
        session,
        metric,
        agg,
        start,
        end,
        filters,
        f"AND a.value {op} :v ORDER BY a.value {direction}, c.name",
        params,
    )


def series(
    session: Session,
    ci: str,
    metric: str,
    start: datetime,
    end: datetime,
    step_seconds: int,
    agg: str = "avg",
) -> list[dict[str, Any]]:
    """`agg` of `metric` on `ci` per `step_seconds` bucket of [start, end), buckets aligned on `start`.

    Buckets without samples are omitted.
    """
    expr = _agg_sql(agg)
    if int(step_seconds) < 1:
        raise ValidationFailed("step must be at least 1 second")
    start, end = _window(start, end)
    ci_id = _ci_id(session, ci)
    metric_id, _ = _metric(session, metric)
    rows = session.execute(
        text(
            f"SELECT date_bin(make_interval(secs => :step), s.ts, :start) AS bucket, {expr} AS value "
            "FROM metric_samples s WHERE s.ci_id = :c AND s.metric_id = :m "
            "AND s.ts >= :start AND s.ts < :end "
            "GROUP BY bucket ORDER BY bucket"
        ),
        {"step": int(step_seconds), "c": ci_id, "m": metric_id, "start": start, "end": end},
    )
    return [{"ts": row[0], "value": _number(row[1], agg)} for row in rows]


# --- events ----------------------------------------------------------------------------------------------


def _severity_list(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    if value is None or value == "":
        return []
    names = [s.strip() for s in value.split(",")] if isinstance(value, str) else list(value)
    for name in names:
        if name not in SEVERITY_RANK:
            raise ValidationFailed(f"unknown severity '{name}'; expected one of {', '.join(SEVERITIES)}")
    return names


def _like_escaped(text_: str) -> str:
    """`text_` matched literally inside a LIKE pattern."""
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def events(
    session: Session,
    ci: str | None = None,
    severity: str | list[str] | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = 100,
    min_severity: str | None = None,
    event_type: str | None = None,
    before: tuple[datetime, int] | None = None,
    said: list[list[str]] | None = None,
) -> list[dict[str, Any]]:
    """Events newest first, filtered by CI, severity (one or several), minimum severity, type, [start, end)
    and `said`: groups of words, the message holding a word of every group (case-insensitive).

    `before` = (ts, id) of the last event of the previous page continues after it (keyset paging).
    """
    params: dict[str, Any] = {"limit": max(1, min(int(limit), 10_000))}
    where = ["true"]
    if ci:
        params["ci_id"] = _ci_id(session, ci)
        where.append("e.ci_id = :ci_id")
    severities = _severity_list(severity)
    if severities:
        params["sev"] = severities
        where.append("e.severity = ANY(:sev)")
    if min_severity:
        _severity_list(min_severity)
        floor = SEVERITY_RANK[min_severity]
        params["min_sev"] = [name for name, rank in SEVERITY_RANK.items() if rank >= floor]
        where.append("e.severity = ANY(:min_sev)")
    if event_type:
        params["etype"] = event_type
        where.append("e.type = :etype")
    if start is not None:
        params["start"] = _utc(start)
        where.append("e.ts >= :start")
    if end is not None:
        params["end"] = _utc(end)
        where.append("e.ts < :end")
    for n, words in enumerate(said or []):
        params[f"said{n}"] = [f"%{_like_escaped(w)}%" for w in words]
        # spaces left out on either side: "커넥션풀" is said of "커넥션 풀", "connection pool" of "connectionpool"
        params[f"said_unspaced{n}"] = [f"%{_like_escaped(w.replace(' ', ''))}%" for w in words]
        where.append(
            f"(e.message ILIKE ANY(:said{n}) OR replace(e.message, ' ', '') ILIKE ANY(:said_unspaced{n}))"
        )
    if before is not None:
        params["before_ts"], params["before_id"] = _utc(before[0]), int(before[1])
        where.append("(e.ts, e.id) < (:before_ts, :before_id)")
    rows = session.execute(
        text(
            "SELECT e.id, e.ts, c.name AS ci, e.severity, e.type, e.message FROM events e "
            f"JOIN cis c ON c.id = e.ci_id WHERE {' AND '.join(where)} "
            "ORDER BY e.ts DESC, e.id DESC LIMIT :limit"
        ),
        params,
    ).mappings()
    return [dict(row) for row in rows]

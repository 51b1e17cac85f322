"""Read queries over the CMDB and the metric catalog, and the helpers the metric and event queries share
(`metric_queries`, `event_queries`): every domain reads the estate through these three modules.

Windows are half-open: [start, end). Naive datetimes are taken as UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.core.errors import NotFound, ValidationFailed
from services.infra.attribute_filter import NOT_VALUE, attribute_filter_sql
from services.infra.models import CI_STATUSES, CI_TYPES, ENVIRONMENTS

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

_catalog_cache: dict[str, list[dict[str, Any]]] = {}


# --- helpers -------------------------------------------------------------------------------------------


def as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def checked_window(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    start, end = as_utc(start), as_utc(end)
    if end < start:
        raise ValidationFailed(f"window end {end.isoformat()} is before its start {start.isoformat()}")
    return start, end


def aggregate_sql(agg: str) -> str:
    try:
        return AGGREGATES[agg]
    except KeyError:
        raise ValidationFailed(
            f"unknown aggregate '{agg}'; expected one of {', '.join(AGGREGATES)}"
        ) from None


def aggregate_value(value: Any, agg: str) -> float | None:
    if value is None:
        return None
    return int(value) if agg == "count" else float(value)


def ci_id_of(session: Session, name: str) -> int:
    row = session.execute(text("SELECT id FROM cis WHERE name = :n"), {"n": name}).first()
    if row is None:
        raise NotFound(f"unknown CI '{name}'")
    return int(row[0])


def metric_of(session: Session, name: str) -> tuple[int, str]:
    for entry in _catalog(session):
        if entry["name"] == name:
            return entry["id"], entry["unit"]
    known = ", ".join(e["name"] for e in _catalog(session))
    raise NotFound(f"unknown metric '{name}'; known metrics: {known}")


def ci_filter_sql(filters: dict[str, Any] | None, params: dict[str, Any]) -> str:
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
        negated = str(value).startswith(NOT_VALUE)  # "!= prod": any other one
        value = str(value).removeprefix(NOT_VALUE).strip() if negated else value
        allowed = _FILTER_VALUES.get(key)
        if allowed is not None and value not in allowed:
            raise ValidationFailed(f"unknown {key} '{value}'; expected one of {', '.join(allowed)}")
        params[f"f_{key}"] = value
        compared = "<>" if negated else "="
        if key in CASELESS_FILTERS:  # people type `integration` for the owner `Integration`
            clauses.append(f" AND lower(c.{key}) {compared} lower(:f_{key})")
        else:
            clauses.append(f" AND c.{key} {compared} :f_{key}")
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
    where = "WHERE true" + ci_filter_sql(
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
        params["q"] = f"%{like_escaped(q.strip())}%"
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
    where = "WHERE true" + ci_filter_sql(filters, params)
    numeric = "jsonb_typeof(c.attributes -> :key) = 'number'"
    total, counted, added = session.execute(
        text(
            f"SELECT count(*), count(*) FILTER (WHERE {numeric}), "
            f"sum((c.attributes ->> :key)::numeric) FILTER (WHERE {numeric}) FROM cis c {where}"
        ),
        params,
    ).one()
    return (None if added is None else float(added)), int(counted), int(total)


def like_escaped(text_: str) -> str:
    """`text_` matched literally inside a LIKE pattern."""
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

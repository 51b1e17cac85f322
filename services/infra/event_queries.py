"""Event queries: events newest first, filtered by CI, severity, type, window and words said."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.core.errors import ValidationFailed
from services.infra.models import SEVERITIES
from services.infra.queries import as_utc, ci_id_of, like_escaped

SEVERITY_RANK: dict[str, int] = {
    name: rank for rank, name in enumerate(reversed(SEVERITIES))
}  # info=0 … critical=4


def _severity_list(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    if value is None or value == "":
        return []
    names = [s.strip() for s in value.split(",")] if isinstance(value, str) else list(value)
    for name in names:
        if name not in SEVERITY_RANK:
            raise ValidationFailed(f"unknown severity '{name}'; expected one of {', '.join(SEVERITIES)}")
    return names


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
        params["ci_id"] = ci_id_of(session, ci)
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
        params["start"] = as_utc(start)
        where.append("e.ts >= :start")
    if end is not None:
        params["end"] = as_utc(end)
        where.append("e.ts < :end")
    for n, words in enumerate(said or []):
        params[f"said{n}"] = [f"%{like_escaped(w)}%" for w in words]
        # spaces left out on either side: "커넥션풀" is said of "커넥션 풀", "connection pool" of "connectionpool"
        params[f"said_unspaced{n}"] = [f"%{like_escaped(w.replace(' ', ''))}%" for w in words]
        where.append(
            f"(e.message ILIKE ANY(:said{n}) OR replace(e.message, ' ', '') ILIKE ANY(:said_unspaced{n}))"
        )
    if before is not None:
        params["before_ts"], params["before_id"] = as_utc(before[0]), int(before[1])
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

"""The query module against the sample estate; every expectation is computed here from the CSV in Python."""

from __future__ import annotations

import csv
import json
import statistics
import uuid
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from services.core.errors import NotFound, ValidationFailed
from services.core.security import SYSTEM
from services.infra import event_queries, metric_queries
from services.infra import queries as q
from services.infra.importer import import_path
from tests.conftest import clone_database, drop_database

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "infra-small"
T0 = datetime(2026, 3, 1, tzinfo=UTC)
HOUR = timedelta(hours=1)


def _read(name: str) -> list[dict[str, str]]:
    with (SAMPLE / name).open(newline="") as handle:
        return list(csv.DictReader(handle))


def _ts(raw: str) -> datetime:
    return datetime.fromisoformat(raw)


METRICS = _read("metrics.csv")
EVENTS = _read("events.csv")
CIS = _read("cis.csv")
SAMPLES: dict[tuple[str, str], list[tuple[datetime, float]]] = defaultdict(list)
for _row in METRICS:
    SAMPLES[(_row["ci"], _row["metric"])].append((_ts(_row["ts"]), float(_row["value"])))


def values(ci: str, metric: str, start: datetime, end: datetime) -> list[float]:
    return [v for ts, v in SAMPLES[(ci, metric)] if start <= ts < end]


def p95(data: list[float]) -> float:
    """Linear interpolation between closest ranks (PostgreSQL percentile_cont, numpy's default)."""
    ordered = sorted(data)
    pos = 0.95 * (len(ordered) - 1)
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


@pytest.fixture(scope="module")
def loaded(pg_admin_url: str, template_url: str) -> Iterator[Session]:
    """One database with the sample imported, shared by the read-only tests of this module."""
    name = f"q_{uuid.uuid4().hex[:12]}"
    engine = create_engine(clone_database(pg_admin_url, name), poolclass=NullPool)
    with Session(engine) as session:
        report = import_path(session, SAMPLE, actor=SYSTEM)
        assert report.ok, report.to_dict()
        session.commit()
        yield session
    engine.dispose()
    drop_database(pg_admin_url, name)


def test_window_aggregates_match_python(loaded: Session) -> None:
    start, end = T0 + 6 * HOUR, T0 + 8 * HOUR
    data = values("db-01", "cpu_usage", start, end)
    assert len(data) == 24
    assert metric_queries.window_aggregate(loaded, "db-01", "cpu_usage", "avg", start, end) == pytest.approx(
        statistics.fmean(data)
    )
    assert metric_queries.window_aggregate(loaded, "db-01", "cpu_usage", "max", start, end) == pytest.approx(
        max(data)
    )
    assert metric_queries.window_aggregate(loaded, "db-01", "cpu_usage", "min", start, end) == pytest.approx(
        min(data)
    )
    assert metric_queries.window_aggregate(loaded, "db-01", "cpu_usage", "sum", start, end) == pytest.approx(
        sum(data)
    )
    assert metric_queries.window_aggregate(loaded, "db-01", "cpu_usage", "count", start, end) == 24
    assert metric_queries.window_aggregate(loaded, "db-01", "cpu_usage", "p95", start, end) == pytest.approx(
        p95(data)
    )
    empty = (T0 - 2 * HOUR, T0 - HOUR)
    assert metric_queries.window_aggregate(loaded, "db-01", "cpu_usage", "avg", *empty) is None
    assert metric_queries.window_aggregate(loaded, "db-01", "cpu_usage", "count", *empty) == 0


def test_latest_at_a_time(loaded: Session) -> None:
    at = T0 + timedelta(hours=6, minutes=7)
    expected_ts, expected = max(s for s in SAMPLES[("orders-db", "response_time_ms")] if s[0] <= at)
    got = metric_queries.latest(loaded, "orders-db", "response_time_ms", at=at)
    assert got == {
        "ci": "orders-db",
        "metric": "response_time_ms",
        "value": pytest.approx(expected),
        "ts": expected_ts,
        "unit": "ms",
    }
    exact = metric_queries.latest(loaded, "orders-db", "response_time_ms", at=expected_ts)
    assert exact is not None and exact["ts"] == expected_ts
    assert metric_queries.latest(loaded, "orders-db", "response_time_ms", at=T0 - HOUR) is None
    naive = metric_queries.latest(loaded, "orders-db", "response_time_ms", at=at.replace(tzinfo=None))
    assert naive is not None and naive["ts"] == expected_ts


def test_top_n_and_filters(loaded: Session) -> None:
    start, end = T0, T0 + 24 * HOUR
    averages = {ci: statistics.fmean(values(ci, m, start, end)) for (ci, m) in SAMPLES if m == "cpu_usage"}
    expected = sorted(averages.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    got = metric_queries.top_n(loaded, "cpu_usage", "avg", start, end, n=5)
    assert [r["ci"] for r in got] == [ci for ci, _ in expected]
    assert [r["value"] for r in got] == pytest.approx([v for _, v in expected])

    lowest = metric_queries.top_n(loaded, "cpu_usage", "avg", start, end, n=3, order="asc")
    assert [r["ci"] for r in lowest] == [
        ci for ci, _ in sorted(averages.items(), key=lambda kv: (kv[1], kv[0]))[:3]
    ]

    db_owned = {c["name"] for c in CIS if c["owner"] == "dba-team" and c["type"] == "host"}
    filtered = metric_queries.top_n(
        loaded, "cpu_usage", "max", start, end, n=100, filters={"owner": "dba-team", "type": "host"}
    )
    assert {r["ci"] for r in filtered} == db_owned & {ci for ci, _ in averages.items()}
    with pytest.raises(ValidationFailed):
        metric_queries.top_n(loaded, "cpu_usage", "avg", start, end, filters={"colour": "red"})


def test_threshold(loaded: Session) -> None:
    start, end = T0 + 6 * HOUR, T0 + 7 * HOUR
    maxima = {ci: max(d) for (ci, m) in SAMPLES if m == "cpu_usage" and (d := values(ci, m, start, end))}
    over = metric_queries.threshold(loaded, "cpu_usage", "max", ">", 80, start, end)
    assert {r["ci"] for r in over} == {ci for ci, v in maxima.items() if v > 80}
    assert over and [r["value"] for r in over] == sorted((r["value"] for r in over), reverse=True)
    under = metric_queries.threshold(
        loaded, "cpu_usage", "max", "<=", 20, start, end, filters={"environment": "prod"}
    )
    prod = {c["name"] for c in CIS if c["environment"] == "prod"}
    assert {r["ci"] for r in under} == {ci for ci, v in maxima.items() if v <= 20 and ci in prod}
    with pytest.raises(ValidationFailed):
        metric_queries.threshold(loaded, "cpu_usage", "max", "==", 1, start, end)


def test_series_buckets(loaded: Session) -> None:
    start, end = T0 + 6 * HOUR, T0 + 12 * HOUR
    points = metric_queries.series(loaded, "api-gateway", "response_time_ms", start, end, 3600)
    assert [p["ts"] for p in points] == [start + i * HOUR for i in range(6)]
    for p in points:
        bucket = values("api-gateway", "response_time_ms", p["ts"], p["ts"] + HOUR)
        assert len(bucket) == 12 and p["value"] == pytest.approx(statistics.fmean(bucket))
    counts = metric_queries.series(loaded, "api-gateway", "response_time_ms", start, end, 900, agg="count")
    assert len(counts) == 24 and {p["value"] for p in counts} == {3}


def test_events_filters(loaded: Session) -> None:
    all_orders = [e for e in EVENTS if e["ci"] == "orders-db"]
    got = event_queries.events(loaded, ci="orders-db")
    assert len(got) == len(all_orders) and all(e["ci"] == "orders-db" for e in got)
    assert [e["ts"] for e in got] == sorted((e["ts"] for e in got), reverse=True)
    majors = event_queries.events(loaded, severity="major", limit=1000)
    assert len(majors) == sum(1 for e in EVENTS if e["severity"] == "major")
    serious = event_queries.events(loaded, min_severity="major", limit=1000)
    assert len(serious) == sum(1 for e in EVENTS if e["severity"] in ("major", "critical"))
    start, end = T0 + 6 * HOUR, T0 + 8 * HOUR
    window = event_queries.events(loaded, start=start, end=end, limit=1000)
    assert len(window) == sum(1 for e in EVENTS if start <= _ts(e["ts"]) < end)
    assert len(event_queries.events(loaded, limit=5)) == 5
    both = event_queries.events(loaded, severity=["critical", "info"], limit=1000)
    assert len(both) == sum(1 for e in EVENTS if e["severity"] in ("critical", "info"))
    with pytest.raises(ValidationFailed):
        event_queries.events(loaded, severity="fatal")


def test_search_get_catalog_names(loaded: Session) -> None:
    hosts, total = q.search_cis(loaded, type="host", limit=10)
    all_hosts = sorted(c["name"] for c in CIS if c["type"] == "host")
    assert total == len(all_hosts) and [h["name"] for h in hosts] == all_hosts[:10]
    page2, _ = q.search_cis(loaded, type="host", limit=10, offset=10)
    keyset, _ = q.search_cis(loaded, type="host", limit=10, after=hosts[-1]["name"])
    assert page2 == keyset and [h["name"] for h in page2] == all_hosts[10:20]
    found, total = q.search_cis(loaded, q="DB", environment="prod")
    assert total == len(found) == sum(1 for c in CIS if "db" in c["name"] and c["environment"] == "prod")
    assert q.search_cis(loaded, q="%")[1] == 0  # wildcards are literal
    ci = q.get_ci(loaded, "app-01")
    assert ci is not None and ci["attributes"]["cpu_cores"] == 32 and ci["type"] == "host"
    relations = _read("relations.csv")
    assert sorted((r["type"], r["source"]) for r in relations if r["target"] == "app-01") == sorted(
        (r["type"], r["source"]) for r in ci["relations"]["incoming"]
    )
    assert sorted((r["type"], r["target"]) for r in relations if r["source"] == "app-01") == sorted(
        (r["type"], r["target"]) for r in ci["relations"]["outgoing"]
    )
    assert q.get_ci(loaded, "nope") is None
    catalog = q.metric_catalog(loaded)
    assert len(catalog) == 6 and {"name", "unit", "aliases_ko", "aliases_en", "description_en"} <= set(
        catalog[0]
    )
    assert q.ci_names(loaded) == sorted(c["name"] for c in CIS)


def test_a_value_not_wanted_matches_every_other_ci(loaded: Session) -> None:
    hosts = [c for c in CIS if c["type"] == "host"]
    ubuntu = {
        c["name"] for c in hosts if json.loads(c["attributes"] or "{}").get("os", "").startswith("ubuntu")
    }
    found, total = q.search_cis(loaded, type="host", attributes={"os": "!= ubuntu"}, limit=500)
    assert ubuntu and total == len(hosts) - len(ubuntu)  # hosts with another os, or none recorded
    assert not ubuntu & {c["name"] for c in found}


def test_a_list_of_values_matches_any_of_them(loaded: Session) -> None:
    hosts = [c for c in CIS if c["type"] == "host"]
    systems = sorted({json.loads(c["attributes"] or "{}").get("os", "") for c in hosts} - {""})
    asked = [systems[0].split("-")[0], systems[-1].split("-")[0]]  # two families ("ubuntu", "rocky")
    expected = {
        c["name"]
        for c in hosts
        if any(json.loads(c["attributes"] or "{}").get("os", "").startswith(word) for word in asked)
    }
    found, total = q.search_cis(loaded, type="host", attributes={"os": asked}, limit=500)
    assert (
        len(set(asked)) == 2
        and expected
        and {c["name"] for c in found} == expected
        and total == len(expected)
    )


def test_unknown_names_and_bad_arguments(loaded: Session) -> None:
    with pytest.raises(NotFound, match="unknown CI 'ghost'"):
        metric_queries.latest(loaded, "ghost", "cpu_usage")
    with pytest.raises(NotFound, match="unknown metric 'voltage'"):
        metric_queries.window_aggregate(loaded, "app-01", "voltage", "avg", T0, T0 + HOUR)
    with pytest.raises(ValidationFailed):
        metric_queries.window_aggregate(loaded, "app-01", "cpu_usage", "median", T0, T0 + HOUR)
    with pytest.raises(ValidationFailed):
        metric_queries.series(loaded, "app-01", "cpu_usage", T0 + HOUR, T0, 60)


def test_plans_use_the_primary_key(loaded: Session) -> None:
    """EXPLAIN the statements the query functions actually send: metric reads are PK range scans."""
    sent: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if "metric_samples" in statement:
            sent.append((statement, parameters))

    engine = loaded.get_bind()
    event.listen(engine, "before_cursor_execute", capture)
    try:
        metric_queries.latest(loaded, "app-01", "cpu_usage", at=T0 + HOUR)
        metric_queries.window_aggregate(loaded, "app-01", "cpu_usage", "avg", T0, T0 + HOUR)
        metric_queries.series(loaded, "app-01", "cpu_usage", T0, T0 + HOUR, 300)
        metric_queries.top_n(loaded, "cpu_usage", "avg", T0, T0 + HOUR, n=5)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert len(sent) == 4
    raw = loaded.connection().connection.driver_connection
    assert raw is not None
    for statement, parameters in sent:
        plan = "\n".join(r[0] for r in raw.execute(f"EXPLAIN {statement}", parameters))  # type: ignore[arg-type]
        assert "metric_samples_pkey" in plan, plan

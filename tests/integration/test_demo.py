"""Demo infrastructure: deterministic generation, a visible propagating incident, import, live simulator."""

from __future__ import annotations

import csv
import hashlib
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session

from services.core.security import SYSTEM
from services.infra.demo import DemoManifest, demo_wanted, generate_demo, has_cis, has_demo_cis, load_demo
from services.infra.simulator import DemoSimulator

END = datetime(2026, 3, 8, 6, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoManifest:
    return generate_demo(tmp_path_factory.mktemp("demo"), end=END, days=7, seed=42)


def rows(manifest: DemoManifest, name: str) -> list[dict[str, str]]:
    with (manifest.out_dir / name).open(newline="") as handle:
        return list(csv.DictReader(handle))


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_generation_is_deterministic_by_seed(demo: DemoManifest, tmp_path: Path) -> None:
    again = generate_demo(tmp_path / "again", end=END, days=7, seed=42)
    assert digest(again.out_dir) == digest(demo.out_dir)
    other = generate_demo(tmp_path / "other", end=END, days=1, seed=7)
    assert digest(other.out_dir)["cis.csv"] == digest(demo.out_dir)["cis.csv"]  # the estate is fixed
    assert digest(other.out_dir)["metrics.csv"] != digest(demo.out_dir)["metrics.csv"]


def test_counts_and_shape_are_plausible(demo: DemoManifest) -> None:
    cis = rows(demo, "cis.csv")
    assert 90 <= len(cis) <= 120
    assert {c["type"] for c in cis} == {
        "host",
        "service",
        "database",
        "cache",
        "queue",
        "load_balancer",
        "storage",
    }
    assert {c["environment"] for c in cis} == {"prod", "staging", "dev"}
    assert {"seoul-1", "busan-1"} <= {c["location"] for c in cis}
    assert len({c["owner"] for c in cis}) >= 5
    relations = Counter(r["type"] for r in rows(demo, "relations.csv"))
    assert relations["RUNS_ON"] >= 40 and relations["DEPENDS_ON"] >= 40 and relations["CONNECTS_TO"] >= 2
    assert demo.counts["metrics"] > 500_000  # 7 days × 288 samples × ~330 series
    stamps = {demo.start, demo.end}
    assert demo.end == END and demo.end - demo.start == timedelta(days=7) - timedelta(minutes=5), stamps
    events = rows(demo, "events.csv")
    assert 80 <= len(events) <= 400
    assert {"deployment", "backup", "threshold_breach"} <= {e["type"] for e in events}


def test_business_hours_are_busier_than_night(demo: DemoManifest) -> None:
    by_hour: dict[int, list[float]] = defaultdict(list)
    for row in rows(demo, "metrics.csv"):
        if row["ci"] == "api-gateway" and row["metric"] == "request_rate":
            kst_hour = (datetime.fromisoformat(row["ts"].replace("Z", "+00:00")).hour + 9) % 24
            by_hour[kst_hour].append(float(row["value"]))
    mean = {h: sum(v) / len(v) for h, v in by_hour.items()}
    assert mean[11] > 3 * mean[4]
    assert mean[15] > 3 * mean[4]


def test_incident_propagates_from_root_to_dependents(demo: DemoManifest) -> None:
    incident = demo.incident
    assert incident.root == "orders-db"
    assert incident.affected["order-service"] == 1 and incident.affected["api-gateway"] == 2
    assert END - timedelta(hours=7) < incident.start < END - timedelta(hours=5)

    rt: dict[str, list[tuple[datetime, float]]] = defaultdict(list)
    for row in rows(demo, "metrics.csv"):
        if row["metric"] == "response_time_ms" and row["ci"] in ("orders-db", "order-service", "api-gateway"):
            rt[row["ci"]].append(
                (datetime.fromisoformat(row["ts"].replace("Z", "+00:00")), float(row["value"]))
            )

    def baseline(ci: str) -> float:  # same clock time, previous day
        values = [
            v
            for ts, v in rt[ci]
            if incident.start - timedelta(days=1) <= ts < incident.mitigated - timedelta(days=1)
        ]
        return sum(values) / len(values)

    def first_anomaly(ci: str) -> datetime:
        limit = 2.5 * baseline(ci)
        return min(ts for ts, v in rt[ci] if ts >= incident.start - timedelta(hours=1) and v > limit)

    during = {
        ci: [v for ts, v in rt[ci] if incident.start + timedelta(minutes=20) <= ts < incident.mitigated]
        for ci in rt
    }
    for ci in rt:
        assert sum(during[ci]) / len(during[ci]) > 2.5 * baseline(ci), ci
    assert first_anomaly("orders-db") < first_anomaly("order-service") < first_anomaly("api-gateway")
    # Recovered an hour after mitigation.
    after = [v for ts, v in rt["order-service"] if ts >= incident.end + timedelta(minutes=30)]
    assert max(after) < 2 * baseline("order-service")

    events = rows(demo, "events.csv")
    window = [
        e
        for e in events
        if incident.start - timedelta(hours=3)
        <= datetime.fromisoformat(e["ts"].replace("Z", "+00:00"))
        <= incident.end + timedelta(hours=2)
    ]
    flagged = {e["ci"] for e in window if e["severity"] in ("critical", "major")}
    assert {"orders-db", "order-service"} <= flagged
    assert any(
        e["ci"] == "orders-db" and "disk_usage" in e["message"] and e["severity"] == "critical"
        for e in window
    )


def test_demo_data_setting_resolution() -> None:
    assert demo_wanted(None, external_db=False) is True
    assert demo_wanted(None, external_db=True) is False
    assert demo_wanted(True, external_db=True) is True
    assert demo_wanted(False, external_db=False) is False


def test_load_demo_imports_without_rejections(session: Session) -> None:
    assert not has_cis(session)
    report = load_demo(session, actor=SYSTEM, end=END, days=2)
    session.commit()
    assert report.ok, report.to_dict()
    summary = report.to_dict()
    assert summary["rejected"] == 0 and summary["accepted"] > 100_000
    assert has_demo_cis(session)
    n_cis = session.execute(text("SELECT count(*) FROM cis")).scalar_one()
    assert 90 <= n_cis <= 120
    latest = session.execute(text("SELECT max(ts) FROM metric_samples")).scalar_one()
    assert latest == END


def test_simulator_appends_and_only_one_instance_writes(session: Session, db_url: str) -> None:
    load_demo(session, actor=SYSTEM, end=END, days=1)
    session.commit()
    first, second = DemoSimulator(db_url, seed=1), DemoSimulator(db_url, seed=2)
    try:
        now = END + timedelta(seconds=30)
        written_first = first.tick(now)
        written_second = second.tick(now)
        assert written_first > 250 and written_second == 0
        assert first.is_leader and not second.is_leader
        count = session.execute(text("SELECT count(*) FROM metric_samples WHERE ts = :ts"), {"ts": now})
        assert count.scalar_one() == written_first
        # The values continue the patterns: request rates stay close to the last generated sample.
        values = session.execute(
            text(
                "SELECT s.ts, s.value FROM metric_samples s JOIN cis c ON c.id = s.ci_id "
                "JOIN metric_catalog m ON m.id = s.metric_id "
                "WHERE c.name = 'web-lb' AND m.name = 'request_rate' "
                "AND s.ts >= :a ORDER BY s.ts"
            ),
            {"a": END},
        ).all()
        assert len(values) == 2 and abs(values[1][1] - values[0][1]) < 0.3 * values[0][1]
        # The leader goes away: the other takes over on its next round.
        first.release()
        assert second.tick(now + timedelta(seconds=30)) == written_first
        assert second.is_leader
    finally:
        first.release()
        second.release()


def test_simulator_writes_nothing_without_demo_cis(db_url: str) -> None:
    simulator = DemoSimulator(db_url)
    try:
        assert simulator.tick(END) == 0
        assert not simulator.is_leader
    finally:
        simulator.release()

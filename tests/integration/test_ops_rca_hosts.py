"""Hosts among RCA candidates: folded into their tenant's trouble unless changed themselves and in trouble
first, over infra-small's real relations (catalog-db runs on db-05 and db-06)."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import text
from sqlmodel import Session

from services.infra.models import Event
from services.ops.rca_evidence import Candidate, fold_hosts, tenant_pairs
from tests.integration.ops_demo_helpers import infra_small_session_fixture, infra_small_url_fixture  # noqa: F401

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
TYPES = {"db-05": "host", "db-06": "host", "catalog-db": "database"}


def _fold(session: Session, host_onset: datetime, *, alarmed: datetime | None = None) -> dict[str, Candidate]:
    candidates = {
        "db-05": Candidate("db-05", 1, onset=host_onset, evidence=["cpu 99%"], alarmed_at=alarmed),
        "db-06": Candidate("db-06", 1),  # the pool's other host: calm
        "catalog-db": Candidate("catalog-db", 0, onset=T0 + timedelta(minutes=10)),
    }
    ids = [i for (i,) in session.execute(text("SELECT id FROM cis WHERE name = ANY(:n)"), {"n": list(TYPES)})]
    fold_hosts(session, candidates, tenant_pairs(session, ids), TYPES)
    return candidates


def _change(session: Session, host: str, at: datetime) -> None:
    host_id = session.execute(text("SELECT id FROM cis WHERE name = :n"), {"n": host}).scalar_one()
    session.add(Event(ts=at, ci_id=host_id, severity="info", type="config_change", message="firmware 1.9a"))
    session.flush()


def test_a_host_unchanged_is_its_tenants_trouble(session: Session) -> None:
    folded = _fold(session, T0)
    assert folded["db-05"].onset is None and not folded["db-05"].own_trouble
    assert "db-05: cpu 99%" in folded["catalog-db"].evidence


def test_a_changed_pool_host_in_trouble_alone_and_first_is_a_cause(session: Session) -> None:
    _change(session, "db-05", T0 - timedelta(hours=2))
    kept = _fold(session, T0)
    assert kept["db-05"].own_trouble and kept["db-05"].onset == T0
    assert kept["catalog-db"].evidence == []


def test_a_changed_host_in_trouble_after_its_tenant_is_folded(session: Session) -> None:
    _change(session, "db-05", T0 - timedelta(hours=2))
    assert _fold(session, T0 + timedelta(minutes=15))["db-05"].onset is None


def test_a_change_long_before_the_trouble_says_nothing(session: Session) -> None:
    _change(session, "db-05", T0 - timedelta(days=5))
    assert _fold(session, T0)["db-05"].onset is None


def test_a_changed_host_that_alarmed_first_is_a_cause_though_its_pool_is_busy(session: Session) -> None:
    _change(session, "db-05", T0 - timedelta(hours=26))
    candidates = {
        "db-05": Candidate("db-05", 1, onset=T0, alarmed_at=T0 + timedelta(minutes=2)),
        "db-06": Candidate("db-06", 1, onset=T0 + timedelta(minutes=5)),  # busy too: no lone host
        "catalog-db": Candidate("catalog-db", 0, onset=T0 + timedelta(minutes=5)),
    }
    ids = [i for (i,) in session.execute(text("SELECT id FROM cis WHERE name = ANY(:n)"), {"n": list(TYPES)})]
    fold_hosts(session, candidates, tenant_pairs(session, ids), TYPES)
    assert candidates["db-05"].own_trouble and not candidates["db-06"].own_trouble
    assert candidates["db-06"].onset is None  # unchanged: its tenant's trouble

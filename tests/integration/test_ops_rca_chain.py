"""RCA candidates connected to the symptom: over infra-small's real relations and metric samples (read off
tests/fixtures/infra-small/relations.csv: checkout-service → order-service / payment-service → orders-db;
order-service → order-queue (no metrics) → mq-01)."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import text
from sqlmodel import Session

from services.infra.models import Event
from services.ops.rca_chain import connected
from services.ops.rca_evidence import named_loaders
from tests.integration.ops_demo_helpers import infra_small_session_fixture, infra_small_url_fixture  # noqa: F401


def _chained(
    session: Session,
    ci: str,
    anomalous: set[str],
    through: frozenset[str] = frozenset(),
    faults: frozenset[str] = frozenset(),
) -> set[str]:
    ids = [i for (i,) in session.execute(text("SELECT id FROM cis"))]
    w0, w1 = session.execute(text("SELECT min(ts), max(ts) FROM metric_samples")).one()  # every sample
    return connected(
        session, ci=ci, ids=ids, anomalous=anomalous, w0=w0, w1=w1, through=set(through), faults=set(faults)
    )


def test_an_anomaly_behind_healthy_measured_cis_is_not_chained(session: Session) -> None:
    assert _chained(session, "checkout-service", {"orders-db"}) == set()
    both = {"payment-service", "orders-db"}
    assert _chained(session, "checkout-service", both) == both  # through the anomalous payment-service


def test_a_ci_without_metrics_carries_the_chain(session: Session) -> None:
    assert _chained(session, "order-service", {"mq-01"}) == {"mq-01"}  # order-queue has no samples
    assert _chained(session, "order-service", {"mq-01", "orders-db"}) == {"mq-01", "orders-db"}
    assert _chained(session, "orders-db", {"order-service"}) == set()  # against the relations' direction
    assert _chained(session, "orders-db", {"orders-db"}) == {"orders-db"}  # the troubled CI itself


def test_a_ci_passed_through_carries_the_chain_to_faults_only(session: Session) -> None:
    """RCA passes hosts through (a storage fault under a database need not show in its host's metrics),
    but only to reach a fault, not an anomaly that follows demand; here the healthy, measured orders-db
    is passed through to the anomalous host under it."""
    assert _chained(session, "order-service", {"db-01"}) == set()
    through = frozenset({"orders-db"})
    assert _chained(session, "order-service", {"db-01"}, through, faults=frozenset({"db-01"})) == {"db-01"}
    assert _chained(session, "order-service", {"db-01"}, through) == set()  # db-01 only follows demand
    # checkout-service reaches db-01 only through the healthy order-service and payment-service
    assert _chained(session, "checkout-service", {"db-01"}, through, frozenset({"db-01"})) == set()


def test_a_ci_named_as_loading_an_analysed_one_is_a_loader(session: Session) -> None:
    """An event naming a CI no relation links, with a word of load ("full scans … by session X"), makes
    that CI a candidate; a CI merely mentioned, or named by an info event, is not."""
    t0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    orders_db = session.execute(text("SELECT id FROM cis WHERE name = 'orders-db'")).scalar_one()
    for minute, severity, message in [
        (1, "major", "full table scans on ORDERS by session REPORT (frontend)"),
        (2, "warning", "checkpoint slow; mq-01 unaffected"),  # no word of load
        (3, "info", "snapshot by auth-service started"),  # info: no evidence
    ]:
        session.add(
            Event(
                ts=t0 + timedelta(minutes=minute),
                ci_id=orders_db,
                severity=severity,
                type="x",
                message=message,
            )
        )
    session.flush()
    found = named_loaders(session, ["orders-db", "order-service"], t0, t0 + timedelta(hours=1))
    assert found == {"frontend": "orders-db"}

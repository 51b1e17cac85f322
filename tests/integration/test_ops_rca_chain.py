"""RCA candidates connected to the symptom: over infra-small's real relations and metric samples (read off
tests/fixtures/infra-small/relations.csv: checkout-service → order-service / payment-service → orders-db;
order-service → order-queue (no metrics) → mq-01)."""

from sqlalchemy import text
from sqlmodel import Session

from services.ops.rca_chain import connected
from tests.integration.ops_demo_helpers import infra_small_session_fixture, infra_small_url_fixture  # noqa: F401


def _chained(session: Session, ci: str, anomalous: set[str]) -> set[str]:
    ids = [i for (i,) in session.execute(text("SELECT id FROM cis"))]
    w0, w1 = session.execute(text("SELECT min(ts), max(ts) FROM metric_samples")).one()  # every sample
    return connected(session, ci=ci, ids=ids, anomalous=anomalous, w0=w0, w1=w1)


def test_an_anomaly_behind_healthy_measured_cis_is_not_chained(session: Session) -> None:
    assert _chained(session, "checkout-service", {"orders-db"}) == set()
    both = {"payment-service", "orders-db"}
    assert _chained(session, "checkout-service", both) == both  # through the anomalous payment-service


def test_a_ci_without_metrics_carries_the_chain(session: Session) -> None:
    assert _chained(session, "order-service", {"mq-01"}) == {"mq-01"}  # order-queue has no samples
    assert _chained(session, "order-service", {"mq-01", "orders-db"}) == {"mq-01", "orders-db"}
    assert _chained(session, "orders-db", {"order-service"}) == set()  # against the relations' direction

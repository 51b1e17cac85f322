""" "어느 vm에서 돌아" of a service asks which hosts it runs on, even where some other host records `host: vm`
(the app's own VM does): the kind said is no value to filter the service's hosts by."""

from sqlalchemy import text
from sqlmodel import Session

from services.core.security import SYSTEM
from services.infra.demo import DemoManifest
from services.ops.service import ask
from tests.integration.ops_demo_helpers import END, demo_fixture, demo_session_fixture  # noqa: F401


def test_the_vm_a_service_runs_on_is_its_host_whatever_another_host_records(
    session: Session, demo: DemoManifest
) -> None:
    session.execute(
        text(
            "INSERT INTO cis (name, type, environment, owner, location, status, attributes) "
            "SELECT 'spa-ai-vm', 'host', environment, owner, location, status, '{\"host\": \"vm\"}'::jsonb "
            "FROM cis WHERE name = 'order-service'"
        )
    )
    session.commit()
    answer = ask(session, question="order-service 어느 vm에서 돌아", actor=SYSTEM, now=END)
    assert answer["status"] == "ok" and answer["route"] == "GRAPH", answer
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    hosts = {row[0] for row in table["rows"]}
    assert hosts and "spa-ai-vm" not in hosts and all(row[1] == "host" for row in table["rows"]), table

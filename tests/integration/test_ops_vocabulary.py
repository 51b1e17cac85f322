"""The planner's vocabulary comes from the database: CI names, owners, attribute keys, event types."""

from sqlalchemy import text
from sqlmodel import Session

from services.ops.planner.entities import build_index


def test_index_of_an_imported_estate(infra_small_url: str) -> None:
    from services.core import db

    with Session(db.get_engine()) as session:
        session.execute(
            text(
                'UPDATE cis SET attributes = attributes || \'{"kernel_version": "6.8"}\' '
                "WHERE name = 'web-01'"
            )
        )
        session.commit()
        index = build_index(session)
    assert index.ci_types["orders-db"] == "database" and "payments-team" in index.owners
    attribute_terms = dict(index.attribute_terms)
    assert attribute_terms["커널 버전"] == "kernel_version" and attribute_terms["ip 주소"] == "ip"
    event_terms = dict(index.event_type_terms)
    assert event_terms["배포"] == "deployment" and event_terms["restarts"] == "restart"
    assert "maintenance" not in event_terms  # a status word never becomes an event-type word
    assert {"cpu_usage", "error_rate"} <= set(index.metric_units)


def test_names_are_matched_case_insensitively_and_used_as_stored(infra_small_url: str) -> None:
    from datetime import UTC, datetime

    from services.core import db
    from services.core.security import SYSTEM
    from services.ops.service import ask

    with Session(db.get_engine()) as session:
        session.execute(
            text(
                "INSERT INTO cis (name, type, environment, owner, location, status, attributes) "
                "VALUES ('KR-SEL-WEB-07', 'host', 'prod', 'edge-team', 'seoul-2', 'active', '{}')"
            )
        )
        session.commit()
        answer = ask(session, question="who owns kr-sel-web-07?", actor=SYSTEM, now=datetime.now(UTC))
    assert answer["status"] == "ok" and "edge-team" in answer["blocks"][0]["text"]
    assert answer["plan"]["steps"][0]["args"]["name"] == "KR-SEL-WEB-07"

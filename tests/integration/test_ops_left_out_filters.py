"""What a question leaves out, over the real CMDB: "prod 빼고 서버 몇 대야" counts every host outside prod and
the answer states the filter as "environment≠prod"; a type and a site left out likewise; the tool contract
accepts "!= prod" and rejects other forms."""

import pytest
from pydantic import ValidationError
from sqlalchemy import text
from sqlmodel import Session

from services.core.security import SYSTEM
from services.ops.service import ask
from services.ops.tools.contracts import CiLookupArgs
from tests.integration.ops_demo_helpers import END, demo_fixture, demo_session_fixture  # noqa: F401


@pytest.mark.parametrize(
    ("question", "kept", "stated"),
    [
        ("prod 빼고 서버 몇 대야", "type = 'host' AND environment <> 'prod'", "environment≠prod"),
        ("how many non-prod hosts?", "type = 'host' AND environment <> 'prod'", "environment≠prod"),
        ("db 빼고 CI 몇 개야?", "type <> 'database'", "type≠database"),
    ],
)
def test_a_count_leaving_something_out(session: Session, question: str, kept: str, stated: str) -> None:
    expected = session.execute(text(f"SELECT count(*) FROM cis WHERE {kept}")).scalar_one()
    everything = session.execute(text("SELECT count(*) FROM cis")).scalar_one()
    assert 0 < expected < everything
    answer = ask(session, question=question, actor=SYSTEM, now=END)
    assert answer["status"] == "ok", answer
    said = " ".join(b["text"] for b in answer["blocks"] if b["type"] == "text")
    assert str(expected) in said and stated in said, said


def test_the_contract_takes_only_known_environments_negated() -> None:
    assert CiLookupArgs(op="count", filters={"environment": "!= staging"}).filters is not None
    with pytest.raises(ValidationError):
        CiLookupArgs(op="count", filters={"environment": "!= anything"})

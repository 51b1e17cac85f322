"""A rate said by its unit ("api-gateway req/s now?") is that metric, on infra-small's real catalog (the
unit was an unknown word and the question unclear)."""

from sqlmodel import Session

from services.core.security import SYSTEM
from services.ops.service import ask
from tests.integration.ops_demo_helpers import infra_small_session_fixture, infra_small_url_fixture  # noqa: F401


def test_a_rate_said_by_its_unit_is_that_metric(session: Session) -> None:
    answer = ask(session, question="api-gateway req/s at the moment?", actor=SYSTEM)
    assert answer["status"] == "ok", answer["blocks"]
    (step,) = answer["plan"]["steps"]
    assert (step["args"]["ci"], step["args"]["metric"], step["args"]["op"]) == (
        "api-gateway",
        "request_rate",
        "latest",
    )

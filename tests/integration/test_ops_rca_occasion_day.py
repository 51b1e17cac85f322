"""A why placed by a day a CI's attribute records ("on billing day": yogeum-core's `billing_day` is
"매월 18일"), on city-gas (bench/gas_estate.py: yogeum-ora's archive area filled on the 18th)."""

import json
from datetime import datetime

import pytest
from sqlmodel import Session

from services.core.security import SYSTEM
from services.ops.service import ask
from tests.integration.test_ops_generalisation import FIXTURES, session  # noqa: F401


@pytest.fixture
def golden() -> dict:
    return json.loads((FIXTURES / "ops-golden-gas.json").read_text()) | {"file": "ops-golden-gas.json"}


def test_a_day_on_record_places_the_occasion(golden: dict, session: Session) -> None:  # noqa: F811
    now = datetime.fromisoformat(golden["now"].replace("Z", "+00:00"))  # the 20th: billing day was the 18th
    answer = ask(session, question="why did cc-crm time out on billing day?", actor=SYSTEM, now=now)
    texts = " ".join(b.get("text", "") for b in answer["blocks"] if b["type"] == "text")
    assert answer["status"] == "ok", texts
    assert "yogeum-core.billing_day = 매월 18일" in texts and "2027-01-18" in texts
    rca = next(b for b in answer["blocks"] if b["type"] == "rca")
    assert rca["hypotheses"][0]["ci"] == "yogeum-ora"

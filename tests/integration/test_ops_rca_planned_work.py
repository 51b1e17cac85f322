"""A candidate busy with its own scheduled work is load, not a fault, on dawn-grocery
(bench/dawn_estate.py): os-catalog reindexes at 10:20 KST on Oct 19 and its metrics swing, while a hot
coupon key pinning redis-coupon at 11:00 makes jangbaguni-api's cart pricing fail."""

import json
from datetime import datetime

import pytest
from sqlmodel import Session

from services.core.security import SYSTEM
from services.ops.service import ask
from tests.integration.test_ops_generalisation import FIXTURES, session  # noqa: F401


@pytest.fixture
def golden() -> dict:
    return json.loads((FIXTURES / "ops-golden-dawn.json").read_text()) | {"file": "ops-golden-dawn.json"}


@pytest.mark.parametrize(
    "question",
    [
        "root cause of the cart pricing failures in jangbaguni-api on Oct 19 around 11:15?",
        "10/19 11:00~11:55 iseul-bff 에러 원인",
    ],
)
def test_own_scheduled_work_ranks_below_the_fault(golden: dict, session: Session, question: str) -> None:  # noqa: F811
    now = datetime.fromisoformat(golden["now"].replace("Z", "+00:00"))
    answer = ask(session, question=question, actor=SYSTEM, now=now)
    rca = next(b for b in answer["blocks"] if b["type"] == "rca")
    ranked = [h["ci"] for h in rca["hypotheses"]]
    assert ranked[0] == "redis-coupon", ranked
    assert "os-catalog" not in ranked or ranked.index("os-catalog") > ranked.index("redis-coupon")

"""A value said as the one not wanted ("which databases are not MySQL?", "ubuntu 아닌 호스트") filters every
other CI, on infra-small's real records (a negation was dropped and the value's CIs listed)."""

import csv
import json
from pathlib import Path

import pytest
from sqlmodel import Session

from services.core.security import SYSTEM
from services.ops.service import ask
from tests.integration.ops_demo_helpers import infra_small_session_fixture, infra_small_url_fixture  # noqa: F401

CIS = list(csv.DictReader((Path(__file__).parents[1] / "fixtures" / "infra-small" / "cis.csv").open()))


@pytest.mark.parametrize("question", ["which hosts are not running ubuntu?", "ubuntu 아닌 호스트 뭐 있어?"])
def test_a_value_not_wanted_lists_the_others(session: Session, question: str) -> None:
    others = {
        c["name"]
        for c in CIS
        if c["type"] == "host" and not json.loads(c["attributes"] or "{}").get("os", "").startswith("ubuntu")
    }
    answer = ask(session, question=question, actor=SYSTEM)
    assert answer["status"] == "ok", answer["blocks"]
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    assert {row[0] for row in table["rows"]} == others

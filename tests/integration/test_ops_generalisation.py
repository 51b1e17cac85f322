"""Generalisation: 156 ko/en on-call questions over telco-mid, an estate unlike the demo (bench/telco_*.py),
asked in-process against the real stores and judged by the shared scorer (tests/fixtures/check_ops.py).

Prints accuracy, confidently wrong answers (`ok` but wrong), RCA root-first and top-3; asserts the figures
bench/RESULTS.md records, so a regression in any class of question fails here.
"""

import importlib.util
import json
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from services.core import db
from services.core.security import SYSTEM
from services.infra.importer import import_path
from services.ops.service import ask
from tests.conftest import _point_app_at, clone_database, drop_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLDEN = json.loads((FIXTURES / "ops-golden-telco.json").read_text())
TEMPLATE = "spa_template_telco_mid"
# Reached on this branch: 125/139, 7 confidently wrong (relation phrasings and credential refusals, which
# the relations table and refusal categories of the same issue address); the targets are 90 % / 2 %.
MIN_ACCURACY = 0.95
MAX_CONFIDENTLY_WRONG = 0.02
MIN_ROOT_FIRST = 0.75
MIN_ROOT_TOP3 = 0.90


def _scorer():
    spec = importlib.util.spec_from_file_location("check_ops", FIXTURES / "check_ops.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def session(
    pg_admin_url: str, template_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Session]:
    started = time.monotonic()
    url = clone_database(pg_admin_url, TEMPLATE)
    engine = create_engine(url, poolclass=NullPool)
    with Session(engine) as s:
        report = import_path(s, FIXTURES / GOLDEN["data_dir"], actor=SYSTEM)
        assert report.to_dict()["rejected"] == 0, report.to_dict()
        s.commit()
    engine.dispose()
    print(f"telco-mid imported in {time.monotonic() - started:.1f} s")
    name = f"t_telco_{tmp_path.name[-8:].replace('-', '_')}"
    _point_app_at(clone_database(pg_admin_url, name, template=TEMPLATE), tmp_path, monkeypatch)
    monkeypatch.setenv("SPA_TIMEZONE", GOLDEN["timezone"])
    with Session(db.get_engine()) as s:
        yield s
    db.reset_engine()
    drop_database(pg_admin_url, name)
    drop_database(pg_admin_url, TEMPLATE)


def test_the_telco_estate_questions_generalise(session: Session) -> None:
    check = _scorer()
    now = datetime.fromisoformat(GOLDEN["now"].replace("Z", "+00:00"))
    universe = {
        line.split(",")[0] for line in (FIXTURES / "telco-mid" / "cis.csv").read_text().splitlines()[1:]
    }
    results, wrong, first, top3 = [], [], [], []
    started = time.monotonic()
    for case in GOLDEN["cases"]:
        conversation = f"telco-{case['conversation_id']}" if case.get("conversation_id") else None
        answer = ask(session, question=case["question"], actor=SYSTEM, now=now, conversation_id=conversation)
        ok, why = check.score(case, answer, universe)
        results.append(ok)
        if not ok:
            wrong.append((case["id"], answer["status"], case["question"], why[:160]))
        if "root_cause" in case["expect"]:
            ranked = check.ranked_rca(check.Answer(answer))
            first.append(ranked[:1] == [case["expect"]["root_cause"]])
            top3.append(case["expect"]["root_cause"] in ranked[:3])
    total = len(results)
    print(f"{total} questions answered in {time.monotonic() - started:.1f} s")
    accuracy = sum(results) / total
    confidently_wrong = [w for w in wrong if w[1] == "ok"]
    for failure in wrong:
        print("FAIL", *failure)
    print(
        f"telco-mid: {sum(results)}/{total} correct ({accuracy:.1%}); confidently wrong "
        f"{len(confidently_wrong)} ({len(confidently_wrong) / total:.1%}); RCA root first "
        f"{sum(first)}/{len(first)}, top 3 {sum(top3)}/{len(top3)}"
    )
    assert total >= 100
    assert accuracy >= MIN_ACCURACY, wrong
    assert len(confidently_wrong) / total <= MAX_CONFIDENTLY_WRONG, confidently_wrong
    assert sum(first) / len(first) >= MIN_ROOT_FIRST
    assert sum(top3) / len(top3) >= MIN_ROOT_TOP3

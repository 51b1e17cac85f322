"""Regression Watch over infra-small: the public golden set is green, a broken planner is caught and notified."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from services.core import db
from services.core.models import AuditLog
from services.core.security import ROLE_PERMISSIONS, SYSTEM, Principal
from services.ops import golden, regression
from services.ops import reading as ops_reading
from services.ops.plan import Plan
from services.ops.regression_models import GoldenQueryIn, WatchResult

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLDEN = json.loads((FIXTURES / "ops-golden-public.json").read_text())
VIEWER = Principal(user_id=9, username="view", role="viewer", permissions=ROLE_PERMISSIONS["viewer"])


@pytest.fixture
def session(infra_small_url: str) -> Iterator[Session]:
    with Session(db.get_engine(), expire_on_commit=False) as s:
        yield s


def _import(session: Session, tags: list[str] | None = None) -> None:
    cases = [c for c in GOLDEN["cases"] if not tags or c["kind"] in tags]
    golden.import_golden(session, actor=SYSTEM, payload={**GOLDEN, "cases": cases})
    session.commit()


def _results(session: Session, run_id: int | None) -> dict[str, dict[str, Any]]:
    assert run_id is not None
    return {r["key"]: r for r in regression.run_results(session, actor=SYSTEM, run_id=run_id)[1]}


def test_public_golden_set_is_green_then_unchanged(session: Session) -> None:
    _import(session)
    first = regression.run_watch(session, actor=SYSTEM, trigger="api")
    session.commit()
    failed = {k: r["expect_why"] for k, r in _results(session, first.id).items() if r["outcome"] != "new"}
    assert first.total == len(GOLDEN["cases"]) and not failed, failed
    assert first.status == "ok" and first.new == first.total
    second = regression.run_watch(session, actor=SYSTEM)
    session.commit()
    assert (second.status, second.passed, second.regressed) == ("ok", second.total, 0)
    assert regression.problems(session, datetime.now()) == []


def _reversed_direction(plan: Plan) -> Plan:
    swap = {"dependencies": "dependents", "dependents": "dependencies", "in": "out", "out": "in"}
    for step in plan.steps:
        if step.tool == "graph_query":
            step.args = {k: swap.get(v, v) if k in ("op", "direction") else v for k, v in step.args.items()}
    return plan


def _dropped_window(plan: Plan) -> Plan:
    """The planner forgets the asked window and reads the whole last week."""
    for step in plan.steps:
        if "start" in step.args and "end" in step.args:
            end = datetime.fromisoformat(step.args["end"])
            step.args = {**step.args, "start": (end - timedelta(days=7)).isoformat()}
    return plan


@pytest.mark.parametrize(("broken", "kind"), [(_reversed_direction, "graph"), (_dropped_window, "aggregate")])
def test_a_broken_planner_is_caught_and_notifies(
    session: Session, monkeypatch: pytest.MonkeyPatch, broken: Any, kind: str
) -> None:
    _import(session, [kind])
    baseline = regression.run_watch(session, tags=[kind], actor=SYSTEM)
    session.commit()
    assert baseline.status == "ok" and baseline.new == baseline.total > 0

    real = ops_reading.make_plan
    monkeypatch.setattr(ops_reading, "make_plan", lambda *a, **kw: broken(real(*a, **kw)))
    notified: list[Any] = []
    monkeypatch.setattr(regression, "ON_REGRESSION", [notified.append])
    run = regression.run_watch(session, tags=[kind], actor=SYSTEM, trigger="api")
    assert notified == []  # hooks wait for the commit
    session.commit()
    assert run.status == "regressed" and run.regressed > 0
    assert [n.id for n in notified] == [run.id] and notified[0].regressed == run.regressed
    regressed = [r for r in _results(session, run.id).values() if r["outcome"] == "regressed"]
    assert all(any(d["field"] == "plan" for d in r["diffs"]) for r in regressed)
    changes = [c for r in regressed for d in r["diffs"] if d["field"] == "plan" for c in d["changes"]]
    assert any(("dependents" in c or "start" in c) for c in changes), changes
    problems = regression.problems(session, datetime.now())
    assert problems and problems[0].source == "ops.regression" and problems[0].details["run_id"] == run.id


def test_scheduled_run_commits_then_notifies(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = {**GOLDEN["cases"][0], "id": "wrong", "expect": {"number": 12345, "tol_rel": 0}}
    golden.import_golden(session, actor=SYSTEM, payload={**GOLDEN, "cases": [wrong]})
    session.commit()
    seen: list[tuple[int | None, int]] = []

    def notify(run: Any) -> None:  # a hook sees the committed run from another session
        with Session(db.get_engine()) as other:
            seen.append((run.id, len(regression.run_results(other, actor=SYSTEM, run_id=run.id)[1])))

    monkeypatch.setattr(regression, "ON_REGRESSION", [notify])
    run_id = regression.scheduled_run()
    assert seen == [(run_id, 1)]
    run = regression.list_runs(session, actor=SYSTEM)[0]
    assert (run.id, run.trigger, run.actor, run.status) == (run_id, "schedule", "system", "regressed")


def test_accept_baseline_is_audited_and_clears_the_regression(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    golden.upsert_query(
        session,
        actor=SYSTEM,
        data=GoldenQueryIn(
            key="cpu-web-01",
            question="web-01 지난 1시간 평균 CPU?",
            routes=["AGGREGATE"],
            lang="ko",
            expect={"names": ["web-01"], "match": "contains"},
            tags=["smoke"],
            now=datetime.fromisoformat(GOLDEN["now"]),
        ),
    )
    session.commit()
    regression.run_watch(session, actor=SYSTEM)
    real = ops_reading.make_plan
    monkeypatch.setattr(ops_reading, "make_plan", lambda *a, **kw: _dropped_window(real(*a, **kw)))
    changed = regression.run_watch(session, actor=SYSTEM)
    session.commit()
    assert changed.status == "regressed"
    result = session.exec(select(WatchResult).where(WatchResult.run_id == changed.id)).one()
    assert {d["field"] for d in result.diffs} >= {"plan", "figures"}
    with pytest.raises(Exception, match="ops:watch"):
        regression.accept_baseline(session, actor=VIEWER, result_id=result.id or 0)
    regression.accept_baseline(session, actor=SYSTEM, result_id=result.id or 0)  # the new window is intended
    session.commit()
    row = session.exec(select(AuditLog).where(AuditLog.action == "ops.golden.accept_baseline")).one()
    assert row.entity_id == "cpu-web-01" and row.after and row.after["fingerprint"] == result.snapshot["hash"]
    assert regression.run_watch(session, actor=SYSTEM).status == "ok"


def test_import_refuses_a_bad_case_and_exports_the_format(session: Session) -> None:
    bad = {**GOLDEN, "cases": [GOLDEN["cases"][0], {**GOLDEN["cases"][1], "routes": ["NOPE"]}]}
    with pytest.raises(Exception, match=r"cases\.1\.routes"):
        golden.import_golden(session, actor=SYSTEM, payload=bad)
    no_expect = {**GOLDEN, "cases": [{**GOLDEN["cases"][0], "expect": {"maybe": 1}}]}
    with pytest.raises(Exception, match=r"cases\.0\.expect"):
        golden.import_golden(session, actor=SYSTEM, payload=no_expect)
    assert golden.list_queries(session, actor=SYSTEM) == []
    _import(session, ["lookup"])
    exported = golden.export_golden(session, actor=SYSTEM, tags=["lookup"])
    originals = {c["id"]: c for c in GOLDEN["cases"] if c["kind"] == "lookup"}
    assert {c["id"] for c in exported["cases"]} == set(originals)
    assert datetime.fromisoformat(exported["now"]) == datetime.fromisoformat(GOLDEN["now"])
    for case in exported["cases"]:
        original = originals[case["id"]]
        assert (case["question"], case["routes"], case["expect"]) == (
            original["question"],
            original["routes"],
            original["expect"],
        )


def test_cli_regress_exit_codes(infra_small_url: str, tmp_path: Path) -> None:
    golden = tmp_path / "golden.json"
    cases = [c for c in GOLDEN["cases"] if c["kind"] == "lookup"][:3]
    golden.write_text(json.dumps({**GOLDEN, "cases": cases}, ensure_ascii=False))
    env = {"SPA_DATABASE_URL": infra_small_url, "SPA_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    command = [sys.executable, "-m", "spa_ai.cli", "ops", "regress"]
    done = subprocess.run(
        [*command, "--import", str(golden), "--tags", "lookup", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    run = json.loads(done.stdout)
    assert run["status"] == "ok" and run["new"] == 3
    wrong = [{**cases[0], "id": "wrong-figure", "expect": {"number": 12345, "tol_rel": 0.01}}]
    golden.write_text(json.dumps({**GOLDEN, "cases": wrong}, ensure_ascii=False))
    done = subprocess.run(
        [*command, "--import", str(golden)], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 1, done.stderr[-2000:]
    assert "FAILED    wrong-figure" in done.stdout and "1 regressed" in done.stdout


def test_rest_golden_runs_and_accept(session: Session) -> None:
    from tests.integration.helpers import api_client, auth_headers, make_user

    make_user(session, "op", "operator")
    make_user(session, "view", "viewer")
    cases = [c for c in GOLDEN["cases"] if c["kind"] == "lookup"][:2]
    with api_client() as client:
        op, view = auth_headers(client, "op"), auth_headers(client, "view")
        payload = {**GOLDEN, "cases": cases}
        assert client.post("/api/ops/golden/import", json=payload, headers=view).status_code == 403
        report = client.post("/api/ops/golden/import?tags=smoke", json=payload, headers=op).json()
        assert report == {"created": 2, "updated": 0, "keys": [c["id"] for c in cases]}
        listed = client.get("/api/ops/golden?tags=smoke", headers=view).json()
        assert [q["key"] for q in listed["items"]] == [c["id"] for c in cases]
        assert listed["items"][0]["tags"] == ["lookup", "smoke"] and not listed["items"][0]["has_baseline"]
        bad = {**listed["items"][0], "key": "other"}
        assert client.put(f"/api/ops/golden/{cases[0]['id']}", json=bad, headers=op).status_code == 422
        run = client.post("/api/ops/regression/runs?tags=smoke", headers=op)
        assert run.status_code == 201 and run.json()["new"] == 2
        assert client.post("/api/ops/regression/runs", headers=view).status_code == 403
        runs = client.get("/api/ops/regression/runs", headers=view).json()["items"]
        detail = client.get(f"/api/ops/regression/runs/{runs[0]['id']}", headers=view).json()
        result_id = detail["results"][0]["id"]
        assert client.post(f"/api/ops/regression/results/{result_id}/accept", headers=view).status_code == 403
        accepted = client.post(f"/api/ops/regression/results/{result_id}/accept", headers=op).json()
        assert accepted["has_baseline"] and accepted["baseline_by"] == "op"
        exported = client.get("/api/ops/golden/export", headers=view).json()
        assert [c["id"] for c in exported["cases"]] == [c["id"] for c in cases]
        assert client.delete(f"/api/ops/golden/{cases[0]['id']}", headers=op).status_code == 204
        missing = client.delete(f"/api/ops/golden/{cases[0]['id']}", headers=op)
        assert missing.status_code == 404 and "golden" in missing.json()["error"]["message"]

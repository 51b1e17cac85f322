"""Classes from blind batches 77–78 (cold chain, court e-filing): "just before midnight on March 7" is that
day's last half hour; "how many rooms can X host" asks a capacity, not what runs on X; a host whose disk
filled while the database on it says its archive log area is full is the database's trouble, not a failure
of the host's own (a host that fills its own data disk still is); "그거" after a list narrowed to one is that
one; "인덱스" is heard in "createIndex"."""

from datetime import UTC, datetime

import pytest

from services.ops.followup_context import context_of
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.spoken_forms import normalize
from services.ops.rca_evidence import Candidate, hosts_filled_by_tenant_logs
from services.ops.tools.events import _says
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("why did X fail just before midnight on March 7?", "why did X fail around 23:30 on March 7?"),
        ("3월7일 자정 직전에 왜 터졌어", "3월7일 23시 30분쯤에 왜 터졌어"),
    ],
)
def test_just_before_midnight_is_the_end_of_that_day(said: str, written: str) -> None:
    assert normalize(said) == written


def test_a_capacity_hosted_is_no_hosting_relation() -> None:
    plan = plan_question("how many rooms can pay-api host at most?", fleet_index(), NOW, TZ)
    assert plan.route.value != "GRAPH", plan


def _failed_host(message: str) -> Candidate:
    at = datetime(2028, 3, 7, 13, 49, tzinfo=UTC)
    return Candidate("db-host", 1, onset=at, failed_at=at, failure=message)


@pytest.mark.parametrize(
    ("host_message", "tenant_event", "folded"),
    [
        ("/tbarch 99% used", "critical archive: archive log destination full", True),
        ("/u01 98% used", "critical: ORA-00257: archiver error", True),
        ("/data 100% used", "critical: segment down, workfile write failed", False),  # its own data disk
        ("RAID controller failed", "critical archive: archive log destination full", False),  # no filling
    ],
)
def test_a_host_filled_by_its_databases_logs_is_no_failure_of_its_own(
    host_message: str, tenant_event: str, folded: bool
) -> None:
    tenant = Candidate(
        "ledger-db", 1, onset=datetime(2028, 3, 7, 13, 50, tzinfo=UTC), evidence=[tenant_event]
    )
    candidates = {"db-host": _failed_host(host_message), "ledger-db": tenant}
    ci_type = {"db-host": "host", "ledger-db": "database"}
    assert hosts_filled_by_tenant_logs(candidates, [("db-host", "ledger-db")], ci_type) == (
        {"db-host": ["ledger-db"]} if folded else {}
    )


def test_a_narrowed_list_of_one_is_what_that_one_means() -> None:
    """ "route-opt 직접 물고있는거 뭐야" → "그중 애저에 있는거만" (one: anl-forecast) → "그거 지금 응답시간": that
    one, not route-opt."""
    index = fleet_index()
    question = "pay-api 직접 물고있는거 뭐야 (그중 busan-az2에 있는거만)"
    parsed = parse(question, index, NOW, TZ)
    plan = plan_question(question, index, NOW, TZ)
    assert plan.steps[0].args.get("filters"), plan
    assert context_of(parsed, plan, ["ledger-pg"], None)["cis"] == ["ledger-pg"]
    assert context_of(parsed, plan, ["ledger-pg", "token-redis"], None)["cis"] == ["pay-api"]


@pytest.mark.parametrize(
    ("message", "said"),
    [("createIndex shipment_events (운영 중 빌드)", True), ("index build killed", True), ("vacuum", False)],
)
def test_a_word_said_in_hangul_is_heard_inside_a_camel_case_word(message: str, said: bool) -> None:
    assert _says(message, ["인덱스"]) is said

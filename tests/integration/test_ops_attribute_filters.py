"""Attribute-value filters and a place beside one CI, asked in ko/en of the demo estate and telco-mid.

Expected CI sets are read straight from each estate's cis.csv with plain predicates (an oracle independent
of the planner and of the SQL), so a wrong filter, a dropped filter or a dropped type fails here.
Only CIs and relations are imported: these questions never read metrics.
"""

import csv
import json
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from services.core import db
from services.core.security import SYSTEM
from services.infra.demo import generate_demo
from services.infra.importer import import_path
from services.infra.service import upsert_ci
from services.ops.service import ask
from services.ops.tools import TOOLS, ToolContext
from services.ops.tools.contracts import CiLookupArgs
from tests.conftest import _point_app_at, clone_database, drop_database

NOW = datetime(2026, 3, 10, tzinfo=UTC)
TELCO = Path(__file__).resolve().parents[1] / "fixtures" / "telco-mid"
Row = dict[str, Any]


def _cis_only(source: Path, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for name in ("cis.csv", "relations.csv"):
        shutil.copy(source / name, out / name)
    return out


@pytest.fixture(scope="module", params=["demo", "telco-mid"])
def estate(
    request: pytest.FixtureRequest,
    pg_admin_url: str,
    template_url: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, str, list[Row]]]:
    """(name, template database, CI rows with parsed attributes) of one estate, imported once."""
    name = request.param
    if name == "demo":
        generated = generate_demo(tmp_path_factory.mktemp("demo"), end=NOW, days=1).out_dir
        source = _cis_only(generated, tmp_path_factory.mktemp("demo-cis"))
    else:
        source = _cis_only(TELCO, tmp_path_factory.mktemp("telco-cis"))
    template = f"spa_template_attrs_{name.replace('-', '_')}"
    engine = create_engine(clone_database(pg_admin_url, template), poolclass=NullPool)
    with Session(engine) as session:
        assert import_path(session, source, actor=SYSTEM).ok
        session.commit()
    engine.dispose()
    with (source / "cis.csv").open() as f:
        rows = [{**r, "attributes": json.loads(r["attributes"])} for r in csv.DictReader(f)]
    yield name, template, rows
    drop_database(pg_admin_url, template)


@pytest.fixture
def session(
    estate: tuple[str, str, list[Row]], pg_admin_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Session]:
    name = f"t_attrs_{tmp_path.name[-8:].replace('-', '_')}"
    _point_app_at(clone_database(pg_admin_url, name, template=estate[1]), tmp_path, monkeypatch)
    monkeypatch.setenv("SPA_TIMEZONE", "Asia/Seoul")
    with Session(db.get_engine()) as s:
        yield s
    db.reset_engine()
    drop_database(pg_admin_url, name)


def _ask(session: Session, question: str) -> dict:
    return ask(session, question=question, actor=SYSTEM, now=NOW)


def _names(answer: dict) -> set[str]:
    return {row[0] for b in answer["blocks"] if b["type"] == "table" for row in b["rows"]}


def _text(answer: dict) -> str:
    return " ".join(b["text"] for b in answer["blocks"] if b["type"] == "text")


def _where(
    rows: list[Row], ci_type: str | None, test: Callable[[dict[str, Any]], bool], **fields: str
) -> set[str]:
    return {
        r["name"]
        for r in rows
        if (ci_type is None or r["type"] == ci_type)
        and all(r[k] == v for k, v in fields.items())
        and test(r["attributes"])
    }


def _os(prefix: str) -> Callable[[dict[str, Any]], bool]:
    return lambda a: str(a.get("os", "")).startswith(prefix)


# estate → (question, CI type, predicate, other fields, count?) — lists compare the names, counts the number
CASES: dict[str, list[tuple[str, str | None, Callable[[dict[str, Any]], bool], dict[str, str], bool]]] = {
    "demo": [
        ("List hosts running ubuntu in prod", "host", _os("ubuntu"), {"environment": "prod"}, False),
        ("postgresql 데이터베이스 몇 개?", "database", lambda a: a.get("engine") == "postgresql", {}, True),
        ("Which hosts have 64 GB of memory?", "host", lambda a: a.get("memory_gb") == 64, {}, False),
        ("128기가 서버 몇 대?", "host", lambda a: a.get("memory_gb") == 128, {}, True),
        ("rocky-9.4 쓰는 스테이징 서버 목록", "host", _os("rocky-9.4"), {"environment": "staging"}, False),
        ("redis 쓰는 CI 목록", None, lambda a: a.get("engine") == "redis", {}, False),
    ],
    "telco-mid": [
        ("우분투 22.04 쓰는 서버 목록", "host", _os("ubuntu-22.04"), {}, False),
        ("which services are written in go?", "service", lambda a: a.get("language") == "go", {}, False),
        ("java로 된 서비스 몇 개야?", "service", lambda a: a.get("language") == "java", {}, True),
        ("How many hosts have 256 GB of memory?", "host", lambda a: a.get("memory_gb") == 256, {}, True),
        ("rhel 호스트 몇 대?", "host", _os("rhel"), {}, True),
        ("64코어 운영 서버 목록", "host", lambda a: a.get("cpu_cores") == 64, {"environment": "prod"}, False),
        (
            "Which databases run oracle?",
            "database",
            lambda a: str(a.get("engine")).startswith("oracle"),
            {},
            False,
        ),
        ("hosts with more than 64 GB memory", "host", lambda a: a.get("memory_gb", 0) > 64, {}, False),
        ("메모리 128GB 이상 서버 몇 대", "host", lambda a: a.get("memory_gb", 0) >= 128, {}, True),
        ("services with 6 replicas", "service", lambda a: a.get("replicas") == 6, {}, False),
        ("레플리카 2개인 서비스 목록", "service", lambda a: a.get("replicas") == 2, {}, False),
        (
            "python services in busan",
            "service",
            lambda a: a.get("language") == "python",
            {"location": "busan-dc2"},
            False,
        ),
    ],
}


def test_values_filter_lists_and_counts(session: Session, estate: tuple[str, str, list[Row]]) -> None:
    name, _, rows = estate
    for question, ci_type, test, fields, counting in CASES[name]:
        expected = _where(rows, ci_type, test, **fields)
        assert expected, question  # the oracle must select something, else the case proves nothing
        answer = _ask(session, question)
        assert answer["status"] == "ok", (question, answer["blocks"])
        (step,) = answer["plan"]["steps"]
        assert step["tool"] == "ci_lookup" and step["args"]["filters"]["attributes"], question
        if counting:
            table = next(b for b in answer["blocks"] if b["type"] == "table")
            assert table["rows"][0][1] == len(expected), question
        else:
            assert _names(answer) == expected, question
        key, value = next(iter(step["args"]["filters"]["attributes"].items()))
        assert key in _text(answer) and str(value) in _text(answer), question  # it states the filter


def test_unknown_and_ambiguous_values_are_unclear(
    session: Session, estate: tuple[str, str, list[Row]]
) -> None:
    rows = estate[2]
    for question, word in (
        ("hosts running solaris", "solaris"),
        ("러스트로 된 서비스 몇 개야?", "러스트"),
        ("services written in cobol", "cobol"),
        ("solaris 서버 목록", "solaris"),
        ("mainframe load balancers", "mainframe"),
    ):
        answer = _ask(session, question)
        assert answer["status"] == "unclear" and word in _text(answer), (question, _text(answer))
        assert "attribute value" in _text(answer) or "속성 값" in _text(answer), _text(answer)
    answer = _ask(session, "hosts running ubuntu-20.04")
    assert answer["status"] == "unclear" and "ubuntu-20.04" in _text(answer), _text(answer)
    assert "hosts running ubuntu-22.04" in answer["suggestions"], answer["suggestions"]
    # a quantity several keys hold: the answer names them and each rephrasing picks one
    sized = {k for r in rows for k in r["attributes"] if k.endswith("_gb") or k.endswith("_tb")}
    assert len(sized) > 1
    answer = _ask(session, "CIs with 100 GB")
    assert answer["status"] == "unclear" and "several attributes" in _text(answer)
    assert all(key in _text(answer) for key in sized), _text(answer)
    rephrased = _ask(session, answer["suggestions"][0])
    assert rephrased["status"] == "ok", rephrased["blocks"]
    # a value under two keys: after one more CI carries it under another key
    upsert_ci(
        session,
        actor=SYSTEM,
        name="mirror-appliance",
        type="storage",
        environment="prod",
        attributes={"product": "java", "capacity_tb": 10},
    )
    session.commit()
    answer = _ask(session, "java 쓰는 CI 목록")
    assert answer["status"] == "unclear" and "여러 속성" in _text(answer)
    assert "language" in _text(answer) and "product" in _text(answer), _text(answer)
    assert any("language" in s for s in answer["suggestions"]), answer["suggestions"]


def test_everyday_words_are_values_only_beside_their_key(
    session: Session, estate: tuple[str, str, list[Row]]
) -> None:
    host = next(r for r in estate[2] if r["type"] == "host")["name"]
    answer = _ask(session, f"How high did {host} memory go in the last 24 hours?")
    assert [s["tool"] for s in answer["plan"]["steps"]] == ["metric_query"], answer["plan"]


def test_a_place_beside_one_ci_is_checked(session: Session, estate: tuple[str, str, list[Row]]) -> None:
    rows = estate[2]
    ci = next(r for r in rows if r["type"] == "database" and r["environment"] == "prod")
    elsewhere = next(r["location"] for r in rows if r["location"] not in ("", ci["location"]))
    answer = _ask(session, f"{elsewhere}에 있는 {ci['name']} 담당자는?")
    assert answer["status"] == "ok", answer["blocks"]
    text = _text(answer)
    assert f"{elsewhere}" in text and ci["location"] in text and "아니라" in text, text
    assert ci["owner"] in text
    answer = _ask(session, f"events of {ci['name']} in {elsewhere} in the last 24 hours")
    check, events = answer["plan"]["steps"]  # its own events wherever it is, and where that is
    assert check["args"]["filters"] == {"location": elsewhere} and "filters" not in events["args"], events
    assert f"not in {elsewhere}: it is in {ci['location']}" in _text(answer), _text(answer)
    answer = _ask(session, f"Who owns {ci['name']} in {ci['location']}?")
    assert answer["status"] == "ok" and "as asked" in _text(answer) and ci["owner"] in _text(answer)


def test_values_filter_metrics_and_stay_off_other_types(
    session: Session, estate: tuple[str, str, list[Row]]
) -> None:
    answer = _ask(session, "128GB 호스트들의 평균 메모리 사용률")
    (step,) = answer["plan"]["steps"]  # the metric is asked for; "128GB" only picks the hosts
    assert step["tool"] == "metric_query" and step["args"]["metric"] == "memory_usage", step
    assert step["args"]["filters"] == {"type": "host", "attributes": {"memory_gb": 128}}, step
    engine = next(r["attributes"]["engine"] for r in estate[2] if r["type"] == "database")
    assert not any(r["attributes"].get("engine") == engine for r in estate[2] if r["type"] == "service")
    answer = _ask(session, f"Which services use {engine}?")  # the databases they use, not a filter
    assert answer["status"] == "unclear" and engine in _text(answer), _text(answer)


def test_a_size_stored_as_text_matches_after_unit_conversion(session: Session) -> None:
    upsert_ci(
        session, actor=SYSTEM, name="big-iron", type="host", environment="prod", attributes={"ram": "2TB"}
    )
    session.commit()
    for question in ("hosts with 2 TB", "hosts with 2048 GB", "2테라 서버 목록"):
        answer = _ask(session, question)
        assert answer["status"] == "ok" and _names(answer) == {"big-iron"}, (question, answer["blocks"])


def test_a_lookup_checks_its_filters_by_the_search_rules(
    session: Session, estate: tuple[str, str, list[Row]]
) -> None:
    host = next(r for r in estate[2] if r["type"] == "host")
    ctx = ToolContext(session, SYSTEM, NOW, "Asia/Seoul", "en", {"max_rows": 100})
    family, megabytes = host["attributes"]["os"].split("-")[0], host["attributes"]["memory_gb"] * 1024
    attributes = {"os": family, "memory_gb": f"{megabytes} MB"}
    args = CiLookupArgs(
        op="get", name=host["name"], filters={"location": host["location"], "attributes": attributes}
    )
    checks = TOOLS["ci_lookup"].fn(ctx, args).data["checks"]
    assert [(c["field"], c["matches"]) for c in checks] == [
        ("location", True),
        ("os", True),
        ("memory_gb", True),
    ]
    args = CiLookupArgs(op="get", name=host["name"], filters={"attributes": {"os": "plan9"}})
    (check,) = TOOLS["ci_lookup"].fn(ctx, args).data["checks"]
    assert (check["matches"], check["actual"]) == (False, host["attributes"]["os"])


def test_host_kinds_and_model_codes_filter_by_what_the_cmdb_records(
    session: Session, estate: tuple[str, str, list[Row]]
) -> None:
    """A VM is a host recording a hypervisor, a blade one in a chassis; "R660" is the one model holding it."""
    kinds = {
        "vm-a": {"hypervisor": "VMware vSphere 8.0U2", "vcpu": 8},
        "blade-a": {"chassis": "bc01", "model": "Lenovo ThinkSystem SN550 V2"},
        "rack-a": {"model": "Dell PowerEdge R660", "gpu": "2x NVIDIA L40S"},
    }
    for name, attributes in kinds.items():
        upsert_ci(session, actor=SYSTEM, name=name, type="host", environment="prod", attributes=attributes)
    session.commit()
    hosts = [r for r in estate[2] if r["type"] == "host"] + [
        {"name": n, "attributes": a} for n, a in kinds.items()
    ]
    vms = {r["name"] for r in hosts if "hypervisor" in r["attributes"]}
    blades = {r["name"] for r in hosts if "chassis" in r["attributes"]}
    for question, expected in (
        ("list the VMs", vms),
        ("가상머신 목록", vms),
        ("which hosts are blades?", blades),
        ("R660 모델 서버 목록", {"rack-a"}),
        ("list the R660 hosts", {"rack-a"}),
        ("gpu 달린 서버 목록", {r["name"] for r in hosts if "gpu" in r["attributes"]}),
        ("hosts with a gpu", {r["name"] for r in hosts if "gpu" in r["attributes"]}),
    ):
        answer = _ask(session, question)
        assert answer["status"] == "ok" and _names(answer) == expected, (question, answer["blocks"])
    answer = _ask(session, "블레이드 몇 대?")
    assert f"{len(blades)}" in _text(answer) and "chassis" in _text(answer), _text(answer)


def test_kinds_said_together_are_both_listed(session: Session, estate: tuple[str, str, list[Row]]) -> None:
    """ "databases and caches" asks for both kinds, never for what is both (which is nothing)."""
    both = {r["name"] for r in estate[2] if r["type"] in ("database", "cache")}
    for question in ("list the databases and the caches", "DB랑 캐시 목록"):
        answer = _ask(session, question)
        assert answer["status"] == "ok" and _names(answer) == both, (question, answer["blocks"])
    queues = {r["name"] for r in estate[2] if r["type"] == "queue"}
    answer = _ask(session, "list our queues")
    assert answer["status"] == "ok" and _names(answer) == queues, answer["blocks"]


def test_a_product_stored_by_one_of_its_names_is_found_by_the_others(session: Session) -> None:
    upsert_ci(
        session,
        actor=SYSTEM,
        name="erp-sql",
        type="database",
        environment="prod",
        attributes={"engine": "mssql"},
    )
    session.commit()
    for question in ("Which databases run on MS-SQL?", "sql server 데이터베이스 목록"):
        answer = _ask(session, question)
        assert answer["status"] == "ok" and "erp-sql" in _names(answer), (question, answer["blocks"])


def test_a_kind_of_host_nothing_records_is_unclear(
    session: Session, estate: tuple[str, str, list[Row]]
) -> None:
    """Every host is no answer to "which hosts are VMs?" when no host records a hypervisor."""
    evidence = ("hypervisor", "vcpu", "vcpus", "virtualization", "virtualisation", "vm_host", "form")
    assert not any(k in r["attributes"] for r in estate[2] if r["type"] == "host" for k in evidence)
    for question in ("which hosts are VMs?", "VM 몇 대야?"):
        answer = _ask(session, question)
        assert answer["status"] == "unclear", (question, answer["blocks"])


def test_a_value_of_a_list_no_ci_holds_is_said(session: Session, estate: tuple[str, str, list[Row]]) -> None:
    """ "oracle or postgres" where nothing runs Oracle: the PostgreSQL databases, and the answer says no
    CI holds engine=oracle (the list alone would read as if some did)."""
    if estate[0] != "demo":
        pytest.skip("the demo estate records no Oracle")
    postgres = _where(estate[2], "database", lambda a: a.get("engine") == "postgresql")
    assert postgres and not any(r["attributes"].get("engine") == "oracle" for r in estate[2])
    for question, none_said in (
        ("오라클이나 postgres 쓰는 db 뭐 있어", "engine=oracle인 CI는 없습니다"),
        ("which databases run oracle or postgresql?", "None has engine=oracle."),
    ):
        answer = _ask(session, question)
        assert answer["status"] == "ok" and _names(answer) == postgres, (question, answer["blocks"])
        assert none_said in _text(answer), _text(answer)
    answer = _ask(session, "postgres나 mysql 쓰는 db 몇 개?")
    assert answer["status"] == "ok" and "없습니다" not in _text(answer), _text(answer)
    answer = _ask(session, "오라클이나 postgres 쓰는 db size_gb 다 합치면?")  # a sum says it too
    assert answer["status"] == "ok" and "engine=oracle인 CI는 없습니다" in _text(answer), answer["blocks"]
    assert f"{sum(r['attributes']['size_gb'] for r in estate[2] if r['name'] in postgres):,}" in _text(answer)

"""Import of the interchange format: exact loads, idempotence, row-level rejection, gz and zip handling."""

from __future__ import annotations

import csv
import gzip
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session

from services.core.errors import Forbidden
from services.core.security import ROLE_PERMISSIONS, SYSTEM, Principal
from services.infra import service
from services.infra.importer import ImportReport, import_path

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "infra-small"
VIEWER = Principal(user_id=9, username="viewer", role="viewer", permissions=ROLE_PERMISSIONS["viewer"])


def csv_rows(name: str) -> list[dict[str, str]]:
    with (SAMPLE / name).open(newline="") as handle:
        return list(csv.DictReader(handle))


def counts(session: Session) -> dict[str, int]:
    tables = ("cis", "ci_relations", "metric_samples", "events")
    return {t: int(session.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in tables}


def run(session: Session, path: Path) -> ImportReport:
    report = import_path(session, path, actor=SYSTEM)
    session.commit()
    return report


def by_kind(report: ImportReport) -> dict[str, dict[str, Any]]:
    return {f.file.split(".")[0]: f.to_dict() for f in report.files}


def estate(tmp_path: Path, **replace: str) -> Path:
    """A copy of the sample with some files replaced by the given CSV text (key = kind)."""
    folder = tmp_path / "estate"
    shutil.copytree(SAMPLE, folder)
    for kind, body in replace.items():
        (folder / f"{kind}.csv").write_text(body)
    return folder


def test_sample_loads_exactly_and_reimport_is_idempotent(session: Session) -> None:
    report = run(session, SAMPLE)
    expected = {
        "cis": len(csv_rows("cis.csv")),
        "relations": len(csv_rows("relations.csv")),
        "metrics": len(csv_rows("metrics.csv")),
        "events": len(csv_rows("events.csv")),
    }
    assert report.ok, report.to_dict()
    files = by_kind(report)
    assert {k: f["accepted"] for k, f in files.items()} == expected
    assert all(f["applied"] and f["rejected"] == 0 for f in files.values())
    stored = counts(session)
    assert stored == {
        "cis": expected["cis"],
        "ci_relations": expected["relations"],
        "metric_samples": expected["metrics"],
        "events": expected["events"],
    }
    one = session.execute(
        text(
            "SELECT s.value FROM metric_samples s JOIN cis c ON c.id = s.ci_id JOIN metric_catalog m "
            "ON m.id = s.metric_id WHERE c.name = 'api-gateway' AND m.name = 'error_rate' "
            "AND s.ts = '2026-03-01T00:00:00Z'"
        )
    ).scalar_one()
    assert one == 0.24
    attrs = session.execute(text("SELECT attributes FROM cis WHERE name = 'app-01'")).scalar_one()
    assert attrs["cpu_cores"] == 32 and attrs["rack"] == "E-04"

    again = run(session, SAMPLE)
    assert again.ok and counts(session) == stored
    assert all(f["written"] == 0 for f in by_kind(again).values())  # nothing changed, nothing rewritten
    audits = session.execute(
        text("SELECT count(*) FROM audit_log WHERE action = 'infra.import'")
    ).scalar_one()
    assert audits == 2


def test_changed_values_are_upserted(session: Session, tmp_path: Path) -> None:
    run(session, SAMPLE)
    folder = estate(
        tmp_path,
        cis="name,type,environment,owner,location,status,attributes\n"
        'app-01,host,prod,new-owner,seoul-idc-1,maintenance,"{""rack"": ""Z-01""}"\n',
        metrics="ts,ci,metric,value\n2026-03-01T00:00:00Z,api-gateway,error_rate,9.5\n",
    )
    report = run(session, folder)
    assert report.ok, report.to_dict()
    files = by_kind(report)
    assert files["cis"]["written"] == 1 and files["metrics"]["written"] == 1
    owner, status = session.execute(text("SELECT owner, status FROM cis WHERE name = 'app-01'")).one()
    assert (owner, status) == ("new-owner", "maintenance")
    assert counts(session)["metric_samples"] == len(csv_rows("metrics.csv"))


BAD_CIS = (
    "name,type,environment,owner,location,status,attributes\n"
    "ok-1,host,prod,team,loc,active,{}\n"
    "bad-type,rocket,prod,team,loc,active,{}\n"
    "bad-env,host,sandbox,team,loc,active,{}\n"
    "ok-1,host,prod,team,loc,active,{}\n"
    "bad-json,host,prod,team,loc,active,{nope\n"
    "bad-attrs,host,prod,team,loc,active,[1]\n"
    "short,host\n"
)


def test_bad_cis_reject_the_whole_file_with_row_numbers(session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "cis.csv").write_text(BAD_CIS)
    report = run(session, folder)
    cis = by_kind(report)["cis"]
    assert not report.ok and not cis["applied"] and "not applied" in cis["note"]
    assert (cis["accepted"], cis["rejected"]) == (1, 6)
    rows = {e["row"]: e["reason"] for e in cis["errors"]}
    assert set(rows) == {3, 4, 5, 6, 7, 8}
    assert (
        "rocket" in rows[3] and "sandbox" in rows[4] and "duplicate name 'ok-1' (first at row 2)" in rows[5]
    )
    assert "JSON" in rows[6] and "JSON object" in rows[7] and "expected 7 fields" in rows[8]
    assert counts(session)["cis"] == 0


def test_bad_metrics_relations_events_are_rejected_and_nothing_half_applied(
    session: Session, tmp_path: Path
) -> None:
    run(session, SAMPLE)
    before = counts(session)
    folder = estate(
        tmp_path,
        relations="source,target,type\napp-01,app-02,RUNS_ON\nghost,app-01,RUNS_ON\napp-01,app-01,RUNS_ON\n"
        "app-01,app-02,OWNS\n",
        metrics="ts,ci,metric,value\n"
        "2026-03-05T00:00:00Z,app-01,cpu_usage,1\n"
        "2026-03-05T00:00:00Z,ghost,cpu_usage,1\n"
        "yesterday,app-01,cpu_usage,1\n"
        "2026-03-05T00:05:00Z,app-01,cpu_usage,high\n"
        "2026-03-05T00:05:00Z,app-01,volt-age,1\n"
        "2026-03-05T00:10:00Z,app-01,cpu_usage,nan\n"
        "2026-03-05T00:00:00Z,app-01,cpu_usage,2\n",
        events="ts,ci,severity,type,message\n"
        "2026-03-05T00:00:00Z,app-01,critical,down,x\n"
        "2026-13-05T00:00:00Z,app-01,critical,down,x\n"
        "2026-03-05T00:00:00Z,app-01,fatal,down,x\n"
        "2026-03-05T00:00:00Z,nobody,info,down,x\n",
    )
    report = run(session, folder)
    files = by_kind(report)
    assert files["cis"]["applied"] and files["cis"]["rejected"] == 0
    relations, metrics, events = files["relations"], files["metrics"], files["events"]
    assert (relations["accepted"], relations["rejected"], relations["applied"]) == (1, 3, False)
    assert [e["row"] for e in relations["errors"]] == [3, 4, 5]
    assert (metrics["accepted"], metrics["rejected"], metrics["applied"]) == (1, 6, False)
    reasons = {e["row"]: e["reason"] for e in metrics["errors"]}
    assert "unknown CI 'ghost'" in reasons[3] and "bad timestamp" in reasons[4]
    assert "not a number" in reasons[5] and "unknown metric 'volt-age'" in reasons[6]
    assert "finite" in reasons[7] and "duplicate sample" in reasons[8] and "row 2" in reasons[8]
    assert (events["accepted"], events["rejected"], events["applied"]) == (1, 3, False)
    assert [e["row"] for e in events["errors"]] == [3, 4, 5]
    assert counts(session) == before


def test_a_new_metric_joins_the_catalog_with_its_file(session: Session, tmp_path: Path) -> None:
    """A metric the catalog lacks (`gpu_utilization`) is registered with a unit and labels read off its
    name when its file is applied; a file rejected for another row registers nothing."""
    from services.ops.planner.entities import index_cache

    run(session, SAMPLE)
    assert "gpu_utilization" not in index_cache.get(session).metric_units
    rows = "ts,ci,metric,value\n2026-03-05T00:00:00Z,app-01,gpu_utilization,71\n"
    catalog = "SELECT name, unit, description_ko, description_en FROM metric_catalog WHERE name = :n"
    rejected = run(session, estate(tmp_path, metrics=rows + "2026-03-05T00:00:00Z,ghost,cpu_usage,1\n"))
    assert not by_kind(rejected)["metrics"]["applied"]
    assert session.execute(text(catalog), {"n": "gpu_utilization"}).first() is None
    shutil.rmtree(tmp_path / "estate")
    report = run(session, estate(tmp_path, metrics=rows + "2026-03-05T00:05:00Z,app-01,consumer_lag,1056\n"))
    metrics = by_kind(report)["metrics"]
    assert (metrics["accepted"], metrics["applied"]) == (2, True), metrics
    assert "gpu_utilization, consumer_lag" in metrics["note"]
    assert tuple(session.execute(text(catalog), {"n": "gpu_utilization"}).one()) == (
        "gpu_utilization",
        "%",
        "GPU 사용률",
        "GPU utilization",
    )
    assert tuple(session.execute(text(catalog), {"n": "consumer_lag"}).one())[1:] == (
        "",
        "컨슈머 랙",
        "consumer lag",
    )
    assert ("gpu utilization", "gpu_utilization") in index_cache.get(
        session
    ).metric_terms  # the planner knows it


@pytest.mark.parametrize("first_import", [False, True], ids=["over-stored-samples", "first-import"])
def test_duplicate_sample_alone_rejects_metrics_and_later_files_still_load(
    session: Session, tmp_path: Path, first_import: bool
) -> None:
    """Also on a first import, whose plain insert meets the repeated key and falls back to the upsert."""
    if not first_import:
        run(session, SAMPLE)
    before = counts(session)
    folder = estate(
        tmp_path,
        metrics="ts,ci,metric,value\n"
        "2026-03-05T00:00:00Z,app-01,cpu_usage,1\n"
        "2026-03-05T00:05:00Z,app-01,cpu_usage,2\n"
        "2026-03-05T00:00:00+00:00,app-01,cpu_usage,1\n",
        events="ts,ci,severity,type,message\n2026-03-05T00:00:00Z,app-01,info,note,after the duplicate\n",
    )
    report = run(session, folder)
    files = by_kind(report)
    metrics = files["metrics"]
    assert (metrics["accepted"], metrics["rejected"], metrics["applied"]) == (2, 1, False)
    assert metrics["errors"] == [{"row": 4, "reason": "duplicate sample (ci, metric, ts) of row 2"}]
    assert files["events"]["applied"] and files["events"]["written"] == 1
    after = counts(session)
    assert after["metric_samples"] == before["metric_samples"] and after["events"] == before["events"] + 1
    assert after["cis"] == len(csv_rows("cis.csv"))


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("", "file is empty"),
        ("time,ci,metric,value\n2026-03-01T00:00:00Z,app-01,cpu_usage,1\n", "wrong header"),
    ],
)
def test_empty_file_and_wrong_header(session: Session, tmp_path: Path, body: str, reason: str) -> None:
    run(session, SAMPLE)
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "metrics.csv").write_text(body)
    report = run(session, folder)
    metrics = by_kind(report)["metrics"]
    assert not report.ok and not metrics["applied"] and reason in metrics["errors"][0]["reason"]
    assert metrics["rejected"] == body.count("\n") - 1 if body else metrics["rejected"] == 0


def test_error_list_is_capped_but_counts_are_exact(session: Session, tmp_path: Path) -> None:
    run(session, SAMPLE)
    folder = tmp_path / "many"
    folder.mkdir()
    lines = ["ts,ci,metric,value"] + [f"2026-03-05T00:00:00Z,ghost-{i},cpu_usage,1" for i in range(250)]
    (folder / "metrics.csv").write_text("\n".join(lines) + "\n")
    metrics = by_kind(run(session, folder))["metrics"]
    assert metrics["rejected"] == 250 and len(metrics["errors"]) == 100 and metrics["errors"][0]["row"] == 2


def test_gz_and_zip_and_single_file(session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "gz"
    folder.mkdir()
    for name in ("cis.csv", "relations.csv"):
        shutil.copy(SAMPLE / name, folder / name)
    for name in ("metrics.csv", "events.csv"):
        (folder / f"{name}.gz").write_bytes(gzip.compress((SAMPLE / name).read_bytes()))
    report = run(session, folder)
    assert report.ok and [f.file for f in report.files] == [
        "cis.csv",
        "relations.csv",
        "metrics.csv.gz",
        "events.csv.gz",
    ]
    assert counts(session)["metric_samples"] == len(csv_rows("metrics.csv"))

    archive = tmp_path / "estate.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name in ("cis.csv", "relations.csv", "metrics.csv", "events.csv"):
            zf.write(SAMPLE / name, f"infra-small/{name}")
    zipped = run(session, archive)
    assert zipped.ok and len(zipped.files) == 4 and all(f.written == 0 for f in zipped.files)

    single = run(session, SAMPLE / "events.csv")
    assert single.ok and single.files[0].accepted == len(csv_rows("events.csv"))


def test_zip_with_foreign_file_or_garbage_is_rejected(session: Session, tmp_path: Path) -> None:
    archive = tmp_path / "estate.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(SAMPLE / "cis.csv", "cis.csv")
        zf.writestr("notes.txt", "hello")
    report = run(session, archive)
    assert not report.ok and "notes.txt" in report.errors[0] and report.files == []
    assert counts(session)["cis"] == 0

    garbage = tmp_path / "junk.zip"
    garbage.write_bytes(b"not a zip")
    assert "not a zip archive" in run(session, garbage).errors[0]
    bad_gz = tmp_path / "badgz"
    bad_gz.mkdir()
    (bad_gz / "cis.csv.gz").write_bytes(b"not gzip")
    cis = by_kind(run(session, bad_gz))["cis"]
    assert not cis["applied"] and "reading stopped" in cis["errors"][0]["reason"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "no interchange files" in run(session, empty).errors[0]


def test_permission_audit_and_hooks(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(Forbidden):
        import_path(session, SAMPLE, actor=VIEWER)
    seen: list[tuple[str, dict[str, Any]]] = []
    monkeypatch.setattr(service, "on_cmdb_change", [lambda _s, kind, payload: seen.append((kind, payload))])
    run(session, SAMPLE)
    assert seen and seen[0][0] == "import" and seen[0][1]["applied"]["cis.csv"] == len(csv_rows("cis.csv"))
    after = session.execute(
        text("SELECT after FROM audit_log WHERE action = 'infra.import' ORDER BY id DESC LIMIT 1")
    ).scalar_one()
    assert after["ok"] and {f["file"] for f in after["files"]} == {
        "cis.csv",
        "relations.csv",
        "metrics.csv",
        "events.csv",
    }


def test_cmdb_service_writes(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(service, "on_cmdb_change", [lambda _s, kind, _p: seen.append(kind)])
    service.upsert_ci(session, actor=SYSTEM, name="h1", type="host", environment="prod", attributes={"a": 1})
    service.upsert_ci(session, actor=SYSTEM, name="s1", type="service", environment="prod")
    service.upsert_ci(session, actor=SYSTEM, name="s1", type="service", environment="dev", owner="me")
    assert service.add_relation(session, actor=SYSTEM, source="s1", target="h1", type="RUNS_ON")
    assert not service.add_relation(session, actor=SYSTEM, source="s1", target="h1", type="RUNS_ON")
    service.remove_relation(session, actor=SYSTEM, source="s1", target="h1", type="RUNS_ON")
    service.delete_ci(session, actor=SYSTEM, name="h1")
    session.commit()
    assert seen == ["ci.upsert", "ci.upsert", "ci.upsert", "relation.add", "relation.remove", "ci.delete"]
    assert session.execute(text("SELECT environment, owner FROM cis WHERE name = 's1'")).one() == (
        "dev",
        "me",
    )
    actions = [r[0] for r in session.execute(text("SELECT action FROM audit_log ORDER BY id"))]
    assert actions == ["ci.create", "ci.create", "ci.update", "relation.add", "relation.remove", "ci.delete"]
    with pytest.raises(Forbidden):
        service.upsert_ci(session, actor=VIEWER, name="x", type="host", environment="prod")


def test_environment_spellings_are_normalised(session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "envs"
    folder.mkdir()
    (folder / "cis.csv").write_text(
        "name,type,environment,owner,location,status,attributes\n"
        "a-1,host,PRD,t,l,active,{}\nb-1,host,TST,t,l,active,{}\nc-1,host,Dev,t,l,active,{}\n"
    )
    assert run(session, folder).ok
    found = session.execute(text("SELECT name, environment FROM cis ORDER BY name")).all()
    assert [tuple(row) for row in found] == [("a-1", "prod"), ("b-1", "staging"), ("c-1", "dev")]


def test_other_ci_types_are_read_as_ours_and_keep_their_label(session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "types"
    folder.mkdir()
    header = "name,type,environment,owner,location,status,attributes\n"
    (folder / "cis.csv").write_text(header + "x-1,spaceship,prod,t,l,active,{}\n")
    report = run(session, folder)
    assert not report.ok and "unknown type 'spaceship'" in str(report.files), report
    (folder / "cis.csv").write_text(
        header + "BAT_CLOSE,batch,prod,t,l,active,{}\nvm-1,VM,prod,t,l,active,{}\n"
        "db-1,DB,prod,t,l,active,{}\nsw-1,switch,prod,t,l,active,{}\nNIGHTLY,cronjob,prod,t,l,active,{}\n"
        "pos-fleet,device_group,prod,t,l,active,{}\n"
    )
    assert run(session, folder).ok
    found = session.execute(text("SELECT name, type, attributes->>'type_label' FROM cis ORDER BY name")).all()
    assert [tuple(row) for row in found] == [
        ("BAT_CLOSE", "batch", None),
        ("NIGHTLY", "batch", None),  # a spelling of ours keeps no label
        ("db-1", "database", None),
        ("pos-fleet", "host", "device_group"),  # devices in the field are machines
        ("sw-1", "network", "switch"),  # network gear is its own kind
        ("vm-1", "host", "vm"),
    ]

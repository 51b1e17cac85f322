"""Pure view code of the pages: URL view state, the import outcome in the user's words, the chat's stage
summary and API-key rows."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from services.core.settings import reset_settings
from spa_ai.state import import_view, url_state
from spa_ai.state.api_keys import key_row
from spa_ai.state.infra import ALL, FILTERS, detail_query, list_query, list_view_from
from spa_ai.state.ops_blocks import apply_stage, finish_message, new_message

pytestmark = pytest.mark.usefixtures("installed_domains")  # the import messages are the infra domain's

STORED = "0123456789abcdef0123456789abcdef.zip"


# --- URL view state --------------------------------------------------------------------------------------


def test_query_string_leaves_defaults_out_and_quotes() -> None:
    assert url_state.query_string({"q": "", "type": "all"}, {"type": "all"}) == ""
    assert url_state.query_string({"q": "orders db", "type": "database"}, {"type": "all"}) == (
        "?q=orders%20db&type=database"
    )
    assert url_state.query_string({"q": "한글/&"}) == "?q=%ED%95%9C%EA%B8%80%2F%26"


def test_choice_and_number_fall_back_on_bad_input() -> None:
    params = {"type": "database", "env": "moon", "page": "3", "bad": "x" * 500, "neg": "-1"}
    assert url_state.choice(params, "type", ("database",), "all") == "database"
    assert url_state.choice(params, "env", ("prod",), "all") == "all"
    assert url_state.choice(params, "bad", None, "") == ""
    assert url_state.choice(params, "missing", None, "d") == "d"
    assert url_state.number(params, "page", 1, 1, 10) == 3
    assert url_state.number(params, "page", 1, 1, 2) == 2
    assert url_state.number(params, "neg", 1, 1, 10) == 1
    assert url_state.number({"page": "9" * 20}, "page", 1, 1, 10) == 1


def test_path_tail_of_dynamic_routes() -> None:
    assert url_state.path_tail("/infra/orders-db", 2) == "orders-db"
    assert url_state.path_tail("/infra/a%2Fb/", 2) == "a/b"
    assert url_state.path_tail("/infra", 2) == ""
    assert url_state.path_tail("/ops/traces/abc", 3) == "abc"


def test_infra_list_view_round_trips_through_the_address() -> None:
    filters = {**dict.fromkeys(FILTERS, ALL), "type": "database", "owner": "dba team"}
    query = list_query("orders", filters, 2)
    assert query == "?q=orders&type=database&owner=dba%20team&page=3"
    params = dict(p.split("=") for p in query[1:].split("&"))
    params["owner"] = "dba team"
    assert list_view_from(params) == ("orders", filters, 2, "name")
    assert list_query("", dict.fromkeys(FILTERS, ALL), 0) == ""
    assert list_query("", dict.fromkeys(FILTERS, ALL), 0, "health") == "?sort=health"
    assert list_view_from({"sort": "health"}) == ("", dict.fromkeys(FILTERS, ALL), 0, "health")
    assert list_view_from({"type": "mainframe", "page": "0", "sort": "x"}) == (
        "",
        dict.fromkeys(FILTERS, ALL),
        0,
        "name",
    )


def test_detail_view_query() -> None:
    assert detail_query("24h", "2", "both") == ""
    assert detail_query("7d", "3", "upstream") == "?range=7d&depth=3&direction=upstream"


# --- import outcome --------------------------------------------------------------------------------------


def _file(name: str, accepted: int, rejected: int, applied: bool, errors: list | None = None) -> dict:
    return {
        "file": name,
        "accepted": accepted,
        "rejected": rejected,
        "applied": applied,
        "written": accepted if applied else 0,
        "errors": errors or [],
        "note": "",
    }


def _view(status: str, files: list[dict], errors: list[str] | None = None, error: str = "") -> dict:
    ok = not errors and all(not f["rejected"] and not f["errors"] for f in files)
    result = {
        "source": "estate.zip",
        "ok": ok,
        "errors": errors or [],
        "ignored": [],
        "files": files,
        "accepted": sum(f["accepted"] for f in files),
        "rejected": sum(f["rejected"] for f in files),
    }
    return {"status": status, "progress": 1.0, "result": result, "error": error or None}


def test_every_row_rejected_is_nothing_applied_not_success() -> None:
    errors = [{"row": r, "reason": "unknown type 'mainframe'"} for r in range(2, 7)]
    view = _view("succeeded", [_file("cis.csv", 0, 40, False, errors)])
    assert import_view.outcome(view) == import_view.NOTHING
    assert import_view.OUTCOME_COLORS[import_view.NOTHING] == "red"
    summary = import_view.summary(view, "estate.zip")
    assert "Nothing from 'estate.zip' was applied" in summary["en"] and "40" in summary["en"]
    assert "적용된 내용이 없습니다" in summary["ko"]
    row = import_view.file_rows(view)[0]
    assert row["applied"] == "no"
    assert row["detail_en"].startswith("row 2: unknown type 'mainframe'")
    assert row["detail_en"].endswith("and 37 more rows") and row["detail_ko"].startswith("2행: ")


def test_some_files_applied_is_partial_and_all_applied_is_success() -> None:
    partial = _view(
        "succeeded",
        [_file("cis.csv", 10, 0, True), _file("metrics.csv", 5, 1, False, [{"row": 3, "reason": "bad ts"}])],
    )
    assert import_view.outcome(partial) == import_view.PARTIAL
    assert (
        "Applied: cis.csv. Not applied because of rejected rows: metrics.csv"
        in (import_view.summary(partial, "estate.zip")["en"])
    )
    good = _view("succeeded", [_file("cis.csv", 10, 0, True), _file("relations.csv", 4, 0, True)])
    assert import_view.outcome(good) == import_view.SUCCEEDED
    assert (
        import_view.summary(good, "estate.zip")["en"] == "Applied all 14 rows from 2 file(s) of 'estate.zip'."
    )
    assert import_view.outcome({"status": "running", "progress": 0.4}) == ""


def test_a_broken_archive_fails_in_the_users_words_with_their_file_name() -> None:
    problem = f"'{STORED}' is not a zip archive, a directory or an interchange CSV (File is not a zip file)"
    view = _view("failed", [], errors=[problem], error=f"JobFailed: {problem}")
    assert import_view.outcome(view) == import_view.FAILED
    reasons = import_view.failure_reasons(view, "my-estate.zip")
    assert reasons == [import_view.both("infra.import_err_not_zip", file="my-estate.zip")]
    assert "'my-estate.zip' is not a zip archive" in reasons[0]["en"]
    texts = " ".join(t for r in reasons for t in r.values())
    assert STORED not in texts and "JobFailed" not in texts


def test_foreign_files_and_unknown_problems_are_explained_without_internals() -> None:
    foreign = [f"unexpected file '{n}' in archive (allowed: cis.csv, …)" for n in ("notes.txt", "x/y.csv")]
    reasons = import_view.failure_reasons(_view("failed", [], errors=foreign), "e.zip")
    assert len(reasons) == 1 and "notes.txt, x/y.csv" in reasons[0]["en"]
    crash = {"status": "failed", "result": None, "error": f"OperationalError: {STORED} lost connection"}
    (reason,) = import_view.failure_reasons(crash, "e.zip")
    assert reason["en"] == "Import failed: e.zip lost connection"
    gone = {"status": "failed", "result": None, "error": "JobFailed: user 'bob' is no longer active"}
    assert import_view.failure_reasons(gone, "e.zip") == [import_view.both("infra.import_err_user")]


def test_refused_selection_names_the_file_and_the_rule() -> None:
    refused = import_view.refused_selection([{"name": "cis.csv", "code": "file-invalid-type"}])
    assert "'cis.csv' cannot be imported: only .zip files are accepted" in refused["en"]
    assert "'cis.csv' 파일은 가져올 수 없습니다" in refused["ko"]
    two = [{"name": "a.zip", "code": "too-many-files"}] * 2
    assert import_view.refused_selection(two) == import_view.both("infra.import_one_file")
    assert "'?'" in import_view.refused_selection([b"not a dict"])["en"]  # type: ignore[list-item]
    assert import_view.accepted_name("Estate.ZIP") and not import_view.accepted_name("cis.csv")


# --- chat stage summary ----------------------------------------------------------------------------------

TIMINGS = {"route_plan": 0.4, "validate": 0.05, "execute": 12.0, "compose": 0.3, "present": 0.1}


def test_stage_summary_counts_stages_and_names_the_running_one() -> None:
    message = apply_stage(new_message(1, "q"), "route_plan", "started", {})
    assert (message.stages_done, message.current_stage) == (0, "route_plan")
    message = apply_stage(message, "route_plan", "ok", {"duration_ms": 0.4})
    message = apply_stage(message, "validate", "started", {})
    assert (message.stages_done, message.current_stage) == (1, "validate")
    done = finish_message(message, {"status": "ok", "route": "LOOKUP", "timings_ms": TIMINGS})
    assert (done.stages_done, done.current_stage, done.total_ms) == (5, "", "12.8 ms")
    assert {s.status for s in done.stages} == {"ok"}


def test_a_refusal_shows_no_success_ticks() -> None:
    message = new_message(2, "drop the metrics table")
    for stage in TIMINGS:
        message = apply_stage(message, stage, "ok", {"duration_ms": TIMINGS[stage]})
    refused = finish_message(message, {"status": "rejected", "route": "REJECT", "timings_ms": TIMINGS})
    assert refused.status == "rejected" and {s.status for s in refused.stages} == {"done"}
    message = apply_stage(new_message(3, "q"), "route_plan", "ok", {"duration_ms": 1})
    message = apply_stage(message, "validate", "rejected", {"duration_ms": 1, "error": "not allowed"})
    refused = finish_message(message, {"status": "rejected", "route": "LOOKUP", "timings_ms": TIMINGS})
    assert [s.status for s in refused.stages][:2] == ["done", "rejected"]


# --- API keys ------------------------------------------------------------------------------------------


def test_key_rows_show_local_times_and_status(monkeypatch) -> None:
    monkeypatch.setenv("SPA_TIMEZONE", "Asia/Seoul")
    reset_settings()
    now = datetime(2026, 3, 8, 0, 0, tzinfo=UTC)
    view = {
        "id": 7,
        "name": "ci",
        "prefix": "spa_ab12",
        "owner": "root",
        "scopes": ["infra:read", "ops:ask"],
        "created_at": "2026-03-01T00:00:00.123456+00:00",
        "expires_at": "2026-03-09T15:30:00.654321+00:00",
        "revoked_at": None,
        "last_used_at": None,
    }
    row = key_row(view, now)
    assert row["expires"] == "2026-03-10 00:30:00" and row["created"] == "2026-03-01 09:00:00"
    assert row["status"] == "active" and row["scopes"] == "infra:read, ops:ask" and row["last_used"] == ""
    assert key_row({**view, "expires_at": "2026-03-07T00:00:00+00:00"}, now)["status"] == "expired"
    assert key_row({**view, "revoked_at": "2026-03-07T00:00:00+00:00"}, now)["status"] == "revoked"
    reset_settings()

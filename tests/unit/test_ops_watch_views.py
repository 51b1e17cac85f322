"""Regression Watch fingerprints and diffs, and the pure view code of the watch pages."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from services.ops.regression_diff import diff, fingerprint
from spa_ai.state.ops_watch_views import diff_lines, pass_rate_figure, result_rows

NOW = datetime(2026, 3, 2, tzinfo=UTC)
UNIVERSE = {"web-01", "orders-db", "order-service"}


def _answer(start: str, value: float, op: str = "aggregate") -> dict:
    return {
        "route": "AGGREGATE",
        "status": "ok",
        "plan": {
            "steps": [
                {
                    "tool": "metric_query",
                    "args": {"op": op, "ci": "web-01", "start": start, "end": "2026-03-02T00:00:00+00:00"},
                }
            ]
        },
        "blocks": [
            {"type": "text", "text": f"web-01 average {value:.2f}%"},
            {"type": "table", "columns": ["ci", "value"], "rows": [["web-01", value]]},
        ],
    }


def test_same_answer_same_hash_and_no_diff() -> None:
    one = fingerprint(_answer("2026-03-01T23:00:00+00:00", 19.38), now=NOW, pinned=True, universe=UNIVERSE)
    two = fingerprint(_answer("2026-03-01T23:00:00+00:00", 19.38), now=NOW, pinned=True, universe=UNIVERSE)
    assert one["hash"] == two["hash"] and diff(one, two) == []
    assert one["plan"][0]["args"]["start"] == "now-3600s" and one["figures"] == [19.38, 19.38]
    assert one["names"] == ["web-01"]


def test_window_change_and_figures_beyond_tolerance_are_diffs() -> None:
    base = fingerprint(_answer("2026-03-01T23:00:00+00:00", 19.38), now=NOW, pinned=True, universe=UNIVERSE)
    wide = fingerprint(_answer("2026-02-23T00:00:00+00:00", 21.0), now=NOW, pinned=True, universe=UNIVERSE)
    found = {d["field"]: d for d in diff(base, wide)}
    assert set(found) == {"plan", "figures"}
    assert found["plan"]["changes"] == ["step 1: start 'now-3600s' → 'now-604800s'"]
    close = fingerprint(_answer("2026-03-01T23:00:00+00:00", 19.385), now=NOW, pinned=True, universe=UNIVERSE)
    assert (
        diff(base, close, tol_rel=0.01) == [] and diff(base, close, tol_rel=0.0001)[0]["field"] == "figures"
    )


def test_live_queries_compare_shape_not_data() -> None:
    base = fingerprint(_answer("2026-03-01T23:00:00+00:00", 19.38), now=NOW, pinned=False, universe=UNIVERSE)
    later = fingerprint(_answer("2026-03-01T23:00:00+00:00", 50.0), now=NOW, pinned=False, universe=UNIVERSE)
    assert diff(base, later) == []


def test_diff_lines_and_rows() -> None:
    diffs = [
        {"field": "plan", "changes": ["step 1: op 'dependencies' → 'dependents'"]},
        {"field": "route", "baseline": "GRAPH", "current": "REJECT"},
    ]
    assert diff_lines(diffs) == ["plan · step 1: op 'dependencies' → 'dependents'", "route: GRAPH → REJECT"]
    rows = result_rows(
        [
            {
                "id": 3,
                "key": "k",
                "question": "q",
                "outcome": "regressed",
                "expect_why": "",
                "diffs": diffs,
                "trace_id": "t",
                "duration_ms": 12.4,
            }
        ]
    )
    assert rows[0].changes == diff_lines(diffs) and rows[0].ms == "12 ms"


def test_pass_rate_chart_oldest_first_regressions_red() -> None:
    runs = [
        SimpleNamespace(id=2, total=4, passed=2, new=0, regressed=2, started_at=NOW),
        SimpleNamespace(
            id=1, total=4, passed=0, new=4, regressed=0, started_at=datetime(2026, 3, 1, tzinfo=UTC)
        ),
    ]
    trace = pass_rate_figure(runs, "Asia/Seoul").data[0]
    assert list(trace.y) == [100.0, 50.0] and list(trace.marker.color) == ["#10b981", "#ef4444"]
    assert list(trace.x) == ["2026-03-01 09:00", "2026-03-02 09:00"]

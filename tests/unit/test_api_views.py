"""API page view helpers: problems become editor diagnostics at the right offsets; diffs and results render."""

from __future__ import annotations

from spa_ai.state import api_views
from spa_ai.state.diff_view import diff_lines


def test_diagnostics_use_offsets_or_line_and_column() -> None:
    text = "SELECT 1\nFROM x\nWHERE pg_sleep(1)"
    from_offsets = api_views.diagnostics(
        text, [{"code": "f", "message": "m", "line": 3, "col": 7, "start": 22, "end": 30}]
    )
    assert text[from_offsets[0]["from"] : from_offsets[0]["to"]] == "pg_sleep"
    assert from_offsets[0]["where"] == "3:7" and from_offsets[0]["severity"] == "error"
    from_position = api_views.diagnostics(
        text, [{"code": "syntax", "message": "m", "line": 2, "col": 6}], "warning"
    )
    assert (
        from_position[0]["from"] == 14
        and from_position[0]["to"] == 15
        and from_position[0]["severity"] == "warning"
    )
    assert api_views.offset_of(text, 99, 99) == len(text)


def test_diff_lines_are_tagged() -> None:
    lines = diff_lines("--- a v1\n+++ a v2\n@@ -1 +1 @@\n-old\n+new\n same")
    assert [line["kind"] for line in lines] == ["meta", "meta", "hunk", "del", "add", "ctx"]


def test_result_view_summarises_and_stringifies() -> None:
    view = api_views.result_view(
        {
            "status": "ok",
            "columns": ["a", "b"],
            "rows": [[None, {"x": 1}]],
            "row_count": 1,
            "duration_ms": 2.5,
            "truncated": True,
            "error": None,
        }
    )
    assert view["rows"] == [["∅", '{"x": 1}']] and view["summary"] == "1 rows · 2.5 ms · truncated"


def test_every_logic_type_has_a_template_that_passes_its_check() -> None:
    from services.api_manager import params
    from services.api_manager.executors.registry import EXECUTORS

    for logic_type, (body, schema) in api_views.TEMPLATES.items():
        assert params.check_schema(schema) == []
        if logic_type != "sql":  # SQL is checked against the readable-tables setting in integration tests
            assert EXECUTORS[logic_type].check(body) == [], logic_type

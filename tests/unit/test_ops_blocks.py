"""The chat's pure helpers: answer object → UI blocks, table sorting, stage streaming, span timeline."""

from spa_ai.state.ops_blocks import (
    MAX_ROWS,
    Block,
    answer_text,
    apply_stage,
    cell,
    fail_message,
    finish_message,
    new_message,
    next_sort,
    sort_rows,
    span_bars,
    to_block,
)

ROWS = [["b", "10"], ["a", "9.5"], ["c", ""], ["d", "-"], ["e", "1,200"], ["f", "n/a"]]


def test_sort_rows_numeric_then_text_then_empty() -> None:
    assert [r[0] for r in sort_rows(ROWS, 1, desc=False)] == ["a", "b", "e", "f", "c", "d"]
    assert [r[0] for r in sort_rows(ROWS, 1, desc=True)] == ["e", "b", "a", "f", "c", "d"]
    assert [r[0] for r in sort_rows(ROWS, 0, desc=True)] == ["f", "e", "d", "c", "b", "a"]


def test_sort_rows_is_stable_and_tolerates_short_rows() -> None:
    rows = [["x", "1"], ["y", "1"], ["z"], ["w", "0"]]
    assert sort_rows(rows, 1, desc=False) == [["w", "0"], ["x", "1"], ["y", "1"], ["z"]]
    assert sort_rows(rows, 1, desc=True) == [["x", "1"], ["y", "1"], ["w", "0"], ["z"]]
    assert sort_rows(rows, -1, desc=False) is rows


def test_sort_rows_percent_and_case() -> None:
    rows = [["B", "5%"], ["a", "40%"], ["C", "12.5%"]]
    assert [r[0] for r in sort_rows(rows, 1, desc=False)] == ["B", "C", "a"]
    assert [r[0] for r in sort_rows(rows, 0, desc=False)] == ["a", "B", "C"]


def test_next_sort_toggles_on_the_same_column() -> None:
    block = Block(index=0, type="table", columns=["ci", "v"], rows=[["a", "2"], ["b", "1"], ["c", "3"]])
    first = next_sort(block, 1)
    assert (first.sort_col, first.sort_desc, [r[0] for r in first.rows]) == (1, False, ["b", "a", "c"])
    second = next_sort(first, 1)
    assert (second.sort_desc, [r[0] for r in second.rows]) == (True, ["c", "a", "b"])
    other = next_sort(second, 0)
    assert (other.sort_col, other.sort_desc, [r[0] for r in other.rows]) == (0, False, ["a", "b", "c"])


def test_cells_are_text() -> None:
    assert [cell(v) for v in (None, 3, 2.0, 0.6232, "x", {"a": 1}, True)] == [
        "",
        "3",
        "2",
        "0.6232",
        "x",
        '{"a": 1}',
        "True",
    ]


def test_table_block_caps_rows_but_keeps_the_total() -> None:
    spec = {"type": "table", "columns": ["n"], "rows": [[i] for i in range(MAX_ROWS + 25)]}
    block = to_block(2, spec)
    assert block.type == "table" and block.index == 2
    assert len(block.rows) == MAX_ROWS and block.total_rows == MAX_ROWS + 25
    assert block.rows[0] == ["0"]


def test_chart_graph_rca_reference_and_unknown_blocks() -> None:
    chart = to_block(
        0, {"type": "chart", "figure": {"data": [{"type": "bar", "x": ["a"], "y": [1]}], "layout": {}}}
    )
    assert chart.figure["data"][0]["type"] == "bar" and chart.figure["layout"]["height"] > 0
    graph = to_block(
        1,
        {
            "type": "graph",
            "nodes": [{"id": "orders-db", "type": "database"}, {"id": "order-service", "type": "service"}],
            "edges": [
                {"source": "order-service", "target": "orders-db", "type": "DEPENDS_ON"},
                {"source": "ghost", "target": "orders-db", "type": "DEPENDS_ON"},
            ],
        },
        center="orders-db",
    )
    assert graph.type == "graph" and graph.figure["data"]
    assert sorted(n for names in graph.curves for n in names) == ["order-service", "orders-db"]
    rca = to_block(
        2,
        {
            "type": "rca",
            "hypotheses": [
                {
                    "ci": "orders-db",
                    "cause": "disk",
                    "score": 0.925,
                    "evidence": [f"e{i}" for i in range(20)],
                },
                {"ci": "x", "cause": "y", "score": 1.7, "evidence": []},
            ],
        },
    )
    assert [(h.rank, h.ci, h.pct) for h in rca.hypotheses] == [(1, "orders-db", "92%"), (2, "x", "100%")]
    assert len(rca.hypotheses[0].evidence) == 8
    ref = to_block(3, {"type": "reference", "kind": "sql", "text": "SELECT 1"})
    assert (ref.kind, ref.text) == ("sql", "SELECT 1")
    odd = to_block(4, {"type": "video", "url": "x"})
    assert odd.type == "text" and "video" in odd.text
    broken = to_block(5, {"type": "chart", "figure": {"data": [{"type": "no-such-trace"}]}})
    assert broken.type == "text" and "chart" in broken.text


def test_stage_stream_then_answer() -> None:
    message = new_message(7, "orders-db에 의존하는 서비스는?")
    assert [s.status for s in message.stages] == ["pending"] * 5
    message = apply_stage(message, "route_plan", "started", {})
    assert message.stages[0].status == "started"
    message = apply_stage(message, "route_plan", "ok", {"duration_ms": 3.14159, "route": "GRAPH"})
    assert (message.stages[0].status, message.stages[0].ms) == ("ok", "3.14 ms")
    message = apply_stage(message, "validate", "rejected", {"duration_ms": 1200, "error": "policy"})
    assert (message.stages[1].status, message.stages[1].ms, message.stages[1].detail) == (
        "rejected",
        "1,200 ms",
        "policy",
    )
    answer = {
        "question": "q",
        "route": "GRAPH",
        "status": "ok",
        "trace_id": "abc",
        "plan": {
            "route": "GRAPH",
            "planner": "rules",
            "steps": [{"tool": "graph_query", "args": {"ci": "orders-db"}}],
        },
        "blocks": [
            {"type": "text", "text": "three services"},
            {"type": "table", "columns": ["name"], "rows": [["a"]]},
        ],
        "timings_ms": {"route_plan": 3.0, "validate": 0.1, "execute": 12.5, "compose": 0.1, "present": 0.1},
    }
    done = finish_message(message, answer)
    assert (done.status, done.route, done.planner, done.trace_id, done.total_ms) == (
        "ok",
        "GRAPH",
        "rules",
        "abc",
        "15.8 ms",
    )
    assert [s.ms for s in done.stages] == ["3.00 ms", "0.10 ms", "12.5 ms", "0.10 ms", "0.10 ms"]
    assert done.stages[1].status == "rejected"  # a finished stage keeps its own status
    assert '"graph_query"' in done.plan_json and [b.type for b in done.blocks] == ["text", "table"]
    assert answer_text(done) == "Q: orders-db에 의존하는 서비스는?\n\nthree services"
    failed = fail_message(new_message(8, "q"), "boom")
    assert failed.status == "error" and failed.blocks[0].text == "boom"


def test_span_bars_share_one_axis() -> None:
    spans = [
        {
            "stage": "route_plan",
            "started_at": "2026-03-01T00:00:00+00:00",
            "duration_ms": 10.0,
            "status": "ok",
            "input": {"question": "q"},
            "output": {"route": "GRAPH"},
            "error": None,
        },
        {
            "stage": "execute",
            "started_at": "2026-03-01T00:00:00.010000+00:00",
            "duration_ms": 30.0,
            "status": "error",
            "input": {},
            "output": {},
            "error": "boom",
        },
        {
            "stage": "present",
            "started_at": "2026-03-01T00:00:00.040000+00:00",
            "duration_ms": 0.0,
            "status": "ok",
            "input": {},
            "output": {},
            "error": None,
        },
    ]
    bars = span_bars(spans)
    assert [(b.offset_pct, b.width_pct) for b in bars] == [
        ("0.00%", "25.00%"),
        ("25.00%", "75.00%"),
        ("99.50%", "0.50%"),
    ]
    assert bars[1].error == "boom" and bars[1].status == "error" and bars[0].ms == "10.0 ms"
    assert '"question": "q"' in bars[0].input_json
    assert span_bars([]) == []

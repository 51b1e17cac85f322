"""OPS answers as UI data: the chat message and block shapes held in state, and the pure helpers
that build them from the answer object (ARCHITECTURE §4), sort tables and lay out trace spans.

Nothing here touches Reflex state or the database, so it is unit-tested directly.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import plotly.graph_objects as go

from services.ops.service import STAGES
from spa_ai.components.graph_view import graph_figure

MAX_ROWS = 500  # table rows kept in state per block
PAGE_ROWS = 20  # rows shown before "show more"
MAX_GRAPH_NODES = 150
MAX_EVIDENCE = 8
CHART_HEIGHT = 340


@dataclass
class Stage:
    """One pipeline stage of a run as the user sees it stream in."""

    name: str
    status: str = "pending"  # pending | started | ok | done (ran, in a refused answer) | rejected | error
    ms: str = ""
    detail: str = ""


@dataclass
class Hypothesis:
    """A ranked root-cause hypothesis with its score as a bar width."""

    rank: int
    ci: str
    cause: str
    score: float
    pct: str
    evidence: list[str] = field(default_factory=list)


@dataclass
class Block:
    """One rendered answer block; only the fields of its `type` are filled."""

    index: int
    type: str
    text: str = ""
    kind: str = ""
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    total_rows: int = 0
    shown: int = PAGE_ROWS
    sort_col: int = -1
    sort_desc: bool = False
    figure: dict[str, Any] = field(default_factory=dict)
    curves: list[list[str]] = field(default_factory=list)
    hypotheses: list[Hypothesis] = field(default_factory=list)


@dataclass
class Message:
    """A question and (once it arrives) its answer."""

    id: int
    question: str
    status: str = "running"  # running | ok | rejected | unclear | error
    route: str = ""
    planner: str = ""
    trace_id: str = ""
    plan_json: str = ""
    total_ms: str = ""
    source: str = "live"  # live | history
    stages: list[Stage] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    copy_text: str = ""  # the question and the answer's text (the copy button, in the browser)
    stages_done: int = 0  # stages that have ended (the one-line summary: "5 stages · 42 ms")
    current_stage: str = ""  # the stage running now, while the answer streams in
    suggestions: list[str] = field(default_factory=list)  # rephrasings of an unclear question


@dataclass
class SpanBar:
    """A span on the trace timeline: offset and width in % of the whole run."""

    stage: str
    status: str
    ms: str
    offset_pct: str
    width_pct: str
    started: str
    input_json: str
    output_json: str
    error: str


def ms_text(value: float | int | None) -> str:
    """Milliseconds for display: two decimals below 10 ms, one below 1 s, none above."""
    if value is None:
        return ""
    value = float(value)
    if value < 10:
        return f"{value:.2f} ms"
    return f"{value:.1f} ms" if value < 1000 else f"{value:,.0f} ms"


def new_message(msg_id: int, question: str) -> Message:
    """A message waiting for its answer, every stage pending."""
    return Message(id=msg_id, question=question, stages=[Stage(name) for name in STAGES])


def _progress(message: Message) -> Message:
    """`message` with its stage summary (how many stages ended, which one runs) brought up to date."""
    done = sum(1 for s in message.stages if s.status not in ("pending", "started"))
    running = next((s.name for s in message.stages if s.status == "started"), "")
    return dataclasses.replace(message, stages_done=done, current_stage=running)


def apply_stage(message: Message, stage: str, status: str, data: dict[str, Any]) -> Message:
    """`message` with one listener event (stage started/ended) applied."""
    stages = []
    for current in message.stages:
        if current.name == stage:
            current = Stage(
                name=stage,
                status=status,
                ms=ms_text(data.get("duration_ms")) if status != "started" else "",
                detail=str(data.get("error") or ""),
            )
        stages.append(current)
    return _progress(dataclasses.replace(message, stages=stages))


def cell(value: Any) -> str:
    """A table cell as text (None → empty)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:g}"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _sort_key(text: str) -> tuple[int, float, str]:
    """Empty cells last, numbers before text and by value, text case-insensitively."""
    if text == "" or text == "-":
        return (2, 0.0, "")
    try:
        number = float(text.replace(",", "").rstrip("%").strip())
    except ValueError:
        return (1, 0.0, text.casefold())
    if math.isnan(number):
        return (2, 0.0, "")
    return (0, number, "")


def sort_rows(rows: list[list[str]], col: int, desc: bool) -> list[list[str]]:
    """`rows` ordered by column `col`: numbers (by value), then text, then empty cells; stable.

    `desc` reverses the order within numbers and within text; empty cells stay last.
    """
    if not rows or col < 0:
        return rows
    groups: dict[int, list[tuple[tuple[int, float, str], list[str]]]] = {0: [], 1: [], 2: []}
    for row in rows:
        key = _sort_key(row[col] if col < len(row) else "")
        groups[key[0]].append((key, row))
    ordered = [r for g in (0, 1) for _, r in sorted(groups[g], key=lambda kr: kr[0], reverse=desc)]
    return ordered + [r for _, r in groups[2]]


def next_sort(block: Block, col: int) -> Block:
    """The block after a click on header `col`: ascending first, then toggling."""
    desc = not block.sort_desc if block.sort_col == col else False
    return dataclasses.replace(block, rows=sort_rows(block.rows, col, desc), sort_col=col, sort_desc=desc)


def _plain_figure(figure: go.Figure) -> dict[str, Any]:
    return json.loads(figure.to_json())


def _chart(index: int, spec: dict[str, Any]) -> Block:
    figure = go.Figure(spec.get("figure") or {})
    figure.update_layout(
        height=CHART_HEIGHT,
        margin={"l": 50, "r": 20, "t": 40, "b": 40},
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
    )
    return Block(index=index, type="chart", figure=_plain_figure(figure))


def _graph(index: int, spec: dict[str, Any], center: str) -> Block:
    nodes = [n for n in spec.get("nodes", []) if isinstance(n, dict) and "id" in n]
    if len(nodes) > MAX_GRAPH_NODES:
        keep = {center, *sorted(n["id"] for n in nodes)[: MAX_GRAPH_NODES - 1]}
        nodes = [n for n in nodes if n["id"] in keep]
    ids = {n["id"] for n in nodes}
    edges = [
        {"source": e["source"], "target": e["target"], "type": e.get("type", "DEPENDS_ON")}
        for e in spec.get("edges", [])
        if e.get("source") in ids and e.get("target") in ids
    ]
    figure, curves = graph_figure(nodes, edges, center)
    return Block(index=index, type="graph", figure=_plain_figure(figure), curves=curves)


def _rca(index: int, spec: dict[str, Any]) -> Block:
    hypotheses = []
    for rank, h in enumerate(spec.get("hypotheses", []), start=1):
        score = float(h.get("score") or 0.0)
        clamped = min(max(score, 0.0), 1.0)
        hypotheses.append(
            Hypothesis(
                rank=rank,
                ci=str(h.get("ci", "")),
                cause=str(h.get("cause", "")),
                score=round(score, 3),
                pct=f"{clamped * 100:.0f}%",
                evidence=[str(e) for e in h.get("evidence", [])][:MAX_EVIDENCE],
            )
        )
    return Block(index=index, type="rca", hypotheses=hypotheses)


def to_block(index: int, spec: dict[str, Any], center: str = "") -> Block:
    """One answer block as UI data; an unknown or broken block becomes a text block."""
    kind = spec.get("type")
    try:
        if kind == "text":
            return Block(index=index, type="text", text=str(spec.get("text", "")))
        if kind == "table":
            rows = [[cell(v) for v in row] for row in spec.get("rows", [])]
            columns = [str(c) for c in spec.get("columns", [])]
            return Block(
                index=index, type="table", columns=columns, rows=rows[:MAX_ROWS], total_rows=len(rows)
            )
        if kind == "chart":
            return _chart(index, spec)
        if kind == "graph":
            return _graph(index, spec, center)
        if kind == "rca":
            return _rca(index, spec)
        if kind == "reference":
            return Block(
                index=index, type="reference", kind=str(spec.get("kind", "")), text=str(spec.get("text", ""))
            )
    except Exception as exc:  # a malformed block must not hide the rest of the answer
        return Block(index=index, type="text", text=f"[{kind} block could not be shown: {exc}]")
    return Block(index=index, type="text", text=json.dumps(spec, ensure_ascii=False)[:2000])


def _center(plan: dict[str, Any]) -> str:
    for step in plan.get("steps") or []:
        ci = (step.get("args") or {}).get("ci")
        if ci:
            return str(ci)
    return ""


def _finished_stage(stage: Stage, timings: dict[str, Any], refused: bool) -> Stage:
    """A stage of a finished answer: its time, and for a refused answer no success tick on the stages
    that merely ran (they show as neutral 'done'; the refusing stage keeps 'rejected')."""
    if stage.name not in timings:
        return stage
    status = stage.status if stage.status not in ("pending", "started") else "ok"
    if refused and status == "ok":
        status = "done"
    return Stage(stage.name, status, ms_text(timings.get(stage.name)), stage.detail)


def finish_message(message: Message, answer: dict[str, Any], source: str = "live") -> Message:
    """`message` completed with `answer` (the OPS answer object)."""
    plan = answer.get("plan") or {}
    timings = answer.get("timings_ms") or {}
    center = _center(plan)
    status = str(answer.get("status", "ok"))
    refused = status in ("rejected", "unclear") or answer.get("route") == "REJECT"
    stages = [_finished_stage(s, timings, refused) for s in message.stages]
    done = _progress(
        dataclasses.replace(
            message,
            status=status,
            route=str(answer.get("route", "")),
            planner=str(plan.get("planner", "")),
            trace_id=str(answer.get("trace_id", "")),
            plan_json=json.dumps(plan, ensure_ascii=False, indent=2),
            total_ms=ms_text(sum(float(v or 0) for v in timings.values())),
            source=source,
            stages=stages,
            blocks=[to_block(i, b, center) for i, b in enumerate(answer.get("blocks") or [])],
            suggestions=[str(q) for q in answer.get("suggestions") or []],
        )
    )
    return dataclasses.replace(done, copy_text=answer_text(done))


def fail_message(message: Message, text: str) -> Message:
    """`message` ended without an answer object (refused before the pipeline ran, or crashed)."""
    return _progress(
        dataclasses.replace(message, status="error", blocks=[Block(index=0, type="text", text=text)])
    )


def answer_text(message: Message) -> str:
    """The question and the answer's text blocks, for the clipboard."""
    texts = [b.text for b in message.blocks if b.type == "text" and b.text]
    return "\n\n".join([f"Q: {message.question}", *texts])


def span_bars(spans: list[dict[str, Any]]) -> list[SpanBar]:
    """Trace spans placed on one time axis: offset from the first start, width by duration."""
    if not spans:
        return []
    starts = [datetime.fromisoformat(s["started_at"]) for s in spans]
    origin = min(starts)
    begin = [(start - origin).total_seconds() * 1000 for start in starts]
    end = [b + float(s.get("duration_ms") or 0) for b, s in zip(begin, spans, strict=True)]
    total = max(max(end), 1e-6)
    bars = []
    for span, start, stop in zip(spans, begin, end, strict=True):
        offset = min(start / total * 100, 99.5)
        width = max((stop - start) / total * 100, 0.5)
        bars.append(
            SpanBar(
                stage=str(span.get("stage", "")),
                status=str(span.get("status", "")),
                ms=ms_text(span.get("duration_ms")),
                offset_pct=f"{offset:.2f}%",
                width_pct=f"{min(width, 100 - offset):.2f}%",
                started=str(span.get("started_at", "")),
                input_json=json.dumps(span.get("input") or {}, ensure_ascii=False, indent=2),
                output_json=json.dumps(span.get("output") or {}, ensure_ascii=False, indent=2),
                error=str(span.get("error") or ""),
            )
        )
    return bars

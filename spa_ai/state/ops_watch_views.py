"""Pure view code of the Regression Watch and OPS overview pages: rows and Plotly figures from service data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import plotly.graph_objects as go

from services.core.clock import format_local

OUTCOME_COLORS = {"ok": "#10b981", "unclear": "#f59e0b", "refused": "#8b5cf6", "error": "#ef4444"}
RESULT_ORDER = ("regressed", "failed", "new", "pass")
_LAYOUT = {"paper_bgcolor": "rgba(0,0,0,0)", "plot_bgcolor": "rgba(0,0,0,0)"}


@dataclass
class ResultRow:
    """One golden query's outcome in a run, with what changed from its baseline."""

    result_id: int
    key: str
    question: str
    outcome: str
    why: str
    changes: list[str]
    trace_id: str
    ms: str


def _short(value: Any, limit: int = 160) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def diff_lines(diffs: list[dict[str, Any]]) -> list[str]:
    """Each diff as one readable line (plan diffs as their step changes)."""
    lines: list[str] = []
    for item in diffs:
        if item["field"] == "plan" and item.get("changes"):
            lines += [f"plan · {c}" for c in item["changes"]]
        else:
            lines.append(f"{item['field']}: {_short(item.get('baseline'))} → {_short(item.get('current'))}")
    return lines


def result_rows(results: list[dict[str, Any]]) -> list[ResultRow]:
    return [
        ResultRow(
            result_id=r["id"],
            key=r["key"],
            question=r["question"],
            outcome=r["outcome"],
            why=r.get("expect_why") or "",
            changes=diff_lines(r.get("diffs") or []),
            trace_id=r["trace_id"],
            ms=f"{r['duration_ms']:.0f} ms",
        )
        for r in results
    ]


def run_rows(runs: list[Any]) -> list[dict[str, str]]:
    """Runs (WatchRun rows) as display rows, newest first."""
    return [
        {
            "id": str(r.id),
            "at": format_local(r.started_at),
            "trigger": r.trigger,
            "actor": r.actor,
            "tags": ", ".join(r.tags),
            "status": r.status,
            "total": str(r.total),
            "passed": str(r.passed),
            "new": str(r.new),
            "regressed": str(r.regressed),
            "seconds": f"{r.duration_ms / 1000:.1f}",
        }
        for r in runs
    ]


def _times(moments: list[datetime], tz: str) -> list[str]:
    zone = ZoneInfo(tz)
    return [m.astimezone(zone).strftime("%Y-%m-%d %H:%M") for m in moments]


def pass_rate_figure(runs: list[Any], tz: str) -> go.Figure:
    """Pass rate (pass + new of total, %) of each run, oldest first; runs with regressions in red."""
    ordered = [r for r in reversed(runs) if r.total and r.started_at]
    rates = [round(100 * (r.passed + r.new) / r.total, 1) for r in ordered]
    figure = go.Figure(
        go.Scatter(
            x=_times([r.started_at for r in ordered], tz),
            y=rates,
            mode="lines+markers",
            marker={"color": ["#ef4444" if r.regressed else "#10b981" for r in ordered], "size": 8},
            line={"color": "#3b82f6", "width": 1.4},
            customdata=[r.id for r in ordered],
            hovertemplate="run %{customdata}<br>%{x}<br>%{y:.1f}%<extra></extra>",
        )
    )
    figure.update_layout(
        height=220,
        margin={"l": 45, "r": 20, "t": 10, "b": 40},
        showlegend=False,
        yaxis={"range": [0, 105], "ticksuffix": "%"},
        xaxis={"type": "category"},
        **_LAYOUT,
    )
    return figure


def outcome_figure(series: list[dict[str, Any]], tz: str) -> go.Figure:
    """Questions per hour or day, stacked by outcome."""
    times = _times(
        [datetime.fromisoformat(p["at"]) if isinstance(p["at"], str) else p["at"] for p in series], tz
    )
    figure = go.Figure(
        [go.Bar(x=times, y=[p[o] for p in series], name=o, marker_color=c) for o, c in OUTCOME_COLORS.items()]
    )
    figure.update_layout(
        barmode="stack",
        height=240,
        margin={"l": 40, "r": 20, "t": 10, "b": 40},
        legend={"orientation": "h", "y": -0.25},
        **_LAYOUT,
    )
    return figure


def route_figure(per_route: dict[str, int]) -> go.Figure:
    """Questions per route."""
    routes = sorted(per_route, key=lambda r: -per_route[r])
    figure = go.Figure(go.Bar(x=routes, y=[per_route[r] for r in routes], marker_color="#3b82f6"))
    figure.update_layout(height=240, margin={"l": 40, "r": 20, "t": 10, "b": 40}, **_LAYOUT)
    return figure


def latency_figure(latency: list[dict[str, Any]]) -> go.Figure:
    """p50 and p95 latency per stage and for the whole run (ms)."""
    stages = [row["stage"] for row in latency]
    figure = go.Figure(
        [
            go.Bar(x=stages, y=[row["p50_ms"] for row in latency], name="p50", marker_color="#10b981"),
            go.Bar(x=stages, y=[row["p95_ms"] for row in latency], name="p95", marker_color="#f59e0b"),
        ]
    )
    figure.update_layout(
        barmode="group",
        height=240,
        margin={"l": 45, "r": 20, "t": 10, "b": 40},
        yaxis_title="ms",
        legend={"orientation": "h", "y": -0.25},
        **_LAYOUT,
    )
    return figure


def percent(rate: float) -> str:
    return f"{rate * 100:.1f}%"

"""Pure view helpers of the API pages: problems as editor diagnostics, diffs, run results, log rows, charts.

No Reflex state here, so each is unit-tested in milliseconds.
"""

from __future__ import annotations

import json
from typing import Any

import plotly.graph_objects as go

from services.core.clock import format_local

TEMPLATES: dict[str, tuple[str, dict[str, Any]]] = {
    "sql": (
        "SELECT name, type, environment, status\nFROM cis\nWHERE type = :type\nORDER BY name\nLIMIT 50",
        {"type": "object", "properties": {"type": {"type": "string", "default": "host"}}},
    ),
    "http": (
        json.dumps(
            {
                "method": "GET",
                "url": "https://example.com/api/items?q={{params.q}}",
                "headers": {"Accept": "application/json"},
            },
            indent=2,
        ),
        {"type": "object", "properties": {"q": {"type": "string", "default": ""}}},
    ),
    "python": (
        "def main(params):\n    name = params.get('name') or 'world'\n    return [{'greeting': f'hello {name}'}]\n",
        {"type": "object", "properties": {"name": {"type": "string"}}},
    ),
    "script": (
        'echo "[{\\"greeting\\": \\"hello ${PARAM_NAME:-world}\\"}]"\n',
        {"type": "object", "properties": {"name": {"type": "string"}}},
    ),
    "workflow": (
        json.dumps({"steps": [{"id": "first", "api": "other-api-slug", "params": {}}]}, indent=2),
        {"type": "object", "properties": {}},
    ),
}
EDITOR_LANGUAGE = {"sql": "sql", "python": "python", "script": "script", "http": "json", "workflow": "json"}


def offset_of(text: str, line: int | None, col: int | None) -> int:
    """0-based offset of a 1-based (line, col) in `text`, clamped to the text."""
    if not line:
        return 0
    lines = text.split("\n")
    line = min(line, len(lines))
    offset = sum(len(part) + 1 for part in lines[: line - 1]) + max(0, (col or 1) - 1)
    return min(offset, len(text))


def diagnostics(text: str, problems: list[dict[str, Any]], severity: str = "error") -> list[dict[str, Any]]:
    """Validator/checker findings as editor diagnostics with offsets and a `line:col` label."""
    shown = []
    for problem in problems:
        start = problem.get("start")
        if start is None:
            start = offset_of(text, problem.get("line"), problem.get("col"))
        end = problem.get("end") or start + 1
        where = f"{problem['line']}:{problem['col']}" if problem.get("line") else ""
        shown.append(
            {
                "from": int(start),
                "to": int(end),
                "severity": severity,
                "message": str(problem["message"]),
                "where": where,
                "code": str(problem.get("code", "")),
            }
        )
    return shown


def cell(value: Any) -> str:
    if value is None:
        return "∅"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def result_view(result: dict[str, Any]) -> dict[str, Any]:
    """A run result as strings for the table and the status line."""
    return {
        "status": result["status"],
        "columns": [str(c) for c in result["columns"]],
        "rows": [[cell(v) for v in row] for row in result["rows"][:200]],
        "summary": f"{result['row_count']} rows · {result['duration_ms']:.1f} ms"
        + (" · truncated" if result["truncated"] else ""),
        "error": result.get("error") or "",
        "stdout": (result.get("stdout") or "")[:5000],
        "stderr": (result.get("stderr") or "")[:5000],
    }


def local_time(iso: str | None, tz: str) -> str:
    from datetime import datetime

    return format_local(datetime.fromisoformat(iso), tz) if iso else ""


def log_rows(items: list[dict[str, Any]], tz: str) -> list[dict[str, str]]:
    from datetime import datetime

    return [
        {
            "ts": format_local(datetime.fromisoformat(item["ts"]), tz) if item["ts"] else "",
            "version": f"v{item['version']}" if item["version"] else "draft",
            "mode": item["mode"],
            "caller": f"{item['caller']} ({item['via']})",
            "status": item["status"],
            "duration": f"{item['duration_ms']:.1f}",
            "rows": str(item["row_count"]) + ("+" if item["truncated"] else ""),
            "params": json.dumps(item["params"], ensure_ascii=False)[:200],
            "error": (item["error"] or "")[:200],
        }
        for item in items
    ]


def latency_figure(series: list[dict[str, Any]], tz: str) -> go.Figure:
    """Duration of the recent runs over time; failed runs in red."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(tz)
    points = [p for p in series if p["ts"]]
    times = [datetime.fromisoformat(p["ts"]).astimezone(zone).strftime("%Y-%m-%d %H:%M:%S") for p in points]
    colors = ["#10b981" if p["status"] == "ok" else "#ef4444" for p in points]
    figure = go.Figure(
        go.Scatter(
            x=times,
            y=[p["duration_ms"] for p in points],
            mode="lines+markers",
            marker={"color": colors, "size": 6},
            line={"color": "#3b82f6", "width": 1.4},
            hovertemplate="%{x}<br>%{y:.1f} ms<extra></extra>",
        )
    )
    figure.update_layout(
        height=240,
        margin={"l": 50, "r": 20, "t": 10, "b": 40},
        yaxis_title="ms",
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        showlegend=False,
    )
    return figure

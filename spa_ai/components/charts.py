"""Metric charts: one Plotly figure with a row per metric sharing the time axis (zoom one, zoom all),
with the thresholds of the alert rules on each metric drawn across its row and events and alert
transitions marked on the time axis."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import plotly.graph_objects as go
import reflex as rx
from plotly.subplots import make_subplots

LINE_COLORS = ("#3b82f6", "#ef4444", "#10b981", "#f59e0b", "#8b5cf6", "#0891b2")
ROW_HEIGHT = 150
SEVERITY_COLORS = {"critical": "#dc2626", "major": "#ea580c", "minor": "#f59e0b", "warning": "#eab308"}
MARK_COLORS = {"firing": "#dc2626", "resolved": "#16a34a", "event": "#64748b"}


def metric_figure(
    series: dict[str, list[dict[str, Any]]],
    titles: dict[str, str],
    tz_name: str,
    thresholds: dict[str, list[dict[str, Any]]] | None = None,
    marks: list[dict[str, Any]] | None = None,
) -> go.Figure:
    """A stacked line chart: `series` maps metric → [{"ts", "value"}]; `titles` metric → "label (unit)".

    `thresholds` maps metric → [{"value", "severity", "rule"}] (dashed lines across its row); `marks` are
    [{"at", "kind": firing | resolved | event, "text"}] (dotted lines across all rows, hover on the top).
    Times are shown in `tz_name` (the user's timezone).
    """
    metrics = [m for m, points in series.items() if points]
    if not metrics:
        return go.Figure()
    zone = ZoneInfo(tz_name)
    fig = make_subplots(
        rows=len(metrics),
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.07 if len(metrics) < 4 else 0.045,
        subplot_titles=[titles.get(m, m) for m in metrics],
    )
    for row, metric in enumerate(metrics, start=1):
        points = series[metric]
        fig.add_trace(
            go.Scatter(
                x=[_local(p["ts"], zone) for p in points],
                y=[round(p["value"], 2) if p["value"] is not None else None for p in points],
                mode="lines",
                name=titles.get(metric, metric),
                line={"width": 1.6, "color": LINE_COLORS[(row - 1) % len(LINE_COLORS)]},
                hovertemplate="%{x}<br>%{y}<extra>" + metric + "</extra>",
            ),
            row=row,
            col=1,
        )
        fig.update_yaxes(rangemode="tozero", row=row, col=1)
        for line in (thresholds or {}).get(metric, []):
            fig.add_hline(
                y=line["value"],
                line={
                    "dash": "dash",
                    "width": 1.2,
                    "color": SEVERITY_COLORS.get(line["severity"], "#94a3b8"),
                },
                annotation_text=f"{line['rule']} {line['value']:g}",
                annotation_font_size=10,
                annotation_position="top left",
                row=row,
                col=1,
            )
    _mark_times(fig, marks or [], zone, len(metrics))
    fig.update_layout(
        height=ROW_HEIGHT * len(metrics) + 60,
        margin={"l": 50, "r": 20, "t": 30, "b": 30},
        showlegend=False,
        hovermode="x unified",
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
    )
    fig.update_annotations(font_size=12)
    return fig


def _mark_times(fig: go.Figure, marks: list[dict[str, Any]], zone: ZoneInfo, rows: int) -> None:
    """Dotted vertical lines at each mark through every row, and hover points along the top row's axis."""
    for mark in marks:
        x = _local(mark["at"], zone)
        color = MARK_COLORS.get(mark["kind"], "#64748b")
        for row in range(1, rows + 1):
            fig.add_shape(
                type="line",
                x0=x,
                x1=x,
                y0=0,
                y1=1,
                yref="y domain" if row == 1 else f"y{row} domain",
                xref="x" if row == 1 else f"x{row}",
                line={"dash": "dot", "width": 1.2 if mark["kind"] != "event" else 0.8, "color": color},
            )
    for kind, color in MARK_COLORS.items():
        chosen = [m for m in marks if m["kind"] == kind]
        if chosen:
            fig.add_trace(
                go.Scatter(
                    x=[_local(m["at"], zone) for m in chosen],
                    y=[0] * len(chosen),
                    mode="markers",
                    marker={"symbol": "triangle-up", "size": 9, "color": color},
                    name=kind,
                    hovertext=[m["text"] for m in chosen],
                    hoverinfo="text",
                ),
                row=1,
                col=1,
            )


def _local(moment: datetime | str, zone: ZoneInfo) -> str:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")


def metric_chart(figure: rx.Var) -> rx.Component:
    """The chart component for a figure held in state."""
    return rx.box(
        rx.plotly.basic(data=figure, width="100%", config={"displaylogo": False}),
        width="100%",
        data_testid="metric-chart",
    )

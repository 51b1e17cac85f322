"""Metric charts: one Plotly figure with a row per metric sharing the time axis (zoom one, zoom all)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import plotly.graph_objects as go
import reflex as rx
from plotly.subplots import make_subplots

LINE_COLORS = ("#3b82f6", "#ef4444", "#10b981", "#f59e0b", "#8b5cf6", "#0891b2")
ROW_HEIGHT = 150


def metric_figure(series: dict[str, list[dict[str, Any]]], titles: dict[str, str], tz_name: str) -> go.Figure:
    """A stacked line chart: `series` maps metric → [{"ts", "value"}]; `titles` metric → "label (unit)".

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

"""What the rule builder renders, without Reflex state: preview rows of a dry run, the backtest's step for
a range, and the backtest chart (values per CI, the threshold lines, shaded firing intervals)."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import plotly.graph_objects as go

from services.cep.backtest import MAX_STEPS, BacktestResult
from services.cep.reads import DryRunResult
from services.core.i18n import translate

RANGES = {
    "6h": timedelta(hours=6),
    "24h": timedelta(hours=24),
    "3d": timedelta(days=3),
    "7d": timedelta(days=7),
}
COLORS = ("#3b82f6", "#ef4444", "#10b981", "#f59e0b", "#8b5cf6", "#0891b2", "#db2777", "#65a30d")
MAX_PREVIEW = 50


def preview_rows(result: DryRunResult, for_seconds: int, lang: str) -> list[dict[str, str]]:
    """Dry-run instances as rows, the active first (state: firing | pending | ok | nodata)."""

    def state(active: bool | None, value: float | None) -> str:
        if active:
            return "firing" if for_seconds == 0 else "pending"
        return "nodata" if value is None else "ok"

    rows = []
    for inst in result.instances:
        kind = state(inst.active, inst.value)
        label = {
            "firing": translate("cep_builder.would_fire", lang),
            "pending": translate("cep_builder.would_pend", lang, seconds=for_seconds),
            "ok": translate("cep_builder.ok", lang),
            "nodata": translate("cep_builder.no_data_row", lang),
        }[kind]
        ci = inst.labels.get("ci") or ", ".join(f"{k}={v}" for k, v in inst.labels.items()) or "-"
        value = "" if inst.value is None else f"{inst.value:.4g}"
        rows.append(({"ci": ci, "value": value, "state": kind, "label": label}, inst.value or 0.0))
    rows.sort(key=lambda r: (r[0]["state"] not in ("firing", "pending"), -r[1], r[0]["ci"]))
    return [row for row, _ in rows[:MAX_PREVIEW]]


def backtest_step(range_key: str, interval_seconds: int) -> int:
    """The rule's own interval, or a longer one (whole minutes) when the range would take too many steps."""
    span = RANGES[range_key].total_seconds()
    needed = span / (MAX_STEPS - 1)
    if interval_seconds >= needed:
        return interval_seconds
    return int(math.ceil(needed / 60) * 60)


def _local(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")


def backtest_figure(result: BacktestResult, tz_name: str, lang: str) -> go.Figure:
    """Each shown CI's values over time, the threshold (red dashes) and recovery (green dots) lines, and
    its firing intervals shaded in its colour."""
    zone = ZoneInfo(tz_name)
    xs = [_local(t, zone) for t in result.times]
    fig = go.Figure()
    for index, series in enumerate(result.series):
        color = COLORS[index % len(COLORS)]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=series.values,
                mode="lines",
                name=series.ci,
                line={"width": 1.6, "color": color},
                hovertemplate="%{x}<br>%{y}<extra>" + series.ci + "</extra>",
            )
        )
        for fired, resolved in series.firing:
            fig.add_vrect(
                x0=_local(fired, zone),
                x1=_local(resolved or result.end, zone),
                fillcolor=color,
                opacity=0.15,
                line_width=0,
            )
    lines = (
        (result.threshold, "#dc2626", "dash", translate("cep_builder.threshold_line", lang)),
        (result.threshold_high, "#dc2626", "dash", translate("cep_builder.threshold_line", lang)),
        (result.recovery_threshold, "#16a34a", "dot", translate("cep_builder.recovery_line", lang)),
    )
    for value, color, dash, label in lines:
        if value is not None:
            fig.add_hline(
                y=value,
                line={"dash": dash, "width": 1.4, "color": color},
                annotation_text=f"{label} {value:g}",
                annotation_font_size=10,
                annotation_position="top left",
            )
    fig.update_layout(
        height=340,
        margin={"l": 50, "r": 20, "t": 20, "b": 30},
        hovermode="x unified",
        legend={"orientation": "h", "y": -0.15},
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
    )
    return fig


def transition_rows(result: BacktestResult, tz_name: str, limit: int = 30) -> list[dict[str, str]]:
    """The first firing / resolved transitions as rows."""
    return [
        {
            "ci": t.ci,
            "change": f"{t.from_state} → {t.to_state}",
            "at": _local(t.at, ZoneInfo(tz_name)),
            "value": "" if t.value is None else f"{t.value:.4g}",
            "notice": t.notice or "",
        }
        for t in result.transitions
        if t.to_state in ("firing", "resolved")
    ][:limit]

"""Answer blocks for a comparison of several CIs (or metrics): one sentence that ranks them, one table,
and one chart with every series overlaid on the same time axis."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from services.ops.compose import AGG_LABEL, fmt, josa, plot_time

if TYPE_CHECKING:
    from services.ops.compose import Composer
    from services.ops.tools.contracts import MetricQueryArgs


def _figure(c: Composer, series: list[tuple[str, str, list[dict[str, Any]]]], unit: str) -> dict[str, Any]:
    several_metrics = len({metric for _, metric, _ in series}) > 1
    return {
        "data": [
            {
                "type": "scatter",
                "mode": "lines",
                "name": f"{ci} · {c.metric_label(metric)}" if several_metrics else ci,
                "x": [plot_time(p["ts"], c.tz) for p in points],
                "y": [p["value"] for p in points],
            }
            for ci, metric, points in series
        ],
        "layout": {
            "title": {"text": " vs ".join(dict.fromkeys(ci for ci, _, _ in series))},
            "yaxis": {"title": {"text": unit}},
            "xaxis": {"type": "date", "title": {"text": c.tz}},
        },
    }


def compare_blocks(
    c: Composer, steps: list[MetricQueryArgs], results: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Figures of the `aggregate`/`latest` steps ranked in a sentence and a table; `series` steps overlaid."""
    figures, series, unit, window = [], [], "", ""
    for args, data in zip(steps, results, strict=True):
        unit = data.get("unit") or unit
        ci, metric = args.needs("ci", "metric")
        if data["op"] == "series":
            series.append((ci, metric, data["points"]))
        elif data["op"] == "latest":
            latest = data.get("latest")
            figures.append((ci, metric, latest["value"] if latest else None, "last"))
        else:
            figures.append((ci, metric, data.get("value"), args.needs("agg")[0]))
            window = c.window(args)
    known = sorted((f for f in figures if f[2] is not None), key=lambda f: -float(f[2] or 0))
    agg = AGG_LABEL.get(figures[0][3] if figures else "avg", AGG_LABEL["avg"])
    label = c.metric_label(figures[0][1]) if figures else ""
    ranked = " > ".join(f"{ci} {fmt(v, unit)}" for ci, _, v, _ in known)
    if len(known) >= 2 and known[-1][2]:
        ratio = known[0][2] / known[-1][2]
        ko = f"{josa(known[0][0], '이가')} {label} {agg['ko']} 기준 가장 높습니다: {ranked} (최고/최저 {ratio:.2f}배)"
        en = f"{known[0][0]} has the highest {agg['en']} {label}: {ranked} ({ratio:.2f}× the lowest)"
    else:
        ko = f"{agg['ko']} {label}: {ranked or '데이터 없음'}"
        en = f"{agg['en'].capitalize()} {label}: {ranked or 'no data'}"
    suffix = f" ({window})." if window else "."
    blocks: list[dict[str, Any]] = [
        c.say(ko + suffix, en + suffix),
        {
            "type": "table",
            "columns": ["ci", "metric", "aggregate", "value", "unit"],
            "rows": [[ci, m, a, round(v, 4) if v is not None else None, unit] for ci, m, v, a in figures],
        },
    ]
    if series:
        blocks.append({"type": "chart", "figure": _figure(c, series, unit)})
    return blocks

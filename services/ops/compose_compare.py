"""Answer blocks for comparisons: several CIs (or metrics) ranked in one sentence, one table and one chart
with every series overlaid on the same time axis; one CI's metric over a period against an earlier one."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from services.ops.compose import AGG_LABEL, fmt, josa, local
from services.ops.compose_metric import line
from services.ops.plan import ONE_OF_COMPARED

if TYPE_CHECKING:
    from services.ops.compose import Composer
    from services.ops.tools.contracts import MetricQueryArgs


def _figure(c: Composer, series: list[tuple[str, str, list[dict[str, Any]]]], unit: str) -> dict[str, Any]:
    several_metrics = len({metric for _, metric, _ in series}) > 1
    return {
        "data": [
            line(c, f"{ci} · {c.metric_label(metric)}" if several_metrics else ci, points)
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
    lowest = c.plan.intent in ("compare_bottom", "compare_ascending")
    known = sorted((f for f in figures if f[2] is not None), key=lambda f: -float(f[2] or 0))
    first = known[-1 if lowest else 0][0] if known else ""  # the CI a superlative asks for
    agg = AGG_LABEL.get(figures[0][3] if figures else "avg", AGG_LABEL["avg"])
    label = c.metric_label(figures[0][1]) if figures else ""
    ranked = (" < " if lowest else " > ").join(
        f"{ci} {fmt(v, unit)}" for ci, _, v, _ in known[:: -1 if lowest else 1]
    )
    if len(known) >= 2 and known[-1][2]:
        ratio, gap = known[0][2] / known[-1][2], fmt(known[0][2] - known[-1][2], unit)
        points = " points" if unit == "%" else ""  # a gap of percentages is in percentage points
        ko = (
            f"{josa(first, '이가')} {label} {agg['ko']} 기준 가장 {'낮' if lowest else '높'}습니다: {ranked} "
            f"(차이 {gap}{'p' if points else ''}, 최고/최저 {ratio:.2f}배)"
        )
        en = (
            f"{first} has the {'lowest' if lowest else 'highest'} {agg['en']} {label}: {ranked} "
            f"({gap}{points} apart, the highest {ratio:.2f}× the lowest)"
        )
    else:
        ko = f"{agg['ko']} {label}: {ranked or '데이터 없음'}"
        en = f"{agg['en'].capitalize()} {label}: {ranked or 'no data'}"
    suffix = f" ({window})." if window else "."
    if c.plan.intent == "compare_mean" and len(known) >= 2:  # "across the three brokers": one figure first
        values = [float(f[2] or 0) for f in known]
        kind = figures[0][3] if figures[0][3] in ("max", "min") else "avg"  # the peak across: the highest one
        group = {"max": max(values), "min": min(values)}.get(kind, sum(values) / len(values))
        said = AGG_LABEL[kind]
        ko = f"{len(known)}개 CI 전체의 {label} {said['ko']}은 {fmt(group, unit)}입니다. {ko}"
        en = f"Across the {len(known)} CIs, the {said['en']} {label} is {fmt(group, unit)}. {en}"
    asked_one = c.plan.intent in ONE_OF_COMPARED and len(known) >= 2  # the table: that CI; the text ranks
    blocks: list[dict[str, Any]] = [
        c.say(ko + suffix, en + suffix),
        {
            "type": "table",
            "columns": ["ci", "metric", "aggregate", "value", "unit"],
            "rows": [  # ranked as the sentence ranks them, those with no figure last
                [ci, m, a, round(v, 4) if v is not None else None, unit]
                for ci, m, v, a in [
                    *(known[::-1] if lowest else known),
                    *(f for f in figures if f[2] is None),
                ]
                if not asked_one or ci == first
            ],
        },
    ]
    if series:
        blocks.append({"type": "chart", "figure": _figure(c, series, unit)})
    return blocks


PARTIAL = 0.8  # an earlier period with data over less than this share of the current one's is flagged
PERIOD_COLUMNS = {"ko": ["기간", "시작", "끝", "값"], "en": ["period", "start", "end", "value"]}


def _share_with_data(step: MetricQueryArgs, data: dict[str, Any]) -> float:
    """Which share of a coarse series' buckets over its window hold a sample (empty buckets are absent)."""
    start, end = step.needs("start", "end")
    buckets = math.ceil((end - start).total_seconds() / step.step_seconds)
    return sum(p["value"] is not None for p in data["points"]) / max(buckets, 1)


def period_blocks(
    c: Composer, steps: list[MetricQueryArgs], results: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The current period's figure against the earlier one's, with the change, in a sentence and a table."""
    (now_step, then_step, *_), (now_data, then_data, *coverage) = steps, results
    ci, label, unit = now_step.ci, c.metric_label(str(now_step.metric)), now_data["unit"]
    agg_name = str(now_step.agg or "avg")
    agg = AGG_LABEL.get(agg_name, {"ko": agg_name, "en": agg_name})[c.lang]
    spans = [
        (local(s.needs("start")[0], c.tz), local(s.needs("end")[0], c.tz)) for s in (now_step, then_step)
    ]
    current, earlier = now_data["value"], then_data["value"]
    if current is None or earlier is None:
        missing = spans[0] if current is None else spans[1]
        return [
            c.say(
                f"{missing[0]} ~ {missing[1]}에 {ci}의 {label} 데이터가 없어 비교할 수 없습니다.",
                f"No {label} data for {ci} in {missing[0]} ~ {missing[1]}, so there is nothing to compare.",
            )
        ]
    change = (current - earlier) / abs(earlier) * 100 if earlier else None
    delta = f"{change:+.1f}%" if change is not None else fmt(current - earlier, unit)
    ko_dir = "높습니다" if current > earlier else "낮습니다" if current < earlier else "같습니다"
    en_dir = "higher" if current > earlier else "lower" if current < earlier else "the same"
    text = c.pick(
        f"{ci}의 {label} {agg}: {spans[0][0]} ~ {spans[0][1]} {fmt(current, unit)}, "
        f"이전 같은 기간({spans[1][0]} ~ {spans[1][1]}) {fmt(earlier, unit)} — {delta} {ko_dir}.",
        f"{agg.capitalize()} {label} of {ci}: {fmt(current, unit)} in {spans[0][0]} ~ {spans[0][1]} against "
        f"{fmt(earlier, unit)} in the same period earlier ({spans[1][0]} ~ {spans[1][1]}): {delta}, {en_dir}.",
    )
    now_part, then_part = (
        _share_with_data(step, data) for step, data in zip(steps[2:], coverage, strict=True)
    )
    if then_part < PARTIAL * now_part:  # the history starts inside the earlier period, or has gaps
        text += c.pick(
            f" 다만 이전 기간은 {then_part:.0%}에만 데이터가 있어 정확한 비교가 아닙니다.",
            f" Only {then_part:.0%} of the earlier period has data, so this is not a like-for-like comparison.",
        )
    names = c.pick("현재", "current"), c.pick("이전", "earlier")
    rows = [
        [name, start, end, fmt(value, unit)]
        for name, (start, end), value in zip(names, spans, (current, earlier), strict=True)
    ]
    return [c.say(text, text), {"type": "table", "columns": PERIOD_COLUMNS[c.lang], "rows": rows}]

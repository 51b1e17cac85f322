"""Answer blocks for metric figures: a CI's current value or snapshot, an aggregate over a window (with
"ever above N" as yes/no), a series chart, one figure over a set of CIs, top-N and threshold lists."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from services.infra.condition_runs import OPERATORS
from services.ops.compose import (
    AGG_LABEL,
    CMP_WORDS,
    described_filters,
    fmt,
    josa,
    local,
    plot_time,
)
from services.ops.compose_since import since_blocks

if TYPE_CHECKING:
    from services.ops.compose import Composer
    from services.ops.tools.contracts import MetricQueryArgs


def _snapshot(c: Composer, args: MetricQueryArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
    rows = data["rows"]
    if not rows:
        return [c.say(f"{args.ci}의 메트릭 데이터가 없습니다.", f"No metric data for {args.ci}.")]
    listing = ", ".join(f"{c.metric_label(r['metric'])} {fmt(r['value'], r['unit'])}" for r in rows)
    newest = local(max(r["ts"] for r in rows), c.tz)
    return [
        c.say(
            f"{args.ci}의 현재 메트릭 ({newest} 기준): {listing}",
            f"Current metrics of {args.ci} (as of {newest}): {listing}",
        ),
        {
            "type": "table",
            "columns": ["metric", "value", "unit", "ts"],
            "rows": [[r["metric"], round(r["value"], 4), r["unit"], local(r["ts"], c.tz)] for r in rows],
        },
    ]


def metric_blocks(c: Composer, args: MetricQueryArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
    if data["op"] == "snapshot":
        return _snapshot(c, args, data)
    if data["op"] == "since":
        return since_blocks(c, args, data)
    unit, label, op = data["unit"], c.metric_label(*args.needs("metric")), data["op"]
    if op == "latest":
        latest = data["latest"]
        if latest is None:
            return [c.say(f"{args.ci}의 {label} 데이터가 없습니다.", f"No {label} data for {args.ci}.")]
        value, at = fmt(latest["value"], unit), local(latest["ts"], c.tz)
        said = c.say(
            f"{args.ci}의 현재 {josa(label, '은는')} {value}입니다 ({at} 기준).",
            f"The current {label} of {args.ci} is {value} (as of {at}).",
        )
        if c.plan.intent == "at_moment":  # the value at a named moment: the last sample at or before it
            asked = local(args.needs("at")[0], c.tz)
            said = c.say(
                f"{asked} 시점 {args.ci}의 {josa(label, '은는')} {value}입니다 ({at} 측정값).",
                f"The {label} of {args.ci} at {asked} was {value} (sample of {at}).",
            )
        if c.plan.intent == "free" and unit == "%":  # "여유 공간": what the usage leaves
            free = fmt(max(0.0, 100 - latest["value"]), unit)
            said = c.say(
                f"{args.ci}의 여유는 {free}입니다 (100% − {label} {value}, {at} 기준).",
                f"{args.ci} has {free} free (100% − {label} {value}, as of {at}).",
            )
        return [
            said,
            {
                "type": "table",
                "columns": ["ci", "metric", "value", "unit", "ts"],
                "rows": [
                    [
                        args.ci,
                        args.metric,
                        round(latest["value"], 4),
                        unit,
                        local(latest["ts"], c.tz),
                    ]
                ],
            },
        ]
    window = c.window(args)
    agg_name = str(args.agg or "avg")
    agg = AGG_LABEL.get(agg_name, {"ko": agg_name, "en": agg_name})
    if agg_name == "last" and args.end and args.end < c.now - PAST:  # the value then, not now
        agg = {"ko": "마지막", "en": "last"}
    if op == "aggregate":
        value = data["value"]
        if value is None:
            return [
                c.say(
                    f"해당 기간({window})에 {args.ci}의 {label} 데이터가 없습니다.",
                    f"No {label} data for {args.ci} in {window}.",
                )
            ]
        shown = fmt(value, unit)
        verdict = [_beyond(c, args, data["beyond"], label, agg, shown, unit)] if "beyond" in data else []
        if verdict and args.agg == "last":  # "is X above 80 right now?": the latest sample decides
            verdict = [_now_beyond(c, args, value, label, shown, unit)]
        return [
            *verdict,
            c.say(
                f"{args.ci}의 {label} {josa(agg['ko'], '은는')} {shown}입니다 ({window}).",
                f"The {agg['en']} {label} of {args.ci} was {shown} ({window}).",
            ),
            {
                "type": "table",
                "columns": ["ci", "metric", "aggregate", "value", "unit"],
                "rows": [[args.ci, args.metric, args.agg, round(value, 4), unit]],
            },
        ]
    if op == "series":
        points = data["points"]
        figure = {
            "data": [line(c, str(args.ci), points)],
            "layout": {
                "title": {"text": f"{args.ci} · {label}"},
                "yaxis": {"title": {"text": unit}},
                "xaxis": {"type": "date", "title": {"text": c.tz}},
            },
        }
        values = [p["value"] for p in points if p["value"] is not None]
        summary = (
            f"{args.ci}의 {label} 추이입니다 ({window}, {len(points)}개 구간, 최소 {fmt(min(values), unit)}, "
            f"최대 {fmt(max(values), unit)})."
            if values
            else f"{window}에 데이터가 없습니다.",
            f"{label} of {args.ci} over {window} ({len(points)} buckets, min {fmt(min(values), unit)}, "
            f"max {fmt(max(values), unit)})."
            if values
            else f"No data in {window}.",
        )
        return [
            c.say(*summary),
            *said_gaps(c, str(args.ci), points, args.start, args.end),
            {"type": "chart", "figure": figure},
        ]
    if op == "fleet":
        return _fleet(c, args, data, label, agg, window, unit)
    rows = data["rows"]
    if agg_name == "last" and args.end and args.end >= c.now - PAST:  # the newest values: as of when
        window = c.pick(f"{local(args.end, c.tz)} 기준", f"as of {local(args.end, c.tz)}")
    table = {
        "type": "table",
        "columns": ["ci", c.pick(f"{agg['ko']} {label}", f"{args.agg}({args.metric})"), "unit"],
        "rows": [[r["ci"], round(r["value"], 4) if r["value"] is not None else None, unit] for r in rows],
    }
    listing = ", ".join(f"{r['ci']} ({fmt(r['value'], unit)})" for r in rows)
    group = args.filter_values().get("described")  # "orders-db hosts": the words that picked the CIs
    scope = described_filters(args.filter_values())
    empty = (
        f"{window}에 {f'{group}의' if group else '조건에 맞는'} {label} 데이터가 없습니다.",
        f"No {label} data {f'for {group}' if group else 'matches'} in {window}.",
    )
    if op == "top_n" and c.plan.intent == "metric_list":
        text = c.say(
            f"{window} {f'{group} ' if group else ''}{label} {agg['ko']}: {listing}" if rows else empty[0],
            f"{agg['en'].capitalize()} {label} of {group or f'{len(rows)} CIs'} ({window}): {listing}"
            if rows
            else empty[1],
        )
    elif op == "top_n":
        rank_ko, rank_en = ("하위", "Lowest") if args.order == "asc" else ("상위", "Top")
        among = f" ({group})" if group else f" ({scope})" if scope != "all" else ""  # among which CIs
        text = c.say(
            f"{window} {label} {agg['ko']} 기준 {rank_ko} {len(rows)}개{among}: {listing}"
            if rows
            else empty[0],
            f"{rank_en} {len(rows)}{among} by {agg['en']} {label} ({window}): {listing}"
            if rows
            else empty[1],
        )
    else:
        cmp = CMP_WORDS[args.needs("cmp")[0]]
        bound = fmt(args.value, unit)
        yes_ko, yes_en = (
            (("예. ", "Yes. ") if rows else ("아니요. ", "No. ")) if c.plan.asks_whether else ("", "")
        )
        among_ko, among_en = (f"조건({scope})에 맞는 ", f" ({scope})") if scope != "all" else ("", "")
        text = c.say(
            f"{yes_ko}{window} {label} {josa(agg['ko'], '이가')} {bound} {cmp[0]}인 {among_ko}CI는 "
            f"{len(rows)}개입니다" + (f": {listing}" if rows else "."),
            f"{yes_en}{len(rows)} CIs{among_en} had {agg['en']} {label} {cmp[1]} {bound} ({window})"
            + (f": {listing}" if rows else "."),
        )
    chart = {
        "type": "chart",
        "figure": {
            "data": [{"type": "bar", "x": [r["ci"] for r in rows], "y": [r["value"] for r in rows]}],
            "layout": {
                "title": {"text": f"{agg['en']} {args.metric}"},
                "yaxis": {"title": {"text": unit}},
            },
        },
    }
    return (
        [text, table, chart] if len(rows) > 1 else [text, table] if rows else [text]
    )  # one bar says nothing


PAST = timedelta(minutes=15)  # a window ending this long before the answer holds no current value
GAP_FACTOR = 3  # a spacing this many times the usual one between samples is missing data


def gaps(
    points: list[dict[str, Any]], start: datetime | None = None, end: datetime | None = None
) -> list[tuple[datetime, datetime]]:
    """The stretches with no samples: between two points spaced GAP_FACTOR times the usual spacing, and
    (given the window) before the first point or after the last one."""
    times = [datetime.fromisoformat(p["ts"]) if isinstance(p["ts"], str) else p["ts"] for p in points]
    spacings = sorted(b - a for a, b in pairwise(times))
    if len(spacings) < 2:
        return []
    usual = spacings[len(spacings) // 2]
    edges = [(start, times[0])] if start else []
    edges += list(pairwise(times)) + ([(times[-1], end)] if end else [])
    return [(a, b) for a, b in edges if b - a > GAP_FACTOR * usual]


def line(c: Composer, name: str, points: list[dict[str, Any]]) -> dict[str, Any]:
    """A plotly line of `points`, broken where data is missing (never drawn straight across a gap)."""
    x, y = [plot_time(p["ts"], c.tz) for p in points], [p["value"] for p in points]
    for a, b in reversed(gaps(points)):
        at = x.index(plot_time(b, c.tz))
        x.insert(at, plot_time(a + (b - a) / 2, c.tz))
        y.insert(at, None)
    return {"type": "scatter", "mode": "lines", "name": name, "x": x, "y": y, "connectgaps": False}


def said_gaps(
    c: Composer,
    ci: str,
    points: list[dict[str, Any]],
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[dict[str, Any]]:
    """A sentence naming the stretches without data in the window, when there are any."""
    missing = gaps(points, start, end)
    if not missing:
        return []
    spans = ", ".join(f"{local(a, c.tz)} ~ {local(b, c.tz)}" for a, b in missing)
    return [c.say(f"{ci}의 데이터가 없는 구간이 있습니다: {spans}.", f"{ci} has no data for {spans}.")]


def _now_beyond(
    c: Composer, args: MetricQueryArgs, value: float, label: str, shown: str, unit: str
) -> dict[str, Any]:
    """Yes/no for "is X above N right now?": the latest sample against the bound."""
    cmp, bound = args.needs("cmp", "value")
    ko_cmp, en_cmp = CMP_WORDS[cmp]
    if OPERATORS[cmp](value, bound):
        return c.say(
            f"예. {args.ci}의 현재 {josa(label, '은는')} {shown}로 {fmt(bound, unit)} {ko_cmp}입니다.",
            f"Yes. The current {label} of {args.ci} is {shown}, {en_cmp} {fmt(bound, unit)}.",
        )
    return c.say(
        f"아니요. {args.ci}의 현재 {josa(label, '은는')} {shown}로 {fmt(bound, unit)} {ko_cmp}가 아닙니다.",
        f"No. The current {label} of {args.ci} is {shown}, not {en_cmp} {fmt(bound, unit)}.",
    )


def _beyond(
    c: Composer,
    args: MetricQueryArgs,
    beyond: dict[str, Any],
    label: str,
    agg: dict[str, str],
    shown: str,
    unit: str,
) -> dict[str, Any]:
    """Yes/no for "ever above N": how many samples, from when to when, and the extreme reached."""
    bound = fmt(args.value, unit)
    ko_cmp, en_cmp = CMP_WORDS[args.needs("cmp")[0]]
    if not beyond["count"]:
        return c.say(
            f"아니요. {args.ci}의 {josa(label, '은는')} 한 번도 {bound} {ko_cmp}가 아니었습니다 "
            f"({agg['ko']} {shown}).",
            f"No. The {label} of {args.ci} was never {en_cmp} {bound} ({agg['en']} {shown}).",
        )
    first, last = local(beyond["first"], c.tz), local(beyond["last"], c.tz)
    return c.say(
        f"예. {args.ci}의 {josa(label, '은는')} {beyond['count']}개 샘플에서 {bound} {ko_cmp}였습니다 "
        f"({first} ~ {last}, {agg['ko']} {shown}).",
        f"Yes. The {label} of {args.ci} was {en_cmp} {bound} in {beyond['count']} samples "
        f"({first} to {last}; {agg['en']} {shown}).",
    )


def _fleet(
    c: Composer,
    args: MetricQueryArgs,
    data: dict[str, Any],
    label: str,
    agg: dict[str, str],
    window: str,
    unit: str,
) -> list[dict[str, Any]]:
    scope = described_filters(args.filter_values())
    if data["value"] is None:
        return [
            c.say(
                f"조건({scope})에 맞는 {label} 데이터가 없습니다 ({window}).",
                f"No {label} data for {scope} ({window}).",
            )
        ]
    shown, n = fmt(data["value"], unit), data["cis"]
    now_ko, now_en = ("현재 ", "current ") if args.latest else ("", "")
    rows = data["rows"]
    return [
        c.say(
            f"조건({scope})에 맞는 CI {n}개의 {now_ko}{label} {josa(agg['ko'], '은는')} {shown}입니다 ({window}).",
            f"Across {n} CIs ({scope}), the {agg['en']} {now_en}{label} was {shown} ({window}).",
        ),
        {
            "type": "table",
            "columns": [
                "ci",
                c.pick(f"{now_ko}{label}", f"last({args.metric})")
                if args.latest
                else c.pick(f"{agg['ko']} {label}", f"{args.agg}({args.metric})"),
                "unit",
            ],
            "rows": [[r["ci"], round(r["value"], 4) if r["value"] is not None else None, unit] for r in rows],
        },
    ]

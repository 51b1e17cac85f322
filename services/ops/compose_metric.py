"""Answer blocks for metric figures: a CI's current value or snapshot, an aggregate over a window (with
"ever above N" as yes/no), a series chart, one figure over a set of CIs, top-N and threshold lists."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from services.ops.compose import AGG_LABEL, CMP_WORDS, described_filters, fmt, josa, local, plot_time

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
    unit, label, op = data["unit"], c.metric_label(*args.needs("metric")), data["op"]
    if op == "latest":
        latest = data["latest"]
        if latest is None:
            return [c.say(f"{args.ci}의 {label} 데이터가 없습니다.", f"No {label} data for {args.ci}.")]
        value, at = fmt(latest["value"], unit), local(latest["ts"], c.tz)
        return [
            c.say(
                f"{args.ci}의 현재 {josa(label, '은는')} {value}입니다 ({at} 기준).",
                f"The current {label} of {args.ci} is {value} (as of {at}).",
            ),
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
            "data": [
                {
                    "type": "scatter",
                    "mode": "lines",
                    "name": args.ci,
                    "x": [plot_time(p["ts"], c.tz) for p in points],
                    "y": [p["value"] for p in points],
                }
            ],
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
        return [c.say(*summary), {"type": "chart", "figure": figure}]
    if op == "fleet":
        return _fleet(c, args, data, label, agg, window, unit)
    rows = data["rows"]
    table = {
        "type": "table",
        "columns": ["ci", f"{args.agg}({args.metric})", "unit"],
        "rows": [[r["ci"], round(r["value"], 4) if r["value"] is not None else None, unit] for r in rows],
    }
    listing = ", ".join(f"{r['ci']} ({fmt(r['value'], unit)})" for r in rows)
    if op == "top_n" and c.plan.intent == "metric_list":
        text = c.say(
            f"{window} {label} {agg['ko']}: {listing}" if rows else "조건에 맞는 데이터가 없습니다.",
            f"{agg['en'].capitalize()} {label} of {len(rows)} CIs ({window}): {listing}"
            if rows
            else "No data matches.",
        )
    elif op == "top_n":
        rank_ko, rank_en = ("하위", "Lowest") if args.order == "asc" else ("상위", "Top")
        text = c.say(
            f"{window} {label} {agg['ko']} 기준 {rank_ko} {len(rows)}개: {listing}"
            if rows
            else "조건에 맞는 데이터가 없습니다.",
            f"{rank_en} {len(rows)} by {agg['en']} {label} ({window}): {listing}"
            if rows
            else "No data matches.",
        )
    else:
        cmp = CMP_WORDS[args.needs("cmp")[0]]
        bound = fmt(args.value, unit)
        text = c.say(
            f"{window} {label} {josa(agg['ko'], '이가')} {bound} {cmp[0]}인 CI는 {len(rows)}개입니다"
            + (f": {listing}" if rows else "."),
            f"{len(rows)} CIs had {agg['en']} {label} {cmp[1]} {bound} ({window})"
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
    return [text, table, chart] if rows else [text]


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
                f"{'last' if args.latest else args.agg}({args.metric})",
                "unit",
            ],
            "rows": [[r["ci"], round(r["value"], 4) if r["value"] is not None else None, unit] for r in rows],
        },
    ]

"""rca: ranked root-cause hypotheses for a CI's problem around a time."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from services.infra import event_queries, queries
from services.infra.graph import get_graph_store
from services.ops.oncall import SEVERITY_RANK, threshold_breaches
from services.ops.planner.entities import index_cache
from services.ops.rca import AFTER, BEFORE, rank_causes
from services.ops.rca_occasion import place_occasion
from services.ops.rca_scan import SCAN_LEAD, STALE_ONSET, own_anomalies, symptom_onset
from services.ops.tools import ToolContext, ToolResult, register
from services.ops.tools.contracts import RcaArgs
from services.ops.tools.rca_when import (
    after_change,
    change_another_day,
    nearest_instead,
    other_halves,
)

MAX_STANDING = 5
MAX_GROUP = 50  # CIs a problem seen "on check-in" is looked for on
MAX_ESTATE = 5000  # CIs a problem named by nothing ("문제 원인 뭐야") is looked for on: the whole estate
ONGOING_LOOKBACK = timedelta(hours=3)  # how far back a problem asked about now is traced to its onset
LATEST_LOOKBACK = timedelta(days=14)  # how far back a trouble told in the past with no time is looked for
ANY_DAY_ROWS = 200  # major events read back to find the latest one at a time of day
LATEST_BEFORE, LATEST_AFTER = timedelta(hours=1), timedelta(minutes=30)  # around its failure event
LATER_GAP = timedelta(minutes=10)  # an onset this long after the first one is another
FAR_STRONGER = 10.0  # so much stronger, the estate's worst anomaly beats the one below a calm group
HALF_DAY_STRONGER = 2.0  # an hour said without am/pm: the other half of the day wins when this much stronger


def _labels(ctx: ToolContext) -> dict[str, str]:
    """Metric names as the answer's language calls them (Korean evidence reads '디스크 사용률')."""
    return {m: names.get(ctx.lang, m) for m, names in index_cache.get(ctx.session).metric_labels.items()}


def _standing_breaches(ctx: ToolContext, args: RcaArgs) -> list[dict[str, Any]]:
    """Thresholds `args.ci` and what it depends on were past at the analysed moment although nothing
    changed against their baselines: a standing condition an empty analysis must not hide."""
    moment, (ci,) = min(args.end or args.at, ctx.now), args.needs("ci")
    names = [ci, *(r["name"] for r in get_graph_store().dependencies(ci, depth=6))]
    breaches = threshold_breaches(ctx.session, now=moment, names=names)
    breaches.sort(
        key=lambda b: (
            b["ci"] != ci,
            b["details"]["metric"] != args.metric,
            SEVERITY_RANK.get(b["severity"], 9),
            b["ci"],
        )
    )
    return [
        {"ci": b["ci"], "severity": b["severity"], "since": b["since"].isoformat(), **b["details"]}
        for b in breaches[:MAX_STANDING]
    ]


def _most_troubled(
    ctx: ToolContext, names: list[str], start: datetime, end: datetime, metric: str | None
) -> str | None:
    """Of `names`, the CI whose own anomaly in [start, end] is strongest, the earlier onset first among
    equals; None when none of them had one."""
    found = _strongest(ctx, names, start, end, metric)
    return found[0] if found else None


def _strongest(
    ctx: ToolContext, names: list[str], start: datetime, end: datetime, metric: str | None
) -> tuple[str, float] | None:
    """Of `names`, the CI with the strongest own anomaly in [start, end] and its z-score."""
    found = [
        (-float(row[2]), row[3], row[0]) for row in own_anomalies(ctx.session, names, start, end, metric)
    ]
    return (min(found)[2], -min(found)[0]) if found else None


def _scanned(ctx: ToolContext, args: RcaArgs) -> tuple[datetime, datetime]:
    """Where a group's CIs are looked at for trouble: the window (and a little after it, for an onset at
    its end to show) or the time around the moment; never after now."""
    start, end = (args.start, args.end) if args.start and args.end else (args.at - BEFORE, args.at)
    return start, min(end + AFTER, ctx.now)


def _symptom_ci(ctx: ToolContext, args: RcaArgs) -> tuple[str | None, list[str]]:
    """The CI to analyse: the named one, or of the CIs listed or matching the filters ("체크인" →
    function check-in) the one in trouble at the time; with those CIs' names."""
    if args.ci:
        return args.ci, []
    if args.among:
        names = list(args.among)
    else:
        wanted = args.filter_values()
        rows, _ = queries.search_cis(ctx.session, **wanted, limit=MAX_GROUP if wanted else MAX_ESTATE)
        names = [r["name"] for r in rows]
    return (_most_troubled(ctx, names, *_scanned(ctx, args), args.metric) if names else None), names


def _ongoing(ctx: ToolContext, args: RcaArgs) -> RcaArgs:
    """A problem asked about now ("왜 이렇게 느려?") whose onset lies before the moment analysis looks
    back (BEFORE), with none of its own since: the window since that onset is scanned instead, so its
    cause is what changed then, not what changed in the last hour."""
    if args.start or args.end or args.at < ctx.now - timedelta(minutes=5) or args.ci is None:
        return args
    start, ci, metric = args.at - ONGOING_LOOKBACK, args.ci, args.metric
    recent = symptom_onset(ctx.session, ci=ci, start=args.at - BEFORE + SCAN_LEAD, end=args.at, metric=metric)
    if (
        recent is not None
        or symptom_onset(ctx.session, ci=ci, start=start, end=args.at, metric=metric) is None
    ):
        return args
    return args.model_copy(update={"start": start, "end": args.at})


def _troubled_instead(
    ctx: ToolContext, args: RcaArgs, looked_at: list[str]
) -> tuple[str, str, RcaArgs] | None:
    """The CI with the strongest anomaly at the time a described group ("영수증 조회 안된거") showed none —
    among what the group depends on, else in the whole estate: what the answer analyses instead, saying so.
    At an hour said without am/pm, the half of the day with the clearly stronger anomaly (with `args` there)."""
    if not looked_at or args.ci or (not args.among and not args.filter_values()):
        return None
    readings = [args]
    if args.hour_guessed and not (args.start and args.end):
        shifted = (args.model_copy(update={"at": args.at + shift}) for shift in other_halves(ctx, args.at))
        readings += [other for other in shifted if other.at <= ctx.now]
    best: tuple[str, str, float, RcaArgs] | None = None
    for reading in readings:
        found = _strongest_instead(ctx, reading, looked_at)
        if found and (best is None or found[2] >= HALF_DAY_STRONGER * best[2]):
            best = (*found, reading)
    return (best[0], best[1], best[3]) if best else None


def _strongest_instead(
    ctx: ToolContext, args: RcaArgs, looked_at: list[str]
) -> tuple[str, str, float] | None:
    """The strongest anomaly below the group at `args`' time, else the estate's: (ci, where, z-score)."""
    store = get_graph_store()  # what they depend on first: the portal's orders fail in the ERP below it
    below = {r["name"] for rows in store.reach_of(looked_at[:MAX_GROUP], depth=6).values() for r in rows}
    under = _strongest(ctx, sorted(below), *_scanned(ctx, args), args.metric) if below else None
    rows, _ = queries.search_cis(ctx.session, limit=MAX_ESTATE)
    estate = _strongest(ctx, [r["name"] for r in rows], *_scanned(ctx, args), args.metric)
    # a faint blip below the group is no answer while the estate had a far stronger trouble at the time
    if under and not (estate and estate[1] >= FAR_STRONGER * under[1]):
        return under[0], "dependencies", under[1]
    return (estate[0], "estate", estate[1]) if estate else None


def _ranked_other_half(
    ctx: ToolContext, ci: str, args: RcaArgs, result: dict[str, Any]
) -> tuple[RcaArgs, dict[str, Any]] | None:
    """A CI that showed nothing at an hour said without am/pm: its analysis 12 hours apart, the window
    moved with it, when it was in trouble there."""
    if not args.hour_guessed or result["hypotheses"] or result["onset"]:
        return None
    for shift in other_halves(ctx, args.at):
        moved = {k: v + shift for k in ("at", "start", "end") if (v := getattr(args, k)) is not None}
        other = args.model_copy(update=moved)
        if other.at <= ctx.now and ((found := _ranked(ctx, ci, other))["hypotheses"] or found["onset"]):
            return other, found
    return None


def _other_half_of_day(ctx: ToolContext, args: RcaArgs, names: list[str]) -> tuple[RcaArgs, str | None]:
    """Of a group none of which was in trouble at a guessed hour ("수요일 8시 선예매 오픈때"), the one in
    trouble 12 hours apart (20:00), with the moment moved there; `args` unchanged when none was."""
    for shift in sorted(other_halves(ctx, args.at), reverse=True):
        other = args.model_copy(update={"at": args.at + shift})
        if (
            other.at <= ctx.now
            and names
            and (ci := _most_troubled(ctx, names, *_scanned(ctx, other), args.metric))
        ):
            return other, ci
    return args, None


def _latest_trouble(
    ctx: ToolContext, args: RcaArgs, result: dict[str, Any]
) -> tuple[RcaArgs, dict[str, Any]] | None:
    """A trouble told in the past with no time ("X 실패난거 원인") while X shows nothing now: the window
    around X's latest major-or-worse event of the last two weeks, with that event; told at a part of the
    day without its day ("새벽에 터진거"), the latest such event at that time of day."""
    if not args.latest_trouble or args.ci is None or (args.start and args.end and not args.any_day):
        return None
    if result["hypotheses"] or result["onset"]:
        return None
    asked = (args.start, args.end) if args.any_day and args.start and args.end else None
    rows = event_queries.events(
        ctx.session,
        ci=args.ci,
        start=ctx.now - LATEST_LOOKBACK,
        end=ctx.now,
        limit=ANY_DAY_ROWS if asked else 1,
        min_severity="major",
    )
    if asked:  # only the events at that time of day
        rows = [r for r in rows if (r["ts"] - asked[0]) % timedelta(days=1) <= asked[1] - asked[0]]
    if not rows:
        return None
    ts, end = rows[0]["ts"], min(rows[0]["ts"] + LATEST_AFTER, ctx.now)
    trouble = {"ts": ts.isoformat(), "message": rows[0]["message"]}
    if asked:  # the part of the day asked, that showed nothing
        trouble["asked"] = [asked[0].isoformat(), asked[1].isoformat()]
    return args.model_copy(update={"start": ts - LATEST_BEFORE, "end": end, "at": end}), trouble


def _latest_failed(ctx: ToolContext, names: list[str]) -> str | None:
    """Of the CIs a question described, the one with the latest major-or-worse event of the lookback."""
    latest = [
        (rows[0]["ts"], name)
        for name in names[:MAX_GROUP]
        if (
            rows := event_queries.events(
                ctx.session,
                ci=name,
                start=ctx.now - LATEST_LOOKBACK,
                end=ctx.now,
                limit=1,
                min_severity="major",
            )
        )
    ]
    return max(latest)[1] if latest else None


def _later_onset(ctx: ToolContext, args: RcaArgs, result: dict[str, Any]) -> RcaArgs | None:
    """A window whose first onset of the CI nothing explains (a deploy's blip of its latency) while another
    anomaly of it began later in the window: the window from that later onset, where its trouble is."""
    if result["hypotheses"] or not result["onset"] or not (args.ci and args.start and args.end):
        return None
    scan = result["onset"] + LATER_GAP
    rows = own_anomalies(ctx.session, [args.ci], scan, min(args.end + AFTER, ctx.now), args.metric)
    later = [row[3] for row in rows if row[3] >= scan]
    return args.model_copy(update={"start": min(later) - STALE_ONSET}) if later else None


def _caller_instead(ctx: ToolContext, args: RcaArgs, result: dict[str, Any]) -> str | None:
    """A changed CI that shows nothing after its change ("madang-render 배포하고 지도 터진거"): of what
    depends on it, the CI in the most trouble then — where the change would show; None when none was."""
    if not args.after_change or args.ci is None or result["hypotheses"] or result["onset"]:
        return None
    callers = [r["name"] for r in get_graph_store().dependents(args.ci, depth=3)][:MAX_GROUP]
    return _most_troubled(ctx, callers, *_scanned(ctx, args), args.metric) if callers else None


def _ranked(ctx: ToolContext, ci: str, args: RcaArgs) -> dict[str, Any]:
    return rank_causes(
        ctx.session,
        ci=ci,
        at=args.at,
        metric=args.metric,
        start=args.start,
        end=args.end,
        tz=ctx.tz,
        lang=ctx.lang,
        labels=_labels(ctx),
        now=ctx.now,
    )


@register("rca", RcaArgs)
def rca(ctx: ToolContext, args: RcaArgs) -> ToolResult:
    placed = None
    if args.occasion and not (args.start and args.end):  # "호우때": when the events naming it were
        start, end, placed = place_occasion(
            ctx.session,
            args.occasion,
            ci=args.ci or args.suspect,
            now=ctx.now,
            tz=ctx.tz,
            lang=ctx.lang,
            metric=args.metric,
        )
        args = args.model_copy(update={"start": start, "end": end, "at": end})
    if args.suspect:  # "X cpu 튀었던데 그게 Y 장애 원인이야?": the metric is the suspect's, not Y's symptom
        args = args.model_copy(update={"metric": None})
    ci, looked_at = _symptom_ci(ctx, args)
    other_half = None
    if ci is None and args.ci is None and args.hour_guessed and not (args.start and args.end):
        args, ci = _other_half_of_day(ctx, args, looked_at)
        other_half = args.at if ci else None
    group = looked_at[:MAX_GROUP]  # the whole estate is counted, not listed
    widened = None
    if (
        ci is None and args.latest_trouble and args.among
    ):  # "월말 이자배치 abend 난거": the one that failed last
        ci = _latest_failed(ctx, looked_at)
    if ci is None and (instead := _troubled_instead(ctx, args, looked_at)):
        ci, widened, moved_to = instead
        if moved_to.at != args.at:  # the hour read in the other half of the day: the answer says so
            args, other_half = moved_to, moved_to.at
    if ci is None:  # a group of CIs none of which was in trouble then
        return ToolResult(
            {
                "hypotheses": [],
                "chain": [],
                "onset": None,
                "nearest": None,
                "standing": [],
                "ci": None,
                "group": group,
                "group_size": len(looked_at),
                "matched_by": args.described_as,
                "unmatched": args.unmatched,
                "occasion": placed,
                "scanned": [args.start.isoformat(), args.end.isoformat()]
                if placed and args.start and args.end
                else None,
            },
            [],
        )
    args, changed = after_change(ctx, args.model_copy(update={"ci": ci}))
    change_missing = args.after_change and changed is None and not (args.start and args.end)
    args = _ongoing(ctx, args)
    result = _ranked(ctx, ci, args)
    if (other_day := change_another_day(ctx, args, result)) is not None:
        (args, changed), change_missing = other_day, False
        result = _ranked(ctx, ci, args)
    if (half := _ranked_other_half(ctx, ci, args, result)) is not None:  # "5시반쯤": 05:30, not 17:30
        args, result = half
        other_half = args.at
    shifted, latest = None, None
    if moved := nearest_instead(ctx, args, result):
        shifted, result = result["nearest"], _ranked(ctx, ci, moved)
    elif found := _latest_trouble(ctx, args, result):  # nothing now: the failure the question told of
        args, latest = found
        result = _ranked(ctx, ci, args)
    if later := _later_onset(ctx, args, result):
        args, result = later, _ranked(ctx, ci, later)
    changed_ci = None
    if caller := _caller_instead(ctx, args, result):  # the change shows in what uses the changed CI
        changed_ci, ci = ci, caller
        args = args.model_copy(update={"ci": ci})
        result = _ranked(ctx, ci, args)
    onset, nearest = result["onset"], result.get("nearest")
    standing = [] if result["hypotheses"] else _standing_breaches(ctx, args)
    return ToolResult(
        {
            "hypotheses": result["hypotheses"],
            "chain": result["chain"],
            "onset": onset.isoformat() if onset else None,
            "nearest": nearest.isoformat() if nearest else None,
            "standing": standing,
            "ci": ci,
            "group": group,
            "group_size": len(looked_at),
            "matched_by": args.described_as,
            "unmatched": args.unmatched,  # the question's words no record holds: the estate was looked at
            "widened": widened,  # the described CIs showed nothing: where the analysed one was found instead
            "shifted_to": shifted.isoformat() if shifted else None,  # the nearest anomaly, not the window
            "other_half": other_half.isoformat()
            if other_half
            else None,  # "8시" read as 20:00: troubled then
            "changed_at": changed.isoformat() if changed else None,  # the CI's change the question blamed
            "changed_ci": changed_ci,  # the changed CI showed nothing: `ci`, which depends on it, is analysed
            "change_missing": change_missing,  # a change was blamed, but none is on record
            "occasion": placed,  # the events that placed the occasion the question named
            "latest_trouble": latest,  # nothing now: the CI's latest failure event, analysed instead
            # the window scanned from that change, occasion or failure: the answer says it (the plan has none)
            "scanned": [args.start.isoformat(), args.end.isoformat()]
            if (changed or placed or latest) and args.start and args.end
            else None,
        },
        [{"kind": "sql", "text": s} for s in result["sql"]],
    )

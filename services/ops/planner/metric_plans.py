"""Metric questions as plans: one CI's value now, at a moment, over a window or beyond a bound; several
CIs compared; the fleet's figure, ranking, threshold list and existence questions ("있어?")."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from services.ops.plan import Plan, Route, Step
from services.ops.planner import lexicon as lx
from services.ops.planner import window_words as ww
from services.ops.planner.clock_windows import TimeWindow
from services.ops.planner.entities import EntityIndex
from services.ops.planner.lexicon import word_pattern
from services.ops.planner.moments import AGO, CLOCK_TIME, mentions_now
from services.ops.planner.oncall_intents import DEFAULT_EVENT_WINDOW, iso
from services.ops.planner.parsing import FREE_OF, Parsed
from services.ops.planner.period_compare import period_compare_plan
from services.ops.planner.relation_questions import asks_whether
from services.ops.planner.time_words import EXPLICIT
from services.ops.planner.unknown_words import content_words
from services.ops.planner.unplaceable import GROUP_SIZE, group_size_unmatched

BARE_NUMBER = re.compile(r"(?<![\d.])(\d{1,3})(?![\d.%])")
DEFAULT_WINDOW = timedelta(hours=1)
APPROXIMATELY = timedelta(minutes=30)  # how far "around 11" reaches either side
PEAK_REACH = timedelta(hours=1)  # "the peak around midnight": the episode near it, not its half hour
MAX_COMPARED = 5
MAX_OVERLAID = 3  # figures plus their series stay within the policy's 6 steps
COMPARE_CHART = timedelta(hours=6)  # the chart behind "compare the current X of a and b"
LIST_ALL = 100  # "memory of cache nodes" without "top N": every matching CI, ordered by value


def aggregations(p: Parsed) -> list[str]:
    """Every aggregation the question names, in the order it names them."""
    found = sorted(
        (m.start(), agg)
        for agg, words in lx.AGG_WORDS.items()
        for w in words
        if (m := word_pattern(w).search(p.residual))
    )
    return list(dict.fromkeys(agg for _, agg in found))[:MAX_COMPARED]


def aggregation(p: Parsed) -> str | None:
    for agg, words in lx.AGG_WORDS.items():
        if any(word_pattern(w).search(p.residual) for w in words):
            return agg
    return "max" if ww.REACHED.search(p.residual) else None


def number_bound(p: Parsed) -> tuple[str, float] | None:
    """The bound a question puts on its metric ("above 90%", "1초 넘는": in ms, the unit of the time metric)."""
    for pattern, op in ((lx.ABOVE, ">"), (lx.BELOW, "<")):
        if m := pattern.search(p.residual):
            value, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            inclusive = lx.INCLUSIVE_BOUND.search(p.residual[max(0, m.start() - 12) : m.end() + 12])
            scale = 1000.0 if (unit or "").lower() in lx.SECONDS else 1.0
            return op + ("=" if inclusive else ""), float(value) * scale
    return None


def metrics_plan(p: Parsed, index: EntityIndex, now: datetime) -> Plan | None:
    metrics = p.of("metric")
    if not metrics:
        return None
    if compared := period_compare_plan(p, now, p.tz, aggregation(p)):
        return compared
    metric, cis = metrics[0], p.of("ci")
    agg = aggregation(p)
    window = p.window
    filters = {**({"type": p.types[0]} if p.types else {}), **p.filters}
    if cis:  # one step per named CI ("compare CPU of a and b"), at most MAX_COMPARED
        if agg is None and window is not None:  # "the lowest CPU of X in the last 6 hours": over its samples
            agg = (
                "max"
                if lx.TOP_WORDS.search(p.residual)
                else "min"
                if lx.BOTTOM_WORDS.search(p.residual)
                else None
            )
        args: dict[str, Any] = {"metric": metric}
        bound = number_bound(p)
        if (
            bound
        ):  # "ever above 90%": any sample beyond the bound, i.e. the window's extreme; else the named agg
            window = window or TimeWindow(now - DEFAULT_EVENT_WINDOW, now, "last 24 hours")
            extreme = "max" if bound[0].startswith(">") else "min"
            agg = extreme if ww.EVER.search(p.residual) or agg is None else agg  # "넘었던": agg is None
            if mentions_now(p.residual) and p.window is None and not ww.EVER.search(p.residual):
                agg = "last"  # "is X above 80 right now?": its latest sample
            args.update(op="aggregate", agg=agg, cmp=bound[0], value=bound[1])
            args.update(start=iso(window.start), end=iso(window.end))
            route, intent = Route.AGGREGATE, "ever"
        elif p.has(lx.SERIES):
            window = window or TimeWindow(now - timedelta(hours=24), now, "last 24 hours")
            step = max(60, int((window.end - window.start).total_seconds() // 120))
            args.update(op="series", start=iso(window.start), end=iso(window.end), step_seconds=step)
            route, intent = Route.AGGREGATE, "series"
        elif (
            p.moment_rules
            and p.moment
            and not mentions_now(p.residual)
            and len(cis) == 1
            and not (p.window and "since" in p.window.label)  # "수요일 14시 이후": from then on, not around
        ):
            # "10시쯤 X 에러율", "X latency at 09:30 this morning": the value then (an aggregation: around it)
            if agg is None:
                args.update(op="latest", at=iso(p.moment))
                route, intent = Route.LOOKUP, "at_moment"
            else:
                reach = PEAK_REACH if agg in ("max", "min") else APPROXIMATELY
                start, end = p.moment - reach, min(p.moment + reach, now)
                window = TimeWindow(start, end, "around")
                args.update(op="aggregate", agg=agg, start=iso(start), end=iso(end))
                route, intent = Route.AGGREGATE, "aggregate"
        elif window is None and (agg is None or mentions_now(p.residual)):
            args.update(op="latest", at=iso(now))
            free = len(cis) == 1 and metric in FREE_OF and lx.FREE_SPACE.search(p.question)
            route, intent = Route.LOOKUP, "free" if free else "latest"  # "여유 공간": 100 − usage
        else:
            window = window or TimeWindow(now - DEFAULT_WINDOW, now, "last 1 hour")
            args.update(op="aggregate", agg=agg or "avg", start=iso(window.start), end=iso(window.end))
            route, intent = Route.AGGREGATE, "aggregate"
        pairs = [(ci, m) for ci in cis for m in metrics][:MAX_COMPARED]  # "CPU and memory of a and b"
        steps = [Step(tool="metric_query", args={**args, "ci": ci, "metric": m}) for ci, m in pairs]
        if args["op"] == "aggregate" and len(pairs) == 1 and len(aggs := aggregations(p)) > 1:
            # "평균이랑 최대", "avg and max": one step per aggregation of the one series
            steps = [Step(tool="metric_query", args={**steps[0].args, "agg": a}) for a in aggs]
        elif intent == "aggregate" and len(pairs) == 1 and agg is None:
            # "수요일 오후엔?", "X cpu yesterday": no aggregation said, so its average and its peak
            steps += [Step(tool="metric_query", args={**steps[0].args, "agg": "max"})]
        several = len({ci for ci, _ in pairs}) >= 2  # several CIs compared (not several metrics of one)
        if several and args["op"] in ("aggregate", "latest") and intent != "ever":
            # a comparison: the figures ranked, and every series overlaid on one chart of the same window
            # (up to MAX_OVERLAID of them: "4개 많은순" is ranked without one)
            shown = window or TimeWindow(now - COMPARE_CHART, now, "last 6 hours")
            step = max(60, int((shown.end - shown.start).total_seconds() // 120))
            chart = {"op": "series", "start": iso(shown.start), "end": iso(shown.end), "step_seconds": step}
            if len(pairs) <= MAX_OVERLAID:
                steps += [Step(tool="metric_query", args={**chart, "ci": ci, "metric": m}) for ci, m in pairs]
            intent = compared_intent(p.residual)
        return Plan(route=route, steps=steps, intent=intent)
    use_latest = window is None and (agg is None or mentions_now(p.residual))
    if use_latest and p.moment_rules and p.moment and not mentions_now(p.residual):
        # "disk of X's hosts a week ago", "DB 서버들 8시 cpu": each CI's value then (an aggregation: around it)
        reach = PEAK_REACH if agg in ("max", "min") else APPROXIMATELY
        window = TimeWindow(
            p.moment - reach, min(p.moment + (reach if agg else timedelta(seconds=1)), now), "around"
        )
        use_latest = agg is None
    elif use_latest:  # newest sample per CI, looking back far enough to tolerate late data
        window = TimeWindow(now - DEFAULT_EVENT_WINDOW, now, "latest")
    window = window or TimeWindow(now - DEFAULT_WINDOW, now, "last 1 hour")
    base: dict[str, Any] = {
        "metric": metric,
        "agg": "last" if use_latest else agg or "avg",
        "start": iso(window.start),
        "end": iso(window.end),
        "filters": filters,
    }
    if bound := number_bound(p):
        base.update(op="threshold", cmp=bound[0], value=bound[1])
        # "DBs with response time above 20 ms on Monday": with a window named, any sample beyond the bound
        # (an average hides the spike the engineer asks about); "averaged above" names its aggregation
        past = ww.EVER_PAST.search(p.residual) or p.window is not None
        if ww.EVER.search(p.residual) or (agg is None and past):  # any sample
            base["agg"] = "max" if bound[0].startswith(">") else "min"
        if p.has_any(lx.COUNT_WORDS):
            base["count"] = True
        listed = Step(tool="metric_query", args=base)  # "에러 5% 넘은 서비스 있었어?": yes or no, then which
        whether = bool(p.says(lx.EXISTENCE) and asks_whether(p.structure)) and not p.has_any(lx.COUNT_WORDS)
        return Plan(route=Route.AGGREGATE, steps=[listed], intent="threshold", asks_whether=whether)
    top, bottom = lx.TOP_WORDS.search(p.residual), lx.BOTTOM_WORDS.search(p.residual)
    warning = index.metric_warnings.get(metric)
    if p.says(lx.EXISTENCE) and not (top or bottom or agg) and warning is not None:
        # "디스크 꽉 차가는 거 있어?", "any hosts with high CPU?": those past the metric's warning level
        base.update(op="threshold", cmp=">=", value=warning)
        return Plan(route=Route.AGGREGATE, steps=[Step(tool="metric_query", args=base)], intent="threshold")
    if not (top or bottom) and lx.COUNTED_CIS.search(
        p.residual
    ):  # "응답 느린 DB 3개": a ranking, low or high
        bottom = lx.COUNTED_RANKING_LOW.search(p.residual)
        top = None if bottom else lx.COUNTED_RANKING.search(p.residual)
    match = top or bottom
    if not match and (agg or p.says(lx.FLEET)):  # "average CPU across prod hosts": one figure for the set
        base.update(op="fleet", agg=agg or "avg", latest=use_latest, n=LIST_ALL)
        return Plan(route=Route.AGGREGATE, steps=[Step(tool="metric_query", args=base)], intent="fleet")
    if unplaced := group_size_unmatched(p, index):
        return unplaced
    n = next((int(g) for g in (match.groups() if match else ()) if g), None)
    if n is None:  # "busiest 3 services", "5개": the first whole number outside the time phrase or a group
        text = GROUP_SIZE.sub(lambda g: " " * len(g.group()), p.residual)  # "3대 중": the group's size
        if p.window_span:
            a, b = p.window_span
            text = text[:a] + " " * (b - a) + text[b:]
        if p.moment_rules:  # "at 08:00", "2 days ago": the moment's numbers are no count
            for moment_words in (CLOCK_TIME, AGO, EXPLICIT):
                text = moment_words.sub(lambda g: " " * len(g.group()), text)
        n_match, said = BARE_NUMBER.search(text), lx.COUNT_IN_WORDS.search(text)
        n = (
            int(n_match.group(1))
            if n_match
            else lx.NUMBER_WORDS[(said.group(1) or said.group(2)).lower()]
            if said
            else (1 if match else LIST_ALL)
        )
    base.update(op="top_n", n=n, order="asc" if bottom and not top else "desc")
    intent = "top_n" if match or n != LIST_ALL else "metric_list"
    if intent == "metric_list" and not (filters or p.says(lx.SHOW) or content_words(p, index)):
        # "cpu 좀": a metric of no CI, no kind, no ranking and no listing asked ("디스크 사용률 보여줘" lists)
        return Plan(route=Route.REJECT, intent="reject", reason="unclear", detail=metric)
    return Plan(route=Route.AGGREGATE, steps=[Step(tool="metric_query", args=base)], intent=intent)


def compared_intent(residual: str) -> str:
    """ "compare_top" / "compare_bottom" when a comparison asks for its one highest or lowest CI ("그중에
    cpu 젤 높은거", "which has the lowest latency"), "compare_ascending" when it asks the lowest first ("빠른순으로"),
    "compare_mean" when it asks one figure across them ("average CPU across the brokers"), else "compare"."""
    if LOW_FIRST.search(residual):
        return "compare_ascending"
    if lx.ACROSS.search(residual):  # "average CPU across the three brokers": their mean as well
        return "compare_mean"
    for words, intent in ((lx.TOP_WORDS, "compare_top"), (lx.BOTTOM_WORDS, "compare_bottom")):
        if (m := words.search(residual)) and not any(m.groups()):  # "top 3" asks for a ranking
            return intent
    for words, intent in ((ONE_HIGHER, "compare_top"), (ONE_LOWER, "compare_bottom")):
        if words.search(residual):  # "둘중에 지금 cpu 높은거": the one that is higher
            return intent
    return "compare"


# an order asked lowest first ("응답시간 빠른순으로", "sorted ascending")
LOW_FIRST = re.compile(
    r"(?:빠른|낮은|적은|작은)\s*+순|오름차순|\bascending\b|\b(?:lowest|fastest|smallest|least) first\b", re.I
)
# of CIs compared, the one that is higher or lower ("A, B cpu 높은거", "which one was slower")
# ("더 높은 노드"; a kind noun the estate reads is blanked in the residual: the adjective then ends it)
_ONE = r"\s*+(?:(?:거|것|건|게|쪽|놈|애|데|곳|노드|서버|호스트|장비|머신|디비|DB)(?![가-힣])|[?？.]?\s*+$)"
# "which one is", "which of those has the", "which of a, b had"
_WHICH_HAS = r"\bwhich (?:one |(?:of )?[^?]{1,80}? )?(?:is|was|has|had)(?: the)? "
ONE_HIGHER = re.compile(
    rf"(?:높은|많은|큰|느린|바쁜|찬){_ONE}|{_WHICH_HAS}(?:higher|more|bigger|slower|busier)\b(?!\s++than)",
    re.I,
)
ONE_LOWER = re.compile(
    rf"(?:낮은|적은|작은|빠른|한가한){_ONE}|{_WHICH_HAS}(?:lower|less|smaller|faster)\b(?!\s++than)",
    re.I,
)

"""On-call intents of the rules planner: what is wrong now (the estate's problems, in a scope when one is
named, or a past window's serious events) and what happened to a CI (its timeline around a moment, in a
window, or over the recent days when it is said to have crashed)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from services.ops.plan import Plan, Route, Step
from services.ops.planner import lexicon as lx
from services.ops.planner.entities import EntityIndex
from services.ops.planner.lexicon_oncall import (
    CHANGED_THEN,
    HAPPENED,
    PROBLEM_WORDS,
    TROUBLE_STATES,
    WORK_ASKED,
    WRONG_NOW,
)
from services.ops.planner.moments import mentions_now
from services.ops.planner.parsing import Parsed

DEFAULT_EVENT_WINDOW = timedelta(hours=24)
RECENT = timedelta(hours=1)  # "now" for a ranking: the last sample of the last hour
# alerts said to be up, still on ("떠있는", "울리고 있는", "firing", "still open"): now, with no time word
ALERTS_UP = re.compile(
    r"떠\s*+있|울리고\s*+있|켜져\s*+있|\bfiring\b|\bstill (?:open|active|on)\b|\bactive alerts?\b", re.I
)


def iso(moment: datetime) -> str:
    return moment.isoformat()


WRONG_NOW_RANKED = (
    5  # CIs ranked by the metric a what-is-wrong question names ("is traffic causing problems")
)


RECENT_ENOUGH = timedelta(hours=2)  # "anything wrong in the last hour?" still asks about now


def past_window(p: Parsed, now: datetime) -> bool:
    """Whether the question names a window that is not "now": over before now, or longer than RECENT_ENOUGH."""
    window = p.window
    if window is None or mentions_now(p.residual):
        return False
    return window.end < now - timedelta(minutes=5) or window.end - window.start > RECENT_ENOUGH


def wrong_now_plan(p: Parsed, index: EntityIndex, now: datetime) -> Plan | None:
    """ "What is wrong now?", "뭔가 이상한데 확인 좀": the estate's problems, worst first; a metric named
    with them ("is black friday traffic causing problems anywhere?") adds the CIs highest on it now."""
    if p.of("ci"):
        return None
    # "what's broken in prod", "any problems on hosts?"; "any major issues on databases?" lists those events
    named = p.severities or p.of("metric")  # "CPU 평균이 70% 이상인 서버" is a metric question
    down_or_slow = p.says(TROUBLE_STATES) and p.says(lx.EXISTENCE)  # "먹통이거나 느린 서비스 있음?"
    scope = None if named and (p.types or p.filters) and not down_or_slow else problem_scope(p)
    # "how many hosts are down?" counts the CIs with a problem now; other counts are of events or CIs
    counts_troubled = not p.window and bool(scope) and p.says(TROUBLE_STATES)
    quiet = (
        scope is not None and not p.has(lx.PRONOUNS) and (counts_troubled or not p.has_any(lx.COUNT_WORDS))
    )
    plain = quiet and not p.window
    # "지금 알람 뜬 거 있어?", "알람 떠있는거 요약": alerts up now
    alerts_now = (
        plain and p.has(lx.ALERT_NOUNS) and (mentions_now(p.residual) or ALERTS_UP.search(p.residual))
    )
    past = past_window(p, now)
    # a problem word alone, or beside nothing but a past window ("어제 장애 있었음?")
    alone = (plain or (quiet and past and not p.of("metric"))) and not p.has(lx.EVENTS)
    troubled = p.says(PROBLEM_WORDS) or p.says(TROUBLE_STATES)
    if not (p.says(WRONG_NOW) or alerts_now or (alone and troubled) or (down_or_slow and not past)):
        return None
    scoped = {"filters": scope} if scope else {}
    if past:  # "was there any outage last week?": that window's serious events, not now's
        window = p.window
        assert window is not None
        counted = p.has_any(lx.COUNT_WORDS)  # "오늘 major 이상 이벤트 몇 개 터졌어": how many, not which
        args = {"op": "count" if counted else "list", "start": iso(window.start), "end": iso(window.end)}
        steps = [Step(tool="event_query", args={**args, "min_severity": "major", **scoped})]
        if counted:
            return Plan(route=Route.AGGREGATE, steps=steps, intent="events_count")
        return Plan(route=Route.LOOKUP, steps=steps, intent="events_list")
    steps = [Step(tool="event_query", args={"op": "problems", "at": iso(now), **scoped})]
    if metrics := p.of("metric"):
        ranked = {"op": "top_n", "metric": metrics[0], "agg": "last", "n": WRONG_NOW_RANKED, "order": "desc"}
        steps.append(Step(tool="metric_query", args={**ranked, "start": iso(now - RECENT), "end": iso(now)}))
    return Plan(route=Route.AGGREGATE, steps=steps, intent="wrong_now")


def problem_scope(p: Parsed) -> dict[str, Any] | None:
    """The CI filters a problem question is scoped to ({} for the whole estate); None when they cannot
    be one filter (two types)."""
    if len(p.types) > 1:
        return None
    filters = dict(p.filters)
    if p.says(INCLUDED):  # "across the estate, dev included": dev as well, not dev only
        filters.pop("environment", None)
    return {**filters, **({"type": p.types[0]} if p.types else {})}


INCLUDED = re.compile(r"\bincluded\b|\bincluding\b|\bas well\b|까지 ?포함|도 ?포함|포함해서|포함한", re.I)


HAPPENED_AROUND = timedelta(hours=1)
RECENT_TROUBLE = timedelta(days=7)  # "recently" beside a crash or an outage
RECENT_WORK = timedelta(days=30)  # "무슨 작업중이야": the work under way may have begun weeks ago


def happened_plan(p: Parsed, index: EntityIndex, now: datetime) -> Plan | None:
    """ "What happened to X around 08:00?", "was X down last night?": X's events (and its dependencies')
    and metric changes."""
    cis = p.of("ci")
    timed = p.window is not None or p.moment is not None or p.has(lx.RECENTLY)
    troubled_then = (timed and p.says(TROUBLE_STATES)) or p.says(CHANGED_THEN)
    if not (cis and (p.says(HAPPENED) or troubled_then)) or p.of("metric"):
        return None
    if troubled_then and p.window is None and p.moment is None:  # "X 최근에 OOM 났었어?": its last week
        start, end = now - RECENT_TROUBLE, now
    elif p.moment is not None and p.moment_rules:  # "around 08:00": an hour either side
        start, end = p.moment - HAPPENED_AROUND, min(p.moment + HAPPENED_AROUND, now)
    elif p.window is not None:
        start, end = p.window.start, p.window.end
    elif p.moment is None and p.says(WORK_ASKED):
        start, end = now - RECENT_WORK, now
    else:
        start, end = now - DEFAULT_EVENT_WINDOW, now
    args = {"op": "timeline", "ci": cis[0], "start": iso(start), "end": iso(end)}
    return Plan(route=Route.LOOKUP, steps=[Step(tool="event_query", args=args)], intent="timeline")

"""Health questions for the rules planner: "X 괜찮아?", "is X healthy?" — the CI's current metrics, its recent
events and the fields asked with them; a field changed as news ("모델 바꿨다던데") or named as what must be
fine ("단말 발매 문제없지") leaves the question one of health."""

from __future__ import annotations

import re
from datetime import datetime

from services.ops.plan import Plan, Route, Step
from services.ops.planner import relation_questions as questions
from services.ops.planner.attribute_plans import requested_fields
from services.ops.planner.clock_windows import TimeWindow
from services.ops.planner.entities import EntityIndex
from services.ops.planner.lexicon_oncall import BARE_HEALTH, HEALTH, HEALTH_TROUBLE, NO_TROUBLE
from services.ops.planner.oncall_intents import DEFAULT_EVENT_WINDOW, iso
from services.ops.planner.parsing import Parsed

# a field's change told as news beside the question ("X 상태 괜찮음? 모델 바꿨다던데"): context, not what is asked
TOLD_CHANGE = re.compile(
    r"\s*+(?:(?:을|를|이|가|은|는|도)\s*+)?[^?.!]{0,12}?"
    r"(?:바꿨|바뀌었|바꼈|변경했|변경됐|변경되었|올렸|업데이트했|업데이트됐|교체했|교체됐|배포했|배포됐)"
    r"(?:다던데|다는데|다더라|다며|다면서|다고|는데|던데|대)"
)
FINE_AFTER = re.compile(rf"[^?.!]{{0,8}}?(?:{NO_TROUBLE.pattern})", re.I)


def health_plan(p: Parsed, index: EntityIndex, now: datetime) -> Plan | None:
    """ "Is anything wrong with X?": X's current metrics and its recent events."""
    cis = p.of("ci")
    asked_fields = [  # "모델 바꿨다던데" tells why health is asked; "단말 발매 문제없지" names what must be fine
        m
        for m in p.mentions
        if m.kind == "attribute"
        and not (TOLD_CHANGE.match(p.question, m.end) or FINE_AFTER.match(p.question, m.end))
    ]
    if not (cis and p.says(HEALTH)) or p.of("metric") or asked_fields:
        return None
    window = TimeWindow(now - DEFAULT_EVENT_WINDOW, now, "last 24 hours")
    fields = requested_fields(p)  # "X 상태 어때?": its lifecycle status as well as its health
    retired_or_down = index.ci_statuses.get(cis[0].lower(), "active") != "active"
    if retired_or_down and "status" not in fields:  # "아직 살아있는 장비야?" of a retired CI: say it first
        fields = [*fields, "status"]
    steps = [
        *([Step(tool="ci_lookup", args={"op": "get", "name": cis[0], "fields": fields})] if fields else []),
        Step(tool="metric_query", args={"op": "snapshot", "ci": cis[0], "at": iso(now)}),
        Step(
            tool="event_query",
            args={"op": "list", "ci": cis[0], "start": iso(window.start), "end": iso(window.end)},
        ),
    ]
    return Plan(route=Route.LOOKUP, steps=steps, intent=health_asked(p.structure))


def health_asked(structure: str) -> str:
    """ "health_ok" when the question asks yes or no whether the CI is fine ("X 지금 정상이야?", "is X
    healthy?"), "health_trouble" when whether it is in trouble ("X 문제 있어?", "is X down?"), else "health"."""
    if NO_TROUBLE.search(structure):  # "X 이상없어?", "X in good shape right now?": whether it is fine
        return "health_ok"
    if not (questions.yes_no(structure) or BARE_HEALTH.match(structure)):
        return "health"
    return "health_trouble" if HEALTH_TROUBLE.search(structure) else "health_ok"

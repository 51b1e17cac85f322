"""The deterministic planner: Korean/English question → Plan, with no per-question special cases.

`parsing.parse` recognises the question's entities, time and vocabulary; the intents here then decide in
a fixed order: refusal → direct answer → root cause → what is wrong now → since when → what happened →
topology → health → events → attributes → metrics (with period comparisons) → CI search.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from services.infra.attribute_filter import ANY_VALUE
from services.ops.plan import Plan, Route, Step
from services.ops.planner import direct_words as dw
from services.ops.planner import lexicon as lx
from services.ops.planner import relations as rel
from services.ops.planner import unplaceable
from services.ops.planner.attribute_plans import attributes_plan, unknown_value_plan
from services.ops.planner.attribute_values import rejection as value_rejection
from services.ops.planner.ci_lists import ci_search_plan
from services.ops.planner.clock_windows import TimeWindow
from services.ops.planner.described import described_cis, holds_word
from services.ops.planner.entities import EntityIndex
from services.ops.planner.event_phrases import LIMIT_ASKED, asks_for_a_kind
from services.ops.planner.event_times import event_time_plan, event_type_said, told_in_past
from services.ops.planner.health_plans import health_plan
from services.ops.planner.lexicon_oncall import (
    AFTER_CHANGE,
    CAUSE_ASKED,
    CHANGE_THEN_TROUBLE,
    HAPPENED,
    WHY,
)
from services.ops.planner.metric_plans import APPROXIMATELY, aggregation, metrics_plan, number_bound
from services.ops.planner.moments import hour_guessed, mentions_now
from services.ops.planner.names import CLOSE_SIMILARITY as CLOSE
from services.ops.planner.names import (
    NAME_PARTS,
    attempted_name,
    has_name_part,
    is_vocabulary,
    similar_names,
    unplaced_name,
)
from services.ops.planner.occasions import occasion_said
from services.ops.planner.oncall_intents import (
    DEFAULT_EVENT_WINDOW,
    happened_plan,
    iso,
    wrong_now_plan,
)
from services.ops.planner.own_keys import estate_says
from services.ops.planner.parsing import Parsed, parse
from services.ops.planner.question_filters import located, unknown_value_word
from services.ops.planner.rca_subject import guessed_cause_metrics, rca_subject
from services.ops.planner.since import since_plan
from services.ops.planner.spelling import plain_words
from services.ops.planner.time_words import DAY_PARTS
from services.ops.planner.topology import leaving_out, topology, within_depth
from services.ops.planner.unknown_words import field_heads, says_optional_type, unread_words
from services.ops.planner.value_glossary import plain_compound
from services.ops.policy import DEFAULT_POLICY, refusal_named, refusal_of
from services.ops.refusal_changes import requested_action

TROUBLE_AFTER_CHANGE = timedelta(hours=2)  # how far a trouble told after a change at a moment is looked for
CI_LIKE = re.compile(  # parts joined by "-", "_" or "." (`sel-app-n99`, `core_bank_db`, `ap01.prod.local`)
    r"(?<![a-z0-9_.-])[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+(?![a-z0-9_-])"
)  # Korean particles may follow


def plan_question(
    question: str, index: EntityIndex, now: datetime, tz: str, policy: dict[str, Any] | None = None
) -> Plan:
    """The plan for `question` at time `now` (timezone `tz` for calendar words); `policy` holds the
    refusal categories (default: the built-in policy)."""
    p = parse(question, index, now, tz)
    plan = within_depth(leaving_out(located(_plan_parsed(p, index, now, policy), p), p), policy)
    off_topic = plan.route == Route.REJECT and plan.reason not in ("unclear", "unknown_ci")
    about_assistant = plan.route == Route.DIRECT  # "can you operate plant equipment …?" names no place
    if p.unplaced_places and not off_topic and not about_assistant:  # a place no location value matches
        place = p.unplaced_places[0]
        return Plan(
            route=Route.REJECT,
            lang=p.lang,  # type: ignore[arg-type]
            intent="reject",
            reason="unknown_place",
            detail=p.question[place.start : place.end],
            suggestions=place.matches or sorted(index.locations),
        )
    if plan.steps and plan.steps[0].tool == "ci_lookup" and lx.SHARE_ASKED.search(p.structure):
        return plan.model_copy(update={"asks_share": True})
    return plan


def _held(word: str, index: EntityIndex) -> bool:
    """Whether `word` is a plain word some CI's records hold ("order failures")."""
    return word.isalpha() and any(holds_word(t, word) for t in index.ci_texts.values())


def _plan_parsed(p: Parsed, index: EntityIndex, now: datetime, policy: dict[str, Any] | None) -> Plan:
    """The plan for a parsed question, places aside."""
    # CI names are blanked ("token-redis" is no token), the blanks closed up ("the login X uses": "login uses")
    refusal = refusal_of(" ".join(p.structure.split()), policy)
    if refusal and refusal.category == "out_of_scope" and estate_says(refusal.word, index):
        refusal = None  # "레시피 다운로드 실패" in a fab, "해외주식 주문" at a broker: this business's words
    if refusal is None and (action := requested_action(p.structure)):  # "쿼터풀 다시 분리해줘"
        refusal = refusal_named("changes", action, policy or DEFAULT_POLICY)
    if refusal and refusal.category != "secrets" and p.says(dw.DIRECT_SELF):
        refusal = None  # "can you change anything in prod, or only read?": a question about the assistant
    if refusal and not (refusal.category == "out_of_scope" and p.of("ci")):  # "야구 중계 끊기는데 X 원인"
        return Plan(
            route=Route.REJECT,
            lang=p.lang,  # type: ignore[arg-type]
            intent="reject",
            reason=refusal.category,
            detail=refusal.word,
        )
    word, suggestions = None, []
    if not p.of("ci"):  # a name that names no CI is never dropped silently
        # "mq03.icn.prd": a place word inside a name ("icn") leaves the name whole
        unknown = [n for n in CI_LIKE.findall(p.residual) if not plain_compound(n)] or [
            name for name in CI_LIKE.findall(_without_mentions(p, keep="location")) if "." in name
        ]
        word = (
            unknown[0]
            if unknown
            else attempted_name(p.residual, index) or unplaced_name(p.unread_question, p.mentions, index)
        )
        suggestions = similar_names(word, index) if word else []
        plain = plain_words(word, suggestions, p.residual) and not has_name_part(word) if word else False
        if word and p.has(WHY) and (plain or _held(word, index)):
            word = None  # "why is the document wallet slow?", "meter-read gaps": plain words, not a name
    else:  # beside a known CI ("path from checkout-svc to orders-db"): a near miss of a CI name
        parts = {part for name in index.ci_types for part in NAME_PARTS.split(name) if len(part) >= 3}
        for candidate in CI_LIKE.findall(p.residual):
            if is_vocabulary(candidate) or plain_compound(candidate):
                continue
            close = similar_names(candidate, index, min_score=CLOSE)
            if p.has(WHY) and plain_words(candidate, close, p.residual) and not has_name_part(candidate):
                continue  # "the lost visitor-call events in event-router": words telling the symptom
            # a name made of this estate's name parts ("checkout-service" beside orders-db) is a name too
            if close or any(part in parts for part in NAME_PARTS.split(candidate)):
                word, suggestions = candidate, close or similar_names(candidate, index)
                break
    if word and (value_problem := unknown_value_word(word, p.residual, suggestions, index)):
        p.attribute_problem = value_problem
    elif word:
        return Plan(
            route=Route.REJECT,
            lang=p.lang,  # type: ignore[arg-type]
            intent="reject",
            reason="unknown_ci",
            detail=word,
            suggestions=suggestions,
        )
    direct = _direct(p, index, now)  # a question about the assistant names no attribute value
    if (
        (problem := p.attribute_problem)
        and problem.problem
        and not p.of("ci")
        and not direct
        and not (  # "the portal's tuition page"; "track-in timeouts since 10am": a why with a time is analysed
            (p.has(WHY) or p.says(WHY))
            and (p.window or p.moment or described_cis(unread_words(p, index), index))
        )
    ):
        detail, options = value_rejection(problem, p.types, p.lang)
        return Plan(
            route=Route.REJECT,
            lang=p.lang,  # type: ignore[arg-type]
            intent="reject",
            reason=problem.problem,
            detail=detail,
            suggestions=options,
        )
    if unplaceable.points_without_referent(p) or unplaceable.runs_where_unsaid(p):  # "그 서버 디스크 몇 %야?"
        return Plan(route=Route.REJECT, lang=p.lang, intent="reject", reason="unclear")  # type: ignore[arg-type]
    for planner in (
        _direct,
        _root_cause,
        wrong_now_plan,
        _since,
        event_time_plan,
        happened_plan,
        topology,
        health_plan,
        _events,
        unknown_value_plan,
        attributes_plan,
        metrics_plan,
        ci_search_plan,
    ):
        plan = planner(p, index, now)
        if plan is not None:
            plan.lang = p.lang  # type: ignore[assignment]
            return plan
    has_infra_words = (
        p.mentions
        or p.types
        or p.filters
        or p.window
        or p.has(lx.EVENTS)
        or rel.says(p.structure, rel.GRAPH_CUES)
        or aggregation(p)
        or field_heads(p)  # "어느 리전에 있어?": a CI's field, asked without the CI
        or any(estate_says(w, index) for w in unread_words(p, index))  # "블록리스트 리로드": this business's
        or says_optional_type(p)  # "배치잡 목록" where no CI is typed a batch job: unclear, not out of scope
    )
    greeting = dw.GREETING.match(p.structure) and not (p.mentions or p.types or p.filters or p.has(lx.EVENTS))
    if greeting:  # "안녕 오늘 당직인데 잘부탁해": a greeting, nothing asked
        return Plan(route=Route.DIRECT, lang=p.lang, intent="direct", reason="hello")  # type: ignore[arg-type]
    reason = "unclear" if has_infra_words else "out_of_scope"
    return Plan(route=Route.REJECT, lang=p.lang, intent="reject", reason=reason)  # type: ignore[arg-type]


# --- intents, in order -------------------------------------------------------------------------------


def _direct(p: Parsed, index: EntityIndex, now: datetime) -> Plan | None:
    if p.of("ci") or p.of("metric"):
        return None
    cues = (
        (dw.DIRECT_TRUST, "trust"),
        (dw.DIRECT_SELF, "capabilities"),
        (dw.DIRECT_TIME, "time"),
        (dw.DIRECT_HELP, "help"),
        (dw.DIRECT_HELLO, "hello"),
    )
    for pattern, reason in cues:
        if p.says(pattern):
            return Plan(route=Route.DIRECT, intent="direct", reason=reason)
    return None


def _without_mentions(p: Parsed, keep: str) -> str:
    """The question (lower-cased) with every recognised mention but those of kind `keep` blanked."""
    text = p.question.lower()
    for m in p.mentions:
        if m.kind != keep:
            text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
    return text


def _root_cause(p: Parsed, index: EntityIndex, now: datetime) -> Plan | None:
    why = p.has(WHY) or p.says(WHY)  # "what's behind the viewer errors": a symptom said by its metric
    if not why:
        return None
    occasion = occasion_said(p)  # "호우때", "during the cookie promo": the events that name it say when
    if occasion and (at := p.residual.find(occasion.said.lower())) >= 0:  # its words say when, not what
        p.residual = p.residual[:at] + " " * len(occasion.said) + p.residual[at + len(occasion.said) :]
    if (subject := rca_subject(p, index)) is None:
        if not occasion:
            return None
        subject = {"filters": {}}  # "호우때 레이더 집중관측해서 터진거야? 진짜 원인": the estate then
    asks_cause = p.has(CAUSE_ASKED) or occasion  # "개통날 몰려서 터진거야 아님 딴거야": that day's cause
    if subject == {"filters": {}} and not asks_cause and wrong_now_plan(p, index, now) is not None:
        return None  # "알람 왜 이렇게 울려, 뭐 터졌어?": what is wrong; "오늘 아침 문제 원인 뭐야" asks why
    args: dict[str, Any] = {**subject, "at": iso(p.moment or now)}
    if occasion:
        args["occasion"] = {"said": occasion.said, "words": occasion.words}
    elif not (p.window or p.moment or mentions_now(p.structure)) and told_in_past(p.structure):
        args["latest_trouble"] = True  # "X 실패난거 원인": its latest failure, when nothing is wrong now
    elif p.window and p.window.label.lower() in DAY_PARTS and told_in_past(p.structure):
        args.update(latest_trouble=True, any_day=True)  # "X 새벽에 터진거": the latest dawn it failed
    moment_named = p.moment_rules  # "어제 21시", "30 minutes ago"
    after_change = "ci" in subject and p.says(AFTER_CHANGE)  # "X 배포하고 나서 터졌는데": from X's deploy
    if after_change:
        args.update(
            after_change=True, **({"change_said": v.group()} if (v := lx.VERSION.search(p.structure)) else {})
        )
    since = p.window is not None and "since" in p.window.label  # "1시 넘어서 죽은거": from then on
    if p.window is not None and (since or not moment_named):  # "in the last 6 hours", "오늘 아침": scan
        args.update(start=iso(p.window.start), end=iso(p.window.end), at=iso(p.window.end))
    elif p.moment and moment_named and p.says(CHANGE_THEN_TROUBLE) and not after_change:
        args.update(start=iso(p.moment), end=iso(min(p.moment + TROUBLE_AFTER_CHANGE, now)))  # from then on
        if "ci" in subject and p.window is None:  # "X 22시5분에 설정 바꾸고": X's change then, on any day
            args["after_change"] = True
    elif p.moment and p.says(lx.APPROXIMATE) and not after_change:  # "11시쯤": the onset near that moment
        args.update(start=iso(p.moment - APPROXIMATELY), end=iso(min(p.moment + APPROXIMATELY, now)))
        args.update(
            {"hour_guessed": True} if hour_guessed(p.structure) else {}
        )  # "토욜 2시쯤": 02:00 or 14:00
    elif p.moment and moment_named and hour_guessed(p.structure):
        args["hour_guessed"] = True  # "토욜 10시반에 터진거": 10:30 or 22:30
    guessed = guessed_cause_metrics(p)  # "트래픽 몰려서 그런거임?": the traffic is no symptom
    if metrics := [m for m in p.of("metric") if m not in guessed]:
        args["metric"] = metrics[0]
    return Plan(route=Route.RCA, steps=[Step(tool="rca", args=args)], intent="rca")


def _since(p: Parsed, index: EntityIndex, now: datetime) -> Plan | None:
    return since_plan(p, index, now, number_bound(p))


def _events(p: Parsed, index: EntityIndex, now: datetime) -> Plan | None:
    event_type = event_type_said(p, index)
    status = p.filters.get("status")
    if event_type is None and status in index.event_types and p.has(lx.EVENT_NOUNS):
        event_type = status  # "maintenance 이벤트 있었던 ci": events of that type, not CIs in that state
    estate_story = not p.of("ci") and p.says(HAPPENED)  # "어젯밤에 무슨 일 있었어?": the estate's events
    graded = p.has(lx.GRADE_WORDS) and not p.of("ci")  # "critical hosts": CIs with critical events
    if not (p.has(lx.EVENTS) or event_type or estate_story or graded) or p.of("metric"):
        return None
    if p.of("ci") and p.of("attribute") and not p.has(lx.EVENT_NOUNS):
        return None  # "which version of X is deployed?" asks for the attribute, not deployment events
    if LIMIT_ASKED.search(p.residual) and p.window is None and not p.has(lx.EVENT_NOUNS):
        return None  # "ota-server 동시배포 최대 몇대까지": a setting, not how many deploys
    type_spans = [
        m.span() for t in p.types for w in lx.TYPE_WORDS[t] for m in lx.word_pattern(w).finditer(p.question)
    ]
    if p.of("ci") and asks_for_a_kind(p.question, type_spans):
        return None  # "alarm-engine이 알람 넣는 rabbitmq 큐 뭐야": a queue it uses, not its alarms
    if event_type and (unplaced := unplaceable.event_type_value_plan(p, event_type)):
        return unplaced  # "what's the consumer lag on X right now?": no events asked
    held = p.filters.get("attributes") or {}
    values = {str(v).lower() for v in held.values()}
    if event_type and event_type.lower() in values and not p.has(lx.EVENTS):
        return None  # "HSM 장비 몇대": CIs whose record says hsm, not hsm events
    if held.get(event_type or "") == ANY_VALUE and p.window is None and not p.has(lx.EVENTS):
        return None  # "which databases have replication configured?": the key held, not its events
    if event_type and p.filters.get("names") and not p.has(lx.EVENTS):
        return None  # "how many PTP grandmasters do we have?": the CIs described so, not ptp events
    window = p.window or TimeWindow(now - DEFAULT_EVENT_WINDOW, now, "last 24 hours")
    args: dict[str, Any] = {
        "op": "count" if p.has_any(lx.COUNT_WORDS) else "list",
        "start": iso(window.start),
        "end": iso(window.end),
    }
    if cis := p.of("ci"):
        args["ci"] = cis[0]
    if p.severities and (lx.OR_WORSE.search(p.residual) or lx.GRADED_INCIDENT.search(p.residual)):
        args["min_severity"] = p.severities[0]
    elif p.severities:
        args["severity"] = p.severities[0] if len(p.severities) == 1 else p.severities
    if event_type:
        args["event_type"] = event_type
    last = lx.LAST_N_EVENTS.search(p.structure)  # "the last 5 events": newest N, looking back a month
    if last or (event_type and lx.LAST_TIME.search(p.structure)):  # "when was X last deployed?": newest
        args["limit"] = int(next(g for g in last.groups() if g)) if last else 1
        if p.window is None:
            args["start"] = iso(now - timedelta(days=30))
    if p.types or p.filters:
        args["filters"] = {
            **({"type": p.types[0]} if p.types else {}),
            **{k: v for k, v in p.filters.items() if k != "status"},
        }
    route = Route.AGGREGATE if args["op"] == "count" else Route.LOOKUP
    return Plan(route=route, steps=[Step(tool="event_query", args=args)], intent=f"events_{args['op']}")

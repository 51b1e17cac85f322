"""A conversation's context: what the last answered question leaves for a follow-up (its CIs, metrics,
window, intent and the CIs its answer listed), stored per conversation id *and* user, so one user's
context never answers another's question."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from services.core.errors import ValidationFailed
from services.ops.models import OpsConversation
from services.ops.plan import ONE_OF_COMPARED, Plan, Route
from services.ops.planner.entities import EntityIndex
from services.ops.planner.entity_words import FIELD_WORDS
from services.ops.planner.lexicon import word_pattern
from services.ops.planner.lexicon_oncall import WHY
from services.ops.planner.parsing import Parsed

CONVERSATION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def check_conversation_id(conversation_id: str | None) -> str | None:
    """The given id, validated (None: the question is asked outside any conversation)."""
    if conversation_id is None:
        return None
    if not CONVERSATION_ID.fullmatch(conversation_id):
        raise ValidationFailed(
            "conversation_id must be 1-64 letters, digits, '-' or '_'",
            details={"field": "conversation_id"},
            key="ops.bad_conversation_id",
        )
    return conversation_id


def load_context(session: Session, conversation_id: str, username: str) -> dict[str, Any] | None:
    """The stored context of this user's conversation, if any."""
    row = session.get(OpsConversation, (conversation_id, username))
    return dict(row.context) if row else None


def save_context(session: Session, conversation_id: str, username: str, context: dict[str, Any]) -> None:
    """Remember the question just answered as the context of the next one."""
    row = session.get(OpsConversation, (conversation_id, username))
    if row is None:
        session.add(OpsConversation(id=conversation_id, username=username, context=context))
    else:
        row.context = context
        session.add(row)


REMEMBERED = 12  # CIs a conversation remembers for "that host" said turns after it was named


def context_of(
    parsed: Parsed,
    plan: Plan,
    answered: list[str],
    previous: dict[str, Any] | None,
    onset: str | None = None,
    picked: bool = True,
    answer_metric: str | None = None,
) -> dict[str, Any]:
    """What a later follow-up may carry over from an answered question; its plan's tools say which
    intent a follow-up keeps (metric figures only: a metric, aggregation or ranking alone refines it),
    `answered` the CIs its answer listed ("those", "그 서버들"), and the day the conversation last named
    ("that day": kept from the `previous` context when this question names none), and when the trouble a
    why answered began (`onset`, UTC ISO; "that night" of a trouble in the small hours is those hours);
    `picked`: whether a comparison's winner was asked for by this question, not carried from the last;
    `answer_metric`: the metric the answer was about when the question named none (the worst problem's)."""
    zone = ZoneInfo(parsed.tz)
    # the metric read, said by its name or — "how full is it?" — by a symptom only the plan names
    plan_metrics = {
        str(m) for step in plan.steps if step.tool == "metric_query" and (m := step.args.get("metric"))
    }
    metrics = parsed.of("metric") or (sorted(plan_metrics) if len(plan_metrics) == 1 else [])
    named = parsed.window.start if parsed.window else parsed.moment
    day = named.astimezone(zone).date().isoformat() if named else (previous or {}).get("day")
    began = datetime.fromisoformat(onset).astimezone(zone).isoformat() if onset else None
    if began is None and previous and previous.get("day") == day:
        began = previous.get("onset")
    return {
        "day": day,
        "onset": began,
        "answered": answered,
        "question": parsed.question,
        "intent": plan.intent,
        "tools": sorted({step.tool for step in plan.steps}),
        "lang": plan.lang,
        # "그중에 젤 높은거" answered one of the CIs it named, "which database does X use?" one database:
        # "걔", "it" is that one
        "cis": answered[:1] if _one_answered(parsed, plan, answered, picked) else parsed.of("ci"),
        "asked": _asked(parsed, previous),
        "metrics": metrics,
        # the metric the conversation last named: "and its peak yesterday?" after "who owns it?"
        "said_metric": next(iter(metrics), None) or answer_metric or (previous or {}).get("said_metric"),
        "window": parsed.window.label if parsed.window else None,
        # the CIs the conversation named or was given, latest first: "that host" two turns on
        "earlier": list(dict.fromkeys([*answered, *parsed.of("ci"), *(previous or {}).get("earlier", [])]))[
            :REMEMBERED
        ],
        # the time the conversation last said, as said ("on Tuesday"): "why did it spike?" two turns on
        "said_time": (
            parsed.question[parsed.window_span[0] : parsed.window_span[1]]
            if parsed.window_span
            else (previous or {}).get("said_time")
        ),
    }


def _asked(parsed: Parsed, previous: dict[str, Any] | None) -> list[str]:
    """The CIs the conversation asked about ("who else …" leaves them out): the question's own, or — when it
    only carried on with the CI the last answer gave ("where does it run?") — those asked before."""
    if previous and previous.get("asked") and parsed.of("ci") == previous.get("cis"):
        return list(previous["asked"])
    return parsed.of("ci")


def discussed_ci(p: Parsed, prev: Parsed, context: dict[str, Any]) -> str:
    """The CI a follow-up means by "it": the one the last answer gave ("which DB does X use?" → "its
    CPU?": the DB), but after asking where X runs, X in a why (the CI the talk was about: "which host is
    it on?" → "why did it spike?") and in an owner question (the one asked where it runs: "which host is
    X on?" → "and who owns it?": the host is where X is, X what is asked about)."""
    runs_on = context.get("intent") == "runs_on"
    if runs_on and p.has(WHY) and context.get("asked"):
        return str(context["asked"][0])
    owner = any(word_pattern(w).search(p.residual) for w in FIELD_WORDS["owner"])
    if runs_on and owner and prev.of("ci"):
        return prev.of("ci")[0]
    return str(context["cis"][0])


def _one_answered(parsed: Parsed, plan: Plan, answered: list[str], picked: bool) -> bool:
    """Whether the answer is the one CI the question asked for: the winner of a comparison, the only
    CI of the type (or place, environment …) a relation question asked which one of, the one CI a question naming none found
    ("지금 응답 젤 느린 서비스" → "담당 스쿼드 어디"), or the root a why naming no CI found ("why?" → "its
    memory now?")."""
    if plan.intent in ONE_OF_COMPARED and answered:
        return picked
    if not parsed.of("ci") and answered and (len(answered) == 1 or plan.route == Route.RCA):
        return True
    typed = [  # "route-opt 물고있는거 중 애저에 있는거만" → one: "그거" is that one
        s
        for s in plan.steps
        if s.tool == "graph_query" and (s.args.get("types") or s.args.get("which") or s.args.get("filters"))
    ]
    return len(answered) == 1 and len(typed) == len(plan.steps) == 1


# "that day", "그날": the day the conversation last named
THAT_DAY = re.compile(
    r"\b(?:on )?(?:that|the same) day\b|\bthat (?=(?:morning|afternoon|evening|night)\b)|그\s?날|당일|같은 날",
    re.I,
)  # "that morning": the morning of that day


# the day before or after the one the conversation named ("and the day before?", "그 전날은?", "다음날은?")
DAY_SHIFTED = re.compile(
    r"(?P<before>\bthe (?:day|night) before\b(?!\s*+(?:yesterday|last))|\bthe previous day\b|그\s?전날"
    r"|(?<![가-힣])전날|하루 전날)"  # "the day before yesterday" is a day of its own
    r"|\bthe (?:next|following) day\b|\bthe day after\b(?!\s*+tomorrow)|그\s?다음\s?날|(?<![가-힣])다음\s?날"
    r"|이튿날",
    re.I,
)
THAT_NIGHT = re.compile(r"\s*+(?:밤|night\b)", re.I)  # ... said after "그날" / "that"
SMALL_HOURS_END = 6  # a trouble beginning before 06:00 began in the night before that day's morning


# "그때", "at that time": the time the previous question named
THEN = re.compile(r"(?<![가-힣])그때(?=(?:는|에|엔|도)?(?![가-힣]))|\bat that time\b|\bback then\b", re.I)


def with_then(question: str, previous_time: str | None) -> str:
    """The question with "그때" / "at that time" said as the previous question's time ("8월2일 오후")."""
    m = THEN.search(question)
    if not (m and previous_time):
        return question
    return f"{question[: m.start()]}{previous_time}{question[m.end() :]}"


def with_that_day(question: str, context: dict[str, Any]) -> str:
    """The question with "that day" / "그날" said as the date the conversation last named ("on 7/3",
    "7월 3일"), or as asked when it names none."""
    day = context.get("day")
    if day and (shifted := DAY_SHIFTED.search(question)):  # "and the day before?": that day's neighbour
        before = shifted.group("before") is not None
        moved = datetime.fromisoformat(day) + timedelta(days=-1 if before else 1)
        said = (
            f"{moved.month}월 {moved.day}일"
            if re.search(r"[가-힣]", shifted.group())
            else f"on {moved.month}/{moved.day}"
        )
        return f"{question[: shifted.start()]}{said}{question[shifted.end() :]}"
    m = THAT_DAY.search(question)
    if not (m and day):
        return question
    month, date = int(day[5:7]), int(day[8:10])
    onset, night = context.get("onset") or "", THAT_NIGHT.match(question, m.end())
    if night and onset[:10] == day and int(onset[11:13]) < SMALL_HOURS_END:
        # "that night" of a trouble that began at 01:40: that day's small hours, not its evening
        korean = re.search(r"[가-힣]", m.group())
        said = f"{month}월 {date}일 새벽" if korean else f"on {month}/{date} dawn"
        return f"{question[: m.start()]}{said}{question[night.end() :]}"
    said = f"{month}월 {date}일" if re.search(r"[가-힣]", m.group()) else f"on {month}/{date}"
    said += " " if m.group().endswith(" ") else ""
    return f"{question[: m.start()]}{said}{question[m.end() :]}"


# "last week 말고 어제는?", "CPU 말고 메모리는?", "instead of staging, prod?": what is not meant, then what is
INSTEAD_KO = re.compile(
    r"^\s*+(?P<not>[^\s,?!.()]++(?:\s++[^\s,?!.()]++)?)\s*+(?:말고|말구|아니고)\s++(?!다른|딴|또|말고)"
)
INSTEAD_EN = re.compile(
    r"^\s*+(?:not|instead of)\s++(?P<not>[^\s,?!.()]++(?:\s++[^\s,?!.()]++)?)\s*+,\s*+(?:but\s++)?", re.I
)


def without_replaced(question: str, index: EntityIndex) -> str:
    """The question without the part it says is not meant ("last week 말고 어제는?" asks about yesterday);
    "X 말고 다른" (other than X) and a CI left out ("redis-a 말고 캐시 목록": all caches but it) are kept."""
    m = INSTEAD_KO.match(question) or INSTEAD_EN.match(question)
    if (
        not m
        or m.end() >= len(question.rstrip(" ?？.!"))
        or any(k.kind == "ci" for k in index.find(m["not"]))
    ):
        return question
    return question[m.end() :]

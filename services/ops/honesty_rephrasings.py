"""What an unclear answer offers instead: rephrasings that use what the question named, starter questions
built from its CI, metric or window, and the two questions of one that joins a second to the first."""

from __future__ import annotations

import re

from services.ops.compose import TYPE_LABEL
from services.ops.plan import Plan, Route
from services.ops.planner.parsing import Parsed

MAX_REPHRASINGS = 3
# "what depends on X and is any of it broken?", "X 담당자는 누구고 연락처는 뭐야?": a second question joined
# to the first; one plan answers one of them, so the answer would leave the other out
SECOND_QUESTION_EN = re.compile(
    r"(?:,\s*|\s+)and\s+(?=(?:is|are|was|were|do|does|did|can|could|should|has|have|how|what|who|which|when"
    r"|where|why)\b)",
    re.I,
)
SECOND_QUESTION_KO = re.compile(r"(?<=누구|어디|언제|얼마)고[,\s]+|(?<=뭐)고[,\s]+|(?<=무엇이)고[,\s]+")


def unclear_plan(plan: Plan, parsed: Parsed, unused: list[str], unread: list[str] | None = None) -> Plan:
    """The refusal that replaces a plan leaving named things out, with rephrasings that use them; `unread`
    words are listed as not understood, with questions about what was."""
    cis, metrics = parsed.of("ci"), parsed.of("metric")
    ko = plan.lang == "ko"
    options: list[str] = []
    if len(cis) >= 2:
        a, b = cis[0], cis[1]
        options.append(f"{a}에서 {b}까지 경로는?" if ko else f"What is the path from {a} to {b}?")
        if metrics:
            options.append(f"{a}와 {b}의 {metrics[0]} 비교" if ko else f"Compare {metrics[0]} of {a} and {b}")
    for term in unused:
        if term in parsed.of("location"):
            options.append(f"{term}에 있는 CI 목록" if ko else f"Which CIs are in {term}?")
        elif term in cis:
            options.append(f"{term}의 상태는?" if ko else f"How is {term} doing?")
        elif cis:
            options.append(f"{cis[0]}의 현재 {term}는?" if ko else f"What is the current {term} of {cis[0]}?")
    understood = ", ".join(
        [*cis, *metrics]
        or [
            *parsed.types,
            *(v for v in parsed.filters.values() if isinstance(v, str)),
            *parsed.of("summed"),
            *parsed.of("attribute"),
        ]
    )
    options += starter_questions(parsed, plan.lang)
    return Plan(
        route=Route.REJECT,
        lang=plan.lang,
        planner=plan.planner,
        intent="reject",
        reason="unplaced",
        detail=f"{understood}|{', '.join([*unused, *(unread or [])])}",
        suggestions=list(dict.fromkeys(options))[:MAX_REPHRASINGS],
    )


def starter_questions(parsed: Parsed, lang: str) -> list[str]:
    """Questions the planner answers, built from what an unclear question did name (its CI, metric or
    window), so "I could not understand" always comes with something to click."""
    ko = lang == "ko"
    cis, metrics = parsed.of("ci"), parsed.of("metric")
    options: list[str] = []
    if cis:
        ci = cis[0]
        options += (
            [f"{ci}의 상태는?", f"{ci}에서 최근에 무슨 일 있었어?", f"{ci}에 의존하는 서비스는?"]
            if ko
            else [f"How is {ci} doing?", f"What happened to {ci} recently?", f"What depends on {ci}?"]
        )
    elif metrics:
        options.append(f"{metrics[0]} 상위 5개 CI는?" if ko else f"Top 5 CIs by {metrics[0]}")
    if parsed.window is not None and not cis:
        label = parsed.window.label
        options.append(f"{label} 이벤트 목록" if ko else f"Events {label}")
    options += (
        ["지금 뭐가 문제야?", "무엇을 물어볼 수 있어?"] if ko else ["What is wrong now?", "What can you do?"]
    )
    return options[:MAX_REPHRASINGS]


def instead_questions(parsed: Parsed, lang: str) -> list[str]:
    """What to ask instead of a question about a name like no CI's: the list of the CIs of the type it
    named ("checkout 서비스" → the services), then the starter questions."""
    labels = [TYPE_LABEL[t][lang] for t in parsed.types if t in TYPE_LABEL]
    listings = [f"{label} 목록 보여줘" if lang == "ko" else f"List the {label}" for label in labels]
    return [*listings, *starter_questions(parsed, lang)][:MAX_REPHRASINGS]


def two_questions(question: str) -> list[str]:
    """The two questions of a question that joins a second one to the first ([] for one question)."""
    if m := SECOND_QUESTION_EN.search(question):
        first, second = question[: m.start()].strip(" ,"), question[m.end() :].strip()
        if len(first.split()) >= 2 and second:
            return [f"{first}?", second[0].upper() + second[1:]]
    if m := SECOND_QUESTION_KO.search(question):
        first, second = question[: m.start()].strip(" ,"), question[m.end() :].strip()
        if first and second:
            return [f"{first}야?", second]
    return []

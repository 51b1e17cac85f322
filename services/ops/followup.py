"""Follow-up questions: a conversation carries the last answered question's CIs, metrics, window and intent
— only for what the new question leaves unsaid.

An elliptic question ("prod-db-01은?", "and over the last 7 days?", "그럼 메모리는?") names only what
changes; it is rewritten into the previous question with those parts replaced, and that question is
planned as usual (by either planner). A question naming its own CI, metric and aggregation or window
is new. Words of another intent win over the kept one: figures asked after a why-question are figures
of the same CI and window, not a why; "and its dependencies?" keeps only the CI. A kept intent, window
or aggregation the resulting plan cannot use makes the answer `unclear`, never another question's
answer. The answer states what was carried over. followup_context.py stores the contexts (per
conversation id *and* user); followup_answered.py reads "those" / "그 서버들" as the CIs an answer listed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from services.ops.followup_answered import (
    ANSWERED_REFERENCE,
    BLAMED_THAT,
    ELSE,
    KO_DEMONSTRATIVE,
    besides_before,
    else_of_one,
    refer_to_answered,
    refer_to_one,
    says_its_symptom,
)
from services.ops.followup_context import discussed_ci, with_that_day, with_then
from services.ops.followup_pronouns import PRONOUN, pronoun_at, with_ci_named
from services.ops.followup_read import (
    FILLER,
    Followup,
    environment_twin_asked,
    figures_asked,
    lang_of,
    of_the_list,
    place_swapped,
    read_as,
    why_then,
    with_asked,
)
from services.ops.followup_spans import (
    agg_span,
    blanked,
    compare_span,
    mentions_of,
    rank_span,
    ranks_cis,
    shape_span,
    shifted_window,
    span_text,
    time_said,
    time_span,
    with_edits,
)
from services.ops.planner.direct_words import about_the_assistant
from services.ops.planner.entities import EntityIndex
from services.ops.planner.lexicon import (
    ABOVE,
    BELOW,
    EVENTS,
    SERIES,
)
from services.ops.planner.lexicon_oncall import HAPPENED, SINCE, WHY
from services.ops.planner.names import sibling_named
from services.ops.planner.parsing import Parsed, parse
from services.ops.planner.time_words import NOW_WORDS

# a why of the state as it is ("왜 이렇게 찼어", "why is it so slow?"): about now, not the window asked before
STATE_NOW = re.compile(r"이렇게|요렇게|이리|\b(?:so|this)\s++(?:slow|high|full|bad|busy|many|much)\b", re.I)
# How a question that could stand alone says it follows the previous one ("and the events?", "그럼 상태는?").
CONNECTIVE = re.compile(
    r"(?:and|then|so|also|what about|how about|back then|at that time|그럼|그러면|그리고|그건|거기|그때|그 때)(?![a-z])",
    re.I,
)
# "그 중에 DB만", "only the databases among them": the previous answer narrowed to a type
AMONG_THEM = re.compile(
    rf"그 ?중에?|{KO_DEMONSTRATIVE}\s*+[가-힣a-z]{{1,8}}들\s*+중"  # "그 호스트들 중에"
    r"|\b(?:of|among) (?:those|them|these)\b|\bjust the\b|\bonly the\b"
    r"|(?<=[가-힣a-z])(?:꺼|거|것)?만(?![가-힣])",  # "운영꺼만 몇개", "DB만": only those of the list
    re.I,
)
# "그 호스트들 중에": the demonstrative that points at the list, read off when the list is narrowed
THOSE_AMONG = re.compile(rf"{KO_DEMONSTRATIVE}\s*+(?=[가-힣a-z]{{1,8}}들\s*+중)", re.I)


def refers_back(question: str) -> bool:
    """Whether a question points back at an earlier answer ("왜 그런거야?", "and yesterday?", "그 중에 DB만",
    "since when?" of nothing named): asked with no earlier question, it cannot be answered."""
    return bool(
        PRONOUN.search(question)
        or CONNECTIVE.match(question.strip())
        or AMONG_THEM.search(question)
        or ANSWERED_REFERENCE.search(question)
        or SINCE.search(question)
    )


def _narrows_list(p: Parsed) -> bool:
    """Whether a question naming types or filters narrows the previous list ("그 중에 DB만", "운영꺼만 몇개"):
    one with its own metric that only says "만" ("서비스만 cpu 높은 순 3개") ranks anew."""
    said = [m.group() for m in AMONG_THEM.finditer(p.question)]
    return bool(said) and (not p.of("metric") or any(not word.endswith("만") for word in said))


def _is_elliptic(p: Parsed) -> bool:
    """Whether the question names only replacements (CIs, metrics, a window, an aggregation, a ranking)
    and filler."""
    slots = (time_span(p), agg_span(p), rank_span(p), compare_span(p), shape_span(p))
    if not (mentions_of(p, "ci") or mentions_of(p, "metric") or any(slots)) or p.of("attribute"):
        return False  # "orders-db cpu 코어 몇 개야": a record's field asked anew, whatever came before
    return not re.search(r"[a-z가-힣0-9]", FILLER.sub(" ", blanked(p.residual, list(slots))), re.I)


def _self_contained(p: Parsed) -> bool:
    """A metric question naming its own CI, metric and aggregation or window (or the CIs it compares):
    a new question."""
    compared = len(p.of("ci")) >= 2 and compare_span(p)
    return bool(p.of("ci") and p.of("metric") and (agg_span(p) or time_span(p) or compared))


def _rewritten(p: Parsed, prev: Parsed, context: dict[str, Any]) -> Followup | None:
    """The previous question with the parts the follow-up names replaced (or, for a comparison, its CIs
    joined by the named ones): its intent is kept."""
    edits: list[tuple[int, int, str]] = []
    carried: dict[str, Any] = {"intent": context.get("intent")}
    appended: list[str] = []
    for kind in ("ci", "metric"):
        new, old = mentions_of(p, kind), mentions_of(prev, kind)
        names = list(dict.fromkeys(span_text(p, (m.start, m.end)) for m in new))  # as the user wrote them
        if kind == "ci" and names and old and compare_span(p):  # "orders-db와 비교하면?": both
            edits.append(
                (
                    old[0].start,
                    old[0].end,
                    " and ".join([span_text(prev, (old[0].start, old[0].end)), *names]),
                )
            )
            carried["cis"] = prev.of("ci")
        elif names and old:
            first = old[0].value
            for m in old:  # every mention of the previous first CI/metric takes the new name(s)
                if m.value == first:
                    edits.append((m.start, m.end, " and ".join(names)))
            carried[f"{kind}s"] = [name for name in prev.of(kind) if name != first]
        elif names:
            appended.append(" ".join(names))
        elif old:
            carried[f"{kind}s"] = prev.of(kind)
    if new_time := time_span(p):
        if old_time := time_span(prev):  # "the same hour a week ago": the previous window, shifted
            edits.append((*old_time, shifted_window(p, prev, new_time) or time_said(p, new_time)))
        else:
            appended.append(time_said(p, new_time))
    elif old_time := time_span(prev):
        carried["window"] = span_text(prev, old_time)
    for span_of in (agg_span, rank_span, shape_span):  # "최대는?", "top 5는?", "몇 개야?": instead
        if new_span := span_of(p):
            if old_span := span_of(prev):
                edits.append((*old_span, span_text(p, new_span)))
            else:
                appended.append(span_text(p, new_span))
    old_time = None if time_span(p) else time_span(prev)
    if SERIES.search(p.residual) and old_time and NOW_WORDS.fullmatch(span_text(prev, old_time)):
        edits.append((*old_time, ""))  # "지금 몇이야?" then "추이는?": a trend is of a window, not of now
    rewritten = with_edits(prev.question, edits)
    if appended:
        rewritten = f"{rewritten.rstrip(' ?？.')} {' '.join(appended)}"
    followup = read_as(rewritten, prev, carried, lang_of(p, context))
    if followup is not None:
        followup.tools = list(context.get("tools") or [])
    return followup


def _from_slots(p: Parsed, prev: Parsed, context: dict[str, Any], *, keep_ci: bool) -> Followup | None:
    """The follow-up's own question with the previous CIs (unless it ranks CIs), metric, aggregation and
    window it leaves unsaid: the previous intent, which its words contradict, is not kept."""
    carried: dict[str, Any] = {}
    before, after = [], []
    if keep_ci and not p.of("ci") and (context.get("cis") or prev.of("ci")):
        # the CI the conversation is about: the one its answer gave ("which DB does X use?" → "its CPU?")
        carried["cis"] = list(context.get("cis") or prev.of("ci"))
        before.append(" ".join(carried["cis"]))
    if not p.of("metric") and (metrics := mentions_of(prev, "metric")):
        carried["metrics"] = prev.of("metric")
        words = span_text(prev, (metrics[0].start, metrics[0].end))
        after.append(words or metrics[0].value)  # an implied metric ("the slowest") has no words
    elif not p.of("metric") and agg_span(p) and (said := context.get("said_metric")):
        carried["metrics"] = [said]  # "and its peak yesterday?" after "who owns it?": the metric before
        after.append(str(said))
    if figures_asked(context) and not agg_span(p) and (old_agg := agg_span(prev)):
        after.append(span_text(prev, old_agg))
    if not time_span(p) and (old_time := time_span(prev)):
        carried["window"] = span_text(prev, old_time)
        after.append(carried["window"])
    if not carried:
        return None
    own = p.question.rstrip(" ?？.")
    return read_as(" ".join([*before, own, *after]), prev, carried, lang_of(p, context))


def expand(
    question: str,
    context: dict[str, Any],
    index: EntityIndex,
    now: datetime,
    tz: str,
    answerable: Callable[[], bool],
) -> Followup | None:
    """The follow-up read against `context`, or None when the question stands on its own.

    A question naming its own CI, metric and aggregation or window stands on its own. An elliptic one
    keeps the previous intent when its words fit it (a CI, a window, or — after a metric question — a
    metric, aggregation, ranking or comparison); those words after another intent ask for figures
    instead, with only the previous CI, metric and window they leave unsaid. A question without a CI
    that starts with a connective ("and the events?") or is not answered on its own (`answerable()`
    says whether it is, or is refused) asks about the previous CI, and its window for events and whys.
    """
    previous = str(context.get("question") or "")
    if not previous:
        return None
    question = with_that_day(question, context)  # "and its peak CPU that day?"
    p = parse(question, index, now, tz)
    if not (p.of("ci") or p.of("metric")) and about_the_assistant(p.structure):
        return None  # "is it read-only?": the assistant, not the CI discussed
    prev = parse(previous, index, now, tz)
    if not p.of("ci") and prev.of("ci") and (sibling := sibling_named(question, prev.of("ci")[0], index)):
        question = question.replace(sibling[0], sibling[1], 1)  # "GW2는?": GMP-KIOSK-GW2
        p = parse(question, index, now, tz)
    if listed_kind := of_the_list(p, prev, context):  # "which of them depend on X?" after a list
        return with_asked(listed_kind, p)
    answered = list(context.get("answered") or [])
    narrowing = AMONG_THEM.search(p.question) and not p.of("metric")  # "그 중에 DB만": the list, narrowed
    if not (p.of("ci") or narrowing) and (
        listed := refer_to_answered(
            question, answered, p.types, index.ci_types, asked=list(context.get("cis") or [])
        )
    ):
        read = listed[0]
        asked = str((context.get("asked") or [""])[0])
        if ELSE.search(question) and asked and asked not in listed[1]:  # "what else runs on them?"
            read = f"{asked} 말고 {read}" if p.lang == "ko" else f"{read.rstrip(' ?')} besides {asked}?"
        return with_asked(read_as(read, prev, {"cis": listed[1]}, lang_of(p, context)), p)  # "those"
    subject = str((context.get("cis") or [""])[0])
    other = else_of_one(question, answered, subject) or (subject if ELSE.search(question) else None)
    if not p.of("ci") and other and PRONOUN.search(question):
        named = with_ci_named(question, other, index.ci_types.get(other.lower(), ""))  # "who else uses it?"
        asked = str((context.get("asked") or [subject])[0])
        if asked and asked.lower() != other.lower():  # … besides the CI asked about before
            named = f"{asked} 말고 {named}" if p.lang == "ko" else f"{named.rstrip(' ?')} besides {asked}?"
        return with_asked(read_as(named, prev, {"cis": [other]}, lang_of(p, context)), p)
    asked_before = [n for n in [*(context.get("asked") or []), *prev.of("ci")] if n != subject]  # "그 큐"
    listed_or_asked = list(dict.fromkeys([*answered, *asked_before]))
    if not (p.of("ci") or pronoun_at(question, index.ci_types.get(subject.lower(), ""))) and (
        one := refer_to_one(question, listed_or_asked, index.ci_types, context.get("intent") == "rca")
        or refer_to_one(question, [subject] if subject else [], index.ci_types)  # "그 sfu": the CI itself
        or refer_to_one(question, list(context.get("earlier") or []), index.ci_types)  # named turns ago
    ):  # "which host does that batch run on?": the root the answer named, not the question's CI
        named = besides_before(one[0], one[1], prev, context, p.lang)
        said = span_text(prev, told) if (told := time_span(prev)) else context.get("said_time")
        named = with_then(named, said)  # "그때 그 LPAR에": at the time said before
        return with_asked(read_as(named, prev, {"cis": [one[1]]}, lang_of(p, context)), p)
    if _is_elliptic(p):
        if _self_contained(p):
            return None
        ranks = ranks_cis(p, prev)
        refines_figures = figures_asked(context) and (rank_span(prev) or not ranks)
        asks_figures = p.of("metric") or agg_span(p) or ranks or compare_span(p)
        if refines_figures or not asks_figures:
            followup = _rewritten(p, prev, context)
        else:
            followup = _from_slots(p, prev, context, keep_ci=not ranks)
        return with_asked(followup, p)
    if not p.of("ci") and (swapped := place_swapped(p, prev, context, index)):  # "and at GMP?"
        return with_asked(swapped, p)
    if not p.of("ci") and (p.types or p.filters) and _narrows_list(p):  # "그 중에 DB만"
        narrowed = f"{prev.question.rstrip(' ?？.')} ({THOSE_AMONG.sub('', p.question).strip(' ?？.')})"
        return with_asked(read_as(narrowed, prev, {"intent": context.get("intent")}, lang_of(p, context)), p)
    if (carried_time := why_then(p, prev, context)) is not None:
        return with_asked(carried_time, p)
    worst_first = context.get("intent") == "wrong_now"  # "왜 그런거야?" after "뭐가 문제야?": the worst one
    if (
        not p.of("ci")
        and not context.get("cis")
        and answered
        and (len(answered) == 1 or worst_first)
        and PRONOUN.search(p.question)
    ):
        context = {**context, "cis": answered[:1]}  # "what's its cpu?" after an answer naming one CI
    if p.of("ci") or not context.get("cis"):
        return None
    if twin := environment_twin_asked(p, prev, context, index):  # "and staging?": the same CI there
        return with_asked(twin, p)
    ci = discussed_ci(p, prev, context)  # "and its dependencies?", "그럼 이벤트는?": about the same CI
    ci_type = index.ci_types.get(ci.lower(), "")
    blamed = BLAMED_THAT.search(p.question) if p.has(WHY) else None
    # "why?", "근본원인 뭐야 그럼": a why naming nothing asks about the CI just discussed, not the estate
    bare_why = p.has(WHY) and not (p.types or p.filters or p.of("metric") or p.of("location"))
    if (
        not (CONNECTIVE.match(p.question) or pronoun_at(p.question, ci_type) or blamed or bare_why)
        and answerable()
    ):
        return None  # stands alone
    asked = p.question
    if blamed:  # "원인이 그 서버야?": why the symptom asked about began, with the one blamed among the causes
        ci = str((context.get("asked") or [ci])[0])
        ci_type = index.ci_types.get(ci.lower(), "")
        asked = f"{asked[: blamed.start()]}{blamed.group(1)} 뭐야{asked[blamed.end() :]}"
    own_symptom = bool(blamed) and says_its_symptom(p, index)  # "신고전화 지연 … 원인이 그 서버야?"
    carried: dict[str, Any] = {} if own_symptom else {"cis": [ci]}
    rewritten = (
        asked if own_symptom else besides_before(with_ci_named(asked, ci, ci_type), ci, prev, context, p.lang)
    )
    # "since when has it been above 85%?", "and its peak between 1am and 3am?": of the same metric
    bounded = ABOVE.search(p.residual) or BELOW.search(p.residual)
    # "and what was it yesterday at noon?" after a figure of that metric: the same metric then
    at_other_time = time_span(p) and not (p.has(EVENTS) or p.says(HAPPENED) or p.has(WHY))
    # the previous question's metric, else — for a figure asked ("its peak") — the one said before it
    figure = bounded or agg_span(p) or p.says(SINCE)  # "그거 언제부터야?": since when the metric said was so
    said_before = [str(context["said_metric"])] if figure and context.get("said_metric") else []
    kept_metric = prev.of("metric")[:1] or list(context.get("metrics") or [])[:1] or said_before
    if not p.of("metric") and (figure or at_other_time) and kept_metric:
        carried["metrics"] = kept_metric
        rewritten = f"{rewritten.rstrip(' ?？.')} {carried['metrics'][0]}"
    # a relation or an attribute has no window; "80 넘은적은 있어?" after "11일 평균은?" asks of the 11th
    timed = p.has(EVENTS) or p.says(HAPPENED) or p.has(WHY) or "metrics" in carried
    timed = timed and not (bare_why and STATE_NOW.search(p.question))  # "왜 이렇게 찼어": the state now
    if timed and not time_span(p) and (old_time := time_span(prev)):
        carried["window"] = time_said(prev, old_time)  # "6일" stays the 6th
        rewritten = f"{rewritten.rstrip(' ?？.')} {carried['window']}"
    elif timed and not time_span(p) and context.get("said_time"):  # said before the previous question
        carried["window"] = str(context["said_time"])
        rewritten = f"{rewritten.rstrip(' ?？.')} {carried['window']}"
    return with_asked(read_as(rewritten, prev, carried, lang_of(p, context)), p)

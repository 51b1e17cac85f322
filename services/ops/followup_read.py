"""A follow-up as read: the question planned in its place, what it carried over from the previous one, and
the rewrites that keep the previous question whole (a why of the same CI, the CI's twin in another
environment, the same question at another place, a question of the CIs a list gave)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from services.ops.followup_pronouns import PRONOUN
from services.ops.followup_spans import blanked, mentions_of, shapes, span_text, time_span, with_edits
from services.ops.planner.entities import EntityIndex
from services.ops.planner.lexicon import AGG_WORDS, ENV_WORDS, TYPE_WORDS, word_pattern
from services.ops.planner.lexicon_oncall import WHY
from services.ops.planner.names import environment_twin, location_twin
from services.ops.planner.parsing import MAX_QUESTION, Parsed
from services.ops.planner.time_words import NOW_WORDS

# Words an elliptic question may hold besides what it replaces: connectives, pronouns, particles.
FILLER = re.compile(
    r"\b(?:and|what|how|about|then|also|so|same|for|over|in|during|the|its|it|of|that|those|them|please|was|were|is|"
    r"instead|too|one|ones|again|at|around|near|by|on|from|with|under)\b|그럼|그러면|그리고|그건|그거|그것은|그것|같은|동안|대해서|대해|똑같이|"
    r"마찬가지로|또|다시|(?<![가-힣])(?:은|는|도|요|이|가|을|를|의|로|으로|에|에는|엔|쯤|경|때|때는|야|이야|임|냐|요|예요|에요)(?![가-힣])|몇\s*(?:이었|였|이)?(?:는데|어|지|냐|나|야|음)?|['’]s\b|[?？.!,~]",
    re.I,
)


@dataclass
class Followup:
    """How a follow-up was read: the question that was planned and what came from the previous one."""

    question: str
    previous: str
    carried: dict[str, Any] = field(default_factory=dict)
    lang: str = "en"  # the follow-up's own language (the previous one's when it has no words of its own)
    aggregations: dict[str, str] = field(default_factory=dict)  # aggregation → the follow-up's word for it
    shapes: dict[str, str] = field(default_factory=dict)  # "count" / "series" → the follow-up's word for it
    tools: list[str] = field(default_factory=list)  # the previous plan's tools, when its intent is kept
    time: str = ""  # the time the read question must be answered at, named or kept ("" for none or now)


def lang_of(p: Parsed, context: dict[str, Any]) -> str:
    """The follow-up's own language, or the previous answer's when it has no words of its own."""
    if p.lang == "ko":
        return "ko"
    own_words = re.search(r"[a-z]{2,}", p.residual, re.I)  # names are blanked in the residual
    return "en" if own_words else str(context.get("lang") or "en")


def read_as(question: str, prev: Parsed, carried: dict[str, Any], lang: str) -> Followup | None:
    if len(question) > MAX_QUESTION:
        return None
    return Followup(question, prev.question, {k: v for k, v in carried.items() if v}, lang)


def why_then(p: Parsed, prev: Parsed, context: dict[str, Any]) -> Followup | None:
    """ "근데 그거 X 자체 문제였어? 진짜 원인": a why of the same CI pointing back ("그거", "that") with no
    time of its own asks about the window the previous question named."""
    asked = {name.lower() for name in context.get("cis") or []}
    if not (p.of("ci") and p.has(WHY) and PRONOUN.search(p.question) and not time_span(p)):
        return None
    if p.of("ci")[0].lower() not in asked or not (old_time := time_span(prev)):
        return None
    window = span_text(prev, old_time)
    return read_as(f"{p.question.rstrip(' ?？.')} {window}", prev, {"window": window}, lang_of(p, context))


def environment_twin_asked(
    p: Parsed, prev: Parsed, context: dict[str, Any], index: EntityIndex
) -> Followup | None:
    """ "and staging?" after a question about a CI: the previous question about the one CI that is it in
    that environment (`tenant-api` → `tenant-api-stg`, `order-service` → `stg-order-service`)."""
    ci, environment = context["cis"][0], p.filters.get("environment")
    env_words = "|".join(re.escape(w) for w in ENV_WORDS.get(str(environment), ()))
    rest = re.sub(rf"(?:{env_words})(?:\s*환경)?", " ", p.residual, flags=re.I) if env_words else "x"
    if not environment or re.search(r"[a-z가-힣0-9]", FILLER.sub(" ", rest), re.I):
        return None
    twin = environment_twin(ci, str(environment), index)
    spans = [m for m in mentions_of(prev, "ci") if m.value == ci]
    if twin is None or not spans:
        return None
    rewritten = with_edits(prev.question, [(m.start, m.end, twin) for m in spans])
    followup = read_as(rewritten, prev, {"intent": context.get("intent")}, lang_of(p, context))
    if followup is not None:
        followup.tools = list(context.get("tools") or [])
    return followup


def place_swapped(p: Parsed, prev: Parsed, context: dict[str, Any], index: EntityIndex) -> Followup | None:
    """A place alone ("and at GMP?", "what about the GMP one?"): the previous question at that place —
    its place phrase replaced, or its one CI replaced by the CI named alike at the new place
    (`PUS-STN-SRV1` → `GMP-STN-SRV1`)."""
    new_places = mentions_of(p, "location")
    rest = blanked(p.residual, [(m.start, m.end) for m in new_places])
    if len(new_places) != 1 or re.search(r"[a-z가-힣0-9]", FILLER.sub(" ", rest), re.I):
        return None
    place = new_places[0].value
    edits: list[tuple[int, int, str]] = [(m.start, m.end, place) for m in mentions_of(prev, "location")]
    if not edits and len(prev.of("ci")) == 1:
        ci = prev.of("ci")[0]
        twin = location_twin(ci, place, index)
        edits = [(m.start, m.end, twin) for m in mentions_of(prev, "ci")] if twin else []
    if not edits:
        return None
    carried = {"intent": context.get("intent")}
    followup = read_as(with_edits(prev.question, edits), prev, carried, lang_of(p, context))
    if followup is not None:
        followup.tools = list(context.get("tools") or [])
    return followup


def with_asked(followup: Followup | None, p: Parsed) -> Followup | None:
    """`followup` with what its plan must use: the aggregations and the time the follow-up names or keeps."""
    if followup is not None:
        followup.aggregations = _aggregations(p)
        followup.shapes = {shape: m.group() for shape, m in shapes(p).items()}
        span = time_span(p)
        named = span_text(p, span) if span else str(followup.carried.get("window") or "")
        followup.time = "" if not named or NOW_WORDS.fullmatch(named.strip()) else named
    return followup


def figures_asked(context: dict[str, Any]) -> bool:
    """Whether the previous question asked for metric figures."""
    return context.get("tools") == ["metric_query"]


def _aggregations(p: Parsed) -> dict[str, str]:
    """The aggregations the question names, each with the word that names it."""
    return {
        agg: m.group()
        for agg, words in AGG_WORDS.items()
        for w in words
        if (m := word_pattern(w).search(p.residual))
    }


# "which of them depend on X?", "그중에 X에 직접 물린거": the list answered before, by the kind it listed
OF_THE_LIST = re.compile(r"그\s*+중에?|\b(?:of|among) (?:those|them|these)\b", re.I)


def of_the_list(p: Parsed, prev: Parsed, context: dict[str, Any]) -> Followup | None:
    """A question about a CI asked of the CIs a list before it gave ("list the batch jobs" then "which of
    them depend on TBR_NOVA?"): the question with the kind the list named in place of "them"."""
    said = OF_THE_LIST.search(p.question)
    if not (said and p.of("ci") and prev.types and not prev.of("ci") and not p.types):
        return None
    spans = [m.span() for w in TYPE_WORDS[prev.types[0]] for m in word_pattern(w).finditer(prev.question)]
    if not spans:
        return None
    kind = span_text(prev, max(spans, key=lambda s: s[1] - s[0]))
    words = said.group().lower()
    if not words.isascii():
        told = f"{kind} 중에"  # "그중에" → "배치잡 중에"
    else:
        told = (
            f"among the {kind}" if words.startswith("among") else kind
        )  # "which of them" → "which batch jobs"
    read = f"{p.question[: said.start()]}{told}{p.question[said.end() :]}"
    return read_as(read, prev, {"types": prev.types}, lang_of(p, context))

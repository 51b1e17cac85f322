"""What a question leaves out is filtered out, never filtered on: an environment ("prod 빼고 서버 몇 대야" →
`environment: "!= prod"`, "운영 말고 스테이징 서버" → staging), a site, a team, a status ("판교 빼고",
"not owned by X", "점검중 아닌") and a type ("db 빼고 전부 몇 개": `type: "!= database"`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.infra.attribute_filter import NOT_VALUE
from services.ops.planner import lexicon as lx

if TYPE_CHECKING:
    from services.ops.planner.parsing import Parsed

# a value said as the one not wanted: "not MySQL", "non-Oracle", "other than Windows", "MySQL 아닌", "윈도우 말고"
NOT_BEFORE = re.compile(
    r"(?:\b(?:not|non|isn'?t|aren'?t|other than|except(?: for)?|excluding|outside(?: of)?|besides)"
    r"|\b(?:not|aren'?t|isn'?t) (?:owned|run|managed|located|based) (?:by|in|at)"
    r"|\b(?:do|does)(?:n'?t| not)\s++(?:run|use|have))(?:\s++(?:running|using|on|with|in))?[\s-]*+$"
)
NOT_AFTER = re.compile(r"^\s*+(?:이|가)?\s*+(?:아닌|아니|말고|빼고|제외)")
_TYPE_WORD = "|".join(
    sorted({re.escape(w.lower()) for words in lx.TYPE_WORDS.values() for w in words}, key=len, reverse=True)
)
# after what is left out: the kind of CI it qualifies, then the negation ("스테이징 db 말고", "운영 서버 빼고")
LEFT_OUT_AFTER = re.compile(
    rf"^\s*+(?:환경|계|쪽|꺼|거|것|된|인|중인|중|됐던|된\s*+거|인\s*+거)?\s*+(?:(?:{_TYPE_WORD})s?\s*+)?"
    r"(?:이|가|은|는|을|를)?\s*+(?:아닌|아니|말고|빼고|제외|외에?)(?:거|것|걸|애들)?(?![가-힣])"
    r"|^\s*+(?:ones?|hosts?|servers?|services?|dbs?|databases?)?\s*+excluded\b",
    re.I,
)
# "운영 말고", "운영 아닌거": 운영 (also "operations") negated as an environment is production
PROD_NOT = re.compile(
    r"(?<![가-힣])운영(?=\s*+(?:이|가)?\s*+(?:아닌|아니|말고|빼고|제외)(?:거|것|걸|애들)?(?![가-힣]))"
)
NON_ENV = re.compile(r"\bnon-?(?=(?:prod|production|staging|stg|dev)\b)", re.I)  # "non-prod hosts"
# between two environments said as one list ("prod랑 staging 빼고"): what is said of the last is said of both
LISTED_WITH = re.compile(r"\s*+(?:이랑|랑|하고|와|과|,|/|&|and|or)\s*+", re.I)


def _environment_spans(lowered: str) -> list[tuple[int, int, str]]:
    """Where `lowered` names an environment, in order: (start, end, environment)."""
    spans = [
        (m.start(), m.end(), env)
        for env, words in lx.ENV_WORDS.items()
        for w in words
        for m in lx.word_pattern(w).finditer(lowered)
    ]
    spans += [
        (m.start(), m.end(), "prod")
        for pattern in (lx.PROD_SAID, PROD_NOT)
        for m in pattern.finditer(lowered)
    ]
    return sorted(spans)


def _left_out(lowered: str, start: int, end: int) -> bool:
    """Whether the words at `lowered[start:end]` are said as left out ("not X", "X 말고", "X 서버 빼고")."""
    return bool(NOT_BEFORE.search(lowered[:start]) or LEFT_OUT_AFTER.match(lowered[end:]))


def _environments_left_out(lowered: str) -> list[tuple[int, int, str, bool]]:
    """Each environment named, with whether it is left out; in a list ("prod랑 staging 빼고") what is said
    of the last is said of all."""
    found: list[tuple[int, int, str, bool]] = []
    negated, next_start = False, len(lowered)
    for start, end, env in reversed(_environment_spans(lowered)):  # the last said first
        listed = negated and LISTED_WITH.fullmatch(lowered[end:next_start])
        negated = bool(listed or _left_out(lowered, start, end))
        found.insert(0, (start, end, env, negated))
        next_start = start
    return found


def said_environment(text: str) -> str | None:
    """The environment filter `text` asks for: the first environment (in ENV_WORDS order) it names without a
    negation; else `"!= env"` for the one it leaves out (the remaining one when it leaves out two); None when
    it names none."""
    said = _environments_left_out(NON_ENV.sub("non ", text.lower()))  # "non-prod": "non prod"
    kept = [env for env in lx.ENV_WORDS if any(e == env and not out for _, _, e, out in said)]
    left_out = {env for _, _, env, out in said if out}
    if kept:
        return kept[0]
    others = [env for env in lx.ENV_WORDS if env not in left_out]
    if len(left_out) == 1:
        return f"{NOT_VALUE} {next(iter(left_out))}"
    return others[0] if left_out and len(others) == 1 else None


def facet_kept(wanted: str, actual: str) -> bool:
    """Whether a CI whose field is `actual` passes the filter `wanted` ("prod", or "!= prod")."""
    if wanted.startswith(NOT_VALUE):
        return actual.lower() != wanted.removeprefix(NOT_VALUE).strip().lower()
    return actual.lower() == wanted.lower()


# between a facet left out and the kind of CI it qualifies ("폐기된 서버 빼고", "스테이징 db 말고")
QUALIFIED = re.compile(r"\s*+(?:된|인|중인|중|의)?\s*+")


def read_left_out(p: Parsed) -> None:
    """The site, team and status filters of `p` said as left out become "!= value"; a type said as left out
    leaves `p.types` (the only one said becomes the filter `type: "!= t"`), unless a facet left out qualifies
    it ("폐기된 서버 빼고": the hosts that are not retired)."""
    lowered = p.question.lower()
    qualifier_ends = [end for _, end, _, out in _environments_left_out(NON_ENV.sub("non ", lowered)) if out]
    for key in ("location", "owner"):
        value = p.filters.get(key)
        said = [m for m in p.mentions if m.kind == key and m.value == value]
        if said and all(_left_out(lowered, m.start, m.end) for m in said):
            p.filters[key] = f"{NOT_VALUE} {value}"
            qualifier_ends += [m.end for m in said]
    if status := p.filters.get("status"):
        spans = [m.span() for w in lx.STATUS_WORDS[status] for m in lx.word_pattern(w).finditer(lowered)]
        if spans and all(_left_out(lowered, a, b) for a, b in spans):
            p.filters["status"] = f"{NOT_VALUE} {status}"
            qualifier_ends += [b for _, b in spans]

    def type_left_out(a: int, b: int) -> bool:
        qualified = any(end <= a and QUALIFIED.fullmatch(lowered[end:a]) for end in qualifier_ends)
        return _left_out(lowered, a, b) and not qualified

    typed = {
        t: [m.span() for w in lx.TYPE_WORDS[t] for m in lx.word_pattern(w).finditer(lowered)] for t in p.types
    }
    left_out = [t for t, spans in typed.items() if spans and all(type_left_out(a, b) for a, b in spans)]
    kept = [t for t in p.types if t not in left_out]
    if left_out and kept:
        p.types = kept
    elif len(left_out) == 1 and "type" not in p.filters:
        p.types, p.filters["type"] = [], f"{NOT_VALUE} {left_out[0]}"

"""The honesty invariant: every CI and metric a question names is used by its plan, or the answer is
`unclear` — it says what it understood, what it could not place, and offers rephrasings.

Checked on the plan of either planner, so a question naming two CIs is never answered about the first
alone, and a metric named in passing is never dropped for another figure. A plan answered around words of
the question that went unread is also `unclear` ("orders-db 온도 몇 도야?", "디스크 교체 주기"), and so is one
that drops a severity the question names ("critical hosts"). What such an answer offers instead:
honesty_rephrasings.py.
"""

from __future__ import annotations

import re
from typing import Any

from services.infra.attribute_filter import NOT_VALUE, quantity_of
from services.ops.plan import Plan, Route, Step
from services.ops.planner import lexicon as lx
from services.ops.planner.described import holds_word
from services.ops.planner.entities import EntityIndex, Mention
from services.ops.planner.entity_words import FIELD_WORDS
from services.ops.planner.lexicon import word_pattern
from services.ops.planner.moments import BARE_HOUR
from services.ops.planner.names import NAME_PARTS
from services.ops.planner.parsing import FREE_OF, Parsed
from services.ops.planner.rca_subject import guessed_cause_metrics
from services.ops.planner.time_words import DELAY_AFTER
from services.ops.planner.topology import INCLUSIVE_TYPE
from services.ops.planner.unknown_words import (
    field_heads,
    metric_heads,
    unread_beside,
    unread_counted,
    unread_in_type_slot,
    unread_words,
)

# Numbers that are not quantities of the question: dates, clock times, "8시", "3 PM", IPs and versions.
NOT_QUANTITIES = re.compile(
    r"(?<![\d.])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}:\d{2}|\d+(?:\.\d+){2,}|\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?"
    r"|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\d+\s*(?:분|초|minutes?|mins?|seconds?|hours?|days?)\s*(?:전|ago)"
    r"|\d{1,3}(?:회차|호기|차|호)(?![가-힣]))",  # "2차 발주마감", "솔빛3호": an ordinal in a name, no quantity
    re.I,
)
QUANTITY = re.compile(r"(?<![A-Za-z0-9_.\-])\d+(?:\.\d+)?(?![A-Za-z0-9_\-]|\.\d)")  # "3개" counts, "p95" not


def _numbers(value: Any) -> set[float]:
    if isinstance(value, dict):
        return {n for item in value.values() for n in _numbers(item)}
    if isinstance(value, list):
        return {n for item in value for n in _numbers(item)}
    if isinstance(value, bool):
        return set()
    if isinstance(value, int | float):
        return {float(value)}
    quantity = quantity_of(value)  # "128 GB" in an attribute filter
    return {quantity.number} if quantity else set()


def unused_numbers(plan: Plan, parsed: Parsed) -> list[str]:
    """Thresholds, counts and sizes the question states that no step of the plan uses ("above 90%",
    "top 3"); the time window's own numbers, dates and clock times are the window's."""
    text = parsed.residual
    if parsed.window_span:
        a, b = parsed.window_span
        text = text[:a] + " " * (b - a) + text[b:]
    text = BARE_HOUR.sub(" ", NOT_QUANTITIES.sub(" ", text))  # "around 8?" is a moment
    if any(step.tool == "rca" and step.args.get("after_change") for step in plan.steps):
        text = DELAY_AFTER.sub(" ", text)  # "배포하고 20분만에": the scan from the blamed change covers it
    used = {n for step in plan.steps for n in _numbers(step.args)}
    used |= {  # "1초 넘는": a bound in seconds, used in ms
        float(step.args["value"]) / 1000
        for step in plan.steps
        if str(step.args.get("metric", "")).endswith("_ms")
        and isinstance(step.args.get("value"), int | float)
    }
    why = any(  # "X 503 왜 나": an HTTP error status is the symptom of a why about errors or nothing named
        step.tool == "rca" and step.args.get("metric") in (None, "error_rate") for step in plan.steps
    )
    described = [  # "119 신고전화": a number said as part of the words that picked the CIs
        str(said)
        for step in plan.steps
        if (said := step.args.get("described_as") or (step.args.get("filters") or {}).get("described"))
    ]
    return [
        m.group()
        for m in QUANTITY.finditer(text)
        if float(m.group()) not in used
        and not (why and lx.HTTP_ERRORS.fullmatch(m.group()))
        and not any(
            text[m.end() :].lstrip().startswith(said.split()[0]) for said in described if said.split()
        )
    ]


def _values(value: Any) -> set[str]:
    if isinstance(value, dict):
        return {v for item in value.values() for v in _values(item)}
    if isinstance(value, list):
        return {v for item in value for v in _values(item)}
    return {
        str(value).lower().removeprefix(NOT_VALUE).strip()
    }  # "!= mysql" uses "mysql" (as the one not wanted)


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return {str(k).lower() for k in value} | {k for item in value.values() for k in _keys(item)}
    if isinstance(value, list):
        return {k for item in value for k in _keys(item)}
    return set()


def unused_keys(plan: Plan, parsed: Parsed) -> list[str]:
    """Attribute keys the question names on their own ("which N4 version is staging on?", "GPU 달린 서버",
    "how many kickboards are in …") that a list, count or group figure of CIs neither reads nor filters
    by: a list of CIs does not say their versions, nor a count what a key holds. A key
    word inside another term names no key."""
    if not all(_lists_or_counts(step) for step in plan.steps):
        return []
    used = {v.removeprefix("attributes.") for step in plan.steps for v in _values(step.args)}
    used |= {k for step in plan.steps for k in _keys(step.args)}
    others = [(m.start, m.end) for m in parsed.mentions if m.kind != "attribute"]
    return [
        m.value
        for m in parsed.mentions
        if m.kind == "attribute"
        and m.value.lower() not in used
        and not any(a < m.end and m.start < b for a, b in others)
    ]


def _lists_or_counts(step: Step) -> bool:
    """A CI list, or a count not of a described group (whose words say what the key word was), or a
    figure over a group of CIs ("카프카 브로커 서버 3대 cpu 최대치": the group, not every host)."""
    if step.tool == "metric_query":
        return not step.args.get("ci") and not (step.args.get("filters") or {}).get("names")
    if step.tool != "ci_lookup":
        return False
    described = bool((step.args.get("filters") or {}).get("names"))
    return step.args.get("op") == "search" or (step.args.get("op") == "count" and not described)


def described_terms(plan: Plan, parsed: Parsed) -> set[str]:
    """Values, places and locations a why's subject was chosen by: words of its `described_as` ("pos 결제
    (prop-jeju)": the value `payment` said as 결제, the place 제주)."""
    told = {
        word
        for step in plan.steps
        for word in re.findall(r"[\w-]+", str(step.args.get("described_as") or "").lower())
    }
    if not told:
        return set()
    said = {  # "keycloak 24" said of the value keycloak-24: each of its words told
        m.value.lower()
        for m in parsed.mentions
        if (words := set(re.findall(r"[\w-]+", parsed.question[m.start : m.end].lower()))) and words <= told
    }
    return said | told | {p.text.lower() for p in parsed.unplaced_places if told & set(p.matches)}


def unused_values(plan: Plan, parsed: Parsed) -> list[str]:
    """Attribute values the question names ("java로 된 서비스", "hosts running windows-10-iot") that no step
    uses: a filter the plan cannot apply must not be dropped for an answer about every CI. A lookup of one
    CI's fields answers them ("is X on rhel-9.3?")."""
    if any(step.tool == "ci_lookup" and step.args.get("op") == "get" for step in plan.steps):
        return []
    used = {v for step in plan.steps for v in _values(step.args)} | described_terms(plan, parsed)
    analysed = [
        str(step.args["ci"]).lower() for step in plan.steps if step.tool == "rca" and step.args.get("ci")
    ]
    # "durumi-search 배포하고 검색 죽었던데": what the analysed CI's name says it does, said of its symptom
    used |= {part for name in analysed for part in NAME_PARTS.split(name)}
    return [value for value in [*parsed.of("value"), *parsed.loose_values] if value not in used]


# a percentile the question asks for ("p99 latency", "99th percentile"); only p95 over the samples exists
PERCENTILE = re.compile(
    r"\bp\d{1,2}(?:\.\d+)?\b|\b\d{1,2}(?:\.\d+)?(?:th|st|nd|rd)?\s*(?:percentile|%ile)|\d{1,2}\s*퍼센타일",
    re.I,
)


def unused_percentiles(plan: Plan, parsed: Parsed) -> list[str]:
    """Percentiles the question names that no step computes ("p99 latency right now" is no latest value)."""
    computed = {str(step.args.get("agg")) for step in plan.steps}
    return [
        m.group()
        for m in PERCENTILE.finditer(parsed.residual)
        if not ("p95" in computed and re.sub(r"\D", "", m.group()) == "95")
    ]


def unused_free_space(plan: Plan, parsed: Parsed) -> list[str]:
    """Free space ("디스크 여유 제일 적은 서버") asked of anything but one CI now: only that plan answers
    100 − the usage; a ranking or a window over the usage would answer the opposite figure."""
    free = lx.FREE_SPACE.search(parsed.question)
    if not free or plan.intent == "free" or not any(m in FREE_OF for m in parsed.of("metric")):
        return []
    return [free.group()]


SEVERITY_USES = ("severity", "min_severity")


def unused_severities(plan: Plan, parsed: Parsed) -> list[str]:
    """Severities the question names as such ("critical hosts", not "주요 서비스") that no step filters or
    ranks by: the problems summary and RCA rank by severity themselves."""
    if not parsed.has(lx.GRADE_WORDS) or any(
        step.tool == "rca" or step.args.get("op") == "problems" or any(k in step.args for k in SEVERITY_USES)
        for step in plan.steps
    ):
        return []
    return list(parsed.severities)


def _names_key(ci_type: str, mention: Mention, question: str) -> bool:
    """Whether a word of `ci_type` stands right before an attribute mention ("service tier")."""
    before = question[: mention.start].lower()
    return mention.kind == "attribute" and any(before.endswith(f"{w} ") for w in lx.TYPE_WORDS[ci_type])


def unused_owner_field(plan: Plan, parsed: Parsed) -> list[str]:
    """Who owns a CI, asked beside its figures ("X 에러율이랑 Y 담당 둘다 알려줘"), when only metrics answer."""
    if not parsed.of("ci") or any(step.tool != "metric_query" for step in plan.steps):
        return []
    words = (*FIELD_WORDS["owner"], "담당")
    asked = next((w for w in words if word_pattern(w).search(parsed.residual)), None)
    return [asked] if asked else []


def unused_terms(plan: Plan, parsed: Parsed, ci_types: dict[str, str]) -> list[str]:
    """Named CIs, metrics ("send traffic to X" in a relation is none), locations (and place words no
    location matches), CI types, attribute values and time windows that no step of `plan` uses (none for
    refusals and direct answers). A type word naming what a named CI is ("the db-01 host") needs no use of
    its own."""
    if plan.route in (Route.DIRECT, Route.REJECT) or not plan.steps:
        return []
    used = {v for step in plan.steps for v in _values(step.args)} | described_terms(plan, parsed)
    kinds = ("ci", "location") if plan.route == Route.GRAPH else ("ci", "metric", "location")
    sized = {part for v in used if v.startswith("attributes.") for part in v[len("attributes.") :].split("_")}
    used |= {m.lower() for m in parsed.of("metric") if m.split("_")[0] in sized}  # "memory GB" → memory_gb
    if plan.route == Route.RCA:  # "트래픽 몰려서 그런거임? 진짜 원인": a guessed cause, read as one
        used |= {m.lower() for m in guessed_cause_metrics(parsed)}
    unused = [term for kind in kinds for term in parsed.of(kind) if term.lower() not in used]
    unused += [  # "광주 DC": no location
        parsed.question[p.start : p.end] for p in parsed.unplaced_places if p.text.lower() not in used
    ]
    own_types = {ci_types.get(ci.lower()) for ci in parsed.of("ci")}
    if own_types and lx.SERVER_WORD.search(parsed.structure):
        own_types.add("host")
    if own_types:  # "sqlmi-eon-prd service tier": a type word that starts an attribute's name
        own_types |= {t for t in parsed.types for m in parsed.mentions if _names_key(t, m, parsed.question)}
    record = all(step.tool == "ci_lookup" and step.args.get("op") == "get" for step in plan.steps)
    if record and any(ci.lower() in parsed.question.lower() for ci in parsed.of("ci")):  # a name typed
        own_types -= plural_types(parsed)  # "the prod services in namespace ew1/viewer": not viewer's record
    if plan.route == Route.RCA and any(step.args.get("ci") for step in plan.steps):
        own_types |= set(parsed.types)  # "the truck queue at X": a why of X reads X and what it depends on
    inclusive = INCLUSIVE_TYPE.search(parsed.structure)  # "(VM 안에 서비스까지)": no filter to use
    unused += [t for t in parsed.types if t not in used and t not in own_types and not inclusive]
    unused += [key for key in parsed.of("summed") if f"attributes.{key}".lower() not in used]
    unused += unused_numbers(plan, parsed)
    unused += unused_values(plan, parsed)
    unused += unused_keys(plan, parsed)
    unused += unused_severities(plan, parsed)
    unused += unused_percentiles(plan, parsed)
    unused += unused_free_space(plan, parsed)
    unused += unused_owner_field(plan, parsed)
    occasions = [str(step.args["occasion"]["said"]) for step in plan.steps if step.args.get("occasion")]
    unused = [u for u in unused if not any(u in said for said in occasions)]  # "쿠키 50% 프로모션때": its 50
    windowed = any("start" in step.args or "at" in step.args for step in plan.steps)
    if parsed.window is not None and parsed.window_span is not None and not windowed:
        unused.append(parsed.question[parsed.window_span[0] : parsed.window_span[1]])
    return unused


def plural_types(parsed: Parsed) -> set[str]:
    """The CI types the question says in the plural ("그 서버들", "the services")."""
    return {
        t
        for t in parsed.types
        for w in lx.TYPE_WORDS.get(t, ())
        if re.search(rf"\b{re.escape(w)}s\b" if w.isascii() else rf"{re.escape(w)}들", parsed.structure, re.I)
    }


# a figure asked for with nothing naming it ("X 얼마야?", "how much is X?")
FIGURE_ASKED = re.compile(r"얼마(?:야|임|예요|에요|인가|냐|지)?\s*+[?？]?\s*+$|몇이야|\bhow much\b", re.I)
# a count or figure asked per group ("사이트별", "환경별로", "per team", "by location"): no tool groups
PER_GROUP = re.compile(
    r"(?:사이트|위치|지역|센터|환경|팀|담당|유형|타입|종류|리전|존|호스트|서버)\s*+별(?:로)?(?![가-힣])"
    r"|\b(?:per|for each|by|broken down by|grouped by)\s++"
    r"(?:site|location|region|zone|team|owner|environment|env|type|datacenter|data center|dc)\b",
    re.I,
)


def _not_its_own(words: list[str], parsed: Parsed, index: EntityIndex) -> list[str]:
    """`words` but those the named CIs' own records hold: they say what it is ("POS terminals" of a POS
    whose system is "F&B POS")."""
    own = [index.ci_texts.get(ci.lower(), "") for ci in parsed.of("ci")]
    return [w for w in words if not any(holds_word(t, w) for t in own)]


def _same_but_agg(step: Step, first: Step) -> bool:
    """Whether `step` asks what `first` does but for its aggregation ("avg and max of X")."""

    def rest(s: Step) -> dict[str, Any]:
        return {k: v for k, v in s.args.items() if k != "agg"}

    return step.tool == first.tool and rest(step) == rest(first)


def unread_terms(plan: Plan, parsed: Parsed, index: EntityIndex) -> list[str]:
    """Words of the question nothing recognised, when `plan` would answer around them: one CI's record or
    a CI list or a figure over the fleet (any such word); named fields or a metric with a word glued to
    them that names something
    else ("blast door status", "rack slot", "디스크 교체 주기"); a relation whose far end is a word it
    cannot read ("what hardware is behind X"); events picked by an event type word alone ("백업 정책")."""
    if not plan.steps or any(not _same_but_agg(step, plan.steps[0]) for step in plan.steps):
        return []  # several steps: a comparison or a path (one step per aggregation is still one figure)
    tool, args = plan.steps[0].tool, plan.steps[0].args
    grouped = PER_GROUP.search(parsed.question)  # "사이트별 호스트 몇 대씩": no tool counts per group
    if grouped and args.get("op") in ("count", "sum", "fleet", "aggregate", "top_n", "threshold"):
        return [grouped.group(0).strip()]
    if tool == "ci_lookup" and args.get("op") == "get":
        if "attributes" in (args.get("fields") or ["attributes"]):
            asked = FIGURE_ASKED.search(parsed.residual)
            unread = unread_words(parsed, index)
            if not unread and asked and not parsed.of("attribute"):
                return [asked.group(0).strip()]  # "DCSAP02 얼마야?": a figure, but of what? not its record
            return unread
        near = unread_beside(parsed, index, field_heads(parsed))
        return _not_its_own(near, parsed, index) or _not_its_own(unread_counted(parsed, index), parsed, index)
    if tool == "metric_query" and "ci" not in args:  # a fleet figure: an unread word may be what it is of
        return unread_words(parsed, index)  # ("error rate of the ATM switch")
    if tool == "metric_query":  # "신고전화 jeopsu_cti 요청량": the CI's own words for what it carries
        return _not_its_own(unread_beside(parsed, index, metric_heads(parsed)), parsed, index)
    if tool == "graph_query":
        return unread_in_type_slot(parsed, index)
    by_type_alone = (  # "펌웨어 업데이트 몇시에 했어" reads its words in the messages
        args.get("op") == "list"
        and args.get("event_type")
        and not parsed.has(lx.EVENTS)
        and not args.get("said")
    )
    if (tool == "ci_lookup" and args.get("op") in ("search", "count", "sum")) or (
        tool == "event_query" and by_type_alone
    ):
        return unread_words(parsed, index)
    return []

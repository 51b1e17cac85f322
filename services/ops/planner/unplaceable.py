"""Questions that parse but cannot be placed, answered `unclear` instead of another question:

- a value of one CI that neither the CMDB nor the metric catalog holds ("the packet loss on X", "X 온도
  몇도야?"): without this the question became a lookup of every field of X;
- an event type asked as a value now ("what's the consumer lag on X right now?", "B07 스캐너 지금 몇대 idle이야"):
  without this it became a count of that type's events in the last 24 hours;
- a pronoun standing for a CI with nothing to refer to ("그 서버 디스크 몇 %야?", "what's its CPU?"):
  without this it became a list over every CI. Inside a conversation the follow-up reader fills it in;
- a ranking among a group of a size the question states that the CIs read are not ("카프카 브로커 서버 3대
  중 cpu 제일 높았던 거" read as every host): without this it ranked the whole type.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.infra.attribute_filter import NOT_VALUE
from services.ops.plan import Plan, Route
from services.ops.planner.left_out import facet_kept
from services.ops.planner.lexicon import EVENTS, LAST_TIME, TYPE_WORDS
from services.ops.planner.lexicon_oncall import HAPPENED
from services.ops.planner.moments import mentions_now
from services.ops.planner.name_groups import KO_COUNTS
from services.ops.planner.names import KO_MODIFIERS, MODIFIERS, is_vocabulary
from services.ops.planner.relation_words import WHERE_VERBS, WHERE_WORDS
from services.ops.planner.relations import says

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

CI_MARK, TERM_MARK = "§", "¤"  # where a CI name / another recognised term stood
# "what's the <noun phrase> of/on/for X"
ASKED_VALUE_EN = re.compile(
    r"(?:what(?:'s| is| was| are| were)|show(?: me)?|tell me|give me|how (?:much|high|low))\s++"
    r"(?:the\s++|its\s++)?(?P<noun>[a-z][a-z ]{0,40}?)\s++(?:of|on|for|at|in)\s++(?:the\s++)?§"
)
# "X <noun> 몇/얼마": a noun right after the CI, asked as a quantity
ASKED_VALUE_KO = re.compile(r"§\s*+(?:의\s*+)?(?P<noun>[가-힣]{2,8}?)\s*+(?:은|는|이|가)?\s*+(?:몇|얼마)")
# nouns that ask for the whole record, which the default lookup answers (Korean ones for unknown_words)
WHOLE_RECORD = frozenset(
    {
        "details",
        "detail",
        "info",
        "information",
        "spec",
        "specs",
        "summary",
        "overview",
        "attributes",
        "properties",
        "config",
        "configuration",
        "record",
        "data",
        "latest",
        "story",
        "deal",
        "news",
        *("정보", "속성", "설정", "구성", "사양", "스펙", "요약", "상세", "개요"),
    }
)
_TYPE_NOUNS = "|".join(sorted({w for ws in TYPE_WORDS.values() for w in ws}, key=len, reverse=True))
POINTING = re.compile(
    r"(?<![가-힣])(?:그거|이거|저거|그것|이것|저것|그건|그게|그걸)(?![가-힣])"
    r"|(?:(?<=\bwas )|(?<=\bdid )|(?<=\bcaused )|(?<=\bcauses )|(?<=\bbehind )|(?<=\bexplains ))that\s*+[?.!]*+$"
    rf"|(?<![가-힣])(?:그|저|이)\s*+(?:{_TYPE_NOUNS})"
    rf"|\bits\b|\b(?:that|this|the same)\s++(?:one|box|{_TYPE_NOUNS})\b",
    re.I,
)


def _marked(p: Parsed) -> str:
    chars = list(p.question.lower())
    for m in p.mentions:
        mark = CI_MARK if m.kind == "ci" else TERM_MARK
        chars[m.start : m.end] = mark * (m.end - m.start)
    return "".join(chars)


def unknown_value(p: Parsed) -> str | None:
    """The words of a value the question asks of one CI when no field, attribute or metric is that
    value; None when every word of it is understood."""
    text = _marked(p)
    if m := ASKED_VALUE_EN.search(text):
        words = m.group("noun").split()
        if any(w not in MODIFIERS and w not in WHOLE_RECORD and not is_vocabulary(w) for w in words):
            return m.group("noun")
    m = ASKED_VALUE_KO.search(text)
    return (
        m.group("noun")
        if m and m.group("noun") not in KO_MODIFIERS and not is_vocabulary(m.group("noun"))
        else None
    )


def _unplaced(understood: str, unused: str, options: list[str]) -> Plan:
    """`unclear`: what was understood, the words that could not be placed and questions that can be asked."""
    return Plan(
        route=Route.REJECT,
        intent="reject",
        reason="unplaced",
        detail=f"{understood}|{unused}",
        suggestions=options,
    )


def unknown_value_plan(p: Parsed, ci: str) -> Plan:
    """`unclear`: what was understood (the CI), what could not be placed, and questions that can be."""
    ko = p.lang == "ko"
    options = (
        [f"{ci}의 속성 보여줘", f"{ci} 상태 어때?"]
        if ko
        else [f"Show the attributes of {ci}", f"How is {ci} doing?"]
    )
    return _unplaced(ci, str(unknown_value(p)), options)


ASKED_QUANTITY = re.compile(r"what(?:'s| is| are)\b|how (?:much|many|high|big|long|deep)|몇|얼마", re.I)
EVENTS_COUNTED = re.compile(r"몇\s*+(?:건|번|회)|how many times|how often|횟수|건수|발생", re.I)


def event_type_value_plan(p: Parsed, event_type: str) -> Plan | None:
    """`unclear` when the question asks a value now under the name of an event type (no events asked):
    what was understood, and the events of that type as a question that can be answered."""
    text = p.structure
    if not (mentions_now(text) and ASKED_QUANTITY.search(text)) or any(
        pattern.search(text) for pattern in (EVENTS, HAPPENED, LAST_TIME, EVENTS_COUNTED)
    ):
        return None
    subject = (p.of("ci") or [""])[0]
    ko = p.lang == "ko"
    understood = subject or ("지금" if ko else "now")
    options = (
        [f"{subject} {event_type} 이벤트 보여줘".strip()]
        if ko
        else [f"Show {event_type} events of {subject}" if subject else f"Show {event_type} events"]
    )
    return _unplaced(understood, event_type, options)


def points_without_referent(p: Parsed) -> bool:
    """Whether the question points at a CI ("그 서버", "its") while naming none."""
    return not p.of("ci") and bool(POINTING.search(p.structure))


def runs_where_unsaid(p: Parsed) -> bool:
    """Whether the question asks where something runs while naming nothing that runs ("어느 서버에서 돌아":
    a follow-up's CI left unsaid)."""
    said = p.of("ci") or p.filters or any(m.kind == "value" for m in p.mentions)
    return not said and says(p.structure, WHERE_WORDS) and says(p.structure, WHERE_VERBS)


# "브로커 3대 중", "among the 4 gateways": the size of the group a ranking picks from, not how many to show
GROUP_SIZE = re.compile(
    r"(?<![\d.])(\d{1,3})\s*+(?:개|대|곳|군데)\s*+중|\b(?:of|among|out of) (?:the|those|these|our) (\d{1,3})\b"
    r"|(?<![가-힣])(두|세|네|다섯)\s*+(?:개|대|곳|군데)\s*+중|(?<![가-힣])(둘|셋|넷)\s*+중",
    re.I,
)
COUNTABLE_FILTERS = {"type": "ci_types", "environment": "ci_environments", "location": "ci_locations"}


def group_size_unmatched(p: Parsed, index: EntityIndex) -> Plan | None:
    """`unclear` when the question ranks within a group of N CIs and the CIs its filters select are not N:
    the group was named by words not read (their role, what runs on them), and ranking the whole type
    would answer another question."""
    m = GROUP_SIZE.search(p.residual)
    filters = {**({"type": p.types[0]} if p.types else {}), **p.filters}
    if m is None or p.of("ci") or set(filters) - {*COUNTABLE_FILTERS, "status"}:
        return None
    said = int(m.group(1) or m.group(2) or KO_COUNTS[m.group(3) or m.group(4)])
    wanted = filters.get("status")
    counted = [(key, getattr(index, table)) for key, table in COUNTABLE_FILTERS.items() if key in filters]
    selected = [
        name
        for name in index.ci_types
        if facet_kept(str(wanted or f"{NOT_VALUE} retired"), index.ci_statuses.get(name, ""))
        and all(facet_kept(str(filters[key]), values.get(name, "")) for key, values in counted)
    ]
    if len(selected) == said:
        return None
    ko = p.lang == "ko"
    understood = ", ".join(str(v) for v in filters.values()) or ("전체" if ko else "every CI")
    options = (
        [f"{said}대의 이름을 적어서 다시 물어봐 주세요 (예: A, B, C 중 …)"]
        if ko
        else [f"Ask again naming the {said} CIs (e.g. “which of A, B and C …”)"]
    )
    return _unplaced(f"{understood} ({len(selected)})", m.group(), options)

"""Event types said in Korean, whose words a metric shares: "복제 지연" (`replication_lag`) is no latency, so
the metric "지연" is not read inside it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex, Mention

HANGUL = re.compile(r"[가-힣]")
EVENT_NOUN = re.compile(r"\s*+(?:경고|알림|이벤트)$")  # the nouns the Korean event terms end in


def in_event_phrase(question: str, mention: Mention, index: EntityIndex) -> bool:
    """Whether the metric `mention` is a word of an event type the question says in Korean words of two
    or more parts ("orders-db 복제 지연 있어?": the index holds the bare phrase, see with_bare_event_terms)."""
    if mention.kind != "metric":
        return False
    lowered = question.lower()
    for term, _ in index.event_type_terms:
        if " " not in term or not HANGUL.search(term):
            continue
        start = lowered.find(term)
        while start >= 0:
            if start <= mention.start and mention.end <= start + len(term):
                return True
            start = lowered.find(term, start + 1)
    return False


def with_bare_event_terms(index: EntityIndex) -> list[tuple[str, str]]:
    """The index's event terms and, for a Korean event phrase that holds a metric's word ("복제 지연"), the
    phrase without its event noun: said alone it still means the events, never the metric."""
    metric_words = {term for term, _ in index.metric_terms if HANGUL.search(term)}
    bare = {
        (phrase, event_type)
        for term, event_type in index.event_type_terms
        if HANGUL.search(term)
        and " " in (phrase := EVENT_NOUN.sub("", term))
        and any(word in metric_words for word in phrase.split())
    }
    return sorted({*index.event_type_terms, *bare}, key=lambda t: (-len(t[0]), t))


# a limit asked ("동시배포 최대 몇대까지", "up to how many devices at once"): a setting, not a count of events
LIMIT_ASKED = re.compile(
    r"최대\s*+몇|몇\s*+(?:대|개|명|건|콜|채널|번)?\s*+까지|\bup to how many\b|\bmax(?:imum)? (?:number|count)\b"
    r"|\bhow many\b.{0,40}\bat (?:most|once)\b",
    re.I,
)
# the question ends on the kind of CI it asks for ("알람 넣는 rabbitmq 큐 뭐야", "which queue does X alert to?")
TYPE_ASKED_KO = re.compile(r"^\s*+(?:는|은|이|가)?\s*+(?:뭐|뭔|무엇|어디|어느|누구)[가-힣]*\s*+[?？.]*\s*+$")
WHICH_BEFORE_EN = re.compile(r"\b(?:which|what)\s++(?:[a-z0-9-]+\s++)?$", re.I)


def asks_for_a_kind(question: str, type_spans: list[tuple[int, int]]) -> bool:
    """Whether a type word is what the question asks for: said last before "뭐야" ("X가 쓰는 큐 뭐야") or
    right after "which" ("which queue does X push to?"), so event words in it only describe that CI."""
    lowered = question.lower()
    return any(TYPE_ASKED_KO.match(lowered[b:]) or WHICH_BEFORE_EN.search(lowered[:a]) for a, b in type_spans)

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

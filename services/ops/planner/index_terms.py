"""The words the entity index recognises for what the database holds: catalog metric terms and the other
ways of saying them, attribute keys, event types, and CI names as the words they join (CamelCase,
dashes)."""

from __future__ import annotations

import re

from services.ops.planner import lexicon as lx
from services.ops.planner import value_glossary
from services.ops.planner.entity_words import ATTRIBUTE_WORDS, EVENT_NOUN_TYPES, EVENT_TYPE_WORDS
from services.ops.planner.key_words import key_terms

KO_COUNT_NOUN = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]+) ?수$")  # from a word start: linear


ENGLISH_NOUN = re.compile(r"[a-z]{3,}(?<!s)")
KO_DURATION_NOUN = re.compile(r"^([가-힣]{2,}) ?시간$")  # "응답 시간": engineers say "응답 몇 ms"
KO_PER_SECOND = {
    "초당 요청": ("초당 메시지", "초당 트랜잭션", "초당 건수")
}  # a queue's requests are messages


def metric_term_variants(term: str) -> list[str]:
    """A catalog term and the other ways of saying the same measure: English words in the plural ("error
    rates") or hyphenated ("error-rate peak"); in Korean, a count noun ("요청 수") also as a quantity ("요청량"), a number of cases ("요청 건수")
    or by its stem ("요청 피크"); a duration ("응답 시간") by its stem ("평균 응답 몇이야"); a rate per second
    of requests by what is counted ("초당 메시지")."""
    variants = _said_variants(term)
    words = [v for v in variants if v.isascii() and " " in v]
    plural = [f"{v}s" for v in words if ENGLISH_NOUN.fullmatch(v.rsplit(" ", 1)[1])]  # "error rates"
    return variants + plural + [v.replace(" ", "-") for v in words]


def _said_variants(term: str) -> list[str]:
    if m := KO_COUNT_NOUN.search(term):
        stem = term[: m.end(1)]
        return [term, f"{stem}량", f"{stem} 건수", stem]  # "요청 피크": the count noun's stem alone
    if m := KO_DURATION_NOUN.match(term):
        return [term, m.group(1)]
    if ENGLISH_NOUN.fullmatch(term):  # "the fullest disks"
        return [term, f"{term}s"]
    return [term, *KO_PER_SECOND.get(term, ())]


# plurals that name CIs themselves ("list the Redis instances", "the network devices"), never a key's
CI_NOUNS = frozenset(
    {w.lower() for words in lx.TYPE_WORDS.values() for w in words}
    | {w.lower() for w in lx.CI_WORDS}
    | {"instances", "devices", "machines", "systems", "units", "apps", "applications", "boxes"}
)


def attribute_terms(keys: list[str]) -> list[tuple[str, str]]:
    """(term, key) pairs for attribute keys, longest terms first; a one-word English key also in the plural
    ("what GPUs are in X": `gpu`)."""
    pairs = {(term, key) for key in keys for term in (*ATTRIBUTE_WORDS.get(key, ()), *key_terms(key))}
    pairs |= {
        (f"{key}s", key)
        for key in keys
        if ENGLISH_NOUN.fullmatch(key) and f"{key}s" not in keys and f"{key}s" not in CI_NOUNS
    }
    return sorted(pairs, key=lambda t: (-len(t[0]), t))


# the last part of an event type that only says it is an event of the first: "batch_job" is a batch event
GENERIC_EVENT_PART = frozenset({"job", "alert"})


def _korean_terms(event_type: str) -> tuple[str, ...]:
    """Korean terms of an event type whose parts the glossary knows, and for "batch_job" (a generic last
    part) the first part alone too: "배치 이벤트", "batch events"."""
    parts = event_type.lower().split("_")
    if len(parts) < 2 or not all(part in value_glossary.EVENT_PART_KO for part in parts):
        return ()
    said = [" ".join(value_glossary.EVENT_PART_KO[part] for part in parts)]
    english = []
    if len(parts) == 2 and parts[1] in GENERIC_EVENT_PART:
        said.append(value_glossary.EVENT_PART_KO[parts[0]])
        english = [f"{parts[0]} events"]
    # with the event noun only: "X 인증서 만료일 언제" asks the record's date, "인증서 만료 경고" the events
    nouns = ("경고", "알림", "이벤트")
    return (*(f"{words}{gap}{noun}" for words in said for noun in nouns for gap in (" ", "")), *english)


def event_type_terms(types: list[str], reserved: set[str]) -> list[tuple[str, str]]:
    """(term, type) pairs for event types; `reserved` words (statuses like "maintenance") are left out."""
    pairs: set[tuple[str, str]] = set()
    for event_type in types:
        if event_type.lower() in EVENT_NOUN_TYPES:
            continue  # an event typed "event" is any event: "critical events" asks for all of them
        spaced = event_type.replace("_", " ")
        for term in (
            event_type,
            spaced,
            f"{spaced}s",
            f"{spaced} events",
            *EVENT_TYPE_WORDS.get(event_type, ()),
            *_korean_terms(event_type),
        ):
            if term.lower() not in reserved:
                pairs.add((term.lower(), event_type))
    return sorted(pairs, key=lambda t: (-len(t[0]), t))


CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
GENERIC_TAIL = frozenset({"service", "server", "svc", "api", "app", "application", "system"})


NAME_WORD_SPLIT = re.compile(r"[-_.\s]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def name_words(name: str) -> str:
    """A CI name as the words it joins: "WithdrawalProcessor" → "withdrawal processor"."""
    return " ".join(part.lower() for part in NAME_WORD_SPLIT.split(name) if part)


def camel_aliases(names: list[str]) -> dict[str, str]:
    """CamelCase names as the words they join ("GateOcrService" → "gate ocr service", and "gate ocr" without
    a generic last word when two words stay): alias → lower-cased name; an alias two names share, or that
    is a name itself, is dropped."""
    found: dict[str, set[str]] = {}
    for name in names:
        parts = CAMEL_BOUNDARY.split(name)
        if len(parts) < 2 or any(len(part) < 2 for part in parts):
            continue
        words = [part.lower() for part in parts]
        aliases = {" ".join(words), "-".join(words)}  # "work order", "work-order": WorkOrder
        if words[-1] in GENERIC_TAIL and len(words) >= 3:
            aliases.add(" ".join(words[:-1]))
        for alias in aliases:
            found.setdefault(alias, set()).add(name.lower())
    taken = {name.lower() for name in names}
    return {
        alias: next(iter(owners))
        for alias, owners in found.items()
        if len(owners) == 1 and alias not in taken
    }

"""Attribute keys spelled like the planner's own words: a CI records `max_mb`, `nodes`, `run` or
`maintenance`, and a question says "최대", "노드", "run" or "under maintenance" as the planner means them.
Each test says when the word is the planner's, so the key mention is dropped."""

from __future__ import annotations

import re

from services.ops.planner import lexicon as lx
from services.ops.planner import relations as rel
from services.ops.planner.entities import EntityIndex, Mention
from services.ops.planner.relation_words import WHERE_WORDS

STATUS_CUE = re.compile(r"\b(?:under|in|on)\s++$", re.I)  # "under maintenance", "in maintenance"
# a key asked to be held ("which CIs have a decommissioned date", "폐기일 등록된"): the key, not the status
KEY_HELD = re.compile(
    r"\b(?:have|has|having|with|recorded|on file|set|date)\b|등록|기록|적힌|있는|날짜|일자", re.I
)
# "over the last 3 hours": a time unit after a number is the window's, though some CI records `hours`
TIME_UNIT_WORDS = frozenset(
    {"hour", "hours", "minute", "minutes", "day", "days", "week", "weeks", "시간", "분"}
)
NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:last|past|few|several|couple of|an?))\s*+$", re.I)
TYPE_NOUNS = frozenset(w.lower() for words in lx.TYPE_WORDS.values() for w in words)
AGG_NOUNS = frozenset(w.lower() for words in lx.AGG_WORDS.values() for w in words)
# a quantity asked: a key of that name may be summed or counted ("total queues across the MQ managers")
COUNTED = re.compile(r"몇|합|총|\b(?:how many|total|sum|count|number of)\b", re.I)
PLACEMENT_VERBS = frozenset({"run", "runs", "running", "hosted", "deployed"})
# a kind of thing said before the verb placing it on the CI named after it
HOSTED_ON = re.compile(r"\s*+(?:(?:is|are)\s++)?(?:runs?|running|hosted|deployed|sits?|lives?)\s++on\b", re.I)


def _said(question: str, mention: Mention) -> str:
    return question[mention.start : mention.end].lower()


def said_as_status(question: str, mention: Mention, named: bool) -> bool:
    """Whether an attribute-key mention is a status said as one ("which hosts are under maintenance?",
    "점검 중인", "anything decommissioned?" of no CI named and no key asked to be held), though some CI
    also has an attribute of that name; a value mention only when said so ("on standby", "대기 중")."""
    said = _said(question, mention)
    before, after = question[: mention.start], question[mention.end :]
    cued = bool(STATUS_CUE.search(before)) or after.lstrip().startswith("중")
    # a value only when said as a status: "on standby" is no `dr-standby`
    kind_fits = mention.kind == "attribute" or (mention.kind == "value" and cued)
    return (
        any(said in words for words in lx.STATUS_WORDS.values())
        and kind_fits
        and (cued or not (named or KEY_HELD.search(question)))
    )


# "노드 몇대", "서버 몇 개야": a count of the CIs the type word names, by their counter
CIS_COUNTED_AFTER = re.compile(r"\s*+(?:들\s*+)?(?:은|는|이|가)?\s*+몇\s*+(?:대|개)")
SUMMED = re.compile(r"합|총|\b(?:total|sum|combined|altogether)\b", re.I)


def counted_as_cis(question: str, mention: Mention) -> bool:
    """Whether a type word that is also a key ("노드": `nodes`) is counted as CIs: the counter right after
    it, and no sum asked ("노드 다 합치면 몇대" adds the key up)."""
    return (
        mention.kind == "attribute"
        and type_word(question, mention)
        and bool(CIS_COUNTED_AFTER.match(question, mention.end))
        and not SUMMED.search(question)
    )


def said_as_duration(question: str, mention: Mention) -> bool:
    return (
        mention.kind == "attribute"
        and _said(question, mention) in TIME_UNIT_WORDS
        and bool(NUMBER_BEFORE.search(question[: mention.start]))
    )


def type_word(question: str, mention: Mention) -> bool:
    return _said(question, mention) in TYPE_NOUNS


def said_as_planner_word(
    question: str, mention: Mention, mentions: list[Mention], index: EntityIndex
) -> bool:
    """Whether an attribute-key mention is a word the planner reads itself: an aggregation ("jaego-db 응답시간
    최대는" of a CI that records `max_mb`), a placement verb asked where ("where does X run?" though a batch
    records `run`), or the type of the CI named just before it that records no such key ("ip-10-… 노드에
    뭐 떠있어" though clusters record `nodes`), or events asked of CIs that record no such key."""
    if mention.kind != "attribute":
        return False
    said = _said(question, mention)
    if said in AGG_NOUNS:
        return True
    if said in PLACEMENT_VERBS and rel.says(question.lower(), WHERE_WORDS):
        return True
    named = [m.value.lower() for m in mentions if m.kind == "ci"]
    if lx.EVENT_NOUNS.fullmatch(said) and all(mention.value not in index.ci_keys.get(n, ()) for n in named):
        return True  # "what events did X raise" though a campaign records its `event`
    after = [m for m in mentions if m.kind == "ci" and m.start >= mention.end]
    if (
        after
        and HOSTED_ON.match(question, mention.end)
        and mention.value not in index.ci_keys.get(after[0].value.lower(), ())
    ):  # "which cluster runs on as-40226?": what runs there, though other CIs record a `cluster`
        return True
    before = [m for m in mentions if m.kind == "ci" and m.end <= mention.start]
    if (
        said not in TYPE_NOUNS
        or not before
        or question[before[-1].end : mention.start].strip()
        or COUNTED.search(question)
    ):
        return False
    ci = before[-1].value.lower()
    named_type = index.ci_types.get(ci, "")
    return said in {
        w.lower() for w in lx.TYPE_WORDS.get(named_type, ())
    } and mention.value not in index.ci_keys.get(ci, ())

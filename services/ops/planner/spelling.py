"""Typos in the planner's own words ("memroy", "dependancies", "avrage"): an unread word that is no English
word (pyspellchecker's list: "pause" stays "pause", never "cause") and is one edit away (a letter inserted,
dropped, replaced or two neighbours swapped) from exactly one word the planner knows is read as that word —
only when the question as typed is unclear and the corrected one is answered, and the answer says what it
read. CI names are never corrected here: an unknown name has its own did-you-mean.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spellchecker import SpellChecker

from services.ops.planner import (
    direct_words,
    lexicon,
    lexicon_oncall,
    moments,
    relations,
    time_words,
    timeparse,
    window_words,
)
from services.ops.planner.unknown_words import table_words, unread_words

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

MIN_LENGTH = 4  # shorter words are too close to too many others ("cpu" → "cpus", "ram" → "rams")
NO_REPLACED_LETTER_UP_TO = (
    4  # a word this short gets no replaced letter ("waht" → "what", but "iops" is no "hops")
)
WORD = re.compile(rf"[a-z]{{{MIN_LENGTH},}}")
MAX_TYPOS = 3
PATTERN_MODULES = (
    lexicon,
    direct_words,
    lexicon_oncall,
    window_words,
    time_words,
    timeparse,
    moments,
    relations,
)
AS_VERB = r"\b(?:can'?t|cannot|couldn'?t|won'?t|unable\s+to|failed\s+to|fail\s+to|trying\s+to)"


def _one_edit(typed: str, known: str) -> bool:
    """Whether `known` is `typed` with one letter inserted, dropped or replaced, or two neighbours swapped."""
    if typed == known or abs(len(typed) - len(known)) > 1:
        return False
    if len(typed) == len(known):
        diff = [i for i, (a, b) in enumerate(zip(typed, known, strict=True)) if a != b]
        if len(diff) == 1:
            return len(typed) > NO_REPLACED_LETTER_UP_TO
        i = diff[0]
        return diff == [i, i + 1] and typed[i] == known[i + 1] and typed[i + 1] == known[i]
    short, long_ = sorted((typed, known), key=len)
    i = next((k for k, (a, b) in enumerate(zip(short, long_, strict=False)) if a != b), len(short))
    return short[i:] == long_[i + 1 :]


@lru_cache(maxsize=1)
def _planner_words() -> frozenset[str]:
    """English words of the planner's tables and the literal words of its patterns."""
    words = {w for phrase in table_words() for w in WORD.findall(phrase)}
    for module in PATTERN_MODULES:
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                words.update(WORD.findall(value.pattern.lower()))
    return frozenset(words)


@lru_cache(maxsize=1)
def english_dictionary() -> SpellChecker:
    return SpellChecker(language="en", distance=1)


def _known_words(index: EntityIndex) -> frozenset[str]:
    terms = [t for t, _ in (*index.metric_terms, *index.attribute_terms, *index.event_type_terms)]
    return _planner_words() | {w for term in terms for w in WORD.findall(term)}


def _candidate(typed: str, by_length: dict[int, list[str]]) -> str | None:
    """The one known word `typed` is a typo of (a word and its plural count as one), else None."""
    near = {
        w
        for n in (len(typed) - 1, len(typed), len(typed) + 1)
        for w in by_length.get(n, ())
        if _one_edit(typed, w)
    }
    stems = {w.removesuffix("s") for w in near}
    if len(stems) != 1:
        return None
    return min(near, key=lambda w: (len(w) != len(typed), w))


def corrections(parsed: Parsed, index: EntityIndex) -> dict[str, str]:
    """Each unread English word of `parsed` that is a typo of exactly one known word, with that word."""
    known = _known_words(index)
    by_length: dict[int, list[str]] = {}
    for word in known:
        by_length.setdefault(len(word), []).append(word)
    typed = [
        word
        for word in dict.fromkeys(unread_words(parsed, index))  # each distinct word once
        if word not in known and WORD.fullmatch(word) and word not in english_dictionary()
    ]
    if len(typed) > MAX_TYPOS:  # a question mostly of words nothing knows is no question with a typo
        return {}
    return {word: fix for word in typed if (fix := _candidate(word, by_length))}


def corrected(question: str, fixes: dict[str, str]) -> str:
    """`question` with every whole-word occurrence of a typo replaced by its correction."""
    for typed, fix in fixes.items():
        question = re.sub(
            rf"(?<![A-Za-z0-9_-]){re.escape(typed)}(?![A-Za-z0-9_-])", fix, question, flags=re.I
        )
    return question


# words after a compound that make it no modifier of a noun ("why was visitor-call slow": a name, maybe)
NOT_NOUNS = frozenset(
    {
        *("is", "was", "are", "were", "and", "or", "to", "on", "in", "at", "for", "of", "with", "from", "by"),
        *("the", "a", "an", "has", "had", "have", "been", "be", "slow", "down", "failing", "broken", "so"),
        *("this", "that"),
    }
)


def plain_words(token: str, similar: list[str], text: str = "") -> bool:
    """Whether a hyphenated token is English words, not a name: resembling no CI name ("meter-read"), said
    as a verb in `text` ("customers can't remote-start their cars") or as a modifier of a noun ("Monday's
    day-shift handover", "the lost visitor-call events") even if a name resembles it."""
    parts = token.split("-")
    dictionary = english_dictionary()
    if len(parts) < 2 or not all(p.isalpha() and p in dictionary for p in parts):
        return False
    after = re.search(rf"(?<![\w-]){re.escape(token)}\s++([a-z]{{3,}})\b", text, re.I)
    modifier = (
        after is not None and after.group(1).lower() not in NOT_NOUNS and after.group(1).lower() in dictionary
    )
    return not similar or modifier or bool(re.search(rf"{AS_VERB}\s+{re.escape(token)}\b", text, re.I))

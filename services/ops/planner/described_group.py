"""A group of CIs described by what their records say ("포장라인 전부 ㄱ", "which packaging lines crossed 15%
errors?"): when a question about a set of CIs names no CI and
its only unread words are all held by the text values or names of a few CIs (of the asked type and place),
those CIs are the set it asks about. The answer says which words picked them, so the reading is visible;
words that pick no CI, or too many, leave the question as it was (`unclear`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.ops.planner import lexicon as lx
from services.ops.planner.described import GENERIC_WORDS, MAX_WORDS, TROUBLE_WORDS, holds_word
from services.ops.planner.described_subject import matches_filters
from services.ops.planner.index_terms import name_words
from services.ops.planner.lexicon_oncall import WHY
from services.ops.planner.own_keys import MAX_READ
from services.ops.planner.unknown_words import content_words
from services.ops.planner.value_glossary import GLOSSARY
from services.ops.tools.contracts import MAX_NAMED

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

NAME_KEY = "\x00name"  # the words of a CI's name, beside its record's keys
MIN_GROUP = 2  # one CI described is the question's subject (described_subject), not a group
MAX_GROUP = 60  # more CIs than this holding the words: they say too little to be a group's name
HANGUL = re.compile(r"[가-힣]")
# free text any record may have: CIs whose descriptions mention a word are no group by it
PROSE_KEYS = frozenset(
    {"description", "desc", "note", "notes", "comment", "comments", "remarks", "memo", "summary"}
)
PLAIN_WORD = re.compile(r"[가-힣]+|[a-z]+", re.I)
NUMERONYMS = frozenset(s for spellings in GLOSSARY.values() for s in spellings if re.search(r"\d", s))
# a question about a set of CIs: a listing, a count, a ranking, a bound or "among"
GROUP_ASKED = re.compile(
    r"\b(?:which|list|show|all|every|how many|top|highest|lowest|most|least|above|over|below|under|crossed)\b"
    r"|목록|리스트|전부|모두|(?<![가-힣])다(?![가-힣])|몇 ?(?:개|대|곳|군데)|중에|중(?![가-힣])|어디어디|뭐뭐|뭐\s*+있|제일|가장|젤"
    r"|넘은|넘었|넘어간|이상인|이하인|미만인|초과|합계|총합|합치|합쳐|\b(?:total|sum)\b",
    re.I,
)


# "load balancers and CDNs", "DB랑 캐시": kinds said side by side are both asked for, not what is both
JOINED = re.compile(r"\s*+(?:,|&|\+|\band\b|\bor\b|및|(?:이)?랑|하고|과|와)\s*+(?:the\s++)?$", re.I)


def _type_spans(parsed: Parsed) -> list[tuple[int, int]]:
    """Where the residual says the question's type words."""
    return [
        m.span()
        for t in parsed.types
        for word in lx.TYPE_WORDS[t]
        for m in lx.word_pattern(word).finditer(parsed.residual)
    ]


def _joined(parsed: Parsed, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether a type word said at one of `spans` is joined by "and" to something said at one of `starts`."""
    return any(JOINED.fullmatch(parsed.question[end:start]) for _, end in spans for start in starts)


def _union(parsed: Parsed, index: EntityIndex, names: set[str], said: str) -> None:
    """Ask about `names` and every CI of the question's types (its other filters kept): kinds said together."""
    for ci_type in parsed.types:
        names |= {n for n in index.ci_types if matches_filters(n, {**parsed.filters, "type": ci_type}, index)}
    if MIN_GROUP <= len(names) <= MAX_NAMED:
        parsed.filters["names"] = sorted(index.ci_names.get(n, n) for n in names)
        parsed.filters["described"] = said
        parsed.types = []


def read_described_group(parsed: Parsed, index: EntityIndex) -> None:
    """Restrict `parsed` to the CIs its unread words describe, when they all describe the same few."""
    if parsed.of("ci") or parsed.has(WHY) or len(parsed.question) > MAX_READ:
        return  # a pasted page is no set described in a few words (and its word analysis would cost seconds)
    if not GROUP_ASKED.search(parsed.residual):
        return  # "the cpu of the edi gateway": one CI asked for, not a set
    typed = sorted(_type_spans(parsed))
    if len(parsed.types) > 1:
        if _joined(parsed, typed, [start for start, _ in typed]):
            _union(parsed, index, set(), parsed.question[typed[0][0] : typed[-1][1]])
        return
    words = [w for w in content_words(parsed, index) if w[2].lower() not in TROUBLE_WORDS | GENERIC_WORDS]
    if not words or len(words) > MAX_WORDS or not all(_plain(w[2]) for w in words):
        return  # "OS-MES-AP03", "gw3": a name tried, not a description
    if any(_in_a_name(parsed.question, a, b) for a, b, _ in words):
        return  # "jeongsan-api", "gcv-77aa": a part of a name tried
    joined = _joined(parsed, typed, [start for start, _, _ in words])  # "load balancers and CDNs"
    filters = {**parsed.filters, **({"type": parsed.types[0]} if parsed.types and not joined else {})}
    names = [n for n in index.ci_types if matches_filters(n, filters, index)]
    for _, _, word in words:
        names = [n for n in names if holds_word(index.ci_texts.get(n, ""), word)]
    # "packaging lines", "포장라인": a key named right after the words says what the CIs are (they have a `line`)
    nouns = _key_nouns(parsed, index, words)
    for _, _, keys in nouns:
        names = next(
            (
                kept
                for key in keys
                if len(kept := [n for n in names if key in index.ci_keys.get(n, ())]) >= MIN_GROUP
            ),
            [],
        )
    if not MIN_GROUP <= len(names) <= MAX_GROUP:
        return
    if not nouns and not (names := _said_alike(names, words, index)):
        return
    spans = [(a, b) for a, b, _ in nouns]
    parsed.mentions = [m for m in parsed.mentions if (m.start, m.end) not in spans]
    said = sorted([*words, *((a, b, parsed.question[a:b]) for a, b in spans)])
    described = " ".join(word for _, _, word in said)
    if joined:
        _union(parsed, index, set(names), f"{parsed.question[typed[0][0] : typed[0][1]]}, {described}")
    else:
        parsed.filters["names"] = sorted(index.ci_names.get(n, n) for n in names)
        parsed.filters["described"] = described
    chars = list(parsed.residual)
    for start, end, _ in said:
        chars[start:end] = " " * (end - start)
    parsed.residual = "".join(chars)


def _plain(word: str) -> bool:
    """A word, not a name: letters only, or a numeronym records write for a word ("k8s")."""
    return bool(PLAIN_WORD.fullmatch(word)) or word.lower() in NUMERONYMS


NAME_JOINERS = "-_./"


def _in_a_name(question: str, start: int, end: int) -> bool:
    """Whether the word at start:end is joined to another by a name's joiner ("jeongsan-api")."""
    return (start > 0 and question[start - 1] in NAME_JOINERS) or (
        end < len(question) and question[end] in NAME_JOINERS
    )


def _key_nouns(
    parsed: Parsed, index: EntityIndex, words: list[tuple[int, int, str]]
) -> list[tuple[int, int, list[str]]]:
    """Attribute keys said right after one of `words` (a space at most between, or glued in Korean: "포장라인"):
    (start, end, the keys it may name, the singular first: "lines" names a `line`, not a count of `lines`)."""
    ends = {end for _, end, _ in words}
    found = [
        (m.start, m.end, list(dict.fromkeys([_singular(m.value), m.value])))
        for m in parsed.mentions
        if m.kind == "attribute" and (m.start in ends or m.start - 1 in ends)
    ]
    lowered = parsed.question.lower()
    for end in ends - {start for start, _, _ in found}:
        term = next(
            (t for t in index.attribute_terms if HANGUL.match(t[0]) and lowered.startswith(t[0], end)), None
        )
        if term:
            found.append((end, end + len(term[0]), [term[1]]))
    return found


def _singular(key: str) -> str:
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


# the last part of a network device's name says what it is (`gs-hsm-sw01`, `db-fw2`, `pay-lb01`)
DEVICE_HEAD = re.compile(r"(?:sw|fw|rt|rtr|lb|l3|l4|ap|sbc)\d*+")


def _serves_it(name: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether a name says the words and ends in a device head they are not: a device for them."""
    parts = name.split()
    said = [i for i, part in enumerate(parts) if any(holds_word(part, word) for _, _, word in words)]
    return bool(said) and said[-1] < len(parts) - 1 and bool(DEVICE_HEAD.fullmatch(parts[-1]))


def _said_alike(names: list[str], words: list[tuple[int, int, str]], index: EntityIndex) -> list[str]:
    """Those of the CIs whose records say the words under one key (`line`: "향남 포장 1라인", "오송 포장 2라인"), or
    whose names do (`lpr-gw-jamsil`, `lpr-gw-suwon`: "lpr 게이트웨이"): a group that is one by what it is, not
    CIs whose various texts happen to mention the words. The CIs of the key most say it under, when they
    are most of them and the others are of other types (the gateways' `system` says "베이 게이트웨이", their
    hosts' `role` too); [] when no key says it for at least two."""
    # `gs-hsm-sw01` is the HSMs' switch, not an HSM
    names = [n for n in names if not _serves_it(name_words(index.ci_names.get(n, n)), words)]
    by_key: dict[str, list[str]] = {}
    for name in names:
        said = {**index.ci_values.get(name.lower(), {}), NAME_KEY: name_words(index.ci_names.get(name, name))}
        for key, value in said.items():
            if key not in PROSE_KEYS and all(holds_word(value, word) for _, _, word in words):
                by_key.setdefault(key, []).append(name)
    if not by_key:
        return []
    group = max(by_key.values(), key=len)
    kinds = {index.ci_types.get(n.lower()) for n in group}
    others = [n for n in names if n not in group]
    mixed = any(index.ci_types.get(n.lower()) in kinds for n in others)
    if len(group) < max(MIN_GROUP, len(others) + 1) or mixed:
        return []
    return group

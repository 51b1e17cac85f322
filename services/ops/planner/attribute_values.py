"""Attribute values as filters: "hosts running windows-10-iot", "java로 된 서비스", "hosts with 128 GB".

The vocabulary is the estate's own: the string values of CI attributes (with their version-less family,
"ubuntu" for "ubuntu-22.04", and common Korean or alternative spellings of product names), and the keys
holding quantities (numbers, or strings with a size unit). A recognised value becomes a filter on the key
it occurs under; a value under several keys, or a quantity several keys could hold, is ambiguous and the
question `unclear` with rephrasings naming each key; a word in a value's slot ("running solaris", "rust로
된") that is no value is `unknown_value` with the values it resembles. A value is never dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlmodel import Session

from services.infra.attribute_filter import SIZE_UNITS, Quantity, key_unit, normalised
from services.infra.models import TYPE_LABEL_KEY
from services.ops.planner.lexicon import TYPE_WORDS
from services.ops.planner.value_glossary import DESCRIPTIVE_KEYS, head_terms, korean_surfaces
from services.ops.planner.value_words import COMMON_WORDS, PRODUCT_ALIASES, PRONOUNS

if TYPE_CHECKING:
    from services.ops.planner.entities import Mention

VALUE_TEXT = re.compile(
    r"[a-z][a-z0-9._ -]{0,40}(?:/[a-z0-9._-]{1,40})?"
    r"|\d{1,3}(?!\s*+(?:일|시|분|초|월|년|주|개월|시간|일간|주일|주간|년간|분기|차|회|번|배)$)[가-힣]{1,4}"
)  # word-like values ("java", "ubuntu-22.04", zone "b", namespace "ccs-prd/app", grade "1등급"), not IPs
# nor a day or a time ("18일")
FAMILY = re.compile(r"^([a-z][a-z0-9]*(?:[-_ ][a-z][a-z0-9]*)*?)[-_ ]\d")
STRING_QUANTITY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$")
_UNIT = "|".join(sorted(SIZE_UNITS, key=len, reverse=True))
QUANTITY_IN_TEXT = re.compile(
    rf"(?<![\w.-])(\d+(?:\.\d+)?)\s*(?:({_UNIT})(?![a-z])|(기가|테라|메가)(?:바이트)?|(cores?|vcpus?|코어))",
    re.I,
)
KO_UNITS = {"기가": "gb", "테라": "tb", "메가": "mb"}
# comparisons around a quantity: "more than 64 GB", "64GB 이상"
CMP_BEFORE = (
    (re.compile(r"(?:at least|no less than|>=)\s*$"), ">="),
    (re.compile(r"(?:more than|over|above|greater than|bigger than|larger than|>)\s*$"), ">"),
    (re.compile(r"(?:at most|no more than|<=)\s*$"), "<="),
    (re.compile(r"(?:less than|under|below|smaller than|fewer than|<)\s*$"), "<"),
)
_COUNTER = r"(?:개|대|건|명|곳|ea)?"  # "레플리카 12개 이상": a counter between the number and its bound
CMP_AFTER = (
    (re.compile(rf"^{_COUNTER}\s*(?:이상|or more|or above|or larger|\+)"), ">="),
    (re.compile(rf"^{_COUNTER}\s*+(?:를|을|이|가)?\s*+(?:초과|넘|보다 (?:많|크|큰|높))"), ">"),
    (re.compile(rf"^{_COUNTER}\s*(?:이하|or less|or below|or smaller)"), "<="),
    (re.compile(rf"^{_COUNTER}\s*(?:미만|보다 (?:적|작|낮))"), "<"),
)
# a bare number beside a key holding numbers: "6 replicas", "port 8443", "레플리카 3개"
NUMBER_BEFORE_KEY = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:개의?\s*)?$")
# "브로커 3대중에": how many of them there are (among the three), not a value of `brokers`
NUMBER_AFTER_KEY = re.compile(
    r"^\s*+(?:[:=]|is|of|이|가|는|은)?\s*+(\d+(?:\.\d+)?)(?![\d.a-z_])(?!\s*+(?:대|개|곳|기|명)?\s*+중)"
)
CORE_KEY_PARTS = ("core", "cores", "cpu", "cpus", "vcpu", "vcpus")
MAX_SUGGESTIONS = 3
MIN_SIMILARITY = 0.6


@dataclass
class QuantityKey:
    """An attribute key holding quantities: the CI types it occurs on, its values (in GB when sized)."""

    sized: bool
    types: set[str] = field(default_factory=set)
    values: set[float] = field(default_factory=set)


@dataclass
class ValueVocabulary:
    """The estate's attribute values, as the planner matches them."""

    terms: list[tuple[str, str]] = field(default_factory=list)  # (surface term, value), longest first
    keys: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # value → key → CI types
    quantities: dict[str, QuantityKey] = field(default_factory=dict)
    whole: set[tuple[str, str]] = field(default_factory=set)  # (value, key): the key's whole value

    def similar(self, word: str) -> list[tuple[float, str]]:
        """(score, value) of the values spelled most like `word` or holding it as a part ("linux" →
        "amazon-linux"), best first."""
        scored = [
            (max(SequenceMatcher(None, word, value).ratio(), 0.8 if word in value.split("-") else 0), value)
            for value in self.keys
        ]
        best = sorted((-s, v) for s, v in scored if s >= MIN_SIMILARITY)[:MAX_SUGGESTIONS]
        return [(-s, v) for s, v in best]


def _surface_terms(value: str, descriptive: bool) -> set[str]:
    """How a value may be written: as stored, separators as spaces, with an alias of its first word, in
    Korean ("체크인" for "check-in"), and in the plural when it says what a CI does (`descriptive`)."""
    spaced = re.sub("[-_]", " ", value)
    terms = {value, spaced, *korean_surfaces(value)}
    if descriptive and re.search(r"[a-z]{3}(?<!s)$", spaced):  # "kiosks", "payment gateways"
        terms.add(f"{spaced}s")
    for family, aliases in PRODUCT_ALIASES.items():
        spellings = (family, *aliases)  # a value stored as an alias ("mssql") is said as the others too
        stored = next(
            (s for s in map(normalised, spellings) if value == s or value.startswith(f"{s}-")), None
        )
        if stored is not None:
            rest = spaced[len(stored) :].strip()
            terms |= {f"{a} {rest}".strip() for a in spellings} | {f"{a}{rest}" for a in spellings if rest}
    return terms


def build_vocabulary(session: Session) -> ValueVocabulary:
    """Read the attribute values and quantity keys of every CI."""
    vocab = ValueVocabulary()
    keys: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    rows = session.execute(
        text(
            "SELECT c.type, e.key, lower(e.value #>> '{}'), jsonb_typeof(e.value) "
            "FROM cis c, jsonb_each(c.attributes) e WHERE jsonb_typeof(e.value) IN ('string', 'number')"
        )
    )
    for ci_type, key, value, kind in rows:
        if kind == "number":
            entry = vocab.quantities.setdefault(key, QuantityKey(sized=bool(key_unit(key))))
            entry.types.add(ci_type)
            entry.values.add(float(value) * SIZE_UNITS.get(key_unit(key), 1.0))
        elif (m := STRING_QUANTITY.match(value)) and m.group(2) in SIZE_UNITS:
            entry = vocab.quantities.setdefault(key, QuantityKey(sized=True))
            entry.types.add(ci_type)
            entry.values.add(float(m.group(1)) * SIZE_UNITS[m.group(2)])
        elif VALUE_TEXT.fullmatch(value):
            value = normalised(value)
            keys[value][key].add(ci_type)
            vocab.whole.add((value, key))
            if (family := FAMILY.match(value)) and len(family.group(1)) >= 2:
                keys[normalised(family.group(1))][key].add(ci_type)
    vocab.keys = {value: dict(by_key) for value, by_key in keys.items()}
    vocab.terms = value_terms(vocab.keys)
    return vocab


def value_terms(keys: dict[str, dict[str, set[str]]]) -> list[tuple[str, str]]:
    """(surface term, value) for the values of `keys` (value → key → CI types), longest term first."""
    pairs = {
        (term, value)
        for value, on in keys.items()
        for term in _surface_terms(value, bool(on.keys() & DESCRIPTIVE_KEYS))
        if term not in PRONOUNS
    }
    pairs |= set(head_terms(keys))
    return sorted(pairs, key=lambda t: (-len(t[0]), t))


def needs_cue(value: str) -> bool:
    """Whether `value` is a filter only beside one of its keys (short or everyday words)."""
    return len(value) < 3 or value in COMMON_WORDS


def cued_values(
    question: str, mentions: list[Mention], vocab: ValueVocabulary
) -> tuple[list[Mention], list[str]]:
    """`mentions` of the lower-cased `question` without the everyday-word values that stand neither
    beside one of their keys ("written in go") nor in a value's slot ("go로 된", "go services", "are
    primary?"), and those of them that
    are no short word: "how high did memory go" names no language, "which databases are primary" names
    a value the planner cannot place."""
    keys = {m.value for m in mentions if m.kind == "attribute"}
    cues = (*VALUE_SLOTS, BEFORE_TYPE_NOUN, AFTER_COPULA)
    slots = {m.span(1) for slot in cues for m in slot.finditer(question)}
    kept, loose = [], []
    for m in mentions:
        cued = keys & set(vocab.keys.get(m.value, ())) or (m.start, m.end) in slots
        if m.kind != "value" or not needs_cue(m.value) or cued:
            kept.append(m)
        elif len(m.value) >= 3:
            loose.append(m.value)
    return kept, loose


@dataclass
class QuantityMention:
    """A number with a size or core unit in the question ("128 GB", "32코어")."""

    quantity: Quantity
    cores: bool
    start: int
    end: int
    key: str | None = None  # the key named beside a bare number


def _comparison(question: str, start: int, end: int) -> str:
    before, after = question[max(0, start - 20) : start], question[end : end + 12]
    for patterns, around in ((CMP_BEFORE, before), (CMP_AFTER, after)):
        for pattern, cmp in patterns:
            if pattern.search(around):
                return cmp
    return "="


def find_quantities(
    question: str, taken: list[tuple[int, int]], keys: list[tuple[str, int, int]], vocab: ValueVocabulary
) -> list[QuantityMention]:
    """Sizes and core counts of the lower-cased `question` outside the `taken` spans, and bare numbers
    beside the named `keys` (key, start, end) that hold numbers; each with the comparison around it."""
    found = []
    for m in QUANTITY_IN_TEXT.finditer(question):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        unit = (m.group(2) or KO_UNITS.get(m.group(3) or "", "")).lower()
        quantity = Quantity(float(m.group(1)), unit, _comparison(question, *m.span()))
        found.append(QuantityMention(quantity, bool(m.group(4)), *m.span()))
    for key, start, end in keys:
        if key not in vocab.quantities:
            continue
        for number in (NUMBER_BEFORE_KEY.search(question[:start]), NUMBER_AFTER_KEY.match(question[end:])):
            if number is None:
                continue
            a, b = number.span(1)
            a, b = (a, b) if number.re is NUMBER_BEFORE_KEY else (end + a, end + b)
            if not any(q.start <= a < q.end for q in found):
                quantity = Quantity(float(number.group(1)), "", _comparison(question, a, b))
                found.append(QuantityMention(quantity, False, a, b, key))
    return found


@dataclass
class AttributeReading:
    """The attribute filter a question asks for, or why it cannot be applied."""

    filters: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None  # ambiguous_value | unknown_value | unknown_ci (a name rather than a value)
    word: str = ""
    suggestions: list[str] = field(default_factory=list)  # keys (ambiguous) or values (unknown)


def _scoped(keys: dict[str, set[str]], types: list[str]) -> list[str]:
    """The keys occurring on CIs of `types` (every key when no type is named): none when the value is
    not one of those CIs' ("services use redis" asks about the caches they use, left unplaced)."""
    return sorted(key for key, on in keys.items() if not types or on & set(types))


def _narrowed(candidates: list[str], named_keys: list[str], families: set[str]) -> list[str]:
    """The candidates the question's key words name ("memory" → `memory_gb`), else all of them."""
    for wanted in (set(named_keys), families):
        chosen = [k for k in candidates if k in wanted or wanted & set(k.lower().split("_"))]
        if chosen:
            return chosen
    return candidates


def read_values(
    values: list[str],
    quantities: list[QuantityMention],
    vocab: ValueVocabulary,
    types: list[str],
    named_keys: list[str],
    families: set[str],
) -> AttributeReading:
    """The filter for the recognised `values` and `quantities`, in the scope of the question's `types`,
    its attribute key words (`named_keys`) and metric families ("memory")."""
    reading = AttributeReading()
    for value in values:
        keys = _narrowed(_scoped(vocab.keys[value], types), named_keys, families)
        if not keys:
            continue
        if len(keys) > 1 and len(whole := [k for k in keys if (value, k) in vocab.whole]) == 1:
            keys = whole  # "redis": the `engine` some CIs hold, not the family of `version: Redis 7.2.5`
        if (
            len(keys) > 1
            and not types
            and len(values) == 1  # said alone: "레디스 목록", not "IBM i LPAR"
            and not quantities
            and len(own := [k for k in keys if vocab.keys[value][k] - {"host"}]) == 1
        ):
            keys = own  # "레디스 목록": the redis the `engine` says, not hosts whose `role` runs one
        if len(keys) > 1:
            return AttributeReading(problem="ambiguous_value", word=value, suggestions=keys)
        held = reading.filters.get(keys[0])
        # "알티베이스나 큐브리드": a CI holds one value of a key, so two said ask for either; not kinds of the
        # CMDB's own types ("네트워크 장비 (방화벽 스위치 회선 다)" lists what the type holds, some unrecorded)
        if isinstance(held, str) and held != value and keys[0] != TYPE_LABEL_KEY:
            reading.filters[keys[0]] = [held, value]
        elif isinstance(held, list):
            reading.filters[keys[0]] = [*held, value] if value not in held else held
        else:
            reading.filters[keys[0]] = value
    for mention in quantities:
        q = mention.quantity
        if mention.key:
            reading.filters[mention.key] = int(q.number) if q.number.is_integer() and q.cmp == "=" else str(q)
            continue
        candidates = {
            key: entry
            for key, entry in vocab.quantities.items()
            if (mention.cores and any(part in CORE_KEY_PARTS for part in key.lower().split("_")))
            or (not mention.cores and entry.sized and q.unit)
        }
        keys = _narrowed(_scoped({k: e.types for k, e in candidates.items()}, types), named_keys, families)
        asked = q.number * SIZE_UNITS.get(q.unit, 1.0)
        holding = [k for k in keys if any(abs(v - asked) < 0.001 for v in candidates[k].values)]
        keys = holding if len(keys) > 1 and holding and q.cmp == "=" else keys
        if len(keys) > 1:
            return AttributeReading(problem="ambiguous_value", word=str(q), suggestions=keys)
        if keys:
            same_unit = (key_unit(keys[0]) == q.unit or mention.cores) and q.cmp == "="
            reading.filters[keys[0]] = int(q.number) if same_unit and q.number.is_integer() else str(q)
    return reading


# the slot of a value: "running X", "written in X", "X로 된", "X 쓰는"
VALUE_SLOTS = (
    re.compile(
        r"\b(?:running|runs|run|using|uses|use|written in|built (?:on|with)|based on|powered by)\s+"
        r"([a-z][a-z0-9.+#-]*)",
        re.I,
    ),
    # each starts only where a word starts: a lazy scan from every position would be quadratic
    re.compile(
        r"(?<![a-z0-9가-힣.+#-])([a-z가-힣][a-z0-9가-힣.+#-]*?)(?:으로|로)\s?(?:된|만든|만들어진|작성된|개발된|짜여진|짠|짜인|짜여있는)"
    ),
    re.compile(
        r"(?<![a-z0-9가-힣.+#-])([a-z가-힣][a-z0-9가-힣.+#-]*?)(?:을|를)?\s(?:쓰는|사용하는|사용 중인|돌리는|기반의?)"
    ),
)
# a value standing before a type noun ("go services", "java 서비스") is a filter even when it is an everyday word
BEFORE_TYPE_NOUN = re.compile(
    r"(?<![\w.-])([a-z][a-z0-9.+#-]*)\s?(?=(?:services?|hosts?|servers?|databases?|apps?|applications?"
    r"|caches?|queues?|storages?|load ?balancers?|lbs?"
    r"|서비스|서버|호스트|데이터베이스|애플리케이션|캐시|큐|스토리지|로드 ?밸런서)(?![a-z]))"
)
AFTER_COPULA = re.compile(r"\b(?:are|is)\s+([a-z][a-z0-9.+#-]*)(?=\s*\??\s*$)")  # "which dbs are primary?"
SLOT_STOPWORDS = frozenset(
    {
        *("on", "in", "at", "the", "a", "an", "for", "with", "of", "and", "or", "out", "into", "as", "it"),
        *("our", "my", "your", "their", "its", "these", "those", "them", "they", "every", "each", "some"),
        *("are", "is", "was", "were", "be", "been", "do", "does", "did", "have", "has", "had"),
        *("only", "just"),
        *("what", "which", "any", "all", "more", "less", "over", "under", "low", "high", "hot", "slow"),
        *("slowly", "fast", "well", "fine", "ok", "okay", "normally", "smoothly", "properly", "now", "again"),
        *("어떤", "무슨", "어느", "그", "이", "저", "뭐", "뭘", "무엇", "누가", "누구", "몇", "많이", "같이"),
        *("함께", "주", "새", "제일", "가장", "자주", "주로", "잘", "계속", "아직", "지금", "현재"),
    }
)


def rejection(reading: AttributeReading, types: list[str], lang: str) -> tuple[str, list[str]]:
    """The detail and suggestions of the refusal of `reading`: an ambiguous value names its keys
    ("word|key, key") and suggests the question with each key; an unknown one suggests similar values."""
    if reading.problem != "ambiguous_value":
        return reading.word, reading.suggestions
    what_en = f"{types[0]}s" if types else "CIs"
    what_ko = TYPE_WORDS[types[0]][0] if types else "CI"
    options = [
        f"{key} 값이 {reading.word}인 {what_ko} 목록"
        if lang == "ko"
        else f"Which {what_en} have {key} {reading.word}?"
        for key in reading.suggestions
    ]
    return f"{reading.word}|{', '.join(reading.suggestions)}", options[:MAX_SUGGESTIONS]


def slot_verbs(question: str, values: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the verbs introducing the values at `values` ("running" in "running windows-10-iot"
    is no status)."""
    return [(m.start(), m.start(1)) for m in VALUE_SLOTS[0].finditer(question) if m.span(1) in values]


def unknown_value(
    question: str, taken: list[tuple[int, int]], vocab: ValueVocabulary, is_word: Any
) -> AttributeReading | None:
    """A word standing in a value's slot of the lower-cased `question` ("running X", "X로 된", "nginx
    로드밸런서") that is no value of the estate, with the values it resembles; `is_word` tells the
    planner's own words."""
    for slot in (*VALUE_SLOTS, BEFORE_TYPE_NOUN):
        for m in slot.finditer(question):
            word = m.group(1).strip(".-")
            if (
                not word
                or any(a < m.end(1) and m.start(1) < b for a, b in taken)
                or word in SLOT_STOPWORDS
                or word[0].isdigit()
                or is_word(word)
            ):
                continue
            return AttributeReading(
                problem="unknown_value", word=word, suggestions=[v for _, v in vocab.similar(word)]
            )
    return None

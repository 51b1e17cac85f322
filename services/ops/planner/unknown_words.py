"""Content words of a question that nothing the planner knows recognises ("orders-db 온도 몇 도야?", "the
blast door status of web-lb"), for the honesty invariant (services/ops/honesty.py): a generic lookup of a
CI's record or a CI list, a figure beside a word glued to its metric ("디스크 교체 주기") or a relation whose
far end is an unread word ("what hardware is behind X") must not stand in for the question asked.

The vocabulary is the planner's own — every word table of its modules, its lexicon and time patterns and
the estate's event types — plus a short list of filler ("tell me", "please", "알려줘"). Korean counts
only its nouns (kiwipiepy), so particles, endings and verbs never do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from services.documents.tokenize import analyzer
from services.ops.planner import (
    attribute_values,
    direct_words,
    entities,
    entity_words,
    index_terms,
    key_words,
    lexicon,
    lexicon_oncall,
    moments,
    names,
    places,
    relation_words,
    relations,
    time_words,
    timeparse,
    type_words,
    unplaceable,
    value_words,
    window_words,
)

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

# words read only as attribute terms or spellings of the estate's own keys (own_keys.py), or as parts of the
# estate's CI names (names.py: "k8s" for "kubernetes"), never as the planner's own: unread, they are unread
KEY_WORD_TABLES = (
    "KEY_PART_WORDS_KO_OWN",
    "KEY_PART_SPELLINGS",
    "NAME_SYNONYMS",
    "CANONICAL",
    "GENERIC_PARTS",
)
TABLE_MODULES: tuple[ModuleType, ...] = (
    lexicon,
    type_words,
    lexicon_oncall,
    entities,
    index_terms,  # the index's word builders' tables (CI nouns such as "units")
    entity_words,
    key_words,
    names,
    relation_words,
    relations,
    unplaceable,
    attribute_values,
    value_words,
    places,
    time_words,
    timeparse,
    moments,
)
PATTERN_MODULES: tuple[ModuleType, ...] = (
    lexicon,
    direct_words,
    lexicon_oncall,
    window_words,
    time_words,
    timeparse,
    moments,
)
# words that ask for an answer without saying what of, and function words the tables leave out
# a word right before a recognised name in parentheses only labels it: "정부클라우드(gcloud-daegu)"
LABELS_A_NAME = re.compile(r"\s*+\(\s*+\)")
FILLER_EN = frozenset(
    {
        *("you", "are", "was", "can", "please", "pls", "get", "know", "want", "let", "see", "check"),
        *("hi", "hello", "hey", "yo"),  # a greeting before the question
        *("look", "like", "who", "how", "whats", "thanks", "quick", "doing", "going", "anything"),
        *("something", "everything", "thing", "things", "stuff", "did", "has", "had", "having", "may"),
        *("might", "must", "shall", "not", "went", "gone", "goes", "like", "inventory", "cmdb", "file"),
        *("reading", "readings", "configured", "configuration", "setting", "set", "hit", "reached"),
        *("registered", "recorded", "listed", "enrolled", "device", "devices", "makes", "made", "measured"),
        *("rank", "ranked", "ranking", "sort", "sorted", "cluster", "clusters", "machines", "equipment"),
        *("self", "sit", "sits", "sitting", "located", "marked", "flagged", "tagged"),
        *("belong", "belongs", "belonging"),  # "services that belong to 결제팀": the owner filter says it
        "systems",  # "which storage systems do we have?": the type's things
        *("date", "dates"),  # "certificate expiry date": the key's value is the date
        *("burning", "eating", "hogging", "chewing"),  # "which host is burning the most CPU": using it
        # "number of sensors X ingests": what X does with the thing its key counts
        *(
            "ingest",
            "ingests",
            "collect",
            "collects",
            "handle",
            "handles",
            "handling",  # "which service is handling the most requests": the metric says what
            "hold",
            "holds",
            "track",
            "tracks",
        ),
    }
)
FILLER_KO = frozenset(
    {
        *("내용", "얘기", "이야기", "설명", "부탁", "확인", "정리", "질문", "대답", "답변", "상황", "정도"),
        *("어젯", "어젯밤", "간밤", "지난밤", "분석"),  # "어젯밤 11시쯤": the clock time reads the night
        *("사이", "사이에", "찍은", "찍었", "설정", "설정돼", "설정된", "잡혀", "들어가"),
        *("자세", "간단", "하나", "여기", "거기", "저기", "제발", "혹시", "동안", "기준", "하루", "번호"),
        *("현황", "얼마", "등록", "등록돼", "등록된", "정각", "장비", "기기", "클러스터", "포함"),
        *("그중", "그중에", "그중에서"),  # "(그중에 큐만)": a narrowed follow-up's own words
        "계열",  # "스테이징 계열": of that kind
        *("호기당", "대당", "기당"),  # "호기당 정격": per unit, as a record's figures are
    }
)
KO_NOUN_TAGS = frozenset({"NNG", "NNP"})
VERB_SUFFIX_TAGS = frozenset({"XSV", "XSA"})  # 관리+하, 안전+하
NOT_NOUN_TAGS = ("J", "E", "V", "XS", "S")  # particles, endings, verbs, suffixes, symbols
ENGLISH_WORD = re.compile(
    r"[a-z][a-z']+(?:\d++[a-z]*+)?(?![a-z0-9])|[a-z]\d[a-z]{1,2}(?![a-z0-9])|[a-z][a-z']+"
)  # "mx750c": a model is a word too; "k8s" a numeronym ("r660" is a model's number, read as a value)
HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
GLUED_LEAD = "상태"  # a noun put before a run glued to a word, so Kiwi reads the run as that word's tail
OPEN_GAP = re.compile(r"\.[*+]")  # a pattern spanning any words ("what .* is") would cover them all


def _strings(value: Any) -> Iterable[str]:
    """Every string of a word table (tuples, sets and dicts of them, keys included)."""
    if isinstance(value, str):
        yield value.lower()
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, tuple | list | set | frozenset):
        for item in value:
            yield from _strings(item)


def _patterns(value: Any) -> Iterable[re.Pattern[str]]:
    """The patterns of a module value: itself, or those inside a table ((pattern, metric) pairs)."""
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _patterns(item)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _known_words(words: Iterable[str]) -> re.Pattern[str]:
    """English words and phrases as whole words, Korean ones (two syllables or more) as substrings."""
    words = {w for w in words if w.strip()}
    english = _alternation(w for w in words if not HANGUL.search(w))
    korean = _alternation(w for w in words if HANGUL.search(w) and len(w) >= 2)
    parts = [
        *([rf"(?<![a-z0-9_])(?:{english})(?![a-z0-9_])"] if english else []),
        *([korean] if korean else []),
    ]
    return re.compile("|".join(parts) or "(?!)", re.I)


def says_optional_type(p: Parsed) -> bool:
    """Whether the question says a kind of CI only some estates have ("배치잡"), taken as that type or not."""
    return any(lexicon.word_pattern(w).search(p.structure) for w in type_words.OPTIONAL_TYPE_WORDS)


@lru_cache(maxsize=1)
def table_words() -> frozenset[str]:
    """Every word and phrase of the planner's word tables, lower-cased; the words of rarer attribute keys
    only where the estate has the key (its index's attribute terms): "인증서 만료일" is unread in an estate
    that records no certificates."""
    return (
        frozenset(
            word
            for module in TABLE_MODULES
            for name, value in vars(module).items()
            if not name.startswith("__") and not isinstance(value, str) and name not in KEY_WORD_TABLES
            for word in _strings(value)
        )
        - type_words.OPTIONAL_TYPE_WORDS  # a type only some estates have ("배치잡"): read where typed so
    )


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[re.Pattern[str], ...]:
    tables = table_words()
    patterns = dict.fromkeys(  # once each: a module's patterns are also in the modules importing them
        v
        for m in PATTERN_MODULES
        for value in vars(m).values()
        for v in _patterns(value)
        if not OPEN_GAP.search(v.pattern)
    )
    return (*patterns, _known_words(tables | relations.vocabulary() | FILLER_EN | FILLER_KO))


def _stems(word: str) -> set[str]:
    """`word` without a plural or verb ending: averaged → average, peaking → peak, spikes → spike."""
    stems = {word.removesuffix("s")}
    for ending in ("d", "ed", "ing"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            stems |= {stem, f"{stem}e"}
    return stems


def _english_words(text: str) -> list[tuple[int, int, str]]:
    found = []
    for m in ENGLISH_WORD.finditer(text):
        word = m.group().removesuffix("'s").strip("'")
        letters = re.sub(r"[^a-z'].*", "", word)  # "top10": the word top
        if (
            len(word) < 3
            or word.endswith("ly")
            or any(map(names.is_vocabulary, {*_stems(word), *_stems(letters)}))
        ):
            continue  # adverbs ("quickly"), plurals and verb forms of known words ("averaged", "peaking")
        found.append((m.start(), m.start() + len(word), word))
    return found


@lru_cache(maxsize=4096)
def _korean_nouns(run: str, glued: bool = False) -> tuple[tuple[int, int, str], ...]:
    """The nouns of a Hangul word run, each through the pieces glued to it up to a particle or ending
    (Kiwi splits a word it does not know: 샤딩 → 샤 + 딩); a noun made a verb by 하/되 ("관리해") is the
    question's phrasing, not a thing it asks about. A run `glued` to a word before it is read as that
    word's tail ("상태인거": 인거 is the copula and 거, not a noun)."""
    lead = GLUED_LEAD if glued else ""
    spans: list[tuple[int, int]] = []
    growing = False
    for token in analyzer().tokenize(lead + run):
        end = token.start + token.len
        glued = growing and spans[-1][1] == token.start
        if glued and token.tag in VERB_SUFFIX_TAGS:
            spans.pop()
            growing = False
        elif glued and not token.tag.startswith(NOT_NOUN_TAGS):
            spans[-1] = (spans[-1][0], end)
        elif token.tag in KO_NOUN_TAGS:
            spans.append((token.start, end))
            growing = True
        else:
            growing = False  # a particle or ending closes the noun
    shifted = [(max(a, len(lead)) - len(lead), b - len(lead)) for a, b in spans if b > len(lead)]
    nouns = [(a, b, run[a:b]) for a, b in shifted]
    return tuple(n for n in nouns if len(n[2]) >= 2 and n[2] not in FILLER_KO)


@lru_cache(maxsize=8)
def _event_words(terms: tuple[str, ...]) -> re.Pattern[str]:
    return _known_words(terms)


@lru_cache(maxsize=1)
def _field_words() -> re.Pattern[str]:
    return _known_words(_strings(entity_words.FIELD_WORDS))


@lru_cache(maxsize=256)
def _known_blanked(text: str, event_terms: tuple[str, ...]) -> str:
    """`text` with every word a table, pattern or event type covers blanked (the planner asks this of
    the same text many times)."""
    # every pattern reads the same text: one that claims a phrase first must not hide a longer one
    chars = list(text)
    for pattern in (*_vocabulary(), _event_words(event_terms)):
        for m in pattern.finditer(text):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def content_words(p: Parsed, index: EntityIndex) -> list[tuple[int, int, str]]:
    """(start, end, word) of every content word of `p` that no name, table, pattern or filler covers."""
    text = p.residual
    if p.window_span:
        a, b = p.window_span
        text = text[:a] + " " * (b - a) + text[b:]
    # an event type names what went wrong, except in a why ("why were logins slow": what they are of)
    event_terms = () if p.has(lexicon_oncall.WHY) else tuple(term for term, _ in index.event_type_terms)
    for word in (w for t in type_words.OPTIONAL_TYPES if t in p.types for w in lexicon.TYPE_WORDS[t]):
        text = lexicon.word_pattern(word).sub(lambda m: " " * len(m.group()), text)  # "배치잡": the type
    text = _known_blanked(text, event_terms)
    words = _english_words(text)
    for run in HANGUL_RUN.finditer(text):
        before = p.question[run.start() - 1 : run.start()] if run.start() else ""
        glued = bool(before) and not before.isspace()  # "상태인거": the run ends a word
        nouns = _korean_nouns(run.group(), glued)
        counted = run.start() > 0 and text[run.start() - 1].isdigit()  # "2개인", "90도": a number's unit
        words += [(run.start() + a, run.start() + b, w) for a, b, w in nouns if not (counted and a == 0)]
    labelled = [w for w in words if _labels_what_was_read(text, p, w[1])]  # "정부클라우드(gcloud-daegu)"
    return sorted(w for w in words if not names.is_vocabulary(w[2]) and w not in labelled)


def _labels_what_was_read(text: str, p: Parsed, end: int) -> bool:
    """Whether a word ending at `end` stands before what was read in parentheses: a name (blank in the
    residual, not "(max)"), a filter's value ("작업중(maintenance)") or the window ("(18시 이후)")."""
    m = LABELS_A_NAME.match(text, end)
    if m is None:
        return False
    start = text.index("(", m.start()) + 1
    said = p.question[start : m.end() - 1].strip().lower()
    filtered = said in {str(v).lower() for v in p.filters.values() if isinstance(v, str)}
    timed = p.window_span is not None and p.window_span[0] < m.end() - 1 and start < p.window_span[1]
    return not p.residual[start : m.end() - 1].strip() or filtered or timed


def unread_words(p: Parsed, index: EntityIndex) -> list[str]:
    """The content words of `p` nothing recognises."""
    return [word for _, _, word in content_words(p, index)]


HOW_MANY_BEFORE = re.compile(r"\bhow many\s++$", re.I)
COUNTED_AFTER = re.compile(r"\s*+(?:이|가|은|는)?\s*+몇\s*+(?:명|개|대|건|마리)")


def unread_counted(p: Parsed, index: EntityIndex) -> list[str]:
    """An unread word a count is asked of ("how many players …", "유저 몇 명"): a record's field does not
    answer it."""
    return [
        word
        for start, end, word in content_words(p, index)
        if HOW_MANY_BEFORE.search(p.residual[:start]) or COUNTED_AFTER.match(p.residual, end)
    ]


def _joined(text: str) -> bool:
    return text.strip() in ("", "의", "of")


def unread_beside(p: Parsed, index: EntityIndex, heads: list[tuple[int, int]]) -> list[str]:
    """The unread words running straight into or out of a recognised head word ("blast door status",
    "전원 상태", "rack slot", "디스크 교체 주기"): they name something else than the head. The other words of
    a question answered by the head are its phrasing ("which port does X listen on")."""
    words = content_words(p, index)
    starts, ends = {a for a, _ in heads}, {b for _, b in heads}
    kept: set[tuple[int, int, str]] = set()
    for start, end, word in reversed(words):  # chains before a head
        if any(_joined(p.residual[end:head]) for head in starts if head >= end):
            starts.add(start)
            kept.add((start, end, word))
    for start, end, word in words:  # chains after a head ("does" is not glued: "port does X")
        if any(tail <= start and p.residual[tail:start].strip() == "" for tail in ends):
            ends.add(end)
            kept.add((start, end, word))
    return [word for _, _, word in sorted(kept)]


def field_heads(p: Parsed) -> list[tuple[int, int]]:
    """Spans of the field and attribute words of `p`."""
    spans = [(m.start, m.end) for m in p.mentions if m.kind == "attribute"]
    return spans + [m.span() for m in _field_words().finditer(p.residual)]


def metric_heads(p: Parsed) -> list[tuple[int, int]]:
    """Spans of the metric words of `p` (a superlative's implied measure has none)."""
    return [(m.start, m.end) for m in p.mentions if m.kind == "metric" and m.end > m.start]


KO_SLOT_END = re.compile(
    r"^\s*(?:들)?(?:은|는|이|가|을|를)?\s*(?:뭐야|뭐지|뭐있어|뭐 있어|있어|알려줘|보여줘)?\s*[?？.!]*\s*$"
)
KO_COUNTED_SLOT = re.compile(
    r"(?<!\s)\s*+(?:들)?(?:은|는|이|가|을|를)?\s*+몇\s*+(?:개|대|곳|군데)"
)  # "X에 계량기 몇개"
EN_SLOT = re.compile(  # "what hardware is", "which boxes does", "the hardware behind"
    r"(?:\b(?:what|which)\s+(?P<wh>[a-z']+)(?:\s+[a-z']+)?\s+(?:is|are|was|were|do|does|did|will|would|can|could"
    r"|connect|connects|talk|talks|send|sends|call|calls|use|uses|depend|depends|feed|feeds|rely|relies"
    r"|hang|hangs|sit|sits|attach|attaches|plug|plugs|hook|hooks)\b"
    r"|\b(?:the|any)\s+(?P<det>[a-z']+)\s+(?:behind|under|underneath|beneath|below|beside)\b)",
    re.I,
)


def unread_in_type_slot(p: Parsed, index: EntityIndex) -> list[str]:
    """Unread words standing where a relation question names the kind of CI it wants at the far end
    ("what hardware is behind X", "X 뒤에 있는 하드웨어는?"): answering every neighbour would answer
    another question."""
    english = {m.start("wh") if m.group("wh") else m.start("det") for m in EN_SLOT.finditer(p.residual)}
    return [
        word
        for start, end, word in content_words(p, index)
        if start in english
        or (
            HANGUL.search(word)
            and (KO_SLOT_END.match(p.residual[end:]) or KO_COUNTED_SLOT.match(p.residual, end))
        )
    ]

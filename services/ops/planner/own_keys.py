"""A named CI's own attribute keys read from the words that spell their parts ("db2_loy max connection",
"NAVDATA airac 사이클", "npdb p 아카이브 경로", "opcua_brk_2 세션 최대", "certificate … expire"): each estate
names its keys its own way, so a key is read from the question's otherwise unread words when they spell
parts of a key that CI has — in English (singular or plural, a common short form) or in Korean.

Only the one named CI's keys are candidates, and only words nothing else read, so a reading never
displaces a name, metric or filter; the lookup answers with the key's name beside its value.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from services.ops.planner.described import holds_word
from services.ops.planner.entities import Mention
from services.ops.planner.index_terms import name_words
from services.ops.planner.key_spellings import (
    KEY_PART_SPELLINGS,
    KEY_QUALIFIERS,
    KEY_UNITS,
    MODIFIERS,
    VALUE_NOUNS,
)
from services.ops.planner.key_words import KEY_PART_WORDS_KO, KEY_PART_WORDS_KO_OWN
from services.ops.planner.loanwords import sounds_like
from services.ops.planner.unknown_words import content_words

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

MAX_KEYS = 3  # more keys tied than this: the words say too little about which is meant
# a question longer than this is no lookup of a key: its words are not read again (Korean word analysis
# of a pasted page would cost seconds)
MAX_READ = 300
HANGUL_WORD = re.compile(r"[가-힣]+")
KEY_PARTS = re.compile(r"[_\s.-]+|(?<=[a-z])(?=[A-Z])")  # snake, kebab and camelCase


def key_parts(key: str) -> list[str]:
    return [part.lower() for part in KEY_PARTS.split(key) if part]


def _english_forms(word: str) -> set[str]:
    forms = {word}
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        forms.add(word[:-2])
    if word.endswith("s") and len(word) > 3:
        forms.add(word[:-1])
    if word.endswith("ing") and len(word) > 6:  # `misting_interval`: "미스트 주기"
        forms.add(word[:-3])
    return forms | {f"{form}s" for form in set(forms)}


def _spellings(part: str) -> set[str]:
    """A key part's spellings, its singular's or plural's too (`waves`: "웨이브", listed for "wave")."""
    spellings = {part}
    for form in _english_forms(part):
        spellings.update(KEY_PART_SPELLINGS.get(form, ()))
        for table in (KEY_PART_WORDS_KO, KEY_PART_WORDS_KO_OWN):
            if form in table:
                spellings.add(table[form].lower())
    return spellings


def spells(word: str, part: str) -> bool:
    """Whether a question word spells a key part: the part itself, its plural or singular, one of its
    listed spellings, or the part written in Hangul as it sounds ("툴" for `tools`)."""
    word = word.lower()
    spellings = _spellings(part)
    if word.isascii():
        return bool(_english_forms(word) & {s for s in spellings if s.isascii()})
    # "갱신주기"; a compound ends in what it is a kind of ("공동인증서" is a 인증서)
    glued = any(
        not s.isascii() and ((len(s) >= 2 and word.startswith(s)) or (len(s) >= 3 and word.endswith(s)))
        for s in spellings
    )
    return word in spellings or glued or _heard(word, part)


def _by_head_only(word: str, part: str) -> bool:
    """Whether a Hangul compound spells `part` only by its last noun ("무인크레인" for `cranes`)."""
    spellings = [s for s in _spellings(part) if not s.isascii()]
    return (
        not word.isascii()
        and word not in spellings
        and not any(len(s) >= 2 and word.startswith(s) for s in spellings)
        and any(len(s) >= 3 and word.endswith(s) for s in spellings)
    )


def _modified_elsewhere(
    key: str, keys: tuple[str, ...], words: list[tuple[int, int, str]], spans: list[tuple[int, int]]
) -> bool:
    """Whether `key` was read from a compound's last noun while the CI also holds the key with a modifier
    (`cranes` and `auto_cranes`): the compound's first part ("무인") may be that modifier, so neither is sure."""
    parts = set(key_parts(key))
    if not any(parts < set(key_parts(other)) for other in keys):
        return False
    return any(_by_head_only(word, part) for a, b, word in words if (a, b) in spans for part in parts)


def _heard(hangul: str, part: str) -> bool:
    """Whether a Hangul word is a key part written as it sounds ("툴" for `tools`); never a two-letter part,
    whose plural sounds like too many words ("배치" is no `ips`)."""
    return len(part) > 2 and any(sounds_like(hangul, form) for form in _english_forms(part))


@lru_cache(maxsize=8192)
def _form_pattern(form: str) -> re.Pattern[str]:
    """An English form as a whole word, a Korean one anywhere (particles attach)."""
    return re.compile(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])" if form.isascii() else re.escape(form))


def _said(part: str, text: str) -> tuple[int, int] | None:
    """Where `text` says a key part in one of its spellings (a planner word such as "최대" or "경로" too),
    or in Hangul as it sounds ("스펙")."""
    for spelling in sorted(_spellings(part), key=len, reverse=True):
        forms = _english_forms(spelling) if spelling.isascii() else {spelling}
        for form in forms:
            if m := _form_pattern(form).search(text):
                return m.span()
    heard = (m for m in HANGUL_WORD.finditer(text) if _heard(m.group(), part))
    return next((m.span() for m in heard), None)


def key_spans(key: str, words: list[tuple[int, int, str]], text: str) -> list[tuple[int, int]]:
    """The spans spelling `key` when an unread word spells a part of it and the question says every
    other part but its unit ("세션" alone is no `max_sessions`: "세션 수" asks a live count), else []."""
    parts = key_parts(key)
    spans = [(a, b) for a, b, word in words if any(spells(word, part) for part in parts)]
    if not spans:
        return []
    for part in [part for part in parts if part not in KEY_UNITS | KEY_QUALIFIERS] or parts:
        if any(spells(word, part) for a, b, word in words if (a, b) in spans):
            continue
        said = _said(part, text)
        if said is None:
            return []
        spans.append(said)
    return spans


# how often the CI does its work ("how often do probes report", "몇초마다 보내", "수집 주기")
INTERVAL_ASKED = re.compile(
    r"\bhow (?:often|frequently)\b|몇\s*+(?:초|분|시간)\s*+(?:마다|간격|주기)|얼마\s*+(?:마다|간격으로)", re.I
)
INTERVAL_PARTS = ("interval", "period", "frequency", "freq", "cycle")


def _interval_said(
    keys: tuple[str, ...], words: list[tuple[int, int, str]], text: str
) -> dict[str, list[tuple[int, int]]]:
    """The CI's one interval key, when the question asks how often, with the unread words, which say what
    is done that often ("요금 재계산 몇분마다": `reprice_interval_min`; "how often do probes report")."""
    if not (m := INTERVAL_ASKED.search(text)):
        return {}
    held = [key for key in keys if not {*key_parts(key)}.isdisjoint(INTERVAL_PARTS)]
    if len(held) != 1:
        return {}
    return {held[0]: [m.span(), *((a, b) for a, b, _ in words)]}  # the words say what is done that often


def _limit_said(keys: tuple[str, ...], text: str) -> dict[str, list[tuple[int, int]]]:
    """The keys of a limit or default whose every part the question says, in words another reading took
    too ("max queue depth configured": `max_depth`, though "queue depth" names an event type)."""
    found = {}
    for key in keys:
        parts = [part for part in key_parts(key) if part not in KEY_UNITS | KEY_QUALIFIERS]
        spans = [_said(part, text) for part in parts]
        if not MODIFIERS.isdisjoint(parts) and len(parts) > 1 and None not in spans:
            found[key] = [span for span in spans if span is not None]
    return found


# "몇시에 도는 배치야", "when does X kick off?": the time it is set to run, its schedule
SCHEDULE_ASKED = re.compile(
    r"몇\s*+시(?:에)?\s*+(?:도는|돌아|돌리는|돌지|돌아가는|시작하는|실행되는|떠|뜨는)|언제\s*+(?:도는|돌아|돌리|실행|시작)"
    r"|\b(?:when|what time) (?:does|do|is)\b[^?]{0,40}?\b(run|kicks? off|start|scheduled|fire)\b",
    re.I,
)  # in English the verb alone is the key's word: the CI's name may stand between
SCHEDULE_PARTS = ("schedule", "cron", "crontab")


def _schedule_said(keys: tuple[str, ...], text: str) -> dict[str, list[tuple[int, int]]]:
    """The schedule key, when the question asks when the CI is set to run."""
    if not (m := SCHEDULE_ASKED.search(text)):
        return {}
    held = [key for key in keys if not {*key_parts(key)}.isdisjoint(SCHEDULE_PARTS)]
    return {held[0]: [m.span(1) if m.group(1) else m.span()]} if len(held) == 1 else {}


def _partly_spelled(
    keys: tuple[str, ...], words: list[tuple[int, int, str]]
) -> dict[str, list[tuple[int, int]]]:
    """The one key an unread word spells a part of while its other parts go unsaid, none of them a
    modifier ("리더기" for `badge_readers`, never "세션" for `max_sessions`); {} when none or several."""
    found = {}
    for key in keys:
        parts = key_parts(key)
        if MODIFIERS.isdisjoint(parts) and (
            spans := [(a, b) for a, b, word in words if any(spells(word, part) for part in parts)]
        ):
            found[key] = spans
    return found if len(found) == 1 else {}


# how many of a thing the question asks ("계량기 몇대", "선사 몇개", "기사 몇명", "상담석 몇 석")
COUNT_OF = re.compile(
    r"([가-힣]{2,})\s*+몇\s*+(?:대|개(?!월)|명|곳|석|실|군데|기(?!가)|척|장)|([가-힣]{2,})\s*+수\s*+몇"
)
PLURAL_NOUN = re.compile(r"[a-z]{3,}s(?<!ss)")


def _business_counts(keys: tuple[str, ...], ci: str, index: EntityIndex) -> list[str]:
    """The CI's keys counting things of its business (`meters`, `courtrooms`, `shipping_lines`): a number
    whose last part is a plural noun, with no modifier or unit, and not a common technical count
    (`replicas`, `nodes`), which questions name by its own word."""
    counts = []
    for key in keys:
        parts = key_parts(key)
        if (
            key in index.values.quantities
            and key not in index.ci_values.get(ci, {})
            and PLURAL_NOUN.fullmatch(parts[-1])
            and parts[-1] not in KEY_PART_WORDS_KO
            and MODIFIERS.isdisjoint(parts)
            and KEY_UNITS.isdisjoint(parts)
        ):
            counts.append(key)
    return counts


def _counted_key(
    keys: tuple[str, ...], words: list[tuple[int, int, str]], text: str, ci: str, index: EntityIndex
) -> dict[str, list[tuple[int, int]]]:
    """The CI's one count of a business thing when the question asks how many of an unread noun
    ("ami-headend 계량기 몇대": `meters`); {} when the CI counts none or several such things."""
    counts = _business_counts(keys, ci, index)
    if len(counts) != 1:
        return {}
    unread = {(a, b) for a, b, _ in words}
    for m in COUNT_OF.finditer(text):
        group = 1 if m.group(1) else 2
        if any(a <= m.start(group) and m.end(group) <= b for a, b in unread):
            return {counts[0]: [m.span(group)]}
    return {}


def read_own_keys(parsed: Parsed, index: EntityIndex) -> None:
    """Add the named CI's keys that the question's unread words spell to `parsed` as attribute mentions
    (and blank those words). The words of an attribute term for a key that CI lacks are read again
    ("문자 발송 벤더": `sms_vendor`, not `vendor`); one beside a key read names its value ("펌웨어 버전")."""
    named = {m.value.lower() for m in parsed.mentions if m.kind == "ci"}
    keys = index.ci_keys.get(next(iter(named)), ()) if len(named) == 1 else ()
    if not keys or len(parsed.question) > MAX_READ:
        return
    attributes = [m for m in parsed.mentions if m.kind == "attribute"]
    foreign = [m for m in attributes if m.value not in keys]
    words = content_words(parsed, index)
    text = parsed.residual.lower()
    # a compound whole as well as the unread noun in it: "형태소분석기" spells `analyzers` (Kiwi: 형태소 + 분석기)
    nouns = {(a, b) for a, b, _ in words}
    words += [
        (m.start(), m.end(), m.group())
        for m in HANGUL_WORD.finditer(text)
        if m.span() not in nouns and any(m.start() <= a and b <= m.end() for a, b in nouns)
    ]
    # a key read already is read again with the words beside it ("maxmemory 정책": `maxmemory_policy`), a
    # planner's word too where the CI holds the key with a modifier ("그래프 버전": `graph_version`)
    compounded = any(set(key_parts(m.value)) < set(key_parts(key)) for m in attributes for key in keys)
    if words or compounded:
        words += [(m.start, m.end, parsed.question[m.start : m.end]) for m in attributes]
    metrics = [m for m in parsed.mentions if m.kind == "metric"]
    said_metrics = [(m.start, m.end, parsed.question[m.start : m.end]) for m in metrics] if words else []
    spelled = {
        key: _beside_metric_words(
            key_spans(key, [*words, *said_metrics], text), said_metrics, parsed.residual
        )
        for key in keys
    }
    if (interval := _interval_said(keys, words, text)) and not any(spelled.get(key) for key in interval):
        spelled = interval  # "how often do probes report": its interval, not `probes`
    if not any(spelled.values()):
        spelled = (
            _schedule_said(keys, text)
            or _limit_said(keys, text)
            or _partly_spelled(keys, words)
            or _counted_key(keys, words, text, next(iter(named)), index)
        )
        if not spelled:
            return
    most = max(len(spans) for spans in spelled.values())
    best = [key for key, spans in spelled.items() if spans and len(spans) == most]
    if (
        not best
        or len(best) > MAX_KEYS
        or any(_modified_elsewhere(key, keys, words, spelled[key]) for key in best)
    ):
        return
    read = sorted({(a, b, key) for key in best for a, b in spelled[key]})
    spans = [(a, b) for a, b, _ in read]
    beside = [w for w in words if w[2].lower() in VALUE_NOUNS and _next_to(w[:2], spans, parsed.residual)]
    ci = next(iter(named))
    beside += [w for w in words if (w[0], w[1]) not in spans and _names_the_ci(w[2], ci, index)]
    replaced = {(m.start, m.end) for m in foreign if _next_to((m.start, m.end), spans, parsed.residual)}
    replaced |= {(m.start, m.end) for m in attributes if (m.start, m.end) in spans}
    metric_read = [m for m in metrics if (m.start, m.end) in spans]
    kept = [
        m
        for m in parsed.mentions
        if ((m.start, m.end) not in replaced or m not in attributes) and m not in metric_read
    ]
    parsed.mentions = sorted(
        [*kept, *(Mention("attribute", key, a, b) for a, b, key in read)], key=lambda m: m.start
    )
    chars = list(parsed.residual)
    for a, b, _ in [*read, *beside]:
        chars[a:b] = " " * (b - a)
    parsed.residual = "".join(chars)


def _beside_metric_words(
    spans: list[tuple[int, int]], metric_words: list[tuple[int, int, str]], text: str
) -> list[tuple[int, int]]:
    """`spans` of a key, a metric's word among them only beside another word of the key ("메모리 정책":
    `maxmemory_policy`); a metric's word alone stays the metric ("메모리" is no `memory_gb`)."""
    said = {(a, b) for a, b, _ in metric_words}
    others = [span for span in spans if span not in said]
    if not others:
        return []
    return [span for span in spans if span not in said or _next_to(span, others, text)]


def _names_the_ci(word: str, ci: str, index: EntityIndex) -> bool:
    """Whether a word only says which CI: a part of its name, in Hangul as it sounds too ("mongo-trip-prd 몽고
    버전", "gps-ingest gps 핑 주기"), or a word its own record holds ("가맹점포털 MerchantHub url")."""
    parts = [part for part in re.split(r"[-_.\s]+", name_words(index.ci_names.get(ci, ci))) if len(part) >= 2]
    word = word.lower()
    if word in parts or any(sounds_like(word, part) for part in parts):
        return True
    return holds_word(index.ci_texts.get(ci, ""), word)


def _next_to(span: tuple[int, int], spans: list[tuple[int, int]], text: str) -> bool:
    """Whether only spaces lie between `span` and one of `spans`."""
    a, b = span
    return any(text[b:s].strip() == "" if b <= s else e <= a and text[e:a].strip() == "" for s, e in spans)


def estate_says(word: str, index: EntityIndex) -> bool:
    """Whether the estate's records say `word` (a CI's text, or an attribute key it spells, in Hangul as it
    sounds too): a word of this business ("레시피" in a fab, "주식" at a broker), not a topic out of scope."""
    word = word.lower()
    if any(holds_word(text, word) for text in index.ci_texts.values()):
        return True
    keys = {key for keys in index.ci_keys.values() for key in keys}
    return any(spells(word, part) for key in keys for part in key_parts(key))

"""Unknown names: words that try to name a CI but name none, and the CIs they most resemble.

A name that is not a CI is never silently dropped (the answer would cover everything instead): the
planner answers `unclear` with "no CI named 'checkout' — did you mean checkout-svc / cart-service?" and
rephrasings of the question with each suggestion in its place.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from services.ops.planner import lexicon as lx
from services.ops.planner import lexicon_oncall, relations
from services.ops.planner.entities import EntityIndex, Mention
from services.ops.planner.entity_words import FIELD_WORDS
from services.ops.planner.type_words import OPTIONAL_TYPE_WORDS, OPTIONAL_TYPES, TYPE_WORDS
from services.ops.planner.window_words import EVER

MAX_SUGGESTIONS = 3
MIN_SIMILARITY = 0.55
CLOSE_SIMILARITY = 0.75  # beside a known CI, only a near miss (`checkout-svc`) counts as a name
NAME_PARTS = re.compile(r"[-_.]")
WORD = re.compile(r"(?<![a-z0-9_.-])[a-z][a-z0-9]{3,}(?![a-z0-9_-])")


def _vocabulary() -> set[str]:
    """Every fixed word the planner understands (its word lists and the words its patterns match)."""
    words: set[str] = set()
    for value in [*vars(lx).values(), *vars(lexicon_oncall).values()]:
        if isinstance(value, dict):
            for entry in value.values():
                if isinstance(entry, tuple):
                    words.update(w.lower() for w in entry)
        elif isinstance(value, tuple):
            words.update(w.lower() for w in value if isinstance(w, str))
    for entry in FIELD_WORDS.values():
        words.update(w.lower() for w in entry)
    return (words | relations.vocabulary()) - OPTIONAL_TYPE_WORDS  # those read only where typed so


_PATTERNS = [v for m in (lx, lexicon_oncall) for v in vars(m).values() if isinstance(v, re.Pattern)]
_WORDS = _vocabulary()


@lru_cache(maxsize=16384)
def is_vocabulary(word: str) -> bool:
    """Whether `word` is one of the planner's fixed words or matched whole by one of its patterns."""
    return word in _WORDS or any(p.fullmatch(word) or p.search(f" {word} ") for p in _PATTERNS)


# a time told by what happens then ("paged before the draw", "after the settlement"): no CI's name part
OCCASION_TOLD = re.compile(
    r"\b(?:before|after|during|ahead of|since) (?:the|our|this|tonight's|today's) [a-z]+", re.I
)


def attempted_name(residual: str, index: EntityIndex) -> str | None:
    """A word of the question (names already blanked) that is a part of CI names but no word of ours."""
    parts = {part for name in index.ci_types for part in NAME_PARTS.split(name) if len(part) >= 4}
    residual = EVER.sub(lambda m: " " * len(m.group()), residual)  # "at any point": no CI's `point`
    residual = OCCASION_TOLD.sub(lambda m: " " * len(m.group()), residual)  # "before the draw": a when
    # "load balancers": a type, no part of `JP1_DW_LOAD`
    residual = lx.TYPE_PHRASE.sub(lambda m: " " * len(m.group()), residual)
    # "list the batch jobs" where jobs are typed so: the type, no part of `batch-sa-1`
    typed = set(index.ci_types.values())
    for word in (w for t in OPTIONAL_TYPES & typed for w in TYPE_WORDS[t]):
        residual = lx.word_pattern(word).sub(lambda m: " " * len(m.group()), residual)
    for match in WORD.finditer(residual):
        word = match.group(0)
        if word in parts and not is_vocabulary(word):
            return word
    return None


# a word in the slot where a CI name goes: before a role noun ("the roaming service") or a metric word
ROLE_NOUN = re.compile(
    r"\b(?:service|services|svc|server|servers|database|databases|db|cache|queue|cluster|app|application"
    r"|system|gateway|api)\b",
    re.I,
)
MODIFIERS = frozenset(
    {
        *("current", "latest", "recent", "overall", "total", "average", "maximum", "minimum", "highest"),
        *("lowest", "daily", "hourly", "which", "what", "many", "much", "every", "each", "other", "those"),
        *("these", "their", "your", "some", "more", "less", "slow", "slower", "high", "higher", "whose"),
        *("with", "from", "that", "this", "have", "does", "show", "list", "give", "tell", "were", "been"),
        *("about", "over", "under", "into", "when", "where", "there", "here", "will", "would", "should"),
        *("could", "than", "then", "them", "they", "same", "also", "just", "only", "still", "very", "most"),
        *("least", "ever", "never", "compare", "between", "across", "during", "since", "until", "among"),
        *("top", "bottom", "worst", "best", "busiest", "slowest", "fastest", "biggest", "largest", "first"),
        *("last", "next", "primary", "main"),
        *("계열", "종류", "류"),  # "mysql 계열 db": of that kind
    }
)


NAME_WORD = re.compile(r"[a-z][a-z0-9]{3,}")


OF_WORD = re.compile(r"\s++(?:of|for|on)\s++([a-z][a-z0-9]{3,})(?![a-z0-9_.-])")


def _word_after_of(text: str, start: int) -> str | None:
    """The word after "of"/"for"/"on" right behind a metric word ("p95 latency of checkout")."""
    m = OF_WORD.match(text, start)
    return m.group(1) if m else None


def _word_before(text: str, start: int) -> str | None:
    """The whitespace-separated word ending right before `start`, when it looks like a name part."""
    words = text[:start].split()
    return words[-1] if words and NAME_WORD.fullmatch(words[-1]) else None


# the Korean slot: a noun right before a role noun ("쿠폰 서비스", "결제 시스템")
KO_ROLE_NOUN = re.compile(
    r"서비스|시스템|게이트웨이|애플리케이션|어플리케이션|앱(?![가-힣])|(?<![a-z])db(?![a-z])|디비|데이터베이스|서버|캐시|클러스터"
)
KO_NOUN = re.compile(r"[가-힣]{2,6}")
# syllables that end a Korean modifier or a particle ("느린", "높은", "있는", "환경의"), not a name
KO_MODIFIER_END = frozenset(
    "은는던한된린른진운큰인할될의를을가이에서와과도만로랑간온난찬본쓴뜬탄친낸긴힌킨"
)  # "넘어간", "장애난", "넘어본", "파드 뜬", "20% 넘긴", "막힌", "일으킨"
OWNED_BY = frozenset({"담당", "관리", "소속", "책임"})  # "관측정보팀 담당 서비스": whose, not a name
KO_MODIFIERS = frozenset(
    {
        *("운영", "개발", "환경", "전체", "모든", "각", "해당", "다른", "같은", "우리", "기타", "나머지"),
        *("관련", "연관", "핵심", "주요", "하위", "상위", "외부", "내부", "신규", "기존", "전부", "현재"),
        *("지금", "어떤", "어느", "무슨", "특정", "문제", "장애", "이상", "정상", "백엔드", "프론트"),
    }
)


# role nouns of named things: a Latin word before them is a name ("checkout 서비스"); before 서버, DB or
# 캐시 it is rather what they run ("solaris 서버", "mysql DB")
KO_NAMED_ROLE = re.compile(r"서비스|시스템|게이트웨이|애플리케이션|어플리케이션|앱(?![가-힣])")


def _word_before_korean_noun(text: str, start: int) -> str | None:
    """The Korean noun ("쿠폰 서비스") or the Latin name part ("checkout 서비스") before a Korean role noun."""
    words = text[:start].split()
    word = words[-1] if words else ""
    if NAME_WORD.fullmatch(word):
        return word if KO_NAMED_ROLE.match(text, start) else None
    if not KO_NOUN.fullmatch(word) or word[-1] in KO_MODIFIER_END or word in KO_MODIFIERS | OWNED_BY:
        return None
    return word


def unplaced_name(question: str, mentions: list[Mention], index: EntityIndex) -> str | None:
    """An unknown word standing where a CI name would ("checkout latency", "the roaming service",
    "쿠폰 서비스"); owners, locations and attribute values stand there too ("python services")."""
    lowered = question.lower()
    for m in mentions:  # a place phrase's own words ("평택 공장 서버") name no CI
        if m.kind in ("location", "owner"):
            lowered = lowered[: m.start] + " " * (m.end - m.start) + lowered[m.end :]
    known = {p for v in [*index.owners, *index.locations] for p in NAME_PARTS.split(str(v).lower())}
    # "python services", "R660 모델 서버": a value's or key's words
    known |= {
        w for m in mentions if m.kind in ("value", "attribute") for w in lowered[m.start : m.end].split()
    }
    slots = [(m.start, _word_before) for m in mentions if m.kind == "metric"]
    slots += [(m.end, _word_after_of) for m in mentions if m.kind == "metric"]  # "latency of checkout"
    inside = [(m.start, m.end) for m in mentions]  # "Windows Server 2022": a value's own word is no role
    slots += [(r.start(), _word_before) for r in ROLE_NOUN.finditer(lowered) if not _within(r, inside)]
    slots += [
        (r.start(), _word_before_korean_noun)
        for r in KO_ROLE_NOUN.finditer(lowered)
        if not _within(r, inside)
    ]
    for start, word_before in sorted(slots, key=lambda slot: slot[0]):
        word = word_before(lowered, start)
        if word and word not in MODIFIERS and word not in known and not is_vocabulary(word):
            return word
    return None


def _within(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return any(start <= match.start() and match.end() <= end for start, end in spans)


# Safe abbreviations and synonyms of name parts, each group written as its first word.
NAME_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("service", "svc", "srvc"),
    ("database", "db"),
    ("server", "srv", "svr"),
    ("kubernetes", "k8s", "kube"),
    ("prod", "prd", "production"),
    ("stg", "stage", "staging"),
    ("dev", "develop", "development"),
    ("application", "app"),
    ("gateway", "gw"),
    ("load_balancer", "lb", "loadbalancer", "balancer"),
    ("queue", "mq"),
    ("postgres", "pg", "postgresql", "psql"),
    ("oracle", "ora"),
    ("kafka", "kfk"),
    ("notification", "notif", "noti"),
    ("authentication", "auth"),
    ("configuration", "config", "cfg", "conf"),
    ("monitoring", "monitor", "mon"),
    ("management", "mgmt", "mgr", "manager"),
    ("message", "msg"),
    ("storage", "stor"),
)
CANONICAL = {word: group[0] for group in NAME_SYNONYMS for word in group}
TYPE_PART = {
    "service": "service",
    "database": "database",
    "host": "server",
    "queue": "queue",
    "load_balancer": "load_balancer",
    "cache": "cache",
    "storage": "storage",
}
GENERIC_PARTS = frozenset({*(group[0] for group in NAME_SYNONYMS), *TYPE_PART.values(), "api", "cache"})
TOKENS = re.compile(r"[a-z]+|\d+")


def has_name_part(token: str) -> bool:
    """Whether a token holds a part CI names are made of ("order-service", "pay-db"), so it names one."""
    return any(CANONICAL.get(part, part) in GENERIC_PARTS for part in NAME_PARTS.split(token.lower()))


def _parts(name: str) -> list[str]:
    """A name's parts in canonical words: `orders-svc-01` → [orders, service, 01]."""
    return [CANONICAL.get(t, t) for t in TOKENS.findall(name.lower())]


def _part_score(word: str, name: str, ci_type: str) -> float:
    """How well the parts of `word` match the parts of `name` (synonyms equal; a part naming the CI's
    type, like `svc` for a service, counts almost as equal); extra parts of `name` lower it."""
    asked, have = _parts(word), _parts(name)
    if not asked or not have:
        return 0.0
    own = TYPE_PART.get(ci_type)
    total, used, distinctive = 0.0, set(), False
    for part in asked:
        best, at = max(
            ((1.0 if part == p else SequenceMatcher(None, part, p).ratio(), i) for i, p in enumerate(have)),
            key=lambda t: t[0],
        )
        if part == own and best < 0.95:
            best, at = 0.95, -1
        total += best
        if best >= 0.8:
            used.add(at)
            distinctive = distinctive or not (part in GENERIC_PARTS or part.isdigit())
    if not distinctive:  # `billing-svc` is not `shipping-service`: a shared generic part says nothing
        return 0.0
    extra = len([i for i in range(len(have)) if i not in used])
    return total / len(asked) * len(asked) / (len(asked) + 0.25 * extra)


def similar_names(
    word: str, index: EntityIndex, limit: int = MAX_SUGGESTIONS, min_score: float = MIN_SIMILARITY
) -> list[str]:
    """The CI names most like `word`, best first: same parts up to abbreviations (`checkout-svc` →
    `checkout-service`), containing it, sharing a part with it, or spelled alike."""
    word = word.lower()
    scored = []
    for name, ci_type in index.ci_types.items():
        score = SequenceMatcher(None, word, name).ratio()
        parts = NAME_PARTS.split(name)
        score = max(score, *(0.9 * SequenceMatcher(None, word, part).ratio() for part in parts))
        if word in name:
            score = max(score, 0.8 + 0.2 * len(word) / len(name))
        score = max(score, _part_score(word, name, ci_type))
        if score >= min_score:
            scored.append((-score, len(name), name))
    return [index.ci_names.get(name, name) for _, _, name in sorted(scored)[:limit]]


# Name parts that say which environment a CI is in (`tenant-api-stg`, `stg-order-service`, `api-prd`).
ENVIRONMENT_PARTS = {
    "prod": ("prod", "prd", "production", "live"),
    "staging": ("stg", "stage", "staging"),
    "dev": ("dev", "develop", "development"),
}
_ENVIRONMENT_PART = {part for parts in ENVIRONMENT_PARTS.values() for part in parts}


def _base_parts(name: str) -> list[str]:
    """A CI name's parts without those naming an environment (`tenant-api-stg` → [tenant, api])."""
    return [part for part in NAME_PARTS.split(name.lower()) if part not in _ENVIRONMENT_PART]


def location_twin(ci: str, location: str, index: EntityIndex) -> str | None:
    """The one CI at `location` named as `ci` but for one part (`PUS-STN-SRV1` at gmp → `GMP-STN-SRV1`)."""
    parts, kind = NAME_PARTS.split(ci.lower()), index.ci_types.get(ci.lower())
    twins = [
        index.ci_names.get(name, name)
        for name, where in index.ci_locations.items()
        if (where or "").lower() == location.lower()
        and index.ci_types.get(name) == kind
        and len(other := NAME_PARTS.split(name)) == len(parts)
        and sum(a != b for a, b in zip(parts, other, strict=True)) == 1
    ]
    return twins[0] if len(twins) == 1 else None


SIBLING_TAIL = re.compile(r"(?<![a-z0-9_-])([a-z]*\d+[a-z0-9]*)(?![a-z0-9_-])", re.I)  # "GW2", "B03", "n2"


def sibling_named(question: str, ci: str, index: EntityIndex) -> tuple[str, str] | None:
    """(the short name said, the CI it names) when the question names a sibling of `ci` by its last
    part ("GW2는?" after GMP-KIOSK-GW1 → GMP-KIOSK-GW2): the one CI named as `ci` but for that ending."""
    for m in SIBLING_TAIL.finditer(question):
        tail = m.group(1).lower()
        stem = ci.lower()[: len(ci) - len(tail)]
        if len(tail) >= len(ci) or ci.lower().endswith(tail) or not stem or stem[-1] not in "-_.":
            continue
        if (name := stem + tail) in index.ci_types:
            return m.group(1), index.ci_names.get(name, name)
    return None


def environment_twin(ci: str, environment: str, index: EntityIndex) -> str | None:
    """The one CI that is `ci` in `environment`: the same name parts but the environment's
    (`tenant-api` in staging → `tenant-api-stg`); None when there is none or more than one."""
    base = _base_parts(ci)
    twins = [
        index.ci_names.get(name, name)
        for name, env in index.ci_environments.items()
        if env == environment and name != ci.lower() and _base_parts(name) == base
    ]
    return twins[0] if len(twins) == 1 else None


# "lcap-mqtt01 02 03", "web-01/02/03", "db1, 2": a name ending in a number, then more numbers of its siblings
NUMBERED_RUN = re.compile(
    r"(?<![a-z0-9_.-])([a-z][a-z0-9_.-]*?)(\d{1,3})((?:\s*+(?:,|/|및|와|과|랑|and|&)?\s*+\d{1,3}"
    r"(?![\d:%.가-힣a-z]|\s*+(?:시간|시|분|초|일|주|개월|번|개|대|건|hours?|hrs?|mins?|minutes?|days?|weeks?)))+)"
    r"(?![a-z0-9_-])",
    re.I,
)
RUN_NUMBER = re.compile(r"\d{1,3}")


def with_sibling_numbers(question: str, index: EntityIndex) -> str:
    """`question` with the bare numbers after a numbered CI's name written as its siblings' names
    ("lcap-mqtt01 02 03 중에" → "lcap-mqtt01, lcap-mqtt02, lcap-mqtt03 중에"), when every one is a CI."""

    def named(m: re.Match[str]) -> str:
        stem, first = m.group(1), m.group(2)
        numbers = [first, *RUN_NUMBER.findall(m.group(3))]
        names = [f"{stem}{n.zfill(len(first))}" for n in numbers]
        if not all(name.lower() in index.ci_types for name in names):
            return m.group(0)
        return ", ".join(index.ci_names.get(name.lower(), name) for name in names)

    return NUMBERED_RUN.sub(named, question)

"""What the planner can recognise from the database: CI names, owners, locations, metric names and
aliases (metric catalog), attribute keys and attribute values. Rebuilt when the CMDB changes, so any imported estate
is understood without code changes.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.infra.queries import ci_facets, event_types
from services.ops.planner import lexicon as lx
from services.ops.planner.attribute_values import ValueVocabulary, build_vocabulary
from services.ops.planner.entity_words import (
    FUNCTION_WORDS,
)
from services.ops.planner.event_phrases import with_bare_event_terms
from services.ops.planner.index_terms import (
    attribute_terms,
    camel_aliases,
    event_type_terms,
    metric_term_variants,
    name_words,
)
from services.ops.planner.lexicon import RESERVED_WORDS
from services.ops.planner.owner_names import owner_aliases
from services.ops.planner.site_aliases import site_aliases, tail_aliases
from services.ops.planner.value_glossary import FUNCTION_KEYS

_NAME_CHARS = "a-z0-9_"
HANGUL_SYLLABLES = "\uac00-\ud7a3"
HANGUL = re.compile(f"[{HANGUL_SYLLABLES}]")
AGGREGATION_PREFIXES = "평균|최대|최고|최저|최소|누적"  # one width: a look-behind


def _boundary_pattern(term: str, whole_korean: bool = False, spaced: bool = False) -> re.Pattern[str]:
    """Match `term` not glued to other name characters (Korean particles may follow directly);
    `whole_korean`: a Korean term does not start inside a Korean word either ("용량" in "사용량"); `spaced`:
    its Korean may be typed with spaces it does not have ("상주 스마트팜" for `상주스마트팜`)."""
    # "redis 6379" for `redis-6379`, "dcsdb n2" for `DCSDB_N2`, "occ video wall" for `occ.video-wall`
    escaped = re.escape(term.lower()).replace("\\-", "[-\\s]").replace("_", "[_\\s]").replace("\\.", "[.\\s]")
    if HANGUL.search(term):  # "상암IDC" for `상암 IDC`, "역삼본사": Korean is typed without its spaces
        escaped = escaped.replace("\\ ", "\\s*+")
    if spaced:
        escaped = re.sub("(?<=[가-힣])(?=[가-힣])", lambda _: " ?", escaped)
    before = f"{_NAME_CHARS}\\-.{HANGUL_SYLLABLES if whole_korean and HANGUL.match(term) else ''}"
    start = f"(?<![{before}])"
    if whole_korean and HANGUL.match(term):  # "평균풍속": a measure glued to its aggregation
        start = f"(?:(?<={AGGREGATION_PREFIXES})|{start})"
    if HANGUL.search(term):  # "수" of a `count` key is no part of "수요일"
        escaped = lx.outside_longer_words(term.lower(), escaped)
    return re.compile(rf"{start}{escaped}(?![{_NAME_CHARS}]|-[{_NAME_CHARS}])")


@dataclass
class Mention:
    """A recognised term: what it refers to and where it is in the question."""

    kind: str  # ci | metric | owner | location | attribute | value
    value: str
    start: int
    end: int


@dataclass
class EntityIndex:
    """Everything the planner matches against, from the database."""

    ci_types: dict[str, str] = field(default_factory=dict)  # lower-cased name -> type
    ci_names: dict[str, str] = field(default_factory=dict)  # lower-cased name -> the name as stored
    ci_locations: dict[str, str] = field(default_factory=dict)  # lower-cased name -> its location
    ci_environments: dict[str, str] = field(default_factory=dict)  # lower-cased name -> its environment
    ci_texts: dict[str, str] = field(default_factory=dict)  # lower-cased name -> its words and text values
    ci_values: dict[str, dict[str, str]] = field(
        default_factory=dict
    )  # lower-cased name -> key -> text value
    ci_statuses: dict[str, str] = field(default_factory=dict)  # lower-cased name -> active, retired …
    ci_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lower-cased name -> attribute keys
    ci_functions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lower-cased name -> what it does
    ci_aliases: dict[str, str] = field(default_factory=dict)  # "gate ocr" -> "gateocrservice" (CamelCase)
    ci_tails: dict[str, str] = field(default_factory=dict)  # "bidder-conn" -> "kkachi-bidder-conn", as typed
    # lower-cased name -> the hosts it runs on (lower-cased)
    ci_hosts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    owners: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    location_values: list[str] = field(default_factory=list)  # as stored: `IlsanBranch` reads as two words
    metric_terms: list[tuple[str, str]] = field(default_factory=list)  # (term, metric), longest first
    metric_units: dict[str, str] = field(default_factory=dict)
    metric_labels: dict[str, dict[str, str]] = field(default_factory=dict)  # metric -> {ko, en}
    metric_warnings: dict[str, float] = field(default_factory=dict)  # metric -> its lowest threshold level
    attribute_terms: list[tuple[str, str]] = field(default_factory=list)  # (term, key), longest first
    event_type_terms: list[tuple[str, str]] = field(default_factory=list)  # (term, event type), longest first
    event_types: list[str] = field(default_factory=list)  # as stored, reserved words (`maintenance`) too
    values: ValueVocabulary = field(default_factory=ValueVocabulary)  # attribute values and quantity keys
    _patterns: dict[tuple[str, bool, bool], re.Pattern[str]] = field(default_factory=dict)
    _probes: dict[tuple[str, bool], str] = field(default_factory=dict)
    _values_first: list[tuple[str, str]] | None = None

    def pattern(self, term: str, whole_korean: bool = False, spaced: bool = False) -> re.Pattern[str]:
        if (term, whole_korean, spaced) not in self._patterns:
            self._patterns[term, whole_korean, spaced] = _boundary_pattern(term, whole_korean, spaced)
        return self._patterns[term, whole_korean, spaced]

    def probe(self, term: str, spaced: bool = False) -> str:
        """A piece of `term` every match of its pattern holds as typed (the longest between separators,
        which the pattern lets be typed otherwise): a question without it cannot mention the term."""
        if (term, spaced) not in self._probes:
            pieces = [piece for piece in re.split(r"[-_.\s]+", term.lower()) if piece]
            if spaced:  # its Korean may be typed with a space between any two syllables
                pieces = [part for piece in pieces for part in re.findall(r"[가-힣]|[^가-힣]+", piece)]
            self._probes[term, spaced] = max(pieces, key=len, default="")
        return self._probes[term, spaced]

    def values_first(self) -> list[tuple[str, str]]:
        """Value terms read before keys: three words or more ("Windows Server 2022"), or a Korean word
        with a number on it ("1등급": its word may spell a key)."""
        if self._values_first is None:
            self._values_first = [
                (term, value)
                for term, value in self.values.terms
                if len(term.split()) >= 3 or NUMBERED_WORD.fullmatch(term)
            ]
        return self._values_first

    def find(self, question: str) -> list[Mention]:
        """Non-overlapping mentions, longest terms first (so `checkout-service-stg` beats `checkout-service`)."""
        lowered = question.lower()
        taken: list[tuple[int, int]] = []
        found: list[Mention] = []

        def said(pairs: Iterable[tuple[str, str]], spaced: bool = False) -> list[tuple[str, str]]:
            """The (term, value) pairs whose term the question may hold, longest term first."""
            return sorted(
                ((t, v) for t, v in pairs if self.probe(t, spaced) in lowered), key=lambda a: -len(a[0])
            )

        def claim(kind: str, term: str, value: str) -> None:
            # a key's Korean word, or a metric's word of two syllables ("요청"), starts no inside a word:
            # "출고요청" is a shipping request, not requests per second
            whole = kind == "attribute" or (kind == "metric" and len(term) <= 2)
            for m in self.pattern(term, whole_korean=whole, spaced=kind == "location").finditer(lowered):
                if (
                    kind in ("attribute", "value")
                    and term in FUNCTION_WORDS
                    and not question[m.start() : m.end()].isupper()
                ):
                    continue  # "when was X deployed?" names no `was` key ("WAS 버전" does), "run on" no `on` value
                if all(m.end() <= a or m.start() >= b for a, b in taken):
                    taken.append(m.span())
                    found.append(Mention(kind, value, *m.span()))

        for name, _ in said((name, name) for name in self.ci_types):
            claim("ci", name, self.ci_names.get(name, name))
        for alias, name in said(self.ci_aliases.items()):
            claim("ci", alias, self.ci_names.get(name, name))
        for tail, name in sorted(
            ((t, n) for t, n in self.ci_tails.items() if t in lowered), key=lambda a: -len(a[0])
        ):
            # a name typed without its prefix, separators and all: "fare cache" is words, not `jebi-fare-cache`
            for m in re.finditer(rf"(?<![\w.-]){re.escape(tail)}(?![\w-])", lowered):
                if all(m.end() <= a or m.start() >= b for a, b in taken):
                    taken.append(m.span())
                    found.append(Mention("ci", self.ci_names.get(name, name), *m.span()))
        for alias, owner in said(owner_aliases(tuple(self.owners)).items()):
            claim("owner", alias, owner)
        for location, _ in said(((loc, loc) for loc in self.locations), spaced=True):
            claim("location", location, location)
        for m in lx.TYPE_PHRASE.finditer(lowered):  # "load balancers": the type, no metric `load` in it
            if all(m.end() <= a or m.start() >= b for a, b in taken):
                taken.append(m.span())
        # attribute and metric terms longest first ("디스크 사용률" is the metric though `disk` is a key); of two
        # as long, the key — unless a share or a live value is asked ("디스크 지금 몇 %": the usage, not the
        # disk's size; "X's CPU now"), or the CIs named hold no such key (`cpu` is another box's model)
        live = SHARE_ASKED.search(lowered) is not None or LIVE_ASKED.search(lowered) is not None
        named = [m.value.lower() for m in found if m.kind == "ci"]

        peak = bool(named) and AGGREGATED.search(lowered) is not None  # a text value has no peak: "gpu 최고"

        def key_first(key: str) -> bool:
            texts = any(key in self.ci_values.get(n, {}) for n in named)
            return not live and not peak and not (named and not texts)

        for term, value in self.values_first():  # "Windows Server 2022", "1등급": values, though keys in them
            if self.probe(term) in lowered:
                claim("value", term, value)
        terms = [("attribute", t, k) for t, k in self.attribute_terms if self.probe(t) in lowered] + [
            ("metric", t, m) for t, m in self.metric_terms if self.probe(t) in lowered
        ]
        for kind, term, value in sorted(
            terms, key=lambda t: (-len(t[1]), 1 if t[0] == "metric" else 0 if key_first(t[2]) else 2)
        ):
            claim(kind, term, value)
        for term, value in self.values.terms:
            if self.probe(term) in lowered:
                claim("value", term, value)
        return sorted(found, key=lambda m: m.start)


NUMBERED_WORD = re.compile(r"\d+[가-힣]+")  # "1등급"
SHARE_ASKED = re.compile(  # how full or how high, not how large ("디스크 제일 많이 찬 서버", "디스크 높은순")
    r"%|퍼센트|(?<![가-힣])몇 ?(?:퍼|프로)|사용률|\busage\b|utili[sz]ation|찼|찬(?![가-힣])|차 ?있|\bfull\b"
    r"|높은|높아|높았|낮은"
    r"|\d\s*+(?:을|를)?\s*+(?:넘|초과)|\b(?:over|above|exceed(?:ed|s|ing)?|past)\s++\d",  # "디스크 90 넘었던"
    re.I,
)
AGGREGATED = re.compile(
    r"최고|최대|최저|평균|피크|\b(?:peak|max(?:imum)?|average|avg|lowest|highest)\b", re.I
)
LIVE_ASKED = re.compile(r"\b(?:right now|now|currently|at the moment)\b|지금|현재", re.I)


def _published_metrics(session: Session) -> list[dict[str, Any]]:
    """The metrics of the published `ops.catalog` asset ([] when none is published)."""
    from services.asset_registry.reads import published_content

    try:
        return list(published_content(session, "catalog", "ops.catalog").get("metrics") or [])
    except Exception:
        return []


NAME_TOKEN = re.compile(r"[\w][\w.-]*[\w]|\w")  # a word of a text as a CI name may stand in it


def build_index(session: Session) -> EntityIndex:
    """Read names, owners, locations, the metric catalog, attribute keys and values from the database."""
    index = EntityIndex()
    cis = session.execute(text("SELECT name, type, location, environment, status FROM cis")).all()
    for name, ci_type, location, environment, status in cis:
        index.ci_statuses[name.lower()] = status
        index.ci_types[name.lower()] = ci_type
        index.ci_names[name.lower()] = name
        index.ci_locations[name.lower()] = location
        index.ci_environments[name.lower()] = environment
    texts = session.execute(
        text(
            "SELECT c.name, e.key, lower(e.value #>> '{}') FROM cis c, jsonb_each(c.attributes) e "
            "WHERE jsonb_typeof(e.value) = 'string'"
        )
    )
    for name, key, value in texts:
        index.ci_values.setdefault(name.lower(), {})[key] = value
    camel = camel_aliases([name for name, *_ in cis])
    names = set(index.ci_types) | set(camel)
    index.ci_tails = {
        tail: name for tail, name in tail_aliases(set(index.ci_types)).items() if tail not in names
    }
    index.ci_aliases = {**site_aliases(index.ci_values, names), **camel}
    # a CI's text: its string values and the words of its name ("WithdrawalProcessor", `wallet.hot.eth`)
    index.ci_texts = {
        name.lower(): " ".join([*index.ci_values.get(name.lower(), {}).values(), name_words(name)])
        for name, *_ in cis
    }
    own_keys = session.execute(
        text(
            "SELECT c.name, array_agg(k ORDER BY k) FROM cis c, jsonb_object_keys(c.attributes) k GROUP BY c.name"
        )
    )
    index.ci_keys = {name.lower(): tuple(keys) for name, keys in own_keys}
    functions = session.execute(
        text(
            "SELECT c.name, array_agg(lower(e.value #>> '{}')) FROM cis c, jsonb_each(c.attributes) e "
            "WHERE e.key = ANY(:keys) AND jsonb_typeof(e.value) = 'string' "
            "AND c.status <> 'retired' AND c.environment = 'prod' GROUP BY c.name"
        ),
        {"keys": list(FUNCTION_KEYS)},
    )
    index.ci_functions = {name.lower(): tuple(values) for name, values in functions}
    hosts = session.execute(
        text(
            "SELECT s.name, array_agg(lower(t.name) ORDER BY t.name) FROM ci_relations r "
            "JOIN cis s ON s.id = r.source_id JOIN cis t ON t.id = r.target_id "
            "WHERE r.type = 'RUNS_ON' AND t.type = 'host' GROUP BY s.name"
        )
    )
    index.ci_hosts = {name.lower(): tuple(names) for name, names in hosts}
    facets = ci_facets(session)
    index.owners = [owner.lower() for owner in facets["owner"]]
    index.locations = [location.lower() for location in facets["location"]]
    index.location_values = list(facets["location"])
    terms: list[tuple[str, str]] = []
    rows = session.execute(
        text("SELECT name, unit, description_ko, description_en, aliases_ko, aliases_en FROM metric_catalog")
    ).all()
    for name, unit, desc_ko, desc_en, aliases_ko, aliases_en in rows:
        index.metric_units[name] = unit
        index.metric_labels[name] = {"ko": desc_ko or name, "en": desc_en or name}
        for term in {
            name,
            name.replace("_", " "),
            *(aliases_ko or []),
            *(aliases_en or []),
            desc_ko,
            desc_en,
            unit if unit and "/" in unit else "",  # "req/s": a rate said by its unit
        }:
            if term:
                terms += [(t.lower(), name) for t in metric_term_variants(term)]
    for metric in _published_metrics(session):  # the catalog asset's aliases and descriptions
        if metric.get("name") in index.metric_units:
            for term in (
                *metric.get("aliases_ko", []),
                *metric.get("aliases_en", []),
                metric.get("description_ko"),
                metric.get("description_en"),
            ):
                if term:
                    terms += [(t.lower(), metric["name"]) for t in metric_term_variants(term)]
    index.metric_terms = sorted(set(terms), key=lambda t: (-len(t[0]), t))
    from services.ops.thresholds import warning_levels  # it reads the published catalog's thresholds

    index.metric_warnings = warning_levels(session, index.metric_units)
    keys = [r[0] for r in session.execute(text("SELECT DISTINCT jsonb_object_keys(attributes) FROM cis"))]
    index.attribute_terms = attribute_terms(keys)
    index.values = build_vocabulary(session)
    index.event_types = event_types(session)
    index.event_type_terms = event_type_terms(index.event_types, RESERVED_WORDS)
    index.event_type_terms = with_bare_event_terms(index)
    return index


# What the index is built from: the CMDB's state and the published catalog version.
INDEX_KEY = text(
    "SELECT count(*), max(updated_at), current_database(), "
    "(SELECT max(v.id) FROM asset_versions v JOIN assets a ON a.id = v.asset_id "
    "WHERE a.kind = 'catalog' AND a.name = 'ops.catalog' AND v.status = 'published'), "
    "(SELECT count(*) || ':' || coalesce(max(id), 0) FROM ci_relations), "
    "(SELECT max(id) FROM metric_catalog) FROM cis"  # a metric an import brought
)


class IndexCache:
    """The entity index of the current database, rebuilt after CMDB changes (cheap: one pass)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._index: EntityIndex | None = None
        self._key: Any = None

    def get(self, session: Session) -> EntityIndex:
        key = tuple(session.execute(INDEX_KEY).one())
        with self._lock:
            if self._index is None or key != self._key:
                self._index, self._key = build_index(session), key
            return self._index


index_cache = IndexCache()

"""Places as people say them ("부산 데이터센터", "the Busan DC", "서울 리전") mapped onto the estate's own
location values (`busan-dc2`, `seoul-az1`, `aws-ap-northeast-2a`).

A place phrase is a city word (Korean or English, from place_words.py) and/or a word standing right
before a place noun (데이터센터, DC, IDC, 리전, region, zone…). It is matched against the distinct
location values of the CMDB: a value matches when one of the city's spellings is one of its parts (or a
region code inside it). When the place noun says what kind of place it is (a data centre or a cloud
region/zone), values of that kind are preferred. One match becomes the location filter; none or several
make the question `unclear`, naming the words and listing the candidates — a place is never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from services.ops.planner.loanwords import sounds_like
from services.ops.planner.place_words import (
    CITIES,
    DATACENTER_NOUNS,
    DR_SITE_MARKS,
    DR_SITE_NOUNS,
    EXTRA_PARTS,
    KO_ENDINGS,
    NOT_PLACES,
    REGION_NOUNS,
)
from services.ops.planner.romanise import romanised

CLOUD_LOCATION = re.compile(r"(?<![a-z])(aws|gcp|azure|az\d*|zone|region|[a-z]{2}-[a-z]+-\d)", re.I)
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@dataclass
class PlacePhrase:
    """Place words of a question, and the location values they match."""

    start: int
    end: int
    text: str
    matches: list[str] = field(default_factory=list)


@lru_cache(maxsize=8192)
def _pattern(term: str) -> re.Pattern[str]:
    if HANGUL.match(term):  # Korean particles attach ("부산에", "서울 리전의"), a word does not ("근본원인")
        return re.compile(rf"(?<![가-힣]){re.escape(term)}")
    if HANGUL.search(term):  # "대전DR센터": a Latin start is glued to the Korean city before it
        return re.compile(rf"(?<![a-z0-9_-]){re.escape(term)}", re.I)
    return re.compile(rf"(?<![a-z0-9_-]){re.escape(term)}(?![a-z0-9_-])", re.I)


_NOUNS = sorted(
    [(n, "dc") for n in DATACENTER_NOUNS] + [(n, "region") for n in REGION_NOUNS],
    key=lambda t: len(t[0]),
    reverse=True,
)
_SPELLINGS = sorted(
    ((s, city) for city, spellings in CITIES.items() for s in spellings), key=lambda t: -len(t[0])
)
_WORD_CHAR = re.compile(r"[가-힣a-z0-9]", re.I)


def _word_before(text: str) -> tuple[int, str] | None:
    """The word that ends `text` (trailing spaces allowed; it starts with a letter): its start and the
    word. A backward scan, linear in the word's length (a regex search anchored at the end is quadratic
    on a long run of word characters)."""
    end = len(text.rstrip())
    start = end
    while start > 0 and _WORD_CHAR.match(text[start - 1]):
        start -= 1
    while start < end and text[start].isdigit():
        start += 1
    return (start, text[start:end]) if start < end else None


def _parts(location: str) -> set[str]:
    """The words of a location value: `IlsanBranch` and `ilsan-branch` alike → {ilsan, branch}; `목동IDC`
    → {목동, idc}."""
    words = re.sub(
        r"(?<=[a-z])(?=[A-Z])|(?<=[가-힣])(?=[a-zA-Z])|(?<=[a-zA-Z])(?=[가-힣])", "-", location
    ).lower()
    return {p for p in re.split(r"[^a-z가-힣]+", words) if p}


def _kind(location: str) -> str:
    return "region" if CLOUD_LOCATION.search(location) else "dc"


def _matching(spellings: tuple[str, ...], word: str, kind: str | None, locations: list[str]) -> list[str]:
    """Location values one of `spellings` (or the word itself) names, those of `kind` first."""
    said = (*spellings, word.lower())
    found = [
        loc
        for loc in locations
        if any(s in _parts(loc) or ("-" in s and s in loc.lower()) for s in said)
        # "부산우편집중국": a Korean place name begins with its city's, no separator between
        or any(  # "서울본사(성수)": the main site's word ends it
            HANGUL.search(s) and (part.startswith(s) or part.endswith(s))
            for s in said
            for part in _parts(loc)
            if HANGUL.search(part)
        )
        or _romanised_start(word.lower(), loc)  # "the Nonsan farm" → `논산스마트팜`
    ]
    if kind and (same := [loc for loc in found if _kind(loc) == kind]):
        return same
    return found


MIN_ROMANISED = 4  # shorter romanised words name too many things by chance
MAX_PLACE_SYLLABLES = 6  # a place name is short: longer prefixes of a Hangul run are not tried


def _romanised_start(word: str, location: str) -> bool:
    """Whether a Latin word is the romanised start of a Korean part of `location` ("nonsan" of 논산스마트팜)."""
    if not (word.isascii() and word.isalpha() and len(word) >= MIN_ROMANISED):
        return False
    return any(
        romanised(part[:end]) == word
        for part in re.findall(r"[가-힣]{2,}", location)
        for end in range(2, min(len(part), MAX_PLACE_SYLLABLES) + 1)
    )


def _romanised_places(
    text: str, locations: list[str], taken: list[tuple[int, int]], nouns: list[tuple[int, int, str]]
) -> list[PlacePhrase]:
    """Korean words whose romanisation is a part of location values ("평택 쪽" → `pyeongtaek-fab1`), for
    places the city table does not list; a particle ("구미에") or a place noun ("평택 공장") may follow."""
    by_part: dict[str, list[str]] = {}
    for location in locations:
        for part in _parts(location):
            if len(part) >= MIN_ROMANISED:
                by_part.setdefault(part, []).append(location)
    phrases: list[PlacePhrase] = []
    if not by_part:
        return phrases
    for m in re.finditer(r"[가-힣]{2,}", text):
        if not _free(m.span(), taken):
            continue
        word = m.group()
        for end in range(
            min(len(word), MAX_PLACE_SYLLABLES), 1, -1
        ):  # the longest naming a place ("평택에서")
            if matches := by_part.get(romanised(word[:end])):
                stop = m.start() + end
                if end == len(word) and (
                    noun := next((n for n in nouns if text[stop : n[0]].strip() == ""), None)
                ):
                    stop = noun[1]
                elif glued := _glued_noun(word[end:]):  # "향남공장": the place noun written on
                    stop += len(glued)
                phrases.append(PlacePhrase(m.start(), stop, text[m.start() : stop], sorted(set(matches))))
                taken.append((m.start(), stop))
                break
    return phrases


_NOUN_KINDS = dict(_NOUNS)
KO_PLACE_NOUNS = sorted((n for n, _ in _NOUNS if HANGUL.search(n)), key=len, reverse=True)
MAX_GLUED_TAIL = 2  # a particle after a glued place noun ("향남공장에서")


def _glued_noun(rest: str) -> str:
    """The Korean place noun `rest` starts with, a particle at most after it ("공장에서"), or ''."""
    return next(
        (n for n in KO_PLACE_NOUNS if rest.startswith(n) and len(rest) - len(n) <= MAX_GLUED_TAIL), ""
    )


def _glued_place_noun(text: str, at: int) -> tuple[int, int, str] | None:
    """The Korean place noun written on at `at` ("광주백업센터"), as a noun span with its kind."""
    noun = next((n for n in KO_PLACE_NOUNS if text.startswith(n, at)), None)
    return (at, at + len(noun), _NOUN_KINDS[noun]) if noun else None


def _unknown_glued_places(
    text: str, locations: list[str], taken: list[tuple[int, int]], is_word: Callable[[str], bool]
) -> list[PlacePhrase]:
    """A Korean word glued to a place noun that something is said to be in ("쥬라기센터에 있는 서버"): a
    place, with the locations its word names (often none) — never dropped."""
    phrases = []
    for m in re.finditer(r"(?<![가-힣])[가-힣]{2,10}", text):
        for noun in KO_PLACE_NOUNS:
            cut = m.group().find(noun, 1)
            stop = m.start() + cut + len(noun)
            word = m.group()[:cut]
            if (
                cut > 0
                and LOCATED_IN.match(text, stop)
                and _free((m.start(), stop), taken)
                and text[m.start() : stop] not in KO_PLACE_NOUNS  # "데이터센터에 있는": no name
                and word not in NOT_PLACES
                and not is_word(word)
            ):
                taken.append((m.start(), stop))
                matches = _matching((), word, _NOUN_KINDS[noun], locations)
                phrases.append(PlacePhrase(m.start(), stop, text[m.start() : stop], matches))
                break
    return phrases


def _narrowed_by_next_word(text: str, end: int, matches: list[str]) -> tuple[list[str], int]:
    """Several places of a city narrowed by the word after it that is a part of only one of them
    ("인천 T2" → `ICN-T2`, not `incheon-dc`), with the phrase's end moved past that word."""
    after = re.match(r"\s*([a-z0-9]+)", text[end:], re.I)
    if len(matches) < 2 or after is None:
        return matches, end
    word = after.group(1).lower()
    narrowed = [loc for loc in matches if word in re.split(r"[^a-z0-9가-힣]+", loc.lower())]
    return (narrowed, end + after.end()) if len(narrowed) == 1 else (matches, end)


def _glued_rest(text: str, end: int, matches: list[str]) -> int:
    """The end of the Korean syllables glued after a city that are the rest of its one location's name
    ("부산집중국" → `부산우편집중국`: 집중국 is no word of its own), else `end`."""
    glued = re.match(r"[가-힣]{2,}", text[end:])
    if len(matches) != 1 or glued is None:
        return end
    word = glued.group().rstrip("에의은는이가을를도")
    return end + len(word) if len(word) >= 2 and word in matches[0] else end


def _spelled_on(text: str, end: int, matches: list[str]) -> int:
    """The end of the words after a place that spell the rest of its one location's part ("azure korea
    central" → `azure-koreacentral`), else `end`."""
    if len(matches) != 1:
        return end
    if (
        (heard := re.match(r"\s*+([a-z]{3,})", text[end:]))
        and any(  # "busan edge" → `부산엣지`
            sounds_like(part[cut:], heard.group(1))
            for part in re.findall(r"[가-힣]{3,}", matches[0])
            for cut in range(1, len(part) - 1)
        )
    ):
        return end + heard.end()
    parts = re.split(r"[^a-z0-9]+", matches[0].lower())
    joined, stop = "", end
    for m in re.finditer(r"\s*([a-z0-9]+)", text[end:]):
        if m.start() != stop - end:
            break
        joined += m.group(1)
        if not any(part.startswith(joined) for part in parts):
            break
        stop = end + m.end()
        if joined in parts:
            return stop
    return end


CODED_PART = re.compile(r"(?<![a-z])[a-z]{2,}\d+")  # `fab2` of `Icheon-Fab2`, `dc3`, `az1`
NAMED_PART = re.compile(r"[a-z]{5,}")  # `ncloud` of `ncloud-kr`


def _parts_said_alone(
    text: str,
    locations: list[str],
    taken: list[tuple[int, int]],
    shape: re.Pattern[str],
    keep: Callable[[str], bool],
) -> list[PlacePhrase]:
    """Parts of location values of `shape` said alone ("fab2 베이", "Fab3쪽", "ncloud 쪽"): the locations
    holding that part, for the parts `keep` accepts."""
    by_part: dict[str, list[str]] = {}
    for location in locations:
        for part in _parts(location) | set(re.split(r"[^a-z0-9]+", location.lower())):
            if shape.fullmatch(part) and keep(part):
                by_part.setdefault(part, []).append(location)
    phrases = []
    for m in re.finditer(rf"(?<![a-z0-9_.-])({shape.pattern})(?![a-z0-9_-])", text):
        if _free(m.span(), taken) and (matches := by_part.get(m.group(1))):
            taken.append(m.span())
            phrases.append(PlacePhrase(m.start(), m.end(), m.group(1), sorted(set(matches))))
    return phrases


LOCATED_IN = re.compile(r"\s*(?:에|에서)\s*(?:있|위치|설치|돌|떠|올라|뭐|머|어떤)")  # "…센터에 있는 서버"
KO_PARTICLE = r"(?:에서|에|의|쪽|은|는|이|가|을|를|도|만|으로|로|꺼|거)"


def _hangul_parts_said_alone(
    text: str, locations: list[str], taken: list[tuple[int, int]], is_word: Callable[[str], bool]
) -> list[PlacePhrase]:
    """A Korean word of a location value said alone ("상암에 있는 CI" for `상암IDC`, "역삼" for `역삼 본사`):
    the locations holding it; never a place noun ("본사") nor a word of the planner's own."""
    nouns = {noun for noun, _ in _NOUNS}
    by_part: dict[str, list[str]] = {}
    for location in locations:
        for part in _hangul_parts(location):
            if part not in nouns and part not in NOT_PLACES and not is_word(part):
                by_part.setdefault(part, []).append(location)
    phrases = []
    for part, matches in by_part.items():
        for m in re.finditer(rf"(?<![가-힣]){part}(?=$|[^가-힣]|{KO_PARTICLE}(?:$|[^가-힣]))", text):
            if _free(m.span(), taken):
                taken.append(m.span())
                phrases.append(PlacePhrase(m.start(), m.end(), part, sorted(set(matches))))
    return phrases


def _hangul_parts(location: str) -> set[str]:
    """The Korean words of a location value, and what follows a city's name in one (`서울방송센터` → 방송센터)."""
    runs = set(re.findall(r"[가-힣]{2,}", location))
    cities = [s for s, _ in _SPELLINGS if HANGUL.match(s)]
    return runs | {
        run[len(city) :]
        for run in runs
        for city in cities
        if run.startswith(city) and len(run) - len(city) >= MIN_AFTER_CITY
    }


EVERY_PLACE = frozenset(
    {"각", "모든", "어느", "어떤", "전체", "다른", "every", "each", "all", "which", "any", "other"}
)
PER_PLACE = re.compile(r"\s*+(?:별|마다|\bby\b|\bper\b)", re.I)
MIN_NAMING_NOUN = 3  # "물류센터" may be a site's name; "센터", "공장" only say a kind of place
MIN_AFTER_CITY = 3  # "방송센터" after 서울: a name of its own; "본사" alone is the main site's word


def _free(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return all(span[1] <= a or span[0] >= b for a, b in taken)


def find_places(
    text: str, locations: list[str], taken: list[tuple[int, int]], is_word: Callable[[str], bool]
) -> list[PlacePhrase]:
    """Place phrases of the lower-cased `text` outside the `taken` spans (names already recognised), with
    the lower-cased `locations` (values as stored) they match; `is_word` tells the planner's own words,
    which never name a place."""
    taken = list(taken)
    phrases: list[PlacePhrase] = []
    nouns = [
        (m.start(), m.end(), kind)
        for noun, kind in _NOUNS
        for m in _pattern(noun).finditer(text)
        if _free(m.span(), taken)
    ]
    nouns = [n for n in nouns if not any(o != n and o[0] <= n[0] and n[1] <= o[1] for o in nouns)]
    for spelling, city in _SPELLINGS:
        for m in _pattern(spelling).finditer(text):
            if not _free(m.span(), taken):
                continue
            end, kind = m.end(), None
            after = next((n for n in nouns if text[end : n[0]].strip() == ""), None)  # "부산 데이터센터"
            if after is None and (glued_noun := _glued_place_noun(text, end)):  # "광주백업센터"
                after = glued_noun
            if after:
                end, kind = after[1], after[2]
            matches = _matching((*CITIES[city], *EXTRA_PARTS.get(city, ())), city, kind, locations)
            if after and text[after[0] : after[1]] in DR_SITE_NOUNS:  # "대전 DR센터": its DR site
                matches = [loc for loc in matches if DR_SITE_MARKS.search(loc)] or matches
            matches, end = _narrowed_by_next_word(text, end, matches)
            if (spelled := _spelled_on(text, end, matches)) > end and not after:  # "busan edge site"
                after = next((n for n in nouns if text[spelled : n[0]].strip() == ""), None)
                end = after[1] if after else spelled
            end = _glued_rest(text, end, matches)
            taken.append((m.start(), end))
            phrases.append(PlacePhrase(m.start(), end, text[m.start() : end], matches))
    phrases += _parts_said_alone(text, locations, taken, CODED_PART, lambda part: True)
    # a word part, five letters or more, that is no planner word ("ncloud 쪽" → `ncloud-kr`)
    phrases += _parts_said_alone(
        text, locations, taken, NAMED_PART, lambda part: part not in NOT_PLACES and not is_word(part)
    )
    phrases += _hangul_parts_said_alone(text, locations, taken, is_word)
    phrases += _romanised_places(text, locations, taken, nouns)
    for start, end, kind in sorted(nouns) if not phrases else []:  # "mokpo DC": an unknown word
        before = _word_before(text[:start])
        if before and not _free((before[0], end), taken):
            continue
        word_start, word = before if before else (start, "")
        word = word.lower()
        glued = word_start + len(word) == start and HANGUL.search(word)  # "콜센터", "고객센터": no place
        korean_ending = HANGUL.search(word) and word.endswith(KO_ENDINGS)
        if not word or glued or korean_ending or word in NOT_PLACES or word.isdigit() or is_word(word):
            noun = text[start:end]
            if noun in DR_SITE_NOUNS:  # "DR센터에 있는 것": the site its role names
                named = [loc for loc in locations if DR_SITE_MARKS.search(loc)]
            elif word in EVERY_PLACE or PER_PLACE.match(
                text, end
            ):  # "각 물류센터", "데이터센터별": all of them
                named = []
            else:  # "물류센터 장비" of `김포물류센터`: the one site the noun is the name of
                named = [loc for loc in locations if len(noun) >= MIN_NAMING_NOUN and noun in loc]
                named = named if len(named) == 1 else []  # several: the kind of place, said of them all
            if noun in DR_SITE_NOUNS or named:
                taken.append((start, end))
                phrases.append(PlacePhrase(start, end, noun, named))
            continue
        taken.append((word_start, end))
        matches = _matching((), word, kind, locations)
        phrases.append(PlacePhrase(word_start, end, text[word_start:end], matches))
    phrases += [] if phrases else _unknown_glued_places(text, locations, taken, is_word)
    for phrase in phrases:  # values as stored, read by their words (`IlsanBranch`); the planner's are lower
        phrase.matches = list(dict.fromkeys(match.lower() for match in phrase.matches))
    return sorted(phrases, key=lambda p: p.start)

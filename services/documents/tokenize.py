"""Korean-aware search tokens, the same at index and query time (BM25 and snippet highlighting).

Latin and numeric terms are lower-cased; identifiers such as `vm_memory_high_watermark` or
`connection.blocked` give the whole term and its parts. Hangul goes through kiwipiepy: content morphemes
(nouns, roots, verb and adjective stems) are kept, particles and endings dropped; a nominalised verb
(`잠그`+`ㅁ`, which Kiwi reads in context) also gives the noun as written (`잠금`). Nouns written
together also give the whole compound (`재`+`배치` → `재배치`); nouns of three or more syllables and
words Kiwi does not know give their character bigrams (`테라폼` → `테라`, `라폼`), so compounds and
unknown terms still match their pieces.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from functools import lru_cache
from typing import Any

_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:/\-]*[A-Za-z0-9]|[A-Za-z0-9]")
_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3][\uac00-\ud7a3\s]*")
_KEEP_TAGS = {"NNG", "NNP", "NR", "XR", "SH", "VV", "VA", "VV-R", "VA-R", "VV-I", "VA-I", "MAG"}
_BIGRAM_TAGS = {"NNG", "NNP", "XR"}
_VERB_TAGS = {"VV", "VA", "VV-R", "VA-R", "VV-I", "VA-I"}
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "how",
        "i",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "do",
        "does",
        "did",
        "our",
        "you",
        "your",
        "can",
        "not",
        "no",
    ]
)
_STOP_KO = frozenset(
    {"하", "되", "있", "없", "않", "이", "그", "저", "것", "수", "등", "및", "안", "더", "잘"}
)
MAX_TEXT = 2_000_000

_kiwi: Any = None
_kiwi_lock = threading.Lock()


def analyzer() -> Any:
    """The shared Kiwi analyser, loaded on first use."""
    global _kiwi
    with _kiwi_lock:
        if _kiwi is None:
            from kiwipiepy import Kiwi

            _kiwi = Kiwi()
        return _kiwi


def bigrams(word: str) -> list[str]:
    """Overlapping character pairs of `word` (the word itself when shorter)."""
    return [word[i : i + 2] for i in range(len(word) - 1)] or [word]


def _latin_terms(text: str) -> list[str]:
    terms: list[str] = []
    for match in _LATIN.finditer(text):
        whole = match.group()
        parts = [p.lower() for p in _PART.findall(whole)]  # camelCase and snake_case pieces
        if len(parts) > 1:
            terms.append(whole.lower())
        terms.extend(p for p in parts if p not in _STOP and (len(p) > 1 or p.isdigit()))
    return terms


@lru_cache(maxsize=4096)
def _hangul_terms(run: str) -> tuple[str, ...]:
    terms: list[str] = []
    analysed = analyzer().tokenize(run)
    terms.extend(_compounds(run, analysed))
    covered: set[int] = set()
    for token, following in zip(analysed, [*analysed[1:], None], strict=True):
        form, tag = token.form, token.tag
        if tag not in _KEEP_TAGS or not _HANGUL.fullmatch(form) or form in _STOP_KO:
            continue
        if tag == "MAG" and len(form) < 2:
            continue
        covered.add(token.start)
        terms.append(form)
        if following is not None and tag in _VERB_TAGS and _nominalises(following):
            # a nominalised verb (잠그+ㅁ in "잠금이 풀리지", 멈추+ㅁ in the note style "발행 멈춤") also
            # counts as the noun it reads as ("잠금", "멈춤")
            noun = run[token.start : following.start + following.len]
            if len(noun) >= 2 and _HANGUL.fullmatch(noun):
                terms.append(noun)
        if tag in _BIGRAM_TAGS and len(form) >= 3:
            terms.extend(bigrams(form))
    # words Kiwi found nothing in (spelling variants, jargon) still match by their pieces
    for word in re.finditer(r"\S+", run):
        if len(word.group()) >= 3 and not any(word.start() <= at < word.end() for at in covered):
            terms.extend(bigrams(word.group()))
    return tuple(terms)


def _nominalises(token: Any) -> bool:
    """A nominalising ending: -ㅁ/-음/-기, or the note-style sentence ending -ㅁ/-음 ("안 풀림")."""
    return token.tag == "ETN" or (token.tag == "EF" and token.form in ("ᆷ", "음"))


def _compounds(run: str, analysed: list[Any]) -> list[str]:
    """Nouns written together (`재배치`, `상태잠금`) also count as the whole compound."""
    out, group, end = [], "", -1
    for token in [*analysed, None]:
        joins = token is not None and token.tag in ("NNG", "NNP", "XPN") and token.start == end
        if not joins and len(group) >= 3 and _HANGUL.fullmatch(group):
            out.append(group)
        if token is None:
            break
        if joins:
            group += token.form
        elif token.tag in ("NNG", "NNP", "XPN"):
            group = token.form
        else:
            group = ""
        end = token.start + token.len
    return [w for w in out if w in run]


def tokens(text: str) -> list[str]:
    """Search terms of `text`, in order, with repeats (term frequency counts them)."""
    text = text[:MAX_TEXT]
    out = _latin_terms(text)
    for match in _HANGUL_RUN.finditer(text):
        run = match.group().strip()
        for piece in _split(run):
            out.extend(_hangul_terms(piece))
    return out


def _split(run: str, size: int = 400) -> list[str]:
    """Long Hangul runs in pieces of whole words (bounded work per Kiwi call, better cache hits)."""
    if len(run) <= size:
        return [run]
    words, pieces, current = run.split(), [], ""
    for word in words:
        if current and len(current) + len(word) + 1 > size:
            pieces.append(current)
            current = ""
        current = f"{current} {word}".strip()
    if current:
        pieces.append(current)
    return pieces


def term_counts(text: str) -> Counter[str]:
    """Term → frequency in `text` (terms are cut to 64 characters, the column's width)."""
    return Counter(t[:64] for t in tokens(text))


def query_terms(text: str) -> list[str]:
    """The distinct terms of a query, in first-seen order."""
    return list(dict.fromkeys(t[:64] for t in tokens(text)))


def language(text: str) -> str:
    """'ko' when Hangul makes up a fair share of the letters, 'en' otherwise (mixed text counts as ko)."""
    hangul = sum(len(m) for m in _HANGUL.findall(text[:20000]))
    latin = sum(1 for ch in text[:20000] if ch.isascii() and ch.isalpha())
    return "ko" if hangul and hangul * 3 >= latin * 1 else "en"

"""A sum over CIs of one numeric key ("게이트웨이들 툴 수 다 합치면", "total OHT vehicles"): the key is read from
the words that spell it, as own_keys.py reads a named CI's keys."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.ops.planner.described_subject import matches_filters
from services.ops.planner.entities import Mention
from services.ops.planner.key_spellings import KEY_UNITS
from services.ops.planner.own_keys import MAX_READ, key_parts, key_spans

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

# a sum over CIs: "다 합치면", "합계", "in total", "combined", "across"
SUM_ASKED = re.compile(
    r"합치|합쳐|합하|더하면|합계|총합|합산|(?<![가-힣])총(?![가-힣])|\b(?:sum|total|combined|altogether|add up|across)\b",
    re.I,
)
TOKEN = re.compile(r"[가-힣]+|[a-z][a-z0-9]*")
KO_TAIL = re.compile(r"(?:들|의|은|는|을|를|이|가|도)$")  # "비히클들", "툴이": a particle on a key word


def read_summed_key(parsed: Parsed, index: EntityIndex) -> None:
    """The numeric key a sum over CIs adds up ("게이트웨이들 툴 수 다 합치면", "total OHT vehicles"): a
    `summed` mention of the one quantity key the words spell, when no CI is named."""
    if parsed.of("ci") or parsed.of("metric") or len(parsed.question) > MAX_READ:
        return
    if not SUM_ASKED.search(parsed.residual):
        return
    quantities = index.values.quantities
    read = [m for m in parsed.mentions if m.kind == "attribute" and m.value in quantities]
    if read:
        keys = {m.value for m in read}
        spans = [(m.start, m.end) for m in read]
    else:
        text = parsed.residual.lower()
        words = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
        words += [
            (a, b - len(t.group()), w[: -len(t.group())])
            for a, b, w in words
            if (t := KO_TAIL.search(w)) and len(w) > 1
        ]
        spelled = {key: found for key in quantities if (found := key_spans(key, words, text))}
        if not spelled:
            return
        most = max(len(found) for found in spelled.values())
        keys = {key for key, found in spelled.items() if len(found) == most}
        spans = sorted({span for key in keys for span in spelled[key]})
    if len(keys) != 1:
        return
    key = _held_sibling(next(iter(keys)), parsed, index)
    parsed.mentions = [m for m in parsed.mentions if m not in read]
    parsed.mentions = sorted([*parsed.mentions, Mention("summed", key, *spans[0])], key=lambda m: m.start)
    chars = list(parsed.residual)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    parsed.residual = "".join(chars)


def _held_sibling(key: str, parsed: Parsed, index: EntityIndex) -> str:
    """Of the quantity keys that differ from `key` only in their unit ("용량": `capacity_tb`, `capacity_m3`),
    the one whose unit the question says ("몇 m3"), else the one most of the CIs its filters pick hold;
    `key` on a tie."""

    def stem(k: str) -> list[str]:
        return [part for part in key_parts(k) if part not in KEY_UNITS]

    siblings = sorted({k for k in index.values.quantities if stem(k) == stem(key)} | {key})
    if len(siblings) == 1:
        return key
    said = {token for token in TOKEN.findall(parsed.residual.lower()) if token in KEY_UNITS}
    picked = [
        name for name in index.ci_keys if parsed.filters and matches_filters(name, parsed.filters, index)
    ]

    def fit(k: str) -> tuple[bool, int, bool]:
        held = sum(k in index.ci_keys[name] for name in picked)
        return bool(said & set(key_parts(k))), held, k == key

    return max(siblings, key=fit)

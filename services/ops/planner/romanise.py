"""Hangul in the Revised Romanization, letter by letter, as place names are spelled in location values."""

from __future__ import annotations

# Revised Romanization of Hangul, letter by letter (no sound changes): 평택 → pyeongtaek, 구미 → gumi
_INITIALS = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "_",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
_MEDIALS = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
_FINALS = [
    "",
    *[
        "k",
        "k",
        "k",
        "n",
        "n",
        "n",
        "t",
        "l",
        "k",
        "m",
        "l",
        "l",
        "l",
        "p",
        "l",
        "m",
        "p",
        "p",
        "t",
        "t",
        "ng",
        "t",
        "t",
        "k",
        "t",
        "p",
        "t",
    ],
]


def romanised(word: str) -> str:
    """`word` (Hangul) in the Revised Romanization, as place names are spelled in location values."""
    out: list[str] = []
    for i, ch in enumerate(word):
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            return ""
        initial, medial, final = code // 588, code % 588 // 28, code % 28
        lead = _INITIALS[initial].replace("_", "")
        if lead == "r" and (i == 0 or out[-1].endswith("l")):
            lead = "l" if i else "r"
        out.append(lead + _MEDIALS[medial] + _FINALS[final])
    return "".join(out)

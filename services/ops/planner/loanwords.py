"""English words written in Hangul ("툴", "비히클", "테스터", "레이드 컨트롤러", "온탭"): Korean engineers spell
English key words the way they sound, so a Hangul word is compared with an English word by the consonants
both are heard with.

Both sides become a skeleton of consonant classes (vowels, `w`, `y`, a silent final `e` and an `r` not
before a vowel are dropped; `k g c q`, `t d`, `p b f v`, `s z j ch sh`, `l r` are one class each), so
"vehicle" and "비히클" are both K-less `P H K L`. Skeletons shorter than two consonants say too little and
never match.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Hangul jamo: the initial consonants (19) and final consonants (28, the first none) of a syllable
_INITIALS = ["K", "K", "N", "T", "T", "L", "M", "P", "P", "S", "S", "", "S", "S", "S", "K", "T", "P", "H"]
_FINALS = [
    "", "K", "K", "KS", "N", "NS", "NH", "T", "L", "LK", "LM", "LP", "LS", "LT", "LP", "LH",
    "M", "P", "PS", "T", "T", "NK", "T", "T", "K", "T", "P", "T",
]  # fmt: skip
_HANGUL = re.compile(r"[가-힣]+")
_ENGLISH = re.compile(r"[a-z]+")
MIN_SKELETON = 2
# English letter groups as heard, longest first
_GROUPS = [
    ("tch", "S"), ("sch", "SK"), ("tion", "SN"), ("sion", "SN"), ("ght", "T"), ("ch", "S"), ("sh", "S"), ("ph", "P"),
    ("th", "S"), ("ck", "K"), ("qu", "K"), ("gh", ""), ("ng", "NK"), ("x", "KS"),
]  # fmt: skip
_LETTERS = {
    "b": "P", "p": "P", "f": "P", "v": "P", "d": "T", "t": "T", "k": "K", "q": "K", "g": "K",
    "s": "S", "z": "S", "j": "S", "l": "L", "m": "M", "n": "N", "h": "H",
}  # fmt: skip
_VOWELS = set("aeiouy")


def _collapsed(classes: str) -> str:
    return re.sub(r"(.)\1+", r"\1", classes)


@lru_cache(maxsize=4096)
def hangul_skeleton(word: str) -> str:
    """The consonant classes a Hangul word is heard with ("컨트롤러" → "KNTL")."""
    out = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            return ""
        out.append(_INITIALS[code // 588] + _FINALS[code % 28])
    return _collapsed("".join(out))


@lru_cache(maxsize=4096)
def english_skeleton(word: str) -> str:
    """The consonant classes an English word is heard with in Korean ("controller" → "KNTL")."""
    word = word.lower()
    if len(word) > 3 and word.endswith("e") and word[-2] not in _VOWELS | {"c", "g"}:
        word = word[:-1]  # "core", "node": a silent e ("storage", "instance" keep theirs: it softens)
    out, i = [], 0
    while i < len(word):
        group = next((g for g in _GROUPS if word.startswith(g[0], i)), None)
        if group and not (group[0] == "ng" and word[i + 2 : i + 3] in _VOWELS):  # "single", not "engine"
            out.append(group[1])
            i += len(group[0])
            continue
        letter, after = word[i], word[i + 1 : i + 2]
        if letter == "r":
            out.append("L" if after in _VOWELS else "")  # "server", "tester": no r heard
        elif letter == "c":
            out.append("S" if after in ("e", "i", "y") else "K")
        elif letter == "g" and after in ("e", "i"):
            out.append("S")  # "engine", "storage"
        else:
            out.append(_LETTERS.get(letter, ""))
        i += 1
    return _collapsed("".join(out))


# Hangul vowels (by their index in a syllable) an English word's first vowel letter is written with:
# ㅏ0 ㅐ1 ㅑ2 ㅒ3 ㅓ4 ㅔ5 ㅕ6 ㅖ7 ㅗ8 ㅘ9 ㅙ10 ㅚ11 ㅛ12 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅢ19 ㅣ20
_FIRST_VOWELS = {
    "a": {0, 1, 2, 3, 4, 5, 8, 9, 10},  # rack 랙, gateway 게, hardware 하, raid 레
    "e": {1, 4, 5, 6, 7, 15, 16, 20},  # version 버, tester 테, vehicle 비
    "i": {0, 1, 4, 16, 19, 20},  # disk 디, timeout 타, firmware 펌
    "o": {0, 4, 8, 9, 11, 12, 13},  # topic 토, controller 컨, tool 툴, counter 카
    "u": {4, 8, 13, 14, 17, 18},  # cluster 러, rule 룰, queue 큐
    "y": {0, 1, 20},  # cycle 사, system 시
}
_EPENTHETIC = 18  # ㅡ: the vowel Korean adds between consonants ("스펙", "클러스터"), not heard in English


def _first_vowel_fits(hangul: str, english: str) -> bool:
    """Whether the first vowel heard in the Hangul word can write the English word's first vowel ("보존" is
    no "version": ㅗ never writes its e)."""
    medials = [(ord(ch) - 0xAC00) % 588 // 28 for ch in hangul]
    heard = next((m for m in medials if m != _EPENTHETIC), _EPENTHETIC)
    letter = next((ch for i, ch in enumerate(english.lower()) if ch in "aeiou" or (ch == "y" and i)), None)
    return letter is None or heard in _FIRST_VOWELS[letter]


def sounds_like(hangul: str, english: str) -> bool:
    """Whether a Hangul word is an English word written as it sounds ("툴" and "tool")."""
    if not _HANGUL.fullmatch(hangul) or not _ENGLISH.fullmatch(english.lower()):
        return False
    heard = hangul_skeleton(hangul)
    return (
        len(heard) >= MIN_SKELETON
        and heard == english_skeleton(english)
        and _first_vowel_fits(hangul, english)
    )

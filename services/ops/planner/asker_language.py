"""The language a question is asked in: the asker's own words decide it, not the names it says."""

from __future__ import annotations

import re

HANGUL = re.compile("[\uac00-\ud7a3]")
LATIN_WORD = re.compile(r"[a-z]{2,}", re.I)
# what a question names in its record's own spelling ("대구DR센터", "DB운영팀", "한빛은행"): no sign of its language
NAMED_KINDS = frozenset({"ci", "location", "owner", "value"})


def asker_language(question: str, named: list[tuple[int, int]]) -> str:
    """Korean when the asker's own words are ("상암IDC 서버 목록"), English when only the names at the `named`
    spans are Korean ("which hosts at 대구DR센터 run a database?"); a question of names alone by its letters."""
    own = list(question)
    for start, end in named:
        own[start:end] = " " * (end - start)
    words = "".join(own)
    korean = HANGUL.search(words) or (HANGUL.search(question) and not LATIN_WORD.search(words))
    return "ko" if korean else "en"

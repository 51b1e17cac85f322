"""CIs named by the place they stand for: a pumping station's `site: "송강 가압장"` makes "송강가압장" and
"송강 가압장" name that CI, and a word no other site holds ("헬리오시티" of "송파 헬리오시티") as well; and CIs
named without their prefix ("bidder-conn" for `kkachi-bidder-conn`)."""

from __future__ import annotations

import re

# attribute keys whose value is what people call the CI
SITE_KEYS = ("site", "site_name", "station", "facility", "branch", "display_name", "alias", "aka", "name_ko")
PARENTHESISED = re.compile(r"\([^)]*\)")  # "(서울방향)": a direction, not the name
HANGUL = re.compile(r"[가-힣]")
MIN_WORD_SYLLABLES = 4  # a word of a site said alone: long enough to be a name ("헬리오시티", not "노은")
MIN_ASCII_WORD = 6


def site_aliases(values: dict[str, dict[str, str]], names: set[str]) -> dict[str, str]:
    """alias → lower-cased CI name, from the site-like values of `values` (CI → key → lower-cased value);
    an alias two CIs share, or that is a CI's name, is dropped."""
    found: dict[str, set[str]] = {}
    for ci, attributes in values.items():
        for key in SITE_KEYS:
            if not (value := attributes.get(key)):
                continue
            said = " ".join(PARENTHESISED.sub(" ", value).split())
            forms = {said, said.replace(" ", "")} if len(said) >= 3 else set()
            forms |= {word for word in said.split() if _name_like(word)}
            for form in forms:
                found.setdefault(form, set()).add(ci)
    return {alias: next(iter(cis)) for alias, cis in found.items() if len(cis) == 1 and alias not in names}


def _name_like(word: str) -> bool:
    if HANGUL.search(word):
        return len(word) >= MIN_WORD_SYLLABLES
    return len(word) >= MIN_ASCII_WORD and not word.isdigit()


SEPARATED = re.compile(r"[-_.]")
SEPARATED_RUN = re.compile(r"[-_.]+")
MIN_TAIL_WORD = 4  # a tail names a CI by a word this long ("bidder-conn"), not by "db-01"


def tail_aliases(names: set[str]) -> dict[str, str]:
    """alias → lower-cased CI name: a name's last two or more parts said without its prefix ("bidder-conn"
    for `kkachi-bidder-conn`), when no other name ends so and no name is that tail."""
    found: dict[str, set[str]] = {}
    for name in names:
        cuts = [m.end() for m in SEPARATED.finditer(name)]
        for cut in cuts[:-1]:  # two parts at least remain
            tail = name[cut:]
            if any(len(word) >= MIN_TAIL_WORD and word.isalpha() for word in SEPARATED.split(tail)):
                found.setdefault(tail, set()).add(name)
    # "remote_command" is rather `remote__command` mistyped than the tail of `eu__remote_command`
    spelled = {SEPARATED_RUN.sub("-", name) for name in names}
    return {
        tail: next(iter(cis))
        for tail, cis in found.items()
        if len(cis) == 1 and SEPARATED_RUN.sub("-", tail) not in spelled
    }

"""CI names spelled out in English words ("the duty reconciliation batch" for `BAT_DUTY_RECON`, "the nightly
variant calling" for `varcall-nightly`): consecutive words that spell every part of one CI's name, each part
once, in any order — a part as a word, as the start of one ("recon" of "reconciliation", "bat" of "batch"),
as a synonym ("svc", "service"), or as the starts of two words joined ("varcall": "variant calling"). A
phrase that spells two CIs' names names neither; one with no part said whole in a word the planner does not
know names none ("recent service" is no `rec-svc`; "duty" anchors "duty reconciliation batch").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from services.ops.planner.names import CANONICAL, NAME_PARTS

WORD = re.compile(r"(?<![\w.-])[a-z]++(?![\w-])")
MIN_CUT = 3  # a part abbreviating a word keeps at least its first three letters ("bat", "recon")
MAX_PARTS = 4


def _spellings(part: str, words: list[str]) -> list[int]:
    """How many of `words` (from the first) each way of spelling `part` takes."""
    first = words[0]
    whole = CANONICAL.get(first, first) == CANONICAL.get(part, part)  # "svc" for "service" too
    taken = [1] if whole or (len(part) >= MIN_CUT and first.startswith(part)) else []

    def joined(rest: str, at: int) -> list[int]:  # "varcall": "var" of "variant" + "call" of "calling"
        if not rest:
            return [at]
        if at >= len(words):
            return []
        return [
            end
            for cut in range(min(len(rest), len(words[at])), MIN_CUT - 1, -1)
            if words[at].startswith(rest[:cut])
            for end in joined(rest[cut:], at + 1)
        ]

    return taken + [end for end in joined(part, 0) if end >= 2]


def _spells(parts: list[str], words: list[str]) -> bool:
    """Whether `words` spell all of `parts`, each part once and every word used, in any order."""
    if not parts or not words:
        return not parts and not words
    return any(
        _spells(parts[:i] + parts[i + 1 :], words[taken:])
        for i, part in enumerate(parts)
        for taken in _spellings(part, words)
    )


def spelled_names(
    text: str, names: dict[str, str], taken: list[tuple[int, int]], is_vocabulary: Callable[[str], bool]
) -> list[tuple[int, int, str]]:
    """(start, end, name as stored) of the names the lower-cased `text` spells in words outside `taken`;
    `names`: lower-cased name → name as stored."""
    words = [m for m in WORD.finditer(text) if all(m.end() <= a or m.start() >= b for a, b in taken)]
    runs: list[list[re.Match[str]]] = []  # words with only spaces between them
    for m in words:
        if runs and not text[runs[-1][-1].end() : m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
    named = {
        name: parts
        for name in names
        if 2 <= len(parts := [p for p in NAME_PARTS.split(name) if p]) <= MAX_PARTS
        and all(p.isalpha() for p in parts)
    }
    found: list[tuple[int, int, str]] = []
    for run in runs:
        said = [m.group() for m in run]
        start = 0
        while start < len(run):
            hit = None
            for end in range(min(len(run), start + 2 * MAX_PARTS), start + 1, -1):  # the longest first
                window = said[start:end]
                anchors = {w for w in window if not is_vocabulary(w)}
                if not anchors:
                    continue
                initials = {w[0] for w in window}
                spelled = [
                    name
                    for name, parts in named.items()
                    if len(parts) <= len(window)
                    and anchors.intersection(parts)
                    and all(p[0] in initials or p in CANONICAL for p in parts)
                    and _spells(parts, window)
                ]
                if len(spelled) == 1:
                    hit = (end, spelled[0])
                    break
            if hit is None:
                start += 1
                continue
            end, name = hit
            found.append((run[start].start(), run[end - 1].end(), names[name]))
            start = end
    return found

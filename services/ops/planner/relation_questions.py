"""The shapes of topology questions about two CIs or a bounded walk: whether a question asks yes or no,
which of two CIs a failure phrase is about, the same-host and path-exists questions, hop limits."""

from __future__ import annotations

import re

from services.ops.planner.relation_words import FAILURE_WORDS, WH_KO
from services.ops.planner.relations import HANGUL, first_said, says

# "A랑 B 같은 서버에서 돌아?", "Is A on the same host as B?": the hosts two CIs share
SAME_HOST = re.compile(
    r"같은 ?(?:서버|호스트|노드|머신|장비|VM|박스)|한 ?(?:서버|호스트|머신)에서"
    r"|\bsame (?:host|server|machine|node|box|vm|hardware)s?\b|\bco-?located\b|\bshare (?:a|the|one|any) (?:host|server|machine|node|vm|box)s?\b",
    re.I,
)


# A yes/no question about two CIs ("Does A depend on B?", "A가 B에 의존해?") checks one relation.
YES_NO_EN = re.compile(
    r"(?:^|,)\s*(?:does|do|did|is|are|was|were|will|would|can|could|has|have|should)\b"
    r"|\bwhether\b|\b(?:check|tell me|see|know) if\b",
    re.I,
)
WH_EN = re.compile(r"\b(?:what|which|who|whom|where|how|list|show)\b", re.I)
CONJUNCTION = re.compile(r"^\s*(?:와|과|하고|랑|이랑|및|,|and|or|&)\s*$", re.I)  # "A와 B", "A and B"


CONDITION = re.compile(r"(?:\b(?:if|when|once|should|after)|만약|만일)\s*$", re.I)
FAILURE_REACH = 16  # characters between a CI and its failure words ("X가 죽으면", "X goes down")


def failing_ci(text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Of the CIs at `spans`, the one a failure phrase is about ("if B fails", "B가 죽으면"): followed by
    failure words, preferring the one under a condition ("Would A break if B goes down?")."""
    followed = [
        span
        for span in spans
        if (m := first_said(text[span[1] : span[1] + FAILURE_REACH], FAILURE_WORDS))
        and len(text[span[1] : span[1] + m.start()].split()) <= 1  # "B fails", "B가 죽으면", "B 장애 시"
    ]
    conditioned = [span for span in followed if CONDITION.search(text[: span[0]])]
    return next(iter(conditioned or followed), None)


def yes_no(text: str) -> bool:
    """Whether `text` (CI names blanked) asks yes or no rather than for a list or a figure."""
    if HANGUL.search(text):
        return not says(text, WH_KO)
    return bool(YES_NO_EN.search(text)) and not WH_EN.search(text)


# a Korean yes/no question: a verb ending in a question mark ("HSM까지 타?"), not a noun ("영향 받는 건?")
# nor a request ("보여줘?")
KO_WHETHER = re.compile(r"(?:타|해|돼|되|있어|있나|있니|있음|있냐|나|니|냐|어|아|지|까|요)\s*+[?？]")
KO_REQUEST = re.compile(r"줘|주세요|줄래|봐|알려|보여|목록|리스트")


def asks_whether(text: str) -> bool:
    """Whether `text` (CI names blanked) asks yes or no, as a question and not a request to list."""
    if HANGUL.search(text):
        return bool(KO_WHETHER.search(text)) and yes_no(text) and not KO_REQUEST.search(text)
    return yes_no(text)


PATH_QUESTION = re.compile(  # whether a path exists, not which one: "is there a path …", "경로가 있어?"
    r"\b(?:is|are) there (?:a |any )?(?:(?:dependency|dependence|network|connection) )?(?:path|route|way|chain)\b"
    r"|\bcan \S+ reach\b|(?:경로|길|루트)(?:가|이|는)? ?(?:있|존재)",
    re.I,
)
WITHIN_HOPS = re.compile(
    r"(?:within|at most|up to|no more than)\s*+(\d{1,2})\s*+hops?"
    r"|(?<![\d.])(\d{1,2})\s*+(?:hops?|홉|단계)\s*+(?:away|이내|안에|안쪽|이하|까지)",
    re.I,
)


def hop_limit(text: str) -> int | None:
    """The depth a question bounds a relation to ("within 3 hops", "2홉 이내"), None when it names none."""
    m = WITHIN_HOPS.search(text)
    return int(m.group(1) or m.group(2)) if m else None

"""What a why-question's problem was seen on: the named CI; the CIs a location or attribute filter picks
("부산 쪽 왜 느려?"); else the CIs whose records hold the question's words ("간편인증 왜 안 됐어?").

Filter words that pick no CI ("제주 POS 카드결제": `payment` is no namespace of a Jeju CI) or that the
filters could not all keep (two namespaces in "홈페이지 예약 결제") are words of what the CI does; a place
said ambiguously ("서울": the HQ data centre or the Seoul hotel) is the one that holds the described CIs.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from services.ops.planner import relation_questions as questions
from services.ops.planner.described import described_cis, loosely_described
from services.ops.planner.described_subject import matches_filters, placed_cis
from services.ops.planner.lexicon_oncall import ANAPHORA, CAUSE_GUESS_SENTENCE, CAUSE_GUESSED
from services.ops.planner.moments import mentions_now, tells_trouble_now
from services.ops.planner.unknown_words import content_words

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex, Mention
    from services.ops.planner.parsing import Parsed

SEEN_ON = ("attributes", "location", "type", "environment", "owner")
COMPOUND = re.compile(r"[가-힣]{3,}")
PLAIN = re.compile(r"[가-힣]+|[a-z]+", re.I)  # words, not a name tried ("sise_rdis")
PARTICLE = re.compile(r"(?:이|가|은|는|을|를|에서|에|의|도|만|으로|로|이랑|랑)$")


def _unkept_values(p: Parsed) -> list[Mention]:
    """Value mentions the attribute filters do not hold (a second value of the same key)."""
    kept = {str(v).lower() for v in (p.filters.get("attributes") or {}).values()}
    return [m for m in p.mentions if m.kind == "value" and m.value.lower() not in kept]


def _compounds(p: Parsed) -> list[str]:
    """The question's long Korean words as written, particles aside, when each of their parts reads as a
    word of the planner's own ("알림톡": 알림 is an alert to it, 알림톡 a KakaoTalk notice to the records)."""
    return [PARTICLE.sub("", run) for run in COMPOUND.findall(_timeless(p.residual, p))]


def _timeless(text: str, p: Parsed) -> str:
    """`text` with the question's time words blanked ("this morning" points at no earlier answer)."""
    if not p.window_span:
        return text
    start, end = p.window_span
    return text[:start] + " " * (end - start) + text[end:]


def _in_place(names: list[str], p: Parsed, index: EntityIndex) -> tuple[list[str], str | None]:
    """`names` in the question's location, and that location; a place said ambiguously settles on the one
    candidate that holds some of them (then it is no longer unplaced)."""
    if location := p.filters.get("location"):
        return [n for n in names if index.ci_locations.get(n.lower()) == location], location
    for place in list(p.unplaced_places):
        inside = {index.ci_locations.get(n.lower()) for n in names} & set(place.matches)
        if len(inside) == 1:
            p.unplaced_places.remove(place)
            location = inside.pop()
            return [n for n in names if index.ci_locations.get(n.lower()) == location], location
    return names, None


def _as_written(p: Parsed, index: EntityIndex) -> str:
    """The question's unread words as the user wrote them: whole words from the first to the last, a
    trailing particle aside ("간편인증이" → "간편인증")."""
    spans = [(a, b) for a, b, _ in content_words(p, index)]
    if not spans:
        return ""
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    while start > 0 and p.question[start - 1].isalnum():
        start -= 1
    while end < len(p.question) and p.question[end].isalnum():
        end += 1
    return PARTICLE.sub("", p.question[start:end].strip())


def guessed_cause_metrics(p: Parsed) -> set[str]:
    """Metrics said in a sentence guessing the cause ("트래픽 몰려서 그런거임?"): the guess, not the symptom."""
    guesses = [m.span() for m in CAUSE_GUESS_SENTENCE.finditer(p.structure)]
    return {m.value for m in p.mentions if m.kind == "metric" and any(a <= m.start < b for a, b in guesses)}


def _joined_cis(p: Parsed) -> bool:
    """Whether the question's CIs are said side by side, joined by "and", "랑", "," ("A and B timeouts")."""
    named = sorted((m for m in p.mentions if m.kind == "ci"), key=lambda m: m.start)
    return all(questions.CONJUNCTION.match(p.question[a.end : b.start]) for a, b in pairwise(named))


# "X cpu 튀었던데 그게 대여 장애 원인이야?", "was X the cause of the rental outage?": X is suspected of a
# problem the words after it describe (Korean "그게 Y 때문이야" names a cause instead, so only 원인)
SUSPECTED_OF = re.compile(
    r"(?:그게|그거|이게|그것이|그것)\s*+(?P<ko>[^?？]{2,30}?)\s*+(?:의\s*+)?원인(?:이야|임|인가|이었|였|맞)"
    r"|\b(?:the\s++)?(?:root\s++)?(?:cause|reason)\s++(?:of|for|behind)\s++(?:the\s++)?(?P<en>[^?]{3,40}?)\s*+[?]?\s*+$",
    re.I,
)
# "X cpu 튀었을때 키오스크 체크인 실패한거 그 서버 문제야?": the trouble told before it, then the CI blamed
BLAMED_AFTER_TOLD = re.compile(
    r"(?:그|저)\s*+(?:서버|호스트|장비|노드|디비|db|놈)\s*+(?:문제|탓|때문)(?:야|임|인가|이었|였|맞)"
)
TOLD_REACH = 40  # the trouble's words are read this far before the blame


def _suspected(p: Parsed, index: EntityIndex, ci: str) -> dict[str, Any] | None:
    """The CIs the problem the question blames `ci` for was seen on, with `ci` as the suspect: the analysis
    is of that problem, and the answer says where `ci` ranks among its causes."""
    if m := SUSPECTED_OF.search(p.question):
        a, b = m.span("ko") if m.group("ko") else m.span("en")
    elif blamed := BLAMED_AFTER_TOLD.search(p.question):
        a, b = max(0, blamed.start() - TOLD_REACH), blamed.start()
    else:
        return None
    said = [word for start, _, word in content_words(p, index) if a <= start < b]
    within = placed_cis(p, index)[0]
    described = (
        (described_cis(said, index, within) or loosely_described(said, index, within)) if said else None
    )
    names = [n for n in described.names if n.lower() != ci.lower()] if described else []
    if not described or not names:
        return None
    return {"among": names, "described_as": " ".join(described.words), "suspect": ci}


def rca_subject(p: Parsed, index: EntityIndex) -> dict[str, Any] | None:
    """The RCA tool's subject arguments for `p`, or None when the question names nothing to look at."""
    if cis := p.of("ci"):
        if len(cis) == 1 and (suspected := _suspected(p, index, cis[0])):
            return suspected
        if len(cis) > 1 and _joined_cis(p):  # "the mina-notice and obu-reg timeouts": the one in trouble
            return {"among": cis, "described_as": ", ".join(cis)}
        return {"ci": cis[0]}
    seen_on = {k: v for k, v in p.filters.items() if k in SEEN_ON}
    filtered = bool(seen_on.keys() & {"attributes", "location", "owner"})  # "the resident app": its team
    unkept = _unkept_values(p)
    content = [(start, word) for start, _, word in content_words(p, index)]
    value_words = [m for m in p.mentions if m.kind == "value"] if "attributes" in seen_on or unkept else []
    words = sorted(content + [(m.start, p.question[m.start : m.end]) for m in value_words])
    said = [word for _, word in words] or _compounds(p)
    within, _ = placed_cis(p, index)
    described = described_cis(said, index, within)
    if (
        filtered
        and not unkept
        # "부산 쪽 왜 느려?": all of Busan; "call-centre agent screens": the words say more than `agent`
        and not (described and set(described.words) & {word for _, word in content})
        and any(matches_filters(n, seen_on, index) for n in index.ci_types)
    ):
        return {"filters": seen_on}
    loose = loosely_described(said, index, within)
    if described is None or (loose and len(described.words) < len(loose.words)):
        described = loose  # "KRW withdrawals": not the KRW books alone when no CI holds both words
    names, location = _in_place(described.names, p, index) if described else ([], None)
    if described is None or not names:
        # "왜 그랬던거야" points back: at nothing here ("몰려서 그런거임?" guesses a cause instead)
        anaphoric = ANAPHORA.search(CAUSE_GUESSED.sub(" ", _timeless(p.structure, p)))
        if not (
            filtered or words or p.filters or p.types or anaphoric
        ):  # "지난 1시간 문제 원인 뭐야": the estate
            return {"filters": {}}
        if filtered:
            return {"filters": seen_on}
        # "지금 장애 원인"; a calendar month places no incident ("이번달 전기요금 왜 많이 나왔어")
        monthly = p.window is not None and p.window.label in ("this month", "last month")
        timed = (
            (p.window is not None and not monthly)
            or p.moment is not None
            or mentions_now(p.structure)
            or tells_trouble_now(p.structure)
        )
        if (
            timed
            and said
            and not (p.filters or p.types or anaphoric)
            and all(PLAIN.fullmatch(w) for w in said)
        ):
            # "what broke overseas orders around 23:40 on the 17th?": no record says those words, the time
            # says when: the estate at that time, the words said back as unmatched
            return {"filters": {}, "unmatched": _as_written(p, index) or " ".join(said)}
        return None
    if value_words:  # the values were words of what the CI does, not filters
        p.mentions = [m for m in p.mentions if m not in value_words]
        p.filters.pop("attributes", None)
        p.loose_values = []
    told = " ".join(described.words)
    if location:  # the place chose among the described CIs
        p.mentions = [m for m in p.mentions if not (m.kind == "location" and m.value == location)]
        p.filters.pop("location", None)
        told = f"{told} ({location})"
    return {"among": names, "described_as": told}

"""When did X do something: the times of the CI's events whose messages say what the question describes
("오늘 정산배치 몇시에 끝났어", "WJ-ORA 통계정보 수집 몇시에 돌았어", "HSM 펌웨어 업데이트 몇시에 했어")."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from services.ops.plan import Plan, Route, Step
from services.ops.planner import lexicon as lx
from services.ops.planner.described import described_cis
from services.ops.planner.entities import EntityIndex
from services.ops.planner.key_spellings import KEY_PART_SPELLINGS
from services.ops.planner.lexicon import WHEN_ASKED, word_pattern
from services.ops.planner.lexicon_oncall import WHY
from services.ops.planner.oncall_intents import iso
from services.ops.planner.parsing import Parsed
from services.ops.planner.status_keys import recorded_time

# the usual time of a run is its record's ("보통 몇시에 끝나야 정상이야"), not an event's
USUAL = re.compile(r"보통|평소|정상|원래|\b(?:usually|normally|supposed|expected|should)\b", re.I)
# the phase of a run asked for, with the words event messages say it in
PHASES = (
    (
        re.compile(r"끝났|끝난|끝나|끝냈|마쳤|마친|종료|완료|\b(?:finish|end|complet)\w*|\bdone\b", re.I),
        ["종료", "완료", "끝났", "finish", "ended", "complete", "done"],
    ),
    (
        re.compile(r"시작|\b(?:start|began|begin|kick)\w*(?:\s++off\b)?", re.I),
        ["시작", "started", "start ", "begin"],
    ),
)
# parts of the keys a record keeps a run's usual times in, by the phase asked (`expected_end`, `cutoff`)
PHASE_KEY_PARTS = (
    {"end", "finish", "finished", "complete", "completion", "done", "cutoff", "deadline"},
    {"start", "begin", "schedule", "kickoff"},
)
PAST = re.compile(r"[었았했됐났였갔왔렸웠졌켰봤]|\b(?:did|was|were|happened|ran|\w+ed)\b", re.I)
HANGUL_FIRST, JONGSEONG_COUNT, JONGSEONG_NIEUN = (
    0xAC00,
    28,
    4,
)  # a syllable's final consonant: (code - 가) % 28
LOOK_BACK = timedelta(days=30)  # no time said: the last month's events
AROUND = timedelta(hours=2)  # a moment said ("3시쯤"): its events either side
PAST_DAY = timedelta(hours=6)  # a window over this long ago: what is asked of it happened
PARTICLE = re.compile(r"(?:에서|에는|으로|이랑|하고|에|을|를|이|가|은|는|의|도|로|랑)$")
VERB = re.compile(r"[었았했됐났갔왔렸웠졌켰봤였]|[야지냐니거까요음임나게고던줘]$")
STOP_KO = {
    "마지막",
    "최근",
    "가장",
    "제일",
    "몇시",
    "언제",
    "쯤",
    "정도",
    "그거",
    "이거",
    "오늘",
    "어제",
    "혹시",
    "이벤트",
    "로그",
    "시간",
    "시각",
    *("돌기", "돌아", "도는", "돌린", "돌려", "돌리기"),  # "몇시에 돌기 시작했어": it ran, no message word
}
STOP_EN = {
    *("when", "what", "time", "did", "does", "was", "were", "the", "and", "last", "its", "has", "have"),
    *("they", "someone", "somebody"),
    *(
        "run",
        "ran",
        "runs",
        "happen",
        "happened",
        "get",
        "got",
        "went",
        "today",
        "yesterday",
        "this",
        "that",
        "latest",
        "recent",
    ),
}
WORD = re.compile(r"[가-힣]+|[a-z][a-z0-9]+", re.I)
# one-syllable key words a message may name a setting by ("풀 늘린게 몇시": the pool)
ONE_SYLLABLE_NOUNS = frozenset(
    s for spellings in KEY_PART_SPELLINGS.values() for s in spellings if len(s) == 1 and s >= "가"
) - {"끝", "밤", "당"}  # a phase, a time of day, "per"
MAX_WORDS = 6


# an English command opening a request ("show me every …", "list the …"): its verb names no event type
COMMAND_VERB = re.compile(
    r"^\s*+(?:(?:please|pls|can you|could you)\s++)?(?:show|list|display|give|tell)(?=\s++(?:me|us|all|every|the)\b)",
    re.I,
)


CHANGED = re.compile(
    r"\b(?:changed|modified|altered|updated)\b|바꾼|바뀐|바꿨|바뀌었|바꼈|변경(?:했|됐|된|한)", re.I
)


def event_type_said(p: Parsed, index: EntityIndex) -> str | None:
    """The event type the question names by one of its terms ("설정 바꾼" → config_change), if any; of two,
    the one said last is the head ("backup cron changed": a config change of the backup)."""
    text = p.structure
    for m in p.mentions:  # "list everything at 대전 백업센터": a place's name says no event type
        if m.kind == "location":
            text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
    text = COMMAND_VERB.sub(lambda m: " " * len(m.group()), text)  # "show me …": no `show` event (a parade's)
    taken: list[tuple[int, int]] = []
    said: list[tuple[int, str]] = []
    for term, event_type in index.event_type_terms:  # longest first: a term inside a longer one is not said
        for found in word_pattern(term).finditer(text):
            if not any(found.start() < b and a < found.end() for a, b in taken):
                taken.append(found.span())
                said.append((found.start(), event_type))
    if not said:
        return None
    last_at, last = max(said)
    changed = CHANGED.search(text, last_at)  # "pg-fleet's backup cron changed": a change of the backup's
    return "config_change" if changed and "config_change" in index.event_types else last


def told_in_past(text: str) -> bool:
    """Whether `text` tells of something done: a past ending ("끝났어", "했어"), a past modifier ("바꾼거",
    "적용한게") or an English past."""
    if PAST.search(text):
        return True
    return any(
        (ord(syllable) - HANGUL_FIRST) % JONGSEONG_COUNT == JONGSEONG_NIEUN
        for syllable, _ in re.findall(r"([가-힣])(?=(거|것|게|건|적)(?![가-힣]))", text)
    )


def _content_words(text: str) -> list[str]:
    """The nouns of `text` an event message may hold ("통계정보", "수집", "펌웨어"): not verbs, particles
    stripped, not time or question words."""
    words: list[str] = []
    for token in WORD.findall(text.lower()):
        if token[0] >= "가":
            token = PARTICLE.sub("", token)
            short = len(token) < 2 and token not in ONE_SYLLABLE_NOUNS
            if short or VERB.search(token) or token in STOP_KO:
                continue
        elif len(token) < 3 or token in STOP_EN:
            continue
        if token not in words:
            words.append(token)
    return words[:MAX_WORDS]


def _with_english(words: list[str]) -> list[str]:
    """`words` and the English a message may write a Korean one in ("입장률 올린게": `admit_per_sec`)."""
    english = [
        key
        for word in words
        if word[0] >= "가"
        for key, spellings in KEY_PART_SPELLINGS.items()
        if any(word == s or (len(s) >= 2 and word.startswith(s)) for s in spellings if s[0] >= "가")
    ]
    return [w for w in dict.fromkeys([*words, *english]) if len(w) >= 2]  # "풀" is read as "pool" alone


def event_time_plan(p: Parsed, index: EntityIndex, now: datetime) -> Plan | None:
    """ "X 몇시에 끝났어?": the CI's events in the window whose messages say the phase and the words asked
    (or of the event type named), newest first."""
    cis = p.of("ci")
    asked = WHEN_ASKED.search(p.structure)
    if not asked or len(cis) > 1 or p.of("metric") or p.has(WHY):
        return None
    keys = [m.value for m in p.mentions if m.kind == "attribute"]
    if cis and not p.window and recorded_time(cis[0], keys, index, asked.group()):
        return None  # "when was X decommissioned?" of a record saying `decommissioned: 2025-11-28`
    usual = p.says(USUAL)
    past_day = p.window is not None and p.window.end < now - PAST_DAY  # "화요일 템플릿 교체 몇시"
    if not (usual or past_day or told_in_past(p.structure)) or (
        lx.LAST_TIME.search(p.structure) and not usual
    ):
        return None  # "인증서 언제 만료돼", "플랜 몇시에 돌아": the record's; "마지막으로 재기동한게": the newest event
    event_type = event_type_said(p, index)
    text = p.residual
    spans = [asked.span(), *([p.window_span] if p.window_span else [])]
    for term, _ in index.event_type_terms if event_type else ():
        spans += [m.span() for m in word_pattern(term).finditer(text)]
    said: list[list[str]] = []
    for pattern, words in PHASES:
        if found := pattern.search(text):
            said.append(words)
            spans.append(found.span())
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    attribute_words = [p.question[m.start : m.end].lower() for m in p.mentions if m.kind == "attribute"]
    content = list(dict.fromkeys([*attribute_words, *_content_words(text)]))[:MAX_WORDS]
    if not cis:  # "오늘 매입배치 몇시에 끝났어": the one CI its words describe ("매입 배치")
        described = described_cis(content, index)
        if not described or p.mentions:
            return None
        names = described.names  # a batch's host's record names the batch too: the batch runs
        runs = [n for n in names if index.ci_types.get(n.lower()) != "host"]
        if len(runs) == 1:
            names = runs
        if len(names) != 1:
            return None
        cis, content = names, [w for w in content if w not in described.words]
    if usual:
        return _usual_time(cis[0], said, index)
    if content:
        said.append(_with_english(content))
    if not (said or event_type or p.window):  # "when did X run this month": its events of the window
        return None
    if p.window is not None:
        start, end = p.window.start, p.window.end
    elif p.moment is not None:
        start, end = p.moment - AROUND, min(p.moment + AROUND, now)
    else:
        start, end = now - LOOK_BACK, now
    args: dict[str, Any] = {"op": "list", "ci": cis[0], "start": iso(start), "end": iso(end)}
    if event_type:
        args["event_type"] = event_type
    if said:
        args["said"] = said
    return Plan(route=Route.LOOKUP, steps=[Step(tool="event_query", args=args)], intent="event_time")


def _usual_time(ci: str, said: list[list[str]], index: EntityIndex) -> Plan | None:
    """ "JSAN-BAT 보통 몇시까지 끝나야 정상임": the one key of the CI's record that holds the phase's usual time."""
    phases = [n for n, (_, words) in enumerate(PHASES) if words in said]
    if len(phases) != 1:
        return None
    parts = PHASE_KEY_PARTS[phases[0]]
    keys = [k for k in index.ci_values.get(ci.lower(), {}) if parts & set(k.lower().split("_"))]
    if len(keys) != 1:
        return None
    step = Step(tool="ci_lookup", args={"op": "get", "name": ci, "fields": [f"attributes.{keys[0]}"]})
    return Plan(route=Route.LOOKUP, steps=[step], intent="ci_fields")

"""Reading a question: entities (CI names, metrics, owners, locations, attribute values), the time it
names and the planner's fixed vocabulary (types, environments, statuses, severities), into `Parsed` — what
every intent of the rules planner (`rules.py`) decides from. Words inside recognised CI names never count
as vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from services.infra.attribute_filter import NOT_VALUE
from services.infra.models import ENV_LABEL_KEY, KEPT_ENVIRONMENT_LABELS
from services.ops.planner import lexicon as lx
from services.ops.planner import relations as rel
from services.ops.planner.asked_unit import read_asked_unit
from services.ops.planner.asker_language import NAMED_KINDS, asker_language
from services.ops.planner.attribute_values import AttributeReading, cued_values, slot_verbs
from services.ops.planner.clock_windows import TimeWindow
from services.ops.planner.described_group import read_described_group
from services.ops.planner.described_subject import read_described_subject
from services.ops.planner.entities import EntityIndex, Mention
from services.ops.planner.event_phrases import in_event_phrase
from services.ops.planner.far_end_kinds import read_far_end_kind
from services.ops.planner.function_subject import read_function_subject
from services.ops.planner.hosts_of import (
    read_host_of_ci,
    read_hosts_of,
    read_hosts_of_described,
    read_hosts_of_kind,
)
from services.ops.planner.implied_metrics import describes_kind, implied_metrics
from services.ops.planner.key_collisions import (
    COUNTED,
    counted_as_cis,
    said_as_duration,
    said_as_planner_word,
    said_as_status,
    type_word,
)
from services.ops.planner.left_out import read_left_out, said_environment
from services.ops.planner.lexicon import word_pattern
from services.ops.planner.moments import parse_moment, without_changed_to
from services.ops.planner.name_groups import read_name_part_group
from services.ops.planner.names import is_vocabulary, with_sibling_numbers
from services.ops.planner.own_keys import read_own_keys
from services.ops.planner.places import PlacePhrase, find_places
from services.ops.planner.question_filters import place_beside_ci, read_attribute_values
from services.ops.planner.recent_parses import remembered
from services.ops.planner.spelled_names import spelled_names
from services.ops.planner.spoken_forms import normalize
from services.ops.planner.status_keys import read_status_time_key
from services.ops.planner.summed_keys import read_summed_key
from services.ops.planner.timeparse import parse_window
from services.ops.planner.type_words import OPTIONAL_TYPES
from services.ops.planner.which_related import read_which_related

HANGUL = re.compile(r"[\uac00-\ud7a3]")
CI_WORD = re.compile(r"\b(?:ci|cis)\b")
CAPACITY_KEY = re.compile(r"capacity|size|total", re.I)
MAX_QUESTION = 2000  # the service refuses longer questions before planning; the planner never sees more


@dataclass
class Parsed:
    """What was recognised in one question."""

    question: str
    lang: str
    residual: str  # the question with every recognised name blanked out, lower-cased
    structure: str  # the question with only CI names blanked (metric words like "traffic" kept)
    mentions: list[Mention]
    window: TimeWindow | None
    window_span: tuple[int, int] | None
    moment: datetime | None
    types: list[str] = field(default_factory=list)
    filters: dict[str, Any] = field(default_factory=dict)
    severities: list[str] = field(default_factory=list)
    unplaced_places: list[PlacePhrase] = field(default_factory=list)  # place words no location matches
    attribute_problem: AttributeReading | None = None  # an ambiguous or unknown attribute value
    tz: str = "UTC"  # the timezone calendar words ("today", "어제") were read in
    loose_values: list[str] = field(default_factory=list)  # everyday-word values without their key
    kind_said: tuple[str, int, int] | None = None  # a kind of host said by its key ("lane controllers")
    far_end: tuple[str, str] | None = None  # an untyped kind asked at a relation's far end: ("line", "회선")
    read_words: list[tuple[int, int]] = field(default_factory=list)  # read by no mention ("rsugw 4개")

    def of(self, kind: str) -> list[str]:
        seen: list[str] = []
        for m in self.mentions:
            if m.kind == kind and m.value not in seen:
                seen.append(m.value)
        return seen

    def has(self, pattern: re.Pattern[str]) -> bool:
        return bool(pattern.search(self.residual))

    def says(self, pattern: re.Pattern[str]) -> bool:
        """Like `has`, but metric words still count (for topology, refusal and direct phrasing)."""
        return bool(pattern.search(self.structure))

    def window_label_is(self, prefix: str) -> bool:
        return self.window is not None and self.window.label.startswith(prefix)

    @property
    def moment_rules(self) -> bool:
        """Whether a named moment decides the time ("around 08:00"), not a window that starts or ends
        at it ("since 14:00", "between 07:30 and 09:30")."""
        ranged = self.window is not None and self.window.clock_range
        return self.moment is not None and not self.window_label_is("since") and not ranged

    @property
    def unread_question(self) -> str:
        """The question with the words read by no mention blanked (its time, a kind of host said by its key,
        a group said by a name part): they name no CI."""
        text = self.question
        for start, end in [*self.read_words, *([self.window_span] if self.window_span else [])]:
            text = f"{text[:start]}{' ' * (end - start)}{text[end:]}"
        return text

    def has_any(self, words: tuple[str, ...]) -> bool:
        return any(word_pattern(w).search(self.residual) for w in words)

    def blank(self, spans: list[tuple[int, int]]) -> None:
        """Blank words a reader has read (no mention of them) in the residual and the structure."""
        self.residual = _blank_spans(self.residual, spans)
        self.structure = _blank_spans(self.structure, spans)


def _blank(question: str, mentions: list[Mention]) -> str:
    chars = list(question.lower())
    for m in mentions:
        chars[m.start : m.end] = " " * (m.end - m.start)
    return "".join(chars)


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


FREE_OF = ("disk_usage", "memory_usage", "cpu_usage")  # the usage percentages whose complement is free space


def _free_space_now(question: str, mentions: list[Mention]) -> bool:
    """ "X 디스크 여유 공간": one CI's free space now, which the planner answers as 100 − its usage (free
    space ranked or over a window is not: its words stay unread, so the question is unclear)."""
    usage = any(m.kind == "metric" and m.value in FREE_OF for m in mentions)
    one_ci = sum(m.kind == "ci" for m in mentions) == 1
    ranked = lx.TOP_WORDS.search(question) or lx.BOTTOM_WORDS.search(question)
    return bool(usage and one_ci and not ranked and lx.FREE_SPACE.search(question))


# a CI the question leaves out: "besides X", "except X", "X 말고", "X 빼고"
BESIDES_BEFORE = re.compile(
    r"\b(?:besides|except(?: for)?|other than|apart from|aside from|excluding)\s++$", re.I
)
BESIDES_AFTER = re.compile(r"^(?:은|는|이|가|을|를)?\s*+(?:말고|빼고|제외하고|외에|제외한)")


def _left_out(question: str, m: Mention) -> Mention:
    """A CI mention the question leaves out, as a `besides` mention spanning its cue word too."""
    if m.kind != "ci":
        return m
    if before := BESIDES_BEFORE.search(question[: m.start]):
        return Mention("besides", m.value, before.start(), m.end)
    if after := BESIDES_AFTER.match(question[m.end :]):
        return Mention("besides", m.value, m.start, m.end + after.end())
    return m


ENV_LABEL_WORDS = {
    "qa": ("큐에이",),
    "stage": ("스테이지",),
    "preprod": ("프리프로드",),
}  # a label said in Korean


STATUS_NOUN = re.compile(r"\s*+(?:상태|status\b|state\b)", re.I)


def _status_named(question: str, parsed: Parsed) -> str | None:
    """A status word said as the status ("standby 상태 CI 목록", "in standby status"): the status, and the
    value mention of the same word (a part of some attribute value) is dropped."""
    lowered = question.lower()
    for status, words in lx.STATUS_WORDS.items():
        for w in words:
            for m in word_pattern(w).finditer(lowered):
                if STATUS_NOUN.match(lowered, m.end()):
                    parsed.mentions = [
                        x
                        for x in parsed.mentions
                        if not (x.kind == "value" and x.start < m.end() and m.start() < x.end)
                    ]
                    return status
    return None


def _environment_label(text: str, index: EntityIndex) -> str | None:
    """The environment label the import kept ("qa" beside "stage", both staging) that `text` says, when
    some CI carries it; none when it also says another staging word ("staging (stg, stage or qa)")."""
    said = [
        label
        for label in KEPT_ENVIRONMENT_LABELS
        if any(word_pattern(w).search(text) for w in (label, *ENV_LABEL_WORDS.get(label, ())))
    ]
    others = [w for w in ("stg", "staging", "스테이징") if word_pattern(w).search(text)]
    if len(said) != 1 or (others and len(said) + len(others) > 2):
        return None
    label = said[0]
    held = any(values.get(ENV_LABEL_KEY) == label for values in index.ci_values.values())
    return label if held else None


# what happened at the time said, told beside it ("4일 저녁 오픈때", "점심 피크때"): part of the time phrase
OCCASION = re.compile(r"\s*+[가-힣]{1,6}때(?:에|엔|도)?(?![가-힣])")


def _with_spelled_names(question: str, mentions: list[Mention], index: EntityIndex) -> list[Mention]:
    """`mentions` with the CI names the question spells in words ("the duty reconciliation batch"), which
    replace the keys, values and metrics read inside them."""
    named = [(m.start, m.end) for m in mentions if m.kind == "ci"]
    spelled = spelled_names(question.lower(), index.ci_names, named, is_vocabulary)
    if not spelled:
        return mentions
    kept = [m for m in mentions if m.kind == "ci" or all(m.end <= a or m.start >= b for a, b, _ in spelled)]
    return sorted([*kept, *(Mention("ci", name, a, b) for a, b, name in spelled)], key=lambda m: m.start)


def parse(question: str, index: EntityIndex, now: datetime, tz: str) -> Parsed:
    """Recognise entities, time and vocabulary in `question` (whitespace normalised, ≤ MAX_QUESTION)."""
    return remembered(question, index, now, tz, lambda: _parse(question, index, now, tz))


def _parse(question: str, index: EntityIndex, now: datetime, tz: str) -> Parsed:
    question = normalize(question)
    if len(question) > MAX_QUESTION:
        raise ValueError(f"question is longer than {MAX_QUESTION} characters")
    question = with_sibling_numbers(question, index)  # "lcap-mqtt01 02 03": the three of them
    mentions, loose_values = cued_values(question.lower(), index.find(question), index.values)
    mentions = _with_spelled_names(question, mentions, index)
    places = find_places(
        question.lower(),
        index.location_values or index.locations,
        [(m.start, m.end) for m in mentions if m.kind != "value"],
        is_vocabulary,
    )
    # "AWS에 있는 DB": a word naming one place is read as that place, not as a value some CIs record;
    # "판교 IDC": nor its place noun as the key `idc` some CIs record
    placed = [(p.start, p.end) for p in places if len(p.matches) == 1]
    mentions = [
        m
        for m in mentions
        if m.kind not in ("value", "attribute")
        or not any(a <= m.start and m.end <= b and (m.kind == "value" or a < m.start) for a, b in placed)
    ]
    places = [p for p in places if not any(m.start < p.end and p.start < m.end for m in mentions)]
    for place in places:  # "서울 리전의 orders-db": the candidate that is the named CI's location
        place_beside_ci(place, mentions, index)
    resolved = [p for p in places if len(p.matches) == 1]  # "부산 데이터센터" → busan-dc2
    mentions = sorted(
        [*mentions, *(Mention("location", p.matches[0], p.start, p.end) for p in resolved)],
        key=lambda m: m.start,
    )
    if not any(m.kind == "metric" for m in mentions):
        mentions += implied_metrics(question, mentions, index)
    if full := lx.FULLNESS.search(question):  # "용량 몇 % 찼어": how full it is, not how large
        mentions = [m for m in mentions if not (m.kind == "attribute" and CAPACITY_KEY.search(m.value))]
        # "how full is its memory": no `recovery_model: FULL`
        mentions = [m for m in mentions if not (m.kind == "value" and full.start() <= m.start < full.end())]
    named = any(m.kind == "ci" for m in mentions)
    mentions = [
        m
        for m in mentions
        if not (
            said_as_status(question, m, named)
            or said_as_duration(question, m)
            or said_as_planner_word(question, m, mentions, index)
            or in_event_phrase(question, m, index)
            or describes_kind(question, m)
        )
    ]
    # "서버", "hosts": the whole type, even where some CIs record `form: server`
    mentions = [
        m
        for m in mentions
        if not (m.kind == "value" and lx.GENERIC_TYPE_WORD.fullmatch(question[m.start : m.end]))
    ]
    structure = _blank(question, [m for m in mentions if m.kind == "ci"])  # "X 말고" too: a name, no word
    mentions = [_left_out(question, m) for m in mentions]
    named = any(m.kind == "ci" for m in mentions)
    listed = not named and not COUNTED.search(question)  # "which queues do we have?": the type, not a key
    if listed or rel.says(question.lower(), rel.GRAPH_CUES):  # "which queues does X rely on": far-end types
        mentions = [m for m in mentions if not (m.kind == "attribute" and type_word(question, m))]
    elif not named:  # "eks 노드 몇대": machines counted one by one, not a `nodes` key added up
        mentions = [m for m in mentions if not (m.kind == "attribute" and counted_as_cis(question, m))]
    residual = _blank(question, mentions)
    window, window_span = parse_window(without_changed_to(residual), now, tz)
    if window_span:  # a pattern's trailing spaces may run over blanked names: not the time's words
        window_span = (window_span[0], len(residual[: window_span[1]].rstrip()))
        if occasion := OCCASION.match(residual, window_span[1]):  # "4일 저녁 오픈때": still the time
            window_span = (window_span[0], occasion.end())
    if window is None and _free_space_now(question, mentions):
        residual = lx.FREE_WORDS.sub(lambda m: " " * len(m.group()), residual)  # read: 100 − the usage
    parsed = Parsed(
        question,
        asker_language(question, [(m.start, m.end) for m in mentions if m.kind in NAMED_KINDS]),
        residual,
        structure,
        mentions,
        window,
        window_span,
        parse_moment(without_changed_to(question), tz, now),
        unplaced_places=[p for p in places if len(p.matches) != 1],
        loose_values=loose_values,
        tz=tz,
    )
    residual_for_types = lx.HOST_VERB.sub(" ", lx.STATUS_PHRASE.sub(" ", CI_WORD.sub(" ", residual)))
    parsed.types = [
        t
        for t, words in lx.TYPE_WORDS.items()
        if any(word_pattern(w).search(residual_for_types) for w in words)
        and (t not in OPTIONAL_TYPES or t in index.ci_types.values())
    ]
    if (
        len(parsed.types) > 1
        and "host" in parsed.types
        and not any(word_pattern(w).search(residual_for_types) for w in ("host", "hosts", "호스트"))
    ):  # "cache nodes", "DB 서버": the generic word names where the specific type runs
        parsed.types.remove("host")
    with_values = _blank(question, [m for m in mentions if m.kind != "value"])  # "dev" is also a value
    if environment := said_environment(with_values):  # "스테이징 말고": any but staging
        parsed.filters["environment"] = environment
        said = environment.removeprefix(NOT_VALUE).strip()
        env_words = set(lx.ENV_WORDS[said])  # "everything in dev": the environment, not `stage=dev`
        parsed.mentions = [m for m in parsed.mentions if not (m.kind == "value" and m.value in env_words)]
        parsed.loose_values = [v for v in parsed.loose_values if v not in env_words]
        if said == environment and (label := _environment_label(with_values, index)):  # "everything in qa"
            parsed.filters["attributes"] = {**(parsed.filters.get("attributes") or {}), ENV_LABEL_KEY: label}
        else:  # "staging (stg, stage or qa)": the labels said are all of it
            kept = set(KEPT_ENVIRONMENT_LABELS)
            parsed.mentions = [m for m in parsed.mentions if not (m.kind == "value" and m.value in kept)]
    values = [(m.start, m.end) for m in mentions if m.kind == "value"]
    unverbed = _blank_spans(residual, slot_verbs(question.lower(), values))  # "running java" is no status
    # "hosts running Rocky Linux 9.3": read on the question itself, since its value is blanked here
    unverbed = _blank_spans(unverbed, [(m.start(), m.end()) for m in lx.RUNNING_VERB.finditer(question)])
    statuses = [
        s
        for s, words in lx.STATUS_WORDS.items()
        if any(
            _only_status(unverbed, m) and not _inside_word(unverbed, m)
            for w in words
            for m in word_pattern(w).finditer(unverbed)
        )
    ]
    if named_status := _status_named(question, parsed):  # "standby 상태 CI": the status, not a value
        statuses = [named_status]
    if statuses:
        parsed.filters["status"] = statuses[0]
    env_named = [  # "QA 환경에 뭐 있어": the owner `qa` stands for the environment it names
        env
        for m in mentions
        if m.kind == "owner" and lx.ENV_NOUN.match(question, m.end)
        for env, words in lx.ENV_WORDS.items()
        if m.value.lower() in words
    ]
    if env_named:
        parsed.filters["environment"] = env_named[0]
    elif owners := parsed.of("owner"):
        parsed.filters["owner"] = owners[0]
    if locations := parsed.of("location"):
        parsed.filters["location"] = locations[0]
    read_left_out(parsed)  # "판교 빼고", "db 말고": filtered out, not on
    read_asked_unit(parsed, index)
    read_which_related(parsed, index)
    read_attribute_values(parsed, index)
    read_function_subject(parsed, index)
    read_described_subject(parsed, index)
    read_own_keys(parsed, index)
    read_status_time_key(parsed, index)
    read_summed_key(parsed, index)
    read_hosts_of(parsed, index)
    read_hosts_of_described(parsed, index)
    read_host_of_ci(parsed, index)
    read_hosts_of_kind(parsed, index)
    read_far_end_kind(parsed, index)
    read_name_part_group(parsed, index)
    read_described_group(parsed, index)
    found = sorted(
        (m.start(), severity)
        for severity, words in lx.SEVERITY_WORDS.items()
        for word in words
        if (m := word_pattern(word).search(residual))
    )
    parsed.severities = list(dict.fromkeys(severity for _, severity in found))  # in the order they are named
    return parsed


def _inside_word(text: str, said: re.Match[str]) -> bool:
    """Whether a Korean status word is the end of a longer word: "안전점검원" (an inspector), "정기점검",
    "비활성" say no status."""
    return said.start() > 0 and "가" <= text[said.start() - 1] <= "힣"


def _only_status(text: str, said: re.Match[str]) -> bool:
    """Whether a status word said at `said` narrows the question to it ("폐기된 서비스"), not adds it to the
    others ("(폐기된것도 포함)", "including retired ones")."""
    return not (lx.STATUS_ALSO.match(text, said.end()) or lx.STATUS_ALSO_BEFORE.search(text, 0, said.start()))

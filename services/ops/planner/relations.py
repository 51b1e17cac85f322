"""Relations as data: the Korean/English table of how people ask about topology, read by the rules
planner and described to the LLM planner.

A verb's direction follows from where the CI stands: "what depends on X" (X is the object) asks for X's
dependents, "what does X depend on" (X is the subject) for its dependencies; a passive verb ("used by")
swaps them. In Korean the particle after the CI decides: "X에 의존하는 / X를 쓰는" (object) versus
"X가 의존하는 / X는 … 써" (subject). Nouns ("dependents", "의존성") name one relation wherever they stand.
The phrase nearest the CI wins. Depth words choose direct (1 hop) or transitive; two CIs ask for a path,
a hop count or what they share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from services.ops.planner.relation_roles import role as ci_role
from services.ops.planner.relation_verbs import VERBS, Verb
from services.ops.planner.relation_words import (
    ALL_WORDS,
    DIRECT_WORDS,
    INDIRECT_WORDS,
    NOUNS,
    PATH_WORDS,
    SHARED_WORDS,
    WHERE_VERBS,
    WHERE_WORDS,
)

# what "depends on / uses / relies on" walks: a load balancer that CONNECTS_TO a service is in front of it,
# not its user (impact questions walk every relation type)
DEPENDENCY_RELATIONS = ("DEPENDS_ON",)
# what traffic and connection words walk: "where does the LB send traffic", "hosts attached to the SAN"
TRAFFIC_RELATIONS = ("DEPENDS_ON", "CONNECTS_TO")
CONNECTION_PHRASE = re.compile(
    r"connect|attach|mount|point|link|origin|send|push|publish|upload|stream|report|\bhang|\bhung\b|\bsit(?:s|ting)?\b|\bbehind\b"
    r"|연결|붙|마운트|물려|물린|접속|오리진|보내|전송|올려주",
    re.I,
)


# a list of what is connected to X ("X랑 연결된 장비 목록", "what is connected to X"), not its topology map
CONNECTED_ONLY = re.compile(r"연결|\bconnected\b", re.I)
TOPOLOGY_PHRASE = re.compile(r"topolog|graph|\bmap\b|neighbo|relation|토폴로지|구성도|그래프|관계|주변", re.I)


DEPENDENCY_PHRASE = re.compile(r"depend|의존|rel(?:y|ies) on", re.I)


def path_relation_types(text: str) -> list[str]:
    """A path between two CIs follows traffic and connections ("how many hops from the LB to the DB"),
    dependencies only when the question says so ("a dependency path from A to B")."""
    return list(DEPENDENCY_RELATIONS if DEPENDENCY_PHRASE.search(text) else TRAFFIC_RELATIONS)


def relation_types(phrase: str) -> list[str]:
    """The relation types a dependency phrase walks: connections too when it speaks of them."""
    return list(TRAFFIC_RELATIONS if CONNECTION_PHRASE.search(phrase) else DEPENDENCY_RELATIONS)


HANGUL = re.compile(r"[\uac00-\ud7a3]")


@dataclass(frozen=True)
class Relation:
    """One answerable relation: the graph_query args it becomes and how the answer names it."""

    key: str
    args: dict[str, Any]
    transitive_by_default: bool
    meaning: str  # for the LLM planner's prompt
    title: dict[str, str] = field(default_factory=dict)  # {ci}/{ci_ga}/{what} placeholders


RELATIONS: dict[str, Relation] = {
    r.key: r
    for r in (
        Relation(
            "dependents",
            {"op": "dependents", "rel_types": list(DEPENDENCY_RELATIONS)},
            False,
            "who depends on / uses / calls X (incoming edges)",
            {"ko": "{ci}에 의존하는 {what}", "en": "{what} that depend on {ci}"},
        ),
        Relation(
            "dependencies",
            {"op": "dependencies", "rel_types": list(DEPENDENCY_RELATIONS)},
            False,
            "what X depends on / uses / calls (outgoing edges)",
            {"ko": "{ci_ga} 의존하는 {what}", "en": "{what} {ci} depends on"},
        ),
        Relation(
            "impact",
            {"op": "dependents"},
            True,
            "what is affected when X fails: every dependent, transitively, over all relation types",
            {"ko": "{ci} 장애 시 영향을 받는 {what}", "en": "{what} impacted if {ci} fails"},
        ),
        Relation(
            "hosted",
            {"op": "neighbors", "direction": "in", "rel_types": ["RUNS_ON"]},
            False,
            "what runs on host X (incoming RUNS_ON)",
            {"ko": "{ci}에서 실행 중인 {what}", "en": "{what} running on {ci}"},
        ),
        Relation(
            "runs_on",
            {"op": "neighbors", "direction": "out", "rel_types": ["RUNS_ON"]},
            False,
            "where X runs: its hosts (outgoing RUNS_ON)",
            {"ko": "{ci_ga} 실행되는 {what}", "en": "{what} {ci} runs on"},
        ),
        Relation(
            "downstream",
            {"op": "neighbors", "direction": "out", "rel_types": list(TRAFFIC_RELATIONS)},
            False,
            "where X sends traffic (outgoing dependency edges, 1 hop)",
            {"ko": "{ci_ga} 트래픽을 보내는 {what}", "en": "{what} {ci} sends traffic to"},
        ),
        Relation(
            "subgraph",
            {"op": "subgraph", "depth": 2},
            False,
            "the topology around X (2 hops, both directions)",
            {"ko": "{ci} 주변 토폴로지", "en": "Topology around {ci}"},
        ),
        Relation(
            "connected",
            {"op": "neighbors", "direction": "both"},
            False,
            "the CIs of a type next to X either way ('servers connected to X'): topology words with a type",
            {"ko": "{ci}에 연결된 {what}", "en": "{what} connected to {ci}"},
        ),
        Relation(
            "path",
            {"op": "path"},
            False,
            "the shortest path and hop count between two CIs (ci → target)",
        ),
        Relation(
            "shared",
            {"op": "shared", "direction": "out"},
            False,
            "what two CIs (ci and target) both depend on; direction in: what depends on both",
            {
                "ko": "{ci}와 {target}의 공통 의존 대상 {what}",
                "en": "{what} both {ci} and {target} depend on",
            },
        ),
        Relation(
            "same_host",
            {"op": "shared", "direction": "out", "rel_types": ["RUNS_ON"], "depth": 1},
            False,
            "whether two CIs (ci and target) run on the same host: the hosts both run on",
            {"ko": "{ci}와 {target}가 함께 실행되는 호스트", "en": "Hosts both {ci} and {target} run on"},
        ),
    )
}
# "X 서버 어디어디", "X 노드들 뭐야": which hosts X runs on
HOSTS_ASKED = re.compile(r"(?:서버|호스트|노드|머신)(?:들)?\s*+(?:는|은|가|이)?\s*+(?:어디|뭐뭐|어느)")
ON_AT_END = re.compile(r"\bon\s*+[?.!]?\s*+$", re.I)
# "X 어느 서버야?": the question word's host noun closes the question with a copula
HOST_COPULA_AT_END = re.compile(
    r"(?:서버|호스트|노드|머신)\s*+(?:야|임|이야|이냐|냐|인가요?|인지|예요|이에요|이죠|지)\s*+[?.!]?\s*+$"
)


@cache
def _pattern(term: str) -> re.Pattern[str]:
    """English terms as whole words; Korean terms as substrings (particles and endings attach), or as a
    whole word when written `word$` ("타$": "X 어느 DB 타", not "타입")."""
    if HANGUL.search(term):
        if term.endswith("$"):
            return re.compile(rf"(?<![가-힣]){re.escape(term[:-1])}(?![가-힣])")
        return re.compile(rf"{re.escape(term)}(?![률율량])")  # "사용률" is a usage share, not a use
    mode = FAIL_MODE if term.startswith("fail") else ""  # "does X fail open?": how it fails, no impact
    said = re.escape(term)
    person = "".join(rf"(?<!\b{who} {said})" for who in PERSON_SUBJECTS)  # checked only where it matched
    return re.compile(rf"(?<![a-z0-9_-]){said}{person}(?![a-z0-9_]){mode}", re.I)


FAIL_MODE = r"(?![\s-]++(?:open|closed|safe|static)\b)"
# a person doing it ("who should I call about X", "what do we use for paging") relates no CIs
PERSON_SUBJECTS = ("i", "we", "you")


def first_said(text: str, words: tuple[str, ...]) -> re.Match[str] | None:
    """The earliest place in `text` one of `words` is said."""
    found = [m for w in words if (m := _pattern(w).search(text))]
    return min(found, key=lambda m: (m.start(), -m.end())) if found else None


# "어느 gpu 서버에", "which GPU servers": the host asked for, with a word saying which kind
WHICH_KIND_OF_HOST = re.compile(
    r"(?:어느|어떤)\s*+[a-z0-9가-힣-]{1,12}\s*+(?:서버|호스트|노드|머신|장비)"
    r"|\bwhich\s++[a-z0-9-]{1,12}\s++(?:servers?|hosts?|nodes?|machines?|boxes?)\b",
    re.I,
)


def says(text: str, words: tuple[str, ...]) -> bool:
    return any(_pattern(w).search(text) for w in words)


@dataclass(frozen=True)
class Reading:
    """The relation a question asks about one CI, and the phrase that said so."""

    relation: str
    phrase: str
    span: tuple[int, int] = (0, 0)
    guessed: bool = False  # no particle or word said which way ("X 의존하는거"): the usual reading


TYPE_WORD_BEFORE = re.compile(r"\b(?:which|what|how many|list|the|all|any|every)\s++$", re.I)


# "depend directly on", "relies transitively upon": a depth adverb inside a phrasal verb
SPLIT_VERB = re.compile(
    r"\b([a-z]+) (?:directly|indirectly|transitively|immediately|only|also|heavily|still) "
    r"(on|upon|to|from|by)\b"
)


def _joined(text: str) -> str:
    """`text` with phrasal verbs split by an adverb joined again, every position after them kept."""
    return SPLIT_VERB.sub(lambda m: f"{m.group(1)} {m.group(2)}".ljust(len(m.group(0))), text)


def read_relation(text: str, ci_start: int, ci_end: int) -> Reading | None:
    """The relation whose phrase stands nearest the CI at [ci_start, ci_end) in `text` (lower-cased,
    CI names blanked); longer phrases win over the shorter ones they contain."""
    text = _joined(text)
    found: list[
        tuple[int, int, str, str, tuple[int, int], bool]
    ] = []  # (distance, -length, relation, phrase, span, guessed)
    taken: list[tuple[int, int]] = []
    candidates: list[tuple[str, Verb | str]] = [(w, verb) for verb in VERBS for w in verb.words]
    candidates += [(w, key) for key, words in NOUNS.items() for w in words]
    for word, what in sorted(candidates, key=lambda c: len(c[0]), reverse=True):
        for m in _pattern(word).finditer(text):
            if any(m.start() < b and m.end() > a for a, b in taken):
                continue
            taken.append(m.span())
            if (
                isinstance(what, Verb)
                and what.subject == "hosted"
                and TYPE_WORD_BEFORE.search(text[: m.start()])
            ):
                continue  # "which hosts …": the type word, not the verb "X hosts …"
            role = ci_role(text, ci_end, m.start(), what, word) if isinstance(what, Verb) else None
            if isinstance(what, Verb):
                relation = what.subject if role in ("subject", "guess") else what.object if role else None
            else:
                relation = what
            if relation is None:
                continue
            distance = m.start() - ci_end if m.start() >= ci_end else ci_start - m.end()
            found.append((max(distance, 0), -len(word), relation, word, m.span(), role == "guess"))
    if not found:
        if (says(text, WHERE_WORDS) or WHICH_KIND_OF_HOST.search(text)) and (
            says(text, WHERE_VERBS) or ON_AT_END.search(text) or HOST_COPULA_AT_END.search(text)
        ):
            return Reading("runs_on", "where")  # "where does X run?", "which boxes is X on?"
        if hosts := HOSTS_ASKED.search(text):
            return Reading("runs_on", hosts.group(0), hosts.span())  # "X 브로커 서버 어디어디"
        return None
    _, _, relation, phrase, span, guessed = min(found)
    return Reading(relation, phrase, span, guessed)


def transitive(text: str, relation: str) -> bool:
    """Whether the question asks beyond direct neighbours."""
    if says(text, INDIRECT_WORDS):
        return True
    if says(text, DIRECT_WORDS):
        return False
    return RELATIONS[relation].transitive_by_default or says(text, ALL_WORDS)


# Words that make a question about the infrastructure even when nothing else is recognised.
GRAPH_CUES = (
    *VERBS[0].words,
    *NOUNS["dependencies"],
    *NOUNS["dependents"],
    *NOUNS["impact"],
    *NOUNS["subgraph"],
    *PATH_WORDS,
)


def vocabulary() -> set[str]:
    """Every relation word (so an unknown-name check never mistakes one for a CI name)."""
    words = {w for verb in VERBS for w in verb.words}
    words |= {w for ws in NOUNS.values() for w in ws}
    words |= {*PATH_WORDS, *SHARED_WORDS, *INDIRECT_WORDS, *ALL_WORDS, *DIRECT_WORDS, *WHERE_VERBS}
    return {w.lower() for w in words}


def describe() -> str:
    """The table as the LLM planner's prompt describes it."""
    lines = ["Relations (graph_query; depth 1 unless the question says transitively/indirectly/all):"]
    for r in RELATIONS.values():
        args = ", ".join(f"{k}={v}" for k, v in r.args.items())
        lines.append(
            f"- {r.key}: {r.meaning} → {args}" + (" (transitive)" if r.transitive_by_default else "")
        )
    for verb in VERBS:
        sample = ", ".join(verb.words[:6] + tuple(w for w in verb.words if HANGUL.search(w))[:4])
        lines.append(f"- verbs [{sample}, …]: X as subject → {verb.subject}; X as object → {verb.object}")
    lines.append(
        "- Korean: a particle 에/를/을 after X makes X the object (X에 의존하는 → dependents), 가/이/는/은 the "
        "subject (X가 의존하는 → dependencies); passive 'used by X' swaps the direction."
    )
    lines.append(
        "- Two CIs: path/hops/몇 단계 → op=path (ci, target); both/common/공통 → op=shared (ci, target). "
        "A type word ('which databases') becomes types=[…] on the far end."
    )
    lines.append(
        "- Yes/no between two CIs ('Does A depend on B?', 'Does B serve A?', 'Is A affected if B fails?') → "
        "op=path, ci=the dependent (A), target=what it depends on (B), direction=out, depth=1 if 'directly' "
        "else 6; rel_types=[DEPENDS_ON] for dependency verbs, [RUNS_ON] for 'runs on', none "
        "for impact."
    )
    return "\n".join(lines)

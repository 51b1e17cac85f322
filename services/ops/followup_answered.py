"""Follow-ups about the CIs the previous answer listed ("GateOcrService 어디서 돌아?" → "그 서버들 메모리 지금
얼마야?", "which hosts does N4-TOS run on?" → "average cpu of those over the last 6 hours?"): the answer's
CIs are kept with the conversation, and a plural reference to them ("those", "그 서버들", "걔네", "그 중에
DB") is replaced by their names, narrowed to the type it names."""

from __future__ import annotations

import re
from typing import Any

from services.ops.planner.described import holds_word
from services.ops.planner.entities import NAME_TOKEN, EntityIndex
from services.ops.planner.lexicon import NUMBER_WORDS, TYPE_WORDS
from services.ops.planner.name_groups import KO_COUNTS
from services.ops.planner.names import NAME_PARTS
from services.ops.planner.parsing import Parsed
from services.ops.planner.unknown_words import content_words

KO_DEMONSTRATIVE = r"(?<![가-힣])(?:그|이|저|해당)"  # "그 서버", "해당 DB": the one(s) said before
MAX_ANSWERED = 10  # more CIs than this make no follow-up question (it would compare a whole list)
_KO_NOUNS = "서버|호스트|서비스|노드|DB|디비|데이터베이스|장비|머신|인스턴스|것|거|애|놈"
# a plural reference to what the previous answer listed
ANSWERED_REFERENCE = re.compile(
    r"\b(?:those|these|them)(?:\s++(?:hosts|servers|services|nodes|machines|databases|dbs|instances|ones))?\b"
    rf"|{KO_DEMONSTRATIVE}\s*+(?:{_KO_NOUNS})들|그것들|그거들|걔네(?:들)?|얘네(?:들)?|쟤네(?:들)?"
    r"|(?<![가-힣])(?:그|둘|셋|넷|두 ?개|세 ?개|네 ?개|두 ?대|세 ?대)\s*+중(?:에서|에)?"
    r"|\b(?:of|among|out of) (?:the|those|these) (?:two|three|four)\b|\bamong (?:them|those|these)\b",
    re.I,
)

_PREPOSITION = re.compile(r"(?:of|among|out of) ", re.I)
AMONG_REFERENCE = re.compile(r"중|\b(?:of|among|out of)\b", re.I)  # "그 중에 DB": a type narrows the list


def answered_cis(blocks: list[dict[str, Any]], ci_names: dict[str, str], own: list[str]) -> list[str]:
    """The CIs an answer lists (the CI column of its first table that lists CIs, else its graph's nodes; a
    why's top hypotheses first), besides those the question named (`own`), as stored; none when it lists
    more than MAX_ANSWERED."""
    seen = {name.lower() for name in own}
    found: list[str] = []
    # the answer's own table lists what it answered; a second one (the other direction) and its graph only
    # show more around them
    tables = [b for b in blocks if b["type"] == "table" and _lists_cis(b, ci_names)]
    for block in sorted(blocks, key=lambda b: b["type"] != "rca"):  # a why's root first: "its" is the root
        if block["type"] == "table" and tables and block is not tables[0]:
            continue
        column = _ci_column(block) if block["type"] == "table" else 0
        cells = (
            [row[column] for row in block.get("rows", []) if len(row) > column]
            if block["type"] == "table"
            else []
        )
        cells += (
            [node["id"] for node in block.get("nodes", [])] if block["type"] == "graph" and not tables else []
        )
        cells += [h["ci"] for h in block.get("hypotheses", [])[:3]] if block["type"] == "rca" else []
        for cell in cells:
            name = ci_names.get(str(cell).lower())
            if name and name.lower() not in seen:
                seen.add(name.lower())
                found.append(name)
    # a count that names its few CIs in its sentence ("… status=maintenance: hn1f-c15-22"), in no block of
    # its own (a problem list names its CIs in its table: its summary's worst is not "it")
    listing = any(
        b["type"] in ("graph", "rca")
        or any(ci_names.get(str(cell).lower()) for row in b.get("rows", []) for cell in row)
        for b in blocks
    )
    if not found and not listing:
        for block in blocks:
            for token in NAME_TOKEN.findall(str(block.get("text") or "")) if block["type"] == "text" else []:
                name = ci_names.get(token.lower())
                if name and name.lower() not in seen:
                    seen.add(name.lower())
                    found.append(name)
    return found if len(found) <= MAX_ANSWERED else []


def _lists_cis(table: dict[str, Any], ci_names: dict[str, str]) -> bool:
    column = _ci_column(table)
    return any(len(row) > column and str(row[column]).lower() in ci_names for row in table.get("rows", []))


def _ci_column(table: dict[str, Any]) -> int:
    """The column of a table that lists its CIs: the first, unless a later one is headed "CI" (a problem
    list opens with the severity)."""
    headers = [str(column).lower() for column in table.get("columns", [])]
    return headers.index("ci") if "ci" in headers[1:] and headers[0] not in ("name", "이름") else 0


def answered_onset(blocks: list[dict[str, Any]]) -> str | None:
    """When the trouble a why answered began (its root's onset, UTC ISO), if it answered one."""
    for block in blocks:
        if block["type"] == "rca":
            first = (block.get("chain") or block.get("hypotheses") or [{}])[0]
            return first.get("onset") or None
    return None


# "of the two", "둘 중", "세 대 중": the reference counts what it means
_COUNT_WORD = re.compile(r"\b(two|three|four)\b|(둘|셋|넷)|(?<![가-힣])(두|세|네) ?(?:개|대)", re.I)


def _counted(reference: str) -> int | None:
    m = _COUNT_WORD.search(reference)
    return {**NUMBER_WORDS, **KO_COUNTS}[m.group(m.lastindex or 0).lower()] if m else None


def refer_to_answered(
    question: str,
    answered: list[str],
    types: list[str],
    ci_types: dict[str, str],
    asked: list[str] | None = None,
) -> tuple[str, list[str]] | None:
    """The question with its plural reference replaced by the answered CIs (those of the types it names,
    when it names any: "그 중에 DB" → the listed databases), and those CIs; None when it makes none. A
    reference that counts ("which of the two") means the CIs the previous question `asked` about when
    they, and not the answered ones, are that many."""
    m = ANSWERED_REFERENCE.search(question)
    if m is None or not answered:
        return None
    if asked and len(answered) != len(asked) == _counted(m.group()):
        answered = asked
    names = [n for n in answered if not types or ci_types.get(n.lower()) in types]
    # "걔네가 직접 쓰는 큐": a type none of them is names what they use, unless the reference picks among them
    if not names and not AMONG_REFERENCE.search(m.group()):
        names = answered
    if not names:
        return None
    kept = _PREPOSITION.match(m.group())  # "which of the two" reads "which of a, b"
    said = f"{kept.group() if kept else ''}{', '.join(names)}"
    return f"{question[: m.start()]}{said}{question[m.end() :]}", names


# "that batch", "that host's", "그 배치": a demonstrative and one word, the word naming one listed CI
EN_DEMONSTRATIVE = r"\b(?:that|this|the same)"
ONE_REFERENCE = re.compile(
    rf"{EN_DEMONSTRATIVE}\s++([a-z][a-z0-9]*+)"
    rf"|{KO_DEMONSTRATIVE}\s*+([가-힣a-z][가-힣a-z0-9]*?)(?=['’]|의|은|는|이|가|을|를|에|\s|$)",
    re.I,
)


def refer_to_one(
    question: str, answered: list[str], ci_types: dict[str, str], root_first: bool = False
) -> tuple[str, str] | None:
    """The question with "that batch" / "that host" replaced by the one listed CI whose type or a part of
    whose name the word says (the root an RCA named, the host a lookup listed), and that CI; of several,
    the first when it heads a why's answer (`root_first`: "그 db" is the root, not a victim)."""
    for m in ONE_REFERENCE.finditer(question):
        word = (m.group(1) or m.group(2) or "").lower()
        named = [n for n in answered if _said_of(word, n, ci_types.get(n.lower(), ""))]
        if root_first and len(named) > 1 and named[0] == answered[0]:
            named = named[:1]
        if len(named) == 1:
            return f"{question[: m.start()]}{named[0]}{question[m.end() :]}", named[0]
    return None


# "그 장비", "that device": any piece of equipment (a host, a storage array, a load balancer, a switch)
EQUIPMENT_WORDS = frozenset({"장비", "기기", "device", "equipment", "appliance", "hardware"})
SOFTWARE_TYPES = frozenset({"service", "database", "cache", "queue", "batch"})
# words for a part of a kind of CI that point back at it: "그 버킷" is the object storage answered
PART_WORDS = {
    "storage": frozenset({"버킷", "bucket", "볼륨", "volume", "lun", "파일시스템", "filesystem"}),
    # "그 브로커", "그 큐매니저": no type word (a key `brokers` takes it elsewhere)
    "queue": frozenset({"브로커", "큐매니저", "qmgr", "토픽", "topic"}),
    # "그 회선", "that link": network gear typed so is also its lines
    "network": frozenset({"회선", "전용선", "라인", "링크", "line", "link", "circuit", "trunk", "트렁크"}),
}


def _said_of(word: str, name: str, ci_type: str) -> bool:
    """Whether `word` is a part of the CI's name or a word for its type."""
    parts = {part.lower() for part in NAME_PARTS.split(name) if len(part) >= 3}  # `afc-settle-batch`
    type_words = {w.lower() for w in TYPE_WORDS.get(ci_type, ())}
    equipment = word in EQUIPMENT_WORDS and ci_type not in SOFTWARE_TYPES
    part_of = word in PART_WORDS.get(ci_type, ())
    return (
        word in parts or word in type_words or f"{word}s" in type_words or equipment or part_of
    )  # "that node": "nodes"


# "who else depends on it?": the question's own CI is the one "else" leaves out, so "it" is the answer's
ELSE = re.compile(
    r"\b(?:who|what|which)\s++else\b|\bother (?:services|systems|apps|cis)\b|누가 또|또 누가|또 뭐가|그 외에|말고 또"
    r"|(?:다른|딴)\s*+(?:시스템|서비스|애들|앱|것|거|곳|데)"  # "그거 같이 쓰는 다른 시스템은"
    r"|(?:같이|함께)\s*+(?:올라|돌아|도는|떠\s*있|깔려|설치|실행)"  # "거기 같이 올라간건": what else runs there
    r"|(?:같이|함께)\s*+(?:쓰|사용)",  # "그거 같이 쓰는 애들은": who shares it with the one asked about
    re.I,
)


def else_of_one(question: str, answered: list[str], subject: str) -> str | None:
    """The one CI the previous answer named, when the question asks who else relates to "it", or when the
    previous question named no CI ("the service with the highest error rate?" → "where does it run?")."""
    return answered[0] if len(answered) == 1 and (ELSE.search(question) or not subject) else None


def besides_before(named: str, ci: str, prev: Parsed, context: dict[str, Any], lang: str) -> str:
    """ "what else runs on that host?" read as about `ci`: besides the CI the previous question was about, or
    when that was `ci` itself ("아이피는" of the host), the one named before it ("pg-skym 어느 서버에서 돌아")."""
    said = [*prev.of("ci"), *(context.get("asked") or []), *(context.get("earlier") or [])]
    before = next((str(name) for name in said if str(name).lower() != ci.lower()), "")
    if not ELSE.search(named) or not before:
        return named
    return f"{before} 말고 {named}" if lang == "ko" else f"{named.rstrip(' ?')} besides {before}?"


# "원인이 그 서버야?", "진짜 원인이 그 스토리지임?": a cause asked to be the one the conversation named
BLAMED_THAT = re.compile(
    r"(원인)(?:이|은|는)?\s*+(?:그|저)\s*+[가-힣a-z][가-힣a-z0-9_-]{0,19}?"
    r"(?:야|이야|임|였어|였음|이었어|인가|맞아|맞지|맞음)(?=\s*+[?？]?\s*+$)",
    re.I,
)


def says_its_symptom(p: Parsed, index: EntityIndex) -> bool:
    """Whether a blamed-cause question describes its own symptom by words CI records hold ("그럼 신고전화
    지연 진짜 원인이 그 서버야?"): that symptom is analysed, not the one asked about before."""
    return any(
        holds_word(text, word) for _, _, word in content_words(p, index) for text in index.ci_texts.values()
    )

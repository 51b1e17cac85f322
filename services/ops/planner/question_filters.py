"""What a question's attribute values and places ask of its plan: the attribute filter read from the
parsed question (or why it cannot be applied), an unknown hyphenated word read as a value, and the
location check of a plan about one CI asked "at" a place.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from services.infra.attribute_filter import ANY_VALUE, NOT_VALUE
from services.ops.plan import Plan, Route, Step
from services.ops.planner import relations as rel
from services.ops.planner.attribute_values import (
    CMP_AFTER,
    AttributeReading,
    QuantityMention,
    find_quantities,
    read_values,
    unknown_value,
)
from services.ops.planner.either_values import either_unrecorded
from services.ops.planner.entities import EntityIndex, Mention
from services.ops.planner.kind_nouns import read_kind_by_key
from services.ops.planner.left_out import NON_ENV, NOT_AFTER, NOT_BEFORE
from services.ops.planner.lexicon import TYPE_PHRASE, TYPE_WORDS
from services.ops.planner.lexicon_oncall import WHY
from services.ops.planner.names import MODIFIERS, is_vocabulary, similar_names
from services.ops.planner.places import PlacePhrase
from services.ops.planner.value_glossary import DESCRIPTIVE_KEYS

if TYPE_CHECKING:
    from services.ops.planner.parsing import Parsed


def place_beside_ci(place: PlacePhrase, mentions: list[Mention], index: EntityIndex) -> None:
    """A place with several candidates beside one named CI is that CI's location when it is one of them."""
    cis = {m.value.lower() for m in mentions if m.kind == "ci"}
    if len(cis) == 1 and len(place.matches) > 1:
        own = index.ci_locations.get(cis.pop(), "").lower()
        if own in place.matches:
            place.matches = [own]


def _planner_word(word: str) -> bool:
    return word in MODIFIERS or is_vocabulary(word) or NON_ENV.match(word) is not None  # "non-prod"


def _typed_values(p: Parsed, index: EntityIndex) -> dict[str, str]:
    """A type word that is also a value the estate records on CIs of that type ("VM 몇 대": hosts with
    `form: vm`): the value narrows the type."""
    found: dict[str, str] = {}
    for ci_type in p.types:
        for word in TYPE_WORDS[ci_type]:
            value = word.lower()
            on = index.values.keys.get(value, {})
            if not on and _host_kind_word(value) and value.endswith("s"):  # "VMs": hosts typed `vm`
                value = value[:-1]
                on = index.values.keys.get(value, {})
            keys = [key for key, types in on.items() if ci_type in types]
            if len(keys) == 1 and p.has_any((word,)):
                found[keys[0]] = value
    return found


# kinds of host a CMDB tells by a key only they hold: a VM's hypervisor or vCPUs, a blade's chassis
HOST_KINDS = (
    (
        re.compile(r"(?<![a-z])vms?(?![a-z])|가상\s*+(?:머신|서버)|\bvirtual (?:machines?|servers?)\b", re.I),
        ("hypervisor", "vcpu", "vcpus", "virtualization", "virtualisation", "vm_host"),
    ),
    (re.compile(r"\bblades?\b|블레이드", re.I), ("chassis", "enclosure", "blade_slot")),
)


def _host_kind_word(said: str) -> bool:
    """Whether words said are a kind of host ("vm", "가상머신", "blade")."""
    return any(kind.fullmatch(said) for kind, _ in HOST_KINDS)


def _kind_keys(p: Parsed, index: EntityIndex) -> tuple[dict[str, str], str]:
    """The key a kind of host said ("VM", "blades") is told by, as a filter on any value of it; or, when no
    host records it, the word said (every host is no answer to "which hosts are VMs?")."""
    if "host" not in p.types:
        return {}, ""
    on_hosts = {key for on in index.values.keys.values() for key, types in on.items() if "host" in types}
    on_hosts |= {key for key, entry in index.values.quantities.items() if "host" in entry.types}
    for said, keys in HOST_KINDS:
        if kind := said.search(p.question):
            held = [key for key in keys if key in on_hosts]
            return ({held[0]: ANY_VALUE}, "") if held else ({}, kind.group(0))
    return {}, ""


# "gpu 달린 서버", "(bay 있는거)", "hosts with a gpu", "복제 설정된 db", "만료일 등록돼있는 CI": the CIs
# holding the key, whatever its value
KEY_HELD_AFTER = re.compile(
    r"\s*+(?:이|가)?\s*+(?:있는|달린|붙은|가진|장착된|달려\s*+있는"
    r"|(?:설정|등록|기록|구성)\s*+(?:된|(?:돼|되어|되)\s*+있는))"
)
KEY_HELD_BEFORE = re.compile(r"\b(?:with|having|have|has)\s++(?:an?\s++)?$", re.I)
VALUE_AFTER = re.compile(r"\s*+(?:[:=]\s*+|of\s++|is\s++)?-?\d")  # "have capacity_tb 100 GB": a value asked


# "which robot controllers sit behind wgw-b2?": things told by a key other CIs hold, at a relation's far end
KIND_NOUN_AFTER = re.compile(
    r"\s*+(?:controllers|servers|hosts|devices|nodes|boxes|machines|units|sensors|terminals"
    r"|컨트롤러|서버|장비|노드|호스트|기기|단말)(?:들)?(?![a-z가-힣])"
)


def _sets_apart(key: str, types: list[str], index: EntityIndex) -> bool:
    """Whether some but not all CIs of the kinds asked hold `key` ("gpu 노드": the nodes with a GPU)."""
    kinds = [ci for ci, kind in index.ci_types.items() if kind in types]
    holding = sum(key in index.ci_keys.get(ci, ()) for ci in kinds)
    return 0 < holding < len(kinds)


def _held_keys(p: Parsed, lowered: str, index: EntityIndex) -> dict[str, str]:
    """The keys the question asks CIs to hold, as filters on any value of them (their words used); beside a
    named CI, a key it lacks said as a kind of thing at the far end of a relation."""
    if cis := [m for m in p.mentions if m.kind == "ci"]:
        own = set(index.ci_keys.get(cis[0].value.lower(), ())) if len(cis) == 1 else set()
        related = bool(own) and rel.read_relation(p.structure, cis[0].start, cis[0].end) is not None
        nouns = [
            (m, noun)
            for m in p.mentions
            if related and m.kind == "attribute" and m.value not in own
            if (noun := KIND_NOUN_AFTER.match(lowered, m.end))
        ]
        for m, noun in nouns:  # the kind noun is read with its key
            p.residual = f"{p.residual[: m.end]}{' ' * (noun.end() - m.end)}{p.residual[noun.end() :]}"
        held = [m for m, _ in nouns]
    else:
        held = [
            m
            for m in p.mentions
            if m.kind == "attribute"
            and (
                KEY_HELD_AFTER.match(lowered, m.end)
                or (KEY_HELD_BEFORE.search(lowered[: m.start]) and not VALUE_AFTER.match(lowered, m.end))
                or (KIND_NOUN_AFTER.match(lowered, m.end) and _sets_apart(m.value, p.types, index))
            )
        ]
    p.mentions = [m for m in p.mentions if m not in held]
    return {_form_held(m.value, p.types, index): ANY_VALUE for m in held}


def _form_held(key: str, types: list[str], index: EntityIndex) -> str:
    """The key's singular or plural form that CIs of the kinds asked hold ("hosts with GPUs": hosts hold
    `gpu`, a service `gpus`), else the key as read."""
    forms = [key, key[:-1] if key.endswith("s") else f"{key}s"]
    kinds = [ci for ci, kind in index.ci_types.items() if kind in types] if types else []
    return next((form for form in forms if any(form in index.ci_keys.get(ci, ()) for ci in kinds)), key)


def key_holding_part(word: str, index: EntityIndex, types: list[str]) -> str | None:
    """The one key whose values hold `word` as a whole part ("eks" of `eks-cm-prd` and `eks-cm-stg`,
    "elasticache" of `amazon-elasticache-for-redis`) on CIs of the kinds asked: the filter matches the
    values holding it."""
    values = [v for v in index.values.keys if len(word) >= 3 and word in v.split("-")]
    keys = {
        key
        for v in values
        for key, ci_types in index.values.keys[v].items()
        if not types or set(types) & ci_types
    }
    return next(iter(keys)) if len(keys) == 1 else None


def read_attribute_values(p: Parsed, index: EntityIndex) -> None:
    """The attribute filter of the question's values and quantities ("windows-10-iot", "128 GB") into
    `p.filters`, or the reason it cannot be applied into `p.attribute_problem`. A metric word beside a
    quantity, naming the family of its key ("128 GB memory"), is that key's, not the metric's."""
    lowered = p.question.lower()
    named = [(m.start, m.end) for m in p.mentions if m.kind != "attribute"]  # "gb of memory" names a key
    said_kind = read_kind_by_key(p, index, named)  # "lane controllers", "영사서버", "EC2 instances"
    taken = [(m.start, m.end) for m in p.mentions] + named[-1:] * bool(said_kind)
    taken += [m.span() for m in TYPE_PHRASE.finditer(lowered)]  # "the message queues": one type word
    keys = [(m.value, m.start, m.end) for m in p.mentions if m.kind == "attribute"]
    quantities = find_quantities(lowered, named, keys, index.values)
    families = {part for metric in p.of("metric") for part in metric.split("_")}
    reading = read_values(p.of("value"), quantities, index.values, p.types, p.of("attribute"), families)
    if reading.problem is None:  # "오라클이나 postgres": the choice no CI records is kept, to be said
        taken += either_unrecorded(p, lowered, index.values, reading.filters)
    if reading.problem is None and not p.of("ci"):
        reading = unknown_value(lowered, taken, index.values, _planner_word) or reading
        if reading.problem == "unknown_value" and (key := key_holding_part(reading.word, index, p.types)):
            if said := re.search(rf"(?<![\w-]){re.escape(reading.word)}(?![\w-])", lowered):
                a, b = said.span()
                p.mentions = sorted(
                    [*p.mentions, Mention("value", reading.word, a, b)], key=lambda m: m.start
                )
                p.residual = f"{p.residual[:a]}{' ' * (b - a)}{p.residual[b:]}"
            reading = AttributeReading(filters={key: reading.word})  # "eks 노드": `cluster: eks-cm-prd`
        unknown = reading.problem == "unknown_value" and not reading.suggestions
        if unknown and (names := similar_names(reading.word, index)):  # "web servers": a name, maybe
            reading = AttributeReading(problem="unknown_ci", word=reading.word, suggestions=names)
    reading = _read_model_code(p, lowered, index, reading)
    if reading.problem:
        p.attribute_problem = reading
        return
    if own := _own_values(p, index, reading.filters):  # "PSS_TKT 발권": the named CI's function, said again
        reading.filters = {k: v for k, v in reading.filters.items() if v not in own}
        p.mentions = [m for m in p.mentions if not (m.kind == "value" and m.value in own)]
    _negate_said(p, lowered, reading.filters)  # "which databases are not MySQL?"
    # "have engine postgresql": a value said for the key held is the filter, not any value
    reading.filters = {**_held_keys(p, lowered, index), **said_kind, **reading.filters}
    # "VM 몇 대": hosts with `form: vm`, else those holding a hypervisor, unless a value said picks them
    typed = _typed_values(p, index)
    # "claim-validator 어느 vm에서 돌아": the VM of a service or database is its host, whatever it holds or
    # records (a `host: vm` value on some other host)
    on_its_host = bool(p.of("ci")) and all(index.ci_types.get(c.lower()) != "host" for c in p.of("ci"))
    if on_its_host and "host" in p.types:  # the kind said is no value to filter its hosts by
        typed = {}
        reading.filters = {k: v for k, v in reading.filters.items() if not _host_kind_word(str(v))}
        p.mentions = [
            m for m in p.mentions if not (m.kind == "value" and _host_kind_word(p.question[m.start : m.end]))
        ]
    kind, unrecorded = ({}, "") if typed or reading.filters or on_its_host else _kind_keys(p, index)
    if unrecorded and not p.of("ci"):
        p.attribute_problem = AttributeReading(problem="unknown_value", word=unrecorded.lower())
        return
    reading.filters |= typed or kind
    if reading.filters:
        p.filters["attributes"] = reading.filters
        _blank_bounds(p, lowered, quantities)  # "12개 이상인": a bound of the quantity, not "이상" (abnormal)
        sized = {part for key in reading.filters for part in key.lower().split("_")}
        p.mentions = [
            m
            for m in p.mentions
            if not (m.kind == "metric" and m.value.split("_")[0] in sized and _beside(m, quantities))
        ]


def _negate_said(p: Parsed, lowered: str, filters: dict[str, Any]) -> None:
    """Filters on a value the question says it does not want become "!= value" (any other value)."""
    for m in p.mentions:
        if m.kind != "value":
            continue
        negated = NOT_BEFORE.search(lowered[: m.start]) or NOT_AFTER.match(lowered[m.end :])
        for key, value in filters.items():
            if negated and isinstance(value, str) and value.lower() == m.value.lower():
                filters[key] = f"{NOT_VALUE} {value}"
            elif negated and isinstance(value, list) and m.value.lower() in (v.lower() for v in value):
                # "mysql인 db (mariadb 말고)": the value wanted; one left out is no other choice
                kept = [v for v in value if v.lower() != m.value.lower()]
                filters[key] = kept[0] if len(kept) == 1 else kept


# "r660", "sn550", "x9m": letters and digits
MODEL_CODE = re.compile(r"(?<![a-z0-9])(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{3,}")


CODE_BEFORE = re.compile(r"(?<![a-z0-9])([a-z0-9]+)\s?$")  # the word said right before a key word


def _read_model_code(
    p: Parsed, lowered: str, index: EntityIndex, reading: AttributeReading
) -> AttributeReading:
    """A model code said for the one value holding it ("R660 서버", "R660 모델 서버"): that value's filter,
    with the code as a value mention and its key word, when said, used by it; else `reading`."""
    said: list[tuple[str, Mention | None]] = (
        [(reading.word, None)] if reading.problem == "unknown_value" else []
    )
    if reading.problem is None and not reading.filters:
        said += [
            (code.group(1), m)
            for m in p.mentions
            if m.kind == "attribute" and (code := CODE_BEFORE.search(lowered[: m.start]))
        ]
    for word, key_word in said:
        held = _held_by_one_value(word, index, p.types)
        code = re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", lowered)
        if held is None or code is None or (key_word and key_word.value != held[0]):
            continue
        mentions = [m for m in p.mentions if m is not key_word]  # "R660 모델": the key word is the value's
        end = key_word.end if key_word else code.end()
        p.mentions = sorted([*mentions, Mention("value", held[1], code.start(), end)], key=lambda m: m.start)
        return AttributeReading(filters={held[0]: held[1]})
    return reading


def _held_by_one_value(word: str, index: EntityIndex, types: list[str]) -> tuple[str, str] | None:
    """The filter on the one attribute value holding a model code as a whole part ("r660" of
    `model: dell-poweredge-r660`), when no other value holds it and one key of the asked types holds it."""
    if not MODEL_CODE.fullmatch(word):
        return None
    holding = [value for value in index.values.keys if word in value.split("-") and value != word]
    if len(holding) != 1:
        return None
    keys = [key for key, on in index.values.keys[holding[0]].items() if not types or on & set(types)]
    return (keys[0], holding[0]) if len(keys) == 1 else None


def _blank_bounds(p: Parsed, lowered: str, quantities: list[QuantityMention]) -> None:
    """Blank the bound words said after the quantities ("이상", "or more") in `p.residual` and `p.structure`."""
    for q in quantities:
        after = lowered[q.end : q.end + 16]  # the patterns are anchored at the text's start
        bound = next((m for pattern, _ in CMP_AFTER if (m := pattern.match(after))), None)
        if bound is not None:
            a, b = q.end + bound.start(), q.end + bound.end()
            p.residual = p.residual[:a] + " " * (b - a) + p.residual[b:]
            p.structure = p.structure[:a] + " " * (b - a) + p.structure[b:]


def _own_values(p: Parsed, index: EntityIndex, filters: dict) -> set[str]:
    """The values of what-it-does keys in `filters` that a named CI itself holds ("PSS_TKT 발권"): they
    describe it and filter nothing ("is X on rhel-9.3?" stays a check); in a why, a value of any key the CI
    holds says what went wrong on it ("Aquila losing ICCP")."""
    texts = [re.sub("[-_]", " ", index.ci_texts.get(ci.lower(), "")).lower() for ci in p.of("ci")]
    why = p.has(WHY)
    return {
        value
        for key, value in filters.items()
        if (why or key in DESCRIPTIVE_KEYS)
        and isinstance(value, str)
        and any(re.sub("[-_]", " ", value).lower() in t for t in texts)
    }


def _beside(mention: Mention, quantities: list[QuantityMention]) -> bool:
    """Whether a quantity stands right beside `mention` ("128 GB memory", "메모리 128GB", "memory of 64 GB")."""
    return any(-4 <= q.start - mention.end <= 4 or -4 <= mention.start - q.end <= 4 for q in quantities)


def located(plan: Plan, p: Parsed) -> Plan:
    """A plan about one named CI, asked "at" a place ("busan-dc에 있는 orders-db 상태?"), checks the CI's
    location against it: the CI's `get` step (added when the plan has none) carries the location as a
    filter, and the answer says whether the CI is there or where it is instead."""
    cis, location = p.of("ci"), p.filters.get("location")
    about_it = all(s.args.get("ci", s.args.get("name")) in cis for s in plan.steps)
    if len(cis) != 1 or not location or plan.route in (Route.REJECT, Route.GRAPH) or not about_it:
        return plan
    get = next((s for s in plan.steps if s.tool == "ci_lookup" and s.args.get("op") == "get"), None)
    if get is None:
        get = Step(tool="ci_lookup", args={"op": "get", "name": cis[0], "fields": ["location"]})
        plan.steps.insert(0, get)
    get.args["filters"] = {**(get.args.get("filters") or {}), "location": location}
    for step in plan.steps:  # the CI's own events and metrics, wherever it is; the check says where
        if step is not get and "location" in (step.args.get("filters") or {}):
            rest = {k: v for k, v in step.args["filters"].items() if k != "location"}
            step.args.pop("filters")
            if rest:
                step.args["filters"] = rest
    return plan


def unknown_value_word(
    word: str, residual: str, names: list[str], index: EntityIndex
) -> AttributeReading | None:
    """An unknown hyphenated word ("windows-11", "ubuntu-20.04" with its version) read as an attribute
    value when it is spelled more like one of the estate's values than like any CI name."""
    if m := re.search(rf"{re.escape(word)}(?:\.[a-z0-9]+)+", residual):
        word = m.group(0)
    values = index.values.similar(word)
    name_score = max((SequenceMatcher(None, word, n.lower()).ratio() for n in names), default=0.0)
    if values and values[0][0] > name_score:
        return AttributeReading(problem="unknown_value", word=word, suggestions=[v for _, v in values])
    return None

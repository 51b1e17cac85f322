"""What a question's attribute values and places ask of its plan: the attribute filter read from the
parsed question (or why it cannot be applied), an unknown hyphenated word read as a value, and the
location check of a plan about one CI asked "at" a place.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from services.ops.plan import Plan, Route, Step
from services.ops.planner import lexicon as lx
from services.ops.planner.attribute_values import (
    CMP_AFTER,
    AttributeReading,
    QuantityMention,
    find_quantities,
    read_values,
    unknown_value,
)
from services.ops.planner.entities import EntityIndex, Mention
from services.ops.planner.lexicon import TYPE_WORDS
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
    return word in MODIFIERS or is_vocabulary(word)


def _typed_values(p: Parsed, index: EntityIndex) -> dict[str, str]:
    """A type word that is also a value the estate records on CIs of that type ("VM 몇 대": hosts with
    `form: vm`): the value narrows the type."""
    found: dict[str, str] = {}
    for ci_type in p.types:
        for word in TYPE_WORDS[ci_type]:
            on = index.values.keys.get(word.lower(), {})
            keys = [key for key, types in on.items() if ci_type in types]
            if len(keys) == 1 and p.has_any((word,)):
                found[keys[0]] = word.lower()
    return found


def read_attribute_values(p: Parsed, index: EntityIndex) -> None:
    """The attribute filter of the question's values and quantities ("windows-10-iot", "128 GB") into
    `p.filters`, or the reason it cannot be applied into `p.attribute_problem`. A metric word beside a
    quantity, naming the family of its key ("128 GB memory"), is that key's, not the metric's."""
    lowered = p.question.lower()
    taken = [(m.start, m.end) for m in p.mentions]
    named = [(m.start, m.end) for m in p.mentions if m.kind != "attribute"]  # "gb of memory" names a key
    keys = [(m.value, m.start, m.end) for m in p.mentions if m.kind == "attribute"]
    quantities = find_quantities(lowered, named, keys, index.values)
    families = {part for metric in p.of("metric") for part in metric.split("_")}
    reading = read_values(p.of("value"), quantities, index.values, p.types, p.of("attribute"), families)
    if reading.problem is None and not p.of("ci"):
        reading = unknown_value(lowered, taken, index.values, _planner_word) or reading
        unknown = reading.problem == "unknown_value" and not reading.suggestions
        if unknown and (names := similar_names(reading.word, index)):  # "web servers": a name, maybe
            reading = AttributeReading(problem="unknown_ci", word=reading.word, suggestions=names)
    if reading.problem:
        p.attribute_problem = reading
        return
    if own := _own_values(p, index, reading.filters):  # "PSS_TKT 발권": the named CI's function, said again
        reading.filters = {k: v for k, v in reading.filters.items() if v not in own}
        p.mentions = [m for m in p.mentions if not (m.kind == "value" and m.value in own)]
    reading.filters |= _typed_values(p, index)
    if reading.filters:
        p.filters["attributes"] = reading.filters
        _blank_bounds(p, lowered, quantities)  # "12개 이상인": a bound of the quantity, not "이상" (abnormal)
        sized = {part for key in reading.filters for part in key.lower().split("_")}
        p.mentions = [
            m
            for m in p.mentions
            if not (m.kind == "metric" and m.value.split("_")[0] in sized and _beside(m, quantities))
        ]


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
    why = p.has(lx.WHY)
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

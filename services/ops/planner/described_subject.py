"""A CI asked about by what it is and where ("제주 도어락 서버 IP 뭐야?", "IP of the self check-in kiosk
server"): when a question asks a field of no named CI and its other words — with its place and type words —
describe exactly one CI, that CI is the question's subject. The answer names the CI, so the reading is
visible; words describing several CIs leave the question as it was (a list, or `unclear`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from services.infra.attribute_filter import ANY_VALUE, normalised
from services.ops.planner import lexicon as lx
from services.ops.planner.described import GENERIC_WORDS, TROUBLE_WORDS, described_cis
from services.ops.planner.entities import Mention
from services.ops.planner.left_out import facet_kept
from services.ops.planner.lexicon_oncall import WHY
from services.ops.planner.unknown_words import content_words

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed


def matches_filters(name: str, filters: dict[str, Any], index: EntityIndex) -> bool:
    """Whether CI `name` (lower-cased) could match `filters`: its location, type, environment and the
    text values of the attribute keys they name (other values are not told apart: they may match)."""
    fields = {"location": index.ci_locations, "type": index.ci_types, "environment": index.ci_environments}
    if any(
        filters.get(key) is not None and not facet_kept(str(filters[key]), str(table.get(name, "")))
        for key, table in fields.items()
    ):  # locations are read lower-cased, stored as written
        return False
    own = index.ci_values.get(name, {})
    return all(
        not isinstance(value, str)
        or (
            key in index.ci_keys.get(name, ())
            if value == ANY_VALUE
            else normalised(own.get(key, "")) == normalised(value)
        )
        for key, value in (filters.get("attributes") or {}).items()
    )


def placed_cis(parsed: Parsed, index: EntityIndex) -> tuple[set[str] | None, list[str]]:
    """The CIs (lower-cased) in the question's location or any candidate of a place said ambiguously, and
    those locations; (None, []) when it names no place."""
    places = (
        [parsed.filters["location"]]
        if parsed.filters.get("location")
        else [m for place in parsed.unplaced_places for m in place.matches]
    )
    if not places:
        return None, []
    return {n for n, location in index.ci_locations.items() if location in places}, places


def read_described_subject(parsed: Parsed, index: EntityIndex) -> None:
    """Make the one CI the question's words describe the subject of `parsed` when it asks a field."""
    value_keys = set((parsed.filters.get("attributes") or {}).keys())
    asked = [
        key for key in parsed.of("attribute") if key not in value_keys
    ]  # "sports channel" asks no channel
    if parsed.of("ci") or not asked or parsed.has(WHY) or parsed.has(lx.ABOVE) or parsed.has(lx.BELOW):
        return  # "25% 넘은 사이트 컨트롤러 있어?": values beyond a bound, not a record's field
    values = [m for m in parsed.mentions if m.kind == "value"]
    words = [w for w in content_words(parsed, index) if w[2].lower() not in TROUBLE_WORDS | GENERIC_WORDS]
    said = sorted([*words, *((m.start, m.end, parsed.question[m.start : m.end]) for m in values)])
    if not said:
        return
    within, places = placed_cis(parsed, index)
    described = described_cis([w[2] for w in said], index, within)
    names = described.names if described else []
    if typed := [n for n in names if index.ci_types.get(n.lower()) in parsed.types]:
        names = typed
    used = [w for w in said if described and w[2] in described.words]
    if len(names) != 1 and values:  # "the self check-in kiosk server": the one CI its filters pick
        filters = {**parsed.filters, **({"type": parsed.types[0]} if parsed.types else {})}
        names = [index.ci_names.get(n, n) for n in index.ci_types if matches_filters(n, filters, index)]
        used = [(m.start, m.end, "") for m in values]
    spans = {u[:2] for u in used}
    if len(names) != 1 or any(w[:2] not in spans for w in words):  # a word left over asks something else
        return
    parsed.mentions = [m for m in parsed.mentions if m not in values and m.kind != "location"]
    parsed.mentions = sorted([*parsed.mentions, Mention("ci", names[0], *used[0][:2])], key=lambda m: m.start)
    parsed.filters.pop("attributes", None)
    parsed.filters.pop("location", None)
    parsed.loose_values = []
    parsed.unplaced_places = [p for p in parsed.unplaced_places if not set(p.matches) & set(places)]
    chars = list(parsed.residual)
    for start, end, _ in used:
        chars[start:end] = " " * (end - start)
    parsed.residual = "".join(chars)

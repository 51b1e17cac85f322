"""CIs asked for by a plural noun that is also an attribute key, related to a named CI: "which RTUs connect
to sinho-mqtt?" (some gateway records `rtus: 138`), "which devices sit behind modbus-gw-gs1?" (the
gateway records `devices: 412`). The question asks for the related CIs, not the recorded count: the
attribute reading is dropped so the relation is answered, kept to the CIs whose names carry the noun
("gv017-rtu") when some do.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.ops.planner import relations as rel
from services.ops.planner.names import NAME_PARTS

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

WHICH_BEFORE = re.compile(r"\b(?:which|what)\s++$", re.I)


def read_which_related(parsed: Parsed, index: EntityIndex) -> None:
    """Drop an attribute mention that names the CIs a relation question asks for ("which RTUs …")."""
    cis = [m for m in parsed.mentions if m.kind == "ci"]
    if len(cis) != 1 or rel.read_relation(parsed.structure, cis[0].start, cis[0].end) is None:
        return
    ci = cis[0].value.lower()
    for m in [m for m in parsed.mentions if m.kind == "attribute"]:
        if not WHICH_BEFORE.search(parsed.structure[: m.start]):
            continue
        noun = parsed.structure[m.start : m.end].lower()
        if not noun.endswith("s") or m.value in index.ci_values.get(ci, {}):
            continue  # "what engine does X use?", "what port …": the CI's own value is asked
        part = noun[:-1]
        carriers = [name for name in index.ci_names if part in NAME_PARTS.split(name)]
        # the CI records how many it has ("devices: 412", no text), or the things carry the word in their names
        if not (m.value in index.ci_keys.get(ci, ()) or carriers):
            continue  # a key the things at the far end hold ("which robot controllers sit behind X")
        parsed.mentions.remove(m)
        if carriers:
            parsed.filters["names"] = sorted(index.ci_names[n] for n in carriers)
            parsed.filters["described"] = part
        parsed.read_words.append((m.start, m.end))

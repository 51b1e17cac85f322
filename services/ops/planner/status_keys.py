"""When a named CI entered a status its record dates ("old_sms_agent 언제 폐기됐어", "when was X retired?"):
the status word asks for the key that records it (`decommissioned: 2025-11-28`), not for the status."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.ops.planner.entities import Mention
from services.ops.planner.lexicon import STATUS_WORDS, WHEN_ASKED
from services.ops.planner.own_keys import spells

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

DATE_OR_TIME = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}|\d{1,2}:\d{2}"
)
CLOCK = re.compile(r"\d{1,2}:\d{2}")
CLOCK_ASKED = re.compile(r"몇 ?시|\bwhat time\b", re.I)


def recorded_time(ci: str, keys: list[str], index: EntityIndex, asked: str = "") -> bool:
    """Whether one of the attribute `keys` read from the question records on the CI what `asked` asks:
    a clock time for "몇시" / "what time", a date or a time for "언제" / "when"."""
    values = index.ci_values.get(ci.lower(), {})
    pattern = CLOCK if CLOCK_ASKED.search(asked) else DATE_OR_TIME
    return any(pattern.search(str(values.get(key, ""))) for key in keys)


def read_status_time_key(parsed: Parsed, index: EntityIndex) -> None:
    """Replace the status filter of a when-question about one named CI with the one key of that CI that
    a status word spells and that holds a date."""
    status, cis = parsed.filters.get("status"), parsed.of("ci")
    if not status or len(cis) != 1 or not WHEN_ASKED.search(parsed.residual):
        return
    ci = cis[0].lower()
    for word in sorted(STATUS_WORDS.get(str(status), ()), key=len, reverse=True):
        if not (said := re.search(re.escape(word), parsed.residual, re.I)):
            continue
        keys = [
            key
            for key in index.ci_keys.get(ci, ())
            if recorded_time(ci, [key], index, "언제") and any(spells(word, part) for part in key.split("_"))
        ]
        if len(keys) == 1:
            del parsed.filters["status"]
            parsed.mentions = sorted(
                [*parsed.mentions, Mention("attribute", keys[0], *said.span())], key=lambda m: m.start
            )
            parsed.residual = (
                parsed.residual[: said.start()] + " " * len(word) + parsed.residual[said.end() :]
            )
        return

"""A product said as the other choice beside a value the estate records ("오라클이나 postgres 쓰는 db",
"databases running oracle or postgresql") that no CI records: kept in the value's filter as one more
choice, which matches nothing, so the answer can say no CI holds it — never dropped unsaid."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from services.infra.models import TYPE_LABEL_KEY
from services.ops.planner.attribute_values import ValueVocabulary
from services.ops.planner.entities import Mention
from services.ops.planner.value_words import PRODUCT_ALIASES

if TYPE_CHECKING:
    from services.ops.planner.parsing import Parsed

SPELLED = {
    spelling: product for product, aliases in PRODUCT_ALIASES.items() for spelling in (product, *aliases)
}
_SPELLINGS = "|".join(re.escape(s) for s in sorted(SPELLED, key=len, reverse=True))
_OR = r"(?:이나|나|\s*+(?:또는|혹은|or|,|/))\s*+"
OR_BEFORE = re.compile(rf"(?<![\w-])({_SPELLINGS}){_OR}$")
OR_AFTER = re.compile(rf"^{_OR}({_SPELLINGS})(?![a-z0-9-])")
NEAR = 40  # characters on each side of a value looked at for the other choice


def either_unrecorded(
    p: Parsed, lowered: str, vocab: ValueVocabulary, filters: dict[str, Any]
) -> list[tuple[int, int]]:
    """Add to `filters` each unrecorded product said as the other choice of a value filtered on, as a
    value mention of `p`; the spans taken."""
    taken = []
    for m in [m for m in p.mentions if m.kind == "value"]:
        key = next((k for k, v in filters.items() if m.value in (v if isinstance(v, list) else [v])), None)
        if key is None or key == TYPE_LABEL_KEY:
            continue
        before = OR_BEFORE.search(lowered[max(0, m.start - NEAR) : m.start])
        after = OR_AFTER.match(lowered[m.end : m.end + NEAR])
        for said, offset in ((before, max(0, m.start - NEAR)), (after, m.end)):
            product = SPELLED.get(said.group(1)) if said else None
            if said is None or product is None or product in vocab.keys:
                continue
            a, b = offset + said.start(1), offset + said.end(1)
            if any(other.start < b and a < other.end for other in p.mentions):
                continue
            held = filters[key]
            choices = held if isinstance(held, list) else [held]
            if product not in choices:
                filters[key] = [*choices, product]
            p.mentions = sorted([*p.mentions, Mention("value", product, a, b)], key=lambda x: x.start)
            p.residual = f"{p.residual[:a]}{' ' * (b - a)}{p.residual[b:]}"
            taken.append((a, b))
    return taken

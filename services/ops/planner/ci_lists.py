"""CI lists, counts and sums: the planner's last resort, when the question names filters or asks for CIs."""

from __future__ import annotations

import re
from datetime import datetime

from services.ops.plan import Plan, Route, Step
from services.ops.planner import lexicon as lx
from services.ops.planner.entities import EntityIndex
from services.ops.planner.parsing import Parsed

# "인증서 만료일 등록돼있는 CI", "gpu 있는 장비들?": the CIs are the noun the question ends with, so asked for
ENDS_WITH_CIS = re.compile(r"(?<![\w-])(?:ci|cis|장비|자산|구성\s*+항목)(?:들)?\s*+[?？.!]*\s*+$", re.I)


def ci_search_plan(p: Parsed, index: EntityIndex, now: datetime) -> Plan | None:
    """The CIs the question's filters find, listed or counted, or one numeric key of theirs added up."""
    filters = dict(p.filters)
    if p.types:
        filters["type"] = p.types[0]
    if summed := p.of("summed"):  # "게이트웨이들 툴 수 다 합치면": one key's numbers added up
        args = {"op": "sum", "fields": [f"attributes.{summed[0]}"], "filters": filters}
        return Plan(route=Route.AGGREGATE, steps=[Step(tool="ci_lookup", args=args)], intent="ci_sum")
    counting = p.has_any(lx.COUNT_WORDS)
    if not filters and not p.has_any(lx.CI_WORDS):
        return None
    asked_for = counting or p.has(lx.WHICH) or p.has(lx.SHOW) or bool(ENDS_WITH_CIS.search(p.structure))
    if not (asked_for or set(filters) - {"attributes"}):  # a product name alone ("about Kafka") asks nothing
        return None
    op = "count" if counting else "search"
    route = Route.AGGREGATE if counting else Route.LOOKUP
    return Plan(
        route=route, steps=[Step(tool="ci_lookup", args={"op": op, "filters": filters})], intent=f"ci_{op}"
    )

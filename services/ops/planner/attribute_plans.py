"""Plans that look up a named CI's fields and attributes for the rules planner: the fields a question asks
("X 담당 누구", "X IP"), a key sized by its unit, a value no field holds (unclear), the machines a CI runs on
when asked as "어느 인스턴스에서 돌아", and a usage asked without saying which (unclear, the usages offered).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from services.ops.plan import Plan, Route, Step
from services.ops.planner import lexicon as lx
from services.ops.planner import relations as rel
from services.ops.planner import unplaceable
from services.ops.planner.entities import EntityIndex
from services.ops.planner.entity_words import FIELD_WORDS
from services.ops.planner.lexicon import word_pattern
from services.ops.planner.metric_plans import aggregation
from services.ops.planner.moments import mentions_now
from services.ops.planner.parsing import Parsed
from services.ops.planner.summed_keys import SUM_ASKED


def requested_fields(p: Parsed) -> list[str]:
    fields = [f for f, words in FIELD_WORDS.items() if any(word_pattern(w).search(p.residual) for w in words)]
    for name in ("status", "environment"):  # "is X in maintenance?", "is X in staging?"
        if name in p.filters and name not in fields:
            fields.append(name)
    named = p.filters.get("attributes", {}) if p.of("ci") else {}  # "which SQL Server version is X on?"
    keys = [*p.of("attribute"), *(key for key in named if key not in p.of("attribute"))]
    return [*fields, *(f"attributes.{key}" for key in keys)] if p.of("attribute") else fields


SIZE_UNIT = re.compile(r"(?<![a-z])(gb|gib|tb|tib|mb|cores?)(?![a-z])|(코어)|(기가)", re.I)


def _sized_attribute(p: Parsed, index: EntityIndex) -> list[str]:
    """ "메모리 몇 GB", "how many memory GB": a size, not the metric — the attribute of the metric's family
    with that unit (`memory_gb`), when the CMDB has one."""
    unit = SIZE_UNIT.search(p.residual)
    if not unit or not p.of("metric"):
        return []
    raw = (unit.group(1) or unit.group(2) or unit.group(3)).lower()
    word = {"core": "cores", "코어": "cores", "기가": "gb", "gib": "gb", "tib": "tb"}.get(raw, raw)
    family = {part for metric in p.of("metric") for part in metric.split("_")}
    keys = sorted(
        {key for _, key in index.attribute_terms if word in key.split("_") and family & set(key.split("_"))}
    )
    return [f"attributes.{keys[0]}"] if keys else []


def unknown_value_plan(p: Parsed, index: EntityIndex, now: datetime) -> Plan | None:
    """ "What's the packet loss on X?": a value of X no field, attribute or metric holds is unclear."""
    cis = p.of("ci")
    if len(cis) != 1 or p.of("metric") or requested_fields(p) or not unplaceable.unknown_value(p):
        return None
    return unplaceable.unknown_value_plan(p, cis[0])


# "gpu usage", "GPU 사용률": a live measure of the thing an attribute records, which no metric holds
USAGE_AFTER = re.compile(rf"\s*+(?:{lx.USAGE_WORDS}|\bload\b|부하)", re.I)
# where a CI runs, asked with a word for the machine that is no kind of CI ("인스턴스", "instances")
PLACE_ASKED = re.compile(
    r"(?:어느|어떤|무슨)\s*+[가-힣]+\s*+(?:에서|위에서)\s*+(?:돌|떠|올라|실행|구동)"
    r"|\bwhich\s++\w+\s++(?:is|are|does|do)\b.*\b(?:on|run(?:s|ning)?(?: on)?)\s*+\??\s*+$",
    re.I,
)
USAGE_SAID = re.compile(lx.USAGE_WORDS, re.I)
# "X 브로커 서버들", "X's broker hosts": the machines under it
HOSTS_AFTER = re.compile(r"\s*+(?:서버들|서버 목록|(?:servers|hosts|machines|nodes)\b)", re.I)
RUNS_ON_HOSTS = {"op": "neighbors", "direction": "out", "rel_types": ["RUNS_ON"], "types": ["host"]}


WHICH_BEFORE = re.compile(r"(?:\b(?:which|what)|어떤|무슨|어느)\s*+$", re.I)


def _asked_of_value(p: Parsed, index: EntityIndex, ci: str) -> list[str]:
    """ "which junos is vpnc-lte-02 running?": the keys of the named CI whose value the question names by
    its family (`firmware: Junos 23.4R1`), asked which one it is."""
    if p.of("attribute") or set(requested_fields(p)) - {"status"}:
        return []  # "which Oracle version is X on?": the version asked, Oracle only says of what
    asked = [m for m in p.mentions if m.kind == "value" and WHICH_BEFORE.search(p.question[: m.start])]
    if not asked:
        return []  # "VM 사이즈 뭐야": the value only says which CI
    held = index.ci_keys.get(ci.lower(), ())
    keys = [key for key in p.filters.get("attributes") or {} if key in held]
    return [f"attributes.{key}" for key in keys]


def _usage_unplaced(p: Parsed, ci: str, said: str) -> Plan:
    """`unclear`: the CI understood, the usage word that says of no metric which share it is."""
    unclear = unplaceable.unknown_value_plan(p, ci)
    unclear.detail, unclear.lang = f"{ci}|{said}", p.lang  # type: ignore[assignment]
    return unclear


def _far_end_asked(p: Parsed, index: EntityIndex, ci: str) -> bool:
    """Whether a relation is said after the CI, and after it a value the CI does not hold: the CIs at the
    relation's far end with that value are asked for."""
    named = next(m for m in p.mentions if m.kind == "ci")
    reading = rel.read_relation(p.structure, named.start, named.end)
    if reading is None or reading.guessed or reading.span[0] < named.end:
        return False
    own = {str(v).lower() for v in index.ci_values.get(ci.lower(), {}).values()}
    return any(
        m.kind == "value" and m.start > reading.span[0] and m.value.lower() not in own for m in p.mentions
    )


def attributes_plan(p: Parsed, index: EntityIndex, now: datetime) -> Plan | None:
    cis = p.of("ci")
    if not cis:
        return None
    if any(m.kind == "attribute" and HOSTS_AFTER.match(p.question, m.end) for m in p.mentions):
        return Plan(  # "kafka-grid-events 브로커 서버들": the servers it runs on, not the broker count
            route=Route.GRAPH,
            steps=[Step(tool="graph_query", args={**RUNS_ON_HOSTS, "ci": cis[0]})],
            intent="runs_on",
        )
    if _far_end_asked(p, index, cis[0]):
        return None  # "X에 터널 붙어있는 edge 서버들": the CIs related to X, not X's record
    usage = next(
        (u for m in p.mentions if m.kind == "attribute" and (u := USAGE_AFTER.match(p.question, m.end))), None
    )
    if usage:
        return _usage_unplaced(p, cis[0], usage.group().strip())
    fields = _asked_of_value(p, index, cis[0]) or requested_fields(p) or _sized_attribute(p, index)
    metric_question = p.of("metric") and (p.window or aggregation(p) or mentions_now(p.residual))
    if not fields or metric_question:
        if p.of("metric"):
            return None
        if PLACE_ASKED.search(p.residual):  # "es-gaon 어느 인스턴스에서 돌아": the machines it runs on
            return Plan(
                route=Route.GRAPH,
                steps=[Step(tool="graph_query", args={**RUNS_ON_HOSTS, "ci": cis[0], "types": []})],
                intent="runs_on",
            )
        if said := USAGE_SAID.search(p.residual):  # "img-resize 사용률": which usage is not said
            unclear = _usage_unplaced(p, cis[0], said.group())
            usages = [m for m in ("cpu_usage", "memory_usage", "disk_usage") if m in index.metric_units]
            labels = [index.metric_labels.get(m, {}).get(p.lang, m) for m in usages]
            unclear.suggestions = [f"{cis[0]} {label}" for label in labels] or unclear.suggestions
            return unclear
        fields = fields or ["type", "environment", "owner", "location", "status", "attributes"]
    args: dict[str, Any] = {"op": "get", "name": cis[0], "fields": fields}
    if len(fields) > 1 and SUM_ASKED.search(p.residual):  # "엘리베이터랑 에스컬레이터 합치면 몇대": added up
        args["total"] = True
    return Plan(route=Route.LOOKUP, steps=[Step(tool="ci_lookup", args=args)], intent="ci_fields")

"""Topology questions for the rules planner: relations read by `relations.py` become graph_query plans —
direction from the CI's role, depth from direct/transitive words or a hop bound, two CIs for a path, a hop
count, what they share or a yes/no reach check, type words filtering the far end.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from services.ops.plan import Plan, Route, Step
from services.ops.planner import lexicon as lx
from services.ops.planner import relation_questions as questions
from services.ops.planner import relations as rel
from services.ops.planner.entities import EntityIndex, Mention
from services.ops.planner.far_end_kinds import OUTBOUND, batch_jobs, batch_like, circuit_key
from services.ops.planner.unknown_words import unread_counted, unread_words
from services.ops.policy import DEFAULT_POLICY
from services.ops.tools.contracts import MAX_NAMED

if TYPE_CHECKING:
    from services.ops.planner.parsing import Parsed

MAX_DEPTH = 10  # "transitive", "blast radius": all the way, as far as the policy lets a walk go


FILTERED_OPS = ("neighbors", "dependencies", "dependents", "shared")  # the ops that list a far end


# "X에 결국 올라가 있는 거 전부", "everything ultimately running on X": through the VMs on it as well
ULTIMATELY = re.compile(r"결국|최종적으로|\bultimately\b|\beventually\b|\ball the way\b", re.I)
HOST_NOUN_AFTER = re.compile(  # "radar site servers": one more word may stand before the noun
    r"\s*+(?:[a-z가-힣]{2,12}\s++)?(?:서버|호스트|노드|머신|(?:servers?|hosts?|nodes?|machines?)\b)", re.I
)
# links whose drawn direction says nothing ("which controllers hang off the hub": the hub may be drawn as
# connecting to them or they to it): an empty way is turned round
WAYLESS = re.compile(r"\bhang(?:s|ing)?\s++off\b|\bhung\s++off\b|물린|매달린", re.I)
INCLUSIVE_TYPE = re.compile(r"(?:서비스|서버|호스트|VM|DB|컨테이너|앱)(?:들)?\s*+까지", re.I)


def within_depth(plan: Plan, policy: dict[str, Any] | None) -> Plan:
    """The plan with its graph walks no deeper than the policy allows (an admin may lower it)."""
    cap = int((policy or DEFAULT_POLICY)["max_graph_depth"])
    for step in plan.steps:
        if step.tool == "graph_query" and int(step.args.get("depth") or 1) > cap:
            step.args["depth"] = cap
    return plan


def _far_end_unplaced(p: Parsed, ci: str) -> Plan:
    """`unclear`: the CI understood, the kind asked at its far end that no record here tells apart."""
    kind = p.far_end[1] if p.far_end else ""
    ko = p.lang == "ko"
    return Plan(
        route=Route.REJECT,
        intent="reject",
        reason="unplaced",
        detail=f"{ci}|{kind}",
        suggestions=[f"{ci}가 의존하는 CI 전부", f"{ci}에 뭐 돌아?"]
        if ko
        else [f"what does {ci} depend on, all the way down?", f"what runs on {ci}?"],
    )


def _lines_plan(intent: str, args: dict[str, Any], p: Parsed, index: EntityIndex) -> Plan:
    """The relation's far end narrowed to lines (CIs recording a circuit), or `unclear` where none does."""
    key = circuit_key(index)
    if key is None:
        return _far_end_unplaced(p, str(args["ci"]))
    filters = dict(args.get("filters") or {})
    filters["attributes"] = {**(filters.get("attributes") or {}), key: "*"}
    args = {**args, "filters": filters, "rel_types": ["DEPENDS_ON", "CONNECTS_TO"]}  # a line is connected to
    return _graph_plan(intent, args, p, index.ci_types.get(str(args["ci"]).lower()))


def _graph_plan(intent: str, args: dict[str, Any], p: Parsed, own_type: str | None = None) -> Plan:
    """A graph_query plan; type words name the far end ("호스트" in "what runs on host X" names X), and so
    do environment, status, owner, place and attribute filters ("X에 의존하는 java 서비스", "which
    maintenance hosts does X run on")."""
    types = [t for t in p.types if t != own_type] if intent == "hosted" else p.types
    if INCLUSIVE_TYPE.search(p.structure):  # "(VM 안에 서비스까지)": those too, not those only
        types = []
    if types:
        args["types"] = types
        if args["op"] == "subgraph":  # "X에 연결된 서버들": the CIs of that type next to X, a list to read
            args = {k: v for k, v in args.items() if k != "depth"} | rel.RELATIONS["connected"].args
            intent = "connected"
    elif (
        args["op"] == "subgraph"
        and rel.CONNECTED_ONLY.search(p.structure)
        and not rel.TOPOLOGY_PHRASE.search(p.structure)
    ):  # "X랑 연결된 장비 목록": its links and dependencies either way, not what runs on it two hops out
        args = {k: v for k, v in args.items() if k != "depth"} | rel.RELATIONS["connected"].args
        args["rel_types"] = list(rel.TRAFFIC_RELATIONS)
        intent = "connected"
    if p.filters and args["op"] in FILTERED_OPS:
        args["filters"] = dict(p.filters)
    if p.has_any(lx.COUNT_WORDS):
        args["count"] = True
    whether = bool(types or args.get("filters")) and questions.asks_whether(p.structure)  # "X가 HSM까지 타?"
    return Plan(
        route=Route.GRAPH, steps=[Step(tool="graph_query", args=args)], intent=intent, asks_whether=whether
    )


def topology(p: Parsed, index: EntityIndex, now: datetime) -> Plan | None:
    """Relations as the table in `relations.py` reads them: direction from the CI's role, depth from
    direct/transitive words, two CIs for a path, a hop count or what they share."""
    ci_mentions = [m for m in p.mentions if m.kind == "ci"]
    if not ci_mentions:
        return None
    ci, distinct = ci_mentions[0], p.of("ci")
    text = p.structure
    if len(distinct) == 1 and (picked := _host_picked(p, ci)):
        return picked
    if len(distinct) >= 2 and rel.says(text, rel.PATH_WORDS):
        ends = {index.ci_types.get(name.lower()) for name in distinct[:2]}
        args: dict[str, Any] = {"op": "path", "ci": distinct[0], "target": distinct[1]}
        if "host" not in ends:  # a path between services follows dependencies, not a shared host
            args["rel_types"] = rel.path_relation_types(text)
        if questions.PATH_QUESTION.search(text):  # "is there a path from A to B?": yes with the path, or no
            args.update(direction="out", depth=MAX_DEPTH)
            return Plan(route=Route.GRAPH, steps=[Step(tool="graph_query", args=args)], intent="reach")
        return _graph_plan("path", args, p)
    shared = len(distinct) >= 2 and rel.says(text, rel.SHARED_WORDS)
    hosted_pair = (
        shared and p.types == ["host"] and not {index.ci_types.get(n.lower()) for n in distinct} & {"host"}
    )
    if len(distinct) == 2 and (
        questions.SAME_HOST.search(text) or hosted_pair
    ):  # "A랑 B 같은 서버에서 돌아?"
        args = {**rel.RELATIONS["same_host"].args, "ci": distinct[0], "target": distinct[1]}
        if "host" in p.types:  # "on the same host as": the type word names the far end
            args["types"] = ["host"]
        step = Step(tool="graph_query", args=args)
        return Plan(route=Route.GRAPH, steps=[step], intent="same_host", asks_whether=questions.yes_no(text))
    if len(distinct) == 2 and not shared and (check := _reach_check(p, ci_mentions, index)):
        return check
    if shared:  # "A와 B가 공통으로 의존하는": the verb reads from the CI nearest to it
        ci = ci_mentions[-1]
    reading = rel.read_relation(text, ci.start, ci.end)
    far_end = p.far_end[0] if p.far_end else None
    if far_end == "line" and reading is None and OUTBOUND.search(text):  # "X 밖으로 나가는 회선"
        depth = MAX_DEPTH if rel.transitive(text, "dependencies") else 1
        args = {**rel.RELATIONS["dependencies"].args, "ci": ci.value, "depth": depth}
        return _lines_plan("dependencies", args, p, index)
    if len(distinct) == 1 and (
        limit := questions.hop_limit(text)
    ):  # "DBs within 3 hops of X": X's, that deep
        bounded = (
            reading.relation if reading and reading.relation in ("dependents", "impact") else "dependencies"
        )
        args = {**rel.RELATIONS[bounded].args, "ci": ci.value, "depth": limit}
        return _graph_plan(bounded, args, p, index.ci_types.get(ci.value.lower()))
    if (  # "which cache do A and B share?": what both use ("A 에러율이랑 B 담당 둘다" shares nothing)
        reading is None
        and len(distinct) == 2
        and SHARE_VERB.search(text)
        and not p.of("metric")
        and not unread_words(p, index)  # "share a deployment pipeline": no relation of the graph
    ):
        args = {**rel.RELATIONS["shared"].args, "ci": distinct[0], "target": distinct[1], "direction": "out"}
        args.update(
            depth=MAX_DEPTH if rel.transitive(text, "shared") else 1, rel_types=list(rel.DEPENDENCY_RELATIONS)
        )
        return _graph_plan("shared", args, p, index.ci_types.get(ci.value.lower()))
    if reading is None:
        return None
    if reading.relation == "hosted" and lx.HOST_VERB.search(text) and unread_counted(p, index):
        return None  # "how many rooms can X host at most": a capacity of its record
    a, b = reading.span
    # "search 파드들 어느 노드에서 돌아?": where X's pods (its replicas) run is where X runs
    own_parts = ("replicas",) if reading.relation == "runs_on" else ()
    if any(
        m.kind in ("metric", "attribute")
        and not (a <= m.start and m.end <= b)
        and m.value not in own_parts
        # "브로커 서버 어디어디", "which nodes run X": servers asked for, not a key of that name
        and not (m.kind == "attribute" and HOST_NOUN_AFTER.match(text, m.end))
        and not (m.kind == "attribute" and HOST_NOUN_AFTER.fullmatch(text[m.start : m.end]))
        for m in p.mentions
    ):
        return None  # "the CPU of what orders-db depends on", "what engine does X use": not a relation
    if any(  # "how many origins does X track?": the relation word is a key X records
        m.kind == "attribute"
        and a <= m.start
        and m.end <= b
        and m.value in index.ci_keys.get(ci.value.lower(), ())
        and not HOST_NOUN_AFTER.fullmatch(text[m.start : m.end])  # "X 노드 어디어디": its machines
        for m in p.mentions
    ):
        return None
    relation = rel.RELATIONS[reading.relation]
    own_type = index.ci_types.get(ci.value.lower())
    explicit = rel.DEPENDENCY_PHRASE.search(reading.phrase)  # "X가 의존하는 것 중 host": its dependencies
    if relation.key in ("downstream", "dependencies") and p.types == ["host"] and own_type not in HOST_LIKE:
        # "the hosts behind X": where X runs; "the lane controllers behind X": a kind of host it carries
        relation = relation if explicit or p.kind_said else rel.RELATIONS["runs_on"]
    args = {**relation.args, "ci": ci.value}
    if relation.key == "hosted" and (rel.says(text, rel.INDIRECT_WORDS) or ULTIMATELY.search(text)):
        args = {"op": "dependents", "rel_types": ["RUNS_ON"], "depth": MAX_DEPTH, "ci": ci.value}  # VMs' too
    if args.get("rel_types") == list(rel.DEPENDENCY_RELATIONS):  # "hosts attached to the SAN": connections
        args["rel_types"] = rel.relation_types(text)
    if shared and relation.key in ("dependencies", "dependents", "impact"):
        direction = "in" if relation.key in ("dependents", "impact") else "out"
        relation = rel.RELATIONS["shared"]
        args = {**relation.args, "ci": distinct[0], "target": distinct[1], "direction": direction}
    if args["op"] in ("dependents", "dependencies", "shared"):
        args["depth"] = MAX_DEPTH if rel.transitive(text, relation.key) else 1
        if relation.key == "shared":
            args["rel_types"] = list(rel.DEPENDENCY_RELATIONS)
    if (reading.guessed or WAYLESS.search(text)) and args["op"] in ("dependencies", "dependents"):
        args["either_way"] = True  # "X 의존하는거": nothing says which way; an empty way is turned round
    if far_end == "line" and args["op"] in ("dependencies", "dependents", "neighbors"):  # "X가 의존하는 회선"
        return _lines_plan(relation.key, args, p, index)
    # "X 위에 도는 배치들" where jobs are typed as services: the jobs on it (all it runs, on a batch server)
    if far_end == "batch" and p.far_end and relation.key == "hosted" and not batch_like(ci.value, index):
        named = batch_jobs(index)
        if not named or len(named) > MAX_NAMED:
            return _far_end_unplaced(p, ci.value)
        args["filters"] = {**(args.get("filters") or {}), "names": named, "described": p.far_end[1]}
    plan = _graph_plan(relation.key, args, p, index.ci_types.get(ci.value.lower()))
    if relation.key != "shared" and len(distinct) == 2 and _joined(text, ci_mentions):
        other = next(m.value for m in ci_mentions if m.value != ci.value)  # "which hosts run A and B?": each
        plan.steps.append(Step(tool="graph_query", args={**plan.steps[0].args, "ci": other}))
    return plan


SHARE_VERB = re.compile(r"\bshare[sd]?\b|\bin common\b|공통|공유|(?:같이|함께) (?:쓰|사용)", re.I)
# "X 1번 서버", "X 프라이머리 서버", "X의 standby 노드", "X's primary host": one of the hosts X runs on
_KO_ORDINALS = {"첫": "1", "두": "2", "세": "3", "네": "4"}
HOST_PICKED = re.compile(
    r"\s*+(?:의\s*+|'s\s++)?(?:(\d{1,2})\s*+번(?:째)?|([첫두세네])\s*+번째"
    r"|(프라이머리|primary|주|메인|main|master|마스터|액티브|active)"
    r"|(스탠바이|standby|세컨더리|secondary|보조|백업|backup|replica|레플리카))"
    r"\s*+(?:(?:AP|WAS|WEB|DB|앱)\s*+)?(?:서버|호스트|노드|머신|장비|server|host|node|machine)",
    re.I,
)


def _host_picked(p: Parsed, ci: Mention) -> Plan | None:
    """ "FABMES_F2 1번 AP 서버 머야", "PI-Historian 프라이머리 서버": of the hosts the CI runs on, the one asked for."""
    m = HOST_PICKED.match(p.structure, ci.end)
    if m is None:
        return None
    if m.group(1) or m.group(2):
        which = m.group(1) or _KO_ORDINALS[m.group(2)]
    else:
        which = "primary" if m.group(3) else "standby"
    args = {**rel.RELATIONS["runs_on"].args, "ci": ci.value, "which": which}
    return Plan(route=Route.GRAPH, steps=[Step(tool="graph_query", args=args)], intent="runs_on")


def _joined(text: str, ci_mentions: list[Mention]) -> bool:
    """Whether the first two CIs named stand side by side, joined by "and" / "와" / ","."""
    first = ci_mentions[0]
    second = next(m for m in ci_mentions if m.value != first.value)
    return bool(
        questions.CONJUNCTION.match(text[min(first.end, second.end) : max(first.start, second.start)])
    )


HOST_LIKE = ("host", "load_balancer", "storage")  # what a service or database runs on, or stands beside
REACH_RELATIONS = {  # the relation read at the first CI → (it is the source, relation types followed)
    "dependencies": (True, list(rel.DEPENDENCY_RELATIONS)),
    "downstream": (True, list(rel.TRAFFIC_RELATIONS)),
    "dependents": (False, list(rel.DEPENDENCY_RELATIONS)),
    "runs_on": (True, ["RUNS_ON"]),
    "hosted": (False, ["RUNS_ON"]),
}


def _reach_check(p: Parsed, ci_mentions: list[Mention], index: EntityIndex) -> Plan | None:
    """ "Does A depend on B?", "Is A affected if B fails?", "B가 A를 지원해?": whether one CI reaches the
    other along the relation's direction (directly with "directly", else within MAX_DEPTH hops)."""
    text = p.structure
    first = ci_mentions[0]
    second = next(m for m in ci_mentions if m.value != first.value)
    between = text[min(first.end, second.end) : max(first.start, second.start)]
    if not questions.yes_no(text) or questions.CONJUNCTION.match(between):
        return None
    if failing := questions.failing_ci(text, [(m.start, m.end) for m in (first, second)]):
        goal = first if failing == (first.start, first.end) else second  # it fails; the other depends
        source, rel_types, relation = (second if goal is first else first), None, "impact"
    else:
        reading = rel.read_relation(text, first.start, first.end)
        if reading is None or reading.relation not in REACH_RELATIONS:
            return None
        relation = reading.relation
        first_is_source, rel_types = REACH_RELATIONS[relation]
        if rel_types == list(rel.DEPENDENCY_RELATIONS):  # "is A connected to B?": connections too
            rel_types = rel.relation_types(text)
        source, goal = (first, second) if first_is_source else (second, first)
    direct = rel.says(text, rel.DIRECT_WORDS) and not rel.says(text, rel.INDIRECT_WORDS)
    args: dict[str, Any] = {
        "op": "path",
        "ci": source.value,
        "target": goal.value,
        "direction": "out",
        "depth": 1 if direct or relation in ("runs_on", "hosted") else MAX_DEPTH,
    }
    if rel_types:
        args["rel_types"] = rel_types
    return Plan(route=Route.GRAPH, steps=[Step(tool="graph_query", args=args)], intent="reach")


def leaving_out(plan: Plan, p: Parsed) -> Plan:
    """The plan with the CIs the question leaves out ("who else …", "X 말고") left out of its graph
    answers; a plan of another kind cannot leave them out, so the question is unclear rather than
    answered with them in."""
    besides = p.of("besides")
    if not besides or plan.route == Route.REJECT:
        return plan
    graph_steps = [step for step in plan.steps if step.tool == "graph_query"]
    if not graph_steps:
        return Plan(route=Route.REJECT, lang=p.lang, intent="reject", reason="unclear")  # type: ignore[arg-type]
    for step in graph_steps:
        step.args["besides"] = besides
    return plan

"""Answer blocks of graph queries: a yes/no reach, a path, the CIs around one, or the CIs a relation reached
(both ways when the question did not say which), titled by the relation, the far end's type and depth."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from services.ops.compose import TYPE_LABEL, described_filters, josa
from services.ops.compose_reach import reach_blocks
from services.ops.planner.relations import RELATIONS

if TYPE_CHECKING:
    from services.ops.compose import Composer
    from services.ops.tools.contracts import GraphQueryArgs


def graph_blocks(c: Composer, args: GraphQueryArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
    """The blocks of a `graph_query` result: a yes/no reach, a path, the CIs around one, or those a
    relation reached."""
    ci, op = args.ci, data["op"]
    if op == "path" and args.direction == "out":  # "does A depend on B?": yes or no
        return reach_blocks(c, args, data)
    if op == "path":
        path = data["path"]
        if not path:
            return [
                c.say(
                    f"{josa(ci, '과와')} {data['target']} 사이의 경로가 없습니다.",
                    f"No path between {ci} and {data['target']}.",
                )
            ]
        chain = " → ".join(path["nodes"])
        return [
            c.say(
                f"{ci}에서 {data['target']}까지의 경로 ({len(path['edges'])}단계): {chain}",
                f"Path from {ci} to {data['target']} ({len(path['edges'])} hops): {chain}",
            ),
            {
                "type": "table",
                "columns": ["step", "ci"],
                "rows": [[i, n] for i, n in enumerate(path["nodes"])],
            },
            {
                "type": "graph",
                "nodes": [{"id": n, "type": c.index.ci_types.get(n.lower(), "")} for n in path["nodes"]],
                "edges": path["edges"],
            },
        ]
    if op == "subgraph":
        graph = data["graph"]
        return [
            c.say(
                f"{ci} 주변 CI {len(graph['nodes'])}개, 관계 {len(graph['edges'])}개입니다.",
                f"{len(graph['nodes'])} CIs and {len(graph['edges'])} relations around {ci}.",
            ),
            {"type": "graph", **graph},
        ]
    rows = data["rows"]
    text, table = _listing(c, args, data, rows)
    if c.plan.asks_whether:  # "does X reach an HSM?": yes or no, then what was found
        text["text"] = c.pick("예. " if rows else "아니요. ", "Yes. " if rows else "No. ") + text["text"]
    blocks = [text, table]
    other = data.get("other") or {"rows": []}
    if "op" in other:  # "X 의존하는거" said no way: the other way too, said as such
        blocks += _listing(c, args, data, other["rows"], other["op"])
    keep = {ci, *(r["name"] for r in [*rows, *other["rows"]])}
    graph = data.get("graph") or {"nodes": [], "edges": []}
    nodes = [n for n in graph["nodes"] if n["id"] in keep]
    edges = [e for e in graph["edges"] if e["source"] in keep and e["target"] in keep]
    return [*blocks, {"type": "graph", "nodes": nodes, "edges": edges}]


def _listing(
    c: Composer, args: GraphQueryArgs, data: dict[str, Any], rows: list[dict[str, Any]], other_way: str = ""
) -> list[dict[str, Any]]:
    """The sentence and table of the CIs a relation reached (`other_way`: the relation the question
    may also have meant, answered beside the one read)."""
    title = _relation_title(c, args, other_way)
    if other_way:
        title = c.pick("반대 방향 — ", "The other way — ") + title
    if "filters" in data:
        title += f" [{described_filters(data['filters'])}]"
    if which := data.get("which"):  # "X 1번 서버": the one asked for, as it was picked
        if data.get("picked_by") == "name_order":  # no name ends in that number: say the order used
            title += c.pick(f" 중 이름순 {which}번째", f", number {which} by name order")
        else:
            title += c.pick(
                f" 중 {which}번" if which.isdigit() else f" 중 '{which}'",
                f", number {which}" if which.isdigit() else f", '{which}'",
            )
    names = ", ".join(r["name"] for r in rows)
    if args.count:
        text = c.say(f"{title}: {len(rows)}개 ({names})", f"{title}: {len(rows)} ({names})")
    elif rows:
        text = c.say(f"{title} {len(rows)}개: {names}", f"{title} ({len(rows)}): {names}")
    else:  # an empty answer says which direction and depth were searched
        others = ", ".join(f"{r['name']} ({r['type']})" for r in data.get("other_types", []))
        text = c.say(
            f"{title}: 없음" + (f" (다른 유형: {others})" if others else ""),
            f"{title}: none" + (f" (other types: {others})" if others else ""),
        )
    table = {
        "type": "table",
        "columns": ["name", "type", "depth"],
        "rows": [[r["name"], r["type"], r.get("depth", 1)] for r in rows],
    }
    return [text, table]


def _relation_title(c: Composer, args: GraphQueryArgs, relation_key: str = "") -> str:
    """ "orders-db에 의존하는 서비스(직접)", "Services that depend on orders-db (transitive)": the
    relation (the plan's, unless `relation_key` names another), the far end's type and how deep the
    search went."""
    relation = RELATIONS.get(relation_key or c.plan.intent) or RELATIONS["subgraph"]
    ci = args.ci
    types = args.types or []
    what = ", ".join(TYPE_LABEL.get(t, {}).get(c.lang, t) for t in types) if types else c.pick("CI", "CIs")
    template = relation.title[c.lang]
    title = template.format(ci=ci, ci_ga=josa(ci, "이가"), what=what, target=args.target or "")
    if template.startswith("{what}"):
        title = title[:1].upper() + title[1:]
    left_out = ", ".join(args.besides or [])
    if left_out:  # "who else depends on it?": say which CI the answer leaves out
        title += c.pick(f" ({left_out} 제외)", f" (besides {left_out})")
    if args.op not in ("dependents", "dependencies", "shared") or c.plan.intent == "same_host":
        return title
    direct = args.depth == 1
    return title + c.pick("(직접)" if direct else "(간접 포함)", " (direct)" if direct else " (transitive)")

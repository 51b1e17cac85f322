"""Answer blocks for a yes/no relation between two CIs ("Does A depend on B?", "Is A affected if B
fails?"): yes with the path as evidence, or no with the direction and depth searched and what holds
instead (B further away than asked, or the other way round)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from services.ops.compose import josa

if TYPE_CHECKING:
    from services.ops.compose import Composer
    from services.ops.tools.contracts import GraphQueryArgs


def _claim(source: str, goal: str, rel_types: list[str] | None) -> tuple[str, str]:
    """(ko, en) "source depends on goal" in the words of the relation followed."""
    if rel_types is None:
        return (f"{goal}에 장애가 나면 {source}도 영향을 받습니다", f"{source} is affected if {goal} fails")
    if rel_types == ["RUNS_ON"]:
        return (f"{josa(source, '이가')} {goal}에서 실행됩니다", f"{source} runs on {goal}")
    return (f"{josa(source, '이가')} {goal}에 의존합니다", f"{source} depends on {goal}")


def _negated(source: str, goal: str, rel_types: list[str] | None) -> tuple[str, str]:
    if rel_types is None:
        return (
            f"{goal}에 장애가 나도 {source}는 영향을 받지 않습니다",
            f"{source} is not affected if {goal} fails",
        )
    if rel_types == ["RUNS_ON"]:
        return (f"{josa(source, '이가')} {goal}에서 실행되지 않습니다", f"{source} does not run on {goal}")
    return (f"{josa(source, '이가')} {goal}에 의존하지 않습니다", f"{source} does not depend on {goal}")


def _hops(c: Composer, path: dict[str, Any]) -> str:
    hops = len(path["edges"])
    if hops == 1:
        return c.pick("직접, 1단계", "directly, 1 hop")
    return c.pick(f"간접, {hops}단계", f"transitively, {hops} hops")


def _path_blocks(c: Composer, path: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"type": "table", "columns": ["step", "ci"], "rows": [[i, n] for i, n in enumerate(path["nodes"])]},
        {
            "type": "graph",
            "nodes": [{"id": n, "type": c.index.ci_types.get(n.lower(), "")} for n in path["nodes"]],
            "edges": path["edges"],
        },
    ]


def reach_blocks(c: Composer, args: GraphQueryArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
    source, goal, rel_types = args.ci, data["target"], args.rel_types
    if path := data["path"]:
        ko, en = _claim(source, goal, rel_types)
        chain = " → ".join(path["nodes"])
        said = c.say(f"예 — {ko} ({_hops(c, path)}): {chain}", f"Yes — {en} ({_hops(c, path)}): {chain}")
        return [said, *_path_blocks(c, path)]
    depth = args.depth
    ko, en = _negated(source, goal, rel_types)
    searched = c.pick(
        f"{source}에서 나가는 방향으로 "
        + ("직접 연결만" if depth == 1 else f"최대 {depth}단계까지")
        + " 확인",
        f"searched from {source} outwards, " + ("direct links only" if depth == 1 else f"up to {depth} hops"),
    )
    text = c.pick(f"아니요 — {ko} ({searched}).", f"No — {en} ({searched}).")
    shown = None
    if farther := data.get("farther"):  # "not directly, but transitively"
        ko_more, en_more = _claim(source, goal, rel_types)
        text += c.pick(
            f" 다만 간접적으로는 {ko_more} ({len(farther['edges'])}단계): {' → '.join(farther['nodes'])}.",
            f" Transitively, though, {en_more} ({len(farther['edges'])} hops): "
            f"{' → '.join(farther['nodes'])}.",
        )
        shown = farther
    elif reverse := data.get("reverse"):  # the other way round
        ko_rev, en_rev = _claim(goal, source, rel_types)
        text += c.pick(
            f" 반대 방향으로는 {ko_rev} ({len(reverse['edges'])}단계): {' → '.join(reverse['nodes'])}.",
            f" The other way round, {en_rev} ({len(reverse['edges'])} hops): {' → '.join(reverse['nodes'])}.",
        )
        shown = reverse
    return [{"type": "text", "text": text}, *(_path_blocks(c, shown) if shown else [])]

"""An answer's fingerprint for Regression Watch, and the diff of two fingerprints (pure functions).

The fingerprint keeps what a regression changes: route and status, the plan (times as offsets from the
run's clock, so a live query's plan compares across days), the figures in text and table cells, the CI
names of tables, graphs and RCA rankings, and the block types; `hash` summarises all of it. Figures and
names are compared only for queries with a pinned clock — live data moves on its own.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from services.ops.golden_score import NAME, numbers

DEFAULT_TOL_REL = 0.001
MAX_FIGURES = 200
MAX_NAMES = 200


def _relative(value: Any, now: datetime) -> Any:
    """ISO datetimes as `now±Ns`; lists and dicts recursively; anything else unchanged."""
    if isinstance(value, dict):
        return {k: _relative(v, now) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [_relative(v, now) for v in value]
    if isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and "T" in value:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None:
            return f"now{(moment - now).total_seconds():+.0f}s"
    return value


def _figures(blocks: list[dict[str, Any]]) -> list[float]:
    found: list[float] = []
    for block in blocks:
        if block["type"] == "text":
            found += numbers(block.get("text") or "")
        elif block["type"] == "table":
            for row in block.get("rows") or []:
                for cell in row:
                    if isinstance(cell, int | float) and not isinstance(cell, bool):
                        found.append(float(cell))
                    elif isinstance(cell, str):
                        found += numbers(cell)
        elif block["type"] == "rca":
            found += [float(h.get("score") or 0) for h in block.get("hypotheses") or []]
    return [round(f, 4) for f in found[:MAX_FIGURES]]


def _names(blocks: list[dict[str, Any]], universe: set[str]) -> list[str]:
    found: list[str] = []
    for block in blocks:
        if block["type"] == "table":
            cells = [c for row in block.get("rows") or [] for c in row if isinstance(c, str)]
            found += [n for c in cells for n in NAME.findall(c.lower()) if n in universe]
        elif block["type"] == "graph":
            found += sorted(str(n["id"]) for n in block.get("nodes") or [])
        elif block["type"] == "rca":
            found += [str(h.get("ci")) for h in block.get("hypotheses") or []]
    return found[:MAX_NAMES]


def fingerprint(answer: dict[str, Any], *, now: datetime, pinned: bool, universe: set[str]) -> dict[str, Any]:
    """What Regression Watch compares of one answer, with a hash of it."""
    blocks = answer.get("blocks") or []
    steps = (answer.get("plan") or {}).get("steps") or []
    shape = {
        "route": answer.get("route"),
        "status": answer.get("status"),
        "plan": [{"tool": s.get("tool"), "args": _relative(s.get("args") or {}, now)} for s in steps],
        "figures": _figures(blocks) if pinned else [],
        "names": _names(blocks, universe) if pinned else [],
        "block_types": [b["type"] for b in blocks],
        "pinned": pinned,
    }
    digest = hashlib.sha256(json.dumps(shape, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return {**shape, "hash": digest}


def _figures_differ(before: list[float], after: list[float], tol_rel: float) -> bool:
    if len(before) != len(after):
        return True
    return any(abs(a - b) > max(tol_rel * abs(b), 1e-9) for a, b in zip(before, after, strict=True))


def _step_changes(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[str]:
    """Readable differences between two plans, step by step."""
    changes = []
    for index in range(max(len(before), len(after))):
        old = before[index] if index < len(before) else None
        new = after[index] if index < len(after) else None
        if old is None or new is None:
            changes.append(
                f"step {index + 1}: {'added' if old is None else 'removed'} {(new or old or {}).get('tool')}"
            )
            continue
        if old["tool"] != new["tool"]:
            changes.append(f"step {index + 1}: tool {old['tool']} → {new['tool']}")
        for key in sorted(set(old["args"]) | set(new["args"])):
            if old["args"].get(key) != new["args"].get(key):
                changes.append(f"step {index + 1}: {key} {old['args'].get(key)!r} → {new['args'].get(key)!r}")
    return changes


def diff(
    baseline: dict[str, Any], current: dict[str, Any], *, tol_rel: float = DEFAULT_TOL_REL
) -> list[dict[str, Any]]:
    """What changed from the baseline: one entry per field (route, status, plan, figures, names, blocks)."""
    if baseline.get("hash") == current.get("hash"):
        return []
    found: list[dict[str, Any]] = []
    for field in ("route", "status"):
        if baseline.get(field) != current.get(field):
            found.append({"field": field, "baseline": baseline.get(field), "current": current.get(field)})
    if baseline.get("plan") != current.get("plan"):
        changes = _step_changes(baseline.get("plan") or [], current.get("plan") or [])
        found.append(
            {
                "field": "plan",
                "baseline": baseline.get("plan"),
                "current": current.get("plan"),
                "changes": changes[:20],
            }
        )
    if baseline.get("pinned") and current.get("pinned"):
        if _figures_differ(baseline.get("figures") or [], current.get("figures") or [], tol_rel):
            found.append(
                {"field": "figures", "baseline": baseline.get("figures"), "current": current.get("figures")}
            )
        if baseline.get("names") != current.get("names"):
            found.append(
                {"field": "names", "baseline": baseline.get("names"), "current": current.get("names")}
            )
    if baseline.get("block_types") != current.get("block_types"):
        found.append(
            {
                "field": "block_types",
                "baseline": baseline.get("block_types"),
                "current": current.get("block_types"),
            }
        )
    return found

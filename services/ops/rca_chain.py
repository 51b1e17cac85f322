"""Which RCA candidates can explain the symptom: a fault reaches the symptom's CI only through what lies
between them, so a candidate counts as connected when a chain of direct relations leads from the symptom's
CI to it through CIs that are anomalous too — or that have no metrics in the window to show it (a queue or
a load balancer nobody measures). An anomalous CI behind healthy, measured ones is a coincidence: another
incident on the same dependency tree ("the encoder is dropping frames, but the player API between it and
the web front is fine").

A shared dependency can also be loaded by another of its callers, outside the symptom's tree (a nightly batch
overrunning into the morning, a report scanning the database): `co_callers` names them, and they stay
candidates only with evidence that they loaded it (see `services.ops.rca`).
"""

from __future__ import annotations

from collections import deque
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

MAX_CO_CALLERS = 40

_EDGES_SQL = """
SELECT s.name, t.name FROM ci_relations r JOIN cis s ON s.id = r.source_id JOIN cis t ON t.id = r.target_id
WHERE r.source_id = ANY(:ids) AND r.target_id = ANY(:ids)
"""
_MEASURED_SQL = """
SELECT c.name FROM cis c WHERE c.id = ANY(:ids)
AND EXISTS (SELECT 1 FROM metric_samples s WHERE s.ci_id = c.id AND s.ts >= :w0 AND s.ts < :w1)
"""


def connected(
    session: Session,
    *,
    ci: str,
    ids: list[int],
    anomalous: set[str],
    w0: datetime,
    w1: datetime,
    through: set[str],
    faults: set[str],
) -> set[str]:
    """The `anomalous` CIs reached from `ci` along direct relations (source → target) through CIs that
    are anomalous or unmeasured in [w0, w1); `ids` are the ids of `ci` and its dependencies. The CIs of
    `through` (hosts) are passed through too, but only to reach `faults` (a storage array's latency under
    a database need not show in its host's metrics; a switch's CPU following demand behind a healthy host
    is another story)."""
    edges: dict[str, list[str]] = {}
    for source, target in session.execute(text(_EDGES_SQL), {"ids": ids}):
        edges.setdefault(source, []).append(target)
    measured = {name for (name,) in session.execute(text(_MEASURED_SQL), {"ids": ids, "w0": w0, "w1": w1})}
    reached = {ci} & anomalous
    seen, queue = {(ci, False)}, deque([(ci, False)])
    while queue:
        source, passed = queue.popleft()
        for target in edges.get(source, []):
            healthy = target in measured and target not in anomalous
            if healthy and target not in through:
                continue
            via = passed or healthy  # passed a healthy host: only faults count behind it
            if (target, via) in seen:
                continue
            seen.add((target, via))
            queue.append((target, via))
            if target in anomalous and (not via or target in faults):
                reached.add(target)
    return reached


def co_callers(store: Any, hops: dict[str, int], dependencies: list[str]) -> dict[str, int]:
    """The direct callers of `dependencies` that are not in `hops` yet (at most MAX_CO_CALLERS), each with
    its distance: one more than the dependency it calls."""
    found: dict[str, int] = {}
    callers = store.reach_of(dependencies, depth=1, direction="in")
    for name in sorted(dependencies, key=lambda n: hops[n]):
        for row in callers[name]:
            if row["name"] not in hops and row["name"] not in found and len(found) < MAX_CO_CALLERS:
                found[row["name"]] = hops[name] + 1
    return found

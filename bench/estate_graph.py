"""The dependency graph of a written estate, as the golden writers ask it (bench/estate_kit.py `Estate`)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable


class EstateGraph:
    """Walks over an estate's relations (source, target, type)."""

    rels: list[tuple[str, str, str]]

    def out(self, ci: str, kind: str = "DEPENDS_ON") -> set[str]:
        return {t for s, t, k in self.rels if s == ci and k == kind}

    def into(self, ci: str, kind: str = "DEPENDS_ON") -> set[str]:
        return {s for s, t, k in self.rels if t == ci and k == kind}

    @staticmethod
    def closure(ci: str, step: Callable[[str], set[str]]) -> set[str]:
        seen, todo = set(), [ci]
        while todo:
            for n in step(todo.pop()):
                if n not in seen and n != ci:
                    seen.add(n)
                    todo.append(n)
        return seen

    def depends_closure(self, ci: str) -> set[str]:
        """Every CI `ci` depends on, directly or not (DEPENDS_ON)."""
        return self.closure(ci, self.out)

    def dependents_closure(self, ci: str) -> set[str]:
        """Every CI depending on `ci`, directly or not (DEPENDS_ON)."""
        return self.closure(ci, self.into)

    def reaches(self, a: str, z: str) -> bool:
        return z in self.depends_closure(a)

    def hop_count(self, a: str, z: str) -> int:
        """Length of a shortest DEPENDS_ON path (not necessarily unique)."""
        dist, todo = {a: 0}, deque([a])
        while todo:
            n = todo.popleft()
            for m in sorted(self.out(n)):
                if m not in dist:
                    dist[m] = dist[n] + 1
                    todo.append(m)
        return dist[z]

    def within_hops(self, ci: str, hops: int) -> set[str]:
        """CIs `ci` depends on (DEPENDS_ON) at most `hops` edges away."""
        seen, frontier = set(), {ci}
        for _ in range(hops):
            frontier = {n for f in frontier for n in self.out(f)} - seen - {ci}
            seen |= frontier
        return seen

    def impact(self, ci: str) -> set[str]:
        """Every CI that reaches `ci` over any relation type."""
        return self.closure(ci, lambda n: {s for s, t, _ in self.rels if t == n})

    def shortest_path(self, a: str, b: str) -> list[str]:
        """The unique shortest DEPENDS_ON path (asserts uniqueness)."""
        paths, queue, best = [], deque([[a]]), None
        while queue:
            p = queue.popleft()
            if best is not None and len(p) > best:
                break
            if p[-1] == b:
                best = len(p)
                paths.append(p)
                continue
            queue.extend([*p, n] for n in sorted(self.out(p[-1])) if n not in p)
        assert len(paths) == 1, (a, b, paths)
        return paths[0]

"""What each domain adds to the platform, declared once in the domain's `install(registry)`.

`services.domains.install_domains()` runs every domain's `install` once per process (app, CLI, tests).
A domain declares here what the shell runs for it: lifespan tasks (per-process background loops),
start-up steps (after migrations: seeding, syncs), dashboard counters and problem sources (what is
wrong now: firing alerts, failing jobs… — OPS merges them into its "what is wrong now" summary). Job handlers, OPS tools,
settings and UI strings register through their own modules (`jobs.register`, `ops.tools.register`,
`settings_registry.declare`, `i18n.add_strings`), also from `install`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session

LifespanTask = Callable[..., Any]  # an async function or async context manager factory (Reflex lifespan)
StartupStep = Callable[[Session], Any]


@dataclass(frozen=True)
class Counter:
    """A number on the dashboard: label key `dash.<key>`, shown to callers holding `permission`."""

    key: str
    permission: str | None
    count: Callable[[Session], int]


@dataclass(frozen=True)
class Problem:
    """Something wrong now, from any domain: on which CI (if any), how bad, why, since when, where to look."""

    source: str  # e.g. "cep.alert", "ops.threshold", "jobs"
    severity: str  # critical | major | minor | warning | info
    summary: str  # one line, in English
    ci: str | None = None
    since: datetime | None = None
    link: str | None = None  # a UI route, e.g. /cep/alerts/42
    details: dict[str, Any] = field(default_factory=dict)


ProblemSource = Callable[[Session, datetime], list[Problem]]


@dataclass
class Registry:
    """Everything the installed domains contributed, in installation order."""

    lifespan_tasks: list[LifespanTask] = field(default_factory=list)
    startup_steps: list[tuple[str, StartupStep]] = field(default_factory=list)
    counters: list[Counter] = field(default_factory=list)
    problem_sources: list[tuple[str, ProblemSource]] = field(default_factory=list)

    def lifespan(self, task: LifespanTask) -> LifespanTask:
        """Run `task` for the life of every app worker process."""
        self.lifespan_tasks.append(task)
        return task

    def on_startup(self, name: str, step: StartupStep) -> None:
        """Run `step(session)` once at start, after migrations, in its own transaction."""
        self.startup_steps.append((name, step))

    def counter(self, key: str, count: Callable[[Session], int], *, permission: str | None) -> None:
        """Show `count(session)` on the dashboard to callers holding `permission`."""
        self.counters.append(Counter(key, permission, count))

    def problems(self, name: str, source: ProblemSource) -> None:
        """Contribute `source(session, now)` to "what is wrong now" (OPS summary, dashboard)."""
        self.problem_sources.append((name, source))


REGISTRY = Registry()

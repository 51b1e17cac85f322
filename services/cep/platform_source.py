"""The `platform` metric source: SPA AI's own numbers (e.g. OPS error rate, p95 latency) for CEP rules.

Domains register what they measure at install time with `register(names, read)`, where `read(session,
now)` returns `{name: value}` for those names (OPS registers its KPIs, `services.ops.kpis.platform_metrics`).
A rule's `{"kind": "platform", "metric": name}` source reads one of them as a single alert instance.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlmodel import Session

Reader = Callable[[Session, datetime], dict[str, float]]

_READERS: dict[str, Reader] = {}


def register(names: tuple[str, ...], read: Reader) -> None:
    """`read` provides the platform metrics `names` (registering a name again replaces its reader)."""
    for name in names:
        _READERS[name] = read


def names() -> list[str]:
    """Every platform metric a rule can watch, sorted."""
    return sorted(_READERS)


def value(session: Session, metric: str, now: datetime) -> float | None:
    """The current value of `metric` (None when its provider has none); KeyError when unknown."""
    return _READERS[metric](session, now).get(metric)

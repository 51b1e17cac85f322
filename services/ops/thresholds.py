"""Metric thresholds — the published catalog's per metric, else the defaults by metric or unit — and
what counts as a mild rise: the levels behind "what is wrong now" and a symptom worth explaining."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

MAJOR_Z = 10  # an anomaly this strong is a major problem whatever the level
MILD_SHARE, MILD_RISE = 0.5, 2.0  # a weaker one counts from half the warning level or twice its usual
DEFAULT_THRESHOLDS = {"%": [(95.0, "critical"), (85.0, "warning")]}  # a metric of no known kind, by unit
# Per-metric warning/critical levels for any estate; a published catalog's `thresholds` override them.
METRIC_THRESHOLDS: dict[str, list[tuple[float, str]]] = {
    "cpu_usage": [(95.0, "critical"), (85.0, "warning")],
    "memory_usage": [(95.0, "critical"), (85.0, "warning")],
    "disk_usage": [(90.0, "critical"), (80.0, "warning")],
    "error_rate": [(5.0, "critical"), (2.0, "warning")],
    "response_time_ms": [(3000.0, "critical"), (1000.0, "warning")],
}


def catalog_thresholds(catalog: dict[str, Any] | None) -> dict[str, list[tuple[float, str]]]:
    """Per-metric thresholds from the published catalog asset (`thresholds`), by unit otherwise."""
    given = (catalog or {}).get("thresholds") or {}
    return {
        str(k): sorted(((float(v), str(s)) for v, s in levels), reverse=True) for k, levels in given.items()
    }


def published_catalog(session: Session) -> dict[str, Any] | None:
    """The published `ops.catalog` asset's content, or None."""
    try:
        from services.asset_registry.reads import published_content

        return published_content(session, "catalog", "ops.catalog")
    except Exception:  # no registry or no published catalog: the defaults by unit apply
        return None


def levels_of(
    per_metric: dict[str, list[tuple[float, str]]], metric: str, unit: str
) -> list[tuple[float, str]]:
    """`metric`'s levels, worst first: from `per_metric` (the catalog's), else by its name, else by `unit`."""
    return per_metric.get(metric) or METRIC_THRESHOLDS.get(metric) or DEFAULT_THRESHOLDS.get(unit, [])


def threshold_levels(session: Session, metric: str, unit: str) -> list[tuple[float, str]]:
    """`metric`'s (limit, severity) levels, worst first: the published catalog's, else the defaults."""
    return levels_of(catalog_thresholds(published_catalog(session)), metric, unit)


def warning_levels(session: Session, units: dict[str, str] | None = None) -> dict[str, float]:
    """Each metric's mildest threshold (the first one it crosses), the published catalog read once: the
    known metrics', and with `units` (metric → unit) those of metrics thresholded by their unit too."""
    per_metric = catalog_thresholds(published_catalog(session))
    names = {**dict.fromkeys(METRIC_THRESHOLDS, ""), **dict.fromkeys(per_metric, ""), **(units or {})}
    levels = {metric: levels_of(per_metric, metric, unit) for metric, unit in names.items()}
    return {metric: min(limit for limit, _ in found) for metric, found in levels.items() if found}


def mild_rise(z: float, peak: float, mean: float, warning: float | None) -> bool:
    """Whether an anomaly peaking at `peak` against its usual `mean` is too mild to be a problem: under
    MAJOR_Z, below half the metric's `warning` level and less than twice its usual (0.33 % errors against
    0.18 %)."""
    return warning is not None and z < MAJOR_Z and peak < min(warning * MILD_SHARE, mean * MILD_RISE)

"""Demand versus fault in an RCA: anomalies that follow traffic (a request-rate surge, CPU with headroom, a
latency rise that began with the CI's own surge) say nothing of a fault's onset."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

LOAD_METRICS = frozenset({"request_rate"})
LOAD_WEIGHT = 0.3
RIDES_LOAD = frozenset({"response_time_ms"})  # slows down when traffic surges
WITH_LOAD = timedelta(minutes=90)  # a latency rise this soon after the CI's own surge rides it
WITH_LOAD_BEFORE = timedelta(minutes=10)
HEADROOM = {"cpu_usage": 80.0}  # a rise that stays below this follows demand (a morning ramp), like load
ONLY_RISES_HURT = frozenset({"response_time_ms", "error_rate"})  # faster or cleaner than usual is no fault


def follows_demand(metric: str, peak: float) -> bool:
    """Whether an anomaly of `metric` peaking at `peak` follows demand (traffic, CPU with headroom) rather
    than showing a fault."""
    return metric in LOAD_METRICS or peak < HEADROOM.get(metric, -math.inf)


def fell(mean: float, vmax: float, vmin: float) -> bool:
    """Whether samples from `vmin` to `vmax` strayed further below their usual `mean` than above it."""
    return mean - vmin > vmax - mean


def harmless_fall(metric: str, mean: float, vmax: float, vmin: float) -> bool:
    """Whether an anomaly of `metric` around `mean` (samples from `vmin` to `vmax`) is a fall of a metric
    that only hurts when it rises: a quiet hour's lower latency is no symptom."""
    return metric in ONLY_RISES_HURT and fell(mean, vmax, vmin)


def lull(rows: list[Any]) -> bool:
    """Whether every anomaly in `rows` (rows of `anomalies`) is a fall of demand — traffic, CPU with
    headroom, latency or errors below their usual level: a quiet hour, nothing to find a cause of."""
    sustained = [row for row in rows if row[2] is not None and row[3] is not None]
    return bool(sustained) and all(
        fell(row[4], row[5], row[6])
        and (follows_demand(row[1], row[5]) or harmless_fall(row[1], row[4], row[5], row[6]))
        for row in sustained
    )


def riding_load(rows: list[Any]) -> set[tuple[str, str]]:
    """(CI, metric) of the latency anomalies in `rows` that began with the same CI's own traffic surge:
    the morning ramp slowing it, not a fault (a fault shows in its errors, or its latency without a
    surge)."""
    surges = {row[0]: row[3] for row in rows if row[1] in LOAD_METRICS and row[3] is not None}
    return {
        (row[0], row[1])
        for row in rows
        if row[1] in RIDES_LOAD
        and row[3] is not None
        and row[0] in surges
        and -WITH_LOAD_BEFORE <= row[3] - surges[row[0]] <= WITH_LOAD
    }

"""How demo metrics behave: daily load in Asia/Seoul, per-series levels, noise and thresholds.

A series' shape depends only on the CI (name, type, environment) and the time, so the generator
and the live simulator produce the same patterns; seeds only change the noise.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass
from typing import Any

from services.infra.demo_estate import BATCH_HOSTS, FULL_DISK_HOSTS, service_profile

KST_OFFSET_S = 9 * 3600  # Asia/Seoul has no daylight saving time
STEP_S = 300

METRICS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "host": ("cpu_usage", "memory_usage", "disk_usage"),
    "service": ("response_time_ms", "error_rate", "request_rate"),
    "database": ("cpu_usage", "memory_usage", "disk_usage", "response_time_ms", "error_rate", "request_rate"),
    "cache": ("cpu_usage", "memory_usage", "response_time_ms", "request_rate"),
    "queue": ("cpu_usage", "memory_usage", "disk_usage", "request_rate"),
    "load_balancer": ("response_time_ms", "error_rate", "request_rate"),
    "storage": ("disk_usage", "response_time_ms"),
}
PERCENT_METRICS = frozenset({"cpu_usage", "memory_usage", "disk_usage", "error_rate"})
_ENV_LOAD = {"prod": 1.0, "staging": 0.05, "dev": 0.02}
_BASE_RT = {
    "database": (3.0, 4.0),
    "cache": (0.6, 0.8),
    "load_balancer": (150.0, 60.0),
    "storage": (12.0, 10.0),
}
_RATE = {
    "database": (300.0, 500.0),
    "cache": (1500.0, 2500.0),
    "queue": (150.0, 250.0),
    "load_balancer": (700.0, 400.0),
    "service": (350.0, 0.0),
}


def unit_hash(*parts: object) -> float:
    """A stable pseudo-random number in [0, 1) for `parts` (same on every run and machine)."""
    return zlib.crc32("|".join(map(str, parts)).encode()) / 2**32


def _bump(hour: float, mu: float, sd: float) -> float:
    d = abs(hour - mu)
    d = min(d, 24.0 - d)
    return math.exp(-0.5 * (d / sd) ** 2)


@dataclass(frozen=True)
class TimeContext:
    """What a moment means for load: overall traffic (0-1), night batch window, week progress."""

    load: float
    batch: float
    week_frac: float


def time_context(epoch: float) -> TimeContext:
    """Load factors at `epoch` (UTC seconds): business-hours peaks and an evening bump in KST."""
    local = epoch + KST_OFFSET_S
    hour = (local % 86400) / 3600
    weekday = (int(local // 86400) + 3) % 7  # 1970-01-01 was a Thursday; Monday = 0
    weekend = weekday >= 5
    business = 0.72 * _bump(hour, 10.5, 1.7) + 0.62 * _bump(hour, 15.0, 2.0)
    evening = 0.42 * _bump(hour, 21.0, 1.6)
    load = 0.12 + business * (0.55 if weekend else 1.0) + evening * (1.15 if weekend else 1.0)
    # The week restarts at Sunday 03:00 KST (log rotation and cleanup jobs).
    since_sunday = ((weekday + 1) % 7) * 86400 + (local % 86400) - 3 * 3600
    return TimeContext(
        load=min(load, 1.0), batch=_bump(hour, 2.0, 0.7), week_frac=(since_sunday % (7 * 86400)) / (7 * 86400)
    )


@dataclass(frozen=True)
class SeriesModel:
    """The normal behaviour of one metric of one CI."""

    ci: str
    metric: str
    level: float
    span: float
    noise: float
    env_load: float
    batch: float = 0.0

    def value(self, ctx: TimeContext, noise: float) -> float:
        """The value at `ctx` with standard-normal `noise` (0 gives the expected value)."""
        load = ctx.load if self.env_load >= 1.0 else 0.3 + 0.7 * ctx.load
        if self.metric == "request_rate":
            v = self.level * self.env_load * load * (1 + self.noise * noise)
        elif self.metric == "cpu_usage":
            v = (
                self.level
                + self.span * self.env_load**0.3 * load
                + self.batch * ctx.batch
                + self.noise * noise
            )
        elif self.metric == "memory_usage":
            v = self.level + self.span * load + self.noise * noise
        elif self.metric == "disk_usage":
            v = self.level + self.span * ctx.week_frac + self.noise * noise
        elif self.metric == "response_time_ms":
            v = self.level * (1 + self.span * load * load) * (1 + self.noise * noise)
        else:  # error_rate
            v = self.level * (0.6 + 0.8 * load) + self.noise * noise
        return clamp(self.metric, v)

    def threshold_levels(self) -> list[tuple[float, str]]:
        """Alert thresholds of this series, lowest first, with their event severity."""
        if self.metric == "cpu_usage":
            return [(85.0, "warning"), (95.0, "major")]
        if self.metric == "memory_usage":
            return [(90.0, "warning")]
        if self.metric == "disk_usage":
            return [(85.0, "warning"), (95.0, "critical")]
        if self.metric == "response_time_ms":
            return [(4 * self.level, "major"), (15 * self.level, "critical")]
        if self.metric == "error_rate":
            return [(2.0, "warning"), (5.0, "major")]
        return []


def clamp(metric: str, value: float) -> float:
    """Keep a value physically possible (no negative rates, percentages up to 100)."""
    value = max(value, 0.0)
    return min(value, 99.9 if metric == "disk_usage" else 100.0) if metric in PERCENT_METRICS else value


def series_model(ci: dict[str, Any], metric: str) -> SeriesModel:
    """The model of `metric` on `ci` (a dict with name, type, environment)."""
    name, ci_type, env = ci["name"], ci["type"], ci["environment"]
    u = unit_hash(name, metric)
    env_load = _ENV_LOAD.get(env, 0.05)
    if metric == "request_rate":
        if ci_type == "service":
            profile = service_profile(name)
            level = 350.0 * (profile[1] if profile else 0.3) * (0.9 + 0.2 * u)
        else:
            base, extra = _RATE.get(ci_type, (50.0, 50.0))
            level = base + extra * u
        return SeriesModel(name, metric, level, 0.0, 0.06, env_load)
    if metric == "cpu_usage":
        level, span = 4 + 8 * u, 25 + 30 * unit_hash(name, "cpu-span")
        batch = 80.0 if name in BATCH_HOSTS else 0.0
        return SeriesModel(name, metric, level, span, 2.5, env_load, batch)
    if metric == "memory_usage":
        level = 70 + 12 * u if ci_type == "cache" else 42 + 30 * u
        return SeriesModel(name, metric, level, 6.0, 1.2, env_load)
    if metric == "disk_usage":
        level = 83.2 if name in FULL_DISK_HOSTS else 30 + 38 * u
        return SeriesModel(name, metric, level, 3.0, 0.15, env_load)
    if metric == "response_time_ms":
        profile = service_profile(name) if ci_type == "service" else None
        if profile:
            level = profile[0] * (0.9 + 0.2 * u)
        else:
            base, extra = _BASE_RT.get(ci_type, (20.0, 20.0))
            level = base + extra * u
        return SeriesModel(name, metric, level, 0.5, 0.08, env_load)
    return SeriesModel(name, metric, 0.05 + 0.25 * u, 0.0, 0.04, env_load)


class Noise:
    """AR(1) noise with unit variance: neighbouring samples are correlated like real telemetry."""

    def __init__(self, rng: Any, phi: float = 0.6) -> None:
        self._rng, self._phi, self._scale, self._prev = rng, phi, math.sqrt(1 - phi * phi), 0.0

    def next(self) -> float:
        self._prev = self._phi * self._prev + self._scale * self._rng.gauss(0.0, 1.0)
        return self._prev

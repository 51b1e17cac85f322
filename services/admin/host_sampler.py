"""The platform watching itself: every app process samples its own host with psutil — CPU, memory, disk
of the data dir, network in/out — every `monitor_interval_s` seconds into the metrics store, as a CI of
type `host` named after the replica (`spa-ai-<host name>`, attribute `label: spa-ai`). Charts, OPS
questions and rules then work on the platform like on any host; the threshold alerts are built-in CEP
rules on these CIs (`platform_alerts`).
"""

from __future__ import annotations

import asyncio
import logging
import re
import socket
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psutil
from sqlalchemy import text
from sqlalchemy.dialects.postgresql import insert
from sqlmodel import Session

from services.admin import settings as admin_settings
from services.core import db, settings_registry
from services.core.clock import utcnow
from services.core.security import SYSTEM
from services.infra.models import MetricDefinition, MetricSample
from services.infra.service import upsert_ci

log = logging.getLogger(__name__)

PLATFORM_LABEL = "spa-ai"
PLATFORM_OWNER = "SPA AI"  # how people name the platform in questions ("SPA AI 서버 메모리 얼마나 써?")
HOST_METRICS = ("cpu_usage", "memory_usage", "disk_usage", "net_in_kbps", "net_out_kbps")
PERCENT_METRICS = ("cpu_usage", "memory_usage", "disk_usage")
NETWORK_CATALOG = (
    {
        "name": "net_in_kbps",
        "unit": "kB/s",
        "description_ko": "네트워크 수신량",
        "description_en": "Network in",
        "aliases_ko": ["네트워크 수신", "수신량", "인바운드 트래픽"],
        "aliases_en": ["network in", "inbound traffic", "received"],
    },
    {
        "name": "net_out_kbps",
        "unit": "kB/s",
        "description_ko": "네트워크 송신량",
        "description_en": "Network out",
        "aliases_ko": ["네트워크 송신", "송신량", "아웃바운드 트래픽"],
        "aliases_en": ["network out", "outbound traffic", "sent"],
    },
)


def replica_name(host: str | None = None) -> str:
    """The CI name of this process's host: `spa-ai-<host name>` (lowercase, safe characters)."""
    raw = (host or socket.gethostname()).lower()
    return f"{PLATFORM_LABEL}-{re.sub(r'[^a-z0-9.-]+', '-', raw).strip('-') or 'host'}"[:200]


def ensure_catalog(session: Session) -> None:
    """The network metrics in the metric catalog (start-up step; CPU, memory and disk exist already)."""
    table = MetricDefinition.__table__  # type: ignore[attr-defined]
    session.execute(
        insert(table).values(list(NETWORK_CATALOG)).on_conflict_do_nothing(index_elements=["name"])
    )


class HostSampler:
    """Reads this host's numbers; network figures are rates since the previous reading."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._net: tuple[float, int, int] | None = None
        psutil.cpu_percent(interval=None)  # the first reading only starts the CPU measurement

    def read(self) -> dict[str, float]:
        """CPU, memory and disk in percent; network in kB/s (absent on the first reading)."""
        values = {
            "cpu_usage": float(psutil.cpu_percent(interval=None)),
            "memory_usage": float(psutil.virtual_memory().percent),
            "disk_usage": float(psutil.disk_usage(str(self.data_dir)).percent),
        }
        counters = psutil.net_io_counters()
        now = time.monotonic()
        if self._net is not None and now > self._net[0]:
            elapsed = now - self._net[0]
            values["net_in_kbps"] = max(0.0, (counters.bytes_recv - self._net[1]) / 1024 / elapsed)
            values["net_out_kbps"] = max(0.0, (counters.bytes_sent - self._net[2]) / 1024 / elapsed)
        self._net = (now, counters.bytes_recv, counters.bytes_sent)
        return {name: round(value, 2) for name, value in values.items()}


def _host_ci(session: Session, name: str) -> int:
    """The id of the replica's CI, created through the CMDB (audited, by `system`) when it first reports;
    one created before hosts were marked `platform: true` (what trace RCA looks for) gets the mark."""
    found = session.execute(text("SELECT id, attributes FROM cis WHERE name = :n"), {"n": name}).first()
    if found is not None and (found[1] or {}).get("platform") is True:
        return int(found[0])
    attributes = {
        **(found[1] if found else {}),
        "label": PLATFORM_LABEL,
        "platform": True,
        "host": socket.gethostname(),
    }
    stored = upsert_ci(
        session,
        actor=SYSTEM,
        name=name,
        type="host",
        environment="prod",
        owner="spa-ai",
        attributes=attributes,
    )
    return int(stored["id"])


def record(session: Session, *, ci_name: str, values: dict[str, float], at: datetime) -> int:
    """Store one reading of `ci_name` at `at`; returns the samples written."""
    ci_id = _host_ci(session, ci_name)
    metric_ids = dict(session.execute(text("SELECT name, id FROM metric_catalog")).all())  # type: ignore[arg-type]
    rows = [
        {"ci_id": ci_id, "metric_id": metric_ids[name], "ts": at.replace(microsecond=0), "value": value}
        for name, value in values.items()
        if name in metric_ids
    ]
    if rows:
        table = MetricSample.__table__  # type: ignore[attr-defined]
        session.execute(insert(table).values(rows).on_conflict_do_nothing())
    return len(rows)


def sample_once(sampler: HostSampler, ci_name: str | None = None, at: datetime | None = None) -> int:
    """Read the host and store the reading in its own transaction."""
    values = sampler.read()
    with db.session_scope() as session:
        return record(session, ci_name=ci_name or replica_name(), values=values, at=at or utcnow())


async def run_sampler() -> None:
    """Lifespan task: sample this host every `monitor_interval_s` seconds while `monitor_enabled`."""
    from services.core.settings import get_settings

    sampler = HostSampler(get_settings().resolved_data_dir)
    while True:
        interval = 30
        try:
            interval = int(settings_registry.get(admin_settings.MONITOR_INTERVAL_S))
            if settings_registry.get(admin_settings.MONITOR_ENABLED):
                await asyncio.to_thread(sample_once, sampler)
        except Exception:  # a database hiccup must not end the sampler
            log.exception("host sampling failed")
        await asyncio.sleep(interval)


def platform_hosts(session: Session) -> list[str]:
    """Names of the platform's own host CIs (one per replica), by name."""
    query = text("SELECT name FROM cis WHERE attributes @> CAST(:label AS jsonb) ORDER BY name")
    return [row[0] for row in session.execute(query, {"label": f'{{"label": "{PLATFORM_LABEL}"}}'})]


def latest_readings(session: Session, *, within: timedelta) -> dict[str, dict[str, Any]]:
    """Per platform host: its newest value of each host metric no older than `within`, and when."""
    rows = session.execute(
        text(
            "SELECT c.name, m.name, s.value, s.ts FROM cis c "
            "CROSS JOIN metric_catalog m "
            "CROSS JOIN LATERAL (SELECT value, ts FROM metric_samples "
            "  WHERE ci_id = c.id AND metric_id = m.id AND ts >= :since ORDER BY ts DESC LIMIT 1) s "
            "WHERE c.attributes @> CAST(:label AS jsonb) AND m.name = ANY(:metrics)"
        ),
        {
            "since": utcnow() - within,
            "label": f'{{"label": "{PLATFORM_LABEL}"}}',
            "metrics": list(HOST_METRICS),
        },
    )
    readings: dict[str, dict[str, Any]] = {}
    for host, metric, value, ts in rows:
        reading = readings.setdefault(host, {"values": {}, "at": ts})
        reading["values"][metric] = float(value)
        reading["at"] = max(reading["at"], ts)
    return readings

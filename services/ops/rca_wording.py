"""How an RCA answer words its causes and evidence: the answer's language, times in the configured timezone."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from services.ops.rca_evidence import Candidate


@dataclass(frozen=True)
class Wording:
    """Evidence and causes in the answer's language, times in the configured timezone."""

    tz: str
    lang: str
    labels: dict[str, str] = field(default_factory=dict)  # metric → its name in the answer's language

    def name(self, metric: str) -> str:
        return self.labels.get(metric, metric)

    def clock(self, moment: datetime) -> str:
        return moment.astimezone(ZoneInfo(self.tz)).strftime("%H:%M")

    def metric(self, name: str, peak: float, mean: float, z: float, onset: datetime) -> str:
        if self.lang == "ko":
            return f"{self.name(name)}: {peak:.2f} (기준 {mean:.2f}, z={z:.1f}) {self.clock(onset)}부터"
        return f"{self.name(name)}: {peak:.2f} vs baseline {mean:.2f} (z={z:.1f}) from {self.clock(onset)}"

    def event(self, ts: datetime, severity: str, etype: str, message: str) -> str:
        word = "이벤트" if self.lang == "ko" else "event"
        return f"{word} {self.clock(ts)} {severity} {etype}: {message}"

    def cause(self, cand: Candidate, origin: bool) -> str:
        assert cand.onset is not None
        waits, at = ", ".join(sorted(cand.waits_on)), self.clock(cand.onset)
        first, worst = self.name(cand.first_metric), self.name(cand.worst_metric)
        if not cand.worst_metric:  # failed with no metric anomaly: its critical event is what happened
            head_ko, head_en, worst = f"{at} {first} 이벤트", f"{first} event at {at}", first
        else:
            head_ko, head_en = f"{at}부터 {first} 이상", f"{first} anomaly from {at}"
        if self.lang == "ko":
            return (
                head_ko
                + (f", 가장 큰 변화는 {worst}" if worst != first else "")
                + (" (발원)" if origin else "")
                + (f" ({waits} 대기)" if waits else "")
            )
        return (
            head_en
            + (f", strongest in {worst}" if worst != first else "")
            + (" (origin)" if origin else "")
            + (f" (waiting on {waits})" if waits else "")
        )

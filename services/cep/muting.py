"""Why an alert sends nothing right now: a silence, or an inhibiting alert (Alertmanager's mute stage).

`Muting.load` reads the silences covering `now` (or a span: an inbox batch's) and the firing alerts of
every rule with `inhibits` once, so a flush or an alert list checks many alerts without a query each.
An alert is inhibited by a firing alert of another rule whose `inhibits` entry targets it (by rule id
or matchers) when the entry's `equal` labels have the same values on both (a missing label counts as
empty). Muted alerts
keep changing state; only their notifications are held back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session, col, select

from services.cep.models import CepAlert, CepRule, CepSilence
from services.cep.schema import InhibitRule, Matcher


@dataclass(frozen=True)
class Inhibitor:
    """A firing alert that mutes others."""

    alert_id: int
    rule_id: int
    rule_name: str


@dataclass
class Muting:
    at: datetime
    silences: list[tuple[CepSilence, list[Matcher]]] = field(default_factory=list)
    sources: list[tuple[Inhibitor, dict[str, str], list[InhibitRule]]] = field(default_factory=list)

    @classmethod
    def load(cls, session: Session, now: datetime, until: datetime | None = None) -> Muting:
        """What mutes at `now` — or at any moment up to `until` (an inbox batch's span), checked with
        `silenced_by(..., at=)`."""
        silences = session.exec(
            select(CepSilence).where(
                col(CepSilence.starts_at) <= (until or now), col(CepSilence.ends_at) > now
            )
        ).all()
        muting = cls(now, [(s, [Matcher.model_validate(m) for m in s.matchers]) for s in silences])
        rows = session.exec(
            select(CepAlert, CepRule)
            .join(CepRule, col(CepRule.id) == col(CepAlert.rule_id))
            .where(col(CepAlert.state) == "firing", col(CepRule.enabled))
            .where(text("jsonb_array_length(coalesce(cep_rules.spec->'inhibits', '[]'::jsonb)) > 0"))
        ).all()
        for alert, rule in rows:
            assert alert.id is not None and rule.id is not None
            entries = [InhibitRule.model_validate(raw) for raw in rule.spec.get("inhibits") or []]
            muting.sources.append((Inhibitor(alert.id, rule.id, rule.name), alert.labels, entries))
        return muting

    def silenced_by(self, labels: dict[str, str], at: datetime | None = None) -> CepSilence | None:
        """The first silence active at `at` (default: the moment loaded) whose matchers all match `labels`."""
        moment = at or self.at
        for silence, matchers in self.silences:
            active = silence.starts_at <= moment < silence.ends_at
            if active and matchers and all(m.matches(labels) for m in matchers):
                return silence
        return None

    def inhibited_by(self, rule_id: int, labels: dict[str, str]) -> Inhibitor | None:
        """The first firing alert of another rule that inhibits an alert of `rule_id` with `labels`."""
        for source, source_labels, entries in self.sources:
            if source.rule_id == rule_id:
                continue
            for entry in entries:
                same = all(source_labels.get(name, "") == labels.get(name, "") for name in entry.equal)
                if same and entry.targets(rule_id, labels):
                    return source
        return None

"""Alertmanager's dedup decision (`notify.DedupStage.needsUpdate`) and group naming, case by case, plus
bounded matchers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from services.cep.grouping import NotifyLog, group_key, group_labels, needs_update
from services.cep.schema import InhibitRule, Matcher

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def _log(firing: set[str], resolved: set[str] = set(), age: timedelta = timedelta(minutes=5)) -> NotifyLog:  # noqa: B006
    return NotifyLog(frozenset(firing), frozenset(resolved), NOW - age)


@pytest.mark.parametrize(
    ("entry", "firing", "resolved", "send_resolved", "expected"),
    [
        (None, {"a"}, set(), True, "first_notification"),
        (None, set(), {"a"}, True, None),  # fired and resolved before the first flush: nothing
        (_log({"a"}), {"a", "b"}, set(), True, "new_alerts_in_group"),
        (_log(set(), {"a"}), {"a"}, set(), True, "first_notification"),  # after an all-resolved message
        (_log({"a"}), set(), {"a"}, True, "all_alerts_resolved"),
        (_log({"a"}), set(), {"a"}, False, "all_alerts_resolved"),  # logged even without send_resolved
        (_log(set()), set(), {"a"}, True, None),
        (_log({"a", "b"}), {"a"}, {"b"}, True, "new_resolved_alerts"),
        (_log({"a", "b"}), {"a"}, {"b"}, False, None),
        (_log({"a"}, {"b"}), {"a"}, {"b"}, True, None),  # nothing new, repeat not due
        (_log({"a"}, age=2 * HOUR), {"a"}, set(), True, "repeat_interval_elapsed"),
        (_log({"a"}, age=HOUR), {"a"}, set(), True, None),  # exactly the interval: not yet (strictly before)
    ],
)
def test_needs_update_matches_alertmanager(
    entry: NotifyLog | None, firing: set[str], resolved: set[str], send_resolved: bool, expected: str | None
) -> None:
    got = needs_update(entry, firing, resolved, send_resolved=send_resolved, repeat=HOUR, now=NOW)
    assert got == expected


def test_group_labels_and_keys() -> None:
    labels = {"alertname": "disk", "ci": "db-01", "severity": "major"}
    assert group_labels(["ci", "alertname", "zone"], labels) == {"alertname": "disk", "ci": "db-01"}
    assert group_labels(["..."], labels) == labels
    assert group_key(1, {"ci": "a"}) == group_key(1, {"ci": "a"}) != group_key(2, {"ci": "a"})
    assert group_key(1, {"ci": "a"}) != group_key(1, {"ci": "b"})


def test_regex_matchers_are_anchored_and_bounded() -> None:
    assert Matcher(name="ci", op="=~", value="db-0[12]").matches({"ci": "db-01"})
    assert not Matcher(name="ci", op="=~", value="db").matches({"ci": "db-01"})  # the whole value
    assert Matcher(name="zone", op="!~", value="kr-.*").matches({})  # missing label = ""
    evil = Matcher(name="x", op="=~", value="(a+)+$")
    assert evil.matches({"x": "a" * 30}) and not evil.matches({"x": "a" * 40 + "!"})  # gives up, no hang
    with pytest.raises(ValueError, match="invalid regular expression"):
        Matcher(name="ci", op="=~", value="db-(01")


def test_inhibit_rules_need_a_target() -> None:
    with pytest.raises(ValueError, match="rule_ids or matchers"):
        InhibitRule()
    by_matcher = InhibitRule(matchers=[Matcher(name="severity", op="=~", value="warning|minor")])
    assert by_matcher.targets(9, {"severity": "minor"}) and not by_matcher.targets(9, {"severity": "major"})
    assert InhibitRule(rule_ids=[3]).targets(3, {}) and InhibitRule(rule_ids=[3]).equal == ["ci"]

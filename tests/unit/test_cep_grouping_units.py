"""Alertmanager's dedup decision (`notify.DedupStage.needsUpdate`) and group naming, case by case, a
rule's routes with channels that group on their own, plus bounded matchers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from services.cep.grouping import (
    NotifyLog,
    channel_group_key,
    group_key,
    group_labels,
    needs_update,
    notify_channels,
    routes,
)
from services.cep.schema import Grouping, InhibitRule, Matcher, RuleSpec

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


def test_notify_actions_to_a_grouping_channel_take_the_channel_route() -> None:
    spec = RuleSpec.model_validate(
        {
            "name": "disk",
            "trigger": {"kind": "event"},
            "actions": [
                {"kind": "notify", "params": {"channel_ids": [1, 2], "title_template": "T"}},
                {"kind": "notify", "params": {"channel_ids": [1]}, "grouping": {"group_wait_seconds": 0}},
                {"kind": "webhook", "params": {"url": "https://example.com/x"}},
            ],
        }
    )
    assert notify_channels(spec) == {1, 2}, "the action with its own grouping never joins a channel route"
    assert [(r.channel_id, len(r.actions)) for r in routes(spec)] == [(None, 2), (None, 1)]
    shared = {1: Grouping(group_by=["ci"], group_wait_seconds=5)}
    split = routes(spec, shared)
    own, override, channel = split
    assert (own.key, own.channel_id, override.channel_id, channel.channel_id) == ("", None, None, 1)
    assert [a.params.get("channel_ids") for a in own.actions] == [[2], None]  # channel 2 and the webhook
    assert [a.params for a in channel.actions] == [{"channel_ids": [1], "title_template": "T"}]
    assert channel.grouping == shared[1] and override.actions[0].params["channel_ids"] == [1]
    assert channel_group_key(1, {"ci": "a"}) != channel_group_key(2, {"ci": "a"}) != group_key(1, {"ci": "a"})


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

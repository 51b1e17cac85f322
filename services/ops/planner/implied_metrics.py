"""Measures a question implies without naming a metric: the one a superlative names ("slowest" → response
time), a storage CI's share ("nas-01 80% 넘은적 있어?" → how full it is), and a link's packet loss where the
catalog has no such metric (the estates record a line's or tunnel's loss as its `error_rate`); and the
other way round, a metric's bare word that only describes CIs ("GPU 서버", "GPU jobs")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.ops.planner import lexicon as lx
from services.ops.planner.entities import Mention

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex


def implied_metrics(question: str, mentions: list[Mention], index: EntityIndex) -> list[Mention]:
    """The metric mention the question implies (none named): a superlative's, a storage share or a loss."""
    if found := _superlative_metric(question, index, any(m.kind == "ci" for m in mentions)):
        return found
    said = _storage_share(question, mentions, index) or _link_loss(question, mentions, index)
    return [said] if said else []


def _superlative_metric(question: str, index: EntityIndex, named_ci: bool) -> list[Mention]:
    """The measure a superlative names ("slowest" → response time), or slowness without a CI ("which
    services are slow?"), as a zero-width mention: its words stay in the residual, where they also mean
    "rank"."""
    implied = [*lx.IMPLIED_METRICS, *([] if named_ci else [(lx.SLOW_WORDS, "response_time_ms")])]
    return [
        Mention("metric", metric, m.start(), m.start())
        for pattern, metric in implied
        if metric in index.metric_units and (m := pattern.search(question))
    ][:1]


# a share said or asked of storage: "80%", "몇프로", "사용률", "usage"
PERCENT_SAID = re.compile(
    rf"\d\s*+(?:%|퍼센트|프로)|몇\s*+(?:%|퍼센트|프로)|{lx.USAGE_WORDS}",
    re.I,
)


def _storage_share(question: str, mentions: list[Mention], index: EntityIndex) -> Mention | None:
    """A percentage said or asked of storage CIs only, no metric named ("nas-01 80% 넘은적 있어?", "ceph-01
    사용률 몇프로"): how full they are, the one share a storage system has."""
    cis = [m for m in mentions if m.kind == "ci"]
    said = PERCENT_SAID.search(question)
    if not (cis and said and "disk_usage" in index.metric_units):
        return None
    if any(index.ci_types.get(m.value.lower()) != "storage" for m in cis):
        return None
    return Mention("metric", "disk_usage", said.start(), said.start())


# a link's loss said in words; the types that carry no link (their errors are failed requests)
LOSS_SAID = re.compile(r"packet[ -]?loss|packet[ -]?drops?|패킷\s*+(?:로스|손실|유실|드랍|드롭)", re.I)
NOT_LINKS = frozenset({"service", "database", "cache", "queue", "batch", "storage", "load_balancer"})


def _link_loss(question: str, mentions: list[Mention], index: EntityIndex) -> Mention | None:
    """ "vpn-ex-its 패킷로스 최고": a named link's, tunnel's or router's error rate, when the catalog names
    no loss metric of its own (then "packet loss" is that metric's term and never reaches here)."""
    said = LOSS_SAID.search(question)
    cis = [m for m in mentions if m.kind == "ci"]
    if not (said and cis and "error_rate" in index.metric_units):
        return None
    if any(index.ci_types.get(m.value.lower()) in NOT_LINKS for m in cis):
        return None
    return Mention("metric", "error_rate", *said.span())


# a kind of CI right after a metric's bare word: the word says which CIs ("GPU 서버", "GPU jobs"), no measure
KIND_AFTER = re.compile(
    r"\s*+(?:servers?|hosts?|nodes?|boxes|machines?|instances?|jobs?|clusters?|pools?"
    r"|서버|호스트|노드|장비|머신|인스턴스|클러스터|작업|잡)(?:들)?(?![a-z가-힣])",
    re.I,
)


def describes_kind(question: str, mention: Mention) -> bool:
    """Whether a metric mention is one bare word naming a kind of CI with the noun after it."""
    said = question[mention.start : mention.end]
    return mention.kind == "metric" and said.isalpha() and KIND_AFTER.match(question, mention.end) is not None

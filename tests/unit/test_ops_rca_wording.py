"""How an RCA answer words what it found: an onset with nothing upstream, and a cause that does not
reach the CI through CIs in trouble, are never stated as a confident cause or as "no anomaly"."""

from datetime import UTC, datetime

import pytest

from services.ops.compose import Composer
from services.ops.compose_rca import rca_blocks
from services.ops.plan import Plan, Route
from services.ops.planner.entities import EntityIndex
from services.ops.tools.contracts import RcaArgs

NOW = datetime(2026, 3, 10, 4, 45, tzinfo=UTC)
ARGS = RcaArgs(
    ci="order-service",
    at=NOW,
    start=datetime(2026, 3, 9, 15, 0, tzinfo=UTC),
    end=datetime(2026, 3, 10, 3, 0, tzinfo=UTC),
)
ONSET = datetime(2026, 3, 10, 0, 55, tzinfo=UTC)  # 09:55 KST


def _texts(lang: str, data: dict) -> list[str]:
    composer = Composer(Plan(route=Route.RCA, lang=lang, intent="rca"), EntityIndex(), "Asia/Seoul", NOW)
    return [b["text"] for b in rca_blocks(composer, ARGS, data) if b["type"] == "text"]


@pytest.mark.parametrize(
    ("lang", "said", "unsaid"),
    [
        ("ko", "order-service의 문제는 2026-03-10 09:55 KST에 시작됐지만", "이상 징후를 찾지 못했습니다"),
        ("en", "The order-service problem began at 2026-03-10 09:55 KST, but nothing", "No clear anomaly"),
    ],
)
def test_an_onset_with_nothing_upstream_says_where_to_look(lang: str, said: str, unsaid: str) -> None:
    texts = _texts(lang, {"hypotheses": [], "chain": [], "onset": ONSET.isoformat(), "nearest": None})
    assert texts[0].startswith(said), texts
    assert not any(unsaid in t for t in texts), texts


def _hypothesis(linked: bool) -> dict:
    return {
        "ci": "prod-mq-01",
        "cause": "CPU anomaly from 09:20",
        "score": 0.21,
        "evidence": [],
        "hops": 2,
        "onset": ONSET.isoformat(),
        "linked": linked,
    }


@pytest.mark.parametrize(("lang", "hedge"), [("ko", "관련이 없을 수 있습니다"), ("en", "may be unrelated")])
def test_a_cause_off_the_troubled_path_is_hedged(lang: str, hedge: str) -> None:
    data = {"onset": ONSET.isoformat(), "chain": []}
    unlinked = _texts(lang, {**data, "hypotheses": [_hypothesis(linked=False)]})
    assert hedge in unlinked[0] and "prod-mq-01" in unlinked[0], unlinked
    linked = _texts(lang, {**data, "hypotheses": [_hypothesis(linked=True)]})
    assert hedge not in linked[0] and "prod-mq-01" in linked[0], linked

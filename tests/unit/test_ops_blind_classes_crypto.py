"""Failure classes found by blind batch 24 (bench/crypto_golden.py: a crypto exchange's IT), pinned on the
rules planner over the unit estate of test_rules_planner."""

from zoneinfo import ZoneInfo

import pytest

from services.ops.followup_pronouns import with_ci_named
from services.ops.planner.entities import EntityIndex
from services.ops.planner.index_terms import attribute_terms, name_words
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from services.ops.policy import refusal_of
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


def test_a_ci_name_reads_as_its_words() -> None:
    assert name_words("WithdrawalProcessor") == "withdrawal processor"
    assert name_words("wallet.hot.eth") == "wallet hot eth"


@pytest.mark.parametrize(("said", "hour"), [("어제 오후 2시 넘어서 주문 거부", 14), ("어제 14시부터", 14)])
def test_from_a_clock_time_on(said: str, hour: int) -> None:
    window = parse_window(said, NOW, TZ)[0]
    assert window is not None and window.label == f"since {hour:02}:00"


def test_the_last_week_said_as_one_week() -> None:
    window = parse_window("지난 일주일 cpu 90% 넘었던 서버", NOW, TZ)[0]
    assert window is not None and round(window.hours) == 168


@pytest.mark.parametrize(
    ("said", "hours", "span"),
    [
        ("why did candles stop early Saturday?", (0, 9), "early Saturday"),  # its small hours
        ("errors late Friday", (18, 24), "late Friday"),  # its night, up to the day's end
    ],
)
def test_early_or_late_on_a_named_day(said: str, hours: tuple[int, int], span: str) -> None:
    window, where = parse_window(said, NOW, TZ)
    assert window is not None and where is not None and said[where[0] : where[1]] == span
    start, end = window.start.astimezone(ZoneInfo(TZ)), window.end.astimezone(ZoneInfo(TZ))
    assert (start.hour, round((end - start).total_seconds() / 3600) + start.hour) == hours


def test_a_share_asked_of_a_key_that_is_also_a_metric_is_the_metric() -> None:
    idx = EntityIndex(ci_types={"gs-node-h01": "host"})
    idx.ci_names = {"gs-node-h01": "gs-node-h01"}
    idx.ci_values = {"gs-node-h01": {"disk": "2 TB"}}
    idx.attribute_terms = attribute_terms(["disk"])
    idx.metric_terms = [("디스크 사용률", "disk_usage"), ("디스크", "disk_usage")]
    assert [m.kind for m in idx.find("gs-node-h01 디스크 지금 몇퍼")] == ["ci", "metric"]
    assert [m.kind for m in idx.find("gs-node-h01 현재 디스크 사용률")] == ["ci", "metric"]
    assert [m.kind for m in idx.find("gs-node-h01 디스크 몇 GB야")] == ["ci", "attribute"]
    assert [m.kind for m in idx.find("what's gs-node-h01's 디스크 now?")] == ["ci", "metric"]  # a live value
    idx.ci_values = {"gs-node-h01": {"cpu": "Intel Xeon"}}  # `disk` is no key of the CI named
    assert [m.kind for m in idx.find("gs-node-h01 디스크 몇이야")] == ["ci", "metric"]


def test_what_a_ci_depends_on_asked_with_a_plural_question_word(index: EntityIndex) -> None:  # noqa: F811
    args = plan_question("pay-api 뭐뭐에 의존함?", index, NOW, TZ).steps[0].args
    assert args["op"] == "dependencies", args


def test_a_count_of_registered_api_keys_is_no_secret() -> None:
    assert refusal_of("How many API keys are registered on the Open API gateway?") is None
    assert refusal_of("how many passwords are there and what is the admin password") is not None


def test_what_caused_that_keeps_its_verb() -> None:
    assert with_ci_named("what caused that?", "pay-api") == "what caused pay-api"

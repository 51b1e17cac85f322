"""Why-questions as on-call engineers type them, pinned on the rules planner over the unit estate of
test_rules_planner: a time word is no pointer back ("this morning"), a hyphenated verb is no CI name
("can't remote-start"), and a night that runs into the next day is read to its end."""

from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from services.ops.planner.entities import EntityIndex
from services.ops.planner.rules import plan_question
from services.ops.planner.spelling import plain_words
from services.ops.planner.timeparse import parse_window
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


def test_this_morning_points_at_no_earlier_answer(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question(
        "employees can't log in to the tax portal this morning - root cause?", index, NOW, TZ
    )
    assert plan.intent == "rca", plan
    assert plan.steps[0].args["filters"] == {} and "tax portal" in plan.steps[0].args["unmatched"]
    # "it" still points back, and with nothing before it there is nothing to analyse
    assert plan_question("why did it fail this morning?", index, NOW, TZ).intent != "rca"


def test_a_hyphenated_verb_is_words_even_beside_a_similar_name() -> None:
    said = "customers can't remote-start their cars"
    assert plain_words("remote-start", ["remote__command"], said)
    assert not plain_words("remote-start", ["remote__command"], "why is remote-start slow")
    assert plain_words("meter-read", [], "meter-read gaps")


def test_a_why_reads_the_named_cis_own_value_as_its_symptom(index: EntityIndex) -> None:  # noqa: F811
    own = replace(index, ci_texts={**index.ci_texts, "pay-api": "java pay api"}, _patterns={})
    plan = plan_question("root cause of pay-api losing java on Tuesday afternoon", own, NOW, TZ)
    assert plan.intent == "rca" and plan.steps[0].args["ci"] == "pay-api", plan


def _kst(said: str) -> tuple[str, str]:
    window = parse_window(said, NOW, TZ)[0]
    assert window is not None, said
    zone = ZoneInfo(TZ)
    return f"{window.start.astimezone(zone):%m-%d %H:%M}", f"{window.end.astimezone(zone):%m-%d %H:%M}"


@pytest.mark.parametrize(
    ("said", "window"),
    [
        ("3일 밤~4일 새벽 결제 실패 원인", ("06-03 18:00", "06-04 06:00")),
        ("3일 밤부터 4일 새벽까지 에러율", ("06-03 18:00", "06-04 06:00")),
        ("the night of June 3 into the 4th", ("06-03 18:00", "06-04 06:00")),
        ("outage on the night of June 3 to 4", ("06-03 00:00", "06-04 23:59")),
        ("6월 3일부터 5일까지 cpu", ("06-03 00:00", "06-05 23:59")),
        ("3일 밤 cpu 평균", ("06-03 18:00", "06-03 23:59")),  # the day's night alone stays on that day
        ("on the night of June 3", ("06-03 18:00", "06-04 06:00")),  # English: into the small hours
        ("June 3 night", ("06-03 18:00", "06-03 23:59")),
    ],
)
def test_a_night_into_the_next_day_runs_to_its_end(said: str, window: tuple[str, str]) -> None:
    assert _kst(said) == window


def test_a_clock_hour_after_to_is_no_day() -> None:
    assert _kst("June 3 to 4pm") == ("06-03 00:00", "06-03 23:59")

"""Classes of question found by blind batches 33–34 (webtoon, carmaker) and the open classes of 29–32:
when a CI's run or change happened, the usual time of a run, and a problem said to follow a deploy."""

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from services.ops.compose import Composer
from services.ops.compose_rca import rca_blocks
from services.ops.followup_pronouns import with_ci_named
from services.ops.honesty import unused_owner_field
from services.ops.planner.entities import EntityIndex
from services.ops.planner.event_times import _content_words
from services.ops.planner.index_terms import attribute_terms, event_type_terms
from services.ops.planner.moments import parse_moment
from services.ops.planner.own_keys import spells
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from services.ops.tools.contracts import EventQueryArgs, RcaArgs
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _estate() -> EntityIndex:
    index = EntityIndex(
        ci_types={
            "maeip-bat": "service",
            "hbk-0451": "host",
            "wj-ora": "database",
            "chungyak_svc": "service",
        },
        ci_names={
            "maeip-bat": "MAEIP-BAT",
            "hbk-0451": "HBK-0451",
            "wj-ora": "WJ-ORA",
            "chungyak_svc": "chungyak_svc",
        },
    )
    index.ci_texts = {
        "maeip-bat": "매입 배치 (매입 파일 생성)",
        "hbk-0451": "매입배치 서버",
        "wj-ora": "원장 db",
    }
    index.ci_values = {"maeip-bat": {"expected_end": "03:00", "schedule": "매일 00:30"}}
    index.event_type_terms = sorted(
        event_type_terms(["deployment", "config_change", "batch_job"], set()), key=lambda t: -len(t[0])
    )
    return index


def _step(question: str) -> tuple[str, dict]:
    plan = plan_question(question, _estate(), NOW, TZ)
    assert plan.steps, (plan.route, plan.reason, plan.detail)
    return plan.steps[0].tool, plan.steps[0].args


def test_when_a_run_ended_reads_the_events_that_say_it_ended() -> None:
    tool, args = _step("오늘 매입배치 몇시에 끝났어")
    assert tool == "event_query" and args["ci"] == "MAEIP-BAT"  # the batch, not the host its record names
    assert args["said"] == [["종료", "완료", "끝났", "finish", "ended", "complete", "done"]]
    assert args["start"] == "2026-06-09T15:00:00+00:00"  # today in Seoul


def test_when_a_job_ran_reads_the_messages_for_its_words() -> None:
    tool, args = _step("WJ-ORA 통계정보 수집 몇시에 돌았어")
    assert tool == "event_query" and args["said"] == [["통계정보", "수집"]]


def test_when_a_config_was_changed_reads_that_event_type() -> None:
    tool, args = _step("화요일에 WJ-ORA 설정 바꾼거 몇시야")
    assert tool == "event_query" and args["event_type"] == "config_change" and "said" not in args


def test_the_usual_end_of_a_run_is_its_record_not_an_event() -> None:
    tool, args = _step("매입배치 보통 몇시까지 끝나야 정상임")
    assert (tool, args["fields"]) == ("ci_lookup", ["attributes.expected_end"])


def test_a_lower_case_grammar_word_names_no_key() -> None:
    index = _estate()
    index.attribute_terms = [("was", "was")]
    assert [m.kind for m in index.find("when was chungyak_svc last deployed?")] == ["ci"]
    assert [m.kind for m in index.find("chungyak_svc WAS 버전")] == ["ci", "attribute"]


def test_content_words_leave_verbs_particles_and_question_words_out() -> None:
    assert _content_words("펌웨어 업데이트 몇시에 했어") == ["펌웨어", "업데이트"]
    assert _content_words("when did the stats job run") == ["stats", "job"]


def test_a_problem_after_a_deploy_is_scanned_from_that_deploy() -> None:
    _, args = _step("chungyak_svc 2.3.0 배포하고 나서 터졌는데 배포 탓이야?")
    assert args["after_change"] and args["change_said"] == "2.3.0" and "start" not in args
    _, args = _step("chungyak_svc 1시반에 배포했는데 그거때문에 터진거? 원인 뭐임")
    assert (
        args["after_change"] and args["at"] == datetime(2026, 6, 9, 16, 30, tzinfo=UTC).isoformat()
    )  # 01:30 KST
    _, args = _step("chungyak_svc 왜 느려?")
    assert "after_change" not in args


def test_a_when_of_the_record_or_of_the_newest_event_is_no_event_time() -> None:
    plan = plan_question("MAEIP-BAT 언제 만료돼", _estate(), NOW, TZ)  # present: the record's date
    assert plan.intent != "event_time"
    plan = plan_question("MAEIP-BAT 마지막으로 배포한게 몇시였지", _estate(), NOW, TZ)
    assert plan.intent == "events_list" and plan.steps[0].args["limit"] == 1
    assert plan_question("WJ-ORA 설정 바꾼거 몇시야", _estate(), NOW, TZ).intent == "event_time"


def _fleet() -> EntityIndex:
    fleet = fleet_index()
    fleet.attribute_terms = attribute_terms(["queues", "ip"])
    fleet.event_type_terms = event_type_terms(["error", "event", "config_change"], set())
    return fleet


def test_a_type_word_that_is_also_a_key_lists_the_type_unless_counted_or_of_a_ci() -> None:
    plan = plan_question("which queues do we have?", _fleet(), NOW, TZ)
    assert plan.steps[0].args["filters"] == {"type": "queue"}
    assert plan_question("kafka-main queues 몇개야", _fleet(), NOW, TZ).steps[0].args["fields"] == [
        "attributes.queues"
    ]


def test_an_error_peak_is_the_error_rate_not_error_events() -> None:
    plan = plan_question("which service had the worst error peak on Wednesday?", _fleet(), NOW, TZ)
    assert plan.steps[0].tool == "metric_query" and plan.steps[0].args["metric"] == "error_rate"
    assert plan.steps[0].args["agg"] == "max"


def test_an_event_type_named_event_filters_nothing() -> None:
    plan = plan_question("list the CIs that raised a critical event in the last 5 days", _fleet(), NOW, TZ)
    assert plan.steps[0].args.get("severity") == "critical" and "event_type" not in plan.steps[0].args


def test_how_slow_a_ci_got_at_lunch_is_its_maximum_over_lunch() -> None:
    plan = plan_question("how slow did pay-api get at lunch on 6/8?", _fleet(), NOW, TZ)
    args = plan.steps[0].args
    assert args["agg"] == "max" and args["start"] == "2026-06-08T02:00:00+00:00"  # 11:00 KST
    assert args["end"] == "2026-06-08T05:00:00+00:00"


def test_what_was_changed_on_a_ci_is_its_timeline() -> None:
    plan = plan_question("6/5에 kr-sel-db-02 뭐 바꿨어?", _fleet(), NOW, TZ)
    assert plan.intent == "timeline" and plan.steps[0].args["ci"] == "kr-sel-db-02"


def test_a_bare_morning_hour_said_soon_after_its_evening_is_that_evening() -> None:
    late = datetime(2026, 6, 10, 14, 25, tzinfo=UTC)  # 23:25 in Seoul
    assert parse_moment("9시반에 배포하고 나서 터졌는데", TZ, late) == datetime(
        2026, 6, 10, 12, 30, tzinfo=UTC
    )
    assert parse_moment("11시 오픈하고 실패", TZ, late) == datetime(2026, 6, 10, 14, 0, tzinfo=UTC)
    # far from the evening hour, or said as 오전, the morning stays
    assert parse_moment("8시쯤 느렸던거", TZ, late) == datetime(2026, 6, 9, 23, 0, tzinfo=UTC)
    assert parse_moment("오전 9시반", TZ, late) == datetime(2026, 6, 10, 0, 30, tzinfo=UTC)


def test_what_is_behind_a_symptom_said_by_its_metric_is_a_why() -> None:
    plan = plan_question("what's behind the pay-api errors since 11:00?", _fleet(), NOW, TZ)
    assert plan.steps[0].tool == "rca" and plan.steps[0].args["ci"] == "pay-api"


def test_there_in_a_follow_up_is_the_previous_ci_as_a_place_or_as_itself() -> None:
    assert with_ci_named("거기 같이 올라간건", "idc-ap01") == "idc-ap01에 같이 올라간건"
    assert with_ci_named("거기서 뭐 돌아", "idc-ap01") == "idc-ap01에서 뭐 돌아"
    assert with_ci_named("거기 담당 누구야", "idc-ap01") == "idc-ap01 담당 누구야"


def test_key_parts_said_in_korean_words_and_glued_compounds() -> None:
    assert spells("갱신주기", "refresh") and spells("명령", "command") and spells("협력사", "suppliers")
    assert spells("워터마크", "watermark") and spells("결제수단", "providers")
    assert not spells("갱", "refresh")  # one syllable glued is no compound


def test_an_environment_label_kept_on_import_narrows_staging() -> None:
    fleet = _fleet()
    fleet.ci_values = {"pay-api": {"env_label": "qa"}, "pay-api-canary": {"env_label": "stage"}}
    plan = plan_question("list everything in qa", fleet, NOW, TZ)
    assert plan.steps[0].args["filters"] == {"environment": "staging", "attributes": {"env_label": "qa"}}
    plan = plan_question("스테이지 환경 뭐뭐있냐", fleet, NOW, TZ)
    assert plan.steps[0].args["filters"]["attributes"] == {"env_label": "stage"}
    plan = plan_question("list the staging CIs", fleet, NOW, TZ)
    assert plan.steps[0].args["filters"] == {"environment": "staging"}


def test_the_weekend_of_a_date_is_that_weekend() -> None:
    window, span = parse_window("critical events on the weekend of June 6-7?", NOW, TZ)
    assert window is not None and span is not None
    assert (window.start, window.end) == (
        datetime(2026, 6, 5, 15, 0, tzinfo=UTC),
        datetime(2026, 6, 7, 14, 59, 59, 999999, tzinfo=UTC),
    )
    assert "critical events on the weekend of June 6-7?"[span[0] : span[1]] == "weekend of June 6-7"


def test_an_owner_asked_beside_figures_is_not_dropped() -> None:
    question = "pay-api 에러율이랑 ledger-pg 담당 둘다 알려줘"
    plan = plan_question(question, _fleet(), NOW, TZ)
    assert unused_owner_field(plan, parse(question, _fleet(), NOW, TZ)) == ["담당"]
    question = "pay-api 에러율 지금"
    assert (
        unused_owner_field(plan_question(question, _fleet(), NOW, TZ), parse(question, _fleet(), NOW, TZ))
        == []
    )


def test_the_words_an_event_message_is_matched_by_are_bounded() -> None:
    window = {"op": "list", "start": "2026-06-09T00:00:00+00:00", "end": "2026-06-10T00:00:00+00:00"}
    assert EventQueryArgs.model_validate({**window, "said": [["종료", "완료"]]}).said == [["종료", "완료"]]
    for said in ([[f"w{n:02d}" for n in range(11)]], [["a"]], [["ok"]] * 4):
        with pytest.raises(ValidationError):
            EventQueryArgs.model_validate({**window, "said": said})


def _rca_answer(data: dict) -> list[str]:
    plan = plan_question("pay-api 배포하고 나서 느려졌는데 배포 탓이야?", _fleet(), NOW, TZ)
    args = RcaArgs.model_validate(plan.steps[0].args)
    base = {"hypotheses": [], "chain": [], "onset": None, "nearest": None, "standing": [], "ci": "pay-api"}
    blocks = rca_blocks(Composer(plan, _fleet(), TZ, NOW), args, {**base, **data})
    return [b["text"] for b in blocks if b["type"] == "text"]


def test_a_deploy_blamed_answer_says_the_window_scanned_from_it_and_the_verdict() -> None:
    changed, scanned = "2026-06-09T01:00:00+00:00", ["2026-06-09T01:00:00+00:00", "2026-06-09T04:00:00+00:00"]
    shifted = _rca_answer(
        {"changed_at": changed, "scanned": scanned, "shifted_to": "2026-06-09T05:00:00+00:00"}
    )
    assert "2026-06-09 10:00 KST ~ 2026-06-09 13:00 KST" in shifted[0]  # the window from the deploy, no crash
    before = {
        "hypotheses": [{"ci": "pay-api", "cause": "x", "linked": True}],
        "onset": "2026-06-09T00:30:00+00:00",
    }
    assert "이미 시작됐습니다" in _rca_answer({**before, "changed_at": changed, "scanned": scanned})[1]
    missing = _rca_answer({"change_missing": True})
    assert missing[0].startswith("pay-api의 최근 배포·변경 기록을 찾지 못해")

"""Window semantics on infra-small: a peak is the max of the samples, "ever above N" looks at every
sample and answers yes/no with when, "right now" is the latest sample, a comparison is one sentence and
one overlaid chart, Korean answers have Korean column headers, and a stray name is never dropped."""

import csv
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session

from services.core import db
from services.core.security import SYSTEM
from services.ops.service import ask
from tests.conftest import _point_app_at, clone_database, drop_database

NOW = datetime.fromisoformat("2026-03-02T00:00:00+00:00")
METRICS = Path(__file__).resolve().parents[1] / "fixtures" / "infra-small" / "metrics.csv"


def _samples(ci: str, metric: str, hours: int) -> list[float]:
    since = NOW - timedelta(hours=hours)
    with METRICS.open() as f:
        return [
            float(r["value"])
            for r in csv.DictReader(f)
            if r["ci"] == ci
            and r["metric"] == metric
            and since <= datetime.fromisoformat(r["ts"].replace("Z", "+00:00")) < NOW
        ]


@pytest.fixture(scope="module")
def session(pg_admin_url: str, infra_small_template: str, tmp_path_factory: pytest.TempPathFactory):
    """One copy of infra-small for the module: the questions only read (their traces are written)."""
    name = "t_ops_window"
    with pytest.MonkeyPatch.context() as monkeypatch:
        _point_app_at(
            clone_database(pg_admin_url, name, template=infra_small_template),
            tmp_path_factory.mktemp("w"),
            monkeypatch,
        )
        monkeypatch.setenv("SPA_TIMEZONE", "Asia/Seoul")
        with Session(db.get_engine()) as s:
            yield s
        db.reset_engine()
    drop_database(pg_admin_url, name)


def _ask(session: Session, question: str) -> dict:
    return ask(session, question=question, actor=SYSTEM, now=NOW)


def _text(answer: dict) -> str:
    return " ".join(b["text"] for b in answer["blocks"] if b["type"] == "text")


def test_a_peak_is_the_max_of_the_samples(session: Session) -> None:
    peak = max(_samples("orders-db", "response_time_ms", 24))
    for question in (
        "orders-db 응답시간 지난 24시간 동안 몇 ms까지 갔어?",
        "How high did orders-db's response time get in the last 24 hours?",
    ):
        answer = _ask(session, question)
        assert answer["status"] == "ok" and answer["plan"]["steps"][0]["args"]["agg"] == "max", answer["plan"]
        assert f"{peak:,.2f}" in _text(answer)


def test_ever_above_answers_yes_with_when_or_no(session: Session) -> None:
    samples = _samples("orders-db", "response_time_ms", 24)
    bound = round(sorted(samples)[-4] - 0.01, 2)  # exactly 4 samples above
    yes = _ask(session, f"Was orders-db response time ever above {bound} ms in the last 24 hours?")
    assert yes["status"] == "ok" and _text(yes).startswith("Yes.") and "in 4 samples" in _text(yes), _text(
        yes
    )
    assert "KST" in _text(yes) and f"{max(samples):,.2f}" in _text(yes)
    no = _ask(
        session,
        f"orders-db 응답시간이 지난 24시간 동안 한 번이라도 {max(samples) + 1:.0f} ms를 넘은 적 있어?",
    )
    assert no["status"] == "ok" and _text(no).startswith("아니요."), _text(no)


def test_which_cis_were_ever_above_uses_every_sample(session: Session) -> None:
    hosts = {r["name"] for r in csv.DictReader((METRICS.parent / "cis.csv").open()) if r["type"] == "host"}
    series = {h: v for h in hosts if (v := _samples(h, "cpu_usage", 24))}
    peaks = {h: max(v) for h, v in series.items()}
    averages = {h: sum(v) / len(v) for h, v in series.items()}
    bound = sorted(peaks.values())[-3] - 0.01  # three hosts peaked above it ...
    assert all(v < bound for v in averages.values())  # ... though no average is anywhere near it
    answer = _ask(session, f"지난 24시간 동안 CPU가 한 번이라도 {bound:.2f}%를 넘은 호스트는?")
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    assert {row[0] for row in table["rows"]} == {h for h, v in peaks.items() if v > bound}


def test_right_now_is_the_latest_sample(session: Session) -> None:
    answer = _ask(session, "지금 web-01 CPU 사용률은?")
    assert answer["plan"]["steps"][0]["args"]["op"] == "latest"
    assert f"{_samples('web-01', 'cpu_usage', 1)[-1]:.2f}" in _text(answer)


def test_a_comparison_is_one_sentence_and_one_overlaid_chart(session: Session) -> None:
    answer = _ask(session, "Compare the CPU usage of web-01 and web-02 over the last 6 hours")
    assert answer["status"] == "ok"
    assert [s["args"]["op"] for s in answer["plan"]["steps"]] == [
        "aggregate",
        "aggregate",
        "series",
        "series",
    ]
    charts = [b for b in answer["blocks"] if b["type"] == "chart"]
    assert len(charts) == 1 and [t["name"] for t in charts[0]["figure"]["data"]] == ["web-01", "web-02"]
    means = {
        ci: sum(_samples(ci, "cpu_usage", 6)) / len(_samples(ci, "cpu_usage", 6))
        for ci in ("web-01", "web-02")
    }
    high, low = sorted(means, key=lambda ci: -means[ci])
    sentence = _text(answer)
    assert sentence.startswith(f"{high} has the highest") and sentence.index(high) < sentence.index(
        low, len(high)
    )
    assert f"{means[high]:.2f}" in sentence and f"{means[low]:.2f}" in sentence


def test_korean_answers_have_korean_column_headers(session: Session) -> None:
    answer = _ask(session, "web-01 지난 1시간 평균 CPU?")
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    assert table["columns"] == ["CI", "메트릭", "집계", "값", "단위"]


def test_a_word_in_a_names_place_is_never_dropped(session: Session) -> None:
    for question, word in (
        ("Why is roaming latency high?", "roaming"),
        ("Show the error rate of the billing service over the last hour", "billing"),
    ):
        answer = _ask(session, question)
        assert answer["status"] != "ok" and answer["route"] == "REJECT", answer
        assert f"'{word}'" in _text(answer), _text(answer)


def test_every_number_of_the_question_is_used_or_the_answer_is_unclear(session: Session) -> None:
    assert _ask(session, "Top 3 hosts by average CPU usage over the last 6 hours")["status"] == "ok"
    dropped = _ask(session, "What is the current CPU usage of web-01 with 7 retries?")
    assert dropped["status"] == "unclear" and "7" in _text(dropped), _text(dropped)


def test_a_place_no_location_matches_is_never_dropped(session: Session) -> None:
    answer = _ask(session, "부산 데이터센터에 있는 호스트는 몇 대야?")
    assert answer["status"] == "unclear" and "'부산 데이터센터'" in _text(answer), _text(answer)
    assert any("seoul-idc-1" in s for s in answer["suggestions"]), answer["suggestions"]

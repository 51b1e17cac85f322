"""Every regex of the OPS planner runs in linear time: adversarial 2 000-character questions (runs of
spaces, digits, Hangul, punctuation, repeated cue words) take < 200 ms of CPU per search and per full plan.

Patterns are collected by introspecting the planner modules, so a pattern added later is covered
without touching this test. Each pattern is first searched in a 500-character version of each input: a
linear search there costs a fraction of a millisecond, while one that would pass the budget at 2 000
characters (quadratic or worse: 16× or more the cost at a quarter of the length) costs over a millisecond,
and only those are searched again at full length against the budget.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

import services.ops.planner as planner_pkg
from services.ops import service
from services.ops.planner import entities, entity_words, index_terms, lexicon, parsing, rules, spoken_forms
from services.ops.planner.entities import EntityIndex

LENGTH = 2000
BUDGET_S = 0.2
SCREEN_LENGTH = 500
SCREEN_S = 0.001  # at a quarter of the length: a tenth of the budget over 16, a quadratic pattern's cost


def _module_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}

    def visit(name: str, value: Any, depth: int = 0) -> None:
        if isinstance(value, re.Pattern):
            found[name] = value
        elif depth < 2 and isinstance(value, dict):
            for key, item in value.items():
                visit(f"{name}[{key!r}]", item, depth + 1)
        elif depth < 2 and isinstance(value, list | tuple | set | frozenset):
            for i, item in enumerate(value):
                visit(f"{name}[{i}]", item, depth + 1)

    for info in pkgutil.iter_modules(planner_pkg.__path__):
        module = importlib.import_module(f"{planner_pkg.__name__}.{info.name}")
        for attr, value in vars(module).items():
            visit(f"{info.name}.{attr}", value)
    return found


def _word_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns the planner builds per vocabulary word and per recognised name."""
    words: set[str] = set()
    for table in (
        lexicon.TYPE_WORDS,
        lexicon.ENV_WORDS,
        lexicon.STATUS_WORDS,
        lexicon.SEVERITY_WORDS,
        lexicon.AGG_WORDS,
        entity_words.FIELD_WORDS,
        entity_words.ATTRIBUTE_WORDS,
    ):
        for group in table.values():
            words.update(group)
    words.update(lexicon.COUNT_WORDS)
    words.update(lexicon.CI_WORDS)
    patterns = {f"lexicon.word_pattern({w!r})": lexicon.word_pattern(w) for w in sorted(words)}
    for name in ("orders-db", "web-01", "a-b-c", "가나-1", "cpu usage"):
        patterns[f"entities._boundary_pattern({name!r})"] = entities._boundary_pattern(name)
    return patterns


def _fill(unit: str, prefix: str = "", suffix: str = "!", length: int = LENGTH) -> str:
    body = length - len(prefix) - len(suffix)
    return prefix + (unit * (body // len(unit) + 1))[:body] + suffix


RUNS = (
    " ",
    "\t \n",
    "\u3000",
    "1",
    "9.",
    "-1",
    "가",
    "시",
    ".",
    "-",
    "_",
    "a",
    "a-",
    "1 ",
    "가 ",
    "1:",
    "%",
    "1%를 ",
    "a1",
)
PREFIXES = (
    "",
    "1",
    "-1.5",
    "80%를",
    "지난",
    "최근",
    "last",
    "above",
    "over",
    "top",
    "상위",
    "하위",
    "since",
    "where",
    "what",
    "how is",
    "depend on",
    "use",
    "오후 3시",
    "3시",
    "1건",
    "이벤트",
    "drop",
    "```",
    "2026-01-01",
    "at least",
)
REPEATS = (
    "1 ",
    "above ",
    "over 1 ",
    "where is ",
    "what is ",
    "how is it ",
    "drop ",
    "use ",
    "상위 ",
    "지난 1 ",
    "1시 ",
    "오후 ",
    "1 % 를 ",
    "a-b ",
    "```",
    "depends on ",
    "top 3 ",
    "최근 5건 ",
    "1.5.",
    "2026-01-01 ",
    "last 2 hours ",
    "orders-db ",
)


def _adversarial(length: int = LENGTH) -> Iterator[tuple[str, str]]:
    for unit in RUNS:
        for prefix in PREFIXES:
            yield f"{prefix!r}+{unit!r}*", _fill(unit, prefix, length=length)
    for phrase in REPEATS:
        yield f"{phrase!r}*", _fill(phrase, suffix="", length=length)
        yield f"{phrase!r}*+x", _fill(phrase, suffix="x", length=length)


def _fastest_search(pattern: re.Pattern[str], text: str, attempts: int = 3) -> float:
    """CPU seconds of the fastest of up to `attempts` searches (stopping once one is within the budget):
    a super-linear pattern is slow every time; CPU time leaves out a loaded machine's scheduling."""
    fastest = float("inf")
    for _ in range(attempts):
        started = time.thread_time()
        pattern.search(text)
        fastest = min(fastest, time.thread_time() - started)
        if fastest < BUDGET_S:
            break
    return fastest


def test_every_planner_regex_is_linear_on_adversarial_input() -> None:
    patterns = {**_module_patterns(), **_word_patterns()}
    assert {"lexicon.ABOVE", "lexicon.BELOW", "moments.CLOCK_TIME", "rules.CI_LIKE"} <= set(patterns)
    distinct = {(p.pattern, p.flags): (name, p) for name, p in patterns.items()}.values()  # re-exports once
    inputs = list(zip(_adversarial(SCREEN_LENGTH), _adversarial(), strict=True))
    slow: list[str] = []
    for name, pattern in distinct:
        for (_, short), (label, text) in inputs:
            if _fastest_search(pattern, short) < SCREEN_S:
                continue
            elapsed = _fastest_search(pattern, text)
            if elapsed >= BUDGET_S:
                slow.append(f"{name} on {label}: {elapsed * 1000:.0f} ms")
    assert slow == []


def _index() -> EntityIndex:
    index = EntityIndex()
    for name, ci_type in (("orders-db", "database"), ("web-01", "host"), ("checkout-service", "service")):
        index.ci_types[name] = ci_type
        index.ci_names[name] = name
    index.owners, index.locations = ["payments-team"], ["seoul-dc1", "pyeongtaek-fab1"]
    index.metric_terms = sorted(
        {
            ("cpu", "cpu_usage"),
            ("cpu usage", "cpu_usage"),
            ("메모리", "memory_usage"),
            ("응답 시간", "response_time_ms"),
            ("error rate", "error_rate"),
            ("에러율", "error_rate"),
        },
        key=lambda t: len(t[0]),
        reverse=True,
    )
    index.attribute_terms = index_terms.attribute_terms(["cpu_cores", "os", "kernel_version"])
    index.event_type_terms = index_terms.event_type_terms(["deployment", "restart"], lexicon.RESERVED_WORDS)
    return index


@pytest.mark.parametrize(
    "question",
    [
        _fill(" ", "cpu above 1"),
        _fill("1", "web-01 cpu "),
        "web-01 cpu " + "1" + " " * 1980 + "x",
        _fill("1 ", "orders-db 응답 시간 "),
        _fill("가", "web-01 "),
        _fill("above ", "cpu "),
        _fill("1 % 를 ", "에러율 "),
        _fill(".-_:/", "checkout-service "),
        _fill("지난 1 ", "cpu "),
        _fill("where is ", "orders-db "),
        _fill("오후 3시 ", "why is web-01 "),
        "why is the " + " ".join(f"q{chr(97 + i % 26)}{chr(97 + i // 26)}z" for i in range(300)) + " slow",
        _fill("\t\n ", "top 3 cpu"),
    ],
    ids=lambda q: repr(q[:24]),
)
def test_a_full_plan_of_an_adversarial_question_is_fast(question: str) -> None:
    index = _index()
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    for warm_up in ("why is the web-01 quux slow in the last hour", "why is the quux slow"):
        rules.plan_question(warm_up, index, now, "Asia/Seoul")  # the one-time compiles of lazy tables
    started = time.thread_time()  # CPU time: the planner's own work, not the machine's load
    rules.plan_question(question, index, now, "Asia/Seoul")
    assert time.thread_time() - started < BUDGET_S


def test_questions_are_bounded_and_whitespace_normalised() -> None:
    assert service.MAX_QUESTION <= 2000 and parsing.MAX_QUESTION <= 2000
    assert spoken_forms.normalize("  web-01\t\tcpu \n\u3000 now ") == "web-01 cpu now"
    index = _index()
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    spaced = rules.plan_question("web-01    cpu   above\t\t80 %", index, now, "Asia/Seoul")
    plain = rules.plan_question("web-01 cpu above 80 %", index, now, "Asia/Seoul")
    assert spaced.summary() == plain.summary()
    with pytest.raises(ValueError, match="2000"):
        rules.plan_question("x" * 2001, index, now, "Asia/Seoul")

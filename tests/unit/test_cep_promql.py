"""The importable PromQL subset: threshold comparisons parse to a canonical query; everything else is
refused with a reason naming the construct."""

from __future__ import annotations

import pytest

from services.cep.promql import Comparison, Unsupported, duration_seconds, format_duration, parse_expr


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ('up{job="api"} < 1', Comparison('up{job="api"}', "<", 1.0)),
        ("80 <= node_load1", Comparison("node_load1", ">=", 80.0)),
        (
            "avg_over_time(cpu{mode!='idle', host=~\"a.*\"}[90s]) > 0.9",
            Comparison('avg_over_time(cpu{mode!="idle",host=~"a.*"}[1m30s])', ">", 0.9),
        ),
        ('{__name__="x"} != -2.5e1', Comparison('{__name__="x"}', "!=", -25.0)),
        ('x{a="and or"} == 0', Comparison('x{a="and or"}', "==", 0.0)),
    ],
)
def test_threshold_comparisons_parse(expr: str, expected: Comparison) -> None:
    assert parse_expr(expr) == expected


@pytest.mark.parametrize(
    ("expr", "reason"),
    [
        ("rate(x[5m]) > 1", "'rate'"),
        ("sum by (job) (x) > 1", "aggregation 'sum'"),
        ("x > y", "two series"),
        ("x > 1 unless y", "'unless'"),
        ("x offset 5m > 1", "'offset'"),
        ("x > bool 1", "'bool'"),
        ("x + 1 > 2", "'+'"),
        ("x", "no comparison"),
        ("x[5m] > 1", "range vector"),
        ("(x) > 1", "parenthesised"),
        ("x > Inf", "finite"),
        ("x > 1 > 0", "after the comparison"),
        ('x{a~"b"} > 1', "unexpected character"),
    ],
)
def test_everything_else_is_refused_with_a_reason(expr: str, reason: str) -> None:
    with pytest.raises(Unsupported) as refused:
        parse_expr(expr)
    assert reason in str(refused.value)


def test_durations() -> None:
    assert duration_seconds("1h30m", "for") == 5400 and duration_seconds("1500ms", "for") == 2
    assert (
        format_duration(5400) == "1h30m" and format_duration(0) == "0s" and format_duration(86461) == "1d1m1s"
    )
    with pytest.raises(Unsupported, match="for: '5 minutes' is not a Prometheus duration"):
        duration_seconds("5 minutes", "for")

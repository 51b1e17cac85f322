"""Strings of the health views: the dashboard's "problems now", the CI list's health column, chart marks."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "health.problems_now": {"ko": "지금 문제", "en": "Problems now"},
    "health.firing_alerts": {"ko": "발생 중인 경보", "en": "Firing alerts"},
    "health.estate": {"ko": "지금 무엇이 잘못됐나 (OPS)", "en": "What is wrong now (OPS)"},
    "health.all_clear": {"ko": "모든 것이 정상입니다", "en": "All clear"},
    "health.no_estate_problems": {
        "ko": "임계치 초과, 이상 징후, 주요 이벤트가 없습니다",
        "en": "No threshold breach, anomaly or major event",
    },
    "health.severity": {"ko": "심각도", "en": "Severity"},
    "health.rule": {"ko": "규칙", "en": "Rule"},
    "health.ci": {"ko": "CI", "en": "CI"},
    "health.value": {"ko": "값", "en": "Value"},
    "health.age": {"ko": "경과", "en": "Age"},
    "health.ack": {"ko": "확인", "en": "Ack"},
    "health.acked_by": {"ko": "확인: {who}", "en": "acked by {who}"},
    "health.unacked": {"ko": "미확인", "en": "not acked"},
    "health.problem": {"ko": "문제", "en": "Problem"},
    "health.kind": {"ko": "종류", "en": "Kind"},
    "health.column": {"ko": "상태", "en": "Health"},
    "health.sort_health": {"ko": "상태순 정렬", "en": "Sort by health"},
    "health.sort_name": {"ko": "이름순 정렬", "en": "Sort by name"},
    "health.ok": {"ko": "정상", "en": "ok"},
    "health.hide_hosts": {"ko": "호스트 숨기기", "en": "Hide hosts"},
    "health.relation": {"ko": "관계", "en": "Relation"},
    "health.problem_count": {
        "ko": "지금 문제 수 (경보, 임계치, 이상 징후, 이벤트)",
        "en": "Problems now (alerts, thresholds, anomalies, events)",
    },
    "health.likely_cause": {"ko": "추정 원인", "en": "Likely cause"},
}

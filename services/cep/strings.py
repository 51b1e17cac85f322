"""CEP engine UI and error strings (Korean and English)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "nav.cep": {"ko": "경보 규칙", "en": "Alert rules"},
    "dash.cep_firing": {"ko": "발생 중인 경보", "en": "Firing alerts"},
    "errors.cep_rule_not_found": {"ko": "규칙을 찾을 수 없습니다: {id}", "en": "Rule not found: {id}"},
    "errors.cep_rule_name_taken": {
        "ko": "'{name}' 이름의 규칙이 이미 있습니다",
        "en": "A rule named '{name}' exists",
    },
    "errors.cep_revision_not_found": {
        "ko": "리비전 {revision}이(가) 없습니다",
        "en": "There is no revision {revision}",
    },
    "errors.cep_alert_not_found": {"ko": "경보를 찾을 수 없습니다: {id}", "en": "Alert not found: {id}"},
    "errors.cep_alert_not_active": {
        "ko": "경보가 {state} 상태라서 확인 처리할 수 없습니다",
        "en": "The alert is {state}; only pending or firing alerts can be acknowledged",
    },
    "errors.cep_silence_not_found": {
        "ko": "사일런스를 찾을 수 없습니다: {id}",
        "en": "Silence not found: {id}",
    },
    "errors.cep_silence_window": {
        "ko": "종료 시각은 시작 시각 이후여야 합니다",
        "en": "ends_at must be after starts_at",
    },
    "errors.cep_event_not_found": {
        "ko": "이벤트 {id}을(를) 찾을 수 없습니다 (평가된 이벤트는 15분 보관)",
        "en": "Event {id} not found (evaluated events are kept 15 minutes)",
    },
    "errors.cep_event_invalid": {"ko": "이벤트 형식 오류: {field}", "en": "Invalid event: {field}"},
    "errors.cep_event_too_large": {
        "ko": "이벤트가 너무 큽니다 (최대 {max_bytes}바이트)",
        "en": "The event is too large (at most {max_bytes} bytes)",
    },
    "errors.cep_dry_run_value": {
        "ko": "이벤트 규칙은 시험할 값이 필요합니다",
        "en": "An event rule needs a value to test against",
    },
    "errors.cep_rule_invalid": {"ko": "규칙 오류: {field}", "en": "Invalid rule: {field}"},
}

STRINGS.update(
    {
        "nav.cep_alerts": {"ko": "경보", "en": "Alerts"},
        "cep.rules_title": {"ko": "경보 규칙", "en": "Alert rules"},
        "cep.alerts_title": {"ko": "경보 인스턴스", "en": "Alert instances"},
        "cep.search": {"ko": "규칙 이름 검색", "en": "Search rule names"},
        "cep.all": {"ko": "전체", "en": "All"},
        "cep.no_rules": {"ko": "규칙이 없습니다", "en": "No rules yet"},
        "cep.no_alerts": {"ko": "이 상태의 경보가 없습니다", "en": "No alerts in this state"},
        "cep.focus_alert": {"ko": "경보 #{id}만 보는 중", "en": "Showing alert #{id} only"},
        "cep.show_all": {"ko": "모두 보기", "en": "Show all"},
        "cep.state.firing": {"ko": "발생", "en": "Firing"},
        "cep.state.pending": {"ko": "대기", "en": "Pending"},
        "cep.state.resolved": {"ko": "해소", "en": "Resolved"},
        "cep.state.inactive": {"ko": "정상", "en": "Inactive"},
        "cep.severity.critical": {"ko": "치명", "en": "Critical"},
        "cep.severity.major": {"ko": "주요", "en": "Major"},
        "cep.severity.minor": {"ko": "경미", "en": "Minor"},
        "cep.severity.warning": {"ko": "경고", "en": "Warning"},
        "cep.severity.info": {"ko": "정보", "en": "Info"},
        "cep.col.name": {"ko": "이름", "en": "Name"},
        "cep.col.state": {"ko": "상태", "en": "State"},
        "cep.col.severity": {"ko": "심각도", "en": "Severity"},
        "cep.col.trigger": {"ko": "트리거", "en": "Trigger"},
        "cep.col.owner": {"ko": "담당", "en": "Owner"},
        "cep.col.revision": {"ko": "리비전", "en": "Revision"},
        "cep.col.evaluations": {"ko": "평가 수", "en": "Evaluations"},
        "cep.col.errors": {"ko": "오류", "en": "Errors"},
        "cep.col.last_eval": {"ko": "마지막 평가", "en": "Last evaluation"},
        "cep.col.enabled": {"ko": "사용", "en": "Enabled"},
        "cep.col.rule": {"ko": "규칙", "en": "Rule"},
        "cep.col.ci": {"ko": "CI", "en": "CI"},
        "cep.col.value": {"ko": "값", "en": "Value"},
        "cep.col.since": {"ko": "시작", "en": "Since"},
        "cep.col.labels": {"ko": "레이블", "en": "Labels"},
        "cep.col.ack": {"ko": "확인", "en": "Acknowledged"},
        "cep.ack": {"ko": "확인 처리", "en": "Acknowledge"},
        "cep.ack_comment": {"ko": "메모", "en": "Comment"},
        "cep.likely_cause": {"ko": "원인 추정", "en": "Likely cause"},
        "cep.rca_ready": {
            "ko": "원인 가설 없음 (이상 징후가 없었습니다)",
            "en": "No hypothesis (no anomaly found)",
        },
        "cep.rca_timeout": {
            "ko": "원인 분석이 시간 안에 끝나지 않았습니다",
            "en": "The root-cause analysis timed out",
        },
        "cep.rca_error": {"ko": "원인 분석에 실패했습니다", "en": "The root-cause analysis failed"},
        "cep.ask_ops": {"ko": "OPS에서 원인 묻기", "en": "Ask OPS why"},
        "cep.runbook": {"ko": "런북", "en": "Runbook"},
        "cep.acked": {"ko": "경보를 확인 처리했습니다", "en": "Alert acknowledged"},
        "cep.acked_by": {"ko": "확인:", "en": "Acked by"},
        "cep.flapping": {"ko": "플래핑", "en": "Flapping"},
        "cep.silenced": {"ko": "무음", "en": "Silenced"},
        "cep.rule_enabled": {"ko": "규칙을 켰습니다", "en": "Rule enabled"},
        "cep.rule_disabled": {"ko": "규칙을 껐습니다", "en": "Rule disabled"},
    }
)

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

"""Strings of Prometheus rule import/export and rule templates (Korean and English)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "nav.cep_templates": {"ko": "규칙 템플릿", "en": "Rule templates"},
    "cep_templates.title": {"ko": "규칙 템플릿", "en": "Rule templates"},
    "cep_templates.hint": {
        "ko": "CI 유형별 공통 규칙입니다. 선택한 CI에 적용하면 템플릿과 연결된 규칙이 만들어집니다.",
        "en": "Common rules per CI type. Applying one to a CI selector creates a rule linked to the template.",
    },
    "cep_templates.template": {"ko": "템플릿", "en": "Template"},
    "cep_templates.metric": {"ko": "메트릭", "en": "Metric"},
    "cep_templates.condition": {"ko": "조건", "en": "Condition"},
    "cep_templates.for": {"ko": "지속(초)", "en": "For (s)"},
    "cep_templates.types": {"ko": "CI 유형", "en": "CI types"},
    "cep_templates.version": {"ko": "버전", "en": "Version"},
    "cep_templates.linked": {"ko": "연결된 규칙", "en": "Linked rules"},
    "cep_templates.actions": {"ko": "작업", "en": "Actions"},
    "cep_templates.apply": {"ko": "적용", "en": "Apply"},
    "cep_templates.apply_title": {"ko": "템플릿 적용", "en": "Apply template"},
    "cep_templates.apply_hint": {
        "ko": "비워 둔 항목은 모든 CI와 일치합니다(유형, 환경, CI 담당 팀, 레이블). 레이블은 key=value를 쉼표로 구분합니다.",
        "en": "Empty fields match every CI (type, environment, CI owner, labels). Labels are key=value pairs separated by commas.",
    },
    "cep_templates.type": {"ko": "CI 유형", "en": "CI type"},
    "cep_templates.environment": {"ko": "환경", "en": "Environment"},
    "cep_templates.labels": {"ko": "레이블", "en": "Labels"},
    "cep_templates.name": {"ko": "규칙 이름 (선택)", "en": "Rule name (optional)"},
    "cep_templates.owner": {"ko": "규칙 담당자", "en": "Rule owner"},
    "cep_templates.ci_owner": {"ko": "CI 담당 팀", "en": "CI owner"},
    "cep_templates.create": {"ko": "규칙 만들기", "en": "Create rule"},
    "cep_templates.applied": {"ko": "규칙을 만들었습니다: {name}", "en": "Rule created: {name}"},
    "cep_templates.outdated": {
        "ko": "이전 템플릿 버전의 규칙",
        "en": "Rules on an older template version",
    },
    "cep_templates.none_outdated": {
        "ko": "모든 연결된 규칙이 최신 템플릿 버전입니다",
        "en": "Every linked rule is on its template's current version",
    },
    "cep_templates.rule": {"ko": "규칙", "en": "Rule"},
    "cep_templates.changes": {"ko": "변경 내용", "en": "Changes"},
    "cep_templates.roll_out": {"ko": "모두 업데이트", "en": "Roll out to all"},
    "cep_templates.confirm_roll_out": {
        "ko": "위 규칙들을 현재 템플릿 버전으로 업데이트합니다 (규칙마다 새 리비전).",
        "en": "Update the rules above to their template's current version (a new revision each).",
    },
    "cep_templates.rolled_out": {"ko": "규칙 {count}개를 업데이트했습니다", "en": "{count} rule(s) updated"},
    "errors.cep_template_not_found": {
        "ko": "템플릿을 찾을 수 없습니다: {id}",
        "en": "Template not found: {id}",
    },
    "errors.cep_template_type_mismatch": {
        "ko": "'{type}' 유형의 CI에는 '{metric}' 메트릭이 없습니다",
        "en": "CIs of type '{type}' have no metric '{metric}'",
    },
    "errors.cep_template_labels": {
        "ko": "레이블 '{part}'은(는) key=value 형식이 아닙니다",
        "en": "Label '{part}' is not key=value",
    },
    "errors.cep_prom_yaml_invalid": {
        "ko": "Prometheus 규칙 파일 오류: {reason}",
        "en": "Invalid Prometheus rule file: {reason}",
    },
}

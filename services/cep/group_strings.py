"""Korean and English strings of the notification groups view and its REST errors."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "cep_groups.tab_alerts": {"ko": "경보", "en": "Alerts"},
    "cep_groups.tab_groups": {"ko": "알림 그룹", "en": "Groups"},
    "cep_groups.title": {"ko": "알림 그룹", "en": "Notification groups"},
    "cep_groups.hint": {
        "ko": "규칙의 group_by 레이블 값이 같은 경보는 한 메시지로 묶여 나갑니다.",
        "en": "Alerts sharing the values of their rule's group_by labels go out in one message.",
    },
    "cep_groups.rule": {"ko": "규칙", "en": "Rule"},
    "cep_groups.labels": {"ko": "그룹 레이블", "en": "Group labels"},
    "cep_groups.alerts": {"ko": "경보 수", "en": "Alerts"},
    "cep_groups.firing": {"ko": "발생 중", "en": "Firing"},
    "cep_groups.state": {"ko": "상태", "en": "State"},
    "cep_groups.state_active": {"ko": "활성", "en": "Active"},
    "cep_groups.state_idle": {"ko": "유휴", "en": "Idle"},
    "cep_groups.state_all": {"ko": "전체", "en": "All"},
    "cep_groups.next": {"ko": "다음 알림", "en": "Next notification"},
    "cep_groups.last": {"ko": "마지막 발송", "en": "Last sent"},
    "cep_groups.route": {"ko": "경로", "en": "Route"},
    "cep_groups.route_default": {"ko": "규칙 기본", "en": "Rule default"},
    "cep_groups.never": {"ko": "없음", "en": "Never"},
    "cep_groups.empty": {
        "ko": "알림 그룹이 없습니다. 경보가 발생하면 여기에 묶여 나타납니다.",
        "en": "No notification groups. Firing alerts appear here grouped.",
    },
    "cep_groups.load_failed": {"ko": "알림 그룹을 불러오지 못했습니다", "en": "Could not load groups"},
    "cep_groups.matcher": {"ko": "레이블 조건 (예: ci=db-01)", "en": "Label matcher (e.g. ci=db-01)"},
    "errors.cep_group_not_found": {
        "ko": "알림 그룹 {id}이(가) 없습니다",
        "en": "Notification group {id} not found",
    },
    "errors.cep_group_bad_matcher": {
        "ko": "label: '이름=값' 또는 '이름=~정규식' 형식이어야 합니다",
        "en": "label: use name=value, name!=value, name=~regex or name!~regex",
    },
}

"""Korean and English strings of the notification groups view and its REST errors."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "cep_groups.tab_alerts": {"ko": "경보", "en": "Alerts"},
    "cep_groups.tab_groups": {"ko": "알림 그룹", "en": "Groups"},
    "cep_groups.title": {"ko": "알림 그룹", "en": "Notification groups"},
    "cep_groups.hint": {
        "ko": "group_by 레이블 값이 같은 경보는 한 메시지로 묶여 나갑니다. 채널에 묶기 설정이 있으면 "
        "그 채널로 알리는 모든 규칙의 경보가 함께 묶입니다. 그룹을 누르면 상세가 열립니다.",
        "en": "Alerts sharing the values of the group_by labels go out in one message. A channel with its "
        "own grouping gathers the alerts of every rule that notifies it. Open a group for its details.",
    },
    "cep_groups.channel_group": {"ko": "채널 그룹", "en": "Channel group"},
    "cep_groups.detail_title": {"ko": "알림 그룹", "en": "Notification group"},
    "cep_groups.detail_hint": {
        "ko": "이 그룹의 타이머, 마지막·다음 알림, 그리고 묶인 경보입니다.",
        "en": "This group's timers, its last and next message, and the alerts it holds.",
    },
    "cep_groups.group_by": {"ko": "묶는 레이블", "en": "Group by"},
    "cep_groups.timers": {"ko": "대기 · 간격 · 반복", "en": "Wait · interval · repeat"},
    "cep_groups.timers_hint": {
        "ko": "대기: 첫 메시지 전 모으는 시간 · 간격: 변경을 보내는 최소 간격 · 반복: 변화가 없을 때 다시 보내는 주기",
        "en": "Wait: collected before the first message · interval: least time between updates · "
        "repeat: re-sent while nothing changes",
    },
    "cep_groups.last_message": {"ko": "마지막 메시지 내용", "en": "Last message"},
    "cep_groups.last_message_counts": {
        "ko": "발생 {firing}건, 해소 {resolved}건",
        "en": "{firing} firing, {resolved} resolved",
    },
    "cep_groups.close": {"ko": "닫기", "en": "Close"},
    "cep_groups.members": {"ko": "묶인 경보", "en": "Alerts in this group"},
    "cep_groups.member_rule": {"ko": "규칙 (경보 보기)", "en": "Rule (open alert)"},
    "cep_groups.no_members": {
        "ko": "이 그룹에 남은 경보가 없습니다.",
        "en": "No alerts are left in this group.",
    },
    "cep_groups.rule": {"ko": "규칙 / 채널", "en": "Rule / channel"},
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

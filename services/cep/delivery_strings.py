"""CEP delivery UI and error strings (Korean and English)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "nav.cep_channels": {"ko": "알림 채널", "en": "Channels"},
    "nav.cep_notifications": {"ko": "알림 기록", "en": "Notifications"},
    "errors.cep_channel_unknown": {"ko": "알 수 없는 채널: {id}", "en": "Unknown channel: {id}"},
    "errors.cep_channel_name_taken": {
        "ko": "같은 이름의 채널이 이미 있습니다",
        "en": "A channel with this name exists",
    },
    "errors.cep_template_invalid": {
        "ko": "템플릿 오류 ({field}): {problem}",
        "en": "Template error ({field}): {problem}",
    },
    "errors.cep_action_unknown": {"ko": "알 수 없는 동작 종류: {kind}", "en": "Unknown action kind: {kind}"},
    "errors.cep_notification_unknown": {"ko": "알 수 없는 알림: {id}", "en": "Unknown notification: {id}"},
    "errors.cep_notification_not_replayable": {
        "ko": "상태가 '{status}'인 알림은 재전송할 수 없습니다 (배달 불능만 가능)",
        "en": "A notification that is '{status}' cannot be replayed (dead letters only)",
    },
}

STRINGS.update(
    {
        "cep.channels_title": {"ko": "알림 채널", "en": "Notification channels"},
        "cep.notifications_title": {"ko": "알림 기록", "en": "Notification log"},
        "cep.channels_intro": {
            "ko": "경보를 받을 곳입니다. 비밀 값(웹훅 URL, 비밀번호, 서명 키)은 암호화되어 저장되고 다시 표시되지 않습니다.",
            "en": "Where alerts go. Secrets (webhook URLs, passwords, signing keys) are stored encrypted and never shown again.",
        },
        "cep.new_channel": {"ko": "새 채널", "en": "New channel"},
        "cep.edit_channel": {"ko": "채널 편집", "en": "Edit channel"},
        "cep.name": {"ko": "이름", "en": "Name"},
        "cep.kind": {"ko": "종류", "en": "Kind"},
        "cep.where": {"ko": "대상", "en": "Destination"},
        "cep.secrets": {"ko": "비밀 값", "en": "Secrets"},
        "cep.secret_keep": {
            "ko": "비워 두면 저장된 값을 유지합니다",
            "en": "Leave empty to keep the stored value",
        },
        "cep.config": {"ko": "설정 (JSON)", "en": "Settings (JSON)"},
        "cep.rate": {"ko": "분당 최대 전송", "en": "Max deliveries per minute"},
        "cep.enabled": {"ko": "사용", "en": "Enabled"},
        "cep.grouping": {"ko": "알림 묶기", "en": "Grouping"},
        "cep.grouping_per_rule": {"ko": "규칙별", "en": "Per rule"},
        "cep.grouping_on": {
            "ko": "이 채널에서 규칙을 넘어 경보 묶기",
            "en": "Group alerts across rules on this channel",
        },
        "cep.grouping_hint": {
            "ko": "켜면 이 채널로 알리는 모든 규칙의 경보 중 묶는 레이블 값이 같은 것이 한 메시지로 나갑니다 "
            "(Alertmanager의 수신자 경로). 규칙의 알림 동작에 자체 묶기 설정이 있으면 그 설정을 따릅니다.",
            "en": "On: alerts of every rule notifying this channel that share the group-by values go out in "
            "one message (Alertmanager's receiver route). A rule's notify action with its own grouping "
            "keeps it.",
        },
        "cep.grouping_group_by": {"ko": "묶는 레이블", "en": "Group by"},
        "cep.grouping_wait": {"ko": "대기(초)", "en": "Wait (s)"},
        "cep.grouping_interval": {"ko": "간격(초)", "en": "Interval (s)"},
        "cep.grouping_repeat": {"ko": "반복(초)", "en": "Repeat (s)"},
        "cep.state": {"ko": "상태", "en": "State"},
        "cep.ok": {"ko": "정상", "en": "OK"},
        "cep.broken": {"ko": "인증 실패", "en": "Broken"},
        "cep.disabled": {"ko": "사용 안 함", "en": "Disabled"},
        "cep.send_test": {"ko": "테스트 발송", "en": "Send test"},
        "cep.last_test": {"ko": "마지막 테스트", "en": "Last test"},
        "cep.delete": {"ko": "삭제", "en": "Delete"},
        "cep.edit": {"ko": "편집", "en": "Edit"},
        "cep.delete_confirm": {
            "ko": "이 채널을 삭제할까요? 비밀 값은 지워지고 전송 기록은 남습니다.",
            "en": "Delete this channel? Its secrets are erased; the delivery log keeps its name.",
        },
        "cep.no_channels": {
            "ko": "아직 채널이 없습니다. '새 채널'로 Slack, 이메일, SMS, 웹훅을 추가하세요.",
            "en": "No channels yet. Add Slack, e-mail, SMS or a webhook with 'New channel'.",
        },
        "cep.saved": {"ko": "채널을 저장했습니다", "en": "Channel saved"},
        "cep.deleted": {"ko": "채널을 삭제했습니다", "en": "Channel deleted"},
        "cep.test_ok": {"ko": "테스트 발송 성공 ({latency} ms)", "en": "Test sent ({latency} ms)"},
        "cep.test_failed": {"ko": "테스트 발송 실패: {problem}", "en": "Test failed: {problem}"},
        "cep.replayed": {"ko": "알림을 다시 보내도록 대기열에 넣었습니다", "en": "Notification queued again"},
        "cep.status": {"ko": "상태", "en": "Status"},
        "cep.id": {"ko": "번호", "en": "#"},
        "cep.status_all": {"ko": "전체", "en": "All"},
        "cep.status_pending": {"ko": "대기", "en": "Pending"},
        "cep.status_sending": {"ko": "전송 중", "en": "Sending"},
        "cep.status_delivered": {"ko": "전달됨", "en": "Delivered"},
        "cep.status_dead": {"ko": "배달 불능", "en": "Dead letter"},
        "cep.summary": {"ko": "내용", "en": "Alert"},
        "cep.action": {"ko": "동작", "en": "Action"},
        "cep.channel": {"ko": "채널", "en": "Channel"},
        "cep.attempts": {"ko": "시도", "en": "Attempts"},
        "cep.last_error": {"ko": "마지막 오류", "en": "Last error"},
        "cep.created": {"ko": "생성", "en": "Created"},
        "cep.next_attempt": {"ko": "다음 시도", "en": "Next attempt"},
        "cep.replay": {"ko": "재전송", "en": "Replay"},
        "cep.details": {"ko": "시도 기록", "en": "Attempts"},
        "cep.latency": {"ko": "지연", "en": "Latency"},
        "cep.response": {"ko": "응답", "en": "Response"},
        "cep.worker": {"ko": "작업자", "en": "Worker"},
        "cep.payload": {"ko": "경보 내용 (payload)", "en": "Alert payload"},
        "cep.load_more": {"ko": "더 보기", "en": "Load more"},
        "cep.refresh": {"ko": "새로 고침", "en": "Refresh"},
        "cep.no_notifications": {
            "ko": "이 조건에 맞는 알림이 없습니다.",
            "en": "No notifications match this filter.",
        },
        "cep.no_attempts": {"ko": "아직 시도하지 않았습니다.", "en": "Not attempted yet."},
    }
)

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

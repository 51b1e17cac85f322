"""Strings of the silences page and of muted alerts (Korean and English)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "nav.cep_silences": {"ko": "사일런스", "en": "Silences"},
    "cep.silences_title": {"ko": "사일런스", "en": "Silences"},
    "cep.silences_intro": {
        "ko": "레이블 매처에 맞는 경보의 알림을 정해진 시간 동안 보내지 않습니다. 경보 상태는 계속 바뀝니다.",
        "en": "Alerts whose labels match send no notification during the window; their state still changes.",
    },
    "cep.silence_show.active": {"ko": "활성·예정", "en": "Active & pending"},
    "cep.silence_show.expired": {"ko": "만료", "en": "Expired"},
    "cep.silence_show.all": {"ko": "전체", "en": "All"},
    "cep.silence_status.active": {"ko": "활성", "en": "Active"},
    "cep.silence_status.pending": {"ko": "예정", "en": "Pending"},
    "cep.silence_status.expired": {"ko": "만료", "en": "Expired"},
    "cep.no_silences": {"ko": "이 목록에 사일런스가 없습니다", "en": "No silences in this list"},
    "cep.new_silence": {"ko": "새 사일런스", "en": "New silence"},
    "cep.silence_matchers": {"ko": "매처", "en": "Matchers"},
    "cep.silence_matchers_help": {
        "ko": "모든 매처가 맞아야 합니다. =~, !~ 는 값 전체에 맞는 정규식입니다(256자 이내).",
        "en": "All matchers must match. =~ and !~ are regular expressions over the whole value (≤ 256 chars).",
    },
    "cep.add_matcher": {"ko": "매처 추가", "en": "Add matcher"},
    "cep.remove": {"ko": "삭제", "en": "Remove"},
    "cep.label_name": {"ko": "레이블", "en": "Label"},
    "cep.label_value": {"ko": "값", "en": "Value"},
    "cep.starts_at": {"ko": "시작", "en": "Starts"},
    "cep.ends_at": {"ko": "종료", "en": "Ends"},
    "cep.time_zone_note": {"ko": "시각은 {tz} 기준입니다", "en": "Times are in {tz}"},
    "cep.comment": {"ko": "메모", "en": "Comment"},
    "cep.author": {"ko": "작성자", "en": "Author"},
    "cep.create": {"ko": "만들기", "en": "Create"},
    "cep.expire": {"ko": "만료시키기", "en": "Expire"},
    "cep.expire_confirm": {
        "ko": "이 사일런스를 지금 끝낼까요? 맞는 경보의 알림이 다시 나갑니다.",
        "en": "End this silence now? Matching alerts will notify again.",
    },
    "cep.silence_created": {"ko": "사일런스를 만들었습니다", "en": "Silence created"},
    "cep.silence_expired": {"ko": "사일런스를 만료시켰습니다", "en": "Silence expired"},
    "cep.silence_prefilled": {
        "ko": "경보 #{id}의 레이블로 채웠습니다",
        "en": "Filled in from the labels of alert #{id}",
    },
    "errors.cep_silence_time": {
        "ko": "{field}: 날짜와 시각을 입력하세요",
        "en": "{field}: enter a date and time",
    },
    "cep.silence_action": {"ko": "사일런스", "en": "Silence"},
    "cep.inhibited_by": {"ko": "억제됨: {rule}", "en": "Inhibited by {rule}"},
    "cep.col.status": {"ko": "상태", "en": "Status"},
    "cep.col.window": {"ko": "기간", "en": "Window"},
}

"""UI and error strings of the on-call features (follow-ups, unclear answers), Korean and English."""

STRINGS = {
    "ops.unclear": {
        "ko": "이 질문에는 물은 그대로 답할 수 없었습니다. 아래 설명을 보고 다시 물어보세요.",
        "en": "This question could not be answered as asked: see why below, then try one of these.",
    },
    "ops.suggestions": {"ko": "이렇게 물어보시겠어요?", "en": "Did you mean:"},
    "errors.ops.bad_conversation_id": {
        "ko": "대화 ID(conversation_id)는 영문자, 숫자, '-', '_'로 된 1~64자여야 합니다",
        "en": "conversation_id must be 1-64 letters, digits, '-' or '_'",
    },
}

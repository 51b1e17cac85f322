"""What each trace RCA failure class means, what to do about it, and its label (Korean and English)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FailureClass:
    """What a class of failure means and what to do about it, in both languages."""

    key: str
    cause: dict[str, str]
    action: dict[str, str]


CLASSES: dict[str, FailureClass] = {
    c.key: c
    for c in (
        FailureClass(
            "statement_timeout",
            {
                "ko": "쿼리가 정책의 statement timeout을 넘겨 취소되었습니다",
                "en": "a query ran past the policy's statement timeout and was cancelled",
            },
            {
                "ko": "질문의 기간을 줄이거나 ops.policy의 timeout_ms를 검토하고, 느린 쿼리의 인덱스를 확인하세요",
                "en": "narrow the question's window or review timeout_ms in ops.policy; check indexes behind the slow query",
            },
        ),
        FailureClass(
            "db_connection",
            {
                "ko": "데이터베이스(또는 그래프 저장소)에 연결할 수 없었습니다",
                "en": "the database (or graph store) could not be reached",
            },
            {
                "ko": "DB 서버 상태와 연결 설정(SPA_DATABASE_URL / SPA_NEO4J_URI), 연결 수 한도를 확인하세요",
                "en": "check the database server, its connection settings (SPA_DATABASE_URL / SPA_NEO4J_URI) and connection limits",
            },
        ),
        FailureClass(
            "memory",
            {"ko": "메모리가 부족했습니다", "en": "the process or database ran out of memory"},
            {
                "ko": "호스트 메모리와 질문이 읽는 행 수(max_rows)를 확인하세요",
                "en": "check host memory and how many rows the question reads (max_rows)",
            },
        ),
        FailureClass(
            "permission",
            {
                "ko": "요청자에게 필요한 권한이 없었습니다",
                "en": "the caller lacked a permission the plan needs",
            },
            {
                "ko": "사용자 역할 또는 ops.policy의 allowed_tools를 확인하세요",
                "en": "review the user's role or allowed_tools in ops.policy",
            },
        ),
        FailureClass(
            "llm_provider",
            {
                "ko": "LLM 제공자 호출이 실패하여 규칙 플래너로 대체되었거나 중단되었습니다",
                "en": "the LLM provider call failed (the run fell back to the rules planner or stopped)",
            },
            {
                "ko": "SPA_LLM_MODEL, 제공자 키, 요청 한도와 제공자 상태를 확인하세요",
                "en": "check SPA_LLM_MODEL, the provider key, rate limits and the provider's status",
            },
        ),
        FailureClass(
            "validation",
            {"ko": "계획이 검증을 통과하지 못했습니다", "en": "the plan failed validation"},
            {
                "ko": "계획의 인자(CI, 메트릭, 기간)를 확인하고 질문을 더 구체적으로 바꿔 보세요",
                "en": "check the plan's arguments (CI, metric, window) and rephrase the question more precisely",
            },
        ),
        FailureClass(
            "empty_data",
            {
                "ko": "요청한 대상이나 기간에 데이터가 없었습니다",
                "en": "there was no data for the asked target or window",
            },
            {
                "ko": "CI 이름과 기간을 확인하고 메트릭 수집이 동작하는지 보세요",
                "en": "check the CI name and window, and whether metrics are being collected",
            },
        ),
        FailureClass(
            "tool_error",
            {"ko": "도구 실행 중 오류가 발생했습니다", "en": "a tool failed while executing the plan"},
            {
                "ko": "추적의 실행 단계 오류와 도구 인자를 확인하세요 (버그일 수 있습니다)",
                "en": "read the execute span's error and the tool's arguments (this may be a bug)",
            },
        ),
        FailureClass(
            "slow_stage",
            {
                "ko": "오류는 없었지만 한 단계가 평소보다 오래 걸렸습니다",
                "en": "nothing failed, but one stage took much longer than usual",
            },
            {
                "ko": "해당 단계의 쿼리와 호스트 부하를 확인하세요",
                "en": "look at that stage's queries and the host's load",
            },
        ),
        FailureClass(
            "internal",
            {"ko": "분류되지 않은 내부 오류입니다", "en": "an unclassified internal error"},
            {"ko": "오류 메시지와 서버 로그를 확인하세요", "en": "read the error message and the server log"},
        ),
    )
}

LABELS: dict[str, dict[str, str]] = {
    "statement_timeout": {"ko": "쿼리 시간 초과", "en": "Statement timeout"},
    "db_connection": {"ko": "DB 연결", "en": "Database connection"},
    "memory": {"ko": "메모리", "en": "Memory"},
    "permission": {"ko": "권한", "en": "Permission"},
    "llm_provider": {"ko": "LLM 제공자", "en": "LLM provider"},
    "validation": {"ko": "검증", "en": "Validation"},
    "empty_data": {"ko": "데이터 없음", "en": "Empty data"},
    "tool_error": {"ko": "도구 오류", "en": "Tool error"},
    "slow_stage": {"ko": "느린 단계", "en": "Slow stage"},
    "internal": {"ko": "내부 오류", "en": "Internal error"},
}

"""UI strings of trace RCA, Regression Watch and the OPS overview (Korean and English)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "traces.failed_only": {"ko": "실패·지연만", "en": "Failed or slow only"},
    "traces.none_failed": {"ko": "실패하거나 느린 실행이 없습니다.", "en": "No failed or slow runs."},
    "traces.rca_title": {"ko": "실패 원인 분석", "en": "Failure analysis"},
    "traces.analyse": {"ko": "분석", "en": "Analyse"},
    "traces.rca_hint": {
        "ko": "'분석'을 누르면 실패하거나 느린 단계의 원인 후보를 근거와 함께 보여 줍니다.",
        "en": "Press 'Analyse' for ranked causes of a failed or slow stage, with evidence.",
    },
    "traces.rca_none": {
        "ko": "이 실행에서는 실패나 지연을 찾지 못했습니다.",
        "en": "Nothing failed or was slow in this run.",
    },
    "dash.ops_failed_24h": {"ko": "실패한 질문 (24시간)", "en": "Failed questions (24 h)"},
    "errors.golden_not_found": {
        "ko": "골든 질의를 찾을 수 없습니다: {key}",
        "en": "Golden query not found: {key}",
    },
    "errors.watch_run_not_found": {
        "ko": "회귀 실행을 찾을 수 없습니다: {id}",
        "en": "Regression run not found: {id}",
    },
    "errors.watch_result_not_found": {
        "ko": "실행 결과를 찾을 수 없습니다: {id}",
        "en": "Run result not found: {id}",
    },
    "errors.kpi_window": {
        "ko": "기간은 {allowed} 중 하나여야 합니다",
        "en": "The window must be one of {allowed}",
    },
}

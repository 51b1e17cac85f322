"""API MANAGER UI and error strings (Korean and English)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "nav.apis": {"ko": "API 관리", "en": "API Manager"},
    "dash.apis": {"ko": "API", "en": "APIs"},
    "errors.api_not_found": {"ko": "API를 찾을 수 없습니다: {id}", "en": "API not found: {id}"},
    "errors.api_version_not_found": {
        "ko": "버전 {version}이(가) 없습니다",
        "en": "There is no version {version}",
    },
    "errors.api_not_published": {
        "ko": "'{slug}'에 게시된 버전이 없습니다",
        "en": "'{slug}' has no published version",
    },
    "errors.api_slug_taken": {
        "ko": "슬러그 '{slug}'는 이미 사용 중입니다",
        "en": "The slug '{slug}' is taken",
    },
    "errors.api_bad_schema": {"ko": "파라미터 스키마 오류: {problem}", "en": "Parameter schema: {problem}"},
    "errors.api_bad_roles": {"ko": "알 수 없는 역할이 있습니다", "en": "Unknown roles"},
    "errors.api_bad_scopes": {"ko": "알 수 없는 스코프가 있습니다", "en": "Unknown scopes"},
    "errors.api_not_publishable": {"ko": "게시할 수 없습니다: {problem}", "en": "Cannot publish: {problem}"},
    "errors.api_param_invalid": {"ko": "파라미터 오류: {problem}", "en": "Parameter error: {problem}"},
    "errors.api_role_denied": {
        "ko": "'{role}' 역할은 이 API를 호출할 수 없습니다",
        "en": "Role '{role}' may not call this API",
    },
    "errors.api_rate_limited": {
        "ko": "호출 한도(분당 {limit}회)를 넘었습니다",
        "en": "Rate limit of {limit} calls per minute exceeded",
    },
    "errors.api_not_sql": {"ko": "SQL API가 아닙니다", "en": "This API's logic is not SQL"},
}

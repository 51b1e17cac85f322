"""UI and message strings in Korean and English; the one place the UI reads text from."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("ko", "en")
DEFAULT_LANGUAGE = "ko"

STRINGS: dict[str, dict[str, str]] = {
    "app.name": {"ko": "SPA AI", "en": "SPA AI"},
    "app.tagline": {"ko": "인프라 운영 지원 플랫폼", "en": "Operations support for infrastructure teams"},
    "nav.dashboard": {"ko": "대시보드", "en": "Dashboard"},
    "nav.admin": {"ko": "관리", "en": "Admin"},
    "nav.infra": {"ko": "인프라", "en": "Infrastructure"},
    "login.title": {"ko": "로그인", "en": "Sign in"},
    "login.username": {"ko": "사용자 이름", "en": "Username"},
    "login.password": {"ko": "비밀번호", "en": "Password"},
    "login.submit": {"ko": "로그인", "en": "Sign in"},
    "login.failed": {
        "ko": "사용자 이름 또는 비밀번호가 올바르지 않습니다.",
        "en": "Invalid username or password.",
    },
    "login.locked": {
        "ko": "로그인 실패가 너무 많습니다. 15분 후에 다시 시도하세요.",
        "en": "Too many failed sign-ins. Try again in 15 minutes.",
    },
    "login.required": {"ko": "사용자 이름과 비밀번호를 입력하세요.", "en": "Enter a username and password."},
    "menu.logout": {"ko": "로그아웃", "en": "Sign out"},
    "menu.language": {"ko": "English", "en": "한국어"},
    "menu.theme": {"ko": "테마 전환", "en": "Toggle theme"},
    "common.loading": {"ko": "불러오는 중…", "en": "Loading…"},
    "common.error": {"ko": "오류가 발생했습니다", "en": "Something went wrong"},
    "common.retry": {"ko": "다시 시도", "en": "Retry"},
    "common.empty": {"ko": "데이터가 없습니다", "en": "Nothing here yet"},
    "common.save": {"ko": "저장", "en": "Save"},
    "common.cancel": {"ko": "취소", "en": "Cancel"},
    "common.search": {"ko": "검색", "en": "Search"},
    "common.forbidden": {
        "ko": "이 작업에 대한 권한이 없습니다.",
        "en": "You do not have permission for this.",
    },
    "common.session_expired": {
        "ko": "세션이 만료되었습니다. 다시 로그인하세요.",
        "en": "Your session expired. Please sign in again.",
    },
    "dash.title": {"ko": "시스템 현황", "en": "System overview"},
    "dash.health": {"ko": "상태", "en": "Health"},
    "dash.database": {"ko": "데이터베이스", "en": "Database"},
    "dash.version": {"ko": "버전", "en": "Version"},
    "dash.uptime": {"ko": "가동 시간", "en": "Uptime"},
    "dash.ok": {"ko": "정상", "en": "OK"},
    "dash.down": {"ko": "장애", "en": "Down"},
    "dash.users": {"ko": "사용자", "en": "Users"},
    "dash.api_keys": {"ko": "API 키", "en": "API keys"},
    "dash.audit_entries": {"ko": "감사 기록", "en": "Audit entries"},
    "dash.recent_activity": {"ko": "최근 활동", "en": "Recent activity"},
    "admin.title": {"ko": "관리", "en": "Administration"},
    "admin.users": {"ko": "사용자", "en": "Users"},
    "admin.api_keys": {"ko": "API 키", "en": "API keys"},
    "admin.audit": {"ko": "감사 로그", "en": "Audit log"},
    "admin.new_user": {"ko": "사용자 추가", "en": "Add user"},
    "admin.role": {"ko": "역할", "en": "Role"},
    "admin.active": {"ko": "활성", "en": "Active"},
    "admin.inactive": {"ko": "비활성", "en": "Inactive"},
    "admin.deactivate": {"ko": "비활성화", "en": "Deactivate"},
    "admin.activate": {"ko": "활성화", "en": "Activate"},
    "admin.display_name": {"ko": "표시 이름", "en": "Display name"},
    "admin.user_created": {"ko": "사용자를 만들었습니다.", "en": "User created."},
    "admin.user_updated": {"ko": "사용자를 변경했습니다.", "en": "User updated."},
    "admin.key_name": {"ko": "키 이름", "en": "Key name"},
    "admin.scopes": {"ko": "권한 범위", "en": "Scopes"},
    "admin.expires_days": {"ko": "만료(일, 비우면 없음)", "en": "Expires in days (blank: never)"},
    "admin.new_key": {"ko": "API 키 발급", "en": "Create API key"},
    "admin.key_secret_once": {
        "ko": "이 키는 지금 한 번만 표시됩니다. 안전한 곳에 보관하세요.",
        "en": "This key is shown only once. Store it somewhere safe.",
    },
    "admin.revoke": {"ko": "폐기", "en": "Revoke"},
    "admin.revoked": {"ko": "폐기됨", "en": "Revoked"},
    "admin.actor": {"ko": "행위자", "en": "Actor"},
    "admin.action": {"ko": "작업", "en": "Action"},
    "admin.entity": {"ko": "대상", "en": "Entity"},
    "admin.time": {"ko": "시각", "en": "Time"},
    "admin.owner": {"ko": "소유자", "en": "Owner"},
    "admin.expires": {"ko": "만료", "en": "Expires"},
    "admin.status": {"ko": "상태", "en": "Status"},
    "infra.title": {"ko": "인프라 구성", "en": "Infrastructure"},
    "infra.search_placeholder": {"ko": "CI 이름 검색", "en": "Search CI name"},
    "infra.name": {"ko": "이름", "en": "Name"},
    "infra.type": {"ko": "유형", "en": "Type"},
    "infra.environment": {"ko": "환경", "en": "Environment"},
    "infra.status": {"ko": "상태", "en": "Status"},
    "infra.owner": {"ko": "담당 팀", "en": "Owner"},
    "infra.location": {"ko": "위치", "en": "Location"},
    "infra.all": {"ko": "전체", "en": "All"},
    "infra.reset": {"ko": "초기화", "en": "Reset"},
    "infra.prev": {"ko": "이전", "en": "Previous"},
    "infra.next": {"ko": "다음", "en": "Next"},
    "infra.back": {"ko": "CI 목록", "en": "All CIs"},
    "infra.attributes": {"ko": "속성", "en": "Attributes"},
    "infra.metrics": {"ko": "메트릭", "en": "Metrics"},
    "infra.until": {"ko": "기준 시각", "en": "Until"},
    "infra.no_metrics": {"ko": "이 기간에 메트릭이 없습니다", "en": "No metrics in this period"},
    "infra.events": {"ko": "최근 이벤트", "en": "Recent events"},
    "infra.severity": {"ko": "심각도", "en": "Severity"},
    "infra.event_type": {"ko": "유형", "en": "Type"},
    "infra.message": {"ko": "내용", "en": "Message"},
    "infra.graph": {"ko": "의존성 그래프", "en": "Dependency graph"},
    "infra.both": {"ko": "양방향", "en": "Both directions"},
    "infra.upstream": {"ko": "상위 (이 CI에 의존)", "en": "Upstream (depend on it)"},
    "infra.downstream": {"ko": "하위 (이 CI가 의존)", "en": "Downstream (it depends on)"},
    "infra.depth": {"ko": "깊이", "en": "Depth"},
    "infra.truncated": {"ko": "일부만 표시", "en": "Truncated"},
    "infra.graph_hint": {
        "ko": "노드를 클릭하면 해당 CI로 이동합니다. 휠로 확대, 드래그로 이동합니다.",
        "en": "Click a node to open that CI. Scroll to zoom, drag to pan.",
    },
    "infra.not_found": {"ko": "CI를 찾을 수 없습니다.", "en": "No such CI."},
}


def translate(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The string `key` in `lang` (falling back to English, then the key), formatted with params."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry.get("en") or key
    return text.format(**params) if params else text


def table(lang: str) -> dict[str, str]:
    """All strings of one language, for the UI to index by key."""
    return {key: translate(key, lang) for key in STRINGS}

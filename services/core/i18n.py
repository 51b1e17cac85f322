"""UI and message strings in Korean and English; the one place the UI reads text from."""

from __future__ import annotations

from services.core.errors import DomainError

LANGUAGES: tuple[str, ...] = ("ko", "en")
DEFAULT_LANGUAGE = "ko"

STRINGS: dict[str, dict[str, str]] = {
    "app.name": {"ko": "SPA AI", "en": "SPA AI"},
    "app.tagline": {"ko": "인프라 운영 지원 플랫폼", "en": "Operations support for infrastructure teams"},
    "nav.dashboard": {"ko": "대시보드", "en": "Dashboard"},
    "nav.ops": {"ko": "운영 질의", "en": "Ask OPS"},
    "nav.traces": {"ko": "실행 추적", "en": "Traces"},
    "nav.admin": {"ko": "관리", "en": "Admin"},
    "nav.assets": {"ko": "에셋", "en": "Assets"},
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
    "account.change": {"ko": "비밀번호 변경", "en": "Change password"},
    "account.current": {"ko": "현재 비밀번호", "en": "Current password"},
    "account.new": {"ko": "새 비밀번호", "en": "New password"},
    "account.confirm": {"ko": "새 비밀번호 확인", "en": "New password again"},
    "account.rules": {
        "ko": "10자 이상. 바꾸면 다른 곳의 로그인은 모두 끝납니다.",
        "en": "At least 10 characters. Changing it signs you out everywhere else.",
    },
    "account.fill_all": {"ko": "모든 칸을 채우세요.", "en": "Fill in every field."},
    "account.mismatch": {
        "ko": "새 비밀번호와 확인이 서로 다릅니다.",
        "en": "The new password and its repetition differ.",
    },
    "account.changed": {"ko": "비밀번호를 변경했습니다.", "en": "Password changed."},
    "account.dialog_hint": {
        "ko": "현재 비밀번호를 확인한 뒤 새 비밀번호로 바꿉니다.",
        "en": "Confirm your current password, then choose a new one.",
    },
    "account.must_change": {
        "ko": "계속하기 전에 자신의 비밀번호를 정하세요. 지금 비밀번호는 관리자가 정한 것입니다(초기화 또는 첫 로그인).",
        "en": "Choose your own password before you continue: the current one was set by an administrator "
        "(a reset or the first sign-in).",
    },
    "common.loading": {"ko": "불러오는 중…", "en": "Loading…"},
    "common.error": {"ko": "오류가 발생했습니다", "en": "Something went wrong"},
    "common.retry": {"ko": "다시 시도", "en": "Retry"},
    "common.empty": {"ko": "데이터가 없습니다", "en": "Nothing here yet"},
    "common.save": {"ko": "저장", "en": "Save"},
    "common.cancel": {"ko": "취소", "en": "Cancel"},
    "common.search": {"ko": "검색", "en": "Search"},
    "errors.validation_failed": {"ko": "입력값이 올바르지 않습니다", "en": "Invalid input"},
    "errors.forbidden": {"ko": "권한이 없습니다", "en": "Not allowed"},
    "errors.not_found": {"ko": "찾을 수 없습니다", "en": "Not found"},
    "errors.conflict": {"ko": "이미 존재하거나 충돌합니다", "en": "Conflict"},
    "errors.unauthorized": {"ko": "인증이 필요합니다", "en": "Sign-in required"},
    "errors.locked": {"ko": "잠시 후 다시 시도하세요", "en": "Try again later"},
    "errors.file_too_large": {
        "ko": "'{name}' 파일이 {limit}보다 큽니다",
        "en": "'{name}' is larger than {limit}",
    },
    "errors.invalid_cursor": {"ko": "페이지 위치(cursor)가 올바르지 않습니다", "en": "Invalid page cursor"},
    "errors.permission_required": {
        "ko": "이 작업에는 '{permission}' 권한이 필요합니다",
        "en": "This needs the '{permission}' permission",
    },
    "errors.session_expired": {
        "ko": "세션이 만료되었거나 로그아웃되었습니다. 다시 로그인하세요",
        "en": "Your session expired or was signed out. Please sign in again",
    },
    "errors.user_disabled": {"ko": "비활성화된 사용자입니다", "en": "This user is disabled"},
    "errors.job_unknown": {"ko": "작업을 찾을 수 없습니다", "en": "No such job"},
    "errors.job_not_yours": {
        "ko": "작업을 만든 사용자나 감사 권한이 있는 사용자만 볼 수 있습니다",
        "en": "Only the job's owner or an auditor may see it",
    },
    "errors.asset_unknown": {"ko": "'{name}' 에셋이 없습니다", "en": "No asset named '{name}'"},
    "errors.asset_version_unknown": {
        "ko": "'{name}' 에셋에 버전 {version}이(가) 없습니다",
        "en": "Asset '{name}' has no version {version}",
    },
    "errors.asset_already_published": {
        "ko": "버전 {version}은(는) 이미 게시되었습니다",
        "en": "Version {version} is already published",
    },
    "errors.asset_archived": {
        "ko": "버전 {version}은(는) 보관되었습니다. 롤백으로 다시 게시하세요",
        "en": "Version {version} is archived; roll back to publish it again",
    },
    "errors.asset_invalid_content": {
        "ko": "에셋 내용이 올바르지 않습니다: {problem}",
        "en": "Invalid asset content: {problem}",
    },
    "errors.setting_invalid": {
        "ko": "설정 '{key}' 값이 올바르지 않습니다 ({problem})",
        "en": "Setting '{key}' {problem}",
    },
    "errors.setting_unknown": {"ko": "알 수 없는 설정입니다: '{key}'", "en": "Unknown setting '{key}'"},
    "errors.ci_unknown": {"ko": "'{name}' CI가 없습니다", "en": "No CI named '{name}'"},
    "errors.internal": {
        "ko": "처리 중 오류가 발생했습니다. 잠시 후 다시 시도하세요.",
        "en": "Something went wrong. Please try again.",
    },
    "common.not_found": {"ko": "페이지를 찾을 수 없습니다.", "en": "This page does not exist."},
    "common.go_home": {"ko": "대시보드로 돌아가기", "en": "Back to the dashboard"},
    "common.confirm": {"ko": "확인", "en": "Confirm"},
    "common.are_you_sure": {"ko": "계속하시겠습니까?", "en": "Are you sure?"},
    "common.menu": {"ko": "메뉴", "en": "Menu"},
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
    "dash.cis": {"ko": "구성 항목(CI)", "en": "Configuration items"},
    "dash.events_24h": {"ko": "24시간 이벤트", "en": "Events (24 h)"},
    "dash.ops_questions": {"ko": "OPS 질문", "en": "OPS questions"},
    "dash.recent_activity": {"ko": "최근 활동", "en": "Recent activity"},
    "ops.title": {"ko": "운영 질의", "en": "Ask OPS"},
    "ops.placeholder": {
        "ko": "인프라에 대해 질문하세요 (예: orders-db에 의존하는 서비스는?)",
        "en": "Ask about your infrastructure (e.g. What depends on orders-db?)",
    },
    "ops.send": {"ko": "질문", "en": "Ask"},
    "ops.welcome": {"ko": "무엇이든 물어보세요", "en": "Ask me anything about your estate"},
    "ops.welcome_hint": {
        "ko": "메트릭 값과 추이, 상위 N개, 구성 정보, 의존 관계와 장애 영향, 이벤트, 원인 분석을 답합니다. "
        "예시를 눌러 보세요.",
        "en": "Metric values and trends, top-N, configuration, dependencies and impact, events and root "
        "causes. Try an example:",
    },
    "ops.history": {"ko": "최근 질문", "en": "Recent questions"},
    "ops.history_empty": {"ko": "아직 질문이 없습니다", "en": "No questions yet"},
    "ops.reask": {"ko": "다시 질문", "en": "Ask again"},
    "ops.new_chat": {"ko": "새 대화", "en": "New chat"},
    "ops.running": {"ko": "답변을 만드는 중…", "en": "Working on the answer…"},
    "ops.busy": {"ko": "이전 질문을 처리하는 중입니다.", "en": "Still answering the previous question."},
    "ops.too_long": {
        "ko": "질문이 너무 깁니다 (최대 2000자).",
        "en": "The question is too long (2000 characters max).",
    },
    "ops.failed": {"ko": "답변 중 오류가 발생했습니다.", "en": "Answering failed."},
    "ops.copy": {"ko": "답변 복사", "en": "Copy answer"},
    "ops.copied": {"ko": "답변을 복사했습니다.", "en": "Answer copied."},
    "ops.export": {"ko": "JSON 내보내기", "en": "Export JSON"},
    "ops.trace": {"ko": "추적", "en": "Trace"},
    "ops.from_history": {"ko": "저장된 답변", "en": "Stored answer"},
    "ops.rejected": {"ko": "요청을 수행할 수 없습니다.", "en": "This request was refused."},
    "ops.error": {"ko": "답변 중 오류가 발생했습니다.", "en": "The answer failed."},
    "ops.show_plan": {"ko": "실행 계획 보기", "en": "Show plan"},
    "ops.hypotheses": {"ko": "원인 후보 (점수순)", "en": "Likely causes (ranked)"},
    "ops.reference": {"ko": "실행한 쿼리", "en": "Query run"},
    "ops.rows": {"ko": "행", "en": "rows"},
    "ops.show_more": {"ko": "더 보기", "en": "Show more"},
    "ops.rows_capped": {"ko": "처음 500행만 표시합니다", "en": "Only the first 500 rows are kept"},
    "ops.stage.route_plan": {"ko": "계획", "en": "Plan"},
    "ops.stage.validate": {"ko": "검증", "en": "Validate"},
    "ops.stage.execute": {"ko": "실행", "en": "Execute"},
    "ops.stage.compose": {"ko": "구성", "en": "Compose"},
    "ops.stage.present": {"ko": "표시", "en": "Present"},
    "ops.stages_unit": {"ko": "단계", "en": " stages"},
    "ops.refused_short": {"ko": "· 거절됨", "en": "· refused"},
    "traces.title": {"ko": "실행 추적", "en": "Traces"},
    "traces.mine": {"ko": "내 추적", "en": "Mine"},
    "traces.everyone": {"ko": "전체 사용자", "en": "Everyone"},
    "traces.time": {"ko": "시각", "en": "Time"},
    "traces.user": {"ko": "사용자", "en": "User"},
    "traces.question": {"ko": "질문", "en": "Question"},
    "traces.route": {"ko": "경로", "en": "Route"},
    "traces.planner": {"ko": "플래너", "en": "Planner"},
    "traces.status": {"ko": "상태", "en": "Status"},
    "traces.duration": {"ko": "소요 시간", "en": "Duration"},
    "traces.id": {"ko": "추적 ID", "en": "Trace ID"},
    "traces.timeline": {"ko": "단계별 타임라인", "en": "Stage timeline"},
    "traces.input": {"ko": "입력", "en": "Input"},
    "traces.output": {"ko": "출력", "en": "Output"},
    "traces.plan": {"ko": "실행 계획", "en": "Plan"},
    "traces.answer": {"ko": "답변", "en": "Answer"},
    "traces.answer_json": {"ko": "답변 객체 (JSON)", "en": "Answer object (JSON)"},
    "traces.back": {"ko": "추적 목록", "en": "All traces"},
    "traces.back_chat": {"ko": "운영 질의로", "en": "Back to chat"},
    "traces.not_found": {"ko": "추적을 찾을 수 없습니다.", "en": "No such trace."},
    "traces.none_mine": {
        "ko": "아직 추적이 없습니다. 운영 질의에서 질문할 때마다 여기에 하나씩 남습니다.",
        "en": "No traces yet: every question you ask in Ask OPS leaves one here.",
    },
    "traces.none_anyone": {
        "ko": "아직 아무도 질문하지 않았습니다.",
        "en": "Nobody has asked a question yet.",
    },
    "traces.no_answer": {
        "ko": "이 추적에는 저장된 답변이 없습니다.",
        "en": "This trace has no stored answer.",
    },
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
    "admin.you": {"ko": "나", "en": "you"},
    "admin.not_yourself": {
        "ko": "자신의 역할을 바꾸거나 자신을 비활성화할 수 없습니다.",
        "en": "You cannot change your own role or deactivate yourself.",
    },
    "admin.expiry_invalid": {
        "ko": "만료 일수는 1에서 {max} 사이의 정수여야 합니다.",
        "en": "Expiry must be a whole number of days from 1 to {max}.",
    },
    "admin.key_revoked": {"ko": "API 키를 폐기했습니다.", "en": "API key revoked."},
    "admin.key_prefix": {"ko": "키 접두사", "en": "Key prefix"},
    "admin.never": {"ko": "없음", "en": "Never"},
    "admin.expired": {"ko": "만료됨", "en": "Expired"},
    "admin.change_role": {"ko": "역할 변경", "en": "Change role"},
    "admin.confirm_deactivate": {
        "ko": "{user} 사용자를 비활성화할까요? 더 이상 로그인하거나 API 키를 쓸 수 없습니다.",
        "en": "Deactivate {user}? They can no longer sign in or use their API keys.",
    },
    "admin.confirm_role": {
        "ko": "{user}의 역할을 {old}에서 {new}(으)로 바꿀까요? 권한이 즉시 바뀝니다.",
        "en": "Change the role of {user} from {old} to {new}? Their permissions change at once.",
    },
    "admin.confirm_revoke": {
        "ko": "API 키 '{key}'을(를) 폐기할까요? 이 키를 쓰는 클라이언트는 즉시 거부되며 되돌릴 수 없습니다.",
        "en": "Revoke the API key '{key}'? Clients using it are refused from now on; this cannot be undone.",
    },
    "admin.no_users": {"ko": "사용자가 없습니다.", "en": "No users yet."},
    "admin.no_user_match": {"ko": "검색어에 맞는 사용자가 없습니다.", "en": "No users match this search."},
    "admin.no_keys": {"ko": "발급된 API 키가 없습니다.", "en": "No API keys yet."},
    "admin.no_audit": {"ko": "감사 기록이 없습니다.", "en": "No audit entries yet."},
    "admin.older": {"ko": "이전 기록 더 보기", "en": "Older entries"},
    "admin.reset_password": {"ko": "비밀번호 초기화", "en": "Reset password"},
    "admin.confirm_reset": {
        "ko": "{user}에게 일회용 비밀번호를 발급할까요? 로그인 중인 세션은 모두 끝나고, 다음 로그인 때 새 비밀번호를 "
        "정해야 합니다.",
        "en": "Give {user} a one-time password? Their sessions end, and they must choose a new password at "
        "the next sign-in.",
    },
    "admin.one_time_password": {"ko": "일회용 비밀번호", "en": "One-time password"},
    "admin.one_time_hint": {
        "ko": "{user}에게 안전한 경로로 전달하세요. 지금만 표시되며 이 창을 닫으면 다시 볼 수 없습니다.",
        "en": "Pass it to {user} over a safe channel. It is shown only now: closing this dialog forgets it.",
    },
    "admin.unlock": {"ko": "잠금 해제", "en": "Unlock"},
    "admin.unlocked": {"ko": "{user}의 로그인 잠금을 해제했습니다.", "en": "Sign-in lock of {user} lifted."},
    "admin.locked": {"ko": "잠김", "en": "Locked"},
    "admin.must_change": {"ko": "비밀번호 변경 필요", "en": "Must change password"},
}


def add_strings(strings: dict[str, dict[str, str]]) -> None:
    """Add a domain's strings (from its `install`); a key may not be defined twice differently."""
    for key, entry in strings.items():
        if key in STRINGS and STRINGS[key] != entry:
            raise ValueError(f"i18n key {key!r} is defined twice with different texts")
        missing = [lang for lang in LANGUAGES if lang not in entry]
        if missing:
            raise ValueError(f"i18n key {key!r} has no text for {missing}")
        STRINGS[key] = entry


def translate(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """The string `key` in `lang` (falling back to English, then the key), formatted with params."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry.get("en") or key
    return text.format(**params) if params else text


def translate_error(exc: DomainError, lang: str) -> str:
    """A domain error in the user's language: its `errors.<key>` text with its params, else its message."""
    key = f"errors.{exc.key}"
    if exc.key and key in STRINGS:
        try:
            return translate(key, lang, **exc.params)
        except (KeyError, IndexError):
            pass
    generic = f"errors.{exc.code}"
    if lang == "en" or generic not in STRINGS:
        return exc.message
    return f"{translate(generic, lang)} ({exc.message})"


def table(lang: str) -> dict[str, str]:
    """All strings of one language, for the UI to index by key."""
    return {key: translate(key, lang) for key in STRINGS}

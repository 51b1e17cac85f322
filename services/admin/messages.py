"""The admin domain's UI strings: `errors.<key>` texts for its domain errors (installed by `install`)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "errors.password_too_short": {
        "ko": "비밀번호는 {min}자 이상이어야 합니다.",
        "en": "The password must have at least {min} characters.",
    },
    "errors.password_too_long": {
        "ko": "비밀번호는 {max}자 이하여야 합니다.",
        "en": "The password must have at most {max} characters.",
    },
    "errors.password_unchanged": {
        "ko": "새 비밀번호는 현재 비밀번호와 달라야 합니다.",
        "en": "The new password must differ from the current one.",
    },
    "errors.wrong_current_password": {
        "ko": "현재 비밀번호가 올바르지 않습니다.",
        "en": "The current password is wrong.",
    },
    "errors.password_change_required": {
        "ko": "계속하려면 먼저 비밀번호를 변경하세요.",
        "en": "Change your password before you continue.",
    },
    "errors.reset_own_password": {
        "ko": "자신의 비밀번호는 초기화할 수 없습니다. 비밀번호 변경을 사용하세요.",
        "en": "You cannot reset your own password; change it instead.",
    },
    "errors.invalid_credentials": {
        "ko": "사용자 이름 또는 비밀번호가 올바르지 않습니다.",
        "en": "Invalid username or password.",
    },
    "errors.sign_in_locked": {
        "ko": "로그인 실패가 너무 많습니다. {minutes}분 후에 다시 시도하세요.",
        "en": "Too many failed sign-ins. Try again in {minutes} minutes.",
    },
    "errors.sign_in_too_fast": {
        "ko": "로그인 시도가 너무 잦습니다. 잠시 후 다시 시도하세요.",
        "en": "Too many sign-in attempts. Wait a few seconds and try again.",
    },
    "errors.invalid_username": {
        "ko": "사용자 이름은 2~64자의 영문 소문자, 숫자, '.', '_', '-'만 쓸 수 있습니다.",
        "en": "Usernames have 2-64 characters: lowercase letters, digits, '.', '_', '-'.",
    },
    "errors.duplicate_username": {
        "ko": "사용자 '{username}'이(가) 이미 있습니다.",
        "en": "User '{username}' already exists.",
    },
    "errors.unknown_user": {
        "ko": "사용자 '{username}'을(를) 찾을 수 없습니다.",
        "en": "There is no user '{username}'.",
    },
    "errors.unknown_role": {
        "ko": "알 수 없는 역할 '{role}'입니다 ({roles} 중 하나).",
        "en": "Unknown role '{role}' (one of {roles}).",
    },
    "errors.unknown_locale": {
        "ko": "지원하지 않는 언어 '{locale}'입니다.",
        "en": "Unsupported language '{locale}'.",
    },
    "errors.invalid_email": {
        "ko": "이메일 주소에는 '@'가 있어야 합니다.",
        "en": "An e-mail address needs an '@'.",
    },
    "errors.email_too_long": {
        "ko": "이메일 주소는 {max}자 이하여야 합니다.",
        "en": "The e-mail address must have at most {max} characters.",
    },
    "errors.display_name_too_long": {
        "ko": "표시 이름은 {max}자 이하여야 합니다.",
        "en": "The display name must have at most {max} characters.",
    },
    "errors.self_change": {
        "ko": "자신의 역할을 바꾸거나 자신을 비활성화할 수 없습니다.",
        "en": "You cannot change your own role or deactivate yourself.",
    },
    "errors.last_admin": {
        "ko": "'{username}'은(는) 마지막 활성 관리자입니다. 다른 관리자를 먼저 지정하세요.",
        "en": "'{username}' is the last active admin; make someone else an admin first.",
    },
    "errors.scopes_required": {"ko": "권한 범위를 하나 이상 고르세요.", "en": "Choose at least one scope."},
    "errors.unknown_scope": {"ko": "알 수 없는 권한 범위: {scopes}", "en": "Unknown scopes: {scopes}"},
    "errors.scope_not_held": {
        "ko": "가지고 있지 않은 권한은 키에 줄 수 없습니다: {scopes}",
        "en": "A key can only grant scopes you hold yourself; not held: {scopes}",
    },
    "errors.invalid_expiry": {
        "ko": "만료 시각은 미래여야 하고 시간대가 있어야 합니다.",
        "en": "The expiry must be in the future and carry a timezone.",
    },
    "errors.api_key_name_required": {"ko": "키 이름을 입력하세요.", "en": "Enter a key name."},
    "errors.api_key_name_too_long": {
        "ko": "키 이름은 {max}자 이하여야 합니다.",
        "en": "The key name must have at most {max} characters.",
    },
    "errors.unknown_api_key": {
        "ko": "API 키 {id}을(를) 찾을 수 없습니다.",
        "en": "There is no API key {id}.",
    },
    "errors.unknown_permission": {
        "ko": "알 수 없는 권한: {permissions}",
        "en": "Unknown permissions: {permissions}",
    },
    "errors.role_empty": {
        "ko": "역할에는 권한이 하나 이상 있어야 합니다.",
        "en": "A role needs at least one permission.",
    },
    "errors.role_description_too_long": {
        "ko": "설명은 {max}자 이하여야 합니다.",
        "en": "The description must have at most {max} characters.",
    },
    "errors.role_builtin": {
        "ko": "기본 역할 '{role}'은(는) 바꾸거나 지울 수 없습니다.",
        "en": "The built-in role '{role}' cannot be changed or deleted.",
    },
    "errors.unknown_role_name": {
        "ko": "역할 '{role}'을(를) 찾을 수 없습니다.",
        "en": "There is no role '{role}'.",
    },
    "errors.invalid_role_name": {
        "ko": "역할 이름은 영문 소문자로 시작하는 2~20자의 소문자, 숫자, '_', '-'입니다.",
        "en": "Role names have 2-20 characters: lowercase letters, digits, '_', '-' (a letter first).",
    },
    "errors.duplicate_role": {
        "ko": "역할 '{role}'이(가) 이미 있습니다.",
        "en": "Role '{role}' already exists.",
    },
    "errors.role_in_use": {
        "ko": "역할 '{role}'을(를) 사용자 {count}명이 쓰고 있어 지울 수 없습니다.",
        "en": "Role '{role}' is held by {count} user(s); it cannot be deleted.",
    },
    "errors.unknown_session": {
        "ko": "세션 '{ref}'을(를) 찾을 수 없습니다 (이미 끝났을 수 있습니다).",
        "en": "There is no live session '{ref}' (it may have ended).",
    },
    "errors.audit_range": {
        "ko": "시작 시각은 끝 시각보다 앞서야 합니다.",
        "en": "The start of the range must be before its end.",
    },
    "errors.unknown_backup": {"ko": "백업 '{name}'이(가) 없습니다.", "en": "There is no backup '{name}'."},
    "errors.restore_not_empty": {
        "ko": "대상 데이터베이스가 비어 있지 않습니다. 덮어쓰려면 --force를 쓰세요.",
        "en": "The target database is not empty; use --force to replace its contents.",
    },
    "errors.backup_invalid": {"ko": "백업 파일이 아닙니다.", "en": "This is not a backup archive."},
    "errors.backup_corrupt": {
        "ko": "백업 파일이 손상되었습니다 (체크섬 불일치).",
        "en": "The backup archive is damaged (checksum mismatch).",
    },
}

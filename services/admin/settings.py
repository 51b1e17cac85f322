"""ADMIN runtime settings: sign-in lockout thresholds (read by `throttle` on every password check) and the
system monitor (sampling interval, alert thresholds; read by `host_sampler` every round)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session

from services.core import settings_registry
from services.core.settings_registry import SettingSpec

ADDRESS_MAX_FAILURES = "auth_address_max_failures"
ADDRESS_WINDOW_MINUTES = "auth_address_window_minutes"
USER_MAX_FAILURES = "auth_user_max_failures"
USER_WINDOW_MINUTES = "auth_user_window_minutes"
LOCKOUT_MINUTES = "auth_lockout_minutes"
KNOWN_ADDRESS_DAYS = "auth_known_address_days"
SIGN_IN_ATTEMPTS_PER_TAB = "sign_in_attempts_per_tab"
SIGN_IN_ATTEMPTS_PER_ADDRESS = "sign_in_attempts_per_address"
MONITOR_ENABLED = "monitor_enabled"
MONITOR_INTERVAL_S = "monitor_interval_s"
MONITOR_WARNING_PERCENT = "monitor_warning_percent"
MONITOR_CRITICAL_PERCENT = "monitor_critical_percent"
HEALTH_MIN_FREE_DISK_MB = "health_min_free_disk_mb"


def _int(key: str, default: int, low: int, high: int, ko: str, en: str) -> SettingSpec:
    return SettingSpec(key, int, default, "security", ko, en, minimum=low, maximum=high)


SPECS: tuple[SettingSpec, ...] = (
    _int(
        ADDRESS_MAX_FAILURES,
        5,
        1,
        1000,
        "한 주소에서 이 횟수만큼 로그인에 실패하면 그 사용자·주소 조합을 잠급니다.",
        "Failed sign-ins of one user from one address that lock that pair.",
    ),
    _int(
        ADDRESS_WINDOW_MINUTES,
        5,
        1,
        1440,
        "주소별 실패 횟수를 세는 기간(분)",
        "Window in which failures per address are counted (minutes)",
    ),
    _int(
        USER_MAX_FAILURES,
        50,
        1,
        100_000,
        "모든 주소를 합쳐 이 횟수만큼 실패하면 사용자를 모든 곳에서 잠급니다 (최근 성공한 주소 제외).",
        "Failed sign-ins of one user from any address that lock the user everywhere (except recent good addresses).",
    ),
    _int(
        USER_WINDOW_MINUTES,
        15,
        1,
        1440,
        "사용자별 실패 횟수를 세는 기간(분)",
        "Window in which failures per user are counted (minutes)",
    ),
    _int(
        LOCKOUT_MINUTES,
        15,
        1,
        10_080,
        "잠금이 유지되는 시간(분)",
        "How long a lock lasts (minutes)",
    ),
    _int(
        KNOWN_ADDRESS_DAYS,
        30,
        0,
        365,
        "최근 이 기간(일) 안에 로그인에 성공한 주소는 사용자 전체 잠금을 받지 않습니다.",
        "Addresses with a successful sign-in within this many days are spared the user-wide lock.",
    ),
    _int(
        SIGN_IN_ATTEMPTS_PER_TAB,
        5,
        1,
        10_000,
        "브라우저 탭 하나에서 10초 동안 허용하는 로그인 시도 수",
        "Sign-in attempts one browser tab may make within 10 seconds",
    ),
    _int(
        SIGN_IN_ATTEMPTS_PER_ADDRESS,
        10,
        1,
        10_000,
        "클라이언트 주소 하나에서 10초 동안 허용하는 로그인 시도 수 (사무실 NAT 뒤의 여러 탭 포함)",
        "Sign-in attempts one client address may make within 10 seconds (several tabs behind one NAT)",
    ),
)

MONITOR_SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        MONITOR_ENABLED,
        bool,
        True,
        "monitor",
        "앱 프로세스가 자기 호스트의 CPU·메모리·디스크·네트워크를 지표 저장소에 기록합니다.",
        "App processes record their host's CPU, memory, disk and network into the metrics store.",
    ),
    SettingSpec(
        MONITOR_INTERVAL_S,
        int,
        30,
        "monitor",
        "호스트 측정 간격(초)",
        "Seconds between two host samples",
        minimum=5,
        maximum=3600,
    ),
    SettingSpec(
        MONITOR_WARNING_PERCENT,
        float,
        85.0,
        "monitor",
        "CPU·메모리·디스크 사용률이 이 값(%) 이상이면 경고",
        "CPU, memory or disk use (%) at or above which a warning is raised",
        minimum=1,
        maximum=100,
    ),
    SettingSpec(
        MONITOR_CRITICAL_PERCENT,
        float,
        95.0,
        "monitor",
        "CPU·메모리·디스크 사용률이 이 값(%) 이상이면 심각",
        "CPU, memory or disk use (%) at or above which a critical alert is raised",
        minimum=1,
        maximum=100,
    ),
    SettingSpec(
        HEALTH_MIN_FREE_DISK_MB,
        int,
        200,
        "monitor",
        "데이터 디렉터리의 여유 공간이 이 값(MB)보다 적으면 /api/health/ready가 준비 안 됨(503)을 답합니다.",
        "Free space (MB) of the data dir below which /api/health/ready answers not ready (503).",
        minimum=0,
        maximum=10_000_000,
    ),
)


@dataclass(frozen=True)
class LockoutPolicy:
    """The lockout thresholds in force now."""

    address_max_failures: int
    address_window: timedelta
    user_max_failures: int
    user_window: timedelta
    lockout: timedelta
    known_address_for: timedelta


def lockout_policy(session: Session | None = None) -> LockoutPolicy:
    """The current lockout thresholds (runtime settings: a change applies to the next sign-in)."""

    def value(key: str) -> int:
        return int(settings_registry.get(key, session))

    return LockoutPolicy(
        address_max_failures=value(ADDRESS_MAX_FAILURES),
        address_window=timedelta(minutes=value(ADDRESS_WINDOW_MINUTES)),
        user_max_failures=value(USER_MAX_FAILURES),
        user_window=timedelta(minutes=value(USER_WINDOW_MINUTES)),
        lockout=timedelta(minutes=value(LOCKOUT_MINUTES)),
        known_address_for=timedelta(days=value(KNOWN_ADDRESS_DAYS)),
    )

"""ADMIN runtime settings (ADMIN settings page, `SPA_<KEY>` environment variables)."""

from __future__ import annotations

from services.core.settings_registry import SettingSpec

SETTINGS = (
    SettingSpec(
        "sign_in_attempts_per_tab",
        int,
        5,
        "security",
        "브라우저 탭 하나에서 10초 동안 허용하는 로그인 시도 수",
        "Sign-in attempts one browser tab may make within 10 seconds",
        minimum=1,
        maximum=10_000,
    ),
    SettingSpec(
        "sign_in_attempts_per_address",
        int,
        10,
        "security",
        "클라이언트 주소 하나에서 10초 동안 허용하는 로그인 시도 수 (사무실 NAT 뒤의 여러 탭 포함)",
        "Sign-in attempts one client address may make within 10 seconds (several tabs behind one NAT)",
        minimum=1,
        maximum=10_000,
    ),
)

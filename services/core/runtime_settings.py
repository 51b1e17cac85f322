"""The platform-wide runtime settings core itself reads (declared by `services.core.install`)."""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from services.core.settings_registry import SettingSpec

TIMEZONE = "timezone"


@cache
def _zone_names() -> frozenset[str]:
    """The IANA zone names of this machine (read once: listing them walks the tz database on disk)."""
    return frozenset(available_timezones())


def _known_zone(name: str) -> str | None:
    if name not in _zone_names():
        return "must be an IANA timezone such as Asia/Seoul or UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "must be an IANA timezone such as Asia/Seoul or UTC"
    return None


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        TIMEZONE,
        str,
        "Asia/Seoul",
        "general",
        "화면에 시각을 보여 줄 시간대 (IANA 이름, 예: Asia/Seoul, UTC)",
        "Timezone times are shown in (IANA name, e.g. Asia/Seoul, UTC)",
        check=_known_zone,
    ),
)

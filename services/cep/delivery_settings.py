"""CEP delivery runtime settings (declared in `install`, read with `settings_registry.get`)."""

from __future__ import annotations

from services.core.settings_registry import SettingSpec


def channel_names(raw: str | None) -> list[str]:
    """The channel names of a comma-separated setting value, in order, without blanks or repeats."""
    return list(dict.fromkeys(name.strip() for name in (raw or "").split(",") if name.strip()))


def _check_channel_names(value: object) -> str | None:
    names = channel_names(str(value or ""))
    if len(names) > MAX_DEFAULT_CHANNELS:
        return f"must name at most {MAX_DEFAULT_CHANNELS} channels"
    if any(len(name) > 120 for name in names):
        return "a channel name has at most 120 characters"
    return None


MAX_ATTEMPTS = "cep_delivery_max_attempts"
RETRY_BASE_SECONDS = "cep_retry_base_seconds"
RETRY_MAX_SECONDS = "cep_retry_max_seconds"
LEASE_SECONDS = "cep_delivery_lease_seconds"
TIMEOUT_SECONDS = "cep_delivery_timeout_seconds"
DRAIN_INTERVAL_SECONDS = "cep_drain_interval_seconds"
DRAIN_BATCH = "cep_drain_batch"
ALLOWED_NETWORKS = "cep_http_allowed_networks"
LANGUAGE = "cep_notification_language"
WEBHOOK_SIGNING_SECRET = "cep_webhook_signing_secret"
DEFAULT_CHANNELS = "cep_default_channels"
MAX_DEFAULT_CHANNELS = 20

SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        MAX_ATTEMPTS,
        int,
        8,
        "cep",
        "알림 한 건의 최대 전송 시도 횟수 (넘으면 배달 불능으로 옮겨 수동 재전송 대기)",
        "Attempts per notification before it becomes a dead letter (replayable by hand)",
        minimum=1,
        maximum=50,
    ),
    SettingSpec(
        RETRY_BASE_SECONDS,
        float,
        5.0,
        "cep",
        "재시도 지수 백오프의 첫 간격(초); 시도마다 두 배, 지터 포함",
        "First retry delay (s) of the exponential backoff; doubles per attempt, with jitter",
        minimum=0.05,
        maximum=3600,
    ),
    SettingSpec(
        RETRY_MAX_SECONDS,
        float,
        900.0,
        "cep",
        "재시도 간격의 상한(초)",
        "Longest delay between retries (s)",
        minimum=1,
        maximum=86_400,
    ),
    SettingSpec(
        LEASE_SECONDS,
        float,
        120.0,
        "cep",
        "전송 중인 알림의 임대 시간(초); 지나면 다른 작업자가 회수합니다",
        "Lease of a notification being sent (s); after it, another worker reclaims the row",
        minimum=1,
        maximum=3600,
    ),
    SettingSpec(
        TIMEOUT_SECONDS,
        float,
        10.0,
        "cep",
        "채널 한 번 전송의 제한 시간(초)",
        "Timeout of one delivery to a channel (s)",
        minimum=0.5,
        maximum=120,
    ),
    SettingSpec(
        DRAIN_INTERVAL_SECONDS,
        float,
        1.0,
        "cep",
        "알림 루프가 아웃박스를 확인하는 간격(초)",
        "How often the notification loop checks the outbox (s)",
        minimum=0.05,
        maximum=60,
    ),
    SettingSpec(
        DRAIN_BATCH,
        int,
        50,
        "cep",
        "알림 루프가 한 번에 가져오는 알림 수",
        "Notifications the loop claims at a time",
        minimum=1,
        maximum=1000,
    ),
    SettingSpec(
        ALLOWED_NETWORKS,
        str,
        "",
        "cep",
        "웹훅·Slack·SMS 채널이 보낼 수 있는 내부 주소 (CIDR 또는 호스트 이름, 쉼표로 구분). 비어 있으면 사설·루프백·메타데이터 주소는 차단됩니다.",
        "Internal addresses webhook, Slack and SMS channels may post to (CIDRs or host names, comma-separated). Empty: private, loopback and metadata addresses are refused.",
    ),
    SettingSpec(
        LANGUAGE,
        str,
        "ko",
        "cep",
        "기본 알림 메시지의 언어",
        "Language of the default notification messages",
        choices=("ko", "en"),
    ),
    SettingSpec(
        WEBHOOK_SIGNING_SECRET,
        str,
        None,
        "cep",
        "규칙의 '웹훅' 동작이 본문에 서명할 키 (X-SPA-Signature). 비우면 서명하지 않습니다. 채널은 각자의 서명 키를 씁니다.",
        "Key that signs the body of rules' 'webhook' actions (X-SPA-Signature). Empty: unsigned. Channels use their own signing secret.",
        nullable=True,
        secret=True,
    ),
    SettingSpec(
        DEFAULT_CHANNELS,
        str,
        "",
        "cep",
        "기본 알림 채널 이름 (쉼표로 구분). 내장 규칙(호스트 CPU·메모리·디스크, OPS 회귀)과 '기본 채널로 알림' 동작이 이 채널로 보냅니다. 비어 있으면 보내지 않고 화면에만 표시합니다.",
        "Default notification channels by name (comma-separated). The built-in rules (host CPU, memory, disk; OPS regression) and the 'notify the default channels' action send to them. Empty: nothing is sent; alerts only show in the app.",
        check=_check_channel_names,
    ),
)

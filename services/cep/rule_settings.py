"""CEP engine runtime settings (declared in `install`, read with `settings_registry.get`)."""

from __future__ import annotations

from services.core.settings_registry import SettingSpec

METRIC_POLL_CONCURRENCY = "cep_metric_poll_concurrency"
SCHEDULER_ENABLED = "cep_scheduler_enabled"
MAX_EVENT_BYTES = "cep_max_event_bytes"
SOURCE_ALLOWED_NETWORKS = "cep_source_allowed_networks"
RCA_TIMEOUT = "cep_rca_timeout_seconds"
GROUP_RETENTION = "cep_group_retention_seconds"

SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        METRIC_POLL_CONCURRENCY,
        int,
        8,
        "cep",
        "메트릭 규칙 소스를 동시에 읽는 최대 요청 수",
        "How many metric-source requests are in flight at once at most",
        minimum=1,
        maximum=200,
    ),
    SettingSpec(
        SCHEDULER_ENABLED,
        bool,
        True,
        "cep",
        "이 프로세스에서 CEP 스케줄러를 실행합니다 (리더 선출에 참여)",
        "Run the CEP scheduler in this process (it takes part in leader election)",
        restart_required=True,
    ),
    SettingSpec(
        MAX_EVENT_BYTES,
        int,
        65_536,
        "cep",
        "POST /api/cep/events 본문의 최대 크기(바이트)",
        "Largest body POST /api/cep/events accepts (bytes)",
        minimum=1024,
        maximum=1_048_576,
    ),
    SettingSpec(
        SOURCE_ALLOWED_NETWORKS,
        str,
        "",
        "cep",
        "HTTP·Prometheus 메트릭 소스가 읽을 수 있는 내부 주소 (CIDR 또는 호스트 이름, 쉼표로 구분). 비어 있으면 사설·루프백·메타데이터 주소는 차단됩니다.",
        "Internal addresses HTTP and Prometheus metric sources may read (CIDRs or host names, comma-separated). Empty: private, loopback and metadata addresses are refused.",
    ),
    SettingSpec(
        RCA_TIMEOUT,
        float,
        30.0,
        "cep",
        "알림이 발생할 때 원인 분석에 쓰는 최대 시간(초). 넘으면 알림은 원인 없이 그대로 갑니다.",
        "Longest the root-cause analysis attached to a firing alert may take (seconds); past it the alert keeps no hypotheses (its notification never waits)",
        minimum=0.1,
        maximum=120,
    ),
    SettingSpec(
        GROUP_RETENTION,
        int,
        3600,
        "cep",
        "경보가 없는 알림 그룹을 마지막 알림 뒤 이 시간(초)이 지나면 지웁니다",
        "How long an alert group without alerts is kept after its last notification (seconds)",
        minimum=60,
        maximum=30 * 86400,
    ),
)

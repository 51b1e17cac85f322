"""API MANAGER runtime settings (declared in `install`, read with `settings_registry.get`)."""

from __future__ import annotations

from services.core.settings_registry import SettingSpec

READABLE_TABLES = "api_sql_readable_tables"
MAX_TIMEOUT_MS = "api_max_timeout_ms"
HTTP_ALLOWED_NETWORKS = "api_http_allowed_networks"
SANDBOX_MEMORY_MB = "api_sandbox_memory_mb"
SANDBOX_CPU_SECONDS = "api_sandbox_cpu_seconds"
READER_URL = "api_sql_reader_url"
WORKFLOW_MAX_DEPTH = "api_workflow_max_depth"

DEFAULT_READABLE = (
    "public.cis, public.ci_relations, public.metric_catalog, public.metric_samples, public.events"
)

SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        READABLE_TABLES,
        str,
        DEFAULT_READABLE,
        "api_manager",
        "SQL API가 읽을 수 있는 테이블 (schema.table 또는 schema.*, 쉼표로 구분). 계정·세션 테이블은 항상 제외됩니다.",
        "Tables SQL APIs may read (schema.table or schema.*, comma-separated). Account and session tables are always excluded.",
    ),
    SettingSpec(
        MAX_TIMEOUT_MS,
        int,
        30_000,
        "api_manager",
        "API 한 번 실행의 최대 제한 시간(ms)",
        "Longest timeout one API run may have (ms)",
        minimum=100,
        maximum=300_000,
    ),
    SettingSpec(
        HTTP_ALLOWED_NETWORKS,
        str,
        "",
        "api_manager",
        "HTTP API가 호출할 수 있는 내부 주소 (CIDR 또는 호스트 이름, 쉼표로 구분). 비어 있으면 사설·루프백·링크 로컬·메타데이터 주소는 모두 차단됩니다.",
        "Internal addresses HTTP APIs may call (CIDRs or host names, comma-separated). Empty: private, loopback, link-local and metadata addresses are all refused.",
    ),
    SettingSpec(
        SANDBOX_MEMORY_MB,
        int,
        256,
        "api_manager",
        "Python/스크립트 실행 프로세스의 메모리 한도(MB)",
        "Memory limit of a Python/script run (MB)",
        minimum=32,
        maximum=4096,
    ),
    SettingSpec(
        SANDBOX_CPU_SECONDS,
        int,
        5,
        "api_manager",
        "Python/스크립트 실행 프로세스의 CPU 시간 한도(초)",
        "CPU-time limit of a Python/script run (seconds)",
        minimum=1,
        maximum=300,
    ),
    SettingSpec(
        READER_URL,
        str,
        None,
        "api_manager",
        "SQL API 전용 읽기 역할의 접속 URL (외부 DB에서 DBA가 만든 역할). 비우면 앱 DB URL에 spa_api_reader 역할을 씁니다.",
        "Connection URL of the SQL APIs' read-only role (created by a DBA on an external database). Empty: the app's database as role spa_api_reader.",
        nullable=True,
        secret=True,
        restart_required=True,
    ),
    SettingSpec(
        WORKFLOW_MAX_DEPTH,
        int,
        4,
        "api_manager",
        "워크플로가 다른 워크플로를 호출할 수 있는 최대 깊이",
        "How deep workflows may call other workflows",
        minimum=1,
        maximum=10,
    ),
)

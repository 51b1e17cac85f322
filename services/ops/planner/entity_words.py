"""The words people use for attribute keys, CI fields and event types, and the English grammar words a
key may be spelt as: the fixed vocabulary `entities` adds to what the database holds."""

from __future__ import annotations

# Words people use for common attribute keys; keys not listed are matched by their own name.
ATTRIBUTE_WORDS: dict[str, tuple[str, ...]] = {
    "cpu_cores": ("cpu cores", "cpu core", "cores", "core count", "코어 수", "코어수", "코어", "vcpu"),
    "memory_gb": (
        "memory size",
        "how much memory",
        "how much ram",
        "installed memory",
        "ram size",
        "memory capacity",
        "메모리 용량",
        "메모리 크기",
        "램 용량",
        "gb of memory",
        "gb of ram",
    ),
    "ip": ("ip address", "ip 주소", "아이피", "ip"),
    "os": ("operating system", "운영체제", "운영 체제", "os"),
    "hostname": ("os host name", "host name", "hostname", "호스트명", "호스트 이름", "호스트네임"),
    "rack": ("rack", "랙"),
    "version": ("version", "버전"),
    "port": ("port", "포트", "리스너 포트", "리스너포트", "listener port"),  # a database listens on its port
    "language": ("language", "written in", "언어"),
    "replicas": ("replicas", "replica", "레플리카", "복제본", "인스턴스 수", "파드", "pods"),
    "engine": ("engine", "엔진"),
    "capacity_gb": ("capacity", "용량"),
    "vendor": ("vendor", "벤더", "제조사", "제조업체", "만든 회사"),
    "rcu": ("read capacity units", "read capacity unit", "read capacity", "읽기 용량", "읽기 처리량"),
    "wcu": ("write capacity units", "write capacity unit", "write capacity", "쓰기 용량", "쓰기 처리량"),
}
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "owner": (
        "who owns",
        "responsible for",
        "who is responsible",
        "owned by",
        "owner",
        "owns",
        "own",
        "소유",
        "which team",
        "what team",
        "어느 팀",
        "어떤 팀",
        "담당 팀",
        "담당팀",
        "담당자",
        "소유",
        "관리 팀",
        "관리팀",
        "책임",
        "소관",
        *("어느팀", "어떤팀", "담당 스쿼드", "담당스쿼드", "어느 스쿼드", "담당 파트"),
        *("which squad", "what squad"),
        # who to reach about a CI: its owner ("who should I call about it?", "누구한테 연락해야 돼?")
        *("who should i call", "who do i call", "who to call", "who should i contact", "who do i contact"),
        *("who to contact", "who should i ping", "who do i ping", "who to ping", "who should i page"),
        *("who do i page", "who to page", "who should i escalate to", "who do i escalate to"),
        *("누구한테 연락", "누구에게 연락", "누구한테 전화", "누구에게 전화", "누구 불러", "연락할 사람"),
    ),
    "location": (
        "where is",
        "located",
        "location",
        "위치",
        "어디에 있",
        "어디 있",
        "어느 데이터센터",
        "data center",
        "datacenter",
        "region",
        "리전",
    ),
    "status": ("status", "state", "상태"),
    "environment": ("which environment", "what environment", "어느 환경", "무슨 환경", "환경은"),
    "type": ("what type", "what kind", "어떤 종류", "무슨 종류", "유형", "타입"),
}

# Words for common event types; any other type is matched by its own name ("config_change" → "config change").
EVENT_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "deployment": ("배포", "deploys", "deployments", "deployed", "rollouts", "releases", "릴리스"),
    "restart": ("재시작", "재기동", "restarts", "reboots", "restarted", "rebooted"),
    "config_change": (
        *(
            "설정 변경",
            "설정변경",
            "구성 변경",
            "설정 바꾼",
            "설정 바꿨",
            "설정 바뀐",
            "설정을 바꾼",
            "설정을 바꿨",
        ),
        *("config changes", "configuration changes", "config change", "changed the config"),
    ),
    "threshold_breach": ("임계치 초과", "임계값 초과", "threshold breaches", "threshold alerts"),
    "slow_query": ("슬로우 쿼리", "느린 쿼리", "slow queries"),
    "backup": ("백업", "backups"),
    "timeout": ("타임아웃", "timeouts"),
    "failover": ("페일오버", "failovers"),
    "connection_refused": ("연결 거부", "refused connections"),
}
# English words a key may be spelt as ("was": the web application server) that in lower case are only grammar
FUNCTION_WORDS = frozenset(
    (
        "was",
        "were",
        "is",
        "are",
        "be",
        "as",
        "at",
        "in",
        "on",
        "of",
        "for",
        "to",
        "by",
        "or",
        "and",
        "it",
        "do",
    )
)
# event types named by a word for any event, never a type of their own to filter by
EVENT_NOUN_TYPES = frozenset(
    ("event", "events", "alert", "alerts", "alarm", "log", "notice", "other", "misc")
)

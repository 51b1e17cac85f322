"""Words for the CI types, in Korean and English, and the types only some CMDBs use. lexicon.py holds the
rest of the planner's fixed vocabulary and reads these from here."""

from __future__ import annotations

TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "host": (
        "호스트",
        "서버",
        "머신",
        "노드",
        *("워커노드", "워커 노드", "worker nodes", "worker node"),  # a cluster's machines
        "hosts",
        "host",
        "servers",
        "server",
        "machines",
        "machine",
        "nodes",
        *("vm", "vms", "가상머신", "가상 머신", "가상서버", "virtual machines", "virtual machine"),
        "boxes",
        "box",
        *("블레이드", "blades", "blade"),  # blade servers
        *("lpar", "lpars"),  # logical partitions of a mainframe or a Power server
    ),
    "service": (
        "서비스",
        "애플리케이션",
        "어플리케이션",
        "services",
        "service",
        "applications",
        "application",
        "apps",
    ),
    "database": ("데이터베이스", "디비", "databases", "database", "dbs", "db"),
    "cache": ("캐시", "caches", "cache"),
    "queue": (
        *("메시지 큐", "메시지큐", "큐", "queues", "queue", "brokers", "broker"),
        *("message queues", "message queue", "message brokers", "message broker"),
    ),
    "load_balancer": (
        "로드밸런서",
        "로드 밸런서",
        "로드벨런서",
        "로드 벨런서",
        "엘비",
        "load balancers",
        "load balancer",
        "lbs",
        "lb",
    ),
    "storage": (
        *("스토리지 어레이", "스토리지", "저장소", "스토리지 장비", "나스", "nas"),
        *("storage arrays", "storage array", "storage", "storages", "arrays", "array", "filers", "filer"),
    ),
    # scheduled jobs, where a CMDB types them so (elsewhere "정산배치" is a service the words describe): only
    # words that name the kind, not a bare "배치" that is part of many services' names and descriptions
    "batch": (
        *("배치잡", "배치 잡", "배치작업", "배치 작업", "배치들"),
        *("batch jobs", "batch job", "batches"),
    ),
    # network gear, where a CMDB types it so (elsewhere switches are hosts): the kind's words, not a link's
    # ("network links" are some of them: the lines, not the firewall)
    "network": (
        *("네트워크 장비", "네트워크장비", "네트워크 기기", "망장비", "망 장비"),
        *("network devices", "network device", "network gear", "network equipment", "netgear"),
    ),
}
# types only some CMDBs use: their words are type words only in an estate that has CIs of them
OPTIONAL_TYPES = frozenset({"batch", "network"})
COMMON_TYPE_WORDS = tuple(w for t, ws in TYPE_WORDS.items() if t not in OPTIONAL_TYPES for w in ws)
OPTIONAL_TYPE_WORDS = frozenset(w.lower() for t in OPTIONAL_TYPES for w in TYPE_WORDS[t])

"""Words about attribute values: product names as people also write them (Korean, abbreviations), values
that are also everyday words, and pronouns no value is read as."""

from __future__ import annotations

# product names as people also write them (Korean, abbreviations), by the value family they name
PRODUCT_ALIASES: dict[str, tuple[str, ...]] = {
    "ubuntu": ("우분투",),
    "windows": ("윈도우즈", "윈도우", "윈도"),
    "rhel": ("레드햇", "red hat", "redhat"),
    "rocky": ("록키", "로키", "rocky linux"),
    "centos": ("센트os", "센토스"),
    "debian": ("데비안",),
    "amazon-linux": ("아마존 리눅스", "아마존리눅스", "amazon linux"),
    "java": ("자바",),
    "python": ("파이썬",),
    "go": ("고랭", "golang"),
    "kotlin": ("코틀린",),
    "node": ("nodejs", "node.js", "노드js", "노드제이에스"),
    "javascript": ("자바스크립트",),
    "typescript": ("타입스크립트",),
    "rust": ("러스트",),
    "ruby": ("루비",),
    "scala": ("스칼라",),
    "postgresql": ("postgres", "포스트그레스", "포스트그레스큐엘", "포스트그레sql"),
    "mysql": ("마이sql", "마이에스큐엘"),
    "mariadb": ("마리아db", "마리아디비"),
    "oracle": ("오라클",),
    "sqlserver": ("sql server", "mssql", "ms sql", "ms-sql"),
    "tibero": ("티베로",),
    "altibase": ("알티베이스",),
    "cubrid": ("큐브리드",),
    "greenplum": ("그린플럼",),
    "db2": ("디비투",),
    "redis": ("레디스",),
    "valkey": ("밸키",),
    "kafka": ("카프카",),
    "rabbitmq": ("래빗mq", "래빗엠큐"),
    "mongodb": ("몽고db", "몽고디비"),
    "clickhouse": ("클릭하우스",),
    "elasticsearch": ("엘라스틱서치",),
    "netapp": ("넷앱",),
    "physical": ("물리", "베어메탈", "bare metal", "bare-metal", "baremetal"),
}
# values that are also everyday words: a filter only beside their key ("written in go", "role primary")
COMMON_WORDS = frozenset(
    {
        *("go", "node", "primary", "replica", "master", "slave", "standby", "active", "passive", "object"),
        *("true", "false", "none", "default", "high", "low", "medium", "critical", "internal", "external"),
        *("public", "private", "yes", "no", "on", "off", "main", "backup", "shared", "local", "remote"),
        *("all", "any", "both", "every", "each", "auto", "manual"),  # `kafka_acks: all`, "all four languages"
    }
)
# a value spelled like a pronoun (zone "IT") is never read from a question: "which engine is it?"
PRONOUNS = frozenset({"it", "its", "this", "that", "they", "them", "we", "us", "you", "he", "she", "i", "me"})

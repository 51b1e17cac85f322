"""The relation verbs of relations.py as data: each verb's phrasings (English and Korean) and the relation it
asks for when the CI is its subject or its object. Add phrasings here; relations.py reads them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Verb:
    """Phrasings of one verb: the relation when the CI is its subject, and when it is its object.

    `ko_subject`/`ko_object` are the particles after the CI that make it subject or object.
    """

    words: tuple[str, ...]
    subject: str | None
    object: str | None
    ko_subject: tuple[str, ...] = ("가", "이", "는", "은", "에서", "도")  # "X도 Y 타?": X too
    ko_object: tuple[str, ...] = ("에", "를", "을", "에게", "한테")


VERBS: tuple[Verb, ...] = (
    Verb(  # active dependency verbs: "X depends on …" / "… depends on X"
        (
            "depends on",
            "depend on",
            "depending on",
            # "which CIs have a direct dependency on X": those that depend on X
            *("have a dependency on", "has a dependency on", "have a direct dependency on"),
            *("has a direct dependency on", "have dependencies on", "with a dependency on"),
            "relies on",
            "rely on",
            "relying on",
            "relies upon",
            "rely upon",
            "built on",  # "what is X itself built on?"
            "sit on top of",  # "which services sit on top of X": what rides on it
            "sits on top of",
            "sitting on top of",
            "built on top of",
            "built upon",
            "uses",
            "use",
            "using",
            "calls",
            "call",
            "calling",
            "consumes",
            "consume",
            "consuming",
            "talks to",
            "talk to",
            "needs",
            "need",
            "requires",
            "require",
            "hitting",  # "which DBs does X end up hitting"
            "hits",
            "hit",  # "how many things hit X directly?"
            "reads from",
            "read from",
            *("reads", "read", "reading", "읽는", "읽고", "읽어가는", "읽어오는"),  # "which services read X"
            "writes to",
            "write to",
            "connects to",
            "connect to",
            "connected to",
            "points to",
            "point to",
            "attached to",
            "attaches to",
            "attach to",
            "mounts",
            "mount",
            "마운트",
            "의존",
            "사용",
            "쓰는",
            "쓰고",
            "써",
            "씀",
            "쓰냐",
            "쓰나",
            "쓰지",
            "호출",
            "기대는",
            "기대고",
            "물려",
            "물린",  # "X에 물린 서버들": what hangs off X
            "볼륨 붙어",  # "X 볼륨 붙어있는 서버들": the hosts X's volumes are attached to
            "볼륨 붙은",
            "볼륨이 붙어",
            "볼륨 마운트",
            "물고",  # "X가 물고 있는 것들": what X holds on to
            "무는",
            "타는",  # "X가 타는 DB": what X rides on
            "타냐",
            "받아가",  # "X 스트림 받아가는 애들": those that pull from X
            "받아 가",
            "가져가",
            "타$",  # "X 어느 DB 타?"
            "타나",
            "타고 있",
            "이용",
            "참조",
            "필요로",
            "연결",
            "붙어",
            "붙는",
            "붙은",
            "부르는",
            "부르고",
            "불러",
            "접속하는",
            "바라보는",  # "X 바라보는 애들": those pointed at X
            "바라보고",
            "바라봐",
        ),
        "dependencies",
        "dependents",
    ),
    Verb(  # passive: "X is used by …" / "… used by X"
        (
            "used by",
            "called by",
            "consumed by",
            "depended on by",
            "depended upon by",
            "relied on by",
            "relied upon by",
            "needed by",
            "required by",
            "accessed by",
            "sit under",
            "sits under",
            "sitting under",
            "hang off",  # "which lane controllers hang off X": what X carries
            "hangs off",
            "hanging off",
            "사용되는",
            "사용되고",
            "호출되는",
        ),
        "dependents",
        "dependencies",
    ),
    Verb(  # serving: "X serves …" / "… served by X" ("does B support A": A depends on B)
        (
            "serves",
            "serve",
            "serving",
            "supports",
            "support",
            "supporting",
            "backs",
            "feeds",
            "feeding",
            "provides for",
            "served by",
            "supported by",
            "backed by",
        ),
        "dependents",
        "dependencies",
    ),
    Verb(  # traffic: "X sends traffic to …" / "… send traffic to X"
        (
            "sends traffic to",
            "send traffic to",
            "routes traffic to",
            "route traffic to",
            "routes to",
            "route to",
            "forwards to",
            "forward to",
            "sends traffic",  # "where does X send traffic?"
            "send traffic",
            "routes traffic",
            "route traffic",
            "forwards traffic",
            "forward traffic",
            *(
                "balances traffic to",
                "balance traffic to",
                "load-balances to",
                "load balances to",
                "balances to",
            ),
            *(
                "balance to",
                "balances traffic",
                "balance traffic",
                "트래픽을 분산",
                "트래픽 분산",
                "로드밸런싱",
            ),
            "트래픽을 보내",
            "트래픽 보내",
            "트래픽을 전달",
        ),
        "downstream",
        "dependents",
    ),
    Verb(  # sending data: "X sends to …" / "which stations send to X", "X로 보내는 서버"
        (
            "sends to",
            "send to",
            "sending to",
            "sends data to",
            "send data to",
            "pushes to",
            "push to",
            "pushing to",
            "publishes to",
            "publish to",
            "publishing to",
            "uploads to",
            "upload to",
            "streams to",
            "stream to",
            "reports to",
            "report to",
            "보내는",
            "보내고",
            "전송하는",
            "전송하고",
            "올려주는",
            *("넣는", "넣고", "적재하는", "적재하고", "writes to", "write to", "enqueues to", "enqueue to"),
        ),
        "downstream",
        "dependents",
        ko_object=("로", "으로", "에", "에게", "한테"),
    ),
    Verb(  # placement: "X runs on …" / "… runs on X"
        (
            "runs on",
            "run on",
            "running on",
            "hosted on",
            "deployed on",
            "deployed to",
            "installed on",
            "lives on",
            "live on",
            "sits on",
            "sit on",
            "sitting on",
            "resides on",
            "reside on",
            "residing on",
            "placed on",
            "scheduled on",
            "올라가",
            "올라간",
            "설치된",
            "설치되어",
            "배포된",
            "배포되어",
            "떠 있",
            "떠있",
            "실행 중",
            "실행되",
            "실행돼",
            "구동 중",
            "구동되",
            "구동돼",
            "돌아가",
            "돌고 있",
            "도는",
            "돌아$",  # "lyr02 위에 뭐 돌아?"
        ),
        "runs_on",
        "hosted",
        ko_object=("에", "에서", "위에", "위에서"),
    ),
    Verb(  # hosting: "X hosts …" / "… hosting X"
        ("hosts", "host", "hosting", "호스팅", "돌리는", "돌리고 있는"),  # "X 돌리는 서버": where X runs
        "hosted",
        "runs_on",
    ),
    Verb(  # no relation: a metric's words holding a verb ("cache hit ratio on X" is no "hit X")
        ("hit ratio", "hit rate", "hit rates", "cache hit", "cache hits", "hit count"), None, None
    ),
)
